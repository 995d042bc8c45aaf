/** Shared by the integration suites (they run inside VS Code's extension host). Poll, never sleep a fixed time. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'policy-draft.policy-draft';
export const SOURCE = 'policy-draft';
/** Locale the harness started VS Code in ('en' unless VSCODE_LOCALE was set). */
export const LOCALE = (process.env.PD_TEST_LOCALE || 'en').toLowerCase();
export const EN = LOCALE.startsWith('en');

export function ext(): vscode.Extension<unknown> {
  const e = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(e, `extension ${EXTENSION_ID} is not installed; have: ${vscode.extensions.all.map(x => x.id).filter(x => !x.startsWith('vscode.')).join(', ')}`);
  return e!;
}

export function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder is open');
  return f!.uri;
}
export const file = (...p: string[]) => vscode.Uri.joinPath(root(), ...p);
export const fsPath = (...p: string[]) => file(...p).fsPath;

/** Polls `probe` until it returns a truthy value; wakes on diagnostics changes too. Fails with `what` and the last value. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30000, describe?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let wake: (() => void) | undefined;
  const sub = vscode.languages.onDidChangeDiagnostics(() => wake?.());
  try {
    for (;;) {
      const v = await probe();
      if (v) return v;
      if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}${describe ? `\n  last seen: ${describe()}` : ''}`);
      await new Promise<void>(r => { wake = r; setTimeout(r, 100); });
    }
  } finally { sub.dispose(); }
}

export function code(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}
export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE);
export const show = (ds: vscode.Diagnostic[]) => ds.map(d => `${code(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).join(', ') || '(none)';

/** Waits until the policy-draft diagnostics of `uri` satisfy `ok`. */
export function diagnostics(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => { const ds = ours(uri); return ok(ds) && ds; }, timeoutMs, () => show(ours(uri)));
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** A new draft in the workspace (so tests that edit never touch each other's files). */
let scratchCount = 0;
export async function scratch(text: string, ext = '.md'): Promise<vscode.TextEditor> {
  const uri = file(`scratch-${process.pid}-${++scratchCount}${ext}`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return open(uri);
}
export async function copyOf(name: string): Promise<vscode.TextEditor> {
  const text = fs.readFileSync(fsPath(name), 'utf8');
  return scratch(text, path.extname(name));
}

export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const e = new vscode.WorkspaceEdit();
  e.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(e), 'applyEdit');
}

/** Position just after the first occurrence of `needle` (or at its start + `delta`). */
export function at(doc: vscode.TextDocument, needle: string, delta?: number): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `“${needle}” not in ${path.basename(doc.uri.fsPath)}`);
  return doc.positionAt(i + (delta ?? needle.length));
}

export async function completions(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  // Sorted as the suggest widget sorts items with equal filter scores: by sortText, then label.
  return [...(list?.items ?? [])].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}
const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const sortKey = (i: vscode.CompletionItem) => (i.sortText ?? label(i));
export { label };

/** Applies a completion item as the editor would (its replace range and insert text). */
export async function accept(doc: vscode.TextDocument, item: vscode.CompletionItem, pos: vscode.Position): Promise<void> {
  const r = item.range;
  const range = !r ? doc.getWordRangeAtPosition(pos) ?? new vscode.Range(pos, pos) : r instanceof vscode.Range ? r : r.replacing;
  const text = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? label(item);
  const e = new vscode.WorkspaceEdit();
  e.replace(doc.uri, range, text);
  assert.ok(await vscode.workspace.applyEdit(e), 'applyEdit');
}

export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return (hovers ?? []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Waits for the extension to be active and its language server to answer for `doc` (documentInfo request). */
export async function ready(doc: vscode.TextDocument): Promise<void> {
  const e = ext();
  await waitFor('extension activation', () => e.isActive, 60000);
  const api = e.exports as { client?: { sendRequest(m: string, p: unknown): Promise<unknown> } };
  await waitFor('the language server to know the document', async () => {
    try { return !!(await api.client?.sendRequest('policyDraft/documentInfo', { uri: doc.uri.toString() })); } catch { return false; }
  }, 60000);
}
