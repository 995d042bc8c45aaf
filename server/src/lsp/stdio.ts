/**
 * The stdio transport, with a faster encoder for `textDocument/publishDiagnostics`.
 *
 * A 1 MB draft has a couple of thousand diagnostics: ~470 KB of JSON sent again after every edit. The generic
 * encoder (JSON.stringify, then UTF-8 of a string full of Chinese) took ~6 ms of the ~10 ms the server spent on a
 * one-line edit. Here each diagnostic of the usual shape is written from two parts: its range, ASCII built from
 * four numbers, and the rest (severity, code, source, message), whose UTF-8 bytes are cached: an edit changes
 * the ranges of few diagnostics and the messages of fewer. Anything else is encoded by JSON.stringify. The bytes
 * are those JSON.stringify would give (tested), so clients see no difference.
 *
 * Only stdio (Neovim, Emacs, Helix, Sublime… and the benchmark) goes through here; VS Code talks over Node IPC.
 */
import { ContentTypeEncoder, Message, NotificationMessage, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { Console } from 'node:console';
import { Writable } from 'node:stream';

const SUFFIX_CACHE_MAX = 50_000;
const suffixes = new Map<string, Suffix>();

/** The JSON of one LSP message, as UTF-8. */
export function encodeMessage(msg: Message): Buffer {
  const n = msg as NotificationMessage;
  if (n.method === 'textDocument/publishDiagnostics' && n.params && typeof n.params === 'object') {
    const fast = encodePublish(msg as NotificationMessage & { params: PublishParams });
    if (fast) return fast;
  }
  return Buffer.from(JSON.stringify(msg), 'utf-8');
}

interface PublishParams { uri: string; version?: number; diagnostics: unknown[] }

/**
 * A diagnostic as this server sends it: the fields of an LSP Diagnostic, in this order, with a range of its own
 * (so its shape is known and the encoder need not inspect it). JSON.stringify gives the same JSON as for a plain
 * object.
 */
export class WireDiagnostic {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  constructor(range: { start: { line: number; character: number }; end: { line: number; character: number } }, readonly severity: 1 | 2 | 3 | 4, readonly code: string, readonly source: string, readonly message: string) {
    this.range = { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
  }
}

function encodePublish(msg: NotificationMessage & { params: PublishParams }): Buffer | undefined {
  const p = msg.params;
  if (msg.jsonrpc !== '2.0' || !Array.isArray(p.diagnostics) || typeof p.uri !== 'string') return undefined;
  // Only the params this server sends: { uri, version?, diagnostics }.
  for (const key in p) if (key !== 'uri' && key !== 'version' && key !== 'diagnostics') return undefined;
  if (p.version !== undefined && !Number.isSafeInteger(p.version)) return undefined;
  const parts: (string | Buffer)[] = [];
  let size = 0;
  const add = (x: string | Buffer) => { parts.push(x); size += x.length; };
  add('{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":');
  // Keys in the order given; JSON.stringify leaves out a key whose value is undefined.
  let head = '';
  for (const key in p) {
    if (key === 'uri') head += `${head ? ',' : '{'}"uri":${JSON.stringify(p.uri)}`;
    else if (key === 'version' && p.version !== undefined) head += `${head ? ',' : '{'}"version":${p.version}`;
    else if (key === 'diagnostics') head += `${head ? ',' : '{'}"diagnostics":[`;
  }
  if (!head.endsWith('[')) return undefined; // diagnostics not last: the generic encoder
  add(Buffer.from(head, 'utf-8'));
  const list = p.diagnostics;
  for (let k = 0; k < list.length; k++) {
    const d = list[k];
    const sep = k ? ',' : '';
    if (!(d instanceof WireDiagnostic)) { if (sep) add(sep); add(Buffer.from(JSON.stringify(d) ?? 'null', 'utf-8')); continue; }
    const r = d.range;
    add(`${sep}{"range":{"start":{"line":${r.start.line},"character":${r.start.character}},"end":{"line":${r.end.line},"character":${r.end.character}}}`);
    add(suffix(d));
  }
  add(']}}');
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  // The strings here are ASCII (punctuation, keys, numbers): one byte per character.
  for (const x of parts) at += typeof x === 'string' ? out.write(x, at, 'latin1') : x.copy(out, at);
  return out;
}

interface Suffix { severity: number; code: string; source: string; bytes: Buffer }

/** `,"severity":…,"code":…,"source":…,"message":…}` as UTF-8, cached by message (the core shares equal ones). */
function suffix(d: WireDiagnostic): Buffer {
  const hit = suffixes.get(d.message);
  if (hit && hit.severity === d.severity && hit.code === d.code && hit.source === d.source) return hit.bytes;
  const bytes = Buffer.from(`,"severity":${d.severity},"code":${JSON.stringify(d.code)},"source":${JSON.stringify(d.source)},"message":${JSON.stringify(d.message)}}`, 'utf-8');
  if (suffixes.size >= SUFFIX_CACHE_MAX) suffixes.clear();
  suffixes.set(d.message, { severity: d.severity, code: d.code, source: d.source, bytes });
  return bytes;
}

const encoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: msg => { try { return Promise.resolve(encodeMessage(msg)); } catch (e) { return Promise.reject(e); } },
};

/**
 * Reader and writer over this process's stdin and stdout; the process ends when stdin does (as
 * vscode-languageserver does for `--stdio`). Call `consoleTo` once the connection exists.
 */
export function stdioTransport(shutdownReceived: () => boolean): [StreamMessageReader, StreamMessageWriter] {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: encoder });
  const end = () => process.exit(shutdownReceived() ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  // Until then nothing may reach stdout, which carries the protocol.
  replaceConsole(new Console({ stdout: process.stderr, stderr: process.stderr }));
  return [reader, writer];
}

/**
 * Every console method (log, dir, table, count, time…) to the client's log as `window/logMessage`, as
 * vscode-languageserver does for `--stdio`: stdout carries the protocol. A message that cannot be sent (the
 * connection is closing) is dropped; later ones still go.
 */
export function consoleTo(remote: { log(message: string): void; warn(message: string): void; error(message: string): void }): void {
  const lines = (send: (message: string) => void) => new Writable({
    write(chunk: Buffer | string, _enc, done) {
      try { send(String(chunk).replace(/\n$/, '')); } catch { /* connection gone */ }
      done();
    },
  });
  const c = new Console({ stdout: lines(m => remote.log(m)), stderr: lines(m => remote.error(m)) });
  const warn = new Console({ stdout: lines(m => remote.warn(m)), stderr: lines(m => remote.warn(m)) });
  c.warn = warn.warn.bind(warn);
  replaceConsole(c);
}

/** The methods of the global console object are replaced in place: modules that kept a reference to it follow. */
function replaceConsole(c: Console): void {
  const target = globalThis.console as unknown as Record<string, unknown>;
  const source = c as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) if (typeof source[key] === 'function') target[key] = (source[key] as (...a: unknown[]) => unknown).bind(c);
}
