/**
 * `policy-draft` command line: `index` (the notice model), `check` (the editor's diagnostics, for CI and batch
 * review; text, JSON, SARIF; `--fix`), `coverage` (a unit's tasks against drafts). Same core, rule ids and config
 * as the language server. Exit status: 0 clean, 1 errors found, 2 usage or I/O problem.
 */
import * as path from 'node:path';
import { CONFIG_FILE, Config } from '../core/config';
import { PolicyDraftService } from '../core/service';
import type { Locale } from '../core/types';
import { bundledNoticePath, DecodeError, Decoded, isDir, isFile, readText, walk, decode } from '../node/fsio';
import { fileUri, loadConfig, loadNotices, LoadMessage, resolveNoticeFiles } from '../node/notices';
import { globBase, globToRegExp } from '../core/glob';
import { indexJson, indexText } from './indexCmd';
import { runCheck } from './check';
import { runCoverage } from './coverage';

export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  readStdin: () => Promise<Buffer>;
  cwd: string;
}

export interface Common {
  notices: string[];
  config?: string;
  format: string;
  lang: Locale;
  rest: string[];
  flags: Map<string, string | true>;
}

const HELP_ZH = `政策起草助手 policy-draft — 检查对重点工作任务通知的引用与责任单位

用法:
  policy-draft index [通知文件…] [--format text|json]
  policy-draft check [路径|glob|-]… [--notice 文件…] [--config 文件] [--format text|json|sarif]
                     [--severity error|warning|information|hint] [--max-warnings N] [--quiet]
                     [--fix [--dry-run]] [--lang zh|en]
  policy-draft coverage --unit 单位名 文件… [--format text|json]

不指定通知时使用内置通知（聊政办字〔2023〕3号）；工作目录下有 ${CONFIG_FILE} 时按其配置。
退出码: 0 无错误，1 发现错误，2 用法或读写错误。`;
const HELP_EN = `policy-draft — checks citations of key-task notices and their responsible units

Usage:
  policy-draft index [NOTICE…] [--format text|json]
  policy-draft check [PATH|GLOB|-]… [--notice FILE…] [--config FILE] [--format text|json|sarif]
                     [--severity error|warning|information|hint] [--max-warnings N] [--quiet]
                     [--fix [--dry-run]] [--lang zh|en]
  policy-draft coverage --unit NAME FILE… [--format text|json]

Without notices the bundled one (聊政办字〔2023〕3号) is used; a ${CONFIG_FILE} in the working directory applies.
Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.`;

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
  await loadNotices(service.index, files, config.maxFileSize, messages);
  service.setConfig(config);
  return { service, config, messages };
}

export class IoError extends Error {}

export async function main(argv: string[], io: Io): Promise<number> {
  let lang: Locale = 'zh';
  try {
    if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      const en = /^en/i.test(process.env.LANG ?? '') && !argv.includes('--lang=zh');
      io.out((argv.includes('--lang=en') || en ? HELP_EN : HELP_ZH) + '\n');
      return argv.length ? 0 : 2;
    }
    if (argv[0] === '--version' || argv[0] === '-v') { io.out('0.1.0\n'); return 0; }
    const { cmd, c } = parseArgs(argv);
    lang = c.lang;
    if (c.flags.has('--help')) { io.out((lang === 'en' ? HELP_EN : HELP_ZH) + '\n'); return 0; }
    switch (cmd) {
      case 'index': return await runIndex(c, io);
      case 'check': return await runCheck(c, io);
      case 'coverage': return await runCoverage(c, io);
      default: throw new UsageError(lang === 'en' ? `unknown command: ${cmd}` : `未知命令：${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) { io.err(`policy-draft: ${e.message}\n${lang === 'en' ? 'Run policy-draft --help for usage.' : '运行 policy-draft --help 查看用法。'}\n`); return 2; }
    if (e instanceof IoError || e instanceof DecodeError) { io.err(`policy-draft: ${e.message}\n`); return 2; }
    io.err(`policy-draft: ${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}

async function runIndex(c: Common, io: Io): Promise<number> {
  if (c.format !== 'text' && c.format !== 'json') throw new UsageError('--format takes text or json');
  const files = c.rest.length ? c.rest : c.notices;
  const { service, messages } = await makeService({ ...c, notices: [] }, io, files.length ? files : undefined);
  const errors = messages.filter(m => m.level === 'error');
  for (const m of messages) io.err(`policy-draft: ${c.lang === 'en' ? m.en : m.zh}\n`);
  const all = service.index.all();
  if (c.format === 'json') {
    const objs = all.map(n => indexJson(n));
    io.out(JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2) + '\n');
  } else {
    io.out(all.map(n => indexText(n, c.lang)).join('\n') + '\n');
  }
  return errors.length ? 2 : 0;
}

/** Expands check/coverage arguments: files, directories (recursive .md/.markdown/.txt), globs, `-`. */
export function expandPaths(args: string[], cwd: string, lang: Locale): { files: string[]; stdin: boolean } {
  const files: string[] = [];
  let stdin = false;
  const seen = new Set<string>();
  const add = (f: string) => { const k = path.resolve(f); if (!seen.has(k)) { seen.add(k); files.push(k); } };
  for (const a of args) {
    if (a === '-') { stdin = true; continue; }
    const p = path.resolve(cwd, a);
    if (isFile(p)) add(p);
    else if (isDir(p)) for (const f of walk(p, rel => /\.(md|markdown|txt)$/i.test(rel), 200000)) add(f);
    else if (/[*?{[]/.test(a)) {
      const base = path.resolve(cwd, globBase(a));
      const re = globToRegExp(a.replace(/^\.\//, ''));
      const matched = isDir(base) ? walk(base, rel => re.test(path.relative(cwd, path.join(base, rel)).split(path.sep).join('/')), 200000) : [];
      if (!matched.length) throw new IoError(lang === 'en' ? `no files match ${a}` : `没有匹配 ${a} 的文件`);
      matched.forEach(add);
    } else throw new IoError(lang === 'en' ? `no such file or directory: ${a}` : `找不到文件或目录：${a}`);
  }
  return { files, stdin };
}

export async function readInput(file: string | '-', io: Io, maxSize: number): Promise<Decoded> {
  if (file === '-') return decode(await io.readStdin(), maxSize);
  return readText(file, maxSize);
}

export { fileUri };

if (require.main === module) {
  const io: Io = {
    out: s => { process.stdout.write(s); },
    err: s => { process.stderr.write(s); },
    isTTY: !!process.stdout.isTTY,
    cwd: process.cwd(),
    readStdin: () => new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on('data', d => chunks.push(d as Buffer));
      process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
      process.stdin.on('error', reject);
    }),
  };
  main(process.argv.slice(2), io).then(code => { process.exitCode = code; });
}
