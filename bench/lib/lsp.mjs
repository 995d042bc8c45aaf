// A minimal LSP client over stdio (Content-Length framing, JSON-RPC 2.0): enough to time a real server process.
import { spawn } from 'node:child_process';

export class LspClient {
  constructor(cmd, args, opts = {}) {
    this.t0 = performance.now();
    this.proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], ...opts });
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.notifications = [];
    this.buf = Buffer.alloc(0);
    this.stderr = '';
    this.exited = false;
    this.proc.stdout.on('data', d => this.onData(d));
    this.proc.stderr.on('data', d => { this.stderr += d; });
    this.proc.on('exit', () => { this.exited = true; for (const p of this.pending.values()) p.reject(new Error(`server exited: ${this.stderr.slice(-2000)}`)); });
  }

  onData(d) {
    // Chunks are kept in a list and joined once a whole message is there (a 1 MB publish arrives in ~16 chunks).
    (this.chunks ??= []).push(d);
    this.chunkBytes = (this.chunkBytes ?? 0) + d.length;
    if (this.need !== undefined && this.chunkBytes < this.need) return;
    this.buf = Buffer.concat([this.buf, ...this.chunks]);
    this.chunks = []; this.chunkBytes = 0; this.need = undefined;
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length:\s*(\d+)/i.exec(this.buf.subarray(0, sep).toString('ascii'));
      if (!m) throw new Error('bad LSP header');
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) { this.need = sep + 4 + len - this.buf.length; return; }
      // `arrived`: the message's last byte is in; `at` (below): it is decoded and parsed (what a client can use).
      const arrived = performance.now();
      const body = this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(sep + 4 + len);
      this.onMessage(JSON.parse(body), performance.now(), len, arrived);
    }
  }

  onMessage(msg, at, bytes, arrived = at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (p) { this.pending.delete(msg.id); msg.error ? p.reject(new Error(msg.error.message)) : p.resolve({ result: msg.result, at }); }
      return;
    }
    if (msg.id !== undefined && msg.method) {
      // A request from the server (workspace/configuration, client/registerCapability…): answer with null.
      this.write({ jsonrpc: '2.0', id: msg.id, result: null });
      return;
    }
    const n = { method: msg.method, params: msg.params, at, bytes, arrived };
    this.notifications.push(n);
    if (this.notifications.length > 50) this.notifications.splice(0, this.notifications.length - 50);
    for (const w of [...this.waiters]) if (w.pred(n)) { this.waiters.splice(this.waiters.indexOf(w), 1); w.resolve(n); }
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => { this.pending.set(id, { resolve, reject }); this.write({ jsonrpc: '2.0', id, method, params }); });
  }

  notify(method, params) { this.write({ jsonrpc: '2.0', method, params }); }

  /** Resolves with the first notification (from now on) satisfying pred; rejects after timeoutMs. */
  waitFor(pred, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const w = { pred, resolve: n => { clearTimeout(timer); resolve(n); } };
      const timer = setTimeout(() => { this.waiters.splice(this.waiters.indexOf(w), 1); reject(new Error(`timeout waiting for notification; stderr: ${this.stderr.slice(-1000)}`)); }, timeoutMs);
      this.waiters.push(w);
    });
  }

  async shutdown() {
    if (this.exited) return;
    try { await Promise.race([this.request('shutdown', null), new Promise(r => setTimeout(r, 2000))]); this.notify('exit', null); } catch { /* already gone */ }
    await new Promise(r => { if (this.exited) r(); else { const t = setTimeout(() => { this.proc.kill('SIGKILL'); r(); }, 2000); this.proc.on('exit', () => { clearTimeout(t); r(); }); } });
  }
}
