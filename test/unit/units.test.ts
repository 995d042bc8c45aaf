import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumeral, toChineseNumeral } from '../../server/src/core/numerals';
import { seedIndex } from './helpers';
import { NoticeIndex } from '../../server/src/core/workspace';
import { filterTasks } from '../../server/src/core/search';
import { leadNames } from '../../server/src/core/diagnostics';

describe('numerals', () => {
  const cases: [string, number][] = [['12', 12], ['１２', 12], ['十二', 12], ['二十', 20], ['一百零七', 107], ['一百一十', 110], ['两百', 200], ['一千零一', 1001], ['一万零五', 10005], ['十', 10], ['一二', 12], ['零', 0]];
  for (const [s, n] of cases) test(`${s} = ${n}`, () => void assert.equal(parseNumeral(s), n));
  test('not numerals', () => { assert.equal(parseNumeral('abc'), undefined); assert.equal(parseNumeral(''), undefined); assert.equal(parseNumeral('三三十'), undefined); });
  test('huge → Infinity', () => void assert.equal(parseNumeral('9'.repeat(30)), Infinity));
  test('edges: mixed scripts, astral characters, white space, digit by digit', () => {
    for (const s of ['1十', '十1', '𠮷', '一𠮷', '１𠮷', '十 二', '二十三四']) assert.equal(parseNumeral(s), undefined, s);
    const cases: [string, number][] = [[' 12\t', 12], ['\u300012\u3000', 12], ['1２', 12], ['二〇二三', 2023], ['壹佰零柒', 107], ['三亿', 3e8], ['一万万', 1e8], ['○', 0]];
    for (const [s, n] of cases) assert.equal(parseNumeral(s), n, s);
    assert.equal(parseNumeral('一'.repeat(20)), Infinity);
  });
  test('round trip 1..1000', () => { for (let n = 1; n <= 1000; n++) assert.equal(parseNumeral(toChineseNumeral(n)), n, String(n)); });
});

describe('unit registry', () => {
  const reg = seedIndex().default()!.units;
  test('34 units in the seed', () => void assert.equal(reg.units.length, 34));
  const cases: [string, string | undefined][] = [
    ['市发展改革委', '市发展改革委'], ['市发改委', '市发展改革委'], ['市发展和改革委员会', '市发展改革委'], ['聊城市发展和改革委员会', '市发展改革委'],
    ['发改委', '市发展改革委'], ['市场监管局', '市市场监管局'], ['市住房和城乡建设局', '市住房城乡建设局'], ['人行聊城市中心支行', '人民银行聊城市中心支行'],
    ['冠县工业和信息化局', undefined], ['县发改委', undefined], ['市科学院', undefined],
    // Full official names, old names from 机构改革, second nameplates; not bodies that only look alike.
    ['中共聊城市委组织部', '市委组织部'], ['国家税务总局聊城市税务局', '市税务局'], ['中华人民共和国聊城海关', '聊城海关'],
    ['聊城市人民政府国有资产监督管理委员会', '市国资委'], ['市政府国资委', '市国资委'], ['市安监局', '市应急局'], ['市工商局', '市市场监管局'],
    ['市经济和信息化局', '市工业和信息化局'], ['市卫生和计划生育委员会', '市卫生健康委'], ['市发展改革委（市能源局）', '市发展改革委'],
    ['市大数据中心', undefined], ['市商务和投资促进局', undefined], ['市发展改革委（市科技局）', undefined],
    // A bank branch's short forms: 中支 = 中心支行, the place's 市 left out.
    ['人行聊城中支', '人民银行聊城市中心支行'], ['人民银行聊城市中支', '人民银行聊城市中心支行'], ['中国人民银行聊城中心支行', '人民银行聊城市中心支行'],
    ['人行聊城支行', undefined], ['人行东昌府中支', undefined],
  ];
  for (const [q, want] of cases) test(`${q} → ${want}`, () => void assert.equal(reg.resolve(q)?.unit.name, want));
  test('county unit points at the city unit', () => void assert.equal(reg.otherLevelOf('冠县工业和信息化局')?.name, '市工业和信息化局'));
  test('suggestions', () => void assert.equal(reg.suggest('市科学技术局')[0], '市科技局'));
  test('no suggestion alike only in the place or the level (聊城大学 is not 聊城海关)', () => {
    assert.deepEqual(reg.suggest('聊城大学'), []);
    assert.deepEqual(reg.suggest('聊城职业技术学院'), []);
    assert.equal(reg.suggest('市科创委')[0], '市科技局');
    assert.equal(reg.suggest('聊城市市场监督局')[0], '市市场监管局');
  });
  test('people’s organisations: the full name is the short form’s, and no department is suggested for one', () => {
    const i = new NoticeIndex();
    i.set('file:///o.md', '# 测试通知\n\n测政办字〔2024〕9号\n\n1. 推进科普工作。内容。（牵头单位：市科协；配合单位：市科技局、市工商联）\n');
    const r = i.all()[0].units;
    assert.equal(r.resolve('市科学技术协会')?.unit.name, '市科协');
    assert.equal(r.resolve('市工商业联合会')?.unit.name, '市工商联');
    assert.equal(r.resolve('市科学技术局')?.unit.name, '市科技局');
    assert.ok(!r.suggest('市妇联').includes('市科技局'));
  });
  test('no suggestion across a department and a people’s organisation', () => {
    // 市工商联 is a federation, not 市工商局 (now 市市场监管局); departments are still suggested for departments.
    assert.deepEqual(reg.suggest('市工商联'), []);
    assert.equal(reg.suggest('市工商行政局')[0], '市市场监管局');
    assert.ok(!reg.suggest('市科学技术协会').includes('市科技局'));
    // A body whose full name ends like the other kind is still found by that name (贸促会: 国际贸易促进委员会).
    assert.equal(reg.suggest('市贸易促进委员会')[0], '市贸促会');
  });
});

describe('the task tree filter (filterTasks): as the tree shows units', () => {
  // Task 3 writes 市工业信息化局; the notice's usual form, which the tree shows for it, is 市工业和信息化局.
  const NOTICE = `# 测试通知

测政办字〔2024〕2号

1. 推进数字化改造。内容。（牵头单位：市工业和信息化局）

2. 培育专精特新企业。内容。（牵头单位：市工业和信息化局；配合单位：市财政局）

3. 加强工业互联网建设。内容。（牵头单位：市工业信息化局、市大数据局）
`;
  const idx = new NoticeIndex();
  idx.set('file:///t.md', NOTICE);
  const id = idx.all()[0].id;
  const filter = (q: string) => filterTasks(idx.all(), q);
  test('by the name the tree shows, and by the name as written', () => {
    assert.deepEqual(leadNames(idx.all()[0].notice.tasks.filter(t => t.number === 3), idx.all()[0]), ['市工业和信息化局', '市大数据局'], 'the tree shows the usual form');
    assert.deepEqual(filter('工业和信息化局'), [{ id, numbers: [1, 2, 3] }]);
    assert.deepEqual(filter('市工业信息化局'), [{ id, numbers: [3] }]);
  });
  test('by number, by a part of the title, by a cooperating unit; nothing for no match or blanks', () => {
    assert.deepEqual(filter('2'), [{ id, numbers: [2] }]);
    assert.deepEqual(filter('专精特新'), [{ id, numbers: [2] }]);
    assert.deepEqual(filter('财政'), [{ id, numbers: [2] }]);
    assert.deepEqual(filter('不存在'), []);
    assert.deepEqual(filter('  '), []);
  });
  test('several notices: one entry per notice with matches, in index order', () => {
    const two = new NoticeIndex();
    two.set('file:///a.md', NOTICE);
    two.set('file:///b.md', NOTICE.replace('测政办字〔2024〕2号', '测政办字〔2024〕3号').replace('推进数字化改造', '推进绿色化改造'));
    assert.deepEqual(filterTasks(two.all(), '数字化'), [{ id: 'file:///a.md', numbers: [1] }]);
    assert.deepEqual(filterTasks(two.all(), '大数据局').map(r => r.id), ['file:///a.md', 'file:///b.md']);
  });
});
