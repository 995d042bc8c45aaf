import * as assert from 'assert';
import * as vscode from 'vscode';
import { EN, code, copyOf, diagnostics, file, open, show } from './helpers';

const E = vscode.DiagnosticSeverity.Error, W = vscode.DiagnosticSeverity.Warning, I = vscode.DiagnosticSeverity.Information;
type Want = [code: string, line: number, from: number, to: number, text: string, severity: vscode.DiagnosticSeverity];

// test/fixtures/workspace: exact ranges (0-based line, UTF-16 columns) and the text each one covers.
const PLAN: Want[] = [
  ['unknown-task', 6, 4, 7, '107', E],                            // 第107项 (the notice has 106)
  ['cooperating-unit-as-lead', 8, 30, 36, '市农业农村局', W],        // 第28项: 市农业农村局 only cooperates
  ['wrong-lead-unit', 10, 23, 27, '市科技局', E],                   // 第11项 is led by 市工业和信息化局
  ['title-mismatch', 12, 8, 17, '提升发展现代服务业', E],            // that is task 14's title, not 13's
  ['non-canonical-unit', 14, 23, 27, '市发改委', I],                // the notice writes 市发展改革委
  ['doc-number-format', 16, 11, 17, '[2023]', W],                  // 聊政办字[2023]3号 → 〔2023〕
];
const REPORT: Want[] = [
  ['cooperating-unit-as-lead', 5, 30, 36, '市农业农村局', W],
  ['unknown-task', 6, 3, 7, '一百零七', E],                         // 第一百零七项
];

function check(doc: vscode.TextDocument, ds: vscode.Diagnostic[], want: Want[]) {
  for (const [c, line, from, to, text, sev] of want) {
    const d = ds.find(x => code(x) === c && x.range.start.line === line);
    assert.ok(d, `no ${c} on line ${line}; got ${show(ds)}`);
    assert.deepStrictEqual([d!.range.start.line, d!.range.start.character, d!.range.end.line, d!.range.end.character], [line, from, line, to], `${c} range`);
    assert.strictEqual(doc.getText(d!.range), text, `${c} covers`);
    assert.strictEqual(d!.severity, sev, `${c} severity`);
  }
}
const has = (want: Want[]) => (ds: vscode.Diagnostic[]) => want.every(([c, line]) => ds.some(x => code(x) === c && x.range.start.line === line));

suite('diagnostics', () => {
  test('Markdown draft: each rule id at its exact range', async () => {
    const ed = await open(file('plan.md'));
    const ds = await diagnostics(ed.document.uri, 'the expected diagnostics of plan.md', has(PLAN));
    check(ed.document, ds, PLAN);
    // A correct citation with the notice's own lead units gets nothing (line 4: 第12项 with its three leads).
    assert.deepStrictEqual(ds.filter(d => d.range.start.line === 4).map(code), [], 'line 4 is correct');
    const msg = ds.find(d => code(d) === 'unknown-task')!.message;
    if (EN) assert.match(msg, /has no task 107 \(it has 106\)/);
    else assert.match(msg, /中没有第107项任务（共106项）/);
  });

  test('plain-text draft: Chinese numerals too', async () => {
    const ed = await open(file('report.txt'));
    const ds = await diagnostics(ed.document.uri, 'the expected diagnostics of report.txt', has(REPORT));
    check(ed.document, ds, REPORT);
    assert.deepStrictEqual(ds.filter(d => d.range.start.line === 4).map(code), [], 'line 4 (第十二项 with its leads) is correct');
  });

  test('update after a WorkspaceEdit: fixed problem goes, new one comes, ranges shift', async () => {
    const ed = await copyOf('plan.md');
    const doc = ed.document;
    await diagnostics(doc.uri, 'the copy’s diagnostics', has(PLAN));
    // 第107项 → 第17项 (exists) and 第12项's leads → 市水利局 (does not lead 12)
    const e = new vscode.WorkspaceEdit();
    e.replace(doc.uri, new vscode.Range(6, 4, 6, 7), '17');
    const line4 = doc.lineAt(4).text, lead = line4.indexOf('市发展改革委');
    e.replace(doc.uri, new vscode.Range(4, lead, 4, lead + '市发展改革委'.length), '市水利局');
    assert.ok(await vscode.workspace.applyEdit(e));
    let ds = await diagnostics(doc.uri, 'unknown-task gone and wrong-lead-unit on line 4',
      x => !x.some(d => code(d) === 'unknown-task') && x.some(d => code(d) === 'wrong-lead-unit' && d.range.start.line === 4));
    const w = ds.find(d => code(d) === 'wrong-lead-unit' && d.range.start.line === 4)!;
    assert.strictEqual(doc.getText(w.range), '市水利局');
    // Two lines inserted at the top move every diagnostic down by two.
    const top = new vscode.WorkspaceEdit();
    top.insert(doc.uri, new vscode.Position(0, 0), '前言\n\n');
    assert.ok(await vscode.workspace.applyEdit(top));
    ds = await diagnostics(doc.uri, 'doc-number-format on line 18', x => x.some(d => code(d) === 'doc-number-format' && d.range.start.line === 18));
    assert.strictEqual(doc.getText(ds.find(d => code(d) === 'doc-number-format')!.range), '[2023]');
    assert.ok(!ds.some(d => d.range.start.line === 16 && code(d) === 'doc-number-format'), 'stale diagnostic at the old line: ' + show(ds));
  });
});
