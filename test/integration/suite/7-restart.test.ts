/**
 * Issue #7: when the language server dies, the client restarts it and tells the user (client/src/extension.ts,
 * errorHandler.closed → CloseAction.Restart + a localised warning). Here the server is really killed (SIGKILL, as a
 * crash or the OOM killer would), in the real editor.
 *
 * No test hook in production: the server is the extension host's child process running dist/server.js, found in
 * /proc (the suite runs on Linux only: code-server + chromium). The warning is seen by wrapping
 * vscode.window.showWarningMessage for the length of the test — the extension and this suite live under the same
 * extension path, so the extension host hands both the same `vscode` API object.
 *
 * This file runs last: should the restart fail, no other suite is left without a server.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EN, at, code, copyOf, diagnostics, ext, hoverText, ready, waitFor } from './helpers';

// l10n/bundle.l10n.zh-cn.json holds the Chinese text of the warning.
const RESTARTED = EN ? /stopped unexpectedly and has been restarted/ : /意外停止，已自动重启/;

/** `state` and `ppid` of a process from /proc/PID/stat (the command name may hold spaces and parentheses). */
function stat(pid: number): { state: string; ppid: number } | undefined {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch { return undefined; }   // no such process
}
const alive = (pid: number) => { const s = stat(pid); return !!s && s.state !== 'Z'; };

/** Live children of this extension host whose command line runs the extension's dist/server.js. */
function serverPids(): number[] {
  const script = path.join(ext().extensionPath, 'dist', 'server.js');
  const pids: number[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const pid = Number(d), s = stat(pid);
    if (!s || s.ppid !== process.pid || s.state === 'Z') continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(script)) pids.push(pid);
    } catch { /* exited meanwhile */ }
  }
  return pids;
}

suite('server crash and restart (issue #7)', () => {
  test('a killed language server is restarted, the user is warned, and diagnostics and hover work again', async function () {
    if (process.platform !== 'linux') this.skip();
    this.timeout(120000);
    const ed = await copyOf('plan.md');
    const doc = ed.document;
    // 1. a draft with diagnostics from the running server
    await ready(doc);
    await diagnostics(doc.uri, 'unknown-task on 第107项', ds => ds.some(d => code(d) === 'unknown-task' && doc.getText(d.range) === '107'));
    const before = serverPids();
    assert.strictEqual(before.length, 1, `one language server process under the extension host (pid ${process.pid}); found ${JSON.stringify(before)}`);
    const old = before[0];

    // 2. watch what the user is told, then kill the server
    const warnings: string[] = [], errors: string[] = [];
    const win = vscode.window as { showWarningMessage: (...a: unknown[]) => unknown; showErrorMessage: (...a: unknown[]) => unknown };
    const origWarn = win.showWarningMessage, origError = win.showErrorMessage;
    win.showWarningMessage = (...a: unknown[]) => { warnings.push(String(a[0])); return origWarn.apply(vscode.window, a); };
    win.showErrorMessage = (...a: unknown[]) => { errors.push(String(a[0])); return origError.apply(vscode.window, a); };
    try {
      assert.notStrictEqual(vscode.window.showWarningMessage, origWarn, 'could not wrap vscode.window.showWarningMessage');
      process.kill(old, 'SIGKILL');
      await waitFor(`server pid ${old} to exit`, () => !alive(old), 10000);

      // 3. the user was warned (in the display language), and not told the server is given up on
      await waitFor('the restart warning', () => warnings.some(w => RESTARTED.test(w)), 20000, () => JSON.stringify(warnings));
      assert.strictEqual(warnings.filter(w => RESTARTED.test(w)).length, 1, `one restart warning: ${JSON.stringify(warnings)}`);
      assert.deepStrictEqual(errors, [], 'no error message');
    } finally {
      win.showWarningMessage = origWarn;
      win.showErrorMessage = origError;
    }

    // 4. a new server process answers requests…
    const now = await waitFor('a new language server process', () => { const p = serverPids(); return p.length === 1 && p[0] !== old && p; }, 30000, () => JSON.stringify(serverPids()));
    console.log(`    server pid ${old} killed; restarted as pid ${now[0]}`);
    await ready(doc);
    // …publishes diagnostics for an edit made after the restart (the old ones stay in the collection until then)…
    const e = new vscode.WorkspaceEdit();
    e.replace(doc.uri, new vscode.Range(at(doc, '第107', 1), at(doc, '第107')), '108');
    assert.ok(await vscode.workspace.applyEdit(e), 'applyEdit');
    await diagnostics(doc.uri, 'unknown-task on 第108项 from the new server',
      ds => ds.some(d => code(d) === 'unknown-task' && doc.getText(d.range) === '108') && !ds.some(d => doc.getText(d.range) === '107'));
    // …and hovers again.
    const md = await hoverText(doc, at(doc, '第12项', 2));
    assert.match(md, /加强“两高”行业管控/, `hover after the restart: ${md}`);
    assert.deepStrictEqual(serverPids(), now, 'still the one restarted server');
  });
});
