/**
 * The language service: one object that the LSP server, the CLI and tests drive. Everything from outside comes
 * in as text (documents, notices, config); everything goes out as plain data with LSP-shaped ranges. It keeps
 * per-document analyses (content-addressed block caches) so repeated requests on an unchanged document are free.
 */
import { codeActions, CoreCodeAction } from './codeActions';
import { complete, CoreCompletionItem } from './completion';
import { Config, defaultConfig } from './config';
import { CoreDiagnostic, computeDiagnostics } from './diagnostics';
import { analyzeDraft, BlockCache, blockView, DraftAnalysis, eachBlock, isEmptyScan } from './document';
import { CoreHover, hover } from './hover';
import { citationsOf, CoreSymbol, definition, draftSymbols, noticeSymbols, noticeTaskAt, taskAt, workspaceSymbols, WorkspaceSymbolHit } from './navigation';
import { citationCounts, CoreToken, inlayHints, semanticTokens } from './editorExtras';
import { LineIndex } from './text';
import { parseNotice } from './notice';
import type { Locale, Position, Range, Span } from './types';
import { IndexedNotice, NoticeIndex } from './workspace';

/** A block's diagnostics, memoised on its scan (a scan belongs to one context, so only the settings vary). */
interface DiagMemo { key: string; diags: readonly CoreDiagnostic[] }

export interface DocumentInput { uri: string; text: string; version?: number }

interface DocState { raw?: DraftAnalysis; foreign?: boolean; foreignText?: string; text: string; version?: number; lines: LineIndex; cache: BlockCache; analysis?: DraftAnalysis; indexVersion: number; override?: string; groups?: DiagnosticGroup[]; diags?: CoreDiagnostic[]; diagKey?: string }

/** A block's diagnostics: spans relative to `start` (see diagnosticGroups). */
export interface DiagnosticGroup { readonly start: number; readonly diags: readonly CoreDiagnostic[] }

export interface RangedSymbol extends Omit<CoreSymbol, 'children'> { range: Range; selectionRange: Range; children?: RangedSymbol[] }

export class PolicyDraftService {
  readonly index: NoticeIndex;
  private docs = new Map<string, DocState>();
  /** A block's diagnostics moved to where the block is (by its group's array; see diagnostics()). */
  private moved = new WeakMap<readonly CoreDiagnostic[], { by: number; shifted: readonly CoreDiagnostic[] }>();
  config: Config = defaultConfig();
  locale: Locale = 'zh';
  /** Per-document notice override (a user's choice in the editor), by uri. */
  readonly overrides = new Map<string, string>();

  constructor(index?: NoticeIndex) { this.index = index ?? new NoticeIndex(); }

  setConfig(c: Config): void {
    this.config = c;
    this.index.setAliases(c.aliases);
    this.index.setDefault(c.defaultNotice);
  }

  /** Is this uri an indexed notice (then notice features apply, not draft checks)? */
  noticeFor(uri: string): IndexedNotice | undefined { return this.index.get(uri); }

  private state(doc: DocumentInput): DocState {
    let s = this.docs.get(doc.uri);
    if (!s) { s = { text: '', lines: new LineIndex(''), cache: new BlockCache(), indexVersion: -1 }; this.docs.set(doc.uri, s); }
    if (s.text !== doc.text || s.lines.text !== doc.text) {
      s.lines = s.text && s.lines.text === s.text ? LineIndex.afterEdit(s.lines, doc.text) : new LineIndex(doc.text); s.text = doc.text; s.analysis = undefined; s.diags = undefined; s.groups = undefined;
    }
    s.version = doc.version;
    return s;
  }

  analyze(doc: DocumentInput): DraftAnalysis {
    const s = this.state(doc);
    const override = this.overrides.get(doc.uri);
    // An analysis is for one override (or none): setting or clearing one redoes it, with or without forget().
    if (!s.analysis || s.indexVersion !== this.index.version || s.override !== override) {
      s.override = override;
      const n = override ? this.index.find(override) : undefined;
      s.analysis = n ? this.withDeclared(doc, s, n) : (s.raw = analyzeDraft(doc.text, this.index, s.cache, s.lines, s.raw));
      s.indexVersion = this.index.version;
      s.diags = undefined; s.groups = undefined;
    }
    return s.analysis;
  }

  private withDeclared(doc: DocumentInput, s: DocState, n: IndexedNotice): DraftAnalysis {
    // An override acts like a directive at the top of the document.
    const directive = `<!-- policy-draft: notice=${n.notice.docNumber ?? n.uri} -->\n`;
    const a = s.raw = analyzeDraft(directive + doc.text, this.index, s.cache, undefined, s.raw);
    return shiftAnalysis(a, directive.length, doc.text, s.lines);
  }

  forget(uri: string): void { this.docs.delete(uri); }
  /** Has this document been analysed (in any version) since it was last forgotten? */
  knows(uri: string): boolean { return this.docs.get(uri)?.raw !== undefined; }

  /** Diagnostics, computed per block and cached with the block's scan: an edit re-checks only changed blocks. */
  diagnostics(doc: DocumentInput): CoreDiagnostic[] {
    const groups = this.diagnosticGroups(doc);
    const s = this.docs.get(doc.uri);
    if (!s || !groups.length) return [];
    if (s.diags) return s.diags;
    const out: CoreDiagnostic[] = [];
    for (const g of groups) {
      if (g.start === 0) { for (const d of g.diags) out.push(d); continue; }
      // Moved to the block's place; kept while the block stays there (most blocks, after an edit).
      let e = this.moved.get(g.diags);
      if (!e || e.by !== g.start) this.moved.set(g.diags, e = { by: g.start, shifted: g.diags.map(d => shiftDiagnostic(d, g.start)) });
      for (const d of e.shifted) out.push(d);
    }
    s.diags = out;
    return out;
  }

  /**
   * The diagnostics in groups, one per block that has any: a group's spans are relative to `start`, and its
   * `diags` array is the same object while the block's text, context and the settings are unchanged. Adapters
   * cache what they derive from a group (LSP ranges, encoded JSON) on that array: after a one-line edit only the
   * edited block's group is new. A document not checked block by block is one group at 0.
   */
  diagnosticGroups(doc: DocumentInput): DiagnosticGroup[] {
    if (this.index.get(doc.uri)) return [];
    const a = this.analyze(doc);
    const s = this.docs.get(doc.uri)!;
    if (this.isForeignNotice(doc.text, a, s, doc.uri)) return [];
    const key = `${this.locale}|${JSON.stringify(this.config.rules)}`;
    if (s.groups && s.diagKey === key) return s.groups;
    const opts = { locale: this.locale, rules: this.config.rules };
    const out: DiagnosticGroup[] = [];
    if (a.blocks.length !== a.blockScans.length || this.overrides.has(doc.uri)) {
      const diags = computeDiagnostics(a, opts);
      if (diags.length) out.push({ start: 0, diags });
    } else {
      for (let k = 0; k < a.blocks.length; k++) {
        const scan = a.blockScans[k];
        if (isEmptyScan(scan)) continue;
        let e = scan.memo as DiagMemo | undefined;
        if (!e || e.key !== key) { e = { key, diags: computeDiagnostics(blockView(a, k), opts) }; scan.memo = e; }
        if (e.diags.length) out.push({ start: a.blocks[k].start, diags: e.diags });
      }
    }
    s.groups = out; s.diags = undefined; s.diagKey = key;
    return out;
  }

  /**
   * The diagnostics of a document checked once (the CLI): block by block, each block's scan dropped once its
   * diagnostics are out, nothing cached, so memory stays near the size of the findings. Equal to diagnostics().
   */
  diagnosticsOnce(doc: DocumentInput): CoreDiagnostic[] {
    if (this.index.get(doc.uri)) return [];
    if (this.overrides.has(doc.uri)) return this.diagnostics(doc);
    const opts = { locale: this.locale, rules: this.config.rules };
    const out: CoreDiagnostic[] = [];
    eachBlock(doc.text, this.index, (view, by) => {
      for (const d of computeDiagnostics(view, opts)) out.push(by === 0 ? d : shiftDiagnostic(d, by));
    }, declared => !this.isForeignNotice(doc.text, { declared } as DraftAnalysis));
    return out;
  }

  /**
   * A notice of tasks that is not indexed (another body's, opened to read) is not a draft: checking its own unit
   * lists against our notice would flag every unit. It names no indexed notice, carries its own 文号 in its head,
   * and parses as a notice with tasks that have units.
   */
  isForeignNotice(text: string, a: DraftAnalysis, s?: DocState, uri?: string): boolean {
    if (s && s.foreign !== undefined && s.foreignText === text) return s.foreign;
    let foreign = false;
    if (!a.declared && !(uri && this.overrides.has(uri))) {
      const head = text.slice(0, 3000);
      const m = /^[ \t#*]{0,8}([\u4e00-\u9fff]{1,12}[〔\[［(（【][ \t]{0,3}(?:19|20)\d{2}[ \t]{0,3}[〕\]］)）】][ \t]{0,3}\d{1,5}[ \t]{0,3}号)[ \t]*$/m.exec(head);
      if (m && !this.index.find(m[1])) {
        const n = parseNotice('probe', text.length > 400_000 ? text.slice(0, 400_000) : text);
        foreign = n.tasks.filter(t => t.leads.length + t.cooperating.length > 0).length >= 3;
      }
    }
    if (s) { s.foreign = foreign; s.foreignText = text; }
    return foreign;
  }

  range(doc: DocumentInput, span: Span): Range { return this.state(doc).lines.range(span); }
  /** The document's line index (offset ↔ position), kept up to date across edits. */
  lines(doc: DocumentInput): LineIndex { return this.state(doc).lines; }
  offset(doc: DocumentInput, pos: Position): number { return this.state(doc).lines.offsetAt(pos); }

  completion(doc: DocumentInput, pos: Position): CoreCompletionItem[] {
    if (this.index.get(doc.uri)) return [];
    return complete(this.analyze(doc), this.offset(doc, pos), { locale: this.locale, style: this.config.citationStyle });
  }

  hover(doc: DocumentInput, pos: Position): CoreHover | undefined {
    if (this.index.get(doc.uri)) return undefined;
    return hover(this.analyze(doc), this.offset(doc, pos), this.locale);
  }

  codeActions(doc: DocumentInput, range: Range): CoreCodeAction[] {
    if (this.index.get(doc.uri)) return [];
    const a = this.analyze(doc);
    const s = this.state(doc);
    return codeActions(a, s.lines.span(range), this.diagnostics(doc), this.locale);
  }

  definition(doc: DocumentInput, pos: Position): { uri: string; range: Range }[] {
    if (this.index.get(doc.uri)) return [];
    return definition(this.analyze(doc), this.offset(doc, pos)).map(t => ({ uri: t.uri, range: t.notice.notice.lines.range(t.span) }));
  }

  /** The task at a position: a citation in a draft, or a task in a notice. */
  taskAt(doc: DocumentInput, pos: Position): { notice: string; number: number } | undefined {
    const n = this.index.get(doc.uri);
    if (n) { const num = noticeTaskAt(n, n.notice.lines.offsetAt(pos)); return num === undefined ? undefined : { notice: n.id, number: num }; }
    return taskAt(this.analyze(doc), this.offset(doc, pos));
  }

  /** Every citation of a task among `docs` (open and workspace drafts), plus the task itself when asked. */
  references(task: { notice: string; number: number }, docs: DocumentInput[], includeDeclaration: boolean): { uri: string; range: Range }[] {
    const out: { uri: string; range: Range }[] = [];
    const n = this.index.get(task.notice);
    if (includeDeclaration && n) { const t = n.byNumber.get(task.number); if (t) out.push({ uri: n.uri, range: n.notice.lines.range(t.numberSpan) }); }
    for (const d of docs) {
      if (this.index.get(d.uri)) continue;
      const a = this.analyze(d);
      for (const s of citationsOf(a, task.notice, task.number)) out.push({ uri: d.uri, range: a.lines.range(s) });
    }
    return out;
  }

  documentSymbols(doc: DocumentInput): RangedSymbol[] {
    const n = this.index.get(doc.uri);
    const lines = n ? n.notice.lines : this.state(doc).lines;
    const syms = n ? noticeSymbols(n) : draftSymbols(this.analyze(doc));
    const conv = (s: CoreSymbol): RangedSymbol => ({ ...s, range: lines.range(s.span), selectionRange: lines.range(s.selection), children: s.children?.map(conv) });
    return syms.map(conv);
  }

  workspaceSymbols(query: string): (WorkspaceSymbolHit & { range: Range })[] {
    return workspaceSymbols(this.index.all(), query).map(h => ({ ...h, range: this.index.get(h.uri)!.notice.lines.range(h.span) }));
  }

  inlayHints(doc: DocumentInput, range: Range): { position: Position; label: string; tooltip: string }[] {
    if (this.index.get(doc.uri)) return [];
    const s = this.state(doc);
    return inlayHints(this.analyze(doc), s.lines.span(range)).map(h => ({ position: s.lines.positionAt(h.offset), label: h.label, tooltip: h.tooltip }));
  }

  semanticTokens(doc: DocumentInput): (CoreToken & { range: Range })[] {
    if (this.index.get(doc.uri)) return [];
    const s = this.state(doc);
    return semanticTokens(this.analyze(doc)).map(t => ({ ...t, range: s.lines.range(t.span) }));
  }

  /** CodeLens data for a notice document: each task with the number of citations among `docs`. */
  codeLenses(noticeUri: string, docs: DocumentInput[]): { range: Range; number: number; count: number }[] {
    const n = this.index.get(noticeUri);
    if (!n) return [];
    const counts = citationCounts(n, docs.filter(d => !this.index.get(d.uri)).map(d => this.analyze(d)));
    return n.notice.tasks.map(t => ({ range: n.notice.lines.range(t.numberSpan), number: t.number, count: counts.get(t.number) ?? 0 }));
  }

  /** Which notice a draft is bound to (for the status bar) and how. */
  documentInfo(doc: DocumentInput): { notice?: IndexedNotice; via: 'override' | 'declared' | 'default' | 'none' } {
    const o = this.overrides.get(doc.uri);
    if (o) { const n = this.index.find(o); if (n) return { notice: n, via: 'override' }; }
    const a = this.analyze(doc);
    if (a.declared) return { notice: a.declared, via: 'declared' };
    const d = this.index.default();
    return d ? { notice: d, via: 'default' } : { via: 'none' };
  }
}

/** Maps an analysis of `prefix + text` back onto `text` (used for per-document notice overrides). */
function shiftAnalysis(a: DraftAnalysis, by: number, text: string, lines: LineIndex): DraftAnalysis {
  const sh = (s: Span): Span => ({ start: Math.max(0, s.start - by), end: Math.max(0, s.end - by) });
  // Whatever lies inside the added directive is not the user's text: dropped, not clamped to 0.
  const mine = (s: Span) => s.start >= by;
  return {
    text, lines, declared: a.declared, shortTitles: a.shortTitles, ctx: a.ctx, groups: a.groups,
    citations: a.citations.filter(c => mine(c.span)).map(c => ({ ...c, span: sh(c.span), items: c.items.map(i => ({ ...i, span: sh(i.span) })), title: c.title && { text: c.title.text, span: sh(c.title.span), outer: sh(c.title.outer) } })),
    lists: a.lists.filter(l => mine(l.span)).map(l => ({ ...l, span: sh(l.span), units: l.units.map(u => ({ ...u, span: sh(u.span) })) })),
    docNumbers: a.docNumbers.filter(d => mine(d.span)).map(d => ({ ...d, span: sh(d.span), yearSpan: sh(d.yearSpan) })),
    noticeRefs: a.noticeRefs.filter(r => mine(r.span)).map(r => ({ ...r, span: sh(r.span) })),
    mentions: a.mentions.filter(m => mine(m.span)).map(m => ({ ...m, span: sh(m.span) })),
    blocks: [], blockScans: [],
  };
}

/** A block's diagnostic moved to the block's place in the document; its fixes are moved only when asked for. */
class ShiftedDiagnostic implements CoreDiagnostic {
  readonly rule: CoreDiagnostic['rule'];
  readonly severity: CoreDiagnostic['severity'];
  readonly message: string;
  readonly span: Span;
  private moved: CoreDiagnostic['fixes'] | undefined;
  constructor(private readonly d: CoreDiagnostic, private readonly by: number) {
    this.rule = d.rule; this.severity = d.severity; this.message = d.message;
    this.span = { start: d.span.start + by, end: d.span.end + by };
  }
  get fixes(): CoreDiagnostic['fixes'] {
    const by = this.by;
    return (this.moved ??= this.d.fixes.map(f => ({ title: f.title, safe: f.safe, edits: f.edits.map(e => ({ span: { start: e.span.start + by, end: e.span.end + by }, newText: e.newText })) })));
  }
  toJSON(): CoreDiagnostic { return { rule: this.rule, severity: this.severity, span: this.span, message: this.message, fixes: this.fixes }; }
}
function shiftDiagnostic(d: CoreDiagnostic, by: number): CoreDiagnostic { return new ShiftedDiagnostic(d, by); }
