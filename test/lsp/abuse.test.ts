// Protocol abuse: unknown and closed documents, impossible positions, malformed params, cancellation, stale
// versions, garbage on the wire. Each answer must be an error response or an empty/null result — never a crash:
// the same server process must still answer afterwards.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient, startServer, draftUri, rows, rangeOf, ensureBuilt, fmtRange } from './client';

let c: LspClient;
before(async () => { ensureBuilt(); c = await startServer(); });
after(async () => { await c?.shutdown(); });

const POSITION_METHODS = ['textDocument/completion', 'textDocument/hover', 'textDocument/definition', 'textDocument/references'];
const DOC_METHODS = ['textDocument/documentSymbol'];
const isEmpty = (r: unknown) => r === null || r === undefined || (Array.isArray(r) && r.length === 0) || (typeof r === 'object' && Array.isArray((r as any).items) && (r as any).items.length === 0);

/** The request gets an error response or an empty answer, and the server is still alive. */
async function harmless(method: string, params: unknown, allowNonEmpty = false) {
  const r = await c.tryRequest(method, params);
  if (!r.error && !allowNonEmpty) assert.ok(isEmpty(r.result), `${method} ${JSON.stringify(params).slice(0, 200)} → ${JSON.stringify(r.result).slice(0, 200)}`);
  assert.equal(await c.alive(), true, `server alive after ${method} ${JSON.stringify(params).slice(0, 200)}`);
  return r;
}

describe('unknown and closed documents', () => {
  test('every request on a never-opened uri', async () => {
    const td = { uri: 'file:///nowhere/never-opened.md' };
    for (const m of POSITION_METHODS) await harmless(m, { textDocument: td, position: { line: 0, character: 0 }, context: { includeDeclaration: true } });
    for (const m of DOC_METHODS) await harmless(m, { textDocument: td });
    await harmless('textDocument/codeAction', { textDocument: td, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } });
    await harmless('policyDraft/documentInfo', { uri: td.uri });
    await harmless('policyDraft/coverage', { uri: td.uri, unit: '市发展改革委' });
  });

  test('requests after didClose; didClose twice; didChange on a closed document', async () => {
    const uri = draftUri();
    await c.open(uri, '第12项');
    await c.close(uri);
    await c.close(uri);
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: [{ text: '第107项' }] });
    for (const m of POSITION_METHODS) await harmless(m, { textDocument: { uri }, position: { line: 0, character: 1 }, context: { includeDeclaration: false } });
    await harmless('textDocument/documentSymbol', { textDocument: { uri } });
  });

  test('other uri schemes (untitled:, no scheme, garbage) work or answer empty', async () => {
    for (const uri of ['untitled:Untitled-1', 'not a uri at all', '', 'file:///%E0%A4%A']) {
      await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '第107项' } });
      const p = await c.diags(uri, 1);
      assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '0:1-0:4']], uri);
      const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      assert.ok(h && h.contents.value.includes('107'));
      await c.close(uri);
    }
    assert.equal(await c.alive(), true);
  });
});

describe('impossible positions', () => {
  const TEXT = '😀第12项“加强“两高”行业管控”\r\n第107项';
  const positions: [string, unknown][] = [
    ['past the last line', { line: 99, character: 0 }],
    ['past the end of a line', { line: 0, character: 9999 }],
    ['inside a surrogate pair', { line: 0, character: 1 }],
    ['between CR and LF', { line: 0, character: 19 }],
    ['huge numbers', { line: 1e300, character: 1e300 }],
    ['2^31', { line: 2 ** 31, character: 2 ** 31 }],
    ['negative line', { line: -1, character: 0 }],
    ['negative character', { line: 0, character: -5 }],
    ['fractional', { line: 0.5, character: 2.5 }],
    ['strings', { line: '0', character: '3' }],
    ['null', null],
    ['missing', undefined],
    ['empty object', {}],
    ['an array', [0, 3]],
    ['nested garbage', { line: { x: 1 }, character: [1] }],
  ];
  let uri: string;
  before(async () => { uri = draftUri(); await c.open(uri, TEXT); });
  after(async () => { await c.close(uri); });
  for (const [name, pos] of positions) {
    test(name, async () => {
      for (const m of POSITION_METHODS) await harmless(m, { textDocument: { uri }, position: pos, context: { includeDeclaration: true } }, true);
      await harmless('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } }, true);
      await harmless('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: pos }, context: { diagnostics: [] } }, true);
    });
  }
  test('valid positions still answer correctly afterwards', async () => {
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(h?.contents.value.includes('加强“两高”行业管控'));
    assert.deepEqual(h.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 18 } });
  });
});

describe('malformed params', () => {
  const all = [...POSITION_METHODS, ...DOC_METHODS, 'textDocument/codeAction', 'workspace/symbol', 'policyDraft/documentInfo', 'policyDraft/coverage', 'policyDraft/setDocumentNotice', 'policyDraft/notices', 'policyDraft/notice', 'policyDraft/searchTasks'];
  const bad: [string, unknown][] = [
    ['missing textDocument', { position: { line: 0, character: 0 } }],
    ['textDocument null', { textDocument: null, position: { line: 0, character: 0 } }],
    ['uri a number', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }],
    ['uri an object', { textDocument: { uri: { toString: 1 } }, position: { line: 0, character: 0 } }],
    ['params null', null],
    ['params empty object', {}],
    ['params an array', []],
    ['params a positional array', [{ textDocument: { uri: 'x' } }, 1, 2]],
    ['query not a string', { query: { $ne: 1 } }],
    ['range missing', { textDocument: { uri: 'file:///x.md' }, context: {} }],
  ];
  for (const [name, params] of bad) {
    test(name, async () => {
      for (const m of all) await harmless(m, params, true);
    });
  }
  test('unknown method → MethodNotFound; unknown notification ignored', async () => {
    const r = await c.tryRequest('textDocument/noSuchThing', { textDocument: { uri: 'x' } });
    assert.equal(r.error?.code, -32601);
    await c.notify('$/noSuchNotification', { x: 1 });
    await c.notify('textDocument/noSuchNotification', null);
    assert.equal(await c.alive(), true);
  });
  test('malformed notifications: didOpen/didChange/didClose without textDocument, text not a string, changes not an array', async () => {
    await c.notify('textDocument/didOpen', {});
    await c.notify('textDocument/didOpen', { textDocument: { uri: draftUri() } });
    await c.notify('textDocument/didOpen', null);
    const weird = draftUri();
    await c.notify('textDocument/didOpen', { textDocument: { uri: weird, languageId: 'markdown', version: 1, text: 42 } });
    await c.notify('textDocument/didChange', {});
    await c.notify('textDocument/didChange', { textDocument: { uri: weird, version: 2 }, contentChanges: null });
    await c.notify('textDocument/didChange', { textDocument: { uri: weird, version: 3 }, contentChanges: [{ range: { start: { line: -4, character: -1 }, end: { line: 99, character: 99 } }, text: '第107项' }] });
    await c.notify('textDocument/didClose', {});
    await c.notify('textDocument/didSave', { textDocument: { uri: weird } });
    await c.notify('workspace/didChangeConfiguration', null);
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nowhere/policy-draft.json', type: 2 }, { uri: 42, type: 9 }] });
    assert.equal(await c.alive(), true);
    for (const m of POSITION_METHODS) await harmless(m, { textDocument: { uri: weird }, position: { line: 0, character: 1 } }, true);
    await c.close(weird);
    // A well-formed document still works.
    const uri = draftUri();
    const p = await c.open(uri, '第107项');
    assert.deepEqual(p.diagnostics.map(d => d.code), ['unknown-task']);
    await c.close(uri);
  });
});

describe('cancellation', () => {
  test('$/cancelRequest right after a request: a result or RequestCancelled, then normal service', async () => {
    const uri = draftUri();
    const text = '第12项（牵头单位：市科技局）\n'.repeat(2000);
    await c.open(uri, text);
    const outcomes: string[] = [];
    for (let k = 0; k < 20; k++) {
      const src = new CancellationTokenSource();
      const pr = c.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: k, character: 10 } }, src.token);
      src.cancel();
      try { await pr; outcomes.push('result'); }
      catch (e: any) { assert.equal(e.code, -32800, `cancel → RequestCancelled, got ${e.code} ${e.message}`); outcomes.push('cancelled'); }
    }
    assert.equal(outcomes.length, 20);
    await c.notify('$/cancelRequest', { id: 987654321 });
    await c.notify('$/cancelRequest', { id: null });
    await c.notify('$/cancelRequest', null);
    await c.notify('$/cancelRequest', { id: { nested: true } });
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.ok(h?.contents.value.includes('加强“两高”行业管控'));
    await c.close(uri);
  });
});

describe('document versions', () => {
  test('out-of-order didChange versions: no crash, diagnostics for the text as applied', async () => {
    const uri = draftUri();
    await c.open(uri, 'A\nB\n');
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '第107项' }] });
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '第108项' }] });
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '' }] });
    await c.notify('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [] });
    assert.equal(await c.alive(), true);
    // Either applied in arrival order (both citations) or the stale one ignored (only the first): both are sane.
    const both = rows([{ code: 'unknown-task', range: rangeOf('第107项\n第108项\n', { start: 1, end: 4 }) }, { code: 'unknown-task', range: rangeOf('第107项\n第108项\n', { start: 7, end: 10 }) }]);
    const first = rows([{ code: 'unknown-task', range: rangeOf('第107项\nB\n', { start: 1, end: 4 }) }]);
    const p = await c.waitFor(() => { const d = c.diagnostics.get(uri); if (!d) return undefined; const r = JSON.stringify(rows(d.diagnostics)); return r === JSON.stringify(both) || r === JSON.stringify(first) ? d : undefined; }, 'diagnostics after stale versions');
    assert.ok(p);
    // A later full change re-synchronises.
    const q = await c.change(uri, [{ text: '聊政办字[2023]3号' }], 10);
    assert.deepEqual(q.diagnostics.map(d => d.code), ['doc-number-format']);
    await c.close(uri);
  });

  test('didOpen twice for the same uri: the second text wins', async () => {
    const uri = draftUri();
    await c.open(uri, '第107项');
    const p = await c.open(uri, '第12项“聚力攻坚能源项目”', 'markdown', 2);
    assert.deepEqual(p.diagnostics.map(d => d.code), ['title-mismatch']);
    await c.close(uri);
  });
});

describe('the wire', () => {
  test('big documents (1 MB on one line; 10k diagnostics on one line; 20k CRLF lines) are answered', async () => {
    const uri = draftUri();
    const p = await c.open(uri, '😀普通文字；'.repeat(150_000) + '第107项');
    assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '0:1050001-0:1050004']]);
    await c.close(uri);
    const uri1 = draftUri();
    const p1 = await c.open(uri1, '😀第107项；'.repeat(10_000));
    assert.equal(p1.diagnostics.length, 10_000);
    assert.deepEqual(p1.diagnostics[9_999].range, { start: { line: 0, character: 79_995 }, end: { line: 0, character: 79_998 } });
    await c.close(uri1);
    const uri2 = draftUri();
    // 400 K characters: the head is published first (nothing wrong there), then the whole document.
    const p2 = await c.open(uri2, '第12项“加强“两高”行业管控”\r\n'.repeat(20_000) + '第107项');
    assert.deepEqual(p2.diagnostics, [], 'the head of the document has no problem');
    const all = await c.waitFor(() => c.diagnostics.get(uri2)?.diagnostics.length ? c.diagnostics.get(uri2) : undefined, 'the complete publish');
    assert.equal(all.version, 1);
    assert.deepEqual(all.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '20000:1-20000:4']]);
    await c.close(uri2);
  });

  test('invalid JSON and a bad header on stdin: the server survives (or at least does not hang)', async () => {
    const k = await startServer();
    try {
      const body = '{"jsonrpc":"2.0","id":1,"method":';
      k.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const body2 = '[1,2,3]';
      k.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body2)}\r\n\r\n${body2}`);
      const body3 = '{"jsonrpc":"2.0","id":"x","method":"textDocument/hover","params":{"textDocument":{"uri":"u"},"position":{"line":0,"character":0}}}';
      k.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body3)}\r\n\r\n${body3}`);
      assert.equal(await k.alive(), true, `alive after garbage; stderr ${k.stderr.slice(-500)}`);
    } finally { await k.shutdown(); }
  });

  test('a request before initialize, then a normal session', async () => {
    const k = new LspClient();
    try {
      const r = await k.tryRequest('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } });
      assert.ok(r.error || r.result === null, JSON.stringify(r));
      await k.initialize();
      const uri = draftUri();
      const p = await k.open(uri, '第107项');
      assert.deepEqual(p.diagnostics.map(d => d.code), ['unknown-task']);
    } finally { await k.shutdown(); }
  });

  test('shutdown → requests are refused → exit ends the process with code 0', async () => {
    const k = await startServer();
    await k.request('shutdown', null);
    const r = await k.tryRequest('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } });
    assert.ok(r.error || r.result === null);
    await k.notify('exit', null);
    assert.equal((await k.waitExit()).code, 0);
    k.conn.dispose();
  });

  test('exit without shutdown ends the process with code 1; stdin closing ends it too', async () => {
    const k = await startServer();
    await k.notify('exit', null);
    assert.equal((await k.waitExit()).code, 1);
    k.conn.dispose();
    const k2 = await startServer();
    k2.proc.stdin.end();
    await k2.waitExit();
    k2.conn.dispose();
  });
});
