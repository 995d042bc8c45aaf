/**
 * Whole-document analysis of a draft, incremental by construction: the text is cut into blocks (a line; a
 * Markdown table; a unit-list line joins the line before it), each block is scanned by scanner.ts, and block
 * results are cached by (block text, context). After an edit only blocks whose text changed are scanned again;
 * the rest is an offset shift. The cache is content-addressed, so an incremental result always equals a fresh one.
 */
import { matchLabel } from './annotation';
import { BlockScan, Citation, DocNumberRef, Group, NoticeRef, ScanContext, scanBlock, UnitList } from './scanner';
import { fold, LineIndex } from './text';
import type { Span } from './types';
import { IndexedNotice, NoticeIndex, parseDocNumber, titleKey } from './workspace';

export interface Block { start: number; end: number; table: boolean }

export interface DraftAnalysis {
  text: string;
  lines: LineIndex;
  /** All offsets below are document offsets. */
  citations: Citation[];
  lists: UnitList[];
  groups: Group[];
  docNumbers: DocNumberRef[];
  noticeRefs: NoticeRef[];
  declared?: IndexedNotice;
  shortTitles: Map<string, string>;
  ctx: ScanContext;
  blocks: Block[];
  /** Per block: its (cached, relative) scan and where its items start in the arrays above. */
  blockScans: BlockScan[];
}

/** Cache of block scans; one per document is enough (keys embed the context). */
export class BlockCache {
  private map = new Map<string, BlockScan>();
  private prev = new Map<string, BlockScan>();
  get(key: string): BlockScan | undefined {
    const v = this.map.get(key) ?? this.prev.get(key);
    if (v && !this.map.has(key)) this.map.set(key, v);
    return v;
  }
  set(key: string, v: BlockScan): void { this.map.set(key, v); }
  /** Keep only what the last analysis used (two generations), so memory follows the document. */
  rotate(): void { this.prev = this.map; this.map = new Map(); }
}

const TABLE_LINE = /^\s{0,3}\|/;

export function splitBlocks(text: string, lines: LineIndex): Block[] {
  const blocks: Block[] = [];
  for (let l = 0; l < lines.lineCount; l++) {
    const start = lines.lineStart(l), end = lines.lineEnd(l);
    const head = text.slice(start, Math.min(end, start + 16));
    if (TABLE_LINE.test(head)) {
      const prev = blocks[blocks.length - 1];
      if (prev && prev.table && prev.end === lineBefore(lines, l)) { prev.end = end; continue; }
      blocks.push({ start, end, table: true });
      continue;
    }
    // A line that is only a unit list (（牵头单位：…） / 牵头单位：…) belongs to the line before it.
    const h = fold(head).replace(/^\s*[(（]?\s*/, '');
    const prev = blocks[blocks.length - 1];
    if (prev && !prev.table && matchLabel(h) && prev.end === lineBefore(lines, l) && prev.end > prev.start) { prev.end = end; continue; }
    blocks.push({ start, end, table: false });
  }
  return blocks;
}

function lineBefore(lines: LineIndex, l: number): number { return l > 0 ? lines.lineEnd(l - 1) : -1; }

const DIRECTIVE = /(?:policy-draft|政策起草)\s*[:：]?\s*(?:notice|通知)\s*[=:：]\s*([^\n>]{2,120}?)\s*(?:-->|$)/m;
const SHORT_TITLE = /(?:以下简称|下称)\s*[《“"]([^《》“”"\n]{1,40})[》”"]/g;

/** The notice a draft declares, and its short titles. Linear in the text; cheap enough to run per edit. */
export function documentContext(text: string, index: NoticeIndex): { declared?: IndexedNotice; shortTitles: Map<string, string> } {
  const shortTitles = new Map<string, string>();
  let declared: IndexedNotice | undefined;
  const dm = DIRECTIVE.exec(text.slice(0, 4000));
  if (dm) declared = index.find(dm[1].trim());
  // First indexed notice referenced by 文号 or 《title》; a short title binds to the reference just before it.
  const re = /《([^《》\n]{1,150})》|[〔\[［(（【]\s*((?:19|20)\d{2})\s*[〕\]］)）】]\s*第?\s*(\d{1,5})\s*号|(?:以下简称|下称)/g;
  let m: RegExpExecArray | null;
  let last: IndexedNotice | undefined;
  let count = 0;
  while ((m = re.exec(text)) && count++ < 100_000) {
    let hit: IndexedNotice | undefined;
    if (m[1] !== undefined) hit = index.byTitleText(m[1]);
    else if (m[2] !== undefined) {
      let s = m.index;
      while (s > 0 && m.index - s < 12 && /[\u4e00-\u9fff]/.test(text[s - 1])) s--;
      const p = parseDocNumber(text.slice(s, m.index + m[0].length));
      if (p) hit = index.byDocNumber(p);
    } else {
      SHORT_TITLE.lastIndex = m.index;
      const sm = SHORT_TITLE.exec(text);
      if (sm && sm.index === m.index && last) shortTitles.set(titleKey(sm[1]), last.id);
      continue;
    }
    if (hit) { last = hit; if (!declared) declared = hit; }
    else last = undefined;
  }
  return { declared, shortTitles };
}

export function analyzeDraft(text: string, index: NoticeIndex, cache?: BlockCache, lines?: LineIndex): DraftAnalysis {
  const li = lines ?? new LineIndex(text);
  const { declared, shortTitles } = documentContext(text, index);
  const ctx: ScanContext = { index, declared, shortTitles };
  const ctxKey = `${index.version}|${declared?.id ?? ''}|${[...shortTitles].join(',')}|`;
  const blocks = splitBlocks(text, li);
  const a: DraftAnalysis = {
    text, lines: li, citations: [], lists: [], groups: [], docNumbers: [], noticeRefs: [], declared, shortTitles, ctx, blocks, blockScans: [],
  };
  for (const b of blocks) {
    const bt = text.slice(b.start, b.end);
    let scan: BlockScan | undefined;
    if (bt.length < 2) scan = EMPTY;
    else {
      const key = ctxKey + (b.table ? 'T' : 'P') + bt;
      scan = cache?.get(key);
      if (!scan) { scan = scanBlock(bt, b.table, ctx); cache?.set(key, scan); }
    }
    a.blockScans.push(scan);
    if (scan !== EMPTY) append(a, scan, b.start);
  }
  cache?.rotate();
  return a;
}

const EMPTY: BlockScan = { citations: [], lists: [], docNumbers: [], noticeRefs: [], groups: [] };

function shift(s: Span, by: number): Span { return { start: s.start + by, end: s.end + by }; }

function append(a: DraftAnalysis, s: BlockScan, by: number): void {
  const c0 = a.citations.length, l0 = a.lists.length, g0 = a.groups.length;
  for (const c of s.citations) {
    a.citations.push({
      ...c, span: shift(c.span, by), items: c.items.map(i => ({ n: i.n, span: shift(i.span, by) })),
      title: c.title && { text: c.title.text, span: shift(c.title.span, by), outer: shift(c.title.outer, by) },
      group: c.group < 0 ? -1 : c.group + g0,
    });
  }
  for (const l of s.lists) {
    a.lists.push({ id: l.id + l0, span: shift(l.span, by), labelled: l.labelled, group: l.group === undefined ? undefined : l.group + g0, units: l.units.map(u => ({ ...u, span: shift(u.span, by), list: u.list + l0 })) });
  }
  for (const g of s.groups) a.groups.push({ id: g.id + g0, citations: g.citations.map(k => k + c0), lists: g.lists.map(k => k + l0) });
  for (const d of s.docNumbers) a.docNumbers.push({ ...d, span: shift(d.span, by), yearSpan: shift(d.yearSpan, by) });
  for (const r of s.noticeRefs) a.noticeRefs.push({ ...r, span: shift(r.span, by) });
}
