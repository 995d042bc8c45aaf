// The stdio encoder writes publishDiagnostics itself (stdio.ts): its bytes must be JSON.stringify's, whatever the
// diagnostics hold, and a repeated message must not bring back a stale severity or code from its cache.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { consoleTo, encodeMessage, WireDiagnostic } from '../../server/src/lsp/stdio';

const range = (l: number, c: number) => ({ start: { line: l, character: c }, end: { line: l + 1, character: c + 2 } });
const publish = (params: object) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params });
const check = (msg: object) => assert.equal(encodeMessage(msg as never).toString('utf-8'), JSON.stringify(msg));

describe('stdio encoder: same bytes as JSON.stringify', () => {
  const tricky = ['应写作通知中的“市水利局”', 'quote " backslash \\ newline \n tab \t', 'U+2028 \u2028 and U+2029 \u2029', 'lone \ud800 surrogate \udc00', '𠮷😀 astral', '', 'control \u0001\u001f'];
  test('wire diagnostics with every kind of message, with and without version', () => {
    const ds = tricky.map((m, k) => new WireDiagnostic(range(k, 2 * k), ((k % 4) + 1) as 1 | 2 | 3 | 4, `rule-${k}`, 'policy-draft', m));
    check(publish({ uri: 'file:///a.md', version: 7, diagnostics: ds }));
    check(publish({ uri: 'file:///a.md', diagnostics: ds }));
    check(publish({ uri: 'file:///a.md', version: undefined, diagnostics: ds }));
    check(publish({ uri: 'file:///%E8%8D%89%E7%A8%BF/草稿 1.md', version: 0, diagnostics: [] }));
  });
  test('plain objects, extra fields and other key orders go through JSON.stringify', () => {
    const plain = { range: range(1, 1), severity: 2, code: 'x', source: 'policy-draft', message: 'm', data: { a: 1 } };
    check(publish({ uri: 'file:///a.md', version: 1, diagnostics: [new WireDiagnostic(range(0, 0), 1, 'a', 'policy-draft', 'm'), plain, null] }));
    check(publish({ diagnostics: [new WireDiagnostic(range(0, 0), 1, 'a', 'policy-draft', 'm')], uri: 'file:///a.md' }));
    check(publish({ uri: 'file:///a.md', diagnostics: [], extra: true }));
    check({ jsonrpc: '2.0', id: 3, result: { contents: '中文' } });
    check({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '日志' } });
  });
  test('the same message with another severity, code or source is not taken from the cache', () => {
    const m = '同一条消息';
    for (const [sev, code, source] of [[1, 'a', 's'], [2, 'a', 's'], [2, 'b', 's'], [2, 'b', 't'], [1, 'a', 's']] as const) {
      check(publish({ uri: 'file:///a.md', version: 1, diagnostics: [new WireDiagnostic(range(0, 0), sev, code, source, m)] }));
    }
  });
  test('a diagnostic keeps its encoding: published again, alone or among others, the bytes are still JSON.stringify’s', () => {
    const a = new WireDiagnostic(range(1, 2), 1, 'unknown-task', 'policy-draft', '第107项不存在');
    const b = new WireDiagnostic(range(3, 4), 2, 'doc-number-format', 'policy-draft', '𠮷 "quoted"');
    check(publish({ uri: 'file:///a.md', version: 1, diagnostics: [a, b] }));
    check(publish({ uri: 'file:///a.md', version: 2, diagnostics: [b] }));
    check(publish({ uri: 'file:///a.md', version: 3, diagnostics: [b, a, b, { message: 'plain' }] }));
    // The cached bytes live under a symbol: JSON.stringify (and Node IPC, which VS Code uses) leave them out.
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(a))), ['range', 'severity', 'code', 'source', 'message']);
  });
  test('ranges are copied: a later change to the range object passed in does not leak into the wire form', () => {
    const r = range(3, 4);
    const d = new WireDiagnostic(r, 1, 'a', 'policy-draft', 'm');
    r.start.line = 99;
    assert.equal(d.range.start.line, 3);
  });
});

describe('stdio: console output goes to the client log, never to stdout', () => {
  test('log, dir, table, count, warn and error reach the remote console, also through a saved reference', () => {
    const saved = { ...console };
    const kept = console; // a module that kept the console object
    const logs: string[] = [], warns: string[] = [], errors: string[] = [];
    let fail = true;
    try {
      consoleTo({ log: m => { if (fail) { fail = false; throw new Error('closed'); } logs.push(m); }, warn: m => warns.push(m), error: m => errors.push(m) });
      console.log('lost: the connection threw');
      console.log('甲', 1);
      kept.dir({ a: 1 });
      console.count('k');
      console.table([{ x: 1 }]);
      console.warn('丙');
      console.error('乙');
    } finally { Object.assign(console, saved); }
    assert.deepEqual(logs.slice(0, 3), ['甲 1', '{ a: 1 }', 'k: 1']);
    assert.ok(logs.slice(3).join('\n').includes('x'));
    assert.deepEqual(warns, ['丙']);
    assert.deepEqual(errors, ['乙']);
  });
});
