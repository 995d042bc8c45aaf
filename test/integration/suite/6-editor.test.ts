/**
 * Editor experience: task tree commands, quick picks, inlay hints, CodeLens, semantic tokens, snippets and grammar,
 * the status bar's data (documentInfo), localised contributions, and a broken policy-draft.json.
 * Locale-dependent assertions look at vscode.env.language (the harness runs this suite in en and in zh-cn).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { code, diagnostics, ext, file, fsPath, open, ready, replaceAll, scratch, waitFor } from './helpers';

const ZH = vscode.env.language.toLowerCase().startsWith('zh');
const T12 = '第12项“加强“两高”行业管控”';
const T28 = '第28项“加强水土流失综合治理”';
const SEED = 'seeds/liaozhengbanzi-2023-3.md';
const NOTICE_LABEL = '聊政办字〔2023〕3号';

interface TaskInfo { number: number; title: string; leads: string[]; cooperating: string[]; range: { start: { line: number; character: number } } }
interface NoticeInfo { uri: string; id: string; docNumber?: string; bundled: boolean; tasks: TaskInfo[]; units: { name: string; leadTasks: number[]; cooperatingTasks: number[] }[] }
interface DocumentInfo { notice: { id: string; label: string; title?: string } | null; via: string; isNotice: boolean }
type Client = { sendRequest<T>(m: string, p?: unknown): Promise<T> };

const client = (): Client => {
  const c = (ext().exports as { client?: Client } | undefined)?.client;
  assert.ok(c && typeof c.sendRequest === 'function', 'activate() exports { client }');
  return c!;
};
const notices = () => client().sendRequest<NoticeInfo[]>('policyDraft/notices');
type TreeNode = { kind: string; label?: string; task?: TaskInfo; notice?: { id: string } };
type TreeProvider = { getChildren(n?: TreeNode): Promise<TreeNode[]>; getTreeItem(n: TreeNode): vscode.TreeItem; setFilter?(q: string): void };
const trees = () => {
  const t = (ext().exports as { trees?: { tasks: TreeProvider; units: TreeProvider } }).trees;
  assert.ok(t, 'activate() exports the tree providers');
  return t!;
};
const bundled = async () => { const n = (await notices()).find(x => x.bundled); assert.ok(n, 'the bundled notice is indexed'); return n!; };
const info = (doc: vscode.TextDocument) => client().sendRequest<DocumentInfo | null>('policyDraft/documentInfo', { uri: doc.uri.toString() });
const seedUri = () => vscode.Uri.joinPath(ext().extensionUri, SEED);
const seedLine = (prefix: string) => fs.readFileSync(seedUri().fsPath, 'utf8').split('\n').findIndex(l => l.startsWith(prefix));

/** A draft that is not on disk (so the language server knows it only while it is open). */
async function untitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const ed = await vscode.window.showTextDocument(doc, { preview: false });
  await ready(doc);
  return ed;
}
async function closeActive(): Promise<void> { await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'); }

/**
 * Runs an interactive command without awaiting it and accepts the quick pick's selected (first) item until the command
 * settles: the pick appears asynchronously, and an accept with no quick pick open does nothing.
 */
async function driveQuickPicks(command: string, ...args: unknown[]): Promise<void> {
  let done = false, error: unknown;
  const p = Promise.resolve(vscode.commands.executeCommand(command, ...args)).then(() => { done = true; }, e => { done = true; error = e; });
  try {
    await waitFor(`${command} to settle after accepting its quick pick(s)`, async () => {
      if (done) return true;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done;
    }, 15000);
  } finally {
    if (!done) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await p;
  }
  if (error) throw error;
}

function hintLabel(h: vscode.InlayHint): string { return typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join(''); }
async function inlayHints(doc: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
}
async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}
const lensCount = (l: vscode.CodeLens | undefined) => {
  const m = /(?:被引用 (\d+) 次|cited (\d+) time\(s\))/.exec(l?.command?.title ?? '');
  return m ? Number(m[1] ?? m[2]) : undefined;
};

/** The document's semantic tokens decoded as `type text@line:character` (VS Code's relative 5-number encoding). */
async function semanticTokens(doc: vscode.TextDocument): Promise<string[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  const out: string[] = [];
  let line = 0, ch = 0;
  for (let i = 0; tokens && i + 4 < tokens.data.length; i += 5) {
    const [dl, ds, len, type] = [tokens.data[i], tokens.data[i + 1], tokens.data[i + 2], tokens.data[i + 3]];
    line += dl; ch = dl ? ds : ch + ds;
    out.push(`${legend.tokenTypes[type]} ${doc.getText(new vscode.Range(line, ch, line, ch + len))}@${line}:${ch}`);
  }
  return out;
}

/** The language server's output channel as VS Code logged it (undefined if the runner gave no user-data dir). */
function serverLog(): string | undefined {
  const dir = process.env.VSCODE_TEST_USER_DATA;
  if (!dir || !fs.existsSync(path.join(dir, 'logs'))) return undefined;
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap(x => (x.isDirectory() ? walk(path.join(d, x.name)) : [path.join(d, x.name)]));
  return walk(path.join(dir, 'logs')).filter(f => f.endsWith('.log')).map(f => fs.readFileSync(f, 'utf8')).filter(t => t.includes('[policy-draft]')).join('\n');
}

suite('editor experience', () => {
  suiteSetup(async () => { await ready((await open(file('plan.md'))).document); });

  // ───────── task tree and commands ─────────
  test('activate() exports the language client; the tree views and commands are contributed and registered', async () => {
    assert.ok(client());
    const pj = ext().packageJSON;
    const views = (pj.contributes.views.explorer as { id: string }[]).map(v => v.id);
    assert.deepStrictEqual(views, ['policyDraft.tasks', 'policyDraft.units']);
    const ids = (pj.contributes.commands as { command: string }[]).map(c => c.command);
    const all = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(ids.filter(id => !all.has(id)), [], 'contributed commands that are not registered');
    // The workbench makes a focus command per view: the views exist in the explorer.
    for (const v of views) assert.ok(all.has(`${v}.focus`), `${v}.focus`);
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('policyDraft.tasks.focus');   // resolves the tree (getChildren) without error
    await vscode.commands.executeCommand('policyDraft.units.focus');
  });

  test('the task tree lists the bundled notice\'s sections and tasks, fetched as shown; its filter asks the server', async () => {
    const { tasks, units } = trees();
    // One notice: the root shows its sections (the seed has 11), each section its tasks.
    const sections = await tasks.getChildren();
    assert.strictEqual(sections.length, 11);
    assert.ok(sections.every(x => x.kind === 'section'));
    const first = await tasks.getChildren(sections[1]);
    assert.ok(first.some(x => x.task?.number === 12), 'task 12 under the second section');
    assert.strictEqual(String(tasks.getTreeItem(first.find(x => x.task?.number === 12)!).label), '12. 加强“两高”行业管控');
    // The filter: matches come from the server (policyDraft/searchTasks) over all notices.
    tasks.setFilter!('两高');
    try {
      const filtered = await tasks.getChildren();
      assert.strictEqual(filtered.length, 1, 'only the section holding a match');
      assert.deepStrictEqual((await tasks.getChildren(filtered[0])).map(x => x.task?.number), [12]);
    } finally { tasks.setFilter!(''); }
    assert.strictEqual((await tasks.getChildren()).length, 11, 'the filter cleared');
    // Units of the notice, most lead tasks first; a unit's children are its tasks.
    const us = await units.getChildren();
    const fgw = us.find(x => String(units.getTreeItem(x).label) === '市发展改革委');
    assert.ok(fgw, '市发展改革委 in the unit tree');
    assert.ok((await units.getChildren(fgw)).some(x => x.task?.number === 12));
  });

  test('revealTask opens the notice at the task line; openBundledNotice opens the seed; rebuildIndex resolves', async () => {
    const n = await bundled();
    const t12 = n.tasks.find(x => x.number === 12)!;
    assert.strictEqual(t12.title, '加强“两高”行业管控');
    const line = seedLine('12. 加强“两高”行业管控');
    assert.strictEqual(t12.range.start.line, line, 'the task range the tree passes');
    await vscode.commands.executeCommand('policyDraft.revealTask', n.uri, t12.range);
    const ed = await waitFor('the notice editor', () => { const a = vscode.window.activeTextEditor; return a?.document.uri.fsPath === seedUri().fsPath && a; }, 10000);
    assert.strictEqual(ed.selection.active.line, line);

    await open(file('plan.md'));
    await vscode.commands.executeCommand('policyDraft.openBundledNotice');
    await waitFor('the bundled notice to be active', () => vscode.window.activeTextEditor?.document.uri.fsPath === seedUri().fsPath, 10000);

    await vscode.commands.executeCommand('policyDraft.rebuildIndex');
    assert.strictEqual((await bundled()).tasks.length, 106, 'the index after the rebuild');
  });

  test('insertTaskFromTree and insertCitation insert citations into the active draft', async () => {
    const n = await bundled();
    const ed = await scratch('');
    await ready(ed.document);
    await vscode.commands.executeCommand('policyDraft.insertTaskFromTree', { notice: n.id, task: { number: 12 } });
    assert.strictEqual(ed.document.getText(), T12);
    await vscode.commands.executeCommand('policyDraft.insertTaskFromTree', {});   // a node without a task: nothing
    assert.strictEqual(ed.document.getText(), T12);
    // A tree node, as VS Code passes it to the context-menu command: its notice is an object, not an id.
    const node = (await trees().tasks.getChildren(( await trees().tasks.getChildren())[1])).find(x => x.task?.number === 12);
    assert.ok(node && typeof node.notice === 'object', 'a task node of the tree');
    const at = ed.document.lineAt(0).range.end;
    ed.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('policyDraft.insertTaskFromTree', node);
    assert.strictEqual(ed.document.getText(), T12 + T12);
    await replaceAll(ed.document, T12);
    const end = ed.document.lineAt(0).range.end;
    ed.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('policyDraft.insertCitation', { number: 28 });
    assert.strictEqual(ed.document.getText(), T12 + T28);
  });

  test('chooseNotice: accepting “Automatic” in its quick pick clears the override', async () => {
    const n = await bundled();
    const ed = await scratch('第12项\n');
    await ready(ed.document);
    assert.ok(await client().sendRequest('policyDraft/setDocumentNotice', { uri: ed.document.uri.toString(), notice: n.id }));
    assert.strictEqual((await info(ed.document))?.via, 'override');
    await driveQuickPicks('policyDraft.chooseNotice');
    const i = await info(ed.document);
    assert.strictEqual(i?.via, 'default', JSON.stringify(i));
    assert.strictEqual(i?.notice?.label, NOTICE_LABEL);
  });

  test('showCoverage: accepting a unit, then its first task, inserts that task’s citation', async () => {
    const n = await bundled();
    const unit = n.units[0];
    const first = unit.leadTasks[0] ?? unit.cooperatingTasks[0];
    const title = n.tasks.find(x => x.number === first)!.title;
    const ed = await scratch('');
    await ready(ed.document);
    await driveQuickPicks('policyDraft.showCoverage');
    assert.strictEqual(ed.document.getText(), `第${first}项“${title}”`, `unit ${unit.name}`);
  });

  // ───────── inlay hints ─────────
  test('inlay hints: the title after a bare 第12项, none after a titled citation, none when disabled', async () => {
    const ed = await untitled(`见第12项。\n又见${T12}。\n`);
    const doc = ed.document;
    const hints = await waitFor('an inlay hint', async () => { const h = await inlayHints(doc); return h.length > 0 && h; }, 10000);
    assert.strictEqual(hints.length, 1, hints.map(h => `${h.position.line}:${h.position.character} ${hintLabel(h)}`).join(' | '));
    assert.match(hintLabel(hints[0]), /加强“两高”行业管控$/);
    assert.deepStrictEqual([hints[0].position.line, hints[0].position.character], [0, '见第12项'.length], 'at the end of the citation');

    const cfg = () => vscode.workspace.getConfiguration('policyDraft');
    await cfg().update('inlayHints', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('no inlay hints with policyDraft.inlayHints=false', async () => (await inlayHints(doc)).length === 0, 15000);
    } finally {
      await cfg().update('inlayHints', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('inlay hints back', async () => (await inlayHints(doc)).length === 1, 15000);
    await closeActive();
  });

  // ───────── CodeLens ─────────
  test('CodeLens on the notice’s tasks count citations; task 12 counts a draft’s two citations; its command runs', async () => {
    await vscode.commands.executeCommand('policyDraft.openBundledNotice');
    const notice = await waitFor('the bundled notice', () => { const a = vscode.window.activeTextEditor; return a?.document.uri.fsPath === seedUri().fsPath && a; }, 10000);
    await ready(notice.document);
    const line12 = seedLine('12. 加强“两高”行业管控');
    const at12 = (ls: vscode.CodeLens[]) => ls.find(l => l.range.start.line === line12);
    const before = await waitFor('lenses on the notice', async () => { const ls = await lenses(notice.document.uri); return ls.length >= 100 && ls; }, 10000);
    assert.ok(before.length <= 106, `${before.length} lenses`);
    for (const l of before) assert.match(l.command?.title ?? '', ZH ? /^被引用 \d+ 次$/ : /^cited \d+ time\(s\)$/);
    // Other drafts of the workspace (plan.md, report.txt, earlier tests' scratch files) cite task 12 too: compare.
    const base = lensCount(at12(before));
    assert.ok(base !== undefined, `task 12's lens: ${at12(before)?.command?.title}`);

    await untitled('# 测试\n\n一、第12项。\n二、再次落实第12项。\n');
    let last: vscode.CodeLens | undefined;
    await waitFor(`task 12's lens to count ${base! + 2}`, async () => { last = at12(await lenses(notice.document.uri)); return lensCount(last) === base! + 2; }, 10000, () => String(last?.command?.title));
    assert.strictEqual(last!.command!.title, ZH ? `被引用 ${base! + 2} 次` : `cited ${base! + 2} time(s)`);
    assert.strictEqual(last!.command!.command, 'policyDraft.showReferences');
    await closeActive();

    await vscode.window.showTextDocument(notice.document);
    await vscode.commands.executeCommand(last!.command!.command, ...(last!.command!.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  // ───────── semantic tokens ─────────
  test('semantic tokens: taskCitation, unknownTask, unit, unknownUnit at their positions', async () => {
    const text = '1. 第12项（牵头单位：市科技局、市不存在局）\n2. 第107项\n';
    const ed = await untitled(text);
    const doc = ed.document;
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend, 'a legend');
    for (const t of ['taskCitation', 'unknownTask', 'unit', 'unknownUnit', 'docNumber']) assert.ok(legend.tokenTypes.includes(t), `legend has ${t}: ${legend.tokenTypes}`);
    const decoded = await waitFor('semantic tokens', async () => { const d = await semanticTokens(doc); return d.length > 0 && d; }, 10000);
    // A numbered citation's token covers its number (第1—8项 has one per number); a unit's token the whole name.
    const expect = (type: string, needle: string, inner = needle) => {
      const p = doc.positionAt(text.indexOf(needle) + needle.indexOf(inner));
      const want = `${type} ${inner}@${p.line}:${p.character}`;
      assert.ok(decoded.includes(want), `${want}; tokens: ${decoded.join(' | ')}`);
    };
    expect('taskCitation', '第12项', '12');
    expect('unknownTask', '第107项', '107');
    expect('unit', '市科技局');
    expect('unknownUnit', '市不存在局');
    assert.strictEqual(decoded.length, 4, decoded.join(' | '));
    await closeActive();
  });

  // Known bug (reported): with a per-document notice (setDocumentNotice / chooseNotice) the server sends a zero-length
  // docNumber token at 0:0 — the synthetic prefix naming the chosen notice leaks out of shiftAnalysis — and VS Code
  // logs “Semantic token with invalid length detected at lineNumber 1, column 1”. Enable once fixed.
  test('semantic tokens of a draft bound by setDocumentNotice: no empty token', async () => {
    const ed = await untitled('第12项\n');
    const doc = ed.document;
    assert.ok(await client().sendRequest('policyDraft/setDocumentNotice', { uri: doc.uri.toString(), notice: (await bundled()).id }));
    try {
      const decoded = await waitFor('semantic tokens', async () => { const d = await semanticTokens(doc); return d.length > 0 && d; }, 10000);
      assert.deepStrictEqual(decoded, ['taskCitation 12@0:1']);
    } finally {
      await client().sendRequest('policyDraft/setDocumentNotice', { uri: doc.uri.toString(), notice: null });
      await closeActive();
    }
  });

  // ───────── snippets and grammar ─────────
  test('snippets and the grammar are contributed; rwfjb offers the task breakdown table snippet', async () => {
    const pj = ext().packageJSON.contributes;
    const paths = [...(pj.snippets as { path: string }[]), ...(pj.grammars as { path: string }[])].map(x => x.path);
    assert.ok(paths.length >= 2);
    for (const p of paths) await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext().extensionUri, p));   // throws if missing
    const grammar = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext().extensionUri, pj.grammars[0].path))).toString('utf8'));
    assert.strictEqual(grammar.scopeName, pj.grammars[0].scopeName);

    const ed = await untitled('rwfjb');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', ed.document.uri, new vscode.Position(0, 5));
    const snippet = list.items.find(i => i.kind === vscode.CompletionItemKind.Snippet && (i.insertText instanceof vscode.SnippetString ? i.insertText.value : String(i.insertText ?? '')).startsWith('| 序号'));
    assert.ok(snippet, 'snippet items: ' + list.items.filter(i => i.kind === vscode.CompletionItemKind.Snippet).map(i => JSON.stringify(i.label)).join(', '));
    await closeActive();
  });

  // ───────── status bar data ─────────
  test('documentInfo (the status bar’s data): declared, default, then override after setDocumentNotice', async () => {
    const plan = (await open(file('plan.md'))).document;
    let i = await info(plan);
    assert.deepStrictEqual([i?.notice?.label, i?.via, i?.isNotice], [NOTICE_LABEL, 'declared', false], JSON.stringify(i));

    const ed = await untitled('第12项\n');
    const doc = ed.document;
    i = await info(doc);
    assert.deepStrictEqual([i?.notice?.label, i?.via], [NOTICE_LABEL, 'default'], JSON.stringify(i));
    const n = await bundled();
    assert.strictEqual(await client().sendRequest('policyDraft/setDocumentNotice', { uri: doc.uri.toString(), notice: n.id }), true);
    i = await info(doc);
    assert.deepStrictEqual([i?.notice?.label, i?.via], [NOTICE_LABEL, 'override'], JSON.stringify(i));
    assert.strictEqual(await client().sendRequest('policyDraft/setDocumentNotice', { uri: doc.uri.toString(), notice: null }), true);
    assert.strictEqual((await info(doc))?.via, 'default');
    await closeActive();

    const seed = await vscode.workspace.openTextDocument(seedUri());
    await vscode.window.showTextDocument(seed);
    assert.strictEqual((await info(seed))?.isNotice, true);
  });

  // ───────── localisation ─────────
  test(ZH ? 'contributions are localised from package.nls.zh-cn.json; every %key% is in both nls files' : 'contributions come from package.nls.json; every %key% is in both nls files', async () => {
    const read = async (name: string) => JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext().extensionUri, name))).toString('utf8'));
    const [raw, en, zh] = await Promise.all([read('package.json'), read('package.nls.json'), read('package.nls.zh-cn.json')]);
    const keys = [...JSON.stringify(raw).matchAll(/"%([\w.-]+)%"/g)].map(m => m[1]);
    assert.ok(keys.length > 20, `${keys.length} keys`);
    assert.deepStrictEqual(keys.filter(k => !(k in en)), [], 'missing in package.nls.json');
    assert.deepStrictEqual(keys.filter(k => !(k in zh)), [], 'missing in package.nls.zh-cn.json');
    assert.deepStrictEqual(Object.keys(zh).filter(k => !(k in en)), [], 'zh-cn keys unknown to package.nls.json');

    const nls = ZH ? zh : en;
    const str = (x: string | { value: string }) => (typeof x === 'string' ? x : x.value);
    const pj = ext().packageJSON.contributes;
    const rawCommands = raw.contributes.commands as { command: string; title: string; category: string }[];
    for (const c of pj.commands as { command: string; title: string | { value: string }; category: string | { value: string } }[]) {
      const r = rawCommands.find(x => x.command === c.command)!;
      assert.strictEqual(str(c.title), nls[r.title.slice(1, -1)], `title of ${c.command}`);
      assert.strictEqual(str(c.category), nls.category, `category of ${c.command}`);
    }
    for (const v of pj.views.explorer as { id: string; name: string | { value: string } }[]) {
      assert.strictEqual(str(v.name), nls[`view.${v.id.split('.')[1]}`], `name of view ${v.id}`);
    }
    if (ZH) assert.strictEqual(str(pj.commands[0].title), '插入任务引用…');
  });

  // ───────── a broken policy-draft.json ─────────
  test('a broken policy-draft.json does not stop the server; restoring it works', async () => {
    const cfg = fsPath('policy-draft.json');
    const ed = await scratch('第12项\n');
    const doc = ed.document;
    await ready(doc);
    try {
      fs.writeFileSync(cfg, '{ "notices": [ "bundled", ');
      await vscode.commands.executeCommand('policyDraft.rebuildIndex');   // the server re-reads it now (not only on the file event)
      const logged = serverLog();
      if (logged !== undefined) await waitFor('the server to log the broken config', () => /policy-draft\.json 不是有效的 JSON：.*is not valid JSON/.test(serverLog() ?? ''), 10000);
      // …and keeps serving: a new problem in the draft is reported.
      await replaceAll(doc, '第12项\n第107项\n');
      await diagnostics(doc.uri, 'unknown-task with a broken config', x => x.some(d => code(d) === 'unknown-task' && d.range.start.line === 1), 15000);
      assert.strictEqual((await bundled()).tasks.length, 106, 'the bundled notice stays indexed');
      assert.strictEqual((await info(doc))?.notice?.label, NOTICE_LABEL);
      // Restored (valid again): still served.
      fs.writeFileSync(cfg, JSON.stringify({ notices: ['bundled'] }, null, 2));
      await vscode.commands.executeCommand('policyDraft.rebuildIndex');
      await replaceAll(doc, '第12项\n\n第108项\n');
      await diagnostics(doc.uri, 'unknown-task after the config was restored', x => x.some(d => code(d) === 'unknown-task' && d.range.start.line === 2), 15000);
      assert.deepStrictEqual((await notices()).map(x => `${x.docNumber}: ${x.tasks.length}`), [`${NOTICE_LABEL}: 106`]);
    } finally {
      fs.rmSync(cfg, { force: true });
    }
  });
});
