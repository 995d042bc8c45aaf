/**
 * File I/O for the adapters (LSP server and CLI): decoding with encoding detection, size limits, atomic writes
 * that keep the file's encoding, BOM and line endings, and directory walks. The core never touches files.
 *
 * Encoding detection is deterministic rather than statistical: a BOM decides; else strict UTF-8; else strict
 * GB18030 (a superset of GBK and GB2312, what Chinese office machines write). Statistical detectors guess
 * wrong on short Chinese texts, and a wrong guess here would produce garbage findings.
 */
import { promises as fsp, statSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

/** `docx`: a Word document read as text (the CLI only, see docx.ts): findings, never fixes written back. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'docx';

export interface Decoded { text: string; encoding: Encoding; eol: '\n' | '\r\n' | '\r'; size: number }
export class DecodeError extends Error {
  constructor(readonly code: 'binary' | 'undecodable' | 'too-large' | 'io', message: string) { super(message); }
}

export function decode(buf: Uint8Array, maxSize = Infinity): Decoded {
  if (buf.length > maxSize) throw new DecodeError('too-large', `文件过大（${buf.length} 字节，上限 ${maxSize}）/ file too large (${buf.length} bytes, limit ${maxSize})`);
  let text: string;
  let encoding: Encoding;
  const strict = (enc: string, b: Uint8Array): string => {
    try { return new TextDecoder(enc, { fatal: true }).decode(b); }
    catch { throw new DecodeError('undecodable', `文件以 ${enc} 的 BOM 开头，但内容不是有效的 ${enc} / the file starts with a ${enc} BOM but is not valid ${enc}`); }
  };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) { text = strict('utf-8', buf.subarray(3)); encoding = 'utf-8-bom'; }
  else if (buf[0] === 0xff && buf[1] === 0xfe) { if (buf.length % 2) strict('utf-16le', buf.subarray(0, 1)); text = strict('utf-16le', buf.subarray(2)); encoding = 'utf-16le'; }
  else if (buf[0] === 0xfe && buf[1] === 0xff) { if (buf.length % 2) strict('utf-16be', buf.subarray(0, 1)); text = strict('utf-16be', buf.subarray(2)); encoding = 'utf-16be'; }
  else {
    const head = buf.subarray(0, 8192);
    let nul = 0;
    for (const b of head) if (b === 0) nul++;
    if (nul > 0) throw new DecodeError('binary', '文件是二进制文件，不是文本 / the file is binary, not text');
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); encoding = 'utf-8'; }
    catch {
      try { text = new TextDecoder('gb18030', { fatal: true }).decode(buf); encoding = 'gb18030'; }
      catch { throw new DecodeError('undecodable', '无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）/ cannot decode the file (neither UTF-8 nor GB18030/GBK)'); }
    }
  }
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  const eol: Decoded['eol'] = crlf >= 0 && crlf < lf + 1 ? '\r\n' : lf >= 0 ? '\n' : text.includes('\r') ? '\r' : '\n';
  return { text, encoding, eol, size: buf.length };
}

export async function readText(file: string, maxSize = Infinity): Promise<Decoded> {
  return decode(await readBytes(file, maxSize), maxSize);
}

/** A file's bytes, with the errors readText gives (not a file, too large, unreadable). */
export async function readBytes(file: string, maxSize = Infinity): Promise<Buffer> {
  let st;
  try { st = await fsp.stat(file); } catch (e) { throw new DecodeError('io', `无法读取 ${file}：${(e as Error).message} / cannot read ${file}`); }
  if (!st.isFile()) throw new DecodeError('io', `${file} 不是文件 / is not a file`);
  if (st.size > maxSize) throw new DecodeError('too-large', `文件过大（${st.size} 字节，上限 ${maxSize}）/ file too large (${st.size} bytes, limit ${maxSize})`);
  let buf: Buffer;
  try { buf = await fsp.readFile(file); } catch (e) { throw new DecodeError('io', `无法读取 ${file}：${(e as Error).message} / cannot read ${file}`); }
  return buf;
}

/** Writes via a temporary file in the same directory and a rename, so a crash never leaves half a file. */
export async function writeAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let mode: number | undefined;
  try { mode = (await fsp.stat(file)).mode; } catch { /* new file */ }
  await fsp.writeFile(tmp, data, mode !== undefined ? { mode } : undefined);
  try { await fsp.rename(tmp, file); } catch (e) { await fsp.rm(tmp, { force: true }); throw e; }
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out', '.hg', '.svn']);

/** Files under `dir` (recursive, no symlinked directories) whose relative path matches `test`; bounded. */
export function walk(dir: string, test: (rel: string) => boolean, limit = 20000): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length && out.length < limit) {
    const d = stack.pop()!;
    let entries;
    try { entries = readdirSync(d, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(p); }
      else if (e.isFile()) { const rel = path.relative(dir, p).split(path.sep).join('/'); if (test(rel)) out.push(p); }
    }
  }
  return out.sort();
}

export function isFile(p: string): boolean { try { return statSync(p).isFile(); } catch { return false; } }
export function isDir(p: string): boolean { try { return statSync(p).isDirectory(); } catch { return false; } }

/** The embedded default notice, shipped in seeds/ next to dist/. */
export function bundledNoticePath(): string {
  const candidates = [path.join(__dirname, '..', 'seeds', 'liaozhengbanzi-2023-3.md'), path.join(__dirname, '..', '..', '..', 'seeds', 'liaozhengbanzi-2023-3.md')];
  return candidates.find(isFile) ?? candidates[0];
}
