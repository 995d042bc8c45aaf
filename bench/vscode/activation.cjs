// Runs inside a real VS Code's extension host, loaded by scripts/run-vscode-tests.js as the extensionTestsPath (see
// the vscode section of bench/run.mjs): opens the workspace's draft, waits for the extension to be active and for
// the draft's first diagnostics, and prints `PD_BENCH {…}` with the extension's own activation times (code
// loading, activate() until it resolved, of which the language server's start) as VS Code's Running Extensions
// view counts them.
'use strict';
const vscode = require('vscode');

exports.run = async function run() {
  const t0 = performance.now();
  const ext = vscode.extensions.getExtension('policy-draft.policy-draft');
  if (!ext) throw new Error('policy-draft is not loaded');
  const activeAtStart = ext.isActive;
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'draft.md');
  const ours = () => vscode.languages.getDiagnostics(uri).some(d => d.source === 'policy-draft');
  const diagnosed = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics for draft.md within 60 s')), 60_000);
    const done = () => { clearTimeout(timer); sub.dispose(); resolve(); };
    const sub = vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.toString() === uri.toString()) && ours()) done(); });
    if (ours()) done();
  });
  diagnosed.catch(() => undefined); // awaited below; this keeps a timeout during activate() from going unhandled
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const api = await ext.activate();
  const active = performance.now();
  await diagnosed;
  const diagnostics = performance.now();
  const round = x => Math.round(x * 10) / 10;
  console.log(`PD_BENCH ${JSON.stringify({ vscode: vscode.version, activeAtStart, activation: api.activation, openToActiveMs: round(active - t0), openToDiagnosticsMs: round(diagnostics - t0) })}`);
};
