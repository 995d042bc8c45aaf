/** What the CLI commands share: arguments, I/O abstraction, service set-up from notices and config. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, Config } from '../core/config';
import { PolicyDraftService } from '../core/service';
import type { Locale } from '../core/types';
import { bundledNoticePath, Decoded, DecodeError, isDir, isFile, readBytes, walk, decode } from '../node/fsio';
import { docxText, isZip } from '../node/docx';
import { fileUri, loadConfig, loadNotices, LoadMessage, resolveNoticeFiles } from '../node/notices';
import { globBase, globMatcher } from '../core/glob';

export { fileUri };

export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  /** Told how many bytes of notices and drafts are about to be read (the process tunes V8 for short runs). */
  willRead?: (bytes: number) => void;
}

export interface Common {
  notices: string[];
  config?: string;
  format: string;
  lang: Locale;
  rest: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--format', '--config', '--severity', '--max-warnings', '--lang', '--unit']);

export function parseArgs(argv: string[]): { cmd: string; c: Common } {
  const cmd = argv[0] ?? '';
  const flags = new Map<string, string | true>();
  const notices: string[] = [];
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--notice') {
      // --notice FILE… : every following non-flag argument until the next flag
      let k = i + 1;
      while (k < argv.length && !argv[k].startsWith('--')) notices.push(argv[k++]);
      if (k === i + 1) throw new UsageError('--notice needs a file');
      i = k - 1;
    } else if (a.startsWith('--notice=')) notices.push(a.slice(9));
    else if (a.startsWith('--') && a.includes('=')) flags.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (VALUE_FLAGS.has(a)) { if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`); flags.set(a, argv[++i]); }
    else if (a.startsWith('--')) flags.set(a, true);
    else rest.push(a);
  }
  const envLang = /^en/i.test(process.env.LANG ?? '') && !/zh/i.test(process.env.LANG ?? '') ? 'en' : 'zh';
  const lang = (flags.get('--lang') as string | undefined) ?? envLang;
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang takes zh or en');
  const format = (flags.get('--format') as string | undefined) ?? 'text';
  return { cmd, c: { notices, config: flags.get('--config') as string | undefined, format, lang, rest, flags } };
}

/** Builds the service from --notice / --config / ./policy-draft.json / the bundled notice. */
export async function makeService(c: Common, io: Io, noticeArgs?: string[]): Promise<{ service: PolicyDraftService; config: Config; messages: LoadMessage[] }> {
  const messages: LoadMessage[] = [];
  const configFile = c.config ? path.resolve(io.cwd, c.config) : (isFile(path.join(io.cwd, CONFIG_FILE)) ? path.join(io.cwd, CONFIG_FILE) : undefined);
  if (c.config && !isFile(configFile!)) throw new IoError(c.lang === 'en' ? `config file not found: ${c.config}` : `找不到配置文件：${c.config}`);
  const loaded = await loadConfig(configFile);
  if (loaded.error) throw new IoError(loaded.error);
  for (const p of loaded.problems) messages.push({ file: configFile!, level: 'warning', zh: `${p.path}: ${p.message.zh}`, en: `${p.path}: ${p.message.en}` });
  const config = loaded.config;
  const service = new PolicyDraftService();
  service.locale = c.lang;
  const explicit = noticeArgs ?? c.notices;
  let files: { file: string; bundled: boolean }[];
  if (explicit.length) {
    files = [];
    for (const n of explicit) {
      const p = path.resolve(io.cwd, n);
      if (!isFile(p)) throw new IoError(c.lang === 'en' ? `notice not found: ${n}` : `找不到通知文件：${n}`);
      files.push({ file: p, bundled: false });
    }
  } else {
    files = resolveNoticeFiles({ ...config, allowOutsideWorkspace: true }, configFile ? path.dirname(configFile) : io.cwd, messages);
    if (!files.length) files = [{ file: bundledNoticePath(), bundled: true }];
  }
  io.willRead?.(sizeOf(files.map(f => f.file)));
  await loadNotices(service.index, files, config.maxFileSize, messages);
  service.setConfig(config);
  return { service, config, messages };
}

export class IoError extends Error {}

/** Total size in bytes of the files that exist. */
export function sizeOf(files: string[]): number {
  let n = 0;
  for (const f of files) { try { n += fs.statSync(f).size; } catch { /* missing: reported when read */ } }
  return n;
}

/** Expands check/coverage arguments: files, directories (recursive .md/.markdown/.txt/.docx), globs, `-`. */
export function expandPaths(args: string[], cwd: string, lang: Locale): { files: string[]; stdin: boolean } {
  const files: string[] = [];
  let stdin = false;
  const seen = new Set<string>();
  const add = (f: string) => { const k = path.resolve(f); if (!seen.has(k)) { seen.add(k); files.push(k); } };
  for (const a of args) {
    if (a === '-') { stdin = true; continue; }
    const p = path.resolve(cwd, a);
    if (isFile(p)) add(p);
    // Not Word's lock files (~$草稿.docx) when a document is open.
    else if (isDir(p)) for (const f of walk(p, rel => /\.(md|markdown|txt|docx)$/i.test(rel) && !/(^|[\\/])~\$[^\\/]*$/.test(rel), 200000)) add(f);
    else if (/[*?{[]/.test(a)) {
      const base = path.resolve(cwd, globBase(a));
      const re = globMatcher(a.replace(/^\.\//, ''));
      const matched = isDir(base) ? walk(base, rel => re.test(path.relative(cwd, path.join(base, rel)).split(path.sep).join('/')), 200000) : [];
      if (!matched.length) throw new IoError(lang === 'en' ? `no files match ${a}` : `没有匹配 ${a} 的文件`);
      matched.forEach(add);
    } else throw new IoError(lang === 'en' ? `no such file or directory: ${a}` : `找不到文件或目录：${a}`);
  }
  return { files, stdin };
}

export async function readInput(file: string | '-', io: Io, maxSize: number): Promise<Decoded> {
  // Its size was announced with the other files'; stdin's is known once read.
  const bytes = file !== '-' ? await readBytes(file, maxSize) : await io.readStdin();
  if (file === '-') io.willRead?.(bytes.length);
  // A Word document (by its name, or a zip on stdin): its text, with the same size limit on that text.
  if (/\.docx$/i.test(file) || (file === '-' && isZip(bytes))) {
    const text = docxText(bytes);
    if (text.length > maxSize) throw new DecodeError('too-large', `文档文字过多（${text.length} 字符，上限 ${maxSize}）/ too much text (${text.length} characters, limit ${maxSize})`);
    return { text, encoding: 'docx', eol: '\n', size: bytes.length };
  }
  return decode(bytes, maxSize);
}

