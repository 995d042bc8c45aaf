// textDocument/publishDiagnostics through a real stdio connection: every rule id with its exact UTF-16 range,
// on lines with CJK, astral characters, CRLF and a BOM; incremental didChange; the initialize handshake of a
// minimal client (rootUri null, no workspaceFolders, no positionEncoding offered).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, startServer, draftUri, markers, rangeOf, rows, textAt, fmtRange, ensureBuilt, positionAt, Range } from './client';

/** One fixture: ⟦…⟧ marks each expected diagnostic's range, `codes` lists their rule ids in range order. */
interface Case { name: string; fixture: string; codes: string[] }

const CASES: Case[] = [
  { name: 'unknown-task (第107项)', fixture: '做好第⟦107⟧项“推进数字乡村建设”工作。', codes: ['unknown-task'] },
  { name: 'title-mismatch', fixture: '第12项“⟦聚力攻坚能源项目⟧”', codes: ['title-mismatch'] },
  { name: 'wrong-lead-unit', fixture: '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、⟦市科技局⟧）', codes: ['wrong-lead-unit'] },
  { name: 'cooperating-unit-as-lead', fixture: '第21项“全力推进铁路建设”（牵头单位：市交通运输局、⟦市发展改革委⟧）', codes: ['cooperating-unit-as-lead'] },
  { name: 'missing-lead-unit', fixture: '第12项（牵头单位：⟦市发展改革委、市工业和信息化局⟧）', codes: ['missing-lead-unit'] },
  { name: 'unknown-unit (冠县工业和信息化局)', fixture: '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、⟦冠县工业和信息化局⟧）', codes: ['unknown-unit'] },
  { name: 'non-canonical-unit (市发改委)', fixture: '第12项（牵头单位：⟦市发改委⟧、市工业和信息化局、市生态环境局）', codes: ['non-canonical-unit'] },
  { name: 'doc-number-format (聊政办字[2023]3号)', fixture: '文号参照聊政办字⟦[2023]⟧3号执行。', codes: ['doc-number-format'] },
  { name: 'several on one line', fixture: '第12项“⟦聚力攻坚能源项目⟧”（牵头单位：⟦⟦市科技局⟧⟧）', codes: ['title-mismatch', 'missing-lead-unit', 'wrong-lead-unit'] },
  { name: 'clean citation', fixture: '第12项“加强“两高”行业管控”（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）', codes: [] },
];

/** Same fixture, other surroundings: the ranges must move by exactly the UTF-16 length of what was added. */
const VARIANTS: { name: string; wrap: (f: string) => string }[] = [
  { name: 'plain', wrap: f => f },
  { name: 'CJK prefix', wrap: f => '为贯彻落实上级部署，现就有关事项说明如下：' + f },
  { name: 'astral 𠮷😀 before the citation', wrap: f => '𠮷😀𠮷（说明）' + f },
  { name: 'LF lines before and after', wrap: f => '# 实施方案\n\n一、总体要求\n' + f + '\n结尾。\n' },
  { name: 'CRLF lines with astral chars', wrap: f => '# 实施方案😀\r\n\r\n𠮷一、总体要求\r\n😀' + f + '\r\n结尾。\r\n' },
  { name: 'lone CR line ends', wrap: f => '标题\r\r' + f + '\r' },
  { name: 'BOM at the start of the text', wrap: f => '\uFEFF' + f },
  { name: 'BOM then CRLF lines', wrap: f => '\uFEFF# 方案\r\n' + f + '\r\n' },
];

let c: LspClient;
before(async () => { ensureBuilt(); c = await startServer(); });
after(async () => { await c?.shutdown(); });

async function check(fixture: string, codes: string[], languageId = 'markdown') {
  const m = markers(fixture);
  assert.equal(m.ranges.length, codes.length, 'fixture: one ⟦…⟧ per expected code');
  const uri = draftUri();
  const p = await c.open(uri, m.text, languageId);
  assert.equal(p.version, 1);
  const expected = rows(m.ranges.map((r, k) => ({ range: rangeOf(m.text, r), code: codes[k] })));
  const got = rows(p.diagnostics);
  assert.deepEqual(got, expected, `diagnostics of ${JSON.stringify(m.text)}:\n${p.diagnostics.map(d => `${d.code} ${fmtRange(d.range)} ${JSON.stringify(textAt(m.text, d.range))} ${d.message}`).join('\n')}`);
  for (const d of p.diagnostics) {
    assert.equal(d.source, 'policy-draft');
    assert.ok(typeof d.message === 'string' && d.message.length > 0);
    assert.ok([1, 2, 3, 4].includes(d.severity!));
  }
  await c.close(uri);
  return p;
}

describe('initialize (a minimal client)', () => {
  test('rootUri null, no workspaceFolders, no positionEncoding: UTF-16, incremental sync', async () => {
    const k = new LspClient();
    try {
      const res = await k.conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }) as any;
      const caps = res.capabilities;
      // No encoding offered → the server must use (and may only announce) UTF-16.
      assert.ok(caps.positionEncoding === undefined || caps.positionEncoding === 'utf-16', `positionEncoding ${caps.positionEncoding}`);
      const sync = typeof caps.textDocumentSync === 'number' ? caps.textDocumentSync : caps.textDocumentSync.change;
      assert.equal(sync, 2, 'incremental sync');
      assert.ok(caps.completionProvider && caps.hoverProvider && caps.definitionProvider && caps.referencesProvider);
      assert.ok(caps.documentSymbolProvider && caps.workspaceSymbolProvider && caps.codeActionProvider);
      await k.notify('initialized', {});
      await k.waitFor(() => k.logs.some(l => /1 notice\(s\): 聊政办字〔2023〕3号 \(106\)/.test(l)), 'bundled notice with 106 tasks');
    } finally { await k.shutdown(); }
  });

  test('positionEncodings [utf-8] offered: the server may keep UTF-16 (always supported) and must say so consistently', async () => {
    const k = new LspClient();
    try {
      const res = await k.initialize({ capabilities: { general: { positionEncodings: ['utf-8'] } } });
      const enc = res.capabilities.positionEncoding ?? 'utf-16';
      assert.equal(enc, 'utf-16', 'this server only speaks UTF-16');
      const m = markers('𠮷😀第⟦107⟧项');
      const p = await k.open(draftUri(), m.text);
      assert.deepEqual(p.diagnostics.map(d => d.range), [rangeOf(m.text, m.ranges[0])]);
    } finally { await k.shutdown(); }
  });

  test('rootPath only / no processId / unknown capability fields are fine', async () => {
    const k = await startServer({ init: { processId: null, rootUri: null, rootPath: null, workspaceFolders: null, capabilities: { experimental: { x: 1 }, textDocument: { foo: true } }, trace: 'off' } });
    try { assert.equal(await k.alive(), true); } finally { await k.shutdown(); }
  });
});

describe('publishDiagnostics: rule ids and exact UTF-16 ranges', () => {
  for (const v of VARIANTS) {
    for (const cs of CASES) {
      test(`${cs.name} — ${v.name}`, async () => { await check(v.wrap(cs.fixture), cs.codes); });
    }
  }
});

describe('languageId does not matter', () => {
  for (const lang of ['text', '', 'plaintext', 'markdown', 'x-unknown']) {
    test(`languageId ${JSON.stringify(lang)}`, async () => {
      await check('第⟦107⟧项；第12项“⟦聚力攻坚能源项目⟧”；聊政办字⟦[2023]⟧3号', ['unknown-task', 'title-mismatch', 'doc-number-format'], lang);
    });
  }
});

describe('a whole draft (seeds/samples/implementation-plan.md style)', () => {
  test('every rule id on one page, ranges exact', async () => {
    await check([
      '# 市发展改革委关于落实聊政办字〔2023〕3号文件重点工作任务的实施方案',
      '',
      '1. 第12项“加强“两高”行业管控”。（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）',
      '2. 第24项“聚力攻坚能源项目”，由⟦市发改委⟧牵头。',
      '3. 第21项“全力推进铁路建设”（牵头单位：市交通运输局、⟦市发展改革委⟧）',
      '4. 第28项“⟦加强大中型灌区续建配套与现代化改造⟧”（牵头单位：市水利局；配合单位：市自然资源和规划局、市农业农村局）',
      '5. 第⟦107⟧项“推进数字乡村建设”（牵头单位：市大数据局）',
      '6. 第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、⟦市科技局⟧）',
      '7. 第12项（牵头单位：⟦市发展改革委⟧）',
      '8. 第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、⟦冠县工业和信息化局⟧）',
      '文号参照聊政办字⟦[2023]⟧3号执行。',
    ].join('\n'), ['non-canonical-unit', 'cooperating-unit-as-lead', 'title-mismatch', 'unknown-task', 'wrong-lead-unit', 'missing-lead-unit', 'unknown-unit', 'doc-number-format']);
  });
});

describe('BOM: counted as one UTF-16 unit like any character', () => {
  test('same line as the BOM: every character shifts by exactly 1', async () => {
    const plain = markers('第⟦107⟧项');
    const bom = markers('\uFEFF第⟦107⟧项');
    const uri1 = draftUri(), uri2 = draftUri();
    const a = await c.open(uri1, plain.text), b = await c.open(uri2, bom.text);
    assert.deepEqual(a.diagnostics[0].range, { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } });
    assert.deepEqual(b.diagnostics[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 5 } });
    // Consistent with the other requests: hover at the diagnostic's start finds the citation, with the same offset.
    const h = await c.request('textDocument/hover', { textDocument: { uri: uri2 }, position: b.diagnostics[0].range.start });
    assert.ok(h, 'hover at the BOM-shifted position');
    assert.deepEqual(h.range.start, { line: 0, character: 1 });
    assert.equal(textAt(bom.text, h.range), '第107项');
    await c.close(uri1); await c.close(uri2);
  });
});

describe('incremental didChange', () => {
  test('insert, replace and delete by range; diagnostics follow, with the new version', async () => {
    const uri = draftUri();
    let text = '# 方案\n第12项“加强“两高”行业管控”\n';
    let p = await c.open(uri, text);
    assert.deepEqual(p.diagnostics, []);
    // 1. insert a line with 😀 and a bad citation above the good one
    p = await c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '😀第107项\n' }]);
    text = '# 方案\n😀第107项\n第12项“加强“两高”行业管控”\n';
    assert.equal(p.version, 2);
    assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '1:3-1:6']]);
    // 2. replace the title of task 12 with task 24's (two changes in one notification, applied in order)
    p = await c.change(uri, [
      { range: { start: { line: 2, character: 5 }, end: { line: 2, character: 15 } }, text: '聚力攻坚能源项目' },
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } }, text: '实施方案' },
    ]);
    text = '# 实施方案\n😀第107项\n第12项“聚力攻坚能源项目”\n';
    assert.equal(p.version, 3);
    assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range), textAt(text, d.range)]), [
      ['unknown-task', '1:3-1:6', '107'], ['title-mismatch', '2:5-2:13', '聚力攻坚能源项目'],
    ]);
    // 3. delete the astral line (the range spans the line break)
    p = await c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }]);
    assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['title-mismatch', '1:5-1:13']]);
    // 4. a full-text change (no range) still works
    p = await c.change(uri, [{ text: '聊政办字[2023]3号' }]);
    assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['doc-number-format', '0:4-0:10']]);
    // 5. an edit in the middle of a surrogate pair's neighbourhood: insert after 😀 on a CRLF line
    p = await c.change(uri, [{ text: '😀\r\n𠮷x\r\n' }]);
    p = await c.change(uri, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: '第108项' }]);
    assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '1:4-1:7']]);
    await c.close(uri);
    // closing clears the diagnostics
    const cleared = await c.waitFor(() => { const d = c.diagnostics.get(uri); return d && d.diagnostics.length === 0 ? d : undefined; }, 'cleared on close');
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('many rapid changes: the last published diagnostics match the final text', async () => {
    const uri = draftUri();
    await c.open(uri, '');
    let text = '';
    for (let k = 0; k < 30; k++) {
      const line = k % 3 === 0 ? `第${100 + k}项；` : '第12项；';
      const pos = positionAt(text, text.length);
      text += line;
      void c.notify('textDocument/didChange', { textDocument: { uri, version: 2 + k }, contentChanges: [{ range: { start: pos, end: pos }, text: line }] });
    }
    const p = await c.diags(uri, 31);
    const expected = [...text.matchAll(/第(\d+)项/g)].filter(m => Number(m[1]) > 106).map(m => ({ code: 'unknown-task', range: rangeOf(text, { start: m.index! + 1, end: m.index! + 1 + m[1].length }) }));
    assert.deepEqual(rows(p.diagnostics), rows(expected));
    await c.close(uri);
  });
});

describe('publish after edits equals a fresh check (cached conversion and encoding)', () => {
  // The server converts and encodes each block's diagnostics once and reuses them while the block stays at the
  // same line and column. After every edit of a seeded sequence — lines inserted and deleted above, a line split,
  // characters typed, repeated identical lines (one shared scan), CRLF, astral characters, a table — the
  // publish must equal that of the same text opened fresh.
  const POOL = [
    '做好第107项“推进数字乡村建设”工作。',
    '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、市科技局）',
    '😀𠮷第12项“聚力攻坚能源项目”',
    '第12项（牵头单位：市发改委、市工业和信息化局、市生态环境局）\r',
    '文号参照聊政办字[2023]3号执行。',
    '| 序号 | 任务编号 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 12 | 市科技局 |\n| 2 | 108 | 市发展改革委 |',
    '说明文字，没有引用。',
    '',
  ];
  test('40 seeded edits', async () => {
    let seed = 20261207;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const uri = draftUri('edited');
    let text = [0, 1, 2, 0, 1, 5, 3, 2, 4, 6, 0].map(k => POOL[k]).join('\n') + '\n';
    await c.open(uri, text);
    for (let k = 0; k < 40; k++) {
      const lines = text.split('\n');
      const L = rnd(lines.length);
      const lineStart = lines.slice(0, L).reduce((n, l) => n + l.length + 1, 0);
      let start = lineStart, end = lineStart, insert = '';
      switch (rnd(5)) {
        case 0: insert = POOL[rnd(POOL.length)] + '\n'; break; // a line inserted above others
        case 1: end = Math.min(text.length, lineStart + lines[L].length + 1); break; // a line deleted
        case 2: start = end = lineStart + rnd(lines[L].length + 1); insert = '\n'; break; // a line split
        case 3: start = end = lineStart + rnd(lines[L].length + 1); insert = ['x', '第', '1', '市', '𠮷'][rnd(5)]; break; // typing
        default: end = lineStart + lines[L].length; insert = POOL[rnd(POOL.length)].split('\n')[0]; // a line replaced
      }
      // Never split a surrogate pair (an editor would not).
      if (/[\udc00-\udfff]/.test(text[start] ?? '')) { start--; if (end < start + 1) end = start; }
      if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++;
      // Nor a CRLF: a position between its \r and \n does not exist in LSP.
      if (text[start - 1] === '\r' && text[start] === '\n') start--;
      if (text[end - 1] === '\r' && text[end] === '\n') end++;
      if (end < start) end = start;
      const edited = await c.change(uri, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }]);
      text = text.slice(0, start) + insert + text.slice(end);
      const fresh = draftUri('fresh');
      const expected = await c.open(fresh, text);
      await c.close(fresh);
      const show = (ds: { range: Range; code?: string | number; message: string; severity?: number }[]) => ds.map(d => `${d.code} ${fmtRange(d.range)} ${d.severity} ${d.message}`);
      assert.deepEqual(show(edited.diagnostics), show(expected.diagnostics), `after edit ${k}: ${JSON.stringify(text)}`);
    }
    await c.close(uri);
  });
});

describe('notice reload (workspace/didChangeConfiguration)', () => {
  // Regression: the reload clears the notice index and refills it asynchronously; diagnostics and requests in
  // between used to see no notice at all (empty diagnostics, null hover). Fixed in server/src/lsp/main.ts.
  test('a document opened or queried during a reload is checked against the reloaded notices', async () => {
    for (let k = 0; k < 10; k++) {
      await c.notify('workspace/didChangeConfiguration', { settings: {} });
      const uri = draftUri();
      const p = await c.open(uri, '😀第107项');
      assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '0:3-0:6']], `round ${k}`);
      await c.notify('workspace/didChangeConfiguration', { settings: {} });
      const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.ok(h?.contents.value.includes('107'), `hover during reload, round ${k}: ${JSON.stringify(h)}`);
      await c.close(uri);
    }
  });
});

describe('a large document seen for the first time: its head is published first, then the whole', () => {
  test('first publish = the head’s problems only; last publish (same version) = every problem, ranges exact', async () => {
    const filler = '第12项“加强“两高”行业管控”（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）\n';
    const text = '第107项开头\n' + filler.repeat(6000) + '结尾第108项\n';
    assert.ok(text.length > 200_000);
    const uri = draftUri();
    const first = await c.open(uri, text);
    assert.deepEqual(first.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '0:1-0:4']]);
    const all = await c.waitFor(() => { const p = c.diagnostics.get(uri); return p && p.diagnostics.length > 1 ? p : undefined; }, 'the complete publish');
    assert.equal(all.version, 1);
    assert.deepEqual(all.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '0:1-0:4'], ['unknown-task', '6001:3-6001:6']]);
    // Edits after that are incremental and complete in one publish.
    const p = await c.change(uri, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } }, text: '12' }]);
    assert.deepEqual(p.diagnostics.map(d => [d.code, fmtRange(d.range)]), [['unknown-task', '6001:3-6001:6']]);
    await c.close(uri);
  });
});
