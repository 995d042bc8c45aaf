// Completion, hover, code actions, navigation through the language service, with ‸ as the cursor.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { markers, seedIndex, seedService, SEED_URI } from './helpers';
import { PolicyDraftService } from '../../server/src/core/service';

const svc = seedService();
let n = 0;
function doc(fixture: string) {
  const { text, cursor, ranges } = markers(fixture);
  const d = { uri: `file:///draft${n++}.md`, text };
  const pos = svc.range(d, { start: cursor, end: cursor }).start;
  return { d, pos, text, cursor, ranges };
}

describe('completion', () => {
  function labels(fixture: string) {
    const { d, pos } = doc(fixture);
    return svc.completion(d, pos);
  }
  test('第1 → tasks by number, inserting the citation with its title', () => {
    const items = labels('落实第1‸');
    assert.ok(items.length >= 10);
    const twelve = items.find(i => i.label.startsWith('第12项'))!;
    assert.equal(twelve.newText, '第12项“加强“两高”行业管控”');
    assert.deepEqual(twelve.span, { start: 2, end: 4 });
    assert.ok(items.every(i => i.label.startsWith('第1')));
  });
  test('第十二 → task 12 by Chinese numeral, preselected', () => {
    const items = labels('第十二‸');
    assert.equal(items[0].label.split(' ')[0], '第12项');
    assert.ok(items[0].preselect);
  });
  test('a 项 after the cursor is replaced too', () => {
    const { d, pos } = doc('第1‸项');
    const item = svc.completion(d, pos).find(i => i.label.startsWith('第12项'))!;
    assert.deepEqual(item.span, { start: 0, end: 3 });
  });
  test('#两高 → task 12 first', () => void assert.match(labels('#两高‸')[0].label, /^第12项/));
  test('#水土流失 → task 28 first', () => void assert.match(labels('见#水土流失‸')[0].label, /^第28项/));
  test('inside a unit list: the cited task’s leads first', () => {
    const items = labels('第12项（牵头单位：‸');
    assert.deepEqual(items.slice(0, 3).map(i => i.label), ['市发展改革委', '市工业和信息化局', '市生态环境局']);
  });
  test('units the list already names are offered last, not preselected', () => {
    const items = labels('第12项（牵头单位：市发展改革委、‸');
    assert.notEqual(items[0].label, '市发展改革委');
    assert.equal(items[items.length - 1].label === '市发展改革委' || items.findIndex(i => i.label === '市发展改革委') > 2, true);
    assert.ok(!items.some(i => i.preselect && i.label === '市发展改革委'));
  });
  test('cooperating label puts the task’s cooperating units first', () => {
    const items = labels('第28项（牵头单位：市水利局；配合单位：市‸');
    assert.deepEqual(items.slice(0, 2).map(i => i.label), ['市自然资源和规划局', '市农业农村局']);
    assert.equal(items[0].span.end - items[0].span.start, 1);
  });
  test('in a table unit column', () => {
    const items = labels('| 任务编号 | 牵头单位 |\n|---|---|\n| 28 | ‸ |');
    assert.equal(items[0].label, '市水利局');
  });
  test('文号 after 〔', () => {
    const items = labels('根据聊政办字〔‸');
    assert.equal(items[0].newText, '聊政办字〔2023〕3号');
    assert.equal(items[0].span.start, 2);
    // Every indexed notice is listed: its summary counts tasks without building its unit registry.
    assert.match(items[0].documentation!, /11个部分，106项任务$/);
  });
  test('English', () => {
    const s2 = new PolicyDraftService(svc.index);
    s2.locale = 'en';
    const { text } = markers('第12‸');
    const items = s2.completion({ uri: 'file:///en.md', text }, { line: 0, character: 3 });
    assert.match(items[0].detail!, /^Lead/);
  });
});

describe('a draft about several notices, a section each', () => {
  const idx = seedIndex();
  idx.set('file:///second.md', '# 测城市人民政府办公室关于印发数字经济重点任务的通知\n\n测政办字〔2023〕2号\n\n一、夯实数字基础\n\n1. 建设算力中心。新建数据中心。（牵头单位：市大数据局；配合单位：市财政局）\n\n2. 推进5G网络覆盖。新建基站。（牵头单位：市工业和信息化局）\n');
  const two = new PolicyDraftService(idx);
  const head = '依据聊政办字〔2023〕3号。\n\n二、测政办字〔2023〕2号落实情况\n\n';
  const at = (fixture: string) => { const { text, cursor } = markers(fixture); const d = { uri: 'file:///multi.md', text }; return { d, pos: two.range(d, { start: cursor, end: cursor }).start }; };
  test('completion and hover in the section are of its notice', () => {
    const c = at(head + '落实第1‸');
    assert.match(two.completion(c.d, c.pos)[0].newText, /建设算力中心/);
    const h = at(head + '第1项由市大数‸据局牵头。');
    assert.match(two.hover(h.d, h.pos)!.markdown, /测政办字〔2023〕2号|建设算力中心/);
    // After the section, the seed again.
    const after = at(head + '第1项已完成。\n\n三、下步打算\n\n落实第1‸');
    assert.doesNotMatch(two.completion(after.d, after.pos)[0].newText, /建设算力中心/);
  });
  test('an edit to the heading rebinds the blocks after it (incremental = fresh)', () => {
    const uri = 'file:///edit.md';
    const v1 = head + '第1项由市大数据局牵头，市财政局配合。\n\n第2项由市工业和信息化局牵头。';
    const v2 = v1.replace('二、测政办字〔2023〕2号落实情况', '二、其他任务落实情况');
    const rules = (text: string, u: string) => two.diagnostics({ uri: u, text }).map(d => `${d.rule}@${d.span.start}`);
    assert.deepEqual(rules(v1, uri), []);
    const edited = rules(v2, uri);
    assert.deepEqual(edited, rules(v2, 'file:///fresh.md'));
    assert.ok(edited.length > 0);
    assert.deepEqual(rules(v1, uri), []);
  });
});

describe('hover', () => {
  test('a citation shows the task, its units and the notice', () => {
    const { d, pos } = doc('落实第1‸2项');
    const h = svc.hover(d, pos)!;
    assert.match(h.markdown, /加强“两高”行业管控/);
    assert.match(h.markdown, /市发展改革委、市工业和信息化局、市生态环境局/);
    assert.match(h.markdown, /聊政办字〔2023〕3号/);
    assert.match(h.markdown, /用好省“两高”项目电子监管平台/);
  });
  test('a range shows a compact list', () => {
    const { d, pos } = doc('第2‸6至28项');
    const h = svc.hover(d, pos)!;
    assert.match(h.markdown, /\*\*27\*\*/);
  });
  test('a list with a range in it names its parts', () => {
    const { d, pos } = doc('第1‸2、13、15—17项');
    const h = svc.hover(d, pos)!;
    assert.match(h.markdown, /第12、13、15至17项/);
    assert.match(h.markdown, /\*\*16\*\*/);
  });
  test('a unit shows its tasks', () => {
    const { d, pos } = doc('第28项（牵头单位：市水‸利局）');
    assert.match(svc.hover(d, pos)!.markdown, /牵头 8项/);
  });
  test('an informal name in prose shows the unit it stands for', () => {
    const { d, pos } = doc('市水利局和市发‸改委要加强协调。');
    const h = svc.hover(d, pos)!;
    assert.match(h.markdown, /市发展改革委/);
    assert.deepEqual(h.span, { start: 5, end: 9 });
  });
  test('a 文号 shows the notice', () => {
    const { d, pos } = doc('聊政办字〔20‸23〕3号');
    assert.match(svc.hover(d, pos)!.markdown, /106项任务，\d+个单位/);
  });
  test('nothing on plain text', () => {
    const { d, pos } = doc('普通‸文字');
    assert.equal(svc.hover(d, pos), undefined);
  });
});

describe('code actions', () => {
  function fixOnce(fixture: string, rule: string, which = 0) {
    const { d, ranges } = doc(fixture);
    const range = svc.range(d, ranges[0]);
    const actions = svc.codeActions(d, range).filter(a => a.diagnostics.some(x => x.rule === rule));
    assert.ok(actions.length > which, `no fix for ${rule}`);
    let text = d.text;
    for (const e of [...actions[which].fix.edits].sort((a, b) => b.span.start - a.span.start)) text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
    const after = svc.diagnostics({ uri: d.uri + '#after', text });
    return { text, after };
  }
  test('from an editor’s review: one action per fix, the drafter’s own partner kept, no list of leads for a range led by different units', () => {
    // wrong-lead-unit and missing-lead-unit both offer the notice's list: one action, fixing both.
    const { d, ranges } = doc('第12项（牵头单位：⟦市财政局⟧）');
    const acts = svc.codeActions(d, svc.range(d, ranges[0]));
    assert.equal(new Set(acts.map(x => x.title)).size, acts.length);
    assert.ok(acts.some(x => x.diagnostics.length === 2));
    // 12 names no partner: 市财政局, the office's own choice, stays.
    const keep = fixOnce('第12项（牵头单位：⟦市发展改革委⟧、市工信局；配合单位：市财政局）', 'missing-lead-unit', 1);
    assert.equal(keep.text, '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局；配合单位：市财政局）');
    // 41–47 are led by different units: no one list is true of each.
    const r = doc('第41—47项由⟦市财政局⟧牵头。');
    assert.deepEqual(svc.codeActions(r.d, svc.range(r.d, r.ranges[0])).filter(x => /按通知改为/.test(x.title)), []);
    // A county's body in a city document: the replacement is the one fix, not an added city unit.
    const c = doc('第11项（牵头单位：⟦冠县工业和信息化局⟧）');
    assert.deepEqual(svc.codeActions(c.d, svc.range(c.d, c.ranges[0])).map(x => x.title), ['改为“市工业和信息化局”']);
  });
  test('alias → canonical clears non-canonical-unit', () => {
    const { text, after } = fixOnce('第24项（牵头单位：⟦市发改委⟧）', 'non-canonical-unit');
    assert.equal(text, '第24项（牵头单位：市发展改革委）');
    assert.deepEqual(after, []);
  });
  test('replace the unit list with the notice’s', () => {
    const { text, after } = fixOnce('第21项（牵头单位：⟦市发展改革委⟧）', 'cooperating-unit-as-lead');
    assert.equal(text, '第21项（牵头单位：市交通运输局；配合单位：市发展改革委）');
    assert.deepEqual(after, []);
  });
  test('add the missing lead', () => {
    const { text, after } = fixOnce('第12项（牵头单位：⟦市发展改革委⟧）', 'missing-lead-unit');
    assert.equal(text, '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）');
    assert.deepEqual(after, []);
  });
  test('fix 〔〕', () => {
    const { text, after } = fixOnce('聊政办字⟦[2023]⟧3号', 'doc-number-format');
    assert.equal(text, '聊政办字〔2023〕3号');
    assert.deepEqual(after, []);
  });
  test('add the missing leads after a （牵头） marker, marked the same way', () => {
    const { text, after } = fixOnce('第2项（⟦市科技局⟧（牵头）、市财政局）', 'missing-lead-unit');
    assert.equal(text, '第2项（市科技局（牵头）、市工业和信息化局（牵头）、市发展改革委（牵头）、市财政局）');
    assert.deepEqual(after, []);
  });
  test('the notice’s list in the marker style, label kept, no empty 配合单位', () => {
    const { text, after } = fixOnce('第21项（责任单位：⟦市发展改革委⟧（牵头）、市交通运输局）', 'cooperating-unit-as-lead');
    assert.equal(text, '第21项（责任单位：市交通运输局（牵头）、市发展改革委）');
    assert.deepEqual(after, []);
  });
  test('alias with a second nameplate: the nameplate is kept', () => {
    const { text, after } = fixOnce('第12项（牵头单位：⟦市发改委（市能源局）⟧、市工业和信息化局、市生态环境局）', 'non-canonical-unit');
    assert.equal(text, '第12项（牵头单位：市发展改革委（市能源局）、市工业和信息化局、市生态环境局）');
    assert.deepEqual(after, []);
  });
  test('a nameplate written with spaces is kept; an alias in brackets is dropped', () => {
    assert.equal(fixOnce('第12项（牵头单位：⟦市发改委 （ 市能源局 ）⟧、市工业和信息化局、市生态环境局）', 'non-canonical-unit').text, '第12项（牵头单位：市发展改革委 （ 市能源局 ）、市工业和信息化局、市生态环境局）');
    assert.equal(fixOnce('第24项（牵头单位：⟦市发展和改革委员会（市发改委）⟧）', 'non-canonical-unit').text, '第24项（牵头单位：市发展改革委）');
  });
  test('fix ﹝﹞ and full-width digits', () => {
    assert.equal(fixOnce('聊政办字⟦﹝2023﹞⟧3号', 'doc-number-format').text, '聊政办字〔2023〕3号');
    const { text, after } = fixOnce('聊政办字⟦〔２０２３〕３号⟧', 'doc-number-format');
    assert.equal(text, '聊政办字〔2023〕3号');
    assert.deepEqual(after, []);
  });
  test('fix 第 and a leading zero in the serial, with the brackets', () => {
    assert.equal(fixOnce('聊政办字⟦〔2023〕第3号⟧', 'doc-number-format').text, '聊政办字〔2023〕3号');
    const { text, after } = fixOnce('聊政办字⟦[2023]03号⟧', 'doc-number-format');
    assert.equal(text, '聊政办字〔2023〕3号');
    assert.deepEqual(after, []);
  });
  test('swap the number for the quoted title’s number', () => {
    const { text, after } = fixOnce('第28项“⟦加强大中型灌区续建配套与现代化改造⟧”', 'title-mismatch', 0);
    assert.equal(text, '第27项“加强大中型灌区续建配套与现代化改造”');
    assert.deepEqual(after, []);
  });
  test('or the title for the number’s', () => {
    const { text } = fixOnce('第二十八项“⟦加强大中型灌区续建配套与现代化改造⟧”', 'title-mismatch', 1);
    assert.equal(text, '第二十八项“加强水土流失综合治理”');
  });
  test('swap keeps Chinese numerals Chinese', () => {
    const { text } = fixOnce('第二十八项“⟦加强大中型灌区续建配套与现代化改造⟧”', 'title-mismatch', 0);
    assert.equal(text, '第二十七项“加强大中型灌区续建配套与现代化改造”');
  });
  test('add the title after a bare number', () => {
    const { d, ranges } = doc('落实⟦第12项⟧要求');
    const a = svc.codeActions(d, svc.range(d, ranges[0])).find(x => /添加任务名称/.test(x.title))!;
    assert.deepEqual(a.fix.edits[0], { span: { start: 6, end: 6 }, newText: '“加强“两高”行业管控”' });
  });
});

describe('navigation', () => {
  test('definition → the task in the notice', () => {
    const { d, pos } = doc('第1‸2项');
    const [def] = svc.definition(d, pos);
    assert.equal(def.uri, SEED_URI);
    const lines = svc.index.get(SEED_URI)!.notice.text.split('\n');
    assert.match(lines[def.range.start.line], /^12\. 加强“两高”行业管控/);
  });
  test('definition of a list with a range in it: the numbers written', () => {
    const { d, pos } = doc('第1‸、2—30项');
    assert.equal(svc.definition(d, pos).length, 3);
    assert.equal(svc.taskAt(d, doc('第1、2—3‸0项').pos)!.number, 30);
  });
  test('references across drafts', () => {
    const a = doc('第1‸2项');
    const b = { uri: 'file:///b.md', text: '第12项与第十二项、第10—13项' };
    const task = svc.taskAt(a.d, a.pos)!;
    assert.deepEqual(task, { notice: SEED_URI, number: 12 });
    const refs = svc.references(task, [a.d, b], true);
    assert.equal(refs.length, 1 + 1 + 3);
  });
  test('document symbols of the notice: sections → tasks', () => {
    const syms = svc.documentSymbols({ uri: SEED_URI, text: svc.index.get(SEED_URI)!.notice.text });
    assert.equal(syms.length, 11);
    assert.equal(syms[0].children!.length, 8);
  });
  test('workspace symbols by title', () => {
    assert.ok(svc.workspaceSymbols('水土流失').some(s => s.name.startsWith('第28项')));
  });
});

describe('documents that are not drafts', () => {
  test('another body’s notice of tasks opened in the editor gets no draft diagnostics', () => {
    const text = '国务院办公厅\n国办发〔2018〕99号\n\n一、任务\n1. 甲。（商务部负责）\n2. 乙。（财政部负责）\n3. 丙。（海关总署负责）\n';
    assert.deepEqual(svc.diagnostics({ uri: 'file:///other-notice.md', text }), []);
  });
  test('a follow-up draft with its own 文号 that cites the notice is still checked', () => {
    const text = '聊发改字〔2023〕12号\n\n根据聊政办字〔2023〕3号，落实第107项。\n1. 甲。（牵头单位：市科技局）\n2. 乙。（牵头单位：市科技局）\n3. 丙。（牵头单位：市科技局）\n';
    assert.ok(svc.diagnostics({ uri: 'file:///followup.md', text }).some(d => d.rule === 'unknown-task'));
  });
});
