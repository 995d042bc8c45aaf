// Run by test/integration/package.mjs against the extension installed from dist/policy-draft.vsix with
// `code-server --install-extension` (PD_SUITE=installed): no extensionDevelopmentPath points at the repository.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { at, code, completions, diagnostics, ext, file, hoverText, label, open, ready } from './helpers';

suite('installed from the .vsix', () => {
  test('the extension comes from the extensions dir, at the packaged version', () => {
    const e = ext();
    const dir = process.env.PD_EXTENSIONS_DIR!;
    assert.ok(dir, 'PD_EXTENSIONS_DIR');
    assert.ok(path.resolve(e.extensionPath).startsWith(path.resolve(dir) + path.sep), `extensionPath ${e.extensionPath} is not under ${dir}`);
    assert.strictEqual(e.packageJSON.version, process.env.PD_EXPECT_VERSION);
    for (const f of ['dist/extension.js', 'dist/server.js', 'seeds/liaozhengbanzi-2023-3.md']) assert.ok(fs.existsSync(path.join(e.extensionPath, f)), f);
    assert.ok(!fs.existsSync(path.join(e.extensionPath, 'node_modules')), 'node_modules shipped');
  });

  test('activates on a draft and reports diagnostics', async () => {
    const ed = await open(file('plan.md'));
    await ready(ed.document);
    const ds = await diagnostics(ed.document.uri, 'unknown-task on line 6', x => x.some(d => code(d) === 'unknown-task' && d.range.start.line === 6));
    const d = ds.find(x => code(x) === 'unknown-task')!;
    assert.deepStrictEqual([d.range.start.character, d.range.end.character], [4, 7]);
    assert.ok(ds.some(x => code(x) === 'wrong-lead-unit'), 'wrong-lead-unit');
  });

  test('completion, hover and definition work from the installed copy', async () => {
    const ed = await open(file('report.txt'));
    const items = await completions(ed.document, at(ed.document, '第十二'));
    assert.ok(items.some(i => label(i).startsWith('第12项')), items.slice(0, 5).map(label).join(' | '));
    assert.match(await hoverText(ed.document, at(ed.document, '第十二项', 2)), /用好省“两高”项目电子监管平台/);
    const locs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', ed.document.uri, at(ed.document, '第十二项', 2));
    const uri = locs[0] && ('targetUri' in locs[0] ? (locs[0] as unknown as vscode.LocationLink).targetUri : locs[0].uri);
    assert.strictEqual(uri?.fsPath, path.join(ext().extensionPath, 'seeds', 'liaozhengbanzi-2023-3.md'));
  });
});
