/**
 * The language server: `node dist/server.js --stdio` (or --node-ipc). A thin adapter: protocol in, core calls,
 * protocol out. It reads files (config, notices, workspace drafts) but never writes one: every change to user
 * text is a WorkspaceEdit the user accepts.
 */
import {
  CancellationToken, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  InitializeParams, InitializeResult, MarkupKind, ProposedFeatures, SemanticTokensBuilder, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { openDocuments } from './documents';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Config, CONFIG_FILE, validateConfig } from '../core/config';
import { PolicyDraftService, DocumentInput } from '../core/service';
import type { Span } from '../core/types';
import { noticeLabel, sectionLabel } from '../core/format';
import { leadNames, coopNames } from '../core/diagnostics';
import { filterTasks } from '../core/search';
import { coveredNumbers } from '../core/navigation';
import type { IndexedNotice } from '../core/workspace';
import { TOKEN_TYPES } from '../core/editorExtras';
import { readText, walk } from '../node/fsio';
import { fileUri, findConfig, loadConfig, loadNotices, LoadMessage, readNoticeText, resolveNoticeFiles } from '../node/notices';
import * as conv from './convert';
import { consoleTo, stdioTransport } from './stdio';

// Over stdio, diagnostics are encoded by stdio.ts (faster for large publishes); other transports as the library does.
let shutdownReceived = false;
const overStdio = process.argv.includes('--stdio');
const connection = overStdio
  ? createConnection(ProposedFeatures.all, ...stdioTransport(() => shutdownReceived))
  : createConnection(ProposedFeatures.all);
connection.onShutdown(() => { shutdownReceived = true; });
if (overStdio) consoleTo(connection.console);
const documents = openDocuments();
const service = new PolicyDraftService();

let root: string | undefined;
/** False in an untrusted VS Code workspace: then only the bundled notice is used and workspace config is ignored. */
let trusted = true;
let inlayHintsEnabled = true;
let en = false;
let hasConfigurationCapability = false;
let hasWatchedFilesDynamic = false;
let clientSettings: Record<string, unknown> = {};
/** Drafts found in the workspace (not open): uri → text, for references and coverage. */
const workspaceDrafts = new Map<string, string>();
const MAX_WORKSPACE_DRAFTS = 2000;

const log = (msg: string) => connection.console.log(`[policy-draft] ${msg}`);

/** Runs a handler; any exception becomes a log line and an empty answer, never a dead server. */
function guard<P, R>(empty: R, fn: (p: P, token: CancellationToken) => R | Promise<R>) {
  return async (p: P, token: CancellationToken): Promise<R> => {
    try {
      // While notices are reloading the index is empty: answer from the reloaded index, not from nothing.
      await settled();
      if (token?.isCancellationRequested) return empty;
      return await fn(p, token);
    } catch (e) {
      log(`error: ${(e as Error)?.stack ?? e}`);
      return empty;
    }
  };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? (params.rootPath ? fileUri(params.rootPath) : null);
  root = folder && folder.startsWith('file:') ? safePath(folder) : undefined;
  const init = (params.initializationOptions ?? {}) as { locale?: string; trusted?: boolean };
  en = /^en/i.test(params.locale ?? '') || /^en/i.test(init.locale ?? '');
  trusted = init.trusted !== false;
  service.locale = en ? 'en' : 'zh';
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  hasWatchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: ['第', '务', '#', '＃', '、', '：', ':', '〔', '[', '|', '由'], resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: true },
    },
    serverInfo: { name: 'policy-draft', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (hasConfigurationCapability) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  if (hasWatchedFilesDynamic) {
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown,txt,json,docx}' }] }).catch(() => undefined);
  }
  await reload();
});

function safePath(uri: string): string | undefined { try { return fileURLToPath(uri); } catch { return undefined; } }

let reloading: Promise<void> = Promise.resolve();
let lastGoodConfig: Config | undefined;
/** Resolves once no reload is running (also one started while waiting). */
async function settled(): Promise<void> {
  let p: Promise<void>;
  do { p = reloading; await p.catch(() => undefined); } while (p !== reloading);
}
function reload(): Promise<void> {
  reloading = reloading.then(doReload, doReload);
  return reloading;
}

async function doReload(): Promise<void> {
  const messages: LoadMessage[] = [];
  const configFile = findConfig(root);
  const loaded = await loadConfig(configFile);
  // A config file with a syntax error (mid-edit) keeps the last good configuration instead of the defaults.
  let config: Config = loaded.error && lastGoodConfig ? lastGoodConfig : loaded.config;
  if (loaded.error) messages.push({ file: configFile!, level: 'error', zh: loaded.error, en: loaded.error });
  else lastGoodConfig = loaded.config;
  for (const p of loaded.problems) messages.push({ file: configFile!, level: 'warning', zh: `${CONFIG_FILE}: ${p.path}: ${p.message.zh}`, en: `${CONFIG_FILE}: ${p.path}: ${p.message.en}` });
  if (hasConfigurationCapability) {
    try {
      const s = await connection.workspace.getConfiguration('policyDraft');
      clientSettings = s && typeof s === 'object' ? s : {};
    } catch { clientSettings = {}; }
  }
  config = mergeClientSettings(config, clientSettings, messages);
  inlayHintsEnabled = clientSettings.inlayHints !== false;
  if (!trusted) config = { ...config, notices: ['bundled'], allowOutsideWorkspace: false };
  service.index.clear();
  const files = resolveNoticeFiles(config, root, messages);
  await loadNotices(service.index, files, config.maxFileSize, messages);
  service.setConfig(config);
  for (const m of messages) {
    const text = en ? m.en : m.zh;
    if (m.level === 'error') connection.window.showErrorMessage(`政策起草助手 / Policy Draft: ${text}`);
    else if (m.level === 'warning') connection.window.showWarningMessage(`政策起草助手 / Policy Draft: ${text}`);
    log(text);
  }
  log(`${service.index.size} notice(s): ${service.index.all().map(n => `${noticeLabel(n)} (${n.notice.taskCount})`).join('; ')}`);
  publishNoticeProblems();
  scanWorkspaceDrafts();
  validateAll();
  connection.sendNotification('policyDraft/noticesChanged', {});
}

/** VS Code settings override the config file where set (non-empty). */
function mergeClientSettings(config: Config, s: Record<string, unknown>, messages: LoadMessage[]): Config {
  const raw: Record<string, unknown> = {};
  if (Array.isArray(s.notices) && s.notices.length) raw.notices = s.notices;
  if (typeof s.defaultNotice === 'string' && s.defaultNotice) raw.defaultNotice = s.defaultNotice;
  if (s.aliases && typeof s.aliases === 'object' && Object.keys(s.aliases).length) raw.aliases = { ...config.aliases, ...(s.aliases as object) };
  if (s.rules && typeof s.rules === 'object' && Object.keys(s.rules).length) raw.rules = { ...config.rules, ...(s.rules as object) };
  if (s.citationStyle === 'number' || s.citationStyle === 'number-title') raw.citationStyle = s.citationStyle;
  const { config: merged, problems } = validateConfig(raw, config);
  for (const p of problems) messages.push({ file: 'settings', level: 'warning', zh: `设置 policyDraft.${p.path}: ${p.message.zh}`, en: `Setting policyDraft.${p.path}: ${p.message.en}` });
  return merged;
}

function publishNoticeProblems(): void {
  for (const n of service.index.all()) {
    if (n.bundled) continue;
    const diagnostics = n.notice.problems.filter(p => p.severity !== 'information' || p.code !== 'no-units').map(p => ({
      range: n.notice.lines.range(p.span), severity: p.severity === 'error' ? 1 : p.severity === 'warning' ? 2 : 3,
      source: conv.SOURCE, code: `notice-${p.code}`, message: en ? p.message.en : p.message.zh,
    } as const));
    connection.sendDiagnostics({ uri: n.uri, diagnostics });
  }
}

function scanWorkspaceDrafts(): void {
  workspaceDrafts.clear();
  if (!root) return;
  const files = walk(root, rel => /\.(md|markdown|txt)$/i.test(rel), MAX_WORKSPACE_DRAFTS);
  void (async () => {
    for (const f of files) {
      const uri = fileUri(f);
      if (service.index.get(uri)) continue;
      try { const d = await readText(f, service.config.maxFileSize); workspaceDrafts.set(uri, d.text); } catch { /* unreadable drafts are skipped */ }
    }
  })();
}

// ───────── diagnostics: validated on the next turn of the event loop, stale runs dropped ─────────
const pending = new Map<string, NodeJS.Immediate>();
function scheduleValidate(doc: TextDocument): void {
  const old = pending.get(doc.uri);
  if (old) clearImmediate(old);
  pending.set(doc.uri, setImmediate(() => { pending.delete(doc.uri); void settled().then(() => validate(doc)); }));
}

function input(doc: TextDocument): DocumentInput { return { uri: doc.uri, text: doc.getText(), version: doc.version }; }

function validate(doc: TextDocument): void {
  try {
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return;
    // An indexed notice open in the editor: its unsaved text is the notice (symbols, references, drafts' checks).
    const n = service.index.get(doc.uri);
    if (n) {
      const text = doc.getText();
      if (text !== n.notice.text) {
        service.index.set(doc.uri, text, n.bundled);
        publishNoticeProblems();
        for (const d of documents.all()) if (d.uri !== doc.uri) scheduleValidate(d);
        connection.sendNotification('policyDraft/noticesChanged', {});
      }
      if (n.bundled) connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      else publishNoticeProblems();
      return;
    }
    const inp = input(doc);
    // A large document seen for the first time is checked in two steps: its head (diagnostics there published at
    // once), then the whole, on a later turn of the event loop, reusing the head's blocks. The reader sees the
    // first screen's problems sooner, and requests that arrive meanwhile are answered in between.
    if (inp.text.length > 2 * FIRST_SLICE && !service.knows(doc.uri)) {
      const cut = inp.text.indexOf('\n', FIRST_SLICE);
      if (cut > 0) {
        const head: DocumentInput = { uri: doc.uri, text: inp.text.slice(0, cut), version: doc.version };
        publish(doc, head);
        scheduleValidate(doc);
        return;
      }
    }
    publish(doc, inp);
  } catch (e) { log(`validate failed: ${(e as Error)?.stack ?? e}`); }
}

/** Characters of a large document's head checked before the rest (see validate). */
const FIRST_SLICE = 64 * 1024;

const converter = new conv.DiagnosticConverter();
function publish(doc: TextDocument, inp: DocumentInput): void {
  const groups = service.diagnosticGroups(inp);
  const diagnostics = converter.convert(groups, service.lines(inp));
  connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

function validateAll(): void { for (const d of documents.all()) scheduleValidate(d); }

documents.onDidOpen(e => scheduleValidate(e.document));
documents.onDidChangeContent(e => scheduleValidate(e.document));
documents.onDidClose(e => {
  service.forget(e.document.uri);
  // A notice closed with unsaved changes: back to the text on disk.
  const n = service.index.get(e.document.uri);
  const file = n ? safePath(n.uri) : undefined;
  if (n && file) void readText(file, service.config.maxFileSize).then(d => {
    if (d.text !== n.notice.text) { service.index.set(n.uri, d.text, n.bundled); validateAll(); connection.sendNotification('policyDraft/noticesChanged', {}); }
  }, () => undefined);
  if (!service.index.get(e.document.uri)) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => { void reload(); });
connection.onDidChangeWatchedFiles(async ev => {
  let needReload = false;
  for (const c of ev.changes) {
    const p = safePath(c.uri);
    if (!p) continue;
    if (path.basename(p) === CONFIG_FILE) { needReload = true; continue; }
    const n = service.index.get(c.uri);
    if (n) {
      if (c.type === FileChangeType.Deleted) { service.index.delete(c.uri); continue; }
      try { service.index.set(c.uri, await readNoticeText(p, service.config.maxFileSize), n.bundled); }
      catch (e) { log(`cannot re-read notice ${p}: ${(e as Error).message}`); }
      continue;
    }
    if (/\.docx$/i.test(p)) { if (c.type === FileChangeType.Created) needReload = needReload || matchesNoticeGlob(p); continue; }
    if (/\.(md|markdown|txt)$/i.test(p)) {
      // A new file matching the notice globs means a reload; else it is a workspace draft.
      if (c.type === FileChangeType.Created) needReload = needReload || matchesNoticeGlob(p);
      if (c.type === FileChangeType.Deleted) workspaceDrafts.delete(c.uri);
      else if (!documents.get(c.uri)) { try { workspaceDrafts.set(c.uri, (await readText(p, service.config.maxFileSize)).text); } catch { /* skip */ } }
    }
  }
  if (needReload) await reload();
  else { publishNoticeProblems(); validateAll(); connection.sendNotification('policyDraft/noticesChanged', {}); }
});

function matchesNoticeGlob(p: string): boolean {
  const files = resolveNoticeFiles(service.config, root, []);
  return files.some(f => path.resolve(f.file) === path.resolve(p));
}

// ───────── requests (unknown documents and malformed params get an empty answer) ─────────
function validPos(p: unknown): p is { line: number; character: number } {
  const x = p as { line?: unknown; character?: unknown };
  return !!x && typeof x.line === 'number' && typeof x.character === 'number' && x.line >= 0 && x.character >= 0;
}

connection.onCompletion(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d || !validPos(p.position)) return null;
  const inp = input(d);
  const items = service.completion(inp, p.position);
  const range = (s: Span) => service.range(inp, s);
  return { isIncomplete: true, items: items.map(i => conv.completionItem(i, range)) };
}));

connection.onHover(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d || !validPos(p.position)) return null;
  const inp = input(d);
  const h = service.hover(inp, p.position);
  return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: service.range(inp, h.span) } : null;
}));

// A notice read from a Word document has no place an editor can show: its positions are those of its text.
const inEditor = (l: { uri: string }) => !/\.docx$/i.test(l.uri);

connection.onDefinition(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d || !validPos(p.position)) return null;
  return service.definition(input(d), p.position).filter(inEditor);
}));

connection.onReferences(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d || !validPos(p.position)) return null;
  const task = service.taskAt(input(d), p.position);
  if (!task) return [];
  return service.references(task, allDrafts(), !!p.context?.includeDeclaration).filter(inEditor);
}));

function allDrafts(): DocumentInput[] {
  const out: DocumentInput[] = documents.all().map(input);
  for (const [uri, text] of workspaceDrafts) if (!documents.get(uri)) out.push({ uri, text });
  return out;
}

connection.onDocumentSymbol(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d) return null;
  return service.documentSymbols(input(d)).map(s => conv.symbol(s));
}));

connection.onWorkspaceSymbol(guard(null, p => service.workspaceSymbols(typeof p.query === 'string' ? p.query : '').map(h => ({
  name: h.name, kind: 8 as const, containerName: h.detail, location: { uri: h.uri, range: h.range },
}))));

connection.onCodeAction(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d || !p.range || !validPos(p.range.start) || !validPos(p.range.end)) return null;
  const inp = input(d);
  const range = (s: Span) => service.range(inp, s);
  return service.codeActions(inp, p.range).map(a => conv.codeAction(d.uri, a, range, x => conv.diagnostic(x, range)));
}));

// ───────── custom requests for the VS Code client (tree view, status bar, quick pick) ─────────
// Notices: `{ summary: true }` lists them without their tasks (the tree and quick picks; 1,000 notices stay small),
// `policyDraft/notice` gives one with its sections, tasks and units, `policyDraft/searchTasks` filters the tasks of
// all of them. Without `summary`, every notice comes whole (small workspaces, scripts).
const noticeSummary = (n: IndexedNotice) => ({ uri: n.uri, id: n.id, docNumber: n.notice.docNumber, title: n.notice.title, taskListTitle: n.notice.taskListTitle, bundled: n.bundled, taskCount: n.notice.taskCount });
const noticeDetail = (n: IndexedNotice) => ({
  ...noticeSummary(n),
  sections: n.notice.sections.map(s => ({ label: s.label, title: s.title, tasks: s.tasks })),
  tasks: n.notice.tasks.map(t => ({ number: t.number, title: t.title, section: sectionLabel(n, t), leads: leadNames([t], n), cooperating: coopNames([t], n), range: n.notice.lines.range(t.span) })),
  units: n.units.units.filter(u => !u.collective).map(u => ({ name: u.name, leadTasks: u.leadTasks, cooperatingTasks: u.cooperatingTasks })),
});
connection.onRequest('policyDraft/notices', guard([] as unknown[], (p?: { summary?: boolean }) => service.index.all().map(p?.summary === true ? noticeSummary : noticeDetail)));
connection.onRequest('policyDraft/notice', guard(null as unknown, (p: { id?: string }) => {
  const n = typeof p?.id === 'string' ? service.index.get(p.id) : undefined;
  return n ? noticeDetail(n) : null;
}));
connection.onRequest('policyDraft/searchTasks', guard([] as unknown[], (p: { query?: string }) => filterTasks(service.index.all(), typeof p?.query === 'string' ? p.query : '')));

connection.onRequest('policyDraft/documentInfo', guard(null as unknown, (p: { uri: string }) => {
  const d = documents.get(p?.uri);
  if (!d) return null;
  const info = service.documentInfo(input(d));
  return { notice: info.notice ? { id: info.notice.id, label: noticeLabel(info.notice), title: info.notice.notice.title } : null, via: info.via, isNotice: !!service.index.get(d.uri) };
}));

connection.onRequest('policyDraft/setDocumentNotice', guard(false, (p: { uri: string; notice: string | null }) => {
  if (!p?.uri) return false;
  if (p.notice) service.overrides.set(p.uri, p.notice); else service.overrides.delete(p.uri);
  service.forget(p.uri);
  const d = documents.get(p.uri);
  if (d) scheduleValidate(d);
  return true;
}));

connection.onRequest('policyDraft/coverage', guard(null as unknown, (p: { uri: string; unit: string }) => {
  const d = documents.get(p?.uri);
  if (!d || !p.unit) return null;
  const inp = input(d);
  const info = service.documentInfo(inp);
  const n = info.notice;
  if (!n) return null;
  const unit = n.units.resolve(p.unit)?.unit;
  if (!unit) return { unit: p.unit, known: false };
  const a = service.analyze(inp);
  const cited = coveredNumbers(a, n.id);
  return { unit: unit.name, known: true, lead: unit.leadTasks.map(k => ({ number: k, cited: cited.has(k) })), cooperating: unit.cooperatingTasks.map(k => ({ number: k, cited: cited.has(k) })) };
}));

connection.onRequest('policyDraft/reload', guard(false, async () => { await reload(); return true; }));
connection.onNotification('policyDraft/trust', (p: { trusted?: boolean }) => { trusted = p?.trusted !== false; void reload(); });

// ───────── inlay hints, CodeLens, semantic tokens ─────────
connection.languages.inlayHint.on(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d || !inlayHintsEnabled || !p.range || !validPos(p.range.start) || !validPos(p.range.end)) return null;
  return service.inlayHints(input(d), p.range).map(h => ({ position: h.position, label: h.label, tooltip: h.tooltip, paddingLeft: false, kind: 1 as const }));
}));

connection.onCodeLens(guard(null, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d || !service.index.get(d.uri)) return null;
  return service.codeLenses(d.uri, allDrafts()).map(l => ({
    range: l.range,
    command: { title: en ? `cited ${l.count} time(s)` : `被引用 ${l.count} 次`, command: l.count ? 'policyDraft.showReferences' : '', arguments: [d.uri, l.range.start] },
  }));
}));

connection.languages.semanticTokens.on(guard({ data: [] as number[] }, p => {
  const d = documents.get(p.textDocument?.uri);
  if (!d) return { data: [] };
  const b = new SemanticTokensBuilder();
  for (const t of service.semanticTokens(input(d))) {
    if (t.range.start.line !== t.range.end.line) continue;
    b.push(t.range.start.line, t.range.start.character, t.range.end.character - t.range.start.character, TOKEN_TYPES.indexOf(t.type), 0);
  }
  return b.build();
}));

documents.listen(connection);
connection.listen();

process.on('uncaughtException', e => { try { log(`uncaught: ${e?.stack ?? e}`); } catch { /* ignore */ } });
process.on('unhandledRejection', e => { try { log(`unhandled: ${(e as Error)?.stack ?? e}`); } catch { /* ignore */ } });
