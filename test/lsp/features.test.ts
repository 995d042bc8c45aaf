// Requests through a real stdio connection: completion, hover, definition, references, document and workspace
// symbols, code actions (and applying their edits). Fixtures are inline: ‸ is the cursor, ⟦…⟧ the expected
// range(s). Each fixture also runs with astral characters, CRLF line ends and a BOM in front of it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  LspClient, startServer, draftUri, markers, rangeOf, positionAt, textAt, fmtRange, applyEdits, offsetAt, ensureBuilt,
  SEED_URI, SEED_TEXT, TASK12_LINE, Range,
} from './client';

const VARIANTS: { name: string; wrap: (f: string) => string }[] = [
  { name: 'plain', wrap: f => f },
  { name: 'astral 𠮷😀 before', wrap: f => '𠮷😀（注）' + f },
  { name: 'CRLF lines', wrap: f => '# 方案😀\r\n\r\n' + f.replace(/\n/g, '\r\n') + '\r\n尾。' },
  { name: 'BOM', wrap: f => '\uFEFF' + f },
];

let c: LspClient;
before(async () => { ensureBuilt(); c = await startServer(); });
after(async () => { await c?.shutdown(); });

/** Opens the fixture, sends `method` at its cursor, closes it; returns what is needed to check the answer. */
async function at(fixture: string, method: string, extra: Record<string, unknown> = {}, languageId = 'markdown') {
  const m = markers(fixture);
  assert.ok(m.cursor >= 0, 'fixture needs a ‸ cursor');
  const uri = draftUri();
  await c.open(uri, m.text, languageId);
  try {
    const result = await c.request(method, { textDocument: { uri }, position: positionAt(m.text, m.cursor), ...extra });
    return { m, uri, result, expected: m.ranges.map(r => rangeOf(m.text, r)) };
  } finally { await c.close(uri); }
}

const sorted = (items: any[]) => items.slice().sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
const itemsOf = (r: any): any[] => (Array.isArray(r) ? r : r?.items ?? []);

// ───────── completion ─────────
interface CompletionCase { name: string; fixture: string; includes: string[]; first?: string[]; newText?: Record<string, string> }
const COMPLETION: CompletionCase[] = [
  { name: '第1 → task numbers starting with 1', fixture: '落实⟦第1‸⟧', includes: ['第12项 加强“两高”行业管控', '第1项 加强实验室布局提升', '第106项'], newText: { '第12项 加强“两高”行业管控': '第12项“加强“两高”行业管控”' } },
  { name: '#两高 → keyword search, task 12 first', fixture: '见⟦#两高‸⟧', includes: ['第12项 加强“两高”行业管控'], first: ['第12项 加强“两高”行业管控'] },
  { name: 'unit list after 第12项（牵头单位：', fixture: '第12项（牵头单位：⟦⟧‸', includes: ['市发展改革委', '市工业和信息化局', '市生态环境局', '市科技局'], first: ['市发展改革委', '市工业和信息化局', '市生态环境局'] },
  { name: '文号 after 聊政办字〔', fixture: '根据⟦聊政办字〔‸⟧', includes: ['聊政办字〔2023〕3号'] },
];

describe('completion', () => {
  for (const v of VARIANTS) for (const cs of COMPLETION) {
    test(`${cs.name} — ${v.name}`, async () => {
      const { result, expected, m } = await at(v.wrap(cs.fixture), 'textDocument/completion');
      const items = itemsOf(result);
      const labels = items.map(i => i.label as string);
      for (const want of cs.includes) assert.ok(labels.some(l => l === want || l.startsWith(want + ' ')), `missing ${want} in ${labels.slice(0, 20).join(' | ')}`);
      if (cs.first) assert.deepEqual(sorted(items).slice(0, cs.first.length).map(i => i.label), cs.first);
      // Every item that matches replaces exactly the marked text (the typed prefix), in UTF-16.
      for (const want of cs.includes) {
        const it = items.find(i => i.label === want || i.label.startsWith(want + ' '));
        assert.ok(it.textEdit, `${want}: textEdit`);
        const r: Range = it.textEdit.range ?? it.textEdit.replace;
        assert.deepEqual(r, expected[0], `${want}: range ${fmtRange(r)} (${JSON.stringify(textAt(m.text, r))}) ≠ ${fmtRange(expected[0])}`);
      }
      for (const [label, text] of Object.entries(cs.newText ?? {})) assert.equal(items.find(i => i.label === label)?.textEdit.newText, text);
    });
  }

  test('languageId text and "" complete the same', async () => {
    for (const lang of ['text', '']) {
      const { result } = await at('第1‸', 'textDocument/completion', {}, lang);
      assert.ok(itemsOf(result).some(i => i.label.startsWith('第12项')), `languageId ${JSON.stringify(lang)}`);
    }
  });

  test('nothing to complete → empty, not an error', async () => {
    const { result } = await at('普通文字‸', 'textDocument/completion');
    assert.equal(itemsOf(result).length, 0);
  });
});

// ───────── hover ─────────
interface HoverCase { name: string; fixture: string; contains: string[] }
const HOVER: HoverCase[] = [
  { name: 'citation with title', fixture: '落实⟦第1‸2项“加强“两高”行业管控”⟧。', contains: ['加强“两高”行业管控', '市发展改革委、市工业和信息化局、市生态环境局'] },
  { name: 'bare citation', fixture: '落实⟦第十‸二项⟧。', contains: ['加强“两高”行业管控'] },
  { name: 'unit (an alias)', fixture: '第12项（牵头单位：⟦市发‸改委⟧）', contains: ['市发展改革委', '第12项'] },
  { name: '文号', fixture: '根据⟦聊政办字〔20‸23〕3号⟧文件', contains: ['聊政办字〔2023〕3号', '106'] },
  { name: 'unknown task', fixture: '⟦第1‸07项⟧', contains: ['107', '106'] },
];

describe('hover', () => {
  for (const v of VARIANTS) for (const cs of HOVER) {
    test(`${cs.name} — ${v.name}`, async () => {
      const { result, expected, m } = await at(v.wrap(cs.fixture), 'textDocument/hover');
      assert.ok(result, 'a hover');
      assert.equal(result.contents.kind, 'markdown');
      for (const s of cs.contains) assert.ok(result.contents.value.includes(s), `hover lacks ${s}: ${result.contents.value.slice(0, 300)}`);
      assert.deepEqual(result.range, expected[0], `range ${fmtRange(result.range)} = ${JSON.stringify(textAt(m.text, result.range))}`);
    });
  }
  test('plain text → null', async () => {
    const { result } = await at('这是‸普通文字。', 'textDocument/hover');
    assert.equal(result, null);
  });
});

// ───────── definition ─────────
describe('definition', () => {
  for (const v of VARIANTS) {
    test(`citation → the bundled notice, task 12's line — ${v.name}`, async () => {
      const { result } = await at(v.wrap('落实第1‸2项“加强“两高”行业管控”'), 'textDocument/definition');
      const locs = Array.isArray(result) ? result : [result];
      assert.equal(locs.length, 1);
      const loc = locs[0];
      const uri = loc.uri ?? loc.targetUri, range = loc.range ?? loc.targetSelectionRange;
      assert.equal(uri, SEED_URI);
      assert.equal(TASK12_LINE, 52, 'seed layout');
      assert.equal(range.start.line, TASK12_LINE);
      assert.ok(textAt(SEED_TEXT, range).startsWith('12. 加强“两高”行业管控'), JSON.stringify(textAt(SEED_TEXT, range)).slice(0, 80));
    });
  }
  test('not on a citation → null or []', async () => {
    const { result } = await at('普通‸文字', 'textDocument/definition');
    assert.ok(result === null || (Array.isArray(result) && result.length === 0), JSON.stringify(result));
  });
});

// ───────── references across two open documents ─────────
describe('references', () => {
  test('across two open drafts (and from the notice itself)', async () => {
    const a = markers('# 甲\n落实第⟦1‸2⟧项“加强“两高”行业管控”，另见第⟦十二⟧项。第13项不算。');
    const b = markers('😀𠮷\r\n第⟦12⟧项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）\r\n第24项');
    const ua = draftUri('a'), ub = draftUri('b', 'txt');
    await c.open(ua, a.text);
    await c.open(ub, b.text, 'text');
    try {
      const key = (l: any) => `${l.uri}#${fmtRange(l.range)}`;
      const want = [...a.ranges.map(r => ({ uri: ua, range: rangeOf(a.text, r) })), ...b.ranges.map(r => ({ uri: ub, range: rangeOf(b.text, r) }))].map(key).sort();
      const got = await c.request('textDocument/references', { textDocument: { uri: ua }, position: positionAt(a.text, a.cursor), context: { includeDeclaration: false } });
      assert.deepEqual(got.map(key).sort(), want);
      const withDecl = await c.request('textDocument/references', { textDocument: { uri: ua }, position: positionAt(a.text, a.cursor), context: { includeDeclaration: true } });
      const decl = withDecl.filter((l: any) => l.uri === SEED_URI);
      assert.equal(decl.length, 1);
      assert.equal(decl[0].range.start.line, TASK12_LINE);
      assert.deepEqual(withDecl.filter((l: any) => l.uri !== SEED_URI).map(key).sort(), want);
      // From the notice: open it, ask at task 12's number.
      await c.open(SEED_URI, SEED_TEXT);
      const fromNotice = await c.request('textDocument/references', { textDocument: { uri: SEED_URI }, position: { line: TASK12_LINE, character: 1 }, context: { includeDeclaration: false } });
      assert.deepEqual(fromNotice.map(key).sort(), want);
      await c.close(SEED_URI);
      // Closing one draft drops its references.
      await c.close(ub);
      const after = await c.request('textDocument/references', { textDocument: { uri: ua }, position: positionAt(a.text, a.cursor), context: { includeDeclaration: false } });
      assert.deepEqual(after.map(key).sort(), a.ranges.map(r => key({ uri: ua, range: rangeOf(a.text, r) })).sort());
    } finally { await c.close(ua); await c.close(ub); }
  });
});

// ───────── symbols ─────────
describe('symbols', () => {
  test('documentSymbol of a draft: its citations, ranges exact', async () => {
    const m = markers('😀# 方案\r\n⟦第12项“加强“两高”行业管控”⟧（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）\r\n𠮷⟦第24项⟧');
    const uri = draftUri();
    await c.open(uri, m.text);
    try {
      const syms = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
      const flat: any[] = [];
      const walk = (s: any[]) => { for (const x of s) { flat.push(x); if (x.children) walk(x.children); } };
      walk(syms);
      const tasks = flat.filter(s => /^第\d+项/.test(s.name));
      assert.deepEqual(tasks.map(s => s.name), ['第12项 加强“两高”行业管控', '第24项 聚力攻坚能源项目']);
      assert.deepEqual(tasks.map(s => fmtRange(s.range)), m.ranges.map(r => fmtRange(rangeOf(m.text, r))));
      for (const s of flat) {
        assert.ok(s.selectionRange, 'selectionRange');
        const inside = (r: Range, o: Range) => offsetAt(m.text, o.start) <= offsetAt(m.text, r.start) && offsetAt(m.text, r.end) <= offsetAt(m.text, o.end);
        assert.ok(inside(s.selectionRange, s.range), `selectionRange inside range for ${s.name}`);
      }
    } finally { await c.close(uri); }
  });

  test('documentSymbol of the notice itself (opened by its uri): 11 sections, 106 tasks, task 12 on its line', async () => {
    await c.open(SEED_URI, SEED_TEXT);
    try {
      const syms = await c.request('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
      const sections = syms.filter((s: any) => s.children?.length);
      assert.equal(sections.length, 11);
      const tasks = sections.flatMap((s: any) => s.children);
      assert.equal(tasks.length, 106);
      const t12 = tasks.find((t: any) => /^12\b|第12项/.test(t.name));
      assert.ok(t12, tasks.slice(10, 13).map((t: any) => t.name).join(' | '));
      assert.equal(t12.range.start.line, TASK12_LINE);
      assert.ok(t12.name.includes('加强“两高”行业管控'));
      // Diagnostics of a notice: draft rules do not apply to it.
      const p = await c.diags(SEED_URI);
      assert.deepEqual(p.diagnostics, []);
    } finally { await c.close(SEED_URI); }
  });

  test('workspace/symbol 两高 → task 12 in the bundled notice', async () => {
    const r = await c.request('workspace/symbol', { query: '两高' });
    assert.ok(Array.isArray(r) && r.length >= 1);
    const s = r[0];
    assert.ok(s.name.includes('加强“两高”行业管控'), s.name);
    assert.equal(s.location.uri, SEED_URI);
    assert.equal(s.location.range.start.line, TASK12_LINE);
    assert.equal(textAt(SEED_TEXT, s.location.range), '加强“两高”行业管控');
  });

  test('workspace/symbol with an empty query or no match answers, not errors', async () => {
    const all = await c.request('workspace/symbol', { query: '' });
    assert.ok(Array.isArray(all));
    const none = await c.request('workspace/symbol', { query: 'zzzz不存在的任务zzzz' });
    assert.deepEqual(none, []);
  });
});

// ───────── code actions: the fix clears the diagnostic ─────────
interface FixCase { name: string; fixture: string; code: string; after?: string }
const FIXES: FixCase[] = [
  { name: 'doc-number-format', fixture: '文号参照聊政办字[2023]3号执行。', code: 'doc-number-format', after: '文号参照聊政办字〔2023〕3号执行。' },
  { name: 'non-canonical-unit', fixture: '第12项（牵头单位：市发改委、市工业和信息化局、市生态环境局）', code: 'non-canonical-unit', after: '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）' },
  { name: 'title-mismatch', fixture: '第12项“聚力攻坚能源项目”', code: 'title-mismatch' },
  { name: 'missing-lead-unit', fixture: '第12项（牵头单位：市发展改革委）', code: 'missing-lead-unit', after: '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）' },
  { name: 'wrong-lead-unit', fixture: '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、市科技局）', code: 'wrong-lead-unit' },
  { name: 'cooperating-unit-as-lead', fixture: '第21项“全力推进铁路建设”（牵头单位：市交通运输局、市发展改革委）', code: 'cooperating-unit-as-lead' },
];

/** Applies a WorkspaceEdit for `uri` as one incremental didChange (changes sent last-first, so ranges stay valid). */
async function applyAsChange(uri: string, text: string, edit: any): Promise<{ text: string; diags: any[] }> {
  const edits: { range: Range; newText: string }[] = edit.changes?.[uri] ?? edit.documentChanges?.find((d: any) => d.textDocument.uri === uri)?.edits ?? [];
  assert.ok(edits.length, 'the action edits this document');
  const next = applyEdits(text, edits);
  const ordered = edits.slice().sort((x, y) => offsetAt(text, y.range.start) - offsetAt(text, x.range.start));
  const p = await c.change(uri, ordered.map(e => ({ range: e.range, text: e.newText })));
  return { text: next, diags: p.diagnostics };
}

describe('codeAction', () => {
  for (const v of VARIANTS) for (const cs of FIXES) {
    test(`${cs.name}: apply the preferred fix → diagnostic gone — ${v.name}`, async () => {
      const text = v.wrap(cs.fixture);
      const uri = draftUri();
      const p = await c.open(uri, text);
      try {
        const d = p.diagnostics.find(x => x.code === cs.code);
        assert.ok(d, `${cs.code} in ${p.diagnostics.map(x => x.code)}`);
        const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        const mine = actions.filter((a: any) => a.diagnostics?.some((x: any) => x.code === cs.code));
        assert.ok(mine.length, `actions for ${cs.code}: ${actions.map((a: any) => a.title)}`);
        const action = mine.find((a: any) => a.isPreferred) ?? mine[0];
        assert.equal(action.kind, 'quickfix');
        const r = await applyAsChange(uri, text, action.edit);
        if (cs.after) assert.equal(r.text, v.wrap(cs.after));
        assert.deepEqual(r.diags.filter(x => x.code === cs.code).map(x => fmtRange(x.range)), [], `${cs.code} still there after “${action.title}” → ${JSON.stringify(r.text)}`);
        assert.deepEqual(r.diags.map(x => x.code), [], `the fixed text is clean: ${JSON.stringify(r.text)}`);
      } finally { await c.close(uri); }
    });
  }

  test('add the title to a bare citation (no diagnostic)', async () => {
    const text = '😀落实第12项。';
    const uri = draftUri();
    await c.open(uri, text);
    try {
      const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, context: { diagnostics: [] } });
      const add = actions.find((a: any) => a.title.includes('加强“两高”行业管控'));
      assert.ok(add, actions.map((a: any) => a.title).join(' | '));
      const r = await applyAsChange(uri, text, add.edit);
      assert.equal(r.text, '😀落实第12项“加强“两高”行业管控”。');
      assert.deepEqual(r.diags, []);
    } finally { await c.close(uri); }
  });

  test('a range with no diagnostic and no citation → []', async () => {
    const uri = draftUri();
    await c.open(uri, '普通文字。');
    try {
      const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, context: { diagnostics: [] } });
      assert.deepEqual(actions, []);
    } finally { await c.close(uri); }
  });
});

// ───────── notices for the tree views: summaries, one notice's detail, the filter over all notices ─────────
describe('policyDraft/notices, policyDraft/notice, policyDraft/searchTasks', () => {
  test('summaries carry no tasks; the detail of one notice has its sections, tasks and units', async () => {
    const sums = await c.request('policyDraft/notices', { summary: true }) as Record<string, unknown>[];
    assert.equal(sums.length, 1);
    assert.deepEqual(Object.keys(sums[0]).sort(), ['bundled', 'docNumber', 'id', 'taskCount', 'taskListTitle', 'title', 'uri']);
    assert.equal(sums[0].docNumber, '聊政办字〔2023〕3号');
    assert.equal(sums[0].taskCount, 106);
    const d = await c.request('policyDraft/notice', { id: sums[0].id });
    assert.equal(d.tasks.length, 106);
    assert.equal(d.sections.length, 11);
    const t12 = d.tasks.find((x: { number: number }) => x.number === 12);
    assert.deepEqual([t12.title, t12.leads], ['加强“两高”行业管控', ['市发展改革委', '市工业和信息化局', '市生态环境局']]);
    assert.equal(t12.range.start.line, TASK12_LINE);
    assert.ok(d.units.some((u: { name: string }) => u.name === '市发展改革委'));
    // Without `summary` every notice comes whole, as before.
    const full = await c.request('policyDraft/notices', {});
    assert.deepEqual(full, [d]);
    assert.equal(await c.request('policyDraft/notice', { id: 'file:///no-such-notice.md' }), null);
  });

  test('the filter matches a number, a part of a title, or a unit the notice names for the task', async () => {
    const [{ id }] = await c.request('policyDraft/notices', { summary: true });
    const search = async (query: string) => ((await c.request('policyDraft/searchTasks', { query })) as { id: string; numbers: number[] }[]);
    assert.deepEqual(await search('12'), [{ id, numbers: [12] }]);
    assert.deepEqual(await search('两高'), [{ id, numbers: [12] }]);
    assert.deepEqual(await search('水土流失'), [{ id, numbers: [28] }]);
    const byUnit = await search('市生态环境局');
    assert.ok(byUnit[0].numbers.includes(12) && byUnit[0].numbers.length > 5, JSON.stringify(byUnit));
    assert.deepEqual(await search('不存在的内容'), []);
    assert.deepEqual(await search('   '), []);
  });
});

describe('a notice open with unsaved changes', () => {
  test('symbols and references follow the editor’s text, not the file on disk', async () => {
    const edited = '新增一行\n' + SEED_TEXT;
    await c.open(SEED_URI, edited);
    try {
      // the re-index happens on validation; diagnostics of the notice come after it
      await c.diags(SEED_URI);
      const syms = await c.request('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
      const t12 = syms.flatMap((s: any) => s.children ?? []).find((t: any) => /^12\b/.test(t.name));
      assert.equal(t12.range.start.line, TASK12_LINE + 1);
    } finally { await c.close(SEED_URI); }
  });
});
