// Draft scanner: every citation form, the traps, binding, units and tables. Data-driven:
// check(fixture, expected) where ⟦…⟧ marks each expected citation and `expected` lists its numbers.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDraft } from '../../server/src/core/document';
import { NoticeIndex } from '../../server/src/core/workspace';
import { titleFinder } from '../../server/src/core/scanner';
import { markers, seedIndex } from './helpers';

const idx = seedIndex();

function check(fixture: string, expected: number[][], via?: string[]) {
  const { text, ranges } = markers(fixture);
  const a = analyzeDraft(text, idx);
  assert.deepEqual(a.citations.map(c => ({ start: c.span.start, end: c.span.end })), ranges, 'citation ranges');
  assert.deepEqual(a.citations.map(c => c.numbers), expected, 'numbers');
  if (via) assert.deepEqual(a.citations.map(c => c.binding.via), via, 'binding');
  return a;
}

describe('citation forms', () => {
  test('第12项', () => void check('落实⟦第12项⟧要求', [[12]]));
  test('第12条', () => void check('按⟦第12条⟧执行', [[12]]));
  test('第十二项', () => void check('⟦第十二项⟧', [[12]]));
  test('第（十二）项 / 第(3)、(4)项 (tasks numbered （一）（二）…)', () => {
    check('⟦第（十二）项⟧', [[12]]);
    check('⟦第(3)、(4)项⟧', [[3, 4]]);
    check('第（一）部分', []);
  });
  test('任务12', () => void check('推进⟦任务12⟧', [[12]]));
  test('任务12、13 · 任务12至15 · not 任务3-5个, not 牵头任务1—9月 (a count, a span of months)', () => void check('⟦任务12、13⟧，⟦任务12至15⟧，任务3-5个，我局牵头任务1—9月完成情况', [[12, 13], [12, 13, 14, 15]]));
  test('第12项任务', () => void check('⟦第12项任务⟧进展顺利', [[12]]));
  test('重点任务12', () => void check('⟦重点任务12⟧', [[12]]));
  test('full-width digits', () => void check('⟦第１２项⟧', [[12]]));
  test('第一百零七项 (large Chinese numeral)', () => void check('⟦第一百零七项⟧', [[107]]));
  test('range 第1—8项', () => void check('⟦第1—8项⟧', [[1, 2, 3, 4, 5, 6, 7, 8]]));
  test('range 第1-8项', () => void check('⟦第1-8项⟧', [[1, 2, 3, 4, 5, 6, 7, 8]]));
  test('range 第1~8项 and 第1～8项', () => void check('⟦第1~8项⟧、⟦第1～3项⟧', [[1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3]]));
  test('range 第26至28项', () => void check('⟦第26至28项⟧', [[26, 27, 28]]));
  test('range 第一至八项', () => void check('⟦第一至八项⟧', [[1, 2, 3, 4, 5, 6, 7, 8]]));
  test('range 第1项至第3项', () => void check('⟦第1项至第3项⟧', [[1, 2, 3]]));
  test('list 第5、6、7项', () => void check('⟦第5、6、7项⟧', [[5, 6, 7]]));
  test('list 第21、22项', () => void check('⟦第21、22项⟧', [[21, 22]]));
  test('list with a range 第12、13、15—18项', () => void check('⟦第12、13、15—18项⟧', [[12, 13, 15, 16, 17, 18]]));
  test('第12、第13项 (第 repeated in a list)', () => void check('⟦第12、第13项⟧', [[12, 13]]));
  test('range then list 第1—3、5项', () => void check('⟦第1—3、5项⟧', [[1, 2, 3, 5]]));
  test('range 第12项至15项 (第 once)', () => void check('⟦第12项至15项⟧', [[12, 13, 14, 15]]));
  // After 项 a number is as often a count as a task: not read (第5项、第6项 is).
  test('第12项、13项 / 第一项、两项工作 / 第5项、一项一策: only the first', () => void check('⟦第12项⟧、13项进展顺利；⟦第一项⟧、两项工作已完成；⟦第5项⟧、一项一策', [[12], [1], [5]]));
  test('第12项，3项已完成: a count after a comma is not cited', () => void check('⟦第12项⟧，3项已完成', [[12]]));
  test('第5项至今: no number, no range', () => void check('⟦第5项⟧至今', [[5]]));
  test('an exclusion joins the group before it', () => {
    const a = check('⟦第41至47项⟧（⟦第43、44项⟧除外）', [[41, 42, 43, 44, 45, 46, 47], [43, 44]]);
    assert.equal(a.citations[1].exclude, true);
    assert.equal(a.citations[0].group, a.citations[1].group);
  });
  test('第5项、第6项: two citations, one group', () => {
    const a = check('⟦第5项⟧、⟦第6项⟧（牵头单位：市科技局）', [[5], [6]]);
    assert.equal(a.citations[0].group, a.citations[1].group);
    assert.equal(a.lists[0].group, a.citations[0].group);
  });
  test('quoted title, nested quotes', () => {
    const a = check('⟦第12项⟧“加强“两高”行业管控”', [[12]]);
    assert.equal(a.citations[0].title?.text, '加强“两高”行业管控');
  });
  test('quoted title, straight quotes', () => {
    const a = check('⟦第28项⟧"加强水土流失综合治理"', [[28]]);
    assert.equal(a.citations[0].title?.text, '加强水土流失综合治理');
  });
  test('a task cited by its exact title alone', () => void check('一、⟦加强水土流失综合治理⟧。完成治理面积', [[28]]));
  test('a title inside a longer word is not a citation', () => void check('全力加强水土流失综合治理工作', []));
});

describe('traps: ordinals that are not citations', () => {
  for (const s of ['第四届', '第3季度', '第二批', '第十九届', '第3次', '第一', '第2023年', '完成任务3个', '任务1200个']) {
    test(s, () => void check(`参加${s}活动`, []));
  }
});

describe('binding', () => {
  test('the notice named just before (文号)', () => void check('按照聊政办字〔2023〕3号⟦第5项⟧', [[5]], ['explicit']));
  test('the notice named just before (《title》)', () => void check('《聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务》⟦第5项⟧', [[5]], ['explicit']));
  test('a short title defined by （以下简称《…》）', () => void check('《聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务》（以下简称《任务》）。\n《任务》⟦第5项⟧', [[5]], ['explicit']));
  test('a law: 《…法》第十二条 is never checked', () => void check('《中华人民共和国安全生产法》⟦第十二条⟧', [[12]], ['external']));
  test('another body’s 文号 is never checked', () => void check('鲁政办字〔2023〕5号⟦第3项⟧', [[3]], ['external']));
  test('the document’s declared notice (first reference)', () => void check('根据聊政办字〔2023〕3号。\n\n⟦第5项⟧', [[5]], ['declared']));
  test('else the default notice', () => void check('⟦第5项⟧', [[5]], ['default']));
  test('an explicit directive', () => void check('<!-- policy-draft: notice=聊政办字〔2023〕3号 -->\n⟦第5项⟧', [[5]], ['declared']));
});

describe('units and roles', () => {
  const units = (fixture: string) => analyzeDraft(markers(fixture).text, idx).lists.map(l => l.units.map(u => `${u.role}:${u.name}`));
  test('（牵头单位：A、B；配合单位：C）', () => void assert.deepEqual(units('第6项（牵头单位：市科技局、市财政局；配合单位：市地方金融监管局）'), [['lead:市科技局', 'lead:市财政局', 'cooperating:市地方金融监管局']]));
  test('牵头单位：A without brackets', () => void assert.deepEqual(units('第1项。牵头单位：市科技局。'), [['lead:市科技局']]));
  test('责任单位：…', () => void assert.deepEqual(units('第1项（责任单位：市科技局）'), [['responsible:市科技局']]));
  test('由A牵头', () => void assert.deepEqual(units('第24项，由市发改委牵头。'), [['lead:市发改委']]));
  test('A牵头，B配合', () => void assert.deepEqual(units('第21项市交通运输局牵头，市发展改革委配合。'), [['lead:市交通运输局', 'cooperating:市发展改革委']]));
  test('（A（牵头），B（配合））', () => void assert.deepEqual(units('第12项（市发展改革委（牵头），市财政局（配合））'), [['lead:市发展改革委', 'cooperating:市财政局']]));
  test('A（牵头负责）', () => void assert.deepEqual(units('第12项（责任单位：市发展改革委（牵头负责）、市财政局）'), [['lead:市发展改革委', 'cooperating:市财政局']]));
  test('a collective with 、 in brackets, marked', () => void assert.deepEqual(units('第12项（各县（市、区）人民政府（牵头）、市财政局）'), [['lead:各县(市、区)人民政府', 'cooperating:市财政局']]));
  test('（责任单位：A、B、C，排在第一位的为牵头单位）: the rule applies', () => void assert.deepEqual(units('第6项（责任单位：市科技局、市财政局、市地方金融监管局，排在第一位的为牵头单位）'), [['lead:市科技局', 'cooperating:市财政局', 'cooperating:市地方金融监管局']]));
  test('（A、B负责，排在第一位的部门为牵头部门）', () => void assert.deepEqual(units('第6项（市科技局、市地方金融监管局负责，排在第一位的部门为牵头部门）'), [['lead:市科技局', 'cooperating:市地方金融监管局']]));
  test('a 责任单位（排在第一位的为牵头单位） column', () => void assert.deepEqual(
    units('| 任务名称 | 责任单位（排在第一位的为牵头单位） |\n|---|---|\n| 优化创新创业生态 | 市科技局、市财政局 |'), [['lead:市科技局', 'cooperating:市财政局']]));
  test('commas between units, then the rule', () => void assert.deepEqual(units('第6项（责任单位：市科技局，市地方金融监管局，市商务局，排在第一位的为牵头单位）'), [['lead:市科技局', 'cooperating:市地方金融监管局', 'cooperating:市商务局']]));
  test('labels after the rule are read on', () => void assert.deepEqual(units('第6项（责任单位：市科技局、市财政局，排在第一位的为牵头单位；配合单位：市商务局）'), [['lead:市科技局', 'cooperating:市财政局', 'cooperating:市商务局']]));
  test('第一个为牵头单位', () => void assert.deepEqual(units('第6项（责任单位：市科技局、市财政局，第一个为牵头单位）'), [['lead:市科技局', 'cooperating:市财政局']]));
  test('a 牵头单位（第一责任单位） column is all leads', () => void assert.deepEqual(
    units('| 任务编号 | 牵头单位（第一责任单位） |\n|---|---|\n| 12 | 市发展改革委、市工业和信息化局 |'), [['lead:市发展改革委', 'lead:市工业和信息化局']]));
  test('由A和B牵头 (和 between two names, not inside one)', () => void assert.deepEqual(units('第10项，由市工业和信息化局和市投资促进局牵头。'), [['lead:市工业和信息化局', 'lead:市投资促进局']]));
  test('由A、B共同牵头 · 由A负责牵头 · A、B共同牵头', () => {
    assert.deepEqual(units('第6项由市科技局、市财政局共同牵头。'), [['lead:市科技局', 'lead:市财政局']]);
    assert.deepEqual(units('第24项由市商务局负责牵头。'), [['lead:市商务局']]);
    assert.deepEqual(units('第6项市科技局、市财政局共同牵头。'), [['lead:市科技局', 'lead:市财政局']]);
  });
  test('…牵头，第N项由…: the next citation is not a cooperating unit', () => void assert.deepEqual(units('第88项由市卫生健康委牵头，第21项由市交通运输局牵头、市发展改革委配合。'), [['lead:市卫生健康委'], ['lead:市交通运输局', 'cooperating:市发展改革委']]));
  test('牵头单位为A，配合单位为B; not 以牵头单位为主', () => {
    assert.deepEqual(units('第12项牵头单位为市发展改革委，配合单位为市财政局。'), [['lead:市发展改革委', 'cooperating:市财政局']]);
    assert.deepEqual(units('第12项以牵头单位为主，配合单位为辅。'), []);
  });
  test('责任单位 next to 协同配合单位: the leads', () => void assert.deepEqual(
    units('| 对应任务 | 责任单位 | 协同配合单位 |\n|---|---|---|\n| 第38项 | 市生态环境局 | 市工业和信息化局 |'), [['lead:市生态环境局'], ['cooperating:市工业和信息化局']]));
  test('labels separated by a space only', () => void assert.deepEqual(units('第12项（牵头单位：市发展改革委 配合单位：市财政局）'), [['lead:市发展改革委', 'cooperating:市财政局']]));
  test('A牵头负责，B配合 (also 牵头推进 / 牵头落实)', () => {
    assert.deepEqual(units('第13项，市发展改革委牵头负责，市工信局配合。'), [['lead:市发展改革委', 'cooperating:市工信局']]);
    assert.deepEqual(units('第13项由市工业和信息化局牵头推进，市商务局参与。'), [['lead:市工业和信息化局', 'cooperating:市商务局']]);
  });
  // A unit marked （牵头） in a list of responsible units leads; the unmarked ones then cooperate.
  test('（A（牵头）、B、C）', () => void assert.deepEqual(units('第12项（市发展改革委（牵头）、市工业和信息化局、市生态环境局）'), [['lead:市发展改革委', 'cooperating:市工业和信息化局', 'cooperating:市生态环境局']]));
  test('责任单位：B、A(牵头)', () => void assert.deepEqual(units('第12项（责任单位：市生态环境局、市发展改革委(牵头)）'), [['cooperating:市生态环境局', 'lead:市发展改革委']]));
  test('责任单位：A（牵头单位）、B（配合）', () => void assert.deepEqual(units('第12项（责任单位：市发展改革委（牵头单位）、市财政局（配合））'), [['lead:市发展改革委', 'cooperating:市财政局']]));
  test('a 责任单位 cell with （牵头）', () => void assert.deepEqual(
    units('| 对应任务 | 责任单位 |\n|---|---|\n| 第12项 | 市发展改革委（牵头）、市工业和信息化局 |'), [['lead:市发展改革委', 'cooperating:市工业和信息化局']]));
  test('the name’s span leaves the marker out', () => {
    const text = '第12项（责任单位：市发改委（牵头）、市财政局）';
    const u = analyzeDraft(text, idx).lists[0].units[0];
    assert.equal(text.slice(u.span.start, u.span.end), '市发改委');
  });
  test('brackets that are not a role stay in the name', () => void assert.deepEqual(units('第1项（配合单位：各县（市、区）人民政府、市直有关部门（单位））'), [['cooperating:各县(市、区)人民政府', 'cooperating:市直有关部门(单位)']]));
  test('a list after a range applies to the group', () => {
    const a = analyzeDraft('第21—22项（牵头单位：市交通运输局）', idx);
    assert.equal(a.lists[0].group, a.citations[0].group);
  });
  test('unit list on the next line joins its citation', () => {
    const a = analyzeDraft('1. 第12项“加强“两高”行业管控”\n（牵头单位：市发展改革委）', idx);
    assert.equal(a.lists[0].group, a.citations[0].group);
  });
});

describe('tables', () => {
  const table = [
    '| 序号 | 任务编号 | 任务名称 | 牵头单位 | 配合单位 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 12 | 加强“两高”行业管控 | 市发展改革委 | |',
    '| 2 | 28 | 加强水土流失综合治理 | 市水利局 | 市农业农村局 |',
  ].join('\n');
  test('number column cites; 序号 does not; units by column', () => {
    const a = analyzeDraft(table, idx);
    assert.deepEqual(a.citations.map(c => c.numbers), [[12], [28]]);
    assert.deepEqual(a.citations.map(c => c.title?.text), ['加强“两高”行业管控', '加强水土流失综合治理']);
    assert.deepEqual(a.lists.map(l => l.units.map(u => `${u.role}:${u.name}`)), [['lead:市发展改革委'], ['lead:市水利局'], ['cooperating:市农业农村局']]);
    assert.equal(a.lists[2].group, a.citations[1].group);
  });
  test('without a number column, a row counter is not a task number; the title is', () => {
    const a = analyzeDraft(['| 序号 | 重点任务 | 责任单位 |', '|---|---|---|', '| 1 | 加强水土流失综合治理 | 市水利局 |', '| 2 | 自拟的工作 | 市水利局 |'].join('\n'), idx);
    assert.deepEqual(a.citations.map(c => c.numbers), [[28]]);
  });
  test('a number cell with a range and a list', () => {
    const a = analyzeDraft(['| 任务编号 | 牵头单位 |', '|---|---|', '| 1—3、5 | 市科技局 |', '| 6-8 | 市科技局 |'].join('\n'), idx);
    assert.deepEqual(a.citations.map(c => [c.kind, c.numbers]), [['table', [1, 2, 3, 5]], ['range', [6, 7, 8]]]);
  });
  test('对应任务 column with 第N项 text', () => {
    const a = analyzeDraft(['| 序号 | 对应任务 | 牵头单位 |', '|---|---|---|', '| 1 | 第5、6项 | 市科技局 |'].join('\n'), idx);
    assert.deepEqual(a.citations.map(c => c.numbers), [[5, 6]]);
  });
});

describe('文号', () => {
  test('found, bracket forms flagged', () => {
    const a = analyzeDraft('根据聊政办字〔2023〕3号和聊政办字[2023]3号、国发（2019）3号', idx);
    assert.deepEqual(a.docNumbers.map(d => [d.text, d.ok]), [['聊政办字〔2023〕3号', true], ['聊政办字[2023]3号', false], ['国发（2019）3号', false]]);
    assert.ok(a.docNumbers[0].notice && a.docNumbers[1].notice && !a.docNumbers[2].notice);
  });
});

describe('tasks cited by their exact title alone', () => {
  // A notice whose titles hold regex metacharacters and full-width brackets, one title a prefix of another, and
  // two tasks with the same title.
  const NOTICE = `# 测试市人民政府办公室关于印发测试市2024年重点工作任务的通知

测政办字〔2024〕9号

一、第一部分

1. 推进（试点）建设.平台+应用。具体内容。（牵头单位：市发展改革委）

2. 推进试点建设。内容。（牵头单位：市科技局）

3. 推进试点建设工作。内容。（牵头单位：市科技局）

4. 推进试点建设。同名。（牵头单位：市财政局）

5. 完善$特殊^字符[处理]。内容。（牵头单位：市财政局）
`;
  const own = new NoticeIndex();
  own.set('file:///own.md', NOTICE);
  // The same tasks followed by 2,000 more: too many titles for one regex, so titles are looked up by their first
  // characters (scanTitles' other path). Both must find the same citations.
  const many = new NoticeIndex();
  many.set('file:///many.md', NOTICE + Array.from({ length: 2000 }, (_, k) => `\n${k + 6}. 推进全市重点领域改革试点示范建设第${k + 6}批。内容。（牵头单位：市科技局）\n`).join(''));
  test('the notice with 2,000 more titles takes the other path', () => {
    assert.ok(titleFinder(own.all()[0])?.re, 'a regex for 5 titles');
    assert.equal(titleFinder(many.all()[0]), undefined, 'none for 2,005');
  });
  const checkOwn = (fixture: string, expected: number[][]) => {
    const { text, ranges } = markers(fixture);
    for (const idx of [own, many]) {
      const a = analyzeDraft(text, idx);
      assert.deepEqual(a.citations.map(c => ({ start: c.span.start, end: c.span.end })), ranges, 'citation ranges');
      assert.deepEqual(a.citations.map(c => c.numbers), expected, 'numbers');
    }
  };
  test('metacharacters and full-width brackets are matched literally', () => checkOwn('一是：⟦推进（试点）建设.平台+应用⟧；二是：⟦完善$特殊^字符[处理]⟧。推进(试点)建设X平台+应用不是。', [[1], [5]]));
  test('the longest title wins; a title inside a longer Chinese word is not one', () => checkOwn('⟦推进试点建设工作⟧，⟦推进试点建设⟧。全面推进试点建设。推进试点建设工作要求', [[3], [2]]));
  test('of two tasks with the same title, the first', () => checkOwn('⟦推进试点建设⟧', [[2]]));
  test('at the very start and end of a line, next to digits, Latin letters and punctuation', () => checkOwn('⟦推进试点建设⟧1、A⟦推进试点建设工作⟧\n（⟦推进试点建设⟧）', [[2], [3], [2]]));
  test('a title already read as a citation’s quoted title is not cited again', () => checkOwn('⟦第2项⟧“推进试点建设”', [[2]]));
});
