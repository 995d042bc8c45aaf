/**
 * The VS Code side: starts the language server, and adds what only an editor has — a status bar item, a task
 * tree, commands with quick picks. All knowledge comes from the server (custom requests `policyDraft/*`); this file
 * holds no notice logic. UI strings go through vscode.l10n (English source, zh-cn bundle in l10n/).
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { NoticeCache, NoticeInfo, NoticeSummary, TaskTreeProvider, UnitTreeProvider } from './tree';

let client: LanguageClient | undefined;
const t = vscode.l10n.t;

/**
 * When this bundle began to run: the build puts `var __policyDraftLoadStart = performance.now()` first in
 * dist/extension.js (scripts/build.mjs). Activation is timed in the parts VS Code's "Running Extensions" view shows
 * — code loading (here from the bundle's first statement, so reading and compiling the file are not counted), then
 * `activate` until it resolves (which includes starting the language server) — so the benchmark can read it in a
 * real VS Code, and the output channel says it for anyone who asks why an editor starts slowly.
 */
declare const __policyDraftLoadStart: number | undefined;
const loadStart = typeof __policyDraftLoadStart === 'number' ? __policyDraftLoadStart : undefined;
let loadEnd: number | undefined;

/** Milliseconds: code loading (undefined when not run from the bundle), activate() in all, of it the server's start. */
export interface ActivationTimes { loadMs: number | undefined; activateMs: number; serverStartMs: number }

export interface DocumentInfo { notice: { id: string; label: string; title?: string } | null; via: string; isNotice: boolean }

export async function activate(ctx: vscode.ExtensionContext): Promise<{ client: LanguageClient; trees: { tasks: TaskTreeProvider; units: UnitTreeProvider }; activation: ActivationTimes }> {
  const activateStart = performance.now();
  const serverModule = ctx.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  let restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }],
    synchronize: {
      configurationSection: 'policyDraft',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt,json}'),
    },
    initializationOptions: { locale: vscode.env.language, trusted: vscode.workspace.isTrusted },
    errorHandler: {
      // A write to a server that has just died ("Channel closed") is logged, not shown: closed() below tells the
      // user, in their language, once. (Unhandled, the library pops up its own English error for it.)
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        const now = Date.now();
        restarts = restarts.filter(x => now - x < 3 * 60_000);
        restarts.push(now);
        if (restarts.length > 5) {
          void vscode.window.showErrorMessage(t('The Policy Draft language server stopped 5 times in 3 minutes and will not be restarted. Reload the window to try again.'));
          // handled: our (localised) message replaces the library's English one.
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        void vscode.window.showWarningMessage(t('The Policy Draft language server stopped unexpectedly and has been restarted.'));
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('policyDraft', t('Policy Draft'), serverOptions, clientOptions);
  const serverStart = performance.now();
  await client.start();
  const serverStartMs = performance.now() - serverStart;
  const c = client;

  ctx.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => { void c.sendNotification('policyDraft/trust', { trusted: true }); }));

  // ── task tree and unit tree ──
  const notices = new NoticeCache({
    summaries: async () => (await c.sendRequest<NoticeSummary[]>('policyDraft/notices', { summary: true })) ?? [],
    detail: async id => (await c.sendRequest<NoticeInfo | null>('policyDraft/notice', { id })) ?? undefined,
    search: async query => (await c.sendRequest<{ id: string; numbers: number[] }[]>('policyDraft/searchTasks', { query })) ?? [],
  });
  const tasks = new TaskTreeProvider(notices);
  const units = new UnitTreeProvider(notices);
  const refreshTrees = () => { notices.clear(); tasks.refresh(); units.refresh(); };
  ctx.subscriptions.push(
    vscode.window.registerTreeDataProvider('policyDraft.tasks', tasks),
    vscode.window.registerTreeDataProvider('policyDraft.units', units),
  );

  // ── status bar: the notice this draft is bound to, and its problem count ──
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'policyDraft.chooseNotice';
  ctx.subscriptions.push(status);
  const updateStatus = async () => {
    const ed = vscode.window.activeTextEditor;
    if (!ed || !['markdown', 'plaintext'].includes(ed.document.languageId)) { status.hide(); return; }
    let info: DocumentInfo | null = null;
    try { info = await c.sendRequest<DocumentInfo | null>('policyDraft/documentInfo', { uri: ed.document.uri.toString() }); } catch { /* server restarting */ }
    if (!info) { status.hide(); return; }
    const problems = vscode.languages.getDiagnostics(ed.document.uri).filter(d => d.source === 'policy-draft').length;
    if (info.isNotice) status.text = `$(book) ${t('Notice')}`;
    else status.text = `$(book) ${info.notice?.label ?? t('No notice')}${problems ? ` · $(warning) ${problems}` : ''}`;
    status.tooltip = info.notice ? `${info.notice.title ?? ''}\n${t('Bound by: {0}', viaLabel(info.via))}\n${t('Click to choose the notice for this document')}` : t('Click to choose the notice for this document');
    status.show();
  };
  ctx.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics(() => void updateStatus()),
  );
  c.onNotification('policyDraft/noticesChanged', () => { refreshTrees(); void updateStatus(); });
  void updateStatus();

  // ── commands ──
  const reg = (id: string, fn: (...args: any[]) => unknown) => ctx.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg('policyDraft.insertCitation', async (arg?: { notice?: string; number?: number }) => {
    const ed = vscode.window.activeTextEditor;
    if (!ed) { void vscode.window.showInformationMessage(t('Open a draft first.')); return; }
    const list = await notices.summaries();
    let chosen: NoticeSummary | undefined;
    let number = arg?.number;
    if (arg?.notice) chosen = list.find(n => n.id === arg.notice);
    if (!chosen) {
      const info = await c.sendRequest<DocumentInfo | null>('policyDraft/documentInfo', { uri: ed.document.uri.toString() }).catch(() => null);
      chosen = list.find(n => n.id === info?.notice?.id) ?? list[0];
    }
    const notice: NoticeInfo | undefined = chosen && await notices.detail(chosen.id);
    if (!notice) { void vscode.window.showWarningMessage(t('No notice is indexed.')); return; }
    if (number === undefined) {
      const pick = await vscode.window.showQuickPick(notice.tasks.map(x => ({
        label: `${x.number}. ${x.title}`, description: x.leads.join('、'), detail: x.section, number: x.number,
      })), { placeHolder: t('Search tasks of {0} by number, title or unit', notice.docNumber ?? notice.title ?? ''), matchOnDescription: true, matchOnDetail: true });
      if (!pick) return;
      number = pick.number;
    }
    const task = notice.tasks.find(x => x.number === number);
    if (!task) return;
    const style = vscode.workspace.getConfiguration('policyDraft').get<string>('citationStyle', 'number-title');
    const text = style === 'number' ? `第${task.number}项` : `第${task.number}项“${task.title}”`;
    await ed.edit(b => { for (const sel of ed.selections) b.replace(sel, text); });
  });

  reg('policyDraft.chooseNotice', async () => {
    const ed = vscode.window.activeTextEditor;
    const list = await notices.summaries();
    const items: (vscode.QuickPickItem & { id: string | null })[] = [
      { label: t('$(sync) Automatic'), description: t('the notice the document names, else the default'), id: null },
      ...list.map(n => ({ label: n.docNumber ?? n.title ?? n.uri, description: n.bundled ? t('bundled') : '', detail: n.taskListTitle ?? n.title, id: n.id })),
    ];
    const pick = await vscode.window.showQuickPick(items, { placeHolder: t('Notice for this document') });
    if (!pick || !ed) return;
    await c.sendRequest('policyDraft/setDocumentNotice', { uri: ed.document.uri.toString(), notice: pick.id });
    void updateStatus();
  });

  reg('policyDraft.showCoverage', async () => {
    const ed = vscode.window.activeTextEditor;
    if (!ed) { void vscode.window.showInformationMessage(t('Open a draft first.')); return; }
    const list = await notices.summaries();
    const info = await c.sendRequest<DocumentInfo | null>('policyDraft/documentInfo', { uri: ed.document.uri.toString() }).catch(() => null);
    const chosen = list.find(n => n.id === info?.notice?.id) ?? list[0];
    const notice = chosen && await notices.detail(chosen.id);
    if (!notice) return;
    const unit = await vscode.window.showQuickPick(notice.units.map(u => ({ label: u.name, description: t('leads {0}, cooperates on {1}', String(u.leadTasks.length), String(u.cooperatingTasks.length)) })), { placeHolder: t('Unit whose coverage to show') });
    if (!unit) return;
    const cov = await c.sendRequest<{ unit: string; known: boolean; lead: { number: number; cited: boolean }[]; cooperating: { number: number; cited: boolean }[] } | null>('policyDraft/coverage', { uri: ed.document.uri.toString(), unit: unit.label });
    if (!cov || !cov.known) return;
    const title = (k: number) => notice.tasks.find(x => x.number === k)?.title ?? '';
    const rows = [
      ...cov.lead.map(r => ({ label: `${r.cited ? '$(check)' : '$(circle-slash)'} ${t('Leads')} ${r.number}. ${title(r.number)}`, description: r.cited ? t('cited') : t('not cited'), number: r.number })),
      ...cov.cooperating.map(r => ({ label: `${r.cited ? '$(check)' : '$(circle-slash)'} ${t('Cooperates')} ${r.number}. ${title(r.number)}`, description: r.cited ? t('cited') : t('not cited'), number: r.number })),
    ];
    const missing = cov.lead.filter(r => !r.cited).length;
    const pick = await vscode.window.showQuickPick(rows, { placeHolder: t('{0}: {1} of {2} lead tasks cited in this draft', cov.unit, String(cov.lead.length - missing), String(cov.lead.length)) });
    if (pick) await vscode.commands.executeCommand('policyDraft.insertCitation', { notice: notice.id, number: pick.number });
  });

  reg('policyDraft.openBundledNotice', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(ctx.asAbsolutePath('seeds/liaozhengbanzi-2023-3.md')));
    await vscode.window.showTextDocument(doc, { preview: true });
  });

  reg('policyDraft.rebuildIndex', async () => {
    await c.sendRequest('policyDraft/reload');
    refreshTrees();
    void vscode.window.setStatusBarMessage(t('Policy Draft: index rebuilt'), 3000);
  });

  reg('policyDraft.revealTask', async (uri: string, range: { start: { line: number; character: number } }) => {
    // A notice kept as a Word document opens in the application that opens .docx files (no place in it to show here).
    if (/\.docx$/i.test(uri)) { await vscode.env.openExternal(vscode.Uri.parse(uri)); return; }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const pos = new vscode.Position(range.start.line, range.start.character);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
  });

  // CodeLens on a notice's task: find the citations of that task.
  reg('policyDraft.showReferences', async (uri: string, pos: { line: number; character: number }) => {
    await vscode.commands.executeCommand('editor.action.findReferences', vscode.Uri.parse(uri), new vscode.Position(pos.line, pos.character));
  });

  reg('policyDraft.filterTasks', async () => {
    const q = await vscode.window.showInputBox({ prompt: t('Filter tasks by number, title or unit (empty: show all)'), value: tasks.filter });
    if (q === undefined) return;
    tasks.setFilter(q);
  });

  // A tree node carries its notice as an object; a caller may pass the notice's id.
  reg('policyDraft.insertTaskFromTree', async (item?: { notice?: string | { id: string }; task?: { number: number } }) => {
    const notice = typeof item?.notice === 'string' ? item.notice : item?.notice?.id;
    if (item?.task) await vscode.commands.executeCommand('policyDraft.insertCitation', { notice, number: item.task.number });
  });

  const ms = (x: number) => Math.round(x * 10) / 10;
  const activation: ActivationTimes = { loadMs: loadStart !== undefined && loadEnd !== undefined ? ms(loadEnd - loadStart) : undefined, activateMs: ms(performance.now() - activateStart), serverStartMs: ms(serverStartMs) };
  c.outputChannel.appendLine(t('Activated in {0} ms (code loaded in {1} ms; of activation, starting the language server {2} ms).', activation.activateMs, activation.loadMs ?? '?', activation.serverStartMs));
  return { client: c, trees: { tasks, units }, activation };
}

function viaLabel(via: string): string {
  switch (via) {
    case 'override': return t('chosen for this document');
    case 'declared': return t('named in the document');
    case 'default': return t('default notice');
    default: return via;
  }
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
}

// Last statement of the module: the bundle has loaded (see loadStart).
loadEnd = performance.now();
