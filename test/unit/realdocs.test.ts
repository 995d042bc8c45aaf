// Real notices in other styles (../shared/real-documents): parsing generalises beyond the seed.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../server/src/core/notice';
import { UnitRegistry } from '../../server/src/core/units';
import { real, realExists } from './helpers';

const cases: [string, (n: ReturnType<typeof parseNotice>, r: UnitRegistry) => void][] = [
  ['03_guobanfa-2018-117-ducha-jili.md', (n, r) => {
    assert.equal(n.docNumber, '国办发〔2018〕117号');
    assert.equal(n.style, 'chinese');
    assert.equal(n.tasks.length, 30);
    assert.deepEqual(n.tasks[0].leads.map(u => u.name), ['市场监管总局']);
    assert.deepEqual(n.tasks[5].leads.map(u => u.name), ['交通运输部', '财政部']);
    assert.ok(r.get('国家发展改革委'));
  }],
  ['04_guofa-2019-3-zonghe-baoshuiqu.md', n => {
    assert.equal(n.docNumber, '国发〔2019〕3号');
    assert.equal(n.tasks.length, 21);
    assert.equal(n.tasks[0].title, '拓展两个市场');
    // 排在第一位的部门为牵头部门，下同
    assert.deepEqual(n.tasks[0].leads.map(u => u.name), ['税务总局']);
    assert.deepEqual(n.tasks[0].cooperating.map(u => u.name), ['财政部', '海关总署']);
    assert.deepEqual(n.tasks[2].leads.map(u => u.name), ['海关总署']);
    assert.deepEqual(n.tasks[2].cooperating.map(u => u.name), ['商务部']);
  }],
  ['05_guobanfa-2018-128-wufei-chengshi.md', n => {
    assert.equal(n.docNumber, '国办发〔2018〕128号');
    assert.equal(n.style, 'bracketed');
    assert.ok(n.tasks.length >= 5);
    assert.ok(n.tasks[0].leads.some(u => u.name === '生态环境部'));
    assert.ok(n.tasks[0].cooperating.some(u => u.name === '国家发展改革委'));
  }],
];

describe('real documents', () => {
  for (const [file, fn] of cases) {
    test(file, { skip: !realExists(file) && 'shared/real-documents not present' }, () => {
      const n = parseNotice(file, real(file));
      fn(n, new UnitRegistry(n));
    });
  }
});
