/**
 * The stdio transport, with a faster encoder for `textDocument/publishDiagnostics`.
 *
 * A 1 MB draft has a couple of thousand diagnostics: ~470 KB of JSON sent again after every edit. The generic
 * encoder (JSON.stringify, then UTF-8 of a string full of Chinese) took ~6 ms of the ~10 ms the server spent on a
 * one-line edit. Here each WireDiagnostic is encoded once and its bytes kept on it: the converter (convert.ts)
 * hands the same objects to every publish while their blocks stay in place, so a publish after a one-line edit
 * encodes the edited block's few diagnostics and copies the rest. Anything else is encoded by JSON.stringify.
 * The bytes are those JSON.stringify would give (tested), so clients see no difference.
 *
 * Only stdio (Neovim, Emacs, Helix, Sublime… and the benchmark) goes through here; VS Code talks over Node IPC.
 */
import { ContentTypeEncoder, Message, NotificationMessage, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { Console } from 'node:console';
import { Writable } from 'node:stream';

const SUFFIX_CACHE_MAX = 50_000;
const ENCODED = Symbol('encoded');
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
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  /** This diagnostic's JSON as UTF-8, once encoded (a symbol key: JSON.stringify and IPC leave it out). */
  [ENCODED]: Buffer | undefined = undefined;
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
  // Keys in the order given; JSON.stringify leaves out a key whose value is undefined.
  let head = '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":';
  let opened = false;
  for (const key in p) {
    if (key === 'uri') head += `${opened ? ',' : '{'}"uri":${JSON.stringify(p.uri)}`;
    else if (key === 'version' && p.version !== undefined) head += `${opened ? ',' : '{'}"version":${p.version}`;
    else if (key === 'diagnostics') head += `${opened ? ',' : '{'}"diagnostics":[`;
    else continue;
    opened = true;
  }
  if (!head.endsWith('[')) return undefined; // diagnostics not last: the generic encoder
  const first = Buffer.from(head, 'utf-8');
  const list = p.diagnostics;
  const parts: Buffer[] = new Array(list.length);
  let size = first.length + Math.max(0, list.length - 1) + 3;
  for (let k = 0; k < list.length; k++) {
    const d = list[k];
    // Encoded once: the converter hands the same objects to every publish while their blocks stay in place.
    const b = d instanceof WireDiagnostic ? (d[ENCODED] ??= encodeDiagnostic(d)) : Buffer.from(JSON.stringify(d) ?? 'null', 'utf-8');
    parts[k] = b;
    size += b.length;
  }
  const out = Buffer.allocUnsafe(size);
  out.set(first, 0);
  let at = first.length;
  for (let k = 0; k < parts.length; k++) {
    if (k) out[at++] = 0x2c; // ,
    out.set(parts[k], at);
    at += parts[k].length;
  }
  out.write(']}}', at, 'latin1');
  return out;
}

interface Suffix { severity: number; code: string; source: string; bytes: Buffer }

/** One diagnostic's JSON: its range, ASCII built from four numbers, then the rest, cached by message. */
function encodeDiagnostic(d: WireDiagnostic): Buffer {
  const r = d.range;
  const head = `{"range":{"start":{"line":${r.start.line},"character":${r.start.character}},"end":{"line":${r.end.line},"character":${r.end.character}}}`;
  const tail = suffix(d);
  // Its own memory, not a slice of Node's shared 8 KB pool: a kept diagnostic would pin a whole slab.
  const out = Buffer.allocUnsafeSlow(head.length + tail.length);
  out.write(head, 0, 'latin1');
  tail.copy(out, head.length);
  return out;
}

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
