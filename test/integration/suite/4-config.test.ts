import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { code, diagnostics, ext, fsPath, hoverText, open, ready, show } from './helpers';

// A small notice of our own, written into the (temporary copy of the) workspace by the test.
const NOTICE = (task2Units: string) => `# 测试市人民政府办公室

测政办字〔2024〕1号

## 测试市人民政府办公室关于印发2024年测试重点工作任务的通知

# 测试市2024年重点工作任务

## 一、基础工作

1. 建设测试平台。完成测试平台建设并投入使用。（牵头单位：市水利局）

2. 开展测试培训。组织全市测试培训。（${task2Units}）

3. 推进数据共享。完成数据共享目录编制。（牵头单位：市大数据局）
`;
const DRAFT = '1. 第2项“开展测试培训”（牵头单位：市教育体育局）\n\n2. 第12项（牵头单位：市发展改革委）\n';

type Api = { client: { sendRequest<T>(m: string, p?: unknown): Promise<T> } };
const notices = async () => (await (ext().exports as Api).client.sendRequest<{ docNumber?: string; bundled: boolean; tasks: unknown[] }[]>('policyDraft/notices'))
  .map(n => `${n.docNumber}${n.bundled ? ' (bundled)' : ''}: ${n.tasks.length}`);

suite('policy-draft.json and notice files on disk', () => {
  const cfg = () => fsPath('policy-draft.json');
  const noticeFile = () => fsPath('notices', 'test-notice.md');

  suiteTeardown(() => {   // back to the bundled notice for whatever runs next
    fs.rmSync(cfg(), { force: true });
    fs.rmSync(path.dirname(noticeFile()), { recursive: true, force: true });
  });

  test('writing policy-draft.json replaces the notice set; editing the notice re-checks drafts', async () => {
    fs.writeFileSync(fsPath('config-draft.md'), DRAFT);
    const ed = await open(vscode.Uri.file(fsPath('config-draft.md')));
    const doc = ed.document;
    await ready(doc);
    // Default: the bundled notice, whose task 2 is “加强创新平台建设”.
    await diagnostics(doc.uri, 'title-mismatch against the bundled notice', x => x.some(d => code(d) === 'title-mismatch' && d.range.start.line === 0));
    assert.deepStrictEqual(await notices(), ['聊政办字〔2023〕3号 (bundled): 106']);

    fs.mkdirSync(path.dirname(noticeFile()), { recursive: true });
    fs.writeFileSync(noticeFile(), NOTICE('牵头单位：市教育体育局；配合单位：市财政局'));
    fs.writeFileSync(cfg(), JSON.stringify({ notices: ['notices/*.md'] }, null, 2));
    // Now only the test notice: task 2 matches, task 12 does not exist (it has 3).
    let ds = await diagnostics(doc.uri, 'the draft checked against the test notice',
      x => !x.some(d => d.range.start.line === 0) && x.some(d => code(d) === 'unknown-task' && d.range.start.line === 2));
    assert.match(ds.find(d => code(d) === 'unknown-task')!.message, /测政办字〔2024〕1号/);
    assert.deepStrictEqual(await notices(), ['测政办字〔2024〕1号: 3']);
    assert.match(await hoverText(doc, new vscode.Position(0, 5)), /开展测试培训/);

    // Edit the notice on disk: 市教育体育局 now only cooperates on task 2.
    fs.writeFileSync(noticeFile(), NOTICE('牵头单位：市财政局；配合单位：市教育体育局'));
    ds = await diagnostics(doc.uri, 'cooperating-unit-as-lead after the notice changed', x => x.some(d => code(d) === 'cooperating-unit-as-lead' && d.range.start.line === 0));
    assert.strictEqual(doc.getText(ds.find(d => code(d) === 'cooperating-unit-as-lead')!.range), '市教育体育局');
    assert.match(await hoverText(doc, new vscode.Position(0, 5)), /市财政局/);

    // Removing the config file brings the bundled notice back.
    fs.rmSync(cfg());
    await diagnostics(doc.uri, 'the bundled notice again', x => x.some(d => code(d) === 'title-mismatch' && d.range.start.line === 0) && !x.some(d => code(d) === 'unknown-task'));
    assert.deepStrictEqual(await notices(), ['聊政办字〔2023〕3号 (bundled): 106'], show(vscode.languages.getDiagnostics(doc.uri)));
  });
});
