/**
 * A minimal LSP client for the protocol tests: spawns `node dist/server.js --stdio` and talks JSON-RPC over its
 * real stdio pipes (vscode-jsonrpc's StreamMessageReader/Writer). It records published diagnostics and log
 * messages, answers the few server→client requests, and converts between fixture offsets and LSP positions
 * with its own UTF-16 line counting (independent of the server's LineIndex, so it is a real oracle).
 */
import { spawn, spawnSync, ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, MessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import { markers } from '../unit/helpers';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const SEED_PATH = path.join(ROOT, 'seeds', 'liaozhengbanzi-2023-3.md');
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
/** The server loads the bundled notice from dist/../seeds, so this is the uri it reports. */
export const SEED_URI = pathToFileURL(SEED_PATH).toString();
/** Line index (0-based) of task 12 in the seed. */
export const TASK12_LINE = SEED_TEXT.split(/\r\n|\r|\n/).findIndex(l => l.startsWith('12. 加强“两高”行业管控'));
export { markers };

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic { range: Range; severity?: number; code?: string | number; source?: string; message: string; data?: unknown }
export interface PublishParams { uri: string; version?: number; diagnostics: Diagnostic[] }

/** Builds dist/server.js once if it is missing (esbuild only; type errors elsewhere must not block the protocol tests). */
export function ensureBuilt(): void {
  if (existsSync(SERVER)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(SERVER)) throw new Error('cannot build dist/server.js');
}

/** UTF-16 offset → LSP position; CR, LF and CRLF end a line. */
export function positionAt(text: string, offset: number): Position {
  let line = 0, start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) { if (text.charCodeAt(i + 1) === 10) { if (i + 1 >= offset) break; i++; } line++; start = i + 1; }
    else if (c === 10) { line++; start = i + 1; }
  }
  return { line, character: offset - start };
}
export function rangeOf(text: string, s: { start: number; end: number }): Range {
  return { start: positionAt(text, s.start), end: positionAt(text, s.end) };
}
/** Offsets where lines start; CR, LF and CRLF end a line (an oracle independent of the core's LineIndex). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
    else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
/** The text a range covers (the inverse oracle: used to show what a server range points at). */
export function textAt(text: string, r: Range): string {
  const lineStarts = lineStartsOf(text);
  const off = (p: Position) => (lineStarts[p.line] ?? text.length) + p.character;
  return text.slice(off(r.start), off(r.end));
}

export interface StartOptions {
  /** Extra node flags before the script (e.g. ['--require', preload]). */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  readonly diagnostics = new Map<string, PublishParams>();
  readonly logs: string[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private waiters: (() => void)[] = [];

  constructor(opts: StartOptions = {}) {
    this.proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), SERVER, '--stdio'], {
      cwd: opts.cwd ?? ROOT, env: { ...process.env, ...(opts.env ?? {}) }, stdio: 'pipe',
    });
    this.proc.stderr.setEncoding('utf8');
    this.proc.stderr.on('data', d => { this.stderr += d; });
    this.proc.on('exit', (code, signal) => { this.exited = { code, signal }; this.wake(); });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishParams) => { this.diagnostics.set(p.uri, p); this.wake(); });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.conn.onNotification((method, params) => { this.notifications.push({ method, params }); this.wake(); });
    // Server → client requests: registration, configuration, message boxes.
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onRequest('window/showMessageRequest', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onError(() => undefined);
    this.conn.listen();
  }

  private wake(): void { const w = this.waiters; this.waiters = []; for (const f of w) f(); }

  /** Resolves when `pred` holds (re-checked on every notification), rejects after `ms`. */
  waitFor<T>(pred: () => T | undefined | false, what: string, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`)), ms);
      const check = () => {
        if (this.exited) { clearTimeout(timer); reject(new Error(`server exited (${JSON.stringify(this.exited)}) while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`)); return; }
        let v: T | undefined | false;
        try { v = pred(); } catch (e) { clearTimeout(timer); reject(e); return; }
        if (v) { clearTimeout(timer); resolve(v); } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Resolves with the exit status once the process has ended. */
  waitExit(ms = 10_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return new Promise((resolve, reject) => {
      if (this.exited) return resolve(this.exited);
      const t = setTimeout(() => reject(new Error('timeout waiting for the server to exit')), ms);
      this.proc.once('exit', (code, signal) => { clearTimeout(t); resolve({ code, signal }); });
    });
  }

  async initialize(params: Record<string, unknown> = {}): Promise<any> {
    const res = await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, ...params });
    await this.conn.sendNotification('initialized', {});
    // The notices are loaded in `initialized`; the server logs their count when done.
    await this.waitFor(() => this.logs.some(l => /notice\(s\)/.test(l)), 'notices loaded');
    return res;
  }

  request<R = any>(method: string, params: unknown): Promise<R> { return this.conn.sendRequest(method, params) as Promise<R>; }
  /** Like request, but an error response is returned as { error } instead of thrown. */
  async tryRequest(method: string, params: unknown): Promise<{ result?: any; error?: ResponseError<unknown> }> {
    try { return { result: await this.conn.sendRequest(method, params) }; }
    catch (e) { if (e instanceof ResponseError) return { error: e }; throw e; }
  }
  notify(method: string, params: unknown): Promise<void> { return this.conn.sendNotification(method, params); }

  private versions = new Map<string, number>();
  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<PublishParams> {
    this.diagnostics.delete(uri);
    this.versions.set(uri, version);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return this.diags(uri, version);
  }
  async change(uri: string, changes: unknown[], version?: number): Promise<PublishParams> {
    const v = version ?? (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, v);
    await this.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: changes });
    return this.diags(uri, v);
  }
  async close(uri: string): Promise<void> { this.versions.delete(uri); await this.notify('textDocument/didClose', { textDocument: { uri } }); }
  /** The diagnostics published for `uri` at `version` (or later). */
  diags(uri: string, version?: number): Promise<PublishParams> {
    return this.waitFor(() => {
      const p = this.diagnostics.get(uri);
      return p && (version === undefined || p.version === undefined || p.version >= version) ? p : undefined;
    }, `diagnostics of ${uri}@${version}`);
  }

  /** The server still answers a request. */
  async alive(): Promise<boolean> {
    if (this.exited) return false;
    const r = await Promise.race([
      this.conn.sendRequest('workspace/symbol', { query: '两高' }).then(() => true, () => false),
      new Promise<boolean>(res => setTimeout(() => res(false), 5000)),
    ]);
    return r && !this.exited;
  }

  async shutdown(): Promise<void> {
    if (this.exited) { this.conn.dispose(); return; }
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 3000))]);
      await this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    await new Promise<void>(res => {
      if (this.exited) return res();
      const t = setTimeout(() => { this.proc.kill('SIGKILL'); res(); }, 3000);
      this.proc.once('exit', () => { clearTimeout(t); res(); });
    });
    this.conn.dispose();
  }
}

export async function startServer(opts: StartOptions & { init?: Record<string, unknown> } = {}): Promise<LspClient> {
  ensureBuilt();
  const c = new LspClient(opts);
  await c.initialize(opts.init);
  return c;
}

let n = 0;
/** A fresh untitled-style file uri per fixture (no file on disk: the server must not need one). */
export function draftUri(name = 'draft', ext = 'md'): string { return `file:///tmp/policy-draft-lsp-test/${name}-${process.pid}-${++n}.${ext}`; }

/** LSP position → UTF-16 offset (clamped to the line's end, as LSP says). */
export function offsetAt(text: string, p: Position): number {
  const starts = lineStartsOf(text);
  if (p.line >= starts.length) return text.length;
  let end = p.line + 1 < starts.length ? starts[p.line + 1] : text.length;
  if (end > starts[p.line] && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[p.line] && text.charCodeAt(end - 1) === 13) end--;
  return Math.min(starts[p.line] + p.character, end);
}

/** Applies TextEdits (non-overlapping, any order) to `text`. */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const spans = edits.map(e => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

/** Diagnostics as comparable rows, sorted by position then code. */
export function rows(ds: { range: Range; code?: string | number }[]): string[] {
  const key = (r: Range) => [r.start.line, r.start.character, r.end.line, r.end.character].map(x => String(x).padStart(6, '0')).join(':');
  return ds.map(d => `${key(d.range)} ${d.code}`).sort();
}
export function fmtRange(r: Range): string { return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`; }
