import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EN, LOCALE, ext, file, open, ours, ready, show, waitFor } from './helpers';

// The harness opens a different draft first in each locale run: plan.md (Markdown) in English, report.txt (plain
// text) in zh-cn, so each activation event can be seen firing on its own.
const FIRST = process.env.PD_FIRST_DOC || (EN ? 'plan.md' : 'report.txt');
const DECLARED = ['onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:policy-draft.json', 'onView:policyDraft.tasks', 'onCommand:policyDraft.insertCitation'];

/** The activation event of our extension, from the extension host's log (the runner passes its user-data dir). */
function activationEvent(): string | undefined {
  const dir = process.env.VSCODE_TEST_USER_DATA;
  if (!dir) return undefined;
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap(x => (x.isDirectory() ? walk(path.join(d, x.name)) : [path.join(d, x.name)]));
  for (const f of walk(path.join(dir, 'logs')).filter(x => /exthost\.log$/.test(x))) {
    const m = /_doActivateExtension policy-draft\.policy-draft, startup: \w+, activationEvent: '([^']+)'/.exec(fs.readFileSync(f, 'utf8'));
    if (m) return m[1];
  }
  return undefined;
}

suite('activation (real VS Code)', () => {
  let activeBefore = false;

  test('runs in a real VS Code with the extension registered', () => {
    console.log(`    vscode ${vscode.version}, uiKind ${vscode.UIKind[vscode.env.uiKind]}, remoteName ${vscode.env.remoteName}, language ${vscode.env.language}`);
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const e = ext();
    assert.strictEqual(e.packageJSON.name, 'policy-draft');
    activeBefore = e.isActive;
    assert.strictEqual(vscode.env.language, LOCALE, 'vscode.env.language');
  });

  test(`activates when ${FIRST} is opened`, async () => {
    const ed = await open(file(FIRST));
    const lang = FIRST.endsWith('.txt') ? 'plaintext' : 'markdown';
    assert.strictEqual(ed.document.languageId, lang);
    await ready(ed.document);
    assert.ok(ext().isActive);
    const event = await waitFor('the activation line in the extension host log', () => activationEvent(), 20000);
    console.log(`    activated by ${event}${activeBefore ? ' (before the test opened a draft: VS Code creates plain-text models of its own at startup)' : ''}`);
    assert.ok(DECLARED.includes(event), `activated by an undeclared event: ${event}`);
    if (!activeBefore) assert.strictEqual(event, `onLanguage:${lang}`);
  });

  test('times its own activation (code loading, activate, the language server start)', async () => {
    const api = (await ext().activate()) as { activation?: { loadMs?: number; activateMs?: number; serverStartMs?: number } };
    const a = api.activation;
    assert.ok(a, 'activate() returns activation times');
    console.log(`    activation ${a.activateMs} ms (code loading ${a.loadMs} ms, language server start ${a.serverStartMs} ms)`);
    // Loaded from dist/extension.js, whose first line starts the clock (scripts/build.mjs).
    assert.ok(typeof a.loadMs === 'number' && a.loadMs > 0 && a.loadMs < 60_000, `loadMs ${a.loadMs}`);
    assert.ok(typeof a.activateMs === 'number' && typeof a.serverStartMs === 'number', 'activateMs, serverStartMs');
    assert.ok(a.serverStartMs > 0 && a.serverStartMs <= a.activateMs, `server start ${a.serverStartMs} ≤ activation ${a.activateMs}`);
  });

  test('serves both a Markdown and a plain-text draft', async () => {
    for (const name of ['plan.md', 'report.txt']) {
      const uri = file(name);
      await open(uri);
      await waitFor(`diagnostics of ${name}`, () => ours(uri).length > 0, 30000, () => show(ours(uri)));
    }
  });
});
