// The language server opens no network socket and resolves no name: a full session runs under a preload
// (test/lsp/no-network.cjs) that makes net/tls/dns/http(s)/dgram/fetch throw and records every attempt.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, ensureBuilt, ROOT, SEED_TEXT, SEED_URI, TASK12_LINE } from './client';

const PRELOAD = path.join(ROOT, 'test', 'lsp', 'no-network.cjs');

function logFile(): string { return path.join(mkdtempSync(path.join(tmpdir(), 'pd-nonet-')), 'attempts.jsonl'); }
const attempts = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map(l => JSON.parse(l)) : []);

describe('no network', () => {
  test('the preload really catches attempts (so an empty record means something)', () => {
    const f = logFile();
    const script = `
      const tries = [
        () => require('net').connect(9, '127.0.0.1'),
        () => new (require('net').Socket)().connect(9, '127.0.0.1'),
        () => require('dns').lookup('example.invalid', () => {}),
        () => require('http').request('http://127.0.0.1:9/'),
        () => require('https').get('https://127.0.0.1:9/'),
        () => require('tls').connect(9, '127.0.0.1'),
        () => require('dgram').createSocket('udp4'),
      ];
      let thrown = 0;
      for (const t of tries) { try { t(); } catch (e) { if (/no-network/.test(e.message)) thrown++; } }
      fetch('http://127.0.0.1:9/').catch(e => { if (/no-network/.test(e.message)) thrown++; console.log(thrown); });`;
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', script], { env: { ...process.env, NO_NETWORK_LOG: f }, encoding: 'utf8' });
    assert.equal(r.stdout.trim(), '8', r.stderr);
    assert.deepEqual(attempts(f).map(a => a.what), ['net.connect', 'net.Socket.prototype.connect', 'dns.lookup', 'http.request', 'https.get', 'tls.connect', 'dgram.createSocket', 'fetch']);
  });

  for (const withRoot of [false, true]) {
    test(`a full session records no attempt (${withRoot ? 'workspace with a config naming a URL and local notices' : 'rootUri null'})`, async () => {
      ensureBuilt();
      const f = logFile();
      let init: Record<string, unknown> = {};
      if (withRoot) {
        const ws = mkdtempSync(path.join(tmpdir(), 'pd-nonet-ws-'));
        mkdirSync(path.join(ws, 'notices'));
        writeFileSync(path.join(ws, 'notices', 'seed.md'), SEED_TEXT);
        writeFileSync(path.join(ws, 'policy-draft.json'), JSON.stringify({
          $schema: 'https://example.invalid/policy-draft.schema.json',
          notices: ['bundled', 'notices/*.md', 'https://example.invalid/notice.md', '//example.invalid/share/notice.md'],
        }));
        writeFileSync(path.join(ws, 'draft.md'), '第12项“加强“两高”行业管控”，见 https://example.invalid/x 与 http://127.0.0.1:9/。\n');
        const uri = pathToFileURL(ws).toString();
        init = { rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } };
      }
      const c = await startServer({ nodeArgs: ['--require', PRELOAD], env: { NO_NETWORK_LOG: f }, init });
      try {
        const uri = 'file:///tmp/nonet/draft.md';
        const text = '[链接](https://example.invalid/) 第12项“聚力攻坚能源项目”（牵头单位：市发改委、冠县工业和信息化局）聊政办字[2023]3号 第107项\n#两高\n第1';
        const p = await c.open(uri, text);
        assert.ok(p.diagnostics.length >= 4);
        const pos = { line: 0, character: 30 };
        await c.request('textDocument/hover', { textDocument: { uri }, position: pos });
        await c.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 3 } });
        await c.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } });
        const def = await c.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 28 } });
        assert.ok(Array.isArray(def));
        await c.request('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 28 }, context: { includeDeclaration: true } });
        await c.request('textDocument/documentSymbol', { textDocument: { uri } });
        await c.request('workspace/symbol', { query: '两高' });
        await c.request('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } });
        await c.open(SEED_URI, SEED_TEXT);
        await c.request('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
        await c.request('textDocument/references', { textDocument: { uri: SEED_URI }, position: { line: TASK12_LINE, character: 1 }, context: { includeDeclaration: true } });
        await c.notify('workspace/didChangeConfiguration', { settings: { policyDraft: { notices: ['https://example.invalid/n.md'] } } });
        await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'https://example.invalid/notice.md', type: 1 }, { uri: 'file:///tmp/nonet/policy-draft.json', type: 2 }] });
        await c.request('policyDraft/reload', {});
        await c.request('policyDraft/notices', {});
        await c.request('policyDraft/documentInfo', { uri });
        await c.request('policyDraft/coverage', { uri, unit: '市发展改革委' });
        await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'https://example.invalid/ ' }]);
        assert.equal(await c.alive(), true);
      } finally { await c.shutdown(); }
      const got = attempts(f);
      assert.deepEqual(got, [], `network attempts:\n${got.map(a => `${a.what} ${JSON.stringify(a.args)}\n${a.stack}`).join('\n')}`);
    });
  }
});
