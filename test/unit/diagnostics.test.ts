// Diagnostics: check(fixture, expected) — ⟦…⟧ marks each expected diagnostic's range, in order, and
// `expected` lists the rule ids. Ranges cover the offending text itself.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDraft } from '../../server/src/core/document';
import { computeDiagnostics } from '../../server/src/core/diagnostics';
import { NoticeIndex } from '../../server/src/core/workspace';
import { markers, SEED, SEED_URI, seedIndex } from './helpers';

const idx = seedIndex();

function check(fixture: string, expected: string[], opts: Parameters<typeof computeDiagnostics>[1] = {}) {
  const { text, ranges } = markers(fixture);
  const diags = computeDiagnostics(analyzeDraft(text, idx), opts);
  assert.deepEqual(diags.map(d => d.rule), expected, diags.map(d => `${d.rule} ${JSON.stringify(text.slice(d.span.start, d.span.end))} ${d.message}`).join('\n'));
  assert.deepEqual(diags.map(d => ({ start: d.span.start, end: d.span.end })), ranges);
  return { text, diags };
}

describe('unknown-task', () => {
  test('number past the end', () => void check('第⟦107⟧项', ['unknown-task']));
  test('Chinese numeral past the end', () => void check('第⟦一百零七⟧项', ['unknown-task']));
  test('range end past the end', () => void check('第100—⟦120⟧项', ['unknown-task']));
  test('list item', () => void check('第5、⟦999⟧项', ['unknown-task']));
  test('huge number', () => void check('第⟦999999999999⟧项', ['unknown-task']));
  test('a law’s article is not checked', () => void check('《中华人民共和国安全生产法》第一百零八条', []));
  test('a list with a range in it', () => void check('第5、100—⟦120⟧项', ['unknown-task']));
  test('a reversed range in a list', () => void check('第3、⟦8—6⟧项', ['unknown-task']));
  test('第N项至M项', () => void check('第100项至⟦108⟧项、第5项', ['unknown-task']));
  test('valid numbers', () => void check('第1项、第106项、第一百零六项、第1—106项', []));
});

describe('title-mismatch', () => {
  test('the quoted title belongs to another task', () => {
    const { diags } = check('第28项“⟦加强大中型灌区续建配套与现代化改造⟧”', ['title-mismatch']);
    assert.match(diags[0].message, /第27项/);
    assert.equal(diags[0].fixes.length, 2);
  });
  test('a title near another task’s: citing that task is offered first, and neither fix is applied unasked', () => {
    // 28 is “加强水土流失综合治理”; 27 “加强大中型灌区续建配套与现代化改造”.
    const { diags } = check('第27项“⟦加强水土流失治理⟧”进展顺利。', ['title-mismatch']);
    assert.match(diags[0].message, /第28项/);
    assert.equal(diags[0].fixes[0].edits[0].newText, '28');
    assert.ok(diags[0].fixes.every(f => !f.safe));
    // A shortened title of the task itself is no mismatch; a longer wording of it is one, with its safe fix.
    check('第28项“加强水土流失治理”进展顺利。', []);
    assert.ok(check('第45项“⟦深度融入黄河流域生态保护和高质量发展重大国家战略⟧”进展顺利。', ['title-mismatch']).diags[0].fixes[0].safe);
  });
  test('title and units both another task’s: the number is the typo, the units are not reported', () => {
    // 84 “优化文旅产品供给” is led by 市文化和旅游局、市商务局; 74 by 市委宣传部.
    const { diags } = check('第74项“⟦优化文旅产品供给⟧”（牵头单位：市文化和旅游局、市商务局）', ['title-mismatch']);
    assert.match(diags[0].fixes[0].title, /改为第84项/);
    check('第74项“⟦优化文旅产品供给⟧”（牵头单位：⟦⟦市科技局⟧⟧）', ['title-mismatch', 'wrong-lead-unit', 'missing-lead-unit']);
  });
  test('the quoted title is no task’s', () => void check('第12项“⟦加强高耗能行业管控⟧”', ['title-mismatch']));
  test('a task’s title in brackets after the number', () => {
    check('第9项（⟦持续推进技改升级⟧）', ['title-mismatch']);
    check('第9项 （ ⟦持续推进技改升级⟧ ）', ['title-mismatch']);
    check('第11项（持续推进技改升级）、第12项（加强“两高”行业管控）、第12项（已完成）', []);
  });
  test('a quoted title right before its number in brackets', () => {
    check('（一）“⟦持续推进技改升级⟧”（第9项）', ['title-mismatch']);
    check('“持续推进技改升级”（第11项）、“加强“两高”行业管控”（第12项）、开展“双招双引”活动（第10项）', []);
  });
  test('a term quoted from the task’s own text is no title', () => void check('第11项“千企技改”已完成', []));
  test('matching title (nested quotes)', () => void check('第12项“加强“两高”行业管控”', []));
  test('a 第N项 number cell beside a title cell', () => void check('| 对应任务 | 任务名称 |\n|---|---|\n| 第102项 | ⟦提升发展现代服务业⟧ |', ['title-mismatch']));
  test('table title column vs number column', () => void check('| 任务编号 | 任务名称 |\n|---|---|\n| 13 | ⟦提升发展现代服务业⟧ |', ['title-mismatch']));
});

describe('unit roles', () => {
  // Both are true: 市商务局 does not lead task 1, and its lead 市科技局 is left out.
  test('wrong-lead-unit', () => void check('第1项（牵头单位：⟦⟦市商务局⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']));
  test('cooperating-unit-as-lead', () => void check('第21项（牵头单位：市交通运输局、⟦市发展改革委⟧）', ['cooperating-unit-as-lead']));
  test('missing-lead-unit on the lead list', () => {
    const { diags } = check('第12项（牵头单位：⟦市发展改革委、市工业和信息化局⟧）', ['missing-lead-unit']);
    assert.match(diags[0].message, /市生态环境局/);
  });
  test('several tasks cited: a unit that leads every one of them is missing, a lead of only some is not', () => {
    const { diags } = check('第21、22项（牵头单位：⟦⟦市发展改革委⟧⟧；配合单位：市交通运输局）', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    assert.match(diags[1].message, /所引2项任务都由市交通运输局牵头/);
    // 市交通运输局 is named as cooperating: the fix moves it (the notice's list), it does not add it twice.
    assert.deepEqual(diags[1].fixes.map(f => f.edits[0].newText), ['牵头单位：市交通运输局；配合单位：市发展改革委']);
    // 86: 市发展改革委、市人力资源社会保障局、市财政局; 98: 市医保局、市财政局.
    check('第86、98项（牵头单位：市财政局）', []);
  });
  test('the notice’s own spelling for the cited task is not informal', () => {
    check('第45项（牵头单位：市发展改革委、市生态环境局、市自然资源和规划局、市水利局、聊城黄河河务局、市住房和城乡建设局、市城管局、市文化和旅游局、市市场监管局）', []);
    check('第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、⟦⟦市住房和城乡建设局⟧⟧）', ['non-canonical-unit', 'wrong-lead-unit']);
  });
  test('excluded tasks are not the group’s: （第43、44项除外） · 除第46项外', () => {
    check('第41至47项中涉及我委的任务（第43、44项除外），牵头单位：市发展改革委。', []);
    // 市发展改革委 leads all five tasks left: it is missing too.
    check('第41至47项中涉及我委的任务（第43项、第44项除外），牵头单位：⟦⟦市科技局⟧⟧。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第41至47项（第43项、第44项除外），牵头单位：市发展改革委。', []);
    check('第44、46项中，除第46项以外，牵头单位：⟦⟦市发展改革委⟧⟧。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第44、46项，除第46项外，牵头单位：⟦⟦市发展改革委⟧⟧。', ['wrong-lead-unit', 'missing-lead-unit']);
  });
  test('no missing-lead check for a range or list', () => void check('第12、13项（牵头单位：市工业和信息化局）', []));
  test('a unit leading one task of a list is fine', () => void check('第12、13项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）', []));
  test('correct units, labelled both ways', () => void check('第6项（牵头单位：市科技局、市财政局；配合单位：市地方金融监管局）', []));
  test('由…牵头', () => void check('第24项由⟦⟦市商务局⟧⟧牵头', ['wrong-lead-unit', 'missing-lead-unit']));
  test('责任单位 naming a unit not involved', () => void check('第1项（责任单位：市科技局、⟦市商务局⟧）', ['wrong-lead-unit']));
  test('table rows', () => void check('| 任务编号 | 牵头单位 | 配合单位 |\n|---|---|---|\n| 21 | 市交通运输局、⟦市发展改革委⟧ | |\n| 28 | 市水利局 | 市农业农村局 |', ['cooperating-unit-as-lead']));
  test('a lead marked （牵头） and leads left as cooperating', () => {
    const { diags } = check('第12项（责任单位：⟦市发展改革委⟧（牵头）、市工业和信息化局、市生态环境局）', ['missing-lead-unit']);
    assert.match(diags[0].message, /市工业和信息化局、市生态环境局/);
  });
  // 市发展改革委 cooperates on task 21 and 市交通运输局, its lead, is written as cooperating.
  test('role markers in a label clause outside brackets', () => {
    check('第28项。责任单位：市水利局（牵头）、市农业农村局。', []);
    check('第28项。责任单位：⟦⟦市农业农村局⟧⟧（牵头）、市水利局。', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    // A missing 、 after a marker does not join two names.
    check('第28项。责任单位：市水利局（牵头）市农业农村局。', []);
  });
  test('the notice’s list under 牵头单位： is written with labels, not with markers', () => {
    const { diags } = check('第21项（牵头单位：⟦市发展改革委⟧（牵头）、市交通运输局）', ['cooperating-unit-as-lead']);
    assert.deepEqual(diags[0].fixes.map(f => f.edits[0].newText), ['牵头单位：市交通运输局；配合单位：市发展改革委']);
  });
  test('a cooperating unit marked （牵头）', () => void check('第21项（责任单位：⟦⟦市发展改革委⟧⟧（牵头）、市交通运输局）', ['cooperating-unit-as-lead', 'missing-lead-unit']));
  // 市地方金融监管局 cooperates on task 6: under the header's rule it is not promoted; 市财政局, second, does not lead.
  test('a column whose header says the first unit leads', () => {
    const { diags } = check('| 任务名称 | 责任单位（排在第一位的为牵头单位） |\n|---|---|\n| 优化创新创业生态 | ⟦市科技局⟧、市财政局、市地方金融监管局 |', ['missing-lead-unit']);
    assert.match(diags[0].message, /市财政局/);
    assert.deepEqual(diags[0].fixes, [], 'adding names cannot add a lead under the rule');
  });
  test('a unit list in its own paragraph under the citation', () => void check('## 第50项“实施种业振兴工程”\n\n责任单位：市农业农村局、⟦市科技局⟧', ['wrong-lead-unit']));
  test('a unit list after field lines', () => void check('第28项“加强水土流失综合治理”\n进展情况：已完成治理面积8平方公里。\n牵头单位：⟦⟦市农业农村局⟧⟧', ['cooperating-unit-as-lead', 'missing-lead-unit']));
  test('paragraphs under a heading that cites a task belong to it', () => {
    check('## 第28项“加强水土流失综合治理”\n\n进展情况：配合市水利局完成治理。\n\n牵头单位：⟦⟦市农业农村局⟧⟧', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    check('（六）第32项“深入推进污染防治”\n\n一是农药化肥减量增效；二是废弃物综合利用。\n\n（牵头单位：⟦市农业农村局⟧）', ['missing-lead-unit']);
  });
  test('a paragraph that cites a task or names units is an item of its own, not the heading’s', () => {
    check('## 三、第12项落实情况\n\n1. 已建立台账。\n\n2. 另外，推进全市安全生产检查工作。（牵头单位：市应急局）', []);
    check('## 三、第12项落实情况\n\n市科技局牵头的第5项任务进展顺利。', []);
  });
  test('a field that starts another item does not join', () => void check('任务一：加强“两高”行业管控（第12项）\n牵头单位：市发展改革委、市工业和信息化局、市生态环境局\n任务二：做好安全生产检查\n牵头单位：市应急局', []));
  test('the next heading ends the section', () => void check('## 第28项\n\n## 其他工作\n\n牵头单位：市农业农村局', []));
  test('three blank lines part a list from the citation', () => void check('第50项\n\n\n\n责任单位：市科技局', []));
  describe('a page break in a draft (a blank line, maybe a page number) does not end the paragraph', () => {
    test('inside a unit name, with the page number between its halves', () => void check('第13项（牵头单位：⟦⟦市发展改\n\n— 3 —\n\n革委⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']));
    test('inside a unit name, the bracket closed after the break', () => void check('1. 第12项已完成清单梳理。（牵头单位：⟦市工业和信\n\n息化局⟧；配合单位：市财政局）', ['missing-lead-unit']));
    test('inside a label', () => void check('第69项（牵头单位：市投资促进局；配合\n\n单位：市工业和信息化局、市财政局）', []));
    test('mid-sentence across a page number, the list in the part after it', () => void check('1. 第12项落实情况：会同有关部门完成了全市项目清单梳理，下一步\n\n- 7 -\n\n将继续推进节能降耗工作。（牵头单位：⟦市发展改革委⟧）', ['missing-lead-unit']));
    test('review: a paragraph without its full stop, a list closed by 等 or 无, a remark in brackets', () => {
      // A blank line alone is no page break after a Han character: drafts drop full stops.
      check('第5项“壮大科技型企业群体”进展较快，新增高新技术企业60家\n\n同时，市工业和信息化局牵头推进的专精特新企业培育工作成效明显。', []);
      check('第6项“优化创新创业生态”，责任单位：市科技局、市财政局等\n\n科技成果转化工作由市委组织部牵头推进，成效明显。', []);
      check('第26项\n牵头单位：市水利局\n配合单位：无\n\n市财政局、市税务局做好政策保障。', []);
      check('第26项提升防洪减灾能力，牵头单位：市水利局（2023年底前）', []);
      check('第26项提升防洪减灾能力，牵头单位：市水利局（已完成）。', []);
    });
    test('a bracket closed inside another still open at the break', () => void check('第24项聚力攻坚能源项目。（牵头单位：⟦市科技局⟧、市发展改革委（市能源局）\n\n— 3 —\n\n、⟦市财政局⟧）', ['wrong-lead-unit', 'wrong-lead-unit']));
    test('a remark in brackets after a name, more names after it', () => {
      check('第30项，牵头单位：市自然资源和规划局（持续推进）、市生态环境局', []);
      check('第21项，牵头单位：市交通运输局（负责统筹调度）、⟦市发展改革委⟧（负责项目审批）', ['cooperating-unit-as-lead']);
    });
    test('a page number with no blank line around it', () => void check('第15项，牵头单位：市工业和信\n— 3 —\n息化局。', []));
    test('a unit-list paragraph after a page number', () => void check('第50项工作。\n\n— 3 —\n\n责任单位：市农业农村局、⟦市科技局⟧', ['wrong-lead-unit']));
    test('a label clause cut inside a name or right after its colon reads on', () => {
      check('第2项“加强创新平台建设”\n牵头单位：⟦市科技局、市工业和信\n\n— 2 —\n\n息化局、⟦市财政局⟧⟧', ['missing-lead-unit', 'wrong-lead-unit']);
      check('第65项“深化科技评价改革”\n牵头单位：\n\n— 3 —\n\n⟦⟦市财政局⟧⟧', ['wrong-lead-unit', 'missing-lead-unit']);
      check('第6项“优化创新创业生态”\n牵头单位：市科技局、市财政局；配合\n\n单位：市地方金融监管局', []);
      // A complete name before the break ends the list: the paragraph after it is no unit.
      check('第65项“深化科技评价改革”\n牵头单位：市科技局\n\n下一步，继续完善评价体系，加强宣传引导。', []);
    });
    test('a field cut after a comma; a label cut by a page number inside brackets', () => {
      check('第65项“深化科技评价改革”\n进展情况：已完成方案起草，\n\n- 5 -\n\n报市政府审定。\n牵头单位：⟦⟦市财政局⟧⟧', ['wrong-lead-unit', 'missing-lead-unit']);
      check('第6项“优化创新创业生态”（牵头单位：市科技局、市财政局；配合\n\n— 3 —\n\n单位：市地方金融监管局）', []);
    });
    test('page numbers written 第 3 页, or a bare number between blank lines', () => {
      check('第2项“加强创新平台建设”（牵头单位：市科技局、市工业和信\n\n第 3 页\n\n息化局、市发展改革委）', []);
      check('第2项“加强创新平台建设”（牵头单位：市科技局、市工业和信\n\n3\n\n息化局、市发展改革委）', []);
    });
    test('a running head left between pages (聊城市科学技术局文件) is noise too', () => {
      check('第65项“深化科技评价改革”。\n\n聊城市科学技术局文件\n\n（牵头单位：⟦⟦市财政局⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']);
      check('第2项“加强创新平台建设”（牵头单位：⟦市科技局、市工业和信息化局、\n\n聊城市科学技术局文件\n\n⟦市财政局⟧⟧）', ['missing-lead-unit', 'wrong-lead-unit']);
    });
    test('a quoted title cut by a page break is read whole', () => void check('第65项“⟦加强实验室\n\n— 3 —\n\n布局提升⟧”（牵头单位：市科技局）', ['title-mismatch']));
    test('a header repeated after the page number, or another table’s, gives the columns from there on', () => {
      check('| 任务编号 | 牵头单位 |\n| --- | --- |\n| 24 | 市发展改革委 |\n\n— 3 —\n\n| 任务编号 | 牵头单位 |\n| --- | --- |\n| 26 | ⟦⟦市财政局⟧⟧ |', ['wrong-lead-unit', 'missing-lead-unit']);
      check('| 任务编号 | 牵头单位 |\n| --- | --- |\n| 24 | 市发展改革委 |\n\n— 3 —\n\n| 牵头单位 | 任务编号 |\n| --- | --- |\n| ⟦⟦市财政局⟧⟧ | 26 |', ['wrong-lead-unit', 'missing-lead-unit']);
    });
    test('a header repeated without its separator row is no data row', () => void check('| 任务编号 | 牵头单位 |\n| --- | --- |\n| 24 | 市发展改革委 |\n\n— 3 —\n\n| 任务编号 | 牵头单位 |\n| 26 | ⟦⟦市财政局⟧⟧ |', ['wrong-lead-unit', 'missing-lead-unit']));
    test('a table goes on after a page number without its header', () => {
      check('| 序号 | 任务编号 | 任务名称 | 牵头单位 |\n| --- | --- | --- | --- |\n| 1 | 24 | 聚力攻坚能源项目 | 市发展改革委 |\n\n— 4 —\n\n| 2 | ⟦107⟧ | 推进数字乡村建设 | 市农业农村局 |', ['unknown-task']);
    });
    test('a table goes on after a blank line when the row has its columns and is no new header', () => {
      // The rows after the blank line keep the header's columns (before, they were a headerless table: nothing checked).
      check('| 序号 | 任务 | 牵头单位 |\n|---|---|---|\n| 1 | 第24项 | 市发展改革委 |\n\n| 2 | 第12项 | ⟦⟦市财政局⟧⟧ |\n| 3 | 第13项 | 市工业和信息化局 |', ['wrong-lead-unit', 'missing-lead-unit']);
      // Another table of its own header, or rows of other columns, are not the table before.
      check('| 序号 | 任务 | 牵头单位 |\n|---|---|---|\n| 1 | 第24项 | 市发展改革委 |\n\n| 牵头单位 | 任务 |\n|---|---|\n| ⟦⟦市财政局⟧⟧ | 第12项 |', ['wrong-lead-unit', 'missing-lead-unit']);
      check('| 序号 | 任务 | 牵头单位 |\n|---|---|---|\n| 1 | 第24项 | 市发展改革委 |\n\n| 第12项 | 市财政局 |', []);
    });
    test('a hard-wrapped line goes on: inside a bracket or a quote it closes, in a unit list cut short, after a comma', () => {
      check('第43项“有序推进城市更新行动”（牵头单位：市住房城乡建设局；配合单位：市城\n管局）。', []);
      check('第42项“发展壮大县域经济”（牵头单位：市发展改革委、⟦市工业\n和信息化局⟧）。', ['cooperating-unit-as-lead']);
      check('第46项“主动融入省会经济圈一体化发展”（牵头单位：\r\n⟦市发改委⟧）。', ['non-canonical-unit']);
      check('第47项“⟦发展壮大县域\n经济⟧”相关规划编制滞后。', ['title-mismatch']);
      check('第11项进展顺利。（牵\n头单位：⟦⟦市农业农村局⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']);
      // A citation cut after its 第: the number on the next line.
      check('按照通知第\n⟦107⟧项要求。', ['unknown-task']);
      check('按照通知第\r\n45项要求，由⟦⟦市商务局⟧⟧牵头。', ['wrong-lead-unit', 'missing-lead-unit']);
      check('第26项进展顺利，\n由⟦⟦市财政局⟧⟧牵头推进。', ['wrong-lead-unit', 'missing-lead-unit']);
      // Inside a bracket the line may end in anything (a hyphen, a stray letter): the name is read whole, so its
      // fix replaces all of it.
      check('第42项“发展壮大县域经济”（牵头单位：市发展改革委、⟦市工业-\n和信息化局⟧）', ['unknown-unit']);
      // A 由 phrase cut inside its unit's name reads on; a name at a line's start may have its first part before it.
      check('第29项“完善新型信息基础设施体系”已完成，由⟦冠县\n工业和信息化局⟧牵头。', ['unknown-unit']);
      const { diags } = check('第29项已完成，冠县\n⟦工业和信息化局⟧牵头。', ['non-canonical-unit']);
      assert.ok(diags[0].fixes.every(f => !f.safe));
    });
    test('adjacent lines that end a sentence or start an item stay apart', () => {
      // Line by line, each its own item: the units of one line are not the task of the line before.
      check('1. 第26项进展顺利。\n市财政局牵头做好资金保障。', []);
      check('1. 第26项进展顺利，\n2. 第24项（牵头单位：市发展改革委）', []);
      check('第26项“提升防洪减灾能力”\n（牵头单位：市水利局）\n第24项“聚力攻坚能源项目”\n（牵头单位：市发展改革委）', []);
    });
    test('not after a full stop, a short line, or before a line that starts an item', () => {
      check('1. 第12项已完成全市项目清单梳理工作。\n\n将继续推进节能降耗工作。（牵头单位：市科技局）', []);
      check('第12项\n\n将继续推进节能降耗工作。（牵头单位：市科技局）', []);
      check('1. 第12项进展顺利，已完成全市项目清单梳理，下一步\n\n2. 推进科技创新平台建设（牵头单位：市科技局）', []);
      check('1. 第12项进展顺利，已完成全市项目清单梳理，下一步\n\n进展情况：推进科技创新平台建设（牵头单位：市科技局）', []);
      check('1. 第12项进展顺利。（牵头单位：市发展改革委、市工业和信息化局、市生态环境局\n\n二是推进科技创新平台建设（牵头单位：市科技局）', []);
    });
  });
  test('units of a citation bound elsewhere are not checked', () => void check('鲁政办字〔2023〕5号第3项（牵头单位：省商务厅）', []));
});

describe('unknown-unit and non-canonical-unit', () => {
  test('a second nameplate in brackets is the body named first', () => void check('第12项（牵头单位：市发展改革委（市能源局）、市工业和信息化局、市生态环境局）', []));
  test('a partner the notice does not list is the office’s choice; as a lead, misspelt or of a lower level, it is reported', () => {
    check('第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局；配合单位：市统计局、聊城市审计局、市民族宗教局、聊城大学、国网聊城供电公司、市委网信办、⟦市发展改委⟧、⟦冠县工业和信息化局⟧）', ['unknown-unit', 'unknown-unit']);
    check('第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、⟦市统计局⟧）', ['unknown-unit']);
  });
  test('a bracket naming another unit of the notice is no nameplate', () => void check('第24项（牵头单位：⟦市发展改革委（市科技局）⟧）', ['unknown-unit']));
  test('a bracket naming the same body again is that body, written informally', () => void check('第24项（牵头单位：⟦市发展和改革委员会（市发改委）⟧）', ['non-canonical-unit']));
  test('under an unlabelled list’s rule the notice’s list is still offered', () => {
    const { diags } = check('第6项（⟦⟦市商务局⟧⟧、市地方金融监管局负责，排在第一位的部门为牵头部门）', ['wrong-lead-unit', 'missing-lead-unit']);
    assert.ok(diags[0].fixes.length > 0);
  });
  test('a bracket that is not a unit’s name is not a nameplate', () => {
    const diags = computeDiagnostics(analyzeDraft('第12项（牵头单位：市发展改革委（市场监管）、市工业和信息化局、市生态环境局）', idx));
    assert.ok(diags.some(d => d.rule === 'unknown-unit'));
  });
  test('an alias is non-canonical', () => {
    const { diags } = check('第24项（牵头单位：⟦市发改委⟧）', ['non-canonical-unit']);
    assert.equal(diags[0].fixes[0].edits[0].newText, '市发展改革委');
    assert.equal(diags[0].severity, 'information');
  });
  test('full official name is non-canonical', () => void check('第24项（牵头单位：⟦聊城市发展和改革委员会⟧）', ['non-canonical-unit']));
  for (const [alias, canon] of [['市工信局', '市工业和信息化局'], ['市人社局', '市人力资源社会保障局'], ['市住建局', '市住房城乡建设局'], ['市卫健委', '市卫生健康委'], ['市市场监督管理局', '市市场监管局'], ['市应急管理局', '市应急局'], ['市政府办', '市政府办公室'], ['人行聊城市中心支行', '人民银行聊城市中心支行']]) {
    test(`${alias} → ${canon}`, () => {
      const { diags } = check(`牵头单位：⟦${alias}⟧`, ['non-canonical-unit']);
      assert.equal(diags[0].fixes[0].edits[0].newText, canon);
    });
  }
  test('unknown unit with suggestions', () => {
    const { diags } = check('第1项（牵头单位：市科技局、⟦市科学院⟧）', ['unknown-unit']);
    assert.match(diags[0].message, /市科技局/);
  });
  test('a county unit is not the city unit', () => {
    const { diags } = check('第13项（牵头单位：市工业和信息化局、⟦冠县工业和信息化局⟧）', ['unknown-unit']);
    assert.match(diags[0].message, /下级单位/);
  });
  test('a county unit before 牵头 in prose is read whole, not as the city unit that ends it', () => {
    const { diags } = check('第13项⟦冠县工业和信息化局⟧共同牵头。', ['unknown-unit']);
    assert.match(diags[0].message, /下级单位/);
    check('第13项⟦东昌府区工业和信息化局⟧牵头。', ['unknown-unit']);
    // A word of the sentence before the name is no county: 的 / 项.
    check('第13项纳入监管的市工业和信息化局牵头。', []);
    check('第13项⟦冠县工业和信息化局⟧、市工业和信息化局牵头。', ['unknown-unit']);
  });
  test('a county’s own document: its bodies stand for the city’s units', () => {
    // 15: 市工业和信息化局; 31: 市发展改革委、市生态环境局 (see the seed).
    check('冠县人民政府办公室\n关于落实聊政办字〔2023〕3号文件的分工方案\n\n1．第15项（牵头单位：冠县工业和信息化局；配合单位：县大数据中心）\n\n2．第31项（牵头单位：县发展改革局、市生态环境局冠县分局）', []);
    check('# 冠县工业和信息化局关于落实重点任务的实施方案\n\n第15项（牵头单位：⟦⟦县科技局⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']);
    // Another county's body is still a lower-level unit; so is any county's in a city document (its city unit is
    // then not asked for again: the unknown-unit's fix names it).
    const { diags } = check('冠县人民政府办公室\n\n第15项（牵头单位：县工业和信息化局、⟦莘县工业和信息化局⟧）', ['unknown-unit']);
    assert.match(diags[0].message, /下级单位/);
    check('市工业和信息化局\n\n第15项（牵头单位：⟦冠县工业和信息化局⟧）', ['unknown-unit']);
    // Quoted as written; no safe fix writes city names into it; a branch named with or without the city or 区.
    const c = check('冠县人民政府办公室\n\n第15项（牵头单位：⟦⟦县科技局⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']);
    assert.match(c.diags[0].message, /“县科技局”不牵头/);
    assert.ok(c.diags[1].fixes.every(f => !f.safe));
    check('**冠县人民政府办公室**\n\n第31项（牵头单位：市发展改革委、聊城市生态环境局冠县分局）', []);
    check('东昌府区人民政府办公室\n\n第31项（牵头单位：区发展和改革局、市生态环境局东昌府分局）', []);
    // A county body's head: its 文件 header, 字号 and 签发人 before the title; or the issuer on a line of its own.
    check('冠县发展和改革局文件\n冠发改字〔2023〕12号\n签发人：张三\n\n冠县发展和改革局\n关于落实聊政办字〔2023〕3号文件的实施方案\n\n第31项（牵头单位：县发展和改革局、市生态环境局冠县分局）', []);
    check('冠发改字〔2023〕12号\n签发人：张三\n\n冠县发展和改革局\n关于落实聊政办字〔2023〕3号文件的实施方案\n\n第31项（牵头单位：县发展和改革局、市生态环境局冠县分局）', []);
    // A county body the notice cannot place may be the lead: no missing lead reported.
    check('冠县人民政府办公室\n\n第94项（牵头单位：县卫生健康局）', []);
    // A county 局 for a city 委: 县卫生健康局 stands for 市卫生健康委 and is checked (15 is led by 市工业和信息化局).
    const w = check('冠县人民政府办公室\n\n第15项（牵头单位：⟦⟦县卫生健康局⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']);
    assert.match(w.diags[0].message, /“县卫生健康局”不牵头/);
    // Its bodies with the level alone in prose phrases (县水利局牵头，县发改局配合): 27 is led by 市水利局 with
    // 市发展改革委; 28 by 市水利局, 市农业农村局 cooperating.
    // (县发改局 is a short name: its full name is the county's own, flagged without a fix.)
    check('冠县人民政府办公室\n\n第27项，县水利局牵头，⟦县发改局⟧配合。\n\n第28项，⟦⟦县农业农村局⟧⟧牵头。', ['non-canonical-unit', 'cooperating-unit-as-lead', 'missing-lead-unit']);
    check('冠县人民政府办公室\n\n第13项由⟦县工信局⟧牵头。第29项由县工业和信息化局牵头。第47项由县发展和改革局牵头。', ['non-canonical-unit']);
    // In a city document such a body is a lower-level one.
    check('第27项，⟦县水利局⟧牵头。', ['unknown-unit']);
    // Messages and the notice's list, in a county's document, speak of the county's matching bodies.
    const m = check('冠县人民政府办公室\n第86项“保障促进就业”。（牵头单位：⟦县人力资源和社会保障局、县财政局⟧）', ['missing-lead-unit']);
    assert.match(m.diags[0].message, /市发展改革委（在冠县为其对应部门）/);
    assert.ok(m.diags[0].fixes.some(f => f.edits[0].newText === '牵头单位：县发展改革委、县人力资源社会保障局、县财政局' && !f.safe));
  });
  test('a city document that mentions a county is not the county’s', () => {
    // A county heading in the body, an attachment signed by a county after a city head, addressees, a title.
    check('聊城市人民政府办公室\n关于重点任务推进情况的通报\n\n### 冠县人民政府\n\n第15项（牵头单位：⟦冠县工业和信息化局⟧）', ['unknown-unit']);
    check('市发展改革委关于重点任务进展的报告\n\n第42项（牵头单位：⟦县发展和改革局⟧）\n\n附件：冠县落实情况\n冠县人民政府办公室', ['unknown-unit']);
    check('关于重点任务的报告\n\n第42项（牵头单位：⟦县发展和改革局⟧）\n\n各县区人民政府', ['unknown-unit']);
    check('全市县域经济发展工作专班关于重点任务的通知\n\n第42项（牵头单位：⟦县发展和改革局⟧）', ['unknown-unit']);
    // A city body's 文件 header decides before a county's name further down the head.
    check('聊城市发展和改革委员会文件\n聊发改字〔2023〕1号\n\n冠县发展和改革局\n关于重点任务的报告\n\n第42项（牵头单位：⟦县发展和改革局⟧）', ['unknown-unit']);
  });
  test('collectives are not units to check', () => void check('第104项（责任单位：各县（市、区）人民政府、各有关单位）', []));
  test('user aliases from config', () => {
    const i2 = seedIndex();
    i2.setAliases({ 发改: '市发展改革委' });
    const d = computeDiagnostics(analyzeDraft('第24项（牵头单位：发改）', i2));
    assert.deepEqual(d.map(x => x.rule), ['non-canonical-unit']);
  });
  test('user aliases set after the registry was first used replace it', () => {
    const i2 = seedIndex();
    const before = computeDiagnostics(analyzeDraft('第24项（牵头单位：发改）', i2));
    // The name it probably is (市发展改革委, suggested) is not reported missing too.
    assert.deepEqual(before.map(x => x.rule), ['unknown-unit']);
    i2.setAliases({ 发改: '市发展改革委' });
    const after = computeDiagnostics(analyzeDraft('第24项（牵头单位：发改）', i2));
    assert.deepEqual(after.map(x => x.rule), ['non-canonical-unit']);
  });
});

describe('doc-number-format', () => {
  test('[2023]', () => void check('聊政办字⟦[2023]⟧3号', ['doc-number-format']));
  test('第 before the serial, a leading zero (GB/T 9704)', () => void check('聊政办字⟦〔2023〕第3号⟧、聊政办字⟦〔2023〕03号⟧、聊政办字⟦[2023]第03号⟧', ['doc-number-format', 'doc-number-format', 'doc-number-format']));
  test('﹝2023﹞ (Word’s small brackets) and full-width digits', () => void check('聊政办字⟦﹝2023﹞⟧3号、聊政办字⟦〔２０２３〕３号⟧', ['doc-number-format', 'doc-number-format']));
  test('a standard 文号 followed by 第N项', () => void check('聊政办字〔2023〕3号第5项、国发〔2019〕10号', []));
  // Only a notice we hold is known to number without 第; some bodies do use it.
  test('第 and zeros in other bodies’ numbers are theirs', () => void check('中国人民银行令〔2021〕第3号、某某〔2023〕0号、国发〔2019〕03号', []));
  test('（2023） and (2023)', () => void check('聊政办字⟦（2023）⟧3号、国发⟦(2019)⟧3号', ['doc-number-format', 'doc-number-format']));
  test('〔2023〕 is right', () => void check('聊政办字〔2023〕3号', []));
});

describe('severities from config', () => {
  test('off', () => void check('第24项（牵头单位：市发改委）', [], { rules: { 'non-canonical-unit': 'off' } }));
  test('raised', () => {
    const { diags } = check('第24项（牵头单位：⟦市发改委⟧）', ['non-canonical-unit'], { rules: { 'non-canonical-unit': 'error' } });
    assert.equal(diags[0].severity, 'error');
  });
  test('English messages', () => {
    const { diags } = check('第⟦107⟧项', ['unknown-task'], { locale: 'en' });
    assert.match(diags[0].message, /has no task 107/);
  });
});

describe('titles: what counts as a quoted title', () => {
  test('a quoted term inside a phrase is not a title', () => void check('第5项“专精特新”企业培育', []));
  test('a shortened title of the same task is fine', () => void check('第12项“两高行业管控”。', []));
  test('an unquoted exact title after a colon is checked', () => void check('第13项：⟦提升发展现代服务业⟧', ['title-mismatch']));
  test('an unquoted exact own title is fine', () => void check('第14项：提升发展现代服务业', []));
});

describe('forms of real drafts (a review of fourteen new drafts)', () => {
  test('a deadline, a person or a field after the units is no unit', () => {
    check('第26项（牵头单位：市水利局；完成时限：2023年12月底）', []);
    check('第26项（责任单位：市水利局，2023年12月底前完成）', []);
    check('第26项（牵头单位：市水利局，责任人：张三）', []);
    check('第26项（牵头单位：市水利局 2023年12月底前完成）', []);
    check('第26项（牵头单位：市水利局。2023年12月底前完成）', []);
    check('第26项（牵头单位：市水利局完成时限：2023年12月）', []);
  });
  test('a clause after the list that names no body ends it; an informal name there is still read', () => {
    check('第26项牵头单位为市水利局，目前进展顺利。', []);
    check('第26项牵头单位：市水利局，进度滞后。', []);
    check('第12项（牵头单位：市发展改革委，市工业和信息化局，⟦市生态环境⟧）', ['unknown-unit']);
  });
  test('the writer’s own body (我局, 本单位) and its offices are no unit to check', () => {
    check('第42项由市发展改革委牵头，我局配合。', []);
    check('第42项由市发展改革委牵头，我局积极配合。', []);
    check('第42项由市发展改革委牵头，本单位配合。', []);
    check('以上任务由局办公室牵头调度。', []);
    // It may be the lead left out: no missing lead is reported beside it.
    check('第35项由我局与市城管局、市工业和信息化局共同牵头。', []);
    check('第35项，我局与市城管局、市工业和信息化局共同牵头。', []);
  });
  test('names joined by 会同 / 同 / 和 / 与, with or without 由', () => {
    check('第35项由市水利局会同市城管局、市工业和信息化局牵头。', []);
    check('第39项由市住房城乡建设局同市城管局共同牵头。', []);
    check('第39项市住房城乡建设局和市城管局共同牵头。', []);
    check('第39项，⟦市住房城乡建设局与⟦市水利局⟧⟧共同牵头。', ['missing-lead-unit', 'wrong-lead-unit']);
  });
  test('names apart by white space or <br>, and a list cut short with 等', () => {
    check('第12项（牵头单位：市发展改革委 市工业和信息化局 市生态环境局）', []);
    check('| 任务编号 | 牵头单位 |\n|---|---|\n| 12 | 市发展改革委<br>市工业和信息化局<br/>市生态环境局 |', []);
    check('第20项（牵头单位：市发展改革委等7个部门）', []);
    check('第8项（牵头单位：市委组织部等）', []);
  });
  test('由A负责 names the unit responsible, as 责任单位 does; 负责 without 由 names none', () => {
    check('第21项由⟦市发展改革委⟧负责。', ['missing-lead-unit']);
    check('第24项由⟦市发改委⟧负责，市财政局配合。', ['non-canonical-unit']);
    check('第12项由⟦市发展改革委⟧负责牵头。', ['missing-lead-unit']);
    check('第21项进展顺利，各县负责做好相关工作。', []);
  });
  test('the first-leads rule stated once for the document holds for every 责任单位 list and column', () => {
    // 43 is led by 市住房城乡建设局 (市城管局 cooperates); 21 by 市交通运输局.
    const { diags } = check('注：责任单位排在第一位的为牵头单位。\n\n第43项（责任单位：⟦⟦市城管局⟧⟧、市住房城乡建设局）\n\n第21项（责任单位：市交通运输局、市发展改革委）', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    assert.ok(diags[1].fixes.every(f => !f.safe), 'no lead is added after the first under the rule');
    check('| 任务编号 | 责任单位 |\n|---|---|\n| 43 | ⟦⟦市城管局⟧⟧、市住房城乡建设局 |\n\n责任单位中排名第一的为牵头单位，下同。', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    // Without it, or stated inside one task's list, the others are read as before.
    check('第43项（责任单位：市城管局、市住房城乡建设局）', []);
    check('第21项（责任单位：市交通运输局、市发展改革委，排在第一位的为牵头单位）\n\n第43项（责任单位：市城管局、市住房城乡建设局）', []);
  });
  test('本项 under a heading that cites a task is that task’s', () => {
    check('## （九）第45项“深度融入黄河国家重大战略”\n\n本项由⟦市发展改革委⟧牵头。', ['missing-lead-unit']);
  });
  test('the lead left out is added after the leads, not after a 责任单位 part that follows them', () => {
    const { text, diags } = check('第12项（牵头单位：⟦市发展改革委⟧；责任单位：各县（市、区）人民政府）', ['missing-lead-unit']);
    const add = diags[0].fixes.find(f => f.safe)!;
    assert.equal(add.edits[0].span.start, text.indexOf('；'));
  });
});

describe('forms of real drafts (a second review, twelve drafts)', () => {
  test('（由A牵头） / （请A牵头） / （分别由A、B牵头）: the names start after 由 / 请', () => {
    check('第26项（由市水利局牵头）进度滞后。', []);
    check('第26项（请市水利局牵头）。', []);
    check('第26项（分别由市水利局、⟦市农业农村局⟧牵头）。', ['wrong-lead-unit']);
  });
  test('A牵头的第N项 / A牵头第N项: the phrase is the citation’s after it, not the one before', () => {
    check('市交通运输局牵头的第21项进度慢。市水利局牵头的第26项进度滞后。', []);
    check('市水利局牵头第26项，市商务局牵头第66项。', []);
    check('市水利局牵头第26项，⟦市商务局⟧牵头第24项。', ['wrong-lead-unit']);
    // Such a phrase names the task by one of its leads, maybe not all: no missing lead (35 is led by three units).
    check('聊城市水利局关于上半年工作进展的报告\n\n我局牵头的第35项“打好深度节水控水攻坚战”进展顺利。', []);
  });
  test('a ditto cell (同上, 〃) names no unit; a zero-width space is no part of a name', () => {
    check('| 任务编号 | 牵头单位 | 配合单位 |\n|---|---|---|\n| 26 | 市水利局 | |\n| 26 | 同上 | 〃 |', []);
    check('第16项“深化数字赋能应用”（牵头单位：市工业和信息化局\u200b）。', []);
  });
  test('rows under a merged task-number cell are that task’s', () => {
    // 27 is led by 市水利局 (市发展改革委 cooperates).
    check('| 序号 | 任务编号 | 具体措施 | 牵头单位 |\n|---|---|---|---|\n| 1 | 27 | 位山灌区续建配套 | 市水利局 |\n| 2 | | 彭楼灌区现代化改造 | ⟦市发展改革委⟧ |', ['cooperating-unit-as-lead']);
    // A row of its own number is its own; a table without a number column is as before.
    check('| 序号 | 任务编号 | 牵头单位 |\n|---|---|---|\n| 1 | 27 | 市水利局 |\n| 2 | 26 | 市水利局 |', []);
  });
  test('第82、83和84项 / 第82、83及84项 / 第82、83、84等3项 cite all of them', () => {
    check('第82、83和⟦107⟧项进展顺利。', ['unknown-task']);
    check('第82、83、⟦107⟧等3项。', ['unknown-task']);
    check('第82、83及84项进展顺利。', []);
    check('第2、3季度完成第1批项目。', []);
  });
  test('an unquoted heading before （第N项） / （对应第N项） is the cited title when it is some task’s exact title', () => {
    // 50 is 实施种业振兴工程; 51 实施高标准农田提升工程.
    check('（三）⟦实施种业振兴工程⟧（第51项）', ['title-mismatch']);
    check('## 2. ⟦实施种业振兴工程⟧（对应第51项）', ['title-mismatch']);
    // With the notice's short title inside the brackets: （《任务》第51项）, （对应《任务》第51项）.
    const short = '《聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务》（以下简称《任务》）\n\n';
    check(`${short}（三）⟦实施种业振兴工程⟧（《任务》第51项）`, ['title-mismatch']);
    check(`${short}（三）⟦实施种业振兴工程⟧（对应《任务》第51项）`, ['title-mismatch']);
    check(`${short}（三）实施种业振兴工程（《任务》第50项）`, []);
    check('（三）实施种业振兴工程（第50项）', []);
    // The writer's own wording of a heading is no title.
    check('（五）加快种业科研攻关（第50项）', []);
  });
  test('number columns headed with the notice’s own numbering (通知序号, 原文序号, 对应通知任务)', () => {
    for (const h of ['通知序号', '原文序号', '对应通知任务']) check(`| 序号 | ${h} | 牵头单位 |\n|---|---|---|\n| 1 | 24 | 市发展改革委 |\n| 2 | ⟦107⟧ | 市商务局 |`, ['unknown-task']);
  });
  test('a 序号 column numbered as the notice (rows whose titles are tasks’ agree) holds task numbers', () => {
    // 1, 2, 6, 18, 19 are those tasks' exact titles: 107 is no task, and row 20's title is 19's.
    const rows = '| 1 | 加强实验室布局提升 | 市科技局 |\n| 2 | 加强创新平台建设 | 市科技局、市工业和信息化局、市发展改革委 |\n| 6 | 优化创新创业生态 | 市科技局、市财政局 |\n| 18 | 强化金融助企服务 | 市工业和信息化局、市地方金融监管局、人民银行聊城市中心支行 |\n';
    check(`| 序号 | 任务名称 | 牵头单位 |\n|---|---|---|\n${rows}| ⟦107⟧ | 推进新任务 | 市科技局 |\n| 20 | ⟦持续激发城乡消费活力⟧ | 市商务局 |`, ['unknown-task', 'title-mismatch']);
    // A row counter (1, 2, 3… and few titles exact), or one a matching title disagrees with, cites nothing.
    check('| 序号 | 任务名称 | 牵头单位 |\n|---|---|---|\n| 1 | 加强实验室布局提升 | 市科技局 |\n| 2 | 加强创新平台建设 | 市科技局、市工业和信息化局、市发展改革委 |\n| 3 | 自拟任务一 | 市科技局 |\n| 4 | 自拟任务二 | 市科技局 |\n| 5 | 自拟任务三 | 市科技局 |', []);
    check('| 序号 | 任务名称 | 牵头单位 |\n|---|---|---|\n| 1 | 加强实验室布局提升 | 市科技局 |\n| 2 | 加强创新平台建设 | 市科技局、市工业和信息化局、市发展改革委 |\n| 3 | 优化创新创业生态 | 市科技局、市财政局 |\n| 107 | 自拟任务 | 市科技局 |', []);
  });
  test('an informal name in prose, outside any unit list, is flagged as a term dictionary would', () => {
    check('⟦市发改委⟧要加强协调，⟦市住建局⟧、市水利局配合。', ['non-canonical-unit', 'non-canonical-unit']);
    // The place before it stays (聊城市发改委 → 聊城市发展改革委); an old name too (市工商局); a bank branch's short form.
    check('聊城⟦市发改委⟧和⟦市工商局⟧，⟦人行聊城市中心支行⟧。', ['non-canonical-unit', 'non-canonical-unit', 'non-canonical-unit']);
    // Not: the notice's own names, full names heading a letter, a longer name it starts (市政府办公室), a former body
    // (原市工商局), another document's title in 《》, a name a unit list holds (checked once, as the list's).
    check('市发展改革委、聊城市发展和改革委员会、市政府办公室、原市工商局', []);
    check('《市发改委关于印发实施方案的通知》', []);
    check('第12项（牵头单位：⟦市发改委⟧、市工业和信息化局、市生态环境局）', ['non-canonical-unit']);
    // A user's alias (the config's aliases) is a term of the dictionary too, but not another level's body.
    const own = new NoticeIndex({ '发改委': '市发展改革委' });
    own.set(SEED_URI, SEED);
    assert.deepEqual(computeDiagnostics(analyzeDraft('发改委牵头推进；县发改委配合。', own)).map(d => d.span), [{ start: 0, end: 3 }]);
    // The safe fix gives the notice's name.
    const { diags } = check('请⟦市工信局⟧牵头。', ['non-canonical-unit']);
    assert.equal(diags[0].fixes[0].edits[0].newText, '市工业和信息化局');
    assert.ok(diags[0].fixes[0].safe);
  });
  test('a label without a colon before a body (牵头单位市水利局, 牵头单位是…, （牵头单位 …）), a clause run into the name', () => {
    // 27 is led by 市水利局 (市发展改革委 cooperates).
    for (const f of ['第27项，牵头单位⟦⟦市农业农村局⟧⟧进度滞后。', '第27项牵头单位是⟦⟦市农业农村局⟧⟧。', '第27项（牵头单位 ⟦⟦市农业农村局⟧⟧）', '第27项，牵头部门⟦⟦市农业农村局⟧⟧正在推进。']) {
      check(f, ['wrong-lead-unit', 'missing-lead-unit']);
    }
    check('第27项，牵头单位市水利局进度较快。', []);
    // A field after a space: the name's span stops at the name (the add-lead fix goes right after it).
    check('第13项 责任单位：⟦⟦市发展改革委⟧⟧ 完成时限：2023年底', ['wrong-lead-unit', 'missing-lead-unit']);
    // Not a label: 牵头单位 before a word that is no body's name.
    check('各牵头单位要对照任务清单；牵头单位市级统筹；第27项的配合单位中有市水利局。', []);
  });
  test('工作内容 / 重点工作 columns hold titles (alone as a header; not 重点工作进展情况)', () => {
    check('| 任务编号 | 工作内容 | 牵头单位 |\n|---|---|---|\n| 13 | ⟦加强“两高”行业管控⟧ | 市工业和信息化局 |', ['title-mismatch']);
    check('| 序号 | 重点工作 | 牵头单位 |\n|---|---|---|\n| 1 | 加强“两高”行业管控 | ⟦⟦市财政局⟧⟧ |', ['wrong-lead-unit', 'missing-lead-unit']);
    check('| 序号 | 重点工作进展情况 | 牵头单位 |\n|---|---|---|\n| 1 | 加强“两高”行业管控 | 市财政局 |', []);
  });
  test('a table cell holding a task’s title and then its text (pasted from the notice) cites that task', () => {
    check('| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 加强实验室布局提升。以省重点实验室重组为契机，布局建设市级重点实验室。 | ⟦⟦市财政局⟧⟧ |', ['wrong-lead-unit', 'missing-lead-unit']);
    // Beside a number column: the first sentence is the title compared (1's title under number 2).
    check('| 任务编号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 2 | ⟦加强实验室布局提升⟧。以省重点实验室重组为契机。 | 市科技局 |', ['title-mismatch']);
    // A first sentence that is no task's title is no citation; beside a number it is compared leniently, as before.
    check('| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 自拟工作内容。具体措施。 | 市财政局 |', []);
    check('| 任务编号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 加强实验室布局提升工作。以省重点实验室重组为契机。 | 市科技局 |', []);
  });
  test('a notice whose tasks are a table is checked against like any other', () => {
    const own = new NoticeIndex();
    own.set('file:///table.md', '# 测试市人民政府办公室关于印发重点任务清单的通知\n\n测政办发〔2024〕5号\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 深化商事制度改革 | 市市场监管局 | 市政务服务管理局 |\n| 2 | 提升政务服务效能 | 市政务服务管理局 | 市大数据局 |\n');
    const text = '第1项“深化商事制度改革”由市政务服务管理局牵头；第2项“深化商事制度改革”；第3项。';
    assert.deepEqual(computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, text.slice(d.span.start, d.span.end)]),
      [['cooperating-unit-as-lead', '市政务服务管理局'], ['missing-lead-unit', '市政务服务管理局'], ['title-mismatch', '深化商事制度改革'], ['unknown-task', '3']]);
  });
  test('the draft’s own items (本方案第3项, 上述第3项) and items of a document not indexed named earlier in the sentence are not ours', () => {
    for (const f of ['上述第3项问题由市商务局负责整改。', '本方案第3项措施由市商务局牵头。', '本表第3项由市商务局牵头。', '根据鲁政办字〔2023〕5号文件要求，第120项已完成。']) check(f, []);
    // Ours still: after our notice named nearer, or in the next sentence.
    check('为贯彻落实国发〔2022〕18号和聊政办字〔2023〕3号文件精神，第⟦107⟧项。', ['unknown-task']);
    check('按照国发〔2022〕18号要求。第⟦107⟧项。', ['unknown-task']);
  });
  test('a labelled list’s clause without a label ending in 配合 is of cooperating units (牵头单位：A；B、C配合)', () => {
    check('第28项（牵头单位：市水利局；市自然资源和规划局、市农业农村局配合）', []);
    check('第28项（牵头单位：市水利局；市自然资源和规划局、市农业农村局参与）', []);
    check('第28项（牵头单位：⟦⟦市农业农村局⟧⟧；市水利局配合）', ['cooperating-unit-as-lead', 'missing-lead-unit']);
  });
  test('a bureau’s own divisions (局河湖管理科, 运行管理科) are its own body: never unknown, the lead may be the bureau', () => {
    check('一、第26项“提升防洪减灾能力”。由局河湖管理科牵头，运行管理科配合。', []);
    check('| 序号 | 任务名称 | 责任科室 | 配合科室 |\n| --- | --- | --- | --- |\n| 26 | 提升防洪减灾能力 | 河湖管理科 | 运行管理科 |', []);
  });
  test('其中第56项与A共同牵头: the writer, unsaid, may be the other lead', () => {
    check('第48至56项均由我局牵头（其中第56项与市市场监管局共同牵头）。', []);
  });
  test('a 责任单位 list naming a cooperating unit: the lead is offered in front of it', () => {
    const { text, diags } = check('第27项“加强大中型灌区续建配套与现代化改造”。责任单位：⟦市发展改革委⟧。', ['missing-lead-unit']);
    const add = diags[0].fixes.find(f => f.title.startsWith('补上'))!;
    assert.ok(!add.safe);
    assert.equal(text.slice(0, add.edits[0].span.start) + add.edits[0].newText + text.slice(add.edits[0].span.end), '第27项“加强大中型灌区续建配套与现代化改造”。责任单位：市水利局、市发展改革委。');
  });
  test('under a heading that cites a task, a line that is only a unit phrase, or a numbered 牵头单位 line, is the task’s', () => {
    // 58 is led by 市农业农村局 and others; 28 by 市水利局.
    check('（四）第58项“促进农村农民全面进步”\n由⟦⟦市商务局⟧⟧牵头。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('## 第28项“加强水土流失综合治理”\n⟦⟦市商务局⟧⟧牵头，市自然资源和规划局配合。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('二、第28项“加强水土流失综合治理”\n1.进展情况：完成治理面积12平方公里。\n2.牵头单位：⟦⟦市商务局⟧⟧', ['wrong-lead-unit', 'missing-lead-unit']);
    // A sentence of narrative with 牵头 in it is not the task's unit list.
    check('（四）第58项“促进农村农民全面进步”\n由市商务局牵头举办了推介会。', []);
  });
  test('我局 / 我委 in a document whose title, 文件 header or signature names its writer is that unit', () => {
    const { diags } = check('聊城市商务局关于2023年重点工作任务进展情况的报告\n一、第12项“加强“两高”行业管控”。（牵头单位：⟦⟦我局⟧⟧）', ['wrong-lead-unit', 'missing-lead-unit']);
    assert.match(diags[0].message, /“我局（市商务局）”不牵头/);
    check('聊城市商务局关于重点任务进展情况的报告\n第19项“持续激发城乡消费活力”（牵头单位：我局）', []);
    // Named as cooperating, the writer is no lead to add beside the others.
    const r = check('市发展改革委关于牵头任务推进情况的汇报\n第95项“推进优质医疗资源扩容升级”，由⟦市卫生健康委⟧牵头，我委配合。', ['missing-lead-unit']);
    assert.ok(r.diags[0].fixes.every(f => !f.safe));
    // The signature names it too; without any, 我局 is still the writer unplaced (no finding).
    check('关于重点任务进展情况的报告\n第12项（牵头单位：⟦⟦我局⟧⟧）\n\n聊城市商务局\n2023年7月5日', ['wrong-lead-unit', 'missing-lead-unit']);
    check('关于重点任务进展情况的报告\n第12项（牵头单位：我局）', []);
  });
  test('from a second review: leaders, counts, proposals, other cities, former bodies, tasks without units, 会同, 我局牵头', () => {
    // A 牵头市领导 label or column names a person; a count of tasks per unit is no unit; a unit's tasks column cites.
    check('第26项“提升防洪减灾能力”（牵头市领导：王某某；牵头单位：市水利局）', []);
    check('| 任务编号 | 任务名称 | 牵头单位 | 牵头市领导 |\n| --- | --- | --- | --- |\n| 26 | 提升防洪减灾能力 | 市水利局 | 王某某 |', []);
    check('| 责任单位 | 牵头任务（项） | 已完成 |\n| --- | --- | --- |\n| 市水利局 | 8 | 2 |', []);
    check('| 单位 | 牵头任务 |\n| --- | --- |\n| 市商务局 | 第66、⟦107⟧项 |', ['unknown-task']);
    // A proposal or a negation is no statement of who leads.
    check('关于第86项“保障促进就业”，建议由市人力资源社会保障局牵头。', []);
    check('建议第47项调整为由市农业农村局牵头。', []);
    // Another city's body; a former body's list; tasks the notice gives no units for; a partner joined by 会同.
    check('茌平区发改局、临清市发改局积极推进，先行与濮阳市发改委开展合作。⟦聊城市发改委⟧牵头。', ['non-canonical-unit']);
    check('原市工商局、市质监局的职责已整合。', []);
    check('第104—106项由市政府办公室牵头。', []);
    check('第39项由市住房城乡建设局牵头，会同市城管局推进。', []);
    // 我局 alone before 牵头 / 是牵头单位, in a report whose title names the writer.
    check('聊城市商务局关于重点任务进展情况的报告\n第28项，⟦⟦我局⟧⟧牵头，市水利局配合。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('聊城市商务局关于重点任务进展情况的报告\n⟦我局⟧牵头的第28项进展顺利。', ['wrong-lead-unit']);
    // A name across a page break: its fix would delete the page number too, so it is offered only.
    const { diags } = check('第56项（牵头单位：市农业农村局、⟦市市场\n\n— 4 —\n\n监督管理局⟧）', ['non-canonical-unit']);
    assert.ok(!diags[0].fixes[0].safe);
  });
  test('a 文号 after a notice’s exact title that is not its own, and spaces inside a 文号', () => {
    const title = '《聊城市人民政府办公室关于印发聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知》';
    const { diags } = check(`根据${title}（⟦聊政办发〔2023〕3号⟧）要求，第⟦107⟧项。`, ['doc-number-format', 'unknown-task']);
    assert.equal(diags[0].fixes[0].edits[0].newText, '聊政办字〔2023〕3号');
    check(`根据${title}（聊政办字〔2023〕3号）要求。`, []);
    const sp = check('根据聊政办字⟦〔2023〕3 号⟧文件要求。', ['doc-number-format']);
    assert.equal(sp.diags[0].fixes[0].edits[0].newText, '〔2023〕3号');
  });
  test('regressions from a review of the day’s code: a longer name, a new table’s 同上', () => {
    // An informal form at the start of a longer name (市发改委员会) is no informal name.
    check('市发改委员会要加强协调。⟦市发改委⟧要加强协调。', ['non-canonical-unit']);
    // A 同上 in the first row under a new header repeats nothing of the table before.
    check('| 任务编号 | 牵头单位 |\n|---|---|\n| 26 | 市水利局 |\n| 任务编号 | 配合单位 |\n|---|---|\n| 26 | 同上 |', []);
  });
  test('the one lead a sentence names for a range or list of tasks must lead each of them', () => {
    const { diags } = check('第41—47项由⟦市发展改革委⟧牵头。', ['wrong-lead-unit']);
    assert.match(diags[0].message, /不牵头其中的第43、44项/);
    check('第26至29项由⟦市水利局⟧牵头。', ['wrong-lead-unit']);
    // Not: the tasks it leads only, an exclusion, 等 (some leads only), a labelled list after two citations.
    check('第41至47项（第43、44项除外）由市发展改革委牵头。', []);
    check('第41—47项由市发展改革委等部门牵头。', []);
    check('第26项和第29项（牵头单位：市水利局）', []);
  });
  test('a 同上 / 〃 cell names the units of the row above, checked against its own row’s task', () => {
    check('| 任务编号 | 任务名称 | 牵头单位 |\n| --- | --- | --- |\n| 21 | 全力推进铁路建设 | 市交通运输局 |\n| 26 | 提升防洪减灾能力 | ⟦⟦同上⟧⟧ |', ['wrong-lead-unit', 'missing-lead-unit']);
    // 27 is led by 市水利局 too; a ditto with nothing above it names nothing.
    check('| 任务编号 | 牵头单位 | 配合单位 |\n|---|---|---|\n| 26 | 市水利局 | |\n| 26 | 同上 | 〃 |\n| 27 | 〃 | 市发展改革委 |', []);
  });
  test('A是牵头单位 / 明确A为牵头单位 / A作为牵头单位 name A as lead', () => {
    check('第28项“加强水土流失综合治理”，⟦⟦市商务局⟧⟧是牵头单位。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第28项，明确⟦⟦市商务局⟧⟧为牵头单位。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第28项，⟦⟦市农业农村局⟧⟧作为牵头单位。', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    check('第28项，市水利局是牵头单位。各牵头单位要加强协调。', []);
    // The notice's leads replace the names; 是牵头单位 stays.
    const { text, diags } = check('第28项，⟦⟦市商务局⟧⟧是牵头单位。', ['wrong-lead-unit', 'missing-lead-unit']);
    const e = diags[0].fixes[0].edits[0];
    assert.equal(text.slice(0, e.span.start) + e.newText + text.slice(e.span.end), '第28项，市水利局是牵头单位。');
  });
  test('an adverb between the names and 牵头 / 配合 is no part of a name (具体, 统筹, 总, 按职责, 予以, 密切…)', () => {
    // 28: 市水利局 leads; 市自然资源和规划局、市农业农村局 cooperate.
    for (const f of ['第28项由市水利局具体牵头。', '第28项由市水利局统筹牵头。', '第28项由市水利局总牵头。', '第28项由市水利局按职责牵头，市农业农村局按职责配合。',
      '第28项由市水利局牵头，市自然资源和规划局、市农业农村局予以配合。', '第28项由市水利局牵头，市自然资源和规划局、市农业农村局密切配合。', '第28项（牵头单位：市水利局；配合单位：市农业农村局积极配合）']) check(f, []);
    check('第28项由⟦⟦市商务局⟧⟧具体牵头。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('⟦⟦市商务局⟧⟧要牵头抓好第28项。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('市水利局要牵头抓好第28项。', []);
  });
  test('beside a unit named as lead that does not lead, adding the missing lead is offered, not applied unasked', () => {
    const { diags } = check('第43项（牵头单位：⟦⟦市城管局⟧⟧）', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    assert.ok(diags[1].fixes.length > 0 && diags[1].fixes.every(f => !f.safe));
  });
  test('分别 (respectively) pairs the k-th lead with the k-th task', () => {
    // 36 is led by 市住房城乡建设局, 37 by 市工业和信息化局.
    check('第36、37项分别由市住房城乡建设局、市工业和信息化局牵头。', []);
    const { diags } = check('第36、37项分别由⟦市工业和信息化局⟧、⟦市住房城乡建设局⟧牵头。', ['wrong-lead-unit', 'wrong-lead-unit']);
    assert.match(diags[0].message, /顺序颠倒/);
    // The swap is offered, not applied unasked; it exchanges the two names as written.
    assert.deepEqual(diags[0].fixes.map(f => [f.safe, f.edits.map(e => e.newText)]), [[false, ['市住房城乡建设局', '市工业和信息化局']], [false, ['市住房城乡建设局']]]);
    check('第36、37项由市住房城乡建设局、⟦市生态环境局⟧分别牵头。', ['wrong-lead-unit']);
    check('第36、37项（牵头单位分别为⟦市工业和信息化局⟧、⟦市住房城乡建设局⟧）', ['wrong-lead-unit', 'wrong-lead-unit']);
    // As many leads as tasks only: else the list is read as usual (and without 分别, as one list for both).
    check('第36、37项分别由⟦市住房城乡建设局⟧牵头。', ['wrong-lead-unit']);
    // A pair's task led by others too: 23 by 市发展改革委 and 市交通运输局.
    check('第23、24项分别由⟦市交通运输局⟧、市发展改革委牵头。', ['missing-lead-unit']);
    check('第36、37项由市工业和信息化局、市住房城乡建设局牵头。', []);
  });
  test('rows pasted from a spreadsheet (cells apart by tabs) are a table', () => {
    const tsv = (rows: string[][]) => rows.map(r => r.join('\t')).join('\n');
    check(tsv([['序号', '任务编号', '任务名称', '牵头单位', '配合单位'], ['1', '24', '聚力攻坚能源项目', '市发展改革委', ''], ['2', '⟦107⟧', '不存在的任务', '市商务局', ''], ['3', '12', '加强“两高”行业管控', '⟦⟦市财政局⟧⟧', '市科技局']]),
      ['unknown-task', 'wrong-lead-unit', 'missing-lead-unit']);
    // Without a header naming its columns, rows are read as prose; a single line with tabs is prose too.
    check(tsv([['1', '第24项', '市发展改革委'], ['2', '第⟦107⟧项', '市商务局']]), ['unknown-task']);
    check('第24项\t进展顺利\t（牵头单位：市发展改革委）', []);
  });
  test('a title before 台账 / 落实 / 清单 / 方案 is read as the cited title', () => {
    check('第99项“⟦加快卫生健康领域信息化建设⟧”推进台账', ['title-mismatch']);
  });
});

describe('forms of real drafts (a third review, ten drafts)', () => {
  test('a wrong title followed by 由…牵头 is a title-mismatch, the units then not checked against the number', () => {
    // “完善兜底性养老服务” is 93's title; 93 is led by 市民政局.
    check('第98项“⟦完善兜底性养老服务⟧”由市医保局、市财政局牵头。', ['title-mismatch']);
  });
  test('a sub-task’s number (12.1, 12-3) in a table cites no task as a whole', () => {
    check('| 任务编号 | 分解任务 | 牵头单位 |\n|---|---|---|\n| 12.1 | 推进水泥行业超低排放改造 | 市生态环境局 |\n| 12-3 | 淘汰落后产能 | 市工业和信息化局 |', []);
    check('| 任务编号 | 牵头单位 |\n|---|---|\n| 1-8 | 市科技局 |\n| ⟦107⟧ | 市商务局 |', ['unknown-task']);
  });
  test('我局 after a join is the writer’s own body, apart from the unit before it', () => {
    check('第98项由市医保局与我局共同牵头。', []);
    check('第98项由市医保局和本单位共同牵头。', []);
    // The writer's own body left unsaid before the join (，与A、B共同牵头 · 会同A牵头): it may be the lead not named.
    check('第12项，与市工业和信息化局、市生态环境局共同牵头，进展顺利。', []);
    check('第12项，会同市工业和信息化局、市生态环境局牵头推进。', []);
    check('第12项，⟦市发展改革委与市工业和信息化局⟧共同牵头。', ['missing-lead-unit']);
    check('第27项，与⟦市农业农村局⟧共同牵头。', ['wrong-lead-unit']);
  });
  test('a task of another level’s document (省任务第45项, 省里第114项) is not checked against ours', () => {
    check('（二）省任务第45项“推进黄河流域生态保护和高质量发展”（牵头单位：省发展改革委）', []);
    check('省里第114项已完成。省级任务第113项推进中。', []);
    check('市级任务第⟦114⟧项推进中。', ['unknown-task']);
  });
  test('units one a line, maybe as bullets, under a label alone on its line', () => {
    // 10 is led by 市工业和信息化局、市投资促进局.
    const { text, diags } = check('**第10项 实施产业链提升行动**\n\n牵头单位：\n- ⟦市工业和信息化局\n- ⟦市商务局⟧⟧', ['missing-lead-unit', 'wrong-lead-unit']);
    // The lead left out is added on a line of its own, as a bullet.
    // (Offered, not applied unasked: 市商务局 beside it leads nothing here.)
    const e = diags[0].fixes.find(f => f.title.startsWith('补上'))!.edits[0];
    assert.equal(text.slice(0, e.span.start) + e.newText + text.slice(e.span.end), '**第10项 实施产业链提升行动**\n\n牵头单位：\n- 市工业和信息化局\n- 市商务局\n- 市投资促进局');
    check('第10项“实施产业链提升行动”\n牵头单位：\n市工业和信息化局\n市投资促进局\n配合单位：\n市商务局', []);
    // A list of names with no label above it is no unit list.
    check('第10项“实施产业链提升行动”\n\n- 市工业和信息化局\n- 市财政局', []);
  });
  test('a bracket holding only units the notice knows, right after a citation, names the unit responsible', () => {
    // 100 is led by 市应急局.
    check('第100项（⟦⟦市财政局⟧⟧）进展滞后。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第100项（市应急局）进展滞后。', []);
    // Its other names are the notice's unit too; anything else in brackets is no list: a level, a remark, a name
    // the notice does not know.
    check('第100项（⟦市应急管理局⟧）进展滞后。', ['non-canonical-unit']);
    check('第12项（市级）推进中。第12项（已完成）。第100项（市科创委）进展滞后。', []);
  });
  test('a footnote marker after a unit’s name is no part of it', () => {
    check('第6项（牵头单位：市科技局、市财政局[^1]）。', []);
    check('第6项（牵头单位：市科技局[1]、市财政局²）。', []);
    check('第6项（牵头单位：市科技局①、市财政局<sup>1</sup>）。', []);
  });
  test('a full name with its second nameplate: the fix keeps the nameplate', () => {
    const { text, diags } = check('第25项（牵头单位：⟦聊城市发展和改革委员会（聊城市能源局）⟧）。', ['non-canonical-unit']);
    const e = diags[0].fixes[0].edits[0];
    assert.equal(text.slice(0, e.span.start) + e.newText + text.slice(e.span.end), '第25项（牵头单位：市发展改革委（聊城市能源局））。');
  });
});

describe('lists organised by unit (落实方案 by department)', () => {
  // 66 and 67 are led by 市商务局 (67 with 市财政局 cooperating), 28 by 市水利局, 1 by 市科技局, 43 has 市城管局
  // cooperating, 23 is led by 市发展改革委 and 市交通运输局.
  test('a unit heading its line: it leads each task after 牵头; a wrong one is reported on its number', () => {
    check('市商务局：牵头第66、67项；配合第28项。', []);
    const { diags } = check('市水利局：牵头第28、⟦66⟧项。', ['wrong-lead-unit']);
    assert.match(diags[0].message, /“市水利局”不牵头第66项（牵头单位：市商务局）/);
    assert.equal(diags[0].fixes.length, 0);
    check('市城管局：牵头第⟦43⟧项。', ['cooperating-unit-as-lead']);
    // Several heads on one line, each with its own tasks.
    check('市商务局：牵头第66项；市水利局：牵头第28项。', []);
    check('市商务局：配合第28项；牵头第⟦1⟧项。', ['wrong-lead-unit']);
    // 负责: the unit leads or cooperates on the task.
    check('市财政局：负责第67项。', []);
    check('市商务局：负责第⟦1⟧项。', ['wrong-lead-unit']);
  });
  test('the tasks’ other leads are under their own headings: no missing lead', () => {
    check('市交通运输局：牵头第23项。', []);
    check('市交通运输局：牵头第23项、第⟦66⟧项。', ['wrong-lead-unit']);
  });
  test('a heading of its own, the tasks by role on the lines under it (blank lines, bullets, numbered tasks)', () => {
    check('（一）市水利局\n牵头任务：第28项、第⟦66⟧项\n配合任务：第67项', ['wrong-lead-unit']);
    check('## 市水利局\n\n- 牵头任务：第⟦66⟧项\n\n- 配合任务：第67项\n', ['wrong-lead-unit']);
    check('二、市商务局（3项）\n牵头任务：\n1.第66项“推进出口提质增效”\n2.第⟦28⟧项“加强水土流失综合治理”\n配合任务：\n3.第1项', ['wrong-lead-unit']);
    check('三、市水利局：\r\n牵头第28项。\r\n配合第⟦200⟧项。', ['unknown-task']);
  });
  test('the heading’s name is checked once, however many groups of tasks follow it', () => {
    check('⟦市发改委⟧：牵头第23项；牵头第24项。', ['non-canonical-unit']);
    check('（二）⟦市科创委⟧\n牵头任务：第1项\n牵头事项：第3项', ['unknown-unit']);
  });
  test('a table by unit (| 单位 | 牵头任务 | 配合任务 |): the row’s unit leads each task of its 牵头任务 cell', () => {
    check('| 单位 | 牵头任务 | 配合任务 |\n|---|---|---|\n| 市水利局 | 第28、⟦66⟧项 | 第67项 |\n| 市商务局 | 66、67 | 28 |\n| ⟦市发改委⟧ | 23、24 | |\n| 市城管局 | ⟦43⟧ | |\n| 市交通运输局 | 23 | 1 |',
      ['wrong-lead-unit', 'non-canonical-unit', 'cooperating-unit-as-lead']);
    // A count column (牵头任务（项）) is no column of tasks; 责任单位 is the row's unit.
    check('| 序号 | 责任单位 | 牵头任务（项） | 牵头任务 | 配合任务 |\n|---|---|---|---|---|\n| 1 | 市科技局 | 3 | 1、3、⟦66⟧ | 28 |', ['wrong-lead-unit']);
    // Rows pasted from a spreadsheet.
    check('单位\t牵头任务\t配合任务\n市水利局\t⟦66⟧\t67\n市商务局\t66\t', ['wrong-lead-unit']);
  });
  test('not a list by unit: no role word, a sentence under the heading, a phrase of its own', () => {
    check('市商务局：第28项进展顺利。', []);
    check('（一）市水利局\n第66项进展顺利。', []);
    check('市商务局：按照第28项要求，加快推进。', []);
    check('由⟦市水利局⟧牵头第66项。', ['wrong-lead-unit']);
  });
});

describe('forms of real drafts (a fourth review, twelve drafts)', () => {
  // 28: 牵头 市水利局; 配合 市自然资源和规划局、市农业农村局.
  test('roles said after the names under a 责任单位 label or in a 责任单位 cell', () => {
    check('第28项“加强水土流失综合治理”（责任单位：市水利局牵头，市自然资源和规划局、市农业农村局配合）', []);
    check('| 任务编号 | 任务名称 | 责任单位 |\n|---|---|---|\n| 第28项 | 加强水土流失综合治理 | 市水利局牵头，市自然资源和规划局、市农业农村局配合 |', []);
    check('第28项（责任单位：⟦⟦市农业农村局⟧⟧牵头，市水利局配合）', ['cooperating-unit-as-lead', 'missing-lead-unit']);
  });
  test('a request or an adverb around cooperating units is no part of their names', () => {
    check('第28项由市水利局牵头，请市农业农村局配合。', []);
    check('第28项由市水利局牵头，请市自然资源和规划局予以配合。', []);
    check('第28项由市水利局牵头，商请⟦市发改委⟧配合。', ['non-canonical-unit']);
  });
  test('a phrase before a comma leads the act of its own clause, not the task cited after it', () => {
    check('6月12日，市发展改革委牵头组织召开专题会议，研究第26项“提升防洪减灾能力”资金保障问题。', []);
    // (市政府督查室, a division of 市政府办公室, is no unit to look up; no missing lead.)
    check('由市政府督查室牵头，对第21至23项开展专项督查。', []);
    check('由⟦⟦市商务局⟧⟧牵头负责第28项。', ['wrong-lead-unit', 'missing-lead-unit']);
  });
  // 35 is led by 市水利局、市城管局、市工业和信息化局.
  test('（与A、B共同牵头） after a unit’s own tasks: the unit is its subject, left unsaid', () => {
    check('市水利局：牵头第35项（与市城管局、市工业和信息化局共同牵头）。', []);
    check('（二）市水利局\n牵头任务：第26、27、28项，第35项（与市城管局、市工业和信息化局共同牵头）', []);
    check('市商务局：牵头第⟦35⟧项（与市城管局、市工业和信息化局共同牵头）。', ['wrong-lead-unit']);
    check('第35项（与市城管局、市工业和信息化局共同牵头）进展顺利。', []);
  });
  test('the draft’s own enumeration, an agenda item, another list’s item: no task of the notice', () => {
    check('会议议定事项如下：第一项，由市水利局牵头做好防汛准备；第二项，由市发展改革委牵头做好项目申报。', []);
    check('第一项议题，由市水利局牵头汇报。', []);
    check('问题清单第3项由市水利局牵头整改。反馈问题第3项由市水利局牵头整改。', []);
    // A task cited in Chinese numerals with a comma after it is still a citation when it counts nothing.
    check('第二十八项，加强水土流失综合治理，由⟦⟦市商务局⟧⟧牵头。', ['wrong-lead-unit', 'missing-lead-unit']);
  });
  test('a range with a doubled dash (——, as an input method types it), ―, −', () => {
    check('第26——28项由市水利局牵头。第26―28项由市水利局牵头。任务26−28由市水利局牵头。', []);
    check('第26——⟦128⟧项进展顺利。', ['unknown-task']);
    check('| 任务编号 | 牵头单位 |\n|---|---|\n| 26——28 | ⟦⟦市商务局⟧⟧ |', ['wrong-lead-unit', 'missing-lead-unit']);
  });
  test('a 文号 with a space before its bracket; the message says what is wrong, each thing once', () => {
    const { diags } = check('按照聊政办字⟦ [2023]3号⟧文件要求。按照聊政办字⟦ 〔2023〕3号⟧文件要求。按照聊政办字⟦〔2023〕３号⟧文件要求。', ['doc-number-format', 'doc-number-format', 'doc-number-format']);
    assert.deepEqual(diags.map(d => d.message), ['发文字号应写作〔2023〕3号：年份用六角括号，不留空格', '发文字号应写作〔2023〕3号：不留空格', '发文字号应写作〔2023〕3号：数字用半角阿拉伯数字']);
    assert.ok(diags.every(d => d.fixes[0].safe && d.fixes[0].edits[0].newText === '〔2023〕3号'));
  });
  test('a long quoted title after a citation is a title whatever word follows it', () => {
    // 55 is “实施畜禽粪污资源化利用工程”; a short quoted term inside a phrase is still no title.
    check('第54项“⟦实施畜禽粪污资源化利用工程⟧”全市已完成招标。', ['title-mismatch']);
    check('第5项“专精特新”企业培育进展顺利。', []);
  });
  test('one lead named for tasks cited one by one (第26项、第24项由A牵头) must lead each', () => {
    // 26 is led by 市水利局, 24 by 市发展改革委.
    check('第26项、第24项由⟦市水利局⟧牵头。', ['wrong-lead-unit']);
    check('市财政局：牵头第64项、第98项（与市医保局共同牵头）。', []);
  });
  test('a misspelt lead is unknown-unit with the right name suggested, not also a missing lead', () => {
    const { diags } = check('第26项“提升防洪减灾能力”（牵头单位：⟦市水力局⟧）', ['unknown-unit']);
    assert.match(diags[0].message, /是否指：市水利局/);
  });
  test('a unit that cooperates on some of several tasks cited says which', () => {
    // 26—28 are led by 市水利局; 市发展改革委 cooperates on 27 only.
    const { diags } = check('第26—28项由⟦⟦市发展改革委⟧⟧牵头。', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    assert.equal(diags[0].message, '“市发展改革委”是第27项的配合单位，不牵头所引3项任务中的任何一项');
  });
  test('a task cell pasted with the notice’s number (28.…, （二十八）…), a 对应任务 cell holding a title', () => {
    check('| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 28.加强水土流失综合治理 | ⟦⟦市自然资源和规划局⟧⟧ | 市水利局 |', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    check('| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 27.⟦加强水土流失综合治理⟧ | 市水利局 |\n| 2 | （二十八）加强水土流失综合治理 | 市水利局 |', ['title-mismatch']);
    // 92 “完善基本养老服务” is led by 市民政局.
    check('| 序号 | 对应任务 | 牵头单位 |\n|---|---|---|\n| 1 | 完善基本养老服务 | ⟦⟦市卫生健康委⟧⟧ |', ['wrong-lead-unit', 'missing-lead-unit']);
  });
  test('a bureau’s own offices and collectives of counterpart departments are no units to look up', () => {
    check('第28项由局水土保持科牵头，办公室、规划计划科配合。', []);
    check('注：本表所列责任单位为市级对口部门，区直各部门对口落实。', []);
  });
  test('a place or its government as a responsible party is no unit to look up', () => {
    check('第14项（牵头单位：市发展改革委、市工业和信息化局、市商务局、市交通运输局；配合单位：临清市政府、冠县政府）', []);
    check('第28项（牵头单位：市水利局；配合单位：市自然资源和规划局、市农业农村局；责任单位：东昌府区、临清市、冠县等）', []);
  });
});

describe('a county’s own notice', () => {
  test('its own bodies are the notice’s units: no “matching bodies” note in a county document checked against it', () => {
    const own = new NoticeIndex();
    own.set('file:///shenxian.md', '# 莘县人民政府办公室\n\n莘政办字〔2024〕5号\n\n## 莘县人民政府办公室关于印发2024年重点工作任务的通知\n\n一、扩大有效投资\n\n1. 积极争取上级资金。争取资金20亿元。（牵头单位：县发展和改革局、县财政局）\n\n2. 抓好重点项目。（牵头单位：县发展和改革局）\n');
    const text = '# 莘县发展和改革局关于2024年重点工作任务进展情况的报告\n\n依据莘政办字〔2024〕5号。\n\n第1项“积极争取上级资金”由县发展和改革局牵头。第2项由县发展和改革局牵头。';
    assert.deepEqual(computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, d.message]), [['missing-lead-unit', '第1项的牵头单位还有：县财政局']]);
    // 我局 in the county body's own document is that body.
    const mine = '# 莘县财政局关于2024年重点工作任务进展情况的报告\n\n第2项由我局牵头。';
    assert.deepEqual(computeDiagnostics(analyzeDraft(mine, own)).map(d => d.rule), ['wrong-lead-unit', 'missing-lead-unit']);
  });
});

describe('a province’s notice', () => {
  test('山东省科技厅 is the notice’s 省科技厅, and 我厅 in its own document is that unit', () => {
    const own = new NoticeIndex();
    own.set('file:///prov.md', '# 山东省人民政府办公厅关于印发数字经济工作要点的通知\n\n鲁政办字〔2023〕12号\n\n1. 壮大集成电路产业。（责任单位：省工业和信息化厅、省科技厅）\n\n2. 做强新型显示产业。（牵头单位：省工业和信息化厅；配合单位：省商务厅）\n');
    const text = '# 山东省科技厅关于落实数字经济工作要点的实施方案\n\n第1项由山东省科技厅牵头。第2项由我厅牵头。';
    assert.deepEqual(computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, text.slice(d.span.start, d.span.end)]),
      [['non-canonical-unit', '山东省科技厅'], ['missing-lead-unit', '山东省科技厅'], ['wrong-lead-unit', '我厅'], ['missing-lead-unit', '我厅']]);
  });
});

describe('a notice that numbers its tasks within each section', () => {
  const own = new NoticeIndex();
  own.set('file:///restart.md', '# 测试省人民政府办公厅关于印发数字经济重点任务的通知\n\n测政办字〔2024〕18号\n\n一、夯实数字基础设施\n\n（一）加快5G网络部署。新建基站。（省通信管理局牵头，省工业和信息化厅参与）\n\n（二）推进算力基础设施建设。建设数据中心。（省发展改革委负责）\n\n二、做强数字产业\n\n（一）壮大电子信息制造业。实施强芯工程。（省工业和信息化厅负责）\n\n（二）培育数据要素市场。建设数据交易平台。（省大数据局牵头，省财政厅参与）\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, text.slice(d.span.start, d.span.end), d.message]);
  test('第二部分第（二）项 names the section’s task; messages name tasks as the notice does', () => {
    assert.deepEqual(run('第二部分第（二）项“培育数据要素市场”，省大数据局牵头。'), []);
    assert.deepEqual(run('第二部分第二项，省大数据局牵头。第一部分第（一）项由省通信管理局牵头。'), []);
    assert.deepEqual(run('第二部分第（二）项“推进算力基础设施建设”。第二部分第（二）项，省发展改革委牵头。'), [
      ['title-mismatch', '推进算力基础设施建设', '“推进算力基础设施建设”是第一部分第（二）项的名称，第二部分第（二）项是“培育数据要素市场”'],
      ['wrong-lead-unit', '省发展改革委', '“省发展改革委”不牵头第二部分第（二）项（牵头单位：省大数据局）'],
      ['missing-lead-unit', '省发展改革委', '第二部分第（二）项的牵头单位还有：省大数据局'],
    ]);
    assert.deepEqual(run('第二部分第（五）项进展顺利。'), [['unknown-task', '五', '测政办字〔2024〕18号 中没有第二部分第（五）项']]);
  });
  test('without its section a number is ambiguous: read by its exact title, else not checked', () => {
    assert.deepEqual(run('第（二）项，省发展改革委牵头。'), []);
    assert.deepEqual(run('第（二）项“培育数据要素市场”，省发展改革委牵头。').map(d => d[0]), ['wrong-lead-unit', 'missing-lead-unit']);
  });
  test('a range in brackets: 第二部分第（一）—（二）项, 第（一）项至第（二）项', () => {
    assert.deepEqual(run('第二部分第（一）—（二）项由省工业和信息化厅牵头。').map(d => d[0]), ['wrong-lead-unit']);
    assert.deepEqual(run('第一部分第（一）项至第（二）项由省通信管理局牵头。').map(d => d[0]), ['wrong-lead-unit']);
  });
  test('a table cell 二（二） is that task', () => {
    assert.deepEqual(run('| 任务编号 | 任务名称 | 牵头单位 |\n| --- | --- | --- |\n| 二（二） | 培育数据要素市场 | 省大数据局 |\n| 一（二） | 培育数据要素市场 | 省发展改革委 |').map(d => d[0]), ['title-mismatch']);
  });
});

describe('forms of real drafts (a fifth review, eleven drafts)', () => {
  test('stock wording after the last name (按职责分工负责, 分别负责) and a verb phrase after 配合A are no part of a name', () => {
    check('第20项“抓好重点项目推进”（责任单位：市发展改革委、市商务局、市投资促进局、市自然资源和规划局、市水利局、市财政局、市生态环境局按职责分工负责）。', []);
    check('第35项“打好深度节水控水攻坚战”（责任单位：市水利局、市城管局、市工业和信息化局分别负责）。', []);
    check('第28项“加强水土流失综合治理”，我局积极配合市水利局实施治理工程。', []);
  });
  test('items of other lists joined to the first (问题清单第3项和第7项), attachments, tables, problems, agenda items', () => {
    check('关于问题清单第3项和第7项反映的问题，由市自然资源和规划局牵头整改。', []);
    check('附件2第3项由市商务局牵头。表1中第3项由市商务局牵头。督查反馈的第3项问题由市商务局牵头整改。', []);
    check('第二项议定事项：由市农业农村局牵头推进高标准农田建设。', []);
  });
  test('由A牵头，会同B、C推进: every partner named after 会同 is no missing lead', () => {
    // 35 is led by 市水利局、市城管局、市工业和信息化局.
    check('第35项由市水利局牵头，会同市城管局、市工业和信息化局推进。', []);
  });
  test('牵头：第66、67项 under a unit’s heading: tasks, not units', () => {
    check('## 市商务局\n\n牵头：第66、67项\n\n配合：第42项', []);
    check('## 市水利局\n\n牵头：第⟦66⟧项', ['wrong-lead-unit']);
  });
  test('第三部分第1项 in a notice numbered through: the first task of part three (19), or part three’s own number', () => {
    check('第三部分第（一）项“持续激发城乡消费活力”由市商务局牵头。第三部分第1项由市商务局牵头。第三部分第19项由市商务局牵头。', []);
    check('第三部分第⟦50⟧项进展顺利。', ['unknown-task']);
  });
  test('more forms of lists by unit: a blank line before the numbered tasks, bold, 为/包括, a count, 。 or —— after the unit', () => {
    check('## 市农业农村局\n\n牵头任务：\n\n1. 第48项“实施“沿黄绿色粮仓”工程”\n2. 第⟦59⟧项“全力推进服务型数字政府建设”', ['wrong-lead-unit']);
    check('## 市商务局\n\n**牵头任务**：第66、67、⟦97⟧项', ['wrong-lead-unit']);
    check('## 市水利局\n\n牵头任务为第26、27、⟦36⟧项。', ['wrong-lead-unit']);
    check('市商务局：牵头任务3项（第66、67、⟦97⟧项）。', ['wrong-lead-unit']);
    check('（一）市商务局。牵头任务：第66、⟦1⟧项\n\n市民政局——牵头第⟦66⟧项', ['wrong-lead-unit', 'wrong-lead-unit']);
  });
  test('a unit’s tasks after 牵头 end at a comma: the clause after it is another matter', () => {
    check('市财政局：牵头第64项，第26项配套资金已拨付。', []);
    check('市水利局：牵头第28、⟦66⟧项。', ['wrong-lead-unit']);
    // One more citation that ends its clause is one more of the unit's tasks.
    check('市交通运输局：牵头第21、22项，第⟦102⟧项。', ['wrong-lead-unit']);
  });
  test('为牵头单位 / 为配合单位 inside a 责任单位 list', () => {
    check('第27项“加强大中型灌区续建配套与现代化改造”（责任单位：市水利局为牵头单位，市发展改革委为配合单位）。', []);
  });
  test('a request before the writer’s own body (请我局配合) is no part of it; places alone as leads ask for no lead', () => {
    check('第14项“提升发展现代服务业”中的内陆港建设，由临清市、冠县牵头。', []);
    check('第43项“有序推进城市更新行动”，由临清市、高唐县政府负责，市住房城乡建设局指导。', []);
  });
});

describe('a notice numbered within sections: table cells', () => {
  const own = new NoticeIndex();
  own.set('file:///county.md', '# 冠县人民政府办公室关于印发重点工作任务的通知\n\n冠政办字〔2023〕8号\n\n一、扩大有效投资\n\n1. 抓好重点项目建设。（牵头单位：县发展和改革局）\n\n2. 积极争取上级资金。（牵头单位：县财政局）\n\n二、激发消费潜力\n\n1. 开展促消费活动。（牵头单位：县商务局）\n\n2. 发展县域商业。（牵头单位：县商务局；配合单位：县交通运输局）\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, text.slice(d.span.start, d.span.end)]);
  test('二、1 · 二.2 · 一.1、二.1; a bare number with the row’s exact title is that task, without one it is not checked', () => {
    const h = '| 序号 | 任务编号 | 任务名称 | 牵头单位 |\n| --- | --- | --- | --- |\n';
    assert.deepEqual(run(`${h}| 1 | 二、1 | 开展促消费活动 | 县商务局 |\n| 2 | 二.2 | 发展县域商业 | 县商务局 |\n| 3 | 2 | 开展促消费活动 | 县商务局 |\n| 4 | 3 | 某项工作 | 县财政局 |`), []);
    assert.deepEqual(run(`${h}| 1 | 二、1 | 开展促消费活动 | 县财政局 |`).map(d => d[0]), ['wrong-lead-unit', 'missing-lead-unit']);
    assert.deepEqual(run('| 单位 | 牵头任务 |\n| --- | --- |\n| 县商务局 | 二.1、二.2 |\n| 县财政局 | 一.2、二.1 |'), [['wrong-lead-unit', '二.1']]);
    // Messages name the tasks by their parts, a number the draft gave with its part as it wrote it.
    const msgs = computeDiagnostics(analyzeDraft('第二部分第5项进展顺利。第一部分第1—2项由县财政局牵头。', own)).map(d => d.message);
    assert.deepEqual(msgs, ['冠政办字〔2023〕8号 中没有第二部分第5项', '“县财政局”不牵头其中的第一部分第1项（所引2项任务中它牵头的是第一部分第2项）']);
  });
});

describe('forms of real drafts (a sixth review, eighteen drafts)', () => {
  test('A牵头，负责/承担/推动第N项 and A牵头，会同B推进第N项: the phrase is that task’s; another act after a comma is not', () => {
    check('⟦⟦市发展改革委⟧⟧牵头，负责第26项。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('⟦⟦市发展改革委⟧⟧牵头，市交通运输局配合，推动第22项济南至临清高速开工。', ['cooperating-unit-as-lead', 'missing-lead-unit']);
    check('第26项“提升防洪减灾能力”由市水利局牵头，完成隐患排查。市生态环境局牵头，会同市农业农村局推进第32项。', []);
    check('6月12日，市发展改革委牵头组织召开专题会议，研究第26项“提升防洪减灾能力”资金保障问题。', []);
  });
  test('a part of a task (第23项中的…工作, 第20项的资金保障) or a phrase in a later sentence names one of its leads', () => {
    check('市财政局牵头，负责第20项的资金保障。', []);
    check('第45项中的黄河滩区工作由聊城黄河河务局负责。', []);
    check('聊城市水利局关于重点任务进展情况的报告\n\n第45项“深度融入黄河国家重大战略”。按照市发展改革委统一部署，我局牵头做好“四水四定”相关工作。', []);
    // 本项 refers back to the whole task.
    check('第35项“打好深度节水控水攻坚战”进展顺利。本项由⟦市水利局、市城管局⟧牵头。', ['missing-lead-unit']);
  });
  test('the draft’s own items one paragraph each (第一项，关于…), its own parts (本方案第二部分第3项), parts carried to a joined item', () => {
    check('会议议定以下事项：\n\n第一项，关于“两河”文化试验区建设，由市文化和旅游局牵头。\n\n第二项，关于文化产业发展，由市委宣传部牵头。', []);
    check('本方案第二部分第3项由市商务局牵头。', []);
    check('第三部分第1项、第2项由市商务局牵头。', []);
  });
  test('another list’s item with the task’s exact title is the task; adverbs and 联合 around the names', () => {
    check('督查发现问题第26项“提升防洪减灾能力”由⟦⟦市商务局⟧⟧牵头。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第26项由市水利局继续牵头，第95项由市卫生健康委联合市发展改革委牵头。', []);
    check('⟦市商务局⟧按照职责分工牵头第26项。', ['wrong-lead-unit']);
  });
  test('A是第N项的牵头单位 names a lead of it; A负责第N项 names a unit responsible for it', () => {
    check('⟦市商务局⟧是第26项的牵头单位。', ['wrong-lead-unit']);
    check('市城管局是第44项的牵头单位，我局推进智慧社区建设。', []);
    check('⟦市商务局⟧负责第26项，市水利局配合。', ['wrong-lead-unit']);
    check('市水利局负责第26项。', []);
  });
  test('（括号内为牵头单位） stated once: the units in brackets after a citation are its leads', () => {
    // 43 is led by 市住房城乡建设局; 市城管局 cooperates.
    check('根据聊政办字〔2023〕3号要求，以下任务进度滞后（括号内为牵头单位）：\n\n1. 第43项“有序推进城市更新行动”（市住房城乡建设局、⟦市城管局⟧）。', ['cooperating-unit-as-lead']);
    check('以下任务进度滞后：\n\n1. 第43项“有序推进城市更新行动”（市住房城乡建设局、市城管局）。', []);
  });
  test('a column of a body’s own departments holds no units of the notice', () => {
    check('| 序号 | 任务编号 | 牵头单位 | 区内责任部门 |\n| --- | --- | --- | --- |\n| 1 | 26 | 市水利局 | 经济发展局、党政办公室 |', []);
  });
  test('主办单位 / 协办单位 columns', () => {
    check('| 序号 | 任务编号 | 任务名称 | 主办单位 | 协办单位 |\n|---|---|---|---|---|\n| 1 | 21 | 全力推进铁路建设 | ⟦⟦市发展改革委⟧⟧ | |', ['cooperating-unit-as-lead', 'missing-lead-unit']);
  });
});

describe('a draft about several notices, a section each', () => {
  // The seed and a second notice; the seed's 12 is led by 市发展改革委、市工业和信息化局、市生态环境局.
  const two = seedIndex();
  two.set('file:///second.md', '# 测城市人民政府办公室关于印发数字经济重点任务的通知\n\n测政办字〔2023〕2号\n\n一、夯实数字基础\n\n1. 建设算力中心。新建数据中心。（牵头单位：市大数据局；配合单位：市财政局）\n\n2. 推进5G网络覆盖。新建基站。（牵头单位：市工业和信息化局）\n\n3. 培育数据要素市场。（牵头单位：市大数据局、市市场监管局）\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, two)).map(d => [d.rule, text.slice(d.span.start, d.span.end)]);
  const report = '# 市大数据局关于重点任务落实情况的报告\n\n一、聊政办字〔2023〕3号落实情况\n\n第12项由市发展改革委、市工业和信息化局、市生态环境局牵头，我局配合。\n\n二、测政办字〔2023〕2号落实情况\n\n（一）第1项由市大数据局牵头，市财政局配合。\n\n（二）第3项由市大数据局牵头。\n\n| 序号 | 任务 | 牵头单位 |\n| --- | --- | --- |\n| 2 | 推进5G网络覆盖 | 市工业和信息化局 |\n\n三、下步打算\n\n第12项由市发展改革委、市工业和信息化局、市生态环境局牵头。';
  test('a heading naming one notice binds its section to it, to the next heading of its level', () => {
    // 第1、3项 and the table row are the second notice's; after 三、 the seed is the notice again.
    assert.deepEqual(run(report), [['missing-lead-unit', '市大数据局']]);
    // Checked against the seed, 第3项 would be a wrong lead; against the second, only 市市场监管局 is missing.
    assert.deepEqual(run(report.replace('三、下步打算', '三、下步打算\n\n第3项由市商务局牵头。')).map(r => r[0]), ['missing-lead-unit', 'wrong-lead-unit', 'missing-lead-unit']);
  });
  test('the heading’s head only: a notice named later in a numbered paragraph binds nothing after it', () => {
    const text = '依据聊政办字〔2023〕3号。\n\n（一）按照会议要求，第12项由市发展改革委、市工业和信息化局、市生态环境局牵头，并参照测政办字〔2023〕2号执行。\n\n第12项由市发展改革委、市工业和信息化局、市生态环境局牵头。';
    assert.deepEqual(run(text), []);
  });
  test('附件2 alone on its line and the title line after it naming the notice; a table caption naming it', () => {
    assert.deepEqual(run('依据聊政办字〔2023〕3号、测政办字〔2023〕2号。\n\n附件2\n\n测政办字〔2023〕2号任务推进台账\n\n| 任务编号 | 任务名称 | 牵头单位 |\n|---|---|---|\n| 2 | 推进5G网络覆盖 | 市工业和信息化局 |'), []);
    assert.deepEqual(run('依据聊政办字〔2023〕3号。\n\n表2 测政办字〔2023〕2号涉及我局任务\n\n| 任务编号 | 任务名称 | 牵头单位 |\n|---|---|---|\n| 2 | 推进5G网络覆盖 | 市工业和信息化局 |\n\n第12项由市发展改革委、市工业和信息化局、市生态环境局牵头。'), []);
  });
  test('a citation whose quoted title is exactly the same-numbered task’s of another notice is that notice’s', () => {
    // Outside any section about it: 2 “推进5G网络覆盖” is the second notice's (the seed's 2 is 加强创新平台建设…).
    assert.deepEqual(run('依据聊政办字〔2023〕3号、测政办字〔2023〕2号。\n\n三、存在问题\n\n第2项“推进5G网络覆盖”由市工业和信息化局牵头。'), []);
    assert.deepEqual(run('依据聊政办字〔2023〕3号、测政办字〔2023〕2号。\n\n| 序号 | 文件 | 任务编号 | 任务名称 | 牵头单位 |\n|---|---|---|---|---|\n| 1 | 测政办字〔2023〕2号 | 2 | 推进5G网络覆盖 | 市工业和信息化局 |'), []);
  });
  test('a heading naming two notices binds to neither; 附件 ends every section; Markdown headings nest', () => {
    assert.deepEqual(run('一、聊政办字〔2023〕3号和测政办字〔2023〕2号落实情况\n\n第12项由市发展改革委、市工业和信息化局、市生态环境局牵头。'), []);
    assert.deepEqual(run('依据聊政办字〔2023〕3号。\n\n## 测政办字〔2023〕2号\n\n### 进展\n\n第2项由市工业和信息化局牵头。\n\n附件：\n\n第12项由市发展改革委、市工业和信息化局、市生态环境局牵头。'), []);
    // Outside its section the second notice's 2 is read as the seed's (聊政办字 named first, so declared), whose
    // leads are 市科技局、市工业和信息化局、市发展改革委.
    assert.deepEqual(run('聊政办字〔2023〕3号。\n\n## 测政办字〔2023〕2号\n\n第2项由市工业和信息化局牵头。\n\n## 其他\n\n第2项由市工业和信息化局牵头。').map(r => r[0]), ['missing-lead-unit']);
  });
});

describe('forms of real drafts (a seventh review, eighteen drafts)', () => {
  test('the writer’s own body last in a run of leads (A、B、我局为牵头单位 · A、我局共同牵头): every name is read', () => {
    // 86 is led by 市发展改革委、市人力资源社会保障局、市财政局; 98 by 市医保局、市财政局. The writer is 市财政局.
    const head = '# 聊城市财政局关于2023年重点工作任务资金保障情况的报告\n\n';
    check(head + '第86项“保障促进就业”，市发展改革委、市人力资源社会保障局、我局为牵头单位。\n\n第98项，市医保局、我局共同牵头。', []);
    check(head + '第86项，⟦市发展改革委⟧、我局为牵头单位。', ['missing-lead-unit']);
  });
  test('配合单位为我委 is a label and the writer (no unknown unit); the missing lead goes to the leads', () => {
    const head = '# 聊城市卫生健康委员会关于2023年重点工作任务推进情况的报告\n\n';
    check(head + '第98项“完善医疗保险和救助”。牵头单位为市医保局、市财政局；配合单位为我委。', []);
    const { text, diags } = check(head + '第98项“完善医疗保险和救助”。牵头单位为⟦市医保局⟧；配合单位为我委。', ['missing-lead-unit']);
    const fix = diags[0].fixes.find(f => f.safe)!;
    assert.equal(text.slice(0, fix.edits[0].span.start) + fix.edits[0].newText + text.slice(fix.edits[0].span.end), head + '第98项“完善医疗保险和救助”。牵头单位为市医保局、市财政局；配合单位为我委。');
  });
  test('会同 before any body’s name joins two names (由市水利局会同聊城黄河河务局负责)', () => {
    check('第45项中的“四水四定”工作，由市水利局会同聊城黄河河务局负责。', []);
    check('第26项由市水利局会同⟦聊城黄河河务局⟧负责。', ['wrong-lead-unit']);
  });
  test('a citation that is a sentence by itself: the sentence after it that opens with the list is the whole task’s', () => {
    // 91 is led by 市民政局、市财政局、市医保局.
    check('第91项“推动低保护围增效”。由⟦市民政局⟧牵头，市财政局、市医保局配合。', ['missing-lead-unit']);
    check('（二）关于第91项。由⟦市民政局⟧牵头，市财政局、市医保局配合。', ['missing-lead-unit']);
    check('第91项“推动低保护围增效”。由市民政局、市财政局、市医保局牵头。', []);
    // A sentence with words of its own before the list names a part of the work: one of its leads.
    check('第91项“推动低保护围增效”。按照统一部署，市民政局牵头做好低保认定工作。', []);
  });
  test('第N项涉及我局的工作… names a part of the task: one of its leads', () => {
    check('# 聊城市生态环境局关于重点工作任务进展情况的报告\n\n第45项涉及我局的工作为黄河流域生态保护，由我局、市水利局、聊城黄河河务局负责。', []);
    check('第45项由⟦市水利局、聊城黄河河务局⟧负责。', ['missing-lead-unit']);
  });
});

describe('forms of real drafts (a seventh review): no units where there are none, a unit table’s header', () => {
  test('等单位 with a sentence after it ends the list; 排在第一位的牵头单位; an ad hoc body (领导小组办公室); a division 市政设施科', () => {
    check('牵头单位：市发展改革委、市科技局、市商务局等单位要对照任务目标，逐项说明完成情况。', []);
    check('多个单位共同牵头的任务，由排在第一位的牵头单位负责汇总报送。', []);
    check('第104—106项由领导小组办公室负责汇总，各单位不再单独报送。', []);
    check('# 聊城市住房和城乡建设局关于落实2023年重点工作任务的局内分工\n\n第43项“有序推进城市更新行动”（市政设施科负责）。', []);
  });
  test('a unit table headed 被考核单位 / 承担单位 / 被督查单位 is a table by unit', () => {
    // 24 is led by 市发展改革委; 66 by 市商务局.
    for (const h of ['被考核单位', '承担单位', '被督查单位']) {
      check(`| 序号 | ${h} | 牵头任务 | 配合任务 | 得分 |\n| --- | --- | --- | --- | --- |\n| 1 | 市交通运输局 | 第21、22、23、⟦24⟧项 | | 93.7 |`, ['wrong-lead-unit']);
    }
  });
});

describe('forms of real drafts (a seventh review): units after a citation without a label', () => {
  test('第N项：A（牵头）、B — roles marked after the names, after a colon', () => {
    // 26 is led by 市水利局; 28 by 市水利局, with 市自然资源和规划局、市农业农村局 cooperating.
    check('第26项：⟦⟦市商务局⟧⟧（牵头）、市水利局。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第28项：⟦市农业农村局⟧（牵头），市水利局、市自然资源和规划局（配合）。', ['cooperating-unit-as-lead']);
    check('第26项：市水利局（牵头）、市商务局。', []);
    // No marker, no list: a colon before prose.
    check('第26项：市商务局已完成年度目标。', []);
  });
  test('第N项，A负责，B协助 — a known unit before 负责 right after the citation', () => {
    check('第26项，⟦⟦市商务局⟧⟧负责，市水利局协助。', ['wrong-lead-unit', 'missing-lead-unit']);
    check('第26项，市水利局负责，市商务局协助。', []);
  });
  test('（对应第N项，A牵头） after a heading: the list is that task’s, all its leads asked for', () => {
    check('（三）丰富群众精神文化生活（对应第79项，⟦市委宣传部⟧牵头）。组织开展活动。', ['missing-lead-unit']);
  });
});

describe('a notice whose 1. tasks start again under each （一） heading', () => {
  const own = new NoticeIndex();
  own.set('file:///sub.md', '# 浙江省生态环境厅关于印发工作要点的通知\n\n浙环函〔2024〕36号\n\n二、重点任务\n\n（一）深化工业污染治理\n\n1．推进水泥行业超低排放改造。（牵头单位：大气环境处）\n\n2．开展涉VOCs重点行业综合治理。（牵头单位：大气环境处）\n\n（二）强化移动源污染防治\n\n1．加快老旧车辆淘汰。（牵头单位：机动车处）\n\n2．加强非道路移动机械监管。（牵头单位：机动车处）\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, text.slice(d.span.start, d.span.end), d.message]);
  test('第（二）部分第1项 names the heading’s task; messages name tasks so', () => {
    assert.deepEqual(run('第（二）部分第1项由机动车处牵头。第（二）部分第2项“加强非道路移动机械监管”由机动车处牵头。'), []);
    assert.deepEqual(run('第（一）部分第2项由机动车处牵头。').map(r => [r[0], r[2]]), [
      ['wrong-lead-unit', '“机动车处”不牵头第（一）部分第2项（牵头单位：大气环境处）'], ['missing-lead-unit', '第（一）部分第2项的牵头单位还有：大气环境处']]);
    assert.deepEqual(run('第（二）部分第3项由机动车处牵头。').map(r => r[0]), ['unknown-task']);
  });
});

describe('the writer of a document (a seventh review)', () => {
  test('a title that starts with the unit without 关于, a signature naming one of its divisions', () => {
    // 9 is led by 市工业和信息化局、市发展改革委、市农业农村局.
    check('# 市工业和信息化局2023年8月份重点任务调度情况\n\n第9项“塑优建强优势产业集群”（⟦我局⟧牵头，市发展改革委、市农业农村局配合）。', ['missing-lead-unit']);
    check('重点任务调度情况\n\n第9项“塑优建强优势产业集群”（⟦我局⟧牵头，市发展改革委、市农业农村局配合）。\n\n市工业和信息化局综合科', ['missing-lead-unit']);
    check('# 市工业和信息化局2023年8月份重点任务调度情况\n\n第9项“塑优建强优势产业集群”（我局、市发展改革委、市农业农村局牵头）。', []);
  });
  test('a district’s own notice issued with its city’s name (成都市武侯区人民政府办公室): no county-to-city mapping', () => {
    const own = new NoticeIndex();
    own.set('file:///wh.md', '# 成都市武侯区人民政府办公室关于印发重点任务清单的通知\n\n成武府办发〔2024〕8号\n\n一、城市更新\n\n1. 提升背街小巷品质。整治30条。（牵头单位：区城管局；配合单位：区住建交通局）\n\n2. 建设社区综合体。（牵头单位：区民政局）\n');
    const text = '# 武侯区城市更新局关于城市更新重点任务推进情况的报告\n\n第1项由区住建交通局牵头。第2项由区人社局牵头。';
    assert.deepEqual(computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, d.message]), [
      ['cooperating-unit-as-lead', '“区住建交通局”是第1项的配合单位，不是牵头单位'], ['missing-lead-unit', '第1项的牵头单位还有：区城管局'],
      ['unknown-unit', '通知中没有“区人社局”'], ['missing-lead-unit', '第2项的牵头单位还有：区民政局']]);
  });
});

describe('a department’s own notice to its divisions (科室)', () => {
  const own = new NoticeIndex();
  own.set('file:///edu.md', '# 洛阳市教育局关于印发2024年工作要点任务分工的通知\n\n洛市教〔2024〕15号\n\n每项任务排在第一位的为牵头科室（单位），其他为配合科室（单位）。\n\n一、重点任务\n\n1．深化“县管校聘”改革。（责任单位：组织人事科、教师工作科）\n\n2．实施名师培育工程。（责任单位：教师工作科、市教师发展中心）\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, text.slice(d.span.start, d.span.end)]);
  test('its divisions are its units: a wrong one is reported; the issuer before a division is that division', () => {
    assert.deepEqual(run('第2项由组织人事科牵头。'), [['wrong-lead-unit', '组织人事科'], ['missing-lead-unit', '组织人事科']]);
    assert.deepEqual(run('第1项由组织人事科牵头，教师工作科配合。第2项由教师工作科牵头。'), []);
    assert.deepEqual(run('第1项由市教育局组织人事科牵头。').map(r => r[0]), ['non-canonical-unit']);
  });
});

describe('forms of real drafts (a ninth review, eighteen drafts)', () => {
  test('牵头任务1—9月 is a span of months; a count column and a remark in a table by unit are no units', () => {
    check('# 聊城市水利局关于重点任务进展情况的报告\n\n现将我局牵头任务1—9月完成情况报告如下。', []);
    check('| 序号 | 考核单位 | 牵头任务 | 配合任务 | 牵头任务完成数 | 配合任务完成数 | 扣分原因 |\n|---|---|---|---|---|---|---|\n| 1 | 市水利局 | 第26、27、28项 | | 3 | 0 | 第26项进度滞后 |', []);
  });
  test('（一）标题（第90项）。由A牵头，B配合。 — the sentence after the heading is the whole task’s', () => {
    // 90 is led by 市卫生健康委、市民政局.
    check('（一）完善生育保障（第90项）。由⟦市卫生健康委⟧牵头，市民政局配合。', ['missing-lead-unit']);
  });
  test('上述任务均由 / 本项任务由 / 该项任务由 later in the paragraph refer back to the whole task', () => {
    check('第12项“加强“两高”行业管控”已完成年度目标。本项任务由⟦市发展改革委⟧牵头。', ['missing-lead-unit']);
    check('第39项、第40项。今年完成管网改造46公里。上述任务均由市住房城乡建设局、市城管局负责。', []);
  });
  test('a 整改责任单位 column and a table of tasks behind (| 责任单位 | 滞后任务 |) ask for no other lead', () => {
    check('| 序号 | 反馈问题 | 对应任务 | 整改措施 | 整改责任单位 |\n|---|---|---|---|---|\n| 1 | 节水器具普及率低 | 第35项“打好深度节水控水攻坚战” | 改造 | 市城管局 |', []);
    check('| 序号 | 责任单位 | 滞后任务 | 滞后原因 |\n|---|---|---|---|\n| 1 | 市科技局 | 第72项 | 配合不到位 |', []);
    check('| 序号 | 责任单位 | 滞后任务 |\n|---|---|---|\n| 1 | ⟦市商务局⟧ | 第26项 |', ['wrong-lead-unit']);
  });
  test('second nameplates bodies commonly carry, and former names (原市安监局)', () => {
    check('第63项“建设高标准市场体系”由市知识产权局、市发展改革委牵头。第33项“强化生态建设和修复”由市林业局牵头。第24项由市能源局牵头。', []);
    check('第12项由市发展改革委（市能源局）、市工业和信息化局、市生态环境局牵头。', []);
    check('第100项“着力抓实安全生产”由⟦原市安监局⟧牵头。', ['non-canonical-unit']);
  });
  test('a lightly reworded title is title-variant, with the notice’s title offered (not applied unasked)', () => {
    const { diags } = check('第64项“⟦深化市以下财政体制改革⟧”进展顺利。第33项“⟦加强生态建设和修复⟧”进展顺利。', ['title-variant', 'title-variant']);
    assert.equal(diags[0].severity, 'information');
    assert.deepEqual(diags[0].fixes.map(f => [f.edits[0].newText, f.safe]), [['推进市以下财政体制改革', false]]);
  });
  test('a short form of the title in its order (第27项“灌区改造”) is no mismatch', () => {
    check('第27项“灌区改造”由市水利局牵头，市发展改革委配合。', []);
    check('第27项“⟦灌溉水利⟧”进展顺利。', ['title-mismatch']);
  });
  test('a no-break or typographic space around the number (a Word or web copy)', () => {
    check('第\u00a0⟦107⟧\u00a0项进展顺利。第\u2002⟦108⟧\u2002项进展顺利。', ['unknown-task', 'unknown-task']);
  });
});

describe('a notice of articles (若干措施: 第一条, 第二条…)', () => {
  const own = new NoticeIndex();
  own.set('file:///tiao.md', '# 河南省商务厅关于印发促进消费若干措施的通知\n\n豫商促〔2024〕4号\n\n第一条　开展汽车以旧换新活动。（责任单位：省商务厅、省公安厅）\n\n第二条　支持家电家居消费。（责任单位：省商务厅、省工业和信息化厅）\n\n第三条　扩大文旅消费。（责任单位：省文化和旅游厅）\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, d.message]);
  test('its articles are its tasks, cited and named as 第三条', () => {
    assert.deepEqual(own.get('file:///tiao.md')!.notice.tasks.map(t => `${t.number} ${t.title}`), ['1 开展汽车以旧换新活动', '2 支持家电家居消费', '3 扩大文旅消费']);
    assert.deepEqual(run('第三条由省文化和旅游厅负责。第一条由省商务厅、省公安厅负责。'), []);
    assert.deepEqual(run('第三条由省商务厅负责。'), [['wrong-lead-unit', '“省商务厅”不是第三条的责任单位（牵头单位：省文化和旅游厅）'], ['missing-lead-unit', '第三条的牵头单位还有：省文化和旅游厅']]);
  });
});

describe('a task table numbered in two levels (1.1, 1.2 under a row 1)', () => {
  const own = new NoticeIndex();
  own.set('file:///dec.md', '# 淄博市人民政府办公室关于印发数字经济重点任务清单的通知\n\n淄政办字〔2024〕15号\n\n| 序号 | 重点任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 数字基础设施建设 | |\n| 1.1 | 加快5G网络建设 | 牵头：市工业和信息化局；配合：淄博电信 |\n| 1.2 | 建设算力中心 | 牵头：市大数据局；配合：市财政局 |\n| 2 | 数字产业化 | |\n| 2.1 | 培育软件产业 | 牵头：市工业和信息化局；配合：市科技局 |\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, d.message]);
  test('the rows are its tasks, labelled 1.1; drafts cite 第2.1项 and table cells 2.1', () => {
    assert.deepEqual(own.get('file:///dec.md')!.notice.tasks.map(t => `${t.number} ${t.label} ${t.title}`), ['1 1.1 加快5G网络建设', '2 1.2 建设算力中心', '3 2.1 培育软件产业']);
    assert.deepEqual(run('第2.1项由市工业和信息化局牵头。第1.2项“建设算力中心”进展顺利。\n\n| 任务编号 | 任务名称 | 牵头单位 |\n| --- | --- | --- |\n| 1.1 | 加快5G网络建设 | 市工业和信息化局 |'), []);
    assert.deepEqual(run('第2.1项由市大数据局牵头。第5.1项进展顺利。').map(r => r[1]), ['“市大数据局”不牵头第2.1项（牵头单位：市工业和信息化局）', '第2.1项的牵头单位还有：市工业和信息化局', '淄政办字〔2024〕15号 中没有第5.1项']);
  });
  test('against a notice numbered through, 第12.1项 is a part of a task, not checked; 第3项第2条 is an item of task 3', () => {
    check('第12.1项由市商务局牵头。', []);
    check('第3项第2条举措由市科技局牵头。第3项第5条由市科技局牵头。', []);
  });
});

describe('forms of real drafts (a twelfth review, eighteen drafts from new offices)', () => {
  test('a town’s or street’s document in a county, and a county title without 关于, are the county’s', () => {
    check('茌平区博平镇人民政府关于重点工作推进情况的报告\n第51项“实施高标准农田提升工程”由区农业农村局牵头。', []);
    check('冠县烟庄街道办事处关于重点工作推进情况的报告\n第51项“实施高标准农田提升工程”由县农业农村局牵头。', []);
    check('阳谷县人民政府常务会议纪要\n第51项由县农业农村局牵头。', []);
    check('冠县发展和改革局2023年工作总结\n第47项由县发展改革局牵头。', []);
  });
  test('the writer from a 述职 title and a bulletin’s masthead', () => {
    // 41 is led by 市发展改革委、市住房城乡建设局、市自然资源和规划局、市城管局.
    check('聊城市住房和城乡建设局局长2023年度述职述廉报告\n第41项由⟦市发展改革委⟧和我局共同牵头。', ['missing-lead-unit']);
    check('投资促进工作简报\n聊城市投资促进局办公室编　　2023年10月12日\n第10项“实施产业链提升行动”由⟦市工业和信息化局⟧牵头，我局配合。', ['missing-lead-unit']);
  });
  test('a leader named with the unit is no part of it; a leader alone is no unit', () => {
    check('第26项由市水利局主要负责同志牵头，每月调度一次。第22项“加快构建高速公路网”由市交通运输局党组书记、局长张明同志牵头负责。第26项由王建副市长牵头，市水利局具体负责。', []);
  });
  test('an informal name after 对接 / 联系 / 协调 / 督促 is flagged as after 配合', () => {
    check('我公司主动对接⟦市发改委⟧，全力服务。我局及时联系⟦市工信局⟧。', ['non-canonical-unit', 'non-canonical-unit']);
  });
  test('a problem table with a 牵头单位 column still asks for every lead; items of a batch or of a counted list are not tasks', () => {
    check('| 任务编号 | 任务名称 | 牵头单位 | 滞后情况 |\n|---|---|---|---|\n| 91 | 推动低保护围增效 | ⟦市民政局⟧ | 仅完成52% |', ['missing-lead-unit']);
    check('今年第2批第5项由市水利局牵头完成。任务清单第3批第12项由市交通运输局牵头。共梳理问题13项，第1项至第5项由市水利局牵头整改。', []);
    // A unit's tasks enumerated inline with markers (（1）第26项；（2）第28项) are one list: a wrong one is reported.
    check('⟦市水利局⟧牵头的任务有：（1）第26项；（2）第28项；（3）第36项。', ['wrong-lead-unit']);
    check('（1）第26项由市水利局牵头；（2）第28项由市水利局牵头。', []);
    // A number past the count, or not right after it, is a task.
    check('共梳理问题13项，第28项由⟦⟦市财政局⟧⟧牵头。', ['wrong-lead-unit', 'missing-lead-unit']);
  });
});

describe('line ends', () => {
  test('lone CRs (an old Mac file; LSP counts them as line ends) read as LF: a table is a table, offsets unchanged', () => {
    const rows = ['| 任务编号 | 任务名称 | 牵头单位 | 配合单位 |', '| --- | --- | --- | --- |', '| 12 | 加强“两高”行业管控 | 市发改委 | |', '| 13 | 严格化工园区管理 | 市生态环境局 | |'];
    const lf = computeDiagnostics(analyzeDraft(rows.join('\n'), idx)).map(d => [d.rule, d.span.start, d.span.end]);
    const cr = computeDiagnostics(analyzeDraft(rows.join('\r'), idx)).map(d => [d.rule, d.span.start, d.span.end]);
    assert.equal(lf.length, 4);
    assert.deepEqual(cr, lf);
  });
});

describe('a unit the notice writes with its second nameplate (市市场监管局（市知识产权局）)', () => {
  const own = new NoticeIndex();
  own.set('file:///plate.md', '# 某市人民政府办公室关于印发重点任务的通知\n\n某政办发〔2024〕6号\n\n一、重点任务\n\n1. 加强知识产权保护。建设保护中心。（牵头单位：市市场监管局（市知识产权局）；配合单位：市公安局）\n\n2. 规范涉企行政执法。推行包容审慎监管。（牵头单位：市司法局；配合单位：市市场监管局、县供销合作社联合社）\n');
  const run = (text: string) => computeDiagnostics(analyzeDraft(text, own)).map(d => [d.rule, text.slice(d.span.start, d.span.end)]);
  test('is the body named first: the draft may write the whole form, the first name or the nameplate', () => {
    assert.deepEqual(run('第1项由市市场监管局（市知识产权局）牵头。第1项由市市场监管局牵头。第1项由市知识产权局牵头，市公安局配合。第2项由市司法局牵头，市知识产权局配合。'), []);
    assert.deepEqual(run('第1项由市公安局牵头。第2项由市知识产权局牵头。'), [['cooperating-unit-as-lead', '市公安局'], ['missing-lead-unit', '市公安局'], ['cooperating-unit-as-lead', '市知识产权局'], ['missing-lead-unit', '市知识产权局']]);
  });
  test('联合 inside a name is no join (县供销合作社联合社)', () => {
    assert.deepEqual(own.get('file:///plate.md')!.notice.tasks[1].cooperating.map(u => u.name), ['市市场监管局', '县供销合作社联合社']);
  });
});
