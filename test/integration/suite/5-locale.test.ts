import * as assert from 'assert';
import * as vscode from 'vscode';
import { EN, LOCALE, code, diagnostics, ext, file, open } from './helpers';

suite(`locale ${LOCALE}`, () => {
  test('vscode.env.language is the harness locale', () => {
    assert.strictEqual(vscode.env.language, LOCALE);
  });

  test(EN ? 'diagnostic messages are English' : 'diagnostic messages are Chinese', async () => {
    const ed = await open(file('report.txt'));
    const ds = await diagnostics(ed.document.uri, 'unknown-task', x => x.some(d => code(d) === 'unknown-task'));
    const msgs = ds.map(d => d.message);
    const m = ds.find(d => code(d) === 'unknown-task')!.message;
    if (EN) {
      assert.match(m, /^聊政办字〔2023〕3号 has no task 107 \(it has 106\)$/);
      assert.match(ds.find(d => code(d) === 'cooperating-unit-as-lead')!.message, /cooperates on task 28; it does not lead/);
    } else {
      assert.match(m, /^聊政办字〔2023〕3号 中没有第107项任务（共106项）$/);
      assert.match(ds.find(d => code(d) === 'cooperating-unit-as-lead')!.message, /是第28项的配合单位，不是牵头单位/);
      assert.ok(msgs.every(x => /[\u4e00-\u9fff]/.test(x.replace(/聊政办字〔2023〕3号|市[\u4e00-\u9fff]+局/g, ''))), msgs.join(' | '));
    }
  });

  test(EN ? 'contributions use package.nls.json' : 'contributions use package.nls.zh-cn.json', () => {
    const cmd = (ext().packageJSON.contributes.commands as { command: string; title: string | { value: string } }[]).find(c => c.command === 'policyDraft.insertCitation');
    const title = typeof cmd?.title === 'string' ? cmd.title : cmd?.title.value;
    assert.strictEqual(title, EN ? 'Insert Task Citation…' : '插入任务引用…');
  });
});
