import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../server/src/core/notice';
import { UnitRegistry } from '../../server/src/core/units';
import { SEED, seedIndex } from './helpers';

const seed = parseNotice('seed', SEED);
const reg = new UnitRegistry(seed);
const canon = (names: { name: string }[]) => names.map(u => reg.resolve(u.name)?.unit.name ?? u.name);
const task = (n: number) => seed.tasks.find(t => t.number === n)!;

describe('seed notice (聊政办字〔2023〕3号)', () => {
  test('metadata', () => {
    assert.equal(seed.docNumber, '聊政办字〔2023〕3号');
    assert.equal(seed.issuer, '聊城市人民政府办公室');
    assert.equal(seed.date, '2023-03-01');
    assert.equal(seed.title, '聊城市人民政府办公室关于印发聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知');
    assert.equal(seed.taskListTitle, '聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务');
  });
  test('106 tasks in 11 sections, numbered 1..106, each in order', () => {
    assert.equal(seed.tasks.length, 106);
    assert.deepEqual(seed.tasks.map(t => t.number), Array.from({ length: 106 }, (_, i) => i + 1));
    assert.equal(seed.sections.length, 11);
    assert.deepEqual(seed.sections.map(s => s.tasks.length), [8, 10, 11, 11, 6, 12, 15, 11, 14, 5, 3]);
    assert.equal(seed.sections[2].title, '坚定不移扩大内需'); // heading level ###
    assert.equal(seed.sections[3].title, '协同推进降碳减污扩绿增长'); // heading level ####
    assert.equal(seed.sections[10].label, '十一');
  });
  test('titles are first sentences', () => {
    assert.equal(task(12).title, '加强“两高”行业管控');
    assert.equal(task(28).title, '加强水土流失综合治理');
    assert.equal(task(39).title, '推进城市排水“两清零、一提标”');
  });
  const units: [number, string[], string[]][] = [
    [1, ['市科技局'], []],
    [6, ['市科技局', '市财政局'], ['市地方金融监管局']],
    [12, ['市发展改革委', '市工业和信息化局', '市生态环境局'], []],
    [21, ['市交通运输局'], ['市发展改革委']],
    [28, ['市水利局'], ['市自然资源和规划局', '市农业农村局']],
    [42, ['市发展改革委'], ['市工业和信息化局', '市商务局', '市投资促进局', '市文化和旅游局']],
    [69, ['市投资促进局'], ['市工业和信息化局', '市财政局']], // 配合\n\n单位 split by a page break
    [72, ['市商务局'], ['市科技局', '市工业和信息化局', '市自然资源和规划局', '聊城海关']], // 市自\n\n然资源和规划局
    [90, ['市民政局', '市卫生健康委'], []], // 市卫生\n\n健康委
    [35, ['市水利局', '市城管局', '市工业和信息化局'], []], // 市工业和信\n\n息化局
    [18, ['市工业和信息化局', '市地方金融监管局', '人民银行聊城市中心支行'], []],
  ];
  for (const [n, leads, coops] of units) {
    test(`task ${n} units`, () => {
      assert.deepEqual(canon(task(n).leads), leads);
      assert.deepEqual(canon(task(n).cooperating), coops);
    });
  }
  test('page breaks joined mid-word: task 15, task 8, task 45', () => {
    assert.match(task(15).text, /持续强化企业数据管理意识/);
    assert.match(task(8).text, /海外人才100人/);
    assert.ok(!/\n/.test(task(45).text));
    assert.ok(canon(task(45).leads).includes('市生态环境局'));
    assert.equal(task(45).leads.length, 9);
  });
  test('unit written two ways is one unit, in the majority form', () => {
    assert.ok(task(45).leads.some(u => u.name === '市住房和城乡建设局'));
    const u = reg.get('市住房城乡建设局')!;
    assert.ok(u.aliases.includes('市住房和城乡建设局'));
    assert.ok(u.leadTasks.includes(45) && u.leadTasks.includes(36));
    assert.equal(reg.get('市住房和城乡建设局'), u);
  });
  test('<sub> tags removed from text', () => {
    assert.match(task(32).text, /PM2\.5、PM10/);
  });
  test('tasks 104–106 have no units, reported as information', () => {
    for (const n of [104, 105, 106]) assert.equal(task(n).leads.length + task(n).cooperating.length, 0);
    assert.deepEqual(seed.problems.map(p => p.code), ['no-units', 'no-units', 'no-units']);
  });
  test('source ranges point at the task', () => {
    const t = task(12);
    assert.ok(SEED.slice(t.span.start, t.span.end).startsWith('12. 加强“两高”行业管控'));
    assert.equal(SEED.slice(t.numberSpan.start, t.numberSpan.end).trim(), '12.');
  });
  test('index: lookups by 文号 and title', () => {
    const idx = seedIndex();
    assert.ok(idx.find('聊政办字〔2023〕3号'));
    assert.ok(idx.find('聊政办字[2023]3号'));
    assert.ok(idx.byTitleText('聊城市深化新旧动能转换推动绿色低碳 高质量发展 2023 年重点工作任务'));
  });
});

/** A notice from a template: header lines then tasks. */
function notice(body: string): ReturnType<typeof parseNotice> {
  return parseNotice('x', `测试市人民政府办公室\n测政办字〔2024〕1号\n关于印发测试任务的通知\n\n${body}`);
}
function check(body: string, expected: [number, string[], string[]][]) {
  const n = notice(body);
  const r = new UnitRegistry(n);
  assert.deepEqual(n.tasks.map(t => [t.number, t.leads.map(u => r.resolve(u.name)?.unit.name ?? u.name), t.cooperating.map(u => r.resolve(u.name)?.unit.name ?? u.name)]), expected);
  return n;
}

describe('other notice styles', () => {
  test('（责任单位：…）', () => void check('一、总体\n1. 甲任务。内容。（责任单位：市科技局、市财政局）\n2. 乙任务。内容。（责任单位：市商务局）', [[1, ['市科技局', '市财政局'], []], [2, ['市商务局'], []]]));
  test('（牵头部门：…）', () => void check('一、总体\n1. 甲任务。内容。（牵头部门：市科技局；配合部门：市财政局）', [[1, ['市科技局'], ['市财政局']]]));
  test('comma instead of semicolon', () => void check('一、总体\n1. 甲任务。内容。（牵头单位：市科技局，配合单位：市财政局、市商务局）', [[1, ['市科技局'], ['市财政局', '市商务局']]]));
  test('参与单位', () => void check('一、总体\n1. 甲任务。内容。（牵头单位：市科技局；参与单位：市财政局）', [[1, ['市科技局'], ['市财政局']]]));
  test('（责任单位：X（牵头）、Y）: the marked unit leads, the others cooperate', () => void check('一、总体\n1. 甲任务。内容。（责任单位：市科技局（牵头）、市财政局、市商务局）', [[1, ['市科技局'], ['市财政局', '市商务局']]]));
  test('（X（牵头）、Y）unlabelled', () => void check('一、总体\n1. 甲任务。内容。（市科技局（牵头）、市财政局）', [[1, ['市科技局'], ['市财政局']]]));
  test('（X牵头，Y参与）', () => void check('一、总体\n1. 甲任务。内容。（市科技局牵头，市财政局、市商务局参与）', [[1, ['市科技局'], ['市财政局', '市商务局']]]));
  test('（X、Y负责） with the first-leads rule stated once', () => void check(
    '一、总体\n1. 甲任务。内容。（市科技局、市财政局负责，排在第一位的部门为牵头部门，下同）\n2. 乙任务。内容。（市商务局、市科技局负责）',
    [[1, ['市科技局'], ['市财政局']], [2, ['市商务局'], ['市科技局']]]));
  test('（X、Y负责） without a rule: all responsible units lead', () => void check('一、总体\n1. 甲任务。内容。（市科技局、市财政局负责）', [[1, ['市科技局', '市财政局'], []]]));
  test('tasks numbered 1. across （一） groups', () => void check('一、主要任务\n（一）第一组。\n1.甲任务。内容。（市科技局负责）\n（二）第二组。\n2.乙任务。内容。（市商务局负责）', [[1, ['市科技局'], []], [2, ['市商务局'], []]]));
  test('units on their own line', () => void check('一、总体\n1. 甲任务。内容。\n牵头单位：市科技局\n配合单位：市财政局\n2. 乙任务。内容。\n（牵头单位：市商务局）', [[1, ['市科技局'], ['市财政局']], [2, ['市商务局'], []]]));
  test('collective entries kept, marked collective', () => {
    const n = check('一、总体\n1. 甲任务。内容。（牵头单位：市科技局；配合单位：各县（市、区）人民政府、各有关单位）', [[1, ['市科技局'], ['各县（市、区）人民政府', '各有关单位']]]);
    const r = new UnitRegistry(n);
    assert.ok(r.get('各有关单位')!.collective);
  });
  test('（A牵头、B配合）: a 、 after the role ends its clause', () => void check('一、总体\n1. 甲任务。内容。（省商务厅牵头、省财政厅配合）\n2. 乙任务。内容。（省发展改革委、省财政厅牵头，省商务厅参与）',
    [[1, ['省商务厅'], ['省财政厅']], [2, ['省发展改革委', '省财政厅'], ['省商务厅']]]));
  test('Chinese-numbered tasks (一、…) with （X负责）', () => void check('一、甲措施。内容。（商务部负责）\n二、乙措施。内容。（财政部、商务部负责）\n三、丙措施。内容。（国家发展改革委会同有关部门负责）',
    [[1, ['商务部'], []], [2, ['财政部', '商务部'], []], [3, ['国家发展改革委'], ['有关部门']]]));
  test('unparseable unit text is reported with its line', () => {
    const n = notice('一、总体\n1. 甲任务。内容。（牵头：）\n2. 乙任务。内容。（牵头单位：市科技局）');
    assert.ok(n.problems.some(p => p.line >= 4));
  });
  test('duplicate task numbers are reported; the first wins', () => {
    const n = notice('一、总体\n1. 甲任务。（牵头单位：市科技局）\n1. 乙任务。（牵头单位：市商务局）');
    assert.equal(n.tasks.length, 1);
    assert.ok(n.problems.some(p => p.code === 'duplicate-task'));
  });
  test('a repeated number without units (a numbered target, the cover letter’s attachment list) gives way to the task with units', () => {
    const targets = notice('一、主要目标\n1. 全年固定资产投资增长8%以上。\n2. 社会消费品零售总额增长6%以上。\n二、重点任务\n1. 抓好重点项目建设。实施重点项目120个。（牵头单位：县发展和改革局）\n2. 积极争取上级资金。（牵头单位：县财政局）\n3. 开展促消费活动。（牵头单位：县商务局）');
    assert.deepEqual(targets.tasks.map(t => [t.number, t.title, t.leads.map(u => u.name)]), [[1, '抓好重点项目建设', ['县发展和改革局']], [2, '积极争取上级资金', ['县财政局']], [3, '开展促消费活动', ['县商务局']]]);
    // The targets' section names no units: its items are no tasks, and the tasks are numbered through.
    assert.deepEqual(targets.sections.map(x => [x.label, x.tasks]), [['二', [1, 2, 3]]]);
    assert.deepEqual(targets.problems.map(p => p.code), []);
    assert.equal(targets.sectionItems, undefined);
    const attached = notice('现将《重点工作任务》印发给你们。\n\n附件：1.冠县2024年重点工作任务\n\n      2.冠县2024年重点工作任务责任分工联系表\n\n冠县人民政府办公室\n\n一、推动工业提质增效\n\n1. 实施技改项目80个。（牵头单位：县工业和信息化局）\n\n2. 培育专精特新企业15家。（牵头单位：县市场监督管理局）\n\n3. 推进城镇化。（牵头单位：县发展和改革局）');
    assert.deepEqual(attached.tasks.map(t => [t.number, t.title]), [[1, '实施技改项目80个'], [2, '培育专精特新企业15家'], [3, '推进城镇化']]);
    assert.deepEqual(attached.problems.map(p => p.code), ['duplicate-task']);
  });
  test('units on lines of their own after （一） and 一、 tasks, as after 1. tasks', () => {
    check('一、着力扩大消费\n\n（一）实施消费提振行动。组织活动200场。\n\n牵头单位：市商务局\n\n配合单位：市财政局、市市场监管局\n\n（二）推进县域商业体系建设。新建中心10个。\n\n牵头单位：市商务局\n\n配合单位：市农业农村局',
      [[1, ['市商务局'], ['市财政局', '市市场监管局']], [2, ['市商务局'], ['市农业农村局']]]);
    check('一、实施消费提振行动。组织系列活动200场以上。\n\n牵头单位：市商务局\n\n二、推进县域商业体系建设。新建改造乡镇商贸中心10个。\n\n牵头单位：市商务局\n\n三、培育外贸新动能。\n\n牵头单位：市商务局',
      [[1, ['市商务局'], []], [2, ['市商务局'], []], [3, ['市商务局'], []]]);
  });
  test('a unit list on its own line wrapped after 、, also across a page break', () => {
    check('1. 培育外贸新动能。新培育主体50家。\n\n牵头单位：市商务局\n\n配合单位：聊城海关、市税务局、\n市地方金融监管局\n\n2. 优化外资服务。落实服务专员制度。\n\n牵头单位：市投资促进局\n\n配合单位：市发展改革委、\n\n— 3 —\n\n市财政局',
      [[1, ['市商务局'], ['聊城海关', '市税务局', '市地方金融监管局']], [2, ['市投资促进局'], ['市发展改革委', '市财政局']]]);
  });
  test('责任单位：A、B、C（排在第一位的为牵头单位） on a line of its own', () => {
    check('1. 推进县域商业体系建设。新建改造乡镇商贸中心10个。\n\n责任单位：市农业农村局、市商务局、市邮政管理局（排在第一位的为牵头单位）\n\n2. 培育外贸新动能。（责任单位：市商务局、市税务局，排在第一位的为牵头单位）',
      [[1, ['市农业农村局'], ['市商务局', '市邮政管理局']], [2, ['市商务局'], ['市税务局']]]);
  });
  test('the first-leads rule stated once before the tasks (the cover letter, a line under the title) holds for all', () => {
    check('现印发给你们。各项任务中排在第一位的为牵头单位，其他为参与单位。\n\n一、夯实数字基础设施\n\n（一）推进算力基础设施建设。（省发展改革委、省通信管理局负责）\n\n（二）推动传统基础设施数字化改造。（省交通运输厅、省能源局负责）',
      [[1, ['省发展改革委'], ['省通信管理局']], [2, ['省交通运输厅'], ['省能源局']]]);
    check('（排在第一位的为牵头单位，下同）\n\n1. 甲任务。（责任单位：市科技局、市财政局）\n2. 乙任务。（牵头单位：市商务局、市财政局）',
      [[1, ['市科技局'], ['市财政局']], [2, ['市商务局', '市财政局'], []]]);
  });
  test('1. 2. measures under a （一） task are its own; its units follow the last of them', () => {
    check('一、着力扩大消费\n\n（一）实施消费提振行动。主要抓好以下工作：\n\n1. 组织系列活动200场以上。\n\n2. 推动以旧换新，发放消费券。（牵头单位：市商务局；配合单位：市财政局）\n\n（二）推进县域商业体系建设。（牵头单位：市商务局；配合单位：市农业农村局）',
      [[1, ['市商务局'], ['市财政局']], [2, ['市商务局'], ['市农业农村局']]]);
  });
  test('tasks numbered within each section (1. again, or （一） again): labels, and the section’s items mapped', () => {
    const arabic = notice('一、扩大有效投资\n1. 抓好重点项目建设。（牵头单位：县发展和改革局）\n2. 积极争取上级资金。（牵头单位：县财政局）\n二、激发消费潜力\n1. 开展促消费活动。（牵头单位：县商务局）\n2. 发展县域商业。（牵头单位：县商务局；配合单位：县交通运输局）');
    assert.deepEqual(arabic.tasks.map(t => [t.number, t.label, t.title]), [[1, '一.1', '抓好重点项目建设'], [2, '一.2', '积极争取上级资金'], [3, '二.1', '开展促消费活动'], [4, '二.2', '发展县域商业']]);
    assert.deepEqual([...arabic.sectionItems!], [['1|1', 1], ['1|2', 2], ['2|1', 3], ['2|2', 4]]);
    assert.ok(!arabic.problems.some(p => p.code === 'duplicate-task'));
    const bracketed = notice('一、夯实基础\n（一）甲任务。（省通信管理局牵头）\n（二）乙任务。（省发展改革委负责）\n二、做强产业\n（一）丙任务。（省工业和信息化厅负责）');
    assert.deepEqual(bracketed.tasks.map(t => [t.number, t.label]), [[1, '一（一）'], [2, '一（二）'], [3, '二（一）']]);
    assert.equal(bracketed.sectionItems!.get('2|1'), 3);
    // Numbered through: no map.
    assert.equal(notice('一、总体\n1. 甲任务。（牵头单位：市科技局）\n二、其他\n2. 乙任务。（牵头单位：市商务局）').sectionItems, undefined);
  });
  test('a notice with no tasks says so', () => {
    const n = parseNotice('x', '这是一段普通文字。\n没有任务。');
    assert.equal(n.tasks.length, 0);
    assert.ok(n.problems.some(p => p.code === 'no-tasks'));
  });
  test('binary text is refused, not parsed', () => {
    const n = parseNotice('x', '\u0000\u0001\u0002abc\u0000\u0000'.repeat(50));
    assert.ok(n.problems.some(p => p.code === 'not-text'));
  });
  test('empty text', () => {
    const n = parseNotice('x', '');
    assert.equal(n.tasks.length, 0);
  });
});

describe('notices whose tasks are a table (任务清单)', () => {
  const TABLE = '| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- | --- |\n' +
    '| 1 | 深化商事制度改革 | 推行经营主体登记确认制。 | 市市场监管局 | 市政务服务管理局 | 2024年6月 |\n' +
    '| 2 | 提升政务服务效能。推进“高效办成一件事”。 | 拓展应用场景。 | 市政务服务管理局 | 市大数据局、市司法局 | 2024年底 |\n';
  test('a row is a task: number, title (the task cell’s first sentence), text, units by column', () => {
    const n = check(TABLE, [[1, ['市市场监管局'], ['市政务服务管理局']], [2, ['市政务服务管理局'], ['市大数据局', '市司法局']]]);
    assert.equal(n.style, 'table');
    assert.deepEqual(n.tasks.map(t => t.title), ['深化商事制度改革', '提升政务服务效能']);
    assert.equal(n.tasks[0].text, '深化商事制度改革；推行经营主体登记确认制。');
    // Spans point into the table: the title's and the units'.
    assert.equal(n.text.slice(n.tasks[1].titleSpan.start, n.tasks[1].titleSpan.end), '提升政务服务效能');
    assert.equal(n.text.slice(n.tasks[0].leads[0].span.start, n.tasks[0].leads[0].span.end), '市市场监管局');
    assert.ok(!n.problems.some(p => p.code === 'no-tasks'));
  });
  test('numbered principles before the table name no unit: the table’s rows are the tasks', () => {
    const n = check(`一、总体要求\n1. 坚持创新驱动。以科技创新引领。\n2. 坚持统筹推进。强化协同。\n\n二、重点任务\n\n${TABLE}`, [[1, ['市市场监管局'], ['市政务服务管理局']], [2, ['市政务服务管理局'], ['市大数据局', '市司法局']]]);
    assert.ok(!n.problems.some(p => p.code === 'no-units'));
  });
  test('rows go on after a page break without the header (blank, — 2 —, blank)', () => {
    const rows = TABLE.split('\n');
    check(`${rows[0]}\n${rows[1]}\n${rows[2]}\n\n— 2 —\n\n${rows[3]}\n`, [[1, ['市市场监管局'], ['市政务服务管理局']], [2, ['市政务服务管理局'], ['市大数据局', '市司法局']]]);
  });
  test('a table per section numbered from 1 again: sections, labels 二.1, the section’s items mapped', () => {
    const h = '| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n';
    const n = check(`## 一、产业振兴\n\n${h}| 1 | 发展蔬菜产业 | 县农业农村局 | 县财政局 |\n| 2 | 推进农产品加工 | 县工业和信息化局 | |\n\n## 二、生态振兴\n\n${h}| 1 | 改善农村人居环境 | 县农业农村局 | |\n`,
      [[1, ['县农业农村局'], ['县财政局']], [2, ['县工业和信息化局'], []], [3, ['县农业农村局'], []]]);
    assert.deepEqual(n.sections.map(x => [x.label, x.tasks]), [['一', [1, 2]], ['二', [3]]]);
    assert.deepEqual(n.tasks.map(t => t.label), ['一.1', '一.2', '二.1']);
    assert.equal(n.sectionItems!.get('2|1'), 3);
  });
  test('roles written in a unit cell (A牵头，B配合 · A（牵头）、B); 同上 / 〃 repeat the cell above', () => {
    const h = '| 序号 | 重点任务 | 责任单位 | 配合单位 |\n| --- | --- | --- | --- |\n';
    check(`${h}| 1 | 开展汽车促消费活动。 | 区商务局（牵头）、区财政局 | |\n| 2 | 推动家电家居消费。 | 区商务局牵头，区市场监管局配合 | |\n| 3 | 壮大现代金融业。 | 区地方金融服务中心 | 区发展改革局、区财政局 |\n| 4 | 发展科技服务业。 | 区科技局 | 同上 |\n| 5 | 发展会展经济。 | 区商务局 | 〃 |`,
      [[1, ['区商务局'], ['区财政局']], [2, ['区商务局'], ['区市场监管局']], [3, ['区地方金融服务中心'], ['区发展改革局', '区财政局']], [4, ['区科技局'], ['区发展改革局', '区财政局']], [5, ['区商务局'], ['区发展改革局', '区财政局']]]);
  });
  test('责任单位 under a first-leads header; a table per section, a header repeated after a page break; no 序号', () => {
    const h = '| 工作任务 | 责任单位（排在第一位的为牵头单位） |\n| --- | --- |\n';
    check(`${h}| 建设数字基础设施。新建基站。 | 市工业和信息化局、市通信发展办 |\n\n— 2 —\n\n${h}| 培育数字产业集群 | 市发展改革委、市科技局 |`,
      [[1, ['市工业和信息化局'], ['市通信发展办']], [2, ['市发展改革委'], ['市科技局']]]);
  });
  test('a numbered task whose text holds a | keeps it (only table rows are cells)', () => {
    const n = notice('一、总体\n1. 甲任务。内容A|B。（牵头单位：市科技局）');
    assert.match(n.tasks[0].text, /内容A\|B/);
  });
  test('a table without a task column or without a unit column holds no tasks', () => {
    const n = notice('| 序号 | 指标 | 目标值 |\n| --- | --- | --- |\n| 1 | 基站数 | 2000 |\n\n| 序号 | 牵头单位 |\n| --- | --- |\n| 1 | 市科技局 |');
    assert.equal(n.tasks.length, 0);
    assert.ok(n.problems.some(p => p.code === 'no-tasks'));
  });
});

describe('compact task table (tasks made on first read)', () => {
  const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
  test('a title and a unit name broken by a page break, labels, lines and spans survive the table', () => {
    const text = '一、总体\n\n1. 加强实验\n\n室布局。内容。（牵头单位：市科\n\n技局；配合单位：市财政局、市商务局）\n二、其他\n2. 乙任务。内容。（牵头单位：市商务局）\n';
    const n = parseNotice('x', text);
    assert.equal(n.taskCount, 2);
    const [a, b] = n.tasks;
    assert.equal(n.tasks, n.tasks, 'made once, then kept');
    assert.equal(a.title, '加强实验室布局');
    assert.equal(a.label, '1');
    assert.equal(a.line, 2);
    assert.equal(at(text, a.numberSpan), '1. ');
    assert.equal(at(text, a.titleSpan), '加强实验\n\n室布局');
    assert.deepEqual(a.leads.map(u => u.name), ['市科技局']);
    assert.equal(at(text, a.leads[0].span), '市科\n\n技局');
    assert.deepEqual(a.cooperating.map(u => [u.name, at(text, u.span)]), [['市财政局', '市财政局'], ['市商务局', '市商务局']]);
    assert.match(a.text, /^加强实验室布局。内容。/);
    assert.equal(at(text, a.unitsSpan!), '（牵头单位：市科\n\n技局；配合单位：市财政局、市商务局）');
    assert.equal(b.section, 1);
    assert.equal(b.line, 8);
    assert.equal(b.cooperating.length, 0);
    assert.equal(b.unitsSpan && at(text, b.unitsSpan), '（牵头单位：市商务局）');
  });
  test('Chinese and renumbered （一） labels are kept', () => {
    const c = parseNotice('x', '一、甲措施。内容。（商务部负责）\n二、乙措施。内容。（财政部负责）');
    assert.deepEqual(c.tasks.map(t => [t.number, t.label]), [[1, '一'], [2, '二']]);
    const br = parseNotice('x', '一、总体\n（一）甲任务。（牵头单位：市科技局）\n（二）乙任务。（牵头单位：市财政局）\n二、其他\n（一）丙任务。（牵头单位：市商务局）');
    assert.deepEqual(br.tasks.map(t => [t.number, t.label]), [[1, '一（一）'], [2, '一（二）'], [3, '二（一）']]);
  });
  test('a unit named twice in one role is kept once, also when its name has full-width brackets', () => {
    const n = parseNotice('x', '一、总体\n1. 甲任务。（牵头单位：各县（市、区）人民政府、市科技局、各县（市、区）人民政府、市科技局；配合单位：市财政局、市财政局）');
    assert.deepEqual(n.tasks[0].leads.map(u => u.name), ['各县（市、区）人民政府', '市科技局']);
    assert.deepEqual(n.tasks[0].cooperating.map(u => u.name), ['市财政局']);
  });
  test('a notice starting with a BOM parses as without it', () => {
    const a = parseNotice('x', SEED), b = parseNotice('x', '\ufeff' + SEED);
    assert.equal(b.taskCount, 106);
    assert.equal(b.docNumber, a.docNumber);
    assert.deepEqual(b.tasks.map(t => t.title), a.tasks.map(t => t.title));
  });
  test('a task without units has no units span; empty and binary notices have no table', () => {
    const n = parseNotice('x', '一、总体\n1. 甲任务。内容。\n2. 乙任务。（牵头单位：市科技局）');
    assert.equal(n.tasks[0].unitsSpan, undefined);
    assert.equal(parseNotice('x', '').taskCount, 0);
    assert.equal(parseNotice('x', '\u0000\u0001\u0002'.repeat(100)).taskCount, 0);
  });
});

const roles2 = (n: ReturnType<typeof parseNotice>) => n.tasks.map(t => `${t.number} ${t.leads.map(u => u.name).join('、')} | ${t.cooperating.map(u => u.name).join('、')}`);

describe('responsible units beside the leads (a seventh review of notices)', () => {
  const roles = (text: string) => parseNotice('x', text).tasks.map(t => `${t.number} ${t.leads.map(u => u.name).join('、')} | ${t.cooperating.map(u => u.name).join('、')}`);
  test('责任单位 beside 牵头单位 names the units that carry the task out with the lead: they cooperate', () => {
    // Own lines under each task, with a leader's line before them.
    assert.deepEqual(roles('一、聚力项目建设\n\n1. 实施重点项目150个以上。\n责任领导：王建国\n牵头单位：县发展改革委\n责任单位：县自然资源局、县财政局\n\n2. 扩大对外开放。\n牵头单位：县商务局\n责任单位：县税务局\n'),
      ['1 县发展改革委 | 县自然资源局、县财政局', '2 县商务局 | 县税务局']);
    // In brackets, a leader named first.
    assert.deepEqual(roles('一、重点任务\n\n1. 推进甲工作。完善机制。（责任领导：王建国；牵头单位：县发展改革委；责任单位：县财政局）\n\n2. 推进乙工作。（牵头单位：县司法局；责任单位：县公安局）\n'),
      ['1 县发展改革委 | 县财政局', '2 县司法局 | 县公安局']);
    // Table columns.
    assert.deepEqual(roles('| 序号 | 重点任务 | 具体举措 | 牵头单位 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- | --- |\n| 1 | 深化“一件事一次办”改革 | 新增10项。 | 市政务办 | 市市场监管局、市公安局 | 2024年12月 |\n| 2 | 提升跨境贸易便利化水平 | 压缩5%。 | 市商务局 | 宿迁海关 | 2024年12月 |\n'),
      ['1 市政务办 | 市市场监管局、市公安局', '2 市商务局 | 宿迁海关']);
    // 责任单位 alone still names the leads.
    assert.deepEqual(roles('一、重点任务\n\n1. 推进甲工作。（责任单位：县发展改革委、县财政局）\n'), ['1 县发展改革委、县财政局 | ']);
  });
  test('A牵头，B、C按职责分工负责 · A牵头，B，C按职责分工负责 (names apart by a comma share the role after them)', () => {
    assert.deepEqual(roles('一、深化改革\n\n1. 全面实行清单管理。（省政务办牵头，省司法厅，省直有关部门按职责分工负责）\n\n2. 深化投资审批制度改革。（省发展改革委牵头，省住建厅、省自然资源厅按职责分工负责）\n\n3. 实施招商引资攻坚行动。（县商务局牵头，各乡镇人民政府、街道办事处，县经济开发区参与）\n'),
      ['1 省政务办 | 省司法厅、省直有关部门', '2 省发展改革委 | 省住建厅、省自然资源厅', '3 县商务局 | 各乡镇人民政府、街道办事处、县经济开发区']);
  });
  test('a unit that only guides (X指导，Y负责落实) leaves Y responsible; a lead named again as 负责 stays a lead', () => {
    assert.deepEqual(roles('一、试点\n\n1. 优化管理体制。（生态环境部指导，试点城市政府负责落实）\n\n2. 深化数字化转型。新培育智能工厂。（省工业和信息化厅牵头，省财政厅参与）推动改造全覆盖。（省工业和信息化厅负责）\n'),
      ['1 生态环境部、试点城市政府 | ', '2 省工业和信息化厅 | 省财政厅']);
  });
  test('a department’s own labels for its divisions: 责任处室, 牵头处室, 配合处室, 责任科室', () => {
    assert.deepEqual(roles('一、重点任务\n\n1．推进超低排放改造。（责任处室：大气环境处；配合处室：环评与排污许可处）\n\n2．强化扬尘污染防治。（牵头处室：大气环境处；配合单位：生态环境执法局）\n\n3．完善监测网络。（责任科室：监测科）\n'),
      ['1 大气环境处 | 环评与排污许可处', '2 大气环境处 | 生态环境执法局', '3 监测科 | ']);
  });
  test('1. tasks that start again under each （一） heading of one part: numbered within those headings', () => {
    const text = '# 浙江省生态环境厅关于印发工作要点的通知\n\n浙环函〔2024〕36号\n\n二、重点任务\n\n（一）深化工业污染治理\n\n1．推进水泥行业超低排放改造。（牵头单位：大气环境处）\n\n2．开展涉VOCs重点行业综合治理。（牵头单位：大气环境处）\n\n（二）强化移动源污染防治\n\n1．加快老旧车辆淘汰。（牵头单位：机动车处）\n\n2．加强非道路移动机械监管。（牵头单位：机动车处）\n';
    const n = parseNotice('x', text);
    assert.deepEqual(n.tasks.map(t => `${t.label} ${t.title}`), ['（一）1 推进水泥行业超低排放改造', '（一）2 开展涉VOCs重点行业综合治理', '（二）1 加快老旧车辆淘汰', '（二）2 加强非道路移动机械监管']);
    assert.deepEqual(n.problems.filter(p => p.code === 'duplicate-task'), []);
    assert.deepEqual([...n.sectionItems!.entries()], [['1|1', 1], ['1|2', 2], ['2|1', 3], ['2|2', 4]]);
  });
  test('a task table: rows going on with a task (merged 序号 and 任务 cells) add their units; section rows across the table', () => {
    const merged = parseNotice('x', '| 序号 | 重点任务 | 工作措施 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n| 1 | 实施片区综合更新 | 推进有机更新。 | 区城市更新局 | 区发改局 |\n|  |  | 引入社会资本。 | 区投促局 | 区商务局 |\n| 2 | 提升背街小巷品质 | 整治30条。 | 区城管局 | 各街道办事处 |\n');
    assert.deepEqual(roles2(merged), ['1 区城市更新局、区投促局 | 区发改局、区商务局', '2 区城管局 | 各街道办事处']);
    const sectioned = parseNotice('x', '| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 一、提振传统消费 | | | |\n| 1 | 开展汽车促消费活动。组织车展。 | 区商务局 | 区财政局 |\n| 二、提升服务业能级 | | | |\n| 2 | 发展科技服务业。 | 区科技局 | |\n');
    assert.deepEqual(sectioned.sections.map(x => `${x.label}、${x.title}: ${x.tasks.join(',')}`), ['一、提振传统消费: 1', '二、提升服务业能级: 2']);
    assert.deepEqual(roles2(sectioned), ['1 区商务局 | 区财政局', '2 区科技局 | ']);
  });
});

describe('notices of a tenth review', () => {
  test('（一） tasks numbered on across the parts are numbered as written (not within parts)', () => {
    const n = parseNotice('x', '# 湖南省交通运输厅关于印发工作要点的通知\n\n湘交综规〔2024〕5号\n\n一、加快基础设施建设\n\n（一）推进高速公路建设。（牵头处室：建设管理处）\n\n（二）提升普通国省道技术等级。（牵头处室：公路建设与养护处）\n\n二、提升运输服务质效\n\n（三）推进客运服务提质。（牵头处室：运输服务处）\n\n（四）降低全社会物流成本。（牵头处室：运输服务处）\n');
    assert.deepEqual(n.tasks.map(t => `${t.number} ${t.label}`), ['1 （一）', '2 （二）', '3 （三）', '4 （四）']);
    assert.equal(n.sectionItems, undefined);
    // Starting again in each part is still numbered within the parts.
    const again = parseNotice('x', '一、甲\n\n（一）推进甲工作。（牵头单位：市商务局）\n\n（二）推进乙工作。（牵头单位：市财政局）\n\n二、乙\n\n（一）推进丙工作。（牵头单位：市水利局）\n');
    assert.deepEqual(again.tasks.map(t => t.label), ['一（一）', '一（二）', '二（一）']);
  });
  test('a unit label after a sentence or a tab inside the task’s paragraph, no brackets', () => {
    assert.deepEqual(roles2(parseNotice('x', '一、提升文化遗产保护水平。加强保护。责任单位：市文物局（牵头）、市财政局、市文化和旅游局。\n\n二、丰富文旅产品供给。打造线路10条。牵头单位：市文化和旅游局；配合单位：市商务局。\n\n三、强化人才支撑。引进人才30名。（责任单位：市委人才办（牵头）、市人力资源社会保障局）\n')),
      ['1 市文物局 | 市财政局、市文化和旅游局', '2 市文化和旅游局 | 市商务局', '3 市委人才办 | 市人力资源社会保障局']);
    assert.deepEqual(roles2(parseNotice('x', '一、坚持立德树人\n\n1、\t加强思政课程建设。①开展建设；②推进品牌建设。\t牵头科室：基础教育科\t配合科室：德育科、教研室\n\n2、\t加强心理健康教育。\t牵头科室：德育科\t配合科室：体卫艺科\n')),
      ['1 基础教育科 | 德育科、教研室', '2 德育科 | 体卫艺科']);
  });
  test('task tables: division columns without unit columns; names apart by a space; section rows with the numeral in 序号', () => {
    assert.deepEqual(roles2(parseNotice('x', '| 序号 | 工作任务 | 牵头科室 | 配合科室（单位） |\n| --- | --- | --- | --- |\n| 1 | 深化商事制度改革 | 登记注册科 | 信用监管科 各县（市、区）局 |\n| 2 | 实施质量强市战略 | 质量发展科 | 标准化科 计量科 |\n')),
      ['1 登记注册科 | 信用监管科、各县（市、区）局', '2 质量发展科 | 标准化科、计量科']);
    const n = parseNotice('x', '| 序号 | 重点任务 | 责任单位 |\n| --- | --- | --- |\n| 一 | 数字基础设施建设 | |\n| 1 | 加快5G网络建设 | 牵头：市工业和信息化局；配合：淄博电信 |\n| 二 | 数字产业化 | |\n| 2 | 培育软件产业 | 牵头：市工业和信息化局；配合：市科技局 |\n');
    assert.deepEqual(n.sections.map(x => `${x.label} ${x.title}: ${x.tasks.join(',')}`), ['一 数字基础设施建设: 1', '二 数字产业化: 2']);
    assert.deepEqual(roles2(n), ['1 市工业和信息化局 | 淄博电信', '2 市工业和信息化局 | 市科技局']);
    // A space inside a name broken by a PDF copy is no separator (two characters before it).
    assert.deepEqual(roles2(parseNotice('x', '一、甲\n\n1. 推进甲工作。（牵头单位：市科 技局）\n')), ['1 市科技局 | ']);
  });
});
