import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EN, accept, at, code, completions, copyOf, diagnostics, ext, file, hoverText, label, open, ready, scratch, show, waitFor } from './helpers';

const T12 = '第12项“加强“两高”行业管控”';

suite('completion, hover, definition, quick fixes', () => {
  suiteSetup(async () => { await ready((await open(file('plan.md'))).document); });

  test('completion at 第1 offers tasks; accepting task 12 writes 第12项“加强“两高”行业管控”', async () => {
    const ed = await scratch('第1');
    const doc = ed.document, pos = new vscode.Position(0, 2);
    const items = await completions(doc, pos);
    const tasks = items.filter(i => i.kind === vscode.CompletionItemKind.Reference || /^第\d+项/.test(label(i)));
    assert.ok(tasks.length >= 10, `task items: ${items.slice(0, 15).map(label).join(' | ')}`);
    assert.ok(tasks.every(i => /^第1\d*项/.test(label(i))), 'only tasks whose number starts with 1: ' + tasks.map(label).join(' | '));
    const twelve = items.find(i => label(i).startsWith('第12项'));
    assert.ok(twelve, 'no item for task 12: ' + items.map(label).join(' | '));
    assert.match(label(twelve!), /加强“两高”行业管控/);
    await accept(doc, twelve!, pos);
    assert.strictEqual(doc.lineAt(0).text, T12);
  });

  test('typing 第12 and accepting the suggest widget’s choice in the editor', async () => {
    const ed = await scratch('');
    await vscode.window.showTextDocument(ed.document);
    await vscode.commands.executeCommand('type', { text: '第12' });
    await waitFor('typed text', () => ed.document.getText() === '第12');
    // The widget shows asynchronously; accept once the provider has answered (retry: the first accept may come early).
    await waitFor('the suggestion to be accepted', async () => {
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await new Promise(r => setTimeout(r, 300));
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return ed.document.getText() !== '第12' && ed.document.getText();
    }, 20000, () => ed.document.getText());
    assert.strictEqual(ed.document.getText(), T12);
  });

  test('command policyDraft.insertCitation inserts a task citation at the cursor', async () => {
    const ed = await scratch('见');
    await vscode.window.showTextDocument(ed.document);
    ed.selection = new vscode.Selection(0, 1, 0, 1);
    await vscode.commands.executeCommand('policyDraft.insertCitation', { number: 12 });
    await waitFor('the inserted citation', () => ed.document.lineAt(0).text === '见' + T12, 10000, () => ed.document.lineAt(0).text);
  });

  test('#两高 finds task 12 first', async () => {
    const ed = await scratch('要求：#两高');
    const items = await completions(ed.document, new vscode.Position(0, 6));
    assert.ok(items.length > 0, 'no items');
    assert.match(label(items[0]), /^第12项/, 'first: ' + items.slice(0, 5).map(label).join(' | '));
    await accept(ed.document, items[0], new vscode.Position(0, 6));
    assert.strictEqual(ed.document.lineAt(0).text, '要求：' + T12);
  });

  test('inside （牵头单位： after 第12项 the cited task’s leads come first', async () => {
    const ed = await scratch(`1. ${T12}（牵头单位：`);
    const items = await completions(ed.document, ed.document.lineAt(0).range.end);
    assert.deepStrictEqual(items.slice(0, 3).map(label), ['市发展改革委', '市工业和信息化局', '市生态环境局']);
    assert.ok(items.length > 10, 'other units follow');
  });

  test('in （配合单位： after 第28项 its cooperating units come first', async () => {
    const ed = await scratch('第28项“加强水土流失综合治理”（牵头单位：市水利局；配合单位：');
    const items = await completions(ed.document, ed.document.lineAt(0).range.end);
    assert.deepStrictEqual(items.slice(0, 2).map(label), ['市自然资源和规划局', '市农业农村局']);
  });

  test('hover on 第12项 shows the task text and its leads', async () => {
    const ed = await open(file('plan.md'));
    const md = await hoverText(ed.document, at(ed.document, '第12项', 2));
    assert.match(md, /加强“两高”行业管控/);
    assert.match(md, /用好省“两高”项目电子监管平台/);
    assert.match(md, /市发展改革委、市工业和信息化局、市生态环境局/);
    assert.match(md, EN ? /Lead/ : /牵头单位/);
  });

  test('definition of 第12项 opens the notice at the task line', async () => {
    const ed = await open(file('plan.md'));
    const pos = at(ed.document, '第12项', 2);
    const noticePath = path.join(ext().extensionPath, 'seeds', 'liaozhengbanzi-2023-3.md');
    const line = fs.readFileSync(noticePath, 'utf8').split('\n').findIndex(l => l.startsWith('12. 加强“两高”行业管控'));
    assert.ok(line > 0);
    const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', ed.document.uri, pos);
    assert.strictEqual(locs?.length, 1, 'one definition');
    const l = locs[0];
    const uri = 'targetUri' in l ? l.targetUri : l.uri, range = 'targetUri' in l ? (l.targetSelectionRange ?? l.targetRange) : l.range;
    assert.strictEqual(uri.fsPath, noticePath);
    assert.strictEqual(range.start.line, line);
    // …and Go to Definition in the editor really opens it there.
    ed.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const shown = await waitFor('the notice editor', () => {
      const a = vscode.window.activeTextEditor;
      return a && a.document.uri.fsPath === noticePath && a;
    }, 20000, () => String(vscode.window.activeTextEditor?.document.uri));
    assert.strictEqual(shown.selection.active.line, line);
    assert.match(shown.document.lineAt(shown.selection.active.line).text, /^12\. 加强“两高”行业管控/);
  });

  test('quick fixes (executeCodeActionProvider + applyEdit) clear their diagnostics', async () => {
    const ed = await copyOf('plan.md');
    const doc = ed.document;
    // rule, the line's text before, after, and the replacement the fix must carry. (The API's CodeAction has no
    // `diagnostics` here, so a fix is recognised by its edit.)
    const fixes: [string, string, string, string][] = [
      ['doc-number-format', '聊政办字[2023]3号', '聊政办字〔2023〕3号', '〔2023〕'],
      ['non-canonical-unit', '（牵头单位：市发改委）', '（牵头单位：市发展改革委）', '市发展改革委'],
      ['wrong-lead-unit', '（牵头单位：市科技局）', '（牵头单位：市工业和信息化局）', '牵头单位：市工业和信息化局'],
    ];
    for (const [rule, before, after, newText] of fixes) {
      const ds = await diagnostics(doc.uri, rule, x => x.some(d => code(d) === rule));
      const d = ds.find(x => code(x) === rule)!;
      const line = d.range.start.line;
      assert.ok(doc.lineAt(line).text.includes(before), doc.lineAt(line).text);
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
      const fix = actions.find((a): a is vscode.CodeAction => 'kind' in a && a.kind?.value === 'quickfix' && !!a.edit?.get(doc.uri).some(e => e.newText === newText));
      assert.ok(fix, `no quick fix for ${rule}: ${actions.map(a => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix!.edit!), 'applyEdit');
      assert.ok(doc.lineAt(line).text.includes(after), `after the fix: ${doc.lineAt(line).text}`);
      await diagnostics(doc.uri, `${rule} on line ${line} to go`, x => !x.some(d2 => code(d2) === rule && d2.range.start.line === line));
    }
    const left = (await diagnostics(doc.uri, 'remaining', () => true)).map(code);
    assert.ok(left.includes('unknown-task') && left.includes('title-mismatch'), 'other problems stay: ' + show(vscode.languages.getDiagnostics(doc.uri)));
  });
});
