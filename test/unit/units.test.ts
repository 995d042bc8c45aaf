import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumeral, toChineseNumeral } from '../../server/src/core/numerals';
import { seedIndex } from './helpers';

describe('numerals', () => {
  const cases: [string, number][] = [['12', 12], ['１２', 12], ['十二', 12], ['二十', 20], ['一百零七', 107], ['一百一十', 110], ['两百', 200], ['一千零一', 1001], ['一万零五', 10005], ['十', 10], ['一二', 12], ['零', 0]];
  for (const [s, n] of cases) test(`${s} = ${n}`, () => void assert.equal(parseNumeral(s), n));
  test('not numerals', () => { assert.equal(parseNumeral('abc'), undefined); assert.equal(parseNumeral(''), undefined); assert.equal(parseNumeral('三三十'), undefined); });
  test('huge → Infinity', () => void assert.equal(parseNumeral('9'.repeat(30)), Infinity));
  test('round trip 1..1000', () => { for (let n = 1; n <= 1000; n++) assert.equal(parseNumeral(toChineseNumeral(n)), n, String(n)); });
});

describe('unit registry', () => {
  const reg = seedIndex().default()!.units;
  test('34 units in the seed', () => void assert.equal(reg.units.length, 34));
  const cases: [string, string | undefined][] = [
    ['市发展改革委', '市发展改革委'], ['市发改委', '市发展改革委'], ['市发展和改革委员会', '市发展改革委'], ['聊城市发展和改革委员会', '市发展改革委'],
    ['发改委', '市发展改革委'], ['市场监管局', '市市场监管局'], ['市住房和城乡建设局', '市住房城乡建设局'], ['人行聊城市中心支行', '人民银行聊城市中心支行'],
    ['冠县工业和信息化局', undefined], ['县发改委', undefined], ['市科学院', undefined],
  ];
  for (const [q, want] of cases) test(`${q} → ${want}`, () => void assert.equal(reg.resolve(q)?.unit.name, want));
  test('county unit points at the city unit', () => void assert.equal(reg.otherLevelOf('冠县工业和信息化局')?.name, '市工业和信息化局'));
  test('suggestions', () => void assert.equal(reg.suggest('市科学技术局')[0], '市科技局'));
});
