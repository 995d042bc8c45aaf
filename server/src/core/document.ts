/**
 * Whole-document analysis of a draft, incremental by construction: the text is cut into blocks (a line; a
 * Markdown table; a unit-list line joins the line before it), each block is scanned by scanner.ts, and block
 * results are cached by (block text, context). After an edit only blocks whose text changed are scanned again;
 * the rest is an offset shift. The cache is content-addressed, so an incremental result always equals a fresh one.
 */
import { listCutShort, matchLabel } from './annotation';
import { BlockScan, Citation, DocNumberRef, Group, Mention, NoticeRef, ScanContext, scanBlock, UnitList } from './scanner';
import { goesUnderUnitHeading, isUnitHeading } from './byUnit';
import { rowCellCount } from './table';
import { commonPrefix, commonSuffix, fold, isHan, isPageNumber, LineIndex } from './text';
import type { Span } from './types';
import { DocNumberParts, IndexedNotice, NoticeIndex, parseDocNumber, titleKey } from './workspace';

export interface Block {
  start: number; end: number; table: boolean;
  /** A heading that cites a task (`## 第28项“…”`, `（三）第28项…`) and the paragraphs under it, up to the next heading. */
  section: boolean;
  /** A unit's heading (（一）市商务局) and the lines under it that give its tasks by role (牵头任务：第66、67项). */
  byUnit: boolean;
}

export interface DraftAnalysis {
  text: string;
  lines: LineIndex;
  /** All offsets below are document offsets. */
  citations: Citation[];
  lists: UnitList[];
  groups: Group[];
  docNumbers: DocNumberRef[];
  noticeRefs: NoticeRef[];
  /** Informal unit names in prose outside unit lists. */
  mentions: Mention[];
  declared?: IndexedNotice;
  shortTitles: Map<string, string>;
  ctx: ScanContext;
  blocks: Block[];
  /** Per block: its (cached, relative) scan and where its items start in the arrays above. */
  blockScans: BlockScan[];
  /** Per block, its scan context when not `ctx` (a section about another notice: contextAt); absent when none. */
  blockCtx?: (ScanContext | undefined)[];
}

/**
 * Cache of block scans for one document. Keyed by the block's text within one context (index version, declared
 * notice, short titles); a new context starts a new map. Two generations are kept so memory follows the document.
 */
export class BlockCache {
  private ctxKey = '';
  private map = new Map<string, BlockScan>();
  private prev = new Map<string, BlockScan>();
  context(ctxKey: string): void {
    if (ctxKey !== this.ctxKey) { this.ctxKey = ctxKey; this.map = new Map(); this.prev = new Map(); }
  }
  get(key: string): BlockScan | undefined {
    let v = this.map.get(key);
    if (v === undefined) { v = this.prev.get(key); if (v !== undefined) this.map.set(key, v); }
    return v;
  }
  set(key: string, v: BlockScan): void { this.map.set(key, v); }
  private refMap = new Map<string, unknown>();
  private refPrev = new Map<string, unknown>();
  /** Notice references of a block's text (independent of the context). */
  refs<T>(text: string): T | undefined {
    let v = this.refMap.get(text);
    if (v === undefined) { v = this.refPrev.get(text); if (v !== undefined) this.refMap.set(text, v); }
    return v as T | undefined;
  }
  setRefs(text: string, v: unknown): void { this.refMap.set(text, v); }
  rotate(): void { this.prev = this.map; this.map = new Map(); this.refPrev = this.refMap; this.refMap = new Map(); }
}


export function splitBlocks(text: string, lines: LineIndex): Block[] {
  const blocks: Block[] = [];
  splitLines(text, lines, 0, blocks, -1);
  return blocks;
}

/**
 * Splits lines `l0…` into blocks appended to `blocks` (whose last block and `prevLineEnd`, the end of the last
 * non-empty line before l0 or -1, are the state carried over). When `stop` returns true for a newly started block
 * it is dropped and its index in `blocks` returned; -1 when the text ran out.
 */
function splitLines(text: string, lines: LineIndex, l0: number, blocks: Block[], prevLineEnd: number, stop?: (start: number) => boolean): number {
  const tally: Tally = { block: undefined, end: 0, depth: 0, quotes: 0 };
  let nextTab = 0;
  for (let l = l0; l < lines.lineCount; l++) {
    const start = lines.lineStart(l), end = lines.lineEnd(l);
    // An empty line is no block (it holds nothing), but it still separates blocks.
    if (start === end) { prevLineEnd = -1; continue; }
    // First non-blank character (at most 3 spaces of indent count for a table).
    const p = indentEnd(text, start, end);
    const c = p < end ? text.charCodeAt(p) : 0;
    // So is a page number between two pages (— 3 —).
    if (isPageNumberLine(text, c, start, end)) { prevLineEnd = -1; continue; }
    const prev = blocks[blocks.length - 1];
    // Rows pasted from a spreadsheet: three or more cells apart by tabs, on two or more lines in a row with as many.
    // (The next tab is looked up once per tab, not per line: a file without tabs is not searched to its end per line.)
    if (nextTab >= 0 && nextTab < p) nextTab = text.indexOf('\t', p);
    const tabs = c !== 124 && nextTab >= 0 && nextTab < end ? tsvTabs(text, p, end) : 0;
    if (tabs >= 2 && prev && prev.end === prevLineEnd && (prev.table ? tsvTabs(text, lineStartOf(text, prev), prev.end) === tabs && isTsvBlock(text, prev) : !hasBreak(text, prev) && tsvTabs(text, prev.start, prev.end) === tabs && !prev.section)) {
      prev.table = true; prev.end = end; prevLineEnd = end; continue;
    }
    if (c === 124 /* | */ && p - start <= 3) {
      // A table goes on across a page break (its rows after a page number, the header not repeated), and after a
      // blank line when the row is no new table's header and has the columns of the row before the break.
      const gap = prev && prev.table && prevLineEnd === -1 ? gapKind(text, prev.end, start) : NO_GAP;
      if (prev && prev.table && (prev.end === prevLineEnd || gap === PAGE || (gap === BREAK && rowGoesOn(text, prev, start, end, lines, l)))) prev.end = end;
      else { if (stop?.(start)) return blocks.length; blocks.push({ start, end, table: true, section: false, byUnit: false }); }
      prevLineEnd = end;
      continue;
    }
    // Under a unit's heading (（一）市商务局), its tasks by role (牵头任务：第66、67项 · 配合第28项), also after a blank line.
    if (prev && prev.byUnit && c !== 0 && prev.end - prev.start < SECTION_MAX && (prev.end === prevLineEnd || (prevLineEnd === -1 && gapKind(text, prev.end, start) === BREAK))) {
      if (goesUnderUnitHeading(text.slice(p, end), text.slice(lineStartOf(text, prev), prev.end))) { prev.end = end; prevLineEnd = end; continue; }
    }
    const heading = c !== 0 && (c === 35 /* # */ || c === 0xff08 || c === 40 || NUMERAL_START.has(c)) && HEADING.test(text.slice(p, Math.min(end, p + 8)));
    // Under a heading that cites a task, its unit list and the paragraphs that neither cite a task nor name
    // units (progress, measures) belong to it. A paragraph that does either is its own item: the section ends.
    if (prev && prev.section && !heading && prev.end - prev.start < SECTION_MAX) {
      // 本项由市发展改革委牵头 / 该项… refers back to the heading's task: it belongs to it.
      if (c === 0 || isListLine(text, p, end) || !OWN_ITEM.test(text.slice(p, end)) || BACK_REF.test(text.slice(p, p + 4)) || isPhraseLine(text, p, end)) {
        prev.end = end; prevLineEnd = end; continue;
      }
      prev.section = false;
    }
    if (prev && !prev.table && prev.end > prev.start && c !== 0) {
      const adjacent = prev.end === prevLineEnd;
      // A line that is only a unit list (（牵头单位：…） / 牵头单位：…) belongs to the block before it, also after
      // one or two blank lines (a Markdown paragraph of its own).
      const gap = !adjacent && prevLineEnd === -1 && prev.end - prev.start < 2000 ? gapKind(text, prev.end, start) : NO_GAP;
      if ((adjacent || gap !== NO_GAP) && isListLine(text, p, end)) {
        prev.end = end; prevLineEnd = end; continue;
      }
      // A page break inside a paragraph (a blank line, maybe a page number): the text goes on after it. So does a
      // hard-wrapped line (a .txt or a converted file breaks lines inside sentences): the line before it stops inside
      // a bracket or a quote this line closes, in a unit list cut short, or after a comma or 、.
      if (((gap !== NO_GAP && continuesAfterBreak(text, prev, p, end, gap === PAGE, tally)) || (adjacent && prev.end - prev.start < WRAP_MAX && continuesAfterBreak(text, prev, p, end, false, tally))) && !heading) { prev.end = end; prevLineEnd = end; continue; }
      // Units one per line, maybe as bullets, under a label that stands alone (牵头单位： | - 市工业和信息化局 | - 市商务局).
      if (adjacent && prev.end - prev.start < 2000 && unitLineGoesOn(text, prev, p, end)) { prev.end = end; prevLineEnd = end; continue; }
      // A field line (进展情况：… / 完成时限：…) right after a block joins it, so that a unit list after the fields
      // still meets its citation. Bounded: a file of fields is not one block.
      if (adjacent && prev.end - prev.start < 2000 && isFieldLine(text, p, end) && !OWN_ITEM.test(text.slice(p, end))) { prev.end = end; prevLineEnd = end; continue; }
    }
    if (stop?.(start)) return blocks.length;
    blocks.push({ start, end, table: false, section: heading && CITES.test(text.slice(p, Math.min(end, p + 200))), byUnit: end - p <= 60 && isUnitHeading(text.slice(p, end)) });
    prevLineEnd = end;
  }
  return -1;
}

/**
 * The blocks of `text` given the blocks of the previous text: blocks wholly before the changed region are kept,
 * lines are split again from the last of them (a changed line may join it) until a block starts, past the change,
 * where an old block started; from there on the split is the old one, shifted. `from[k]` is the old block of new
 * block k, or -1. The result always equals splitBlocks(text).
 */
function resplit(prev: Analysis, text: string, lines: LineIndex): { blocks: Block[]; from: Int32Array } {
  const old = prev.blocks, oldText = prev.text;
  const p = commonPrefix(oldText, text);
  const q = commonSuffix(oldText, text, Math.min(oldText.length, text.length) - p);
  const delta = text.length - oldText.length, sufNew = text.length - q;
  // First old block that reaches the change (its end at or past p); the one before it may be extended.
  let lo = 0, hi = old.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (old[mid].end < p) lo = mid + 1; else hi = mid; }
  const keep = Math.max(0, lo - 1);
  const blocks: Block[] = old.slice(0, keep);
  // Start at the kept block's line when it lies before the change (offsets there are the same in both texts),
  // else at the line of the change itself (the old first block may start after it, at an old offset).
  const from0 = keep < old.length && old[keep].start < p ? old[keep].start : Math.min(p, text.length);
  const l0 = lines.positionAt(from0).line;
  const lineBefore = l0 - 1;
  // As splitLines left it after that line: -1 after an empty line or a page number.
  const lbStart = lineBefore >= 0 ? lines.lineStart(lineBefore) : 0, lbEnd = lineBefore >= 0 ? lines.lineEnd(lineBefore) : 0;
  const prevLineEnd = lbEnd > lbStart && !isPageNumberLine(text, text.charCodeAt(indentEnd(text, lbStart, lbEnd)), lbStart, lbEnd) ? lbEnd : -1;
  let oldAt = keep;
  const stopAt = splitLines(text, lines, l0, blocks, prevLineEnd, start => {
    if (start < sufNew) return false;
    const want = start - delta;
    while (oldAt < old.length && old[oldAt].start < want) oldAt++;
    return oldAt < old.length && old[oldAt].start === want;
  });
  const from = new Int32Array(blocks.length + (stopAt < 0 ? 0 : old.length - oldAt)).fill(-1);
  for (let k = 0; k < keep; k++) from[k] = k;
  if (stopAt >= 0) {
    for (let k = oldAt; k < old.length; k++) {
      from[blocks.length] = k;
      const b = old[k];
      blocks.push(delta === 0 ? b : { start: b.start + delta, end: b.end + delta, table: b.table, section: b.section, byUnit: b.byUnit });
    }
  }
  return { blocks, from };
}

const NUMERAL_START = new Set([...'一二三四五六七八九十'].map(ch => ch.charCodeAt(0)));
/** A heading line: Markdown `#`, `（三）`, `三、`. */
const HEADING = /^(?:#{1,6}[ \t]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
/** A task citation somewhere in a line (a quick test; the scanner reads it). */
const CITES = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}[项条]|第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[、,，—–\-~～至到]|任务[ \t]{0,2}[0-9]/;
/** A line that cites a task or names units: an item of its own, not a paragraph of the section above. */
const OWN_ITEM = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}[项条、,，—–\-~～至到]|任务[ \t]{0,2}[0-9]|牵头|(?:配合|参与|协同|协办|协助|责任|负责|承办|主责)(?:单位|部门)|[（(][^（）()\n]{2,40}负责[）)]/;
/** A paragraph that refers back to the task it stands under (本项, 该项, 此项, 本任务). */
const BACK_REF = /^(?:本|该|此)(?:项|任务)/;
/** Longest section block: past it the lines under a heading are blocks of their own again. */
const SECTION_MAX = 3000;

/** The end of a line's indent (spaces, tabs, ideographic spaces) from `start`. */
function indentEnd(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0x3000)) p++;
  return p;
}

/** A line that is only a page number (— 3 —, 第 3 页) or a running head; `c` is its first non-blank character (a quick screen). */
function isPageNumberLine(text: string, c: number, start: number, end: number): boolean {
  if (end - start >= 40) return false;
  if (!(c === 45 || c === 0x2014 || c === 0x2013 || c === 0xff0d || (c >= 48 && c <= 57) || c === 0x7b2c /* 第 */ || (c >= 0x4e00 && c <= 0x9fff))) return false;
  if (c >= 0x4e00 && c <= 0x9fff) {
    // 第 3 页 / …文件: only a line ending in 页 or 件 is worth a look.
    let e = end;
    while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 0x3000)) e--;
    const z = text.charCodeAt(e - 1);
    if (z !== 0x9875 /* 页 */ && z !== 0x4ef6 /* 件 */) return false;
  }
  return isPageNumber(text.slice(start, end), true);
}

/**
 * The lines between two lines, text[a, b) from the first one's end to the second's start: at most two blank
 * lines (BREAK: a paragraph break), or one page number with at most two blank lines on either side (PAGE: a page
 * break); else NO_GAP. (Other lines there would be blocks: only blank lines and page numbers lie between blocks.)
 */
function gapKind(text: string, a: number, b: number): number {
  if (b - a > 160) return NO_GAP;
  // Lines strictly between: each line break after the first starts one; a line with text there is a page number.
  let blank = 0, pages = 0, breaks = 0, seen = false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(k + 1) === 10) k++;
      if (breaks++ > 0) { if (seen) pages++; else blank++; }
      seen = false;
    } else if (c !== 32 && c !== 9 && c !== 0x3000) seen = true;
  }
  return pages === 0 ? (blank <= 2 ? BREAK : NO_GAP) : pages === 1 && blank <= 4 ? PAGE : NO_GAP;
}
const NO_GAP = 0, BREAK = 1, PAGE = 2;
const BY_OPEN = /由[\u4e00-\u9fff]{0,8}$/;
const BY_CLOSE = /^[\u4e00-\u9fff（）()]{1,30}(?:牵头|负责)/;
/** A hard-wrapped paragraph joins its lines up to this length; past it each line is a block again. */
const WRAP_MAX = 4000;

/**
 * After a blank line (and maybe a page number), the line at p goes on with the block before it: a page break in
 * the middle of a paragraph. Either the block stops inside a bracket that this line closes first
 * (（牵头单位：市工业和信 | 息化局；配合单位：市财政局）), or, all its brackets closed, it stops mid-sentence — its last
 * line long and ending in a Han character or 、，“《（. Either way this line starts no item of its own (1. / 一是 /
 * 第12项 / 任务3 / a field).
 */
function continuesAfterBreak(text: string, prev: Block, p: number, end: number, page: boolean, tally: Tally): boolean {
  let e = prev.end;
  while (e > prev.start && /\s/.test(text[e - 1])) e--;
  if (e === prev.start) return false;
  const ch = text.charCodeAt(e - 1);
  // Most paragraphs end a sentence (。”…): nothing more to look at. Text cut by a page break ends in a character,
  // a comma, 、, a colon or ；, an opening quote or 《, or a bracket closed inside another still open; inside a
  // bracket anything (市工业- | 和信息化局）: a hyphen, a stray letter), the bracket's closing being the evidence.
  const cut = isHan(ch) || ch === 0x3001 || ch === 0xff0c || ch === 44 || ch === 0xff1a || ch === 58 || ch === 0xff1b || ch === 59 || ch === 0x201c || ch === 0x300a || ch === 0xff09 || ch === 41;
  if (!cut && (ch === 0x3002 /* 。 */ || ch === 0x201d /* ” */ || openAtEnd(text, prev, tally).depth === 0)) return false;
  if (ITEM_START.test(text.slice(p, Math.min(end, p + 16))) || isFieldLine(text, p, end)) return false;
  const open = openAtEnd(text, prev, tally);
  // The block's last line.
  const ls = lineStartBefore(text, e, prev.start);
  const last = text.slice(ls, e);
  // Brackets still open at the block's end.
  if (open.depth > 0) {
    // Inside an open bracket only its closing says the text goes on (an edit to the list leaves that unchanged).
    return closesFirst(text.slice(p, Math.min(end, p + 200)), /[)）]/, /[(（]/);
  }
  // An open quote this line closes first: a title cut in two (第65项“加强实验室 | 布局提升”).
  if (open.quotes > 0) {
    return closesFirst(text.slice(p, Math.min(end, p + 200)), /”/, /“/);
  }
  // A unit list cut short after its label (牵头单位：市工业和信 | 息化局…, 牵头单位： | 市财政局).
  const colon = Math.max(last.lastIndexOf('：'), last.lastIndexOf(':'));
  if (colon > 0 && last.indexOf('。', colon) < 0 && labelEndsAt(last, colon) && listCutShort(last.slice(colon + 1))) return true;
  // After a comma or 、 the sentence goes on whatever the line's length: no paragraph ends so.
  if (ch === 0x3001 || ch === 0xff0c || ch === 44) return true;
  // A citation cut after its 第 (按照通知第 | 45项要求): the number on the next line.
  if (ch === 0x7b2c /* 第 */ && /^[ \t]*[0-9０-９零〇一二两三四五六七八九十百]{1,6}[ \t]*[项条、—–\-至]/.test(text.slice(p, Math.min(end, p + 12)))) return true;
  // A 由 phrase whose unit's name is cut (由冠县 | 工业和信息化局牵头): the next line names who leads.
  if (BY_OPEN.test(last.slice(-10)) && BY_CLOSE.test(text.slice(p, Math.min(end, p + 40)))) return true;
  // A long line ending in a Han character: only across a page number. Drafts often drop a paragraph's full stop
  // (…新增高新技术企业60家 | 同时，…), so a blank line alone is no evidence.
  if (!page || !(isHan(ch) || ch === 0x201c || ch === 0x300a)) return false;
  return e - ls >= 20 && !/^[ \t\u3000]*#/.test(last) && !HEADING.test(last.trimStart().slice(0, 8));
}

/**
 * The tabs of a line [p, end) whose first cell holds text (leading white space already skipped): a spreadsheet's
 * rows all have as many, empty cells included. Bounded: a line of more than 64 cells is no row.
 */
function tsvTabs(text: string, p: number, end: number): number {
  if (p >= end || text.charCodeAt(p) === 9) return 0;
  let n = 0;
  for (let k = p; k < end && n <= 64; k++) if (text.charCodeAt(k) === 9) n++;
  return n;
}
/** The start of the line that holds text[at - 1], not before `floor` (a walk back over that line only; \n or \r). */
function lineStartBefore(text: string, at: number, floor: number): number {
  let k = at;
  while (k > floor && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}
function lineStartOf(text: string, b: Block): number { return lineStartBefore(text, b.end, b.start); }
function hasBreak(text: string, b: Block): boolean { return lineStartOf(text, b) > b.start; }
/** A table block of tab-separated rows (not a Markdown table). */
function isTsvBlock(text: string, b: Block): boolean { return text.charCodeAt(indentEnd(text, b.start, b.end)) !== 124; }

/**
 * The line [p, end) names one unit (after a bullet: - 市商务局), and the block before it ends in a unit label that
 * stands alone on its line, maybe followed by such lines already.
 */
function unitLineGoesOn(text: string, prev: Block, p: number, end: number): boolean {
  if (!UNIT_LINE.test(text.slice(p, Math.min(end, p + 48)))) return false;
  const tail = text.slice(Math.max(prev.start, prev.end - 600), prev.end);
  const lines = tail.split(/\r\n|\r|\n/);
  for (let k = lines.length - 1; k >= 0; k--) {
    const l = lines[k].trim();
    if (BARE_LABEL.test(l)) return true;
    if (k === 0 || !UNIT_LINE.test(l)) return false;
  }
  return false;
}
/** A line that is one unit's name, maybe after a bullet and before a separator. */
const UNIT_LINE = /^(?:[-*+•·][ \t]{1,3})?[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|院|中心|公司|行|会|联|协|部|室|处|署|海关|政府)[、，,；;。]?[ \t]*$/;
/** A unit label alone on its line (牵头单位： / - 配合单位：). */
const BARE_LABEL = /^(?:[-*+•·][ \t]{1,3})?(?:\*\*)?(?:牵头|配合|责任|协同配合|参与|协办)(?:单位|部门)(?:\*\*)?[:：](?:\*\*)?$/;

/**
 * After blank lines, the table row [start, end) continues the table `prev`: it is not the header of a table of its
 * own (no separator row follows it) and has as many cells as the table's last row.
 */
function rowGoesOn(text: string, prev: Block, start: number, end: number, lines: LineIndex, l: number): boolean {
  if (l + 1 < lines.lineCount) {
    const ns = lines.lineStart(l + 1), ne = lines.lineEnd(l + 1);
    if (SEPARATOR_ROW.test(text.slice(ns, Math.min(ne, ns + 200)))) return false;
  }
  return rowCellCount(text, lineStartOf(text, prev), prev.end) === rowCellCount(text, start, end);
}
const SEPARATOR_ROW = /^[ \t]{0,3}\|?[ \t]*:?-{2,}/;

/** Brackets and quotes still open at the end of a block, tallied as lines join it (each character read once). */
interface Tally { block: Block | undefined; end: number; depth: number; quotes: number }
function openAtEnd(text: string, b: Block, t: Tally): Tally {
  if (t.block !== b || t.end > b.end) { t.block = b; t.end = b.start; t.depth = 0; t.quotes = 0; }
  for (let k = t.end; k < b.end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff08 || c === 40) t.depth++;
    else if ((c === 0xff09 || c === 41) && t.depth > 0) t.depth--;
    else if (c === 0x201c) t.quotes++;
    else if (c === 0x201d && t.quotes > 0) t.quotes--;
  }
  t.end = b.end;
  return t;
}
/** `head` closes what is open before it opens another (a closing bracket or quote comes first). */
function closesFirst(head: string, close: RegExp, reopen: RegExp): boolean {
  const c = head.search(close), r = head.search(reopen);
  return c >= 0 && (r < 0 || c < r);
}

/** A unit label (牵头单位：, 配合部门：…) ends at the colon s[colon]. */
function labelEndsAt(s: string, colon: number): boolean {
  for (let k = 2; k <= 8 && colon - k >= 0; k++) { const m = matchLabel(s.slice(colon - k, colon + 1)); if (m && m.length === k + 1) return true; }
  return false;
}
/** A line that starts an item: 1. / （1） / 一是 / 第12项 / 第12、13项 / 任务3 / a Markdown list or quote. */
const ITEM_START = /^(?:[0-9０-９]{1,3}[.．、]|[（(][0-9０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}[项条、,，—–\-~～至到]|任务[ \t]{0,2}[0-9０-９一二三四五六七八九十]|[#>*+\-][ \t])/;

/** A field of a report that describes the item above it (not `任务二：`, `其他工作：`, which start another). */
const FIELD = /^(?:进展情况|完成情况|工作进展|推进情况|落实情况|进度情况|工作措施|主要措施|具体措施|工作举措|完成时限|完成时间|时间节点|时限要求|责任人|存在问题|问题困难|下步计划|下一步计划|下步打算|工作目标|目标任务|工作成效|备注)[ \t]{0,2}[:：]/;
function isFieldLine(text: string, p: number, end: number): boolean { return FIELD.test(text.slice(p, Math.min(end, p + 12))); }

/**
 * A short line that is only a unit phrase (由市商务局牵头。 · 市水利局牵头，市农业农村局配合。), not a sentence of
 * narrative (由市商务局牵头举办了推介会…): nothing after 牵头 but 负责/推进/落实/实施 and a cooperating clause.
 */
function isPhraseLine(text: string, p: number, end: number): boolean {
  if (end - p > 80) return false;
  const line = text.slice(p, end).trimEnd();
  const k = line.indexOf('牵头');
  if (k < 2 || CITES.test(line) || /[，,。；;]/.test(line.slice(0, k))) return false;
  const rest = line.slice(k + 2).replace(PHRASE_VERB, '');
  return rest === '' || rest === '。' || PHRASE_COOP.test(rest);
}
const PHRASE_VERB = /^(?:负责推进|负责落实|负责|推进|落实|实施)/;
const PHRASE_COOP = /^[，,][^，,。；;\n]{2,40}(?:配合|参与|协同|协助)[。；;]?$/;

/** A line that is only a unit list: it starts with a unit label, bracketed or not (（牵头单位：… / 牵头单位：…). */
function isListLine(text: string, p: number, end: number): boolean {
  // A sub-item's own number first (2.牵头单位：… · （2）牵头单位：…) is skipped.
  const n = SUB_ITEM.exec(text.slice(p, Math.min(end, p + 8)));
  if (n) p += n[0].length;
  return mayStartLabel(text, p, end) && !!matchLabel(fold(text.slice(p, Math.min(end, p + 16))).replace(/^[(（]\s*/, ''));
}
const SUB_ITEM = /^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])[ \t]{0,2}/;

function mayStartLabel(text: string, p: number, end: number): boolean {
  let c = text[p];
  if (c === '(' || c === '（') { p++; while (p < end && text[p] === ' ') p++; c = text[p]; }
  return c === '牵' || c === '责' || c === '配' || c === '参' || c === '主' || c === '协';
}


const DIRECTIVE = /(?:policy-draft|政策起草)[ \t]{0,3}[:：]?[ \t]{0,3}(?:notice|通知)[ \t]{0,3}[=:：][ \t]{0,3}([^\n>]{2,120}?)[ \t]{0,3}(?:-->|$)/m;
const SHORT_TITLE = /(?:以下简称|下称)\s*[《“"]([^《》“”"\n]{1,40})[》”"]/y;
const REF_RE = /《([^《》\n]{1,150})》|[〔\[［(（【﹝][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】﹞][ \t]{0,3}第?[ \t]{0,3}(\d{1,5})[ \t]{0,3}号|(?:以下简称|下称)/g;

/** What one block says about notices, in order: a 《title》, a 文号, a short-title definition. Text-only. */
/** A notice reference in a block; `hit` memoises its lookup for index version `ver` (refs outlive an edit). */
/**
 * A block's references to notices, in order (`head`: in the head of a heading, see headingOf), and — first, when
 * the block is a heading — its level.
 */
type Ref = ({ t: 'title'; v: string } | { t: 'doc'; v: DocNumberParts } | { t: 'short'; v: string } | { t: 'rule'; v: '' } | { t: 'bracketLeads'; v: '' } | { t: 'heading'; v: number }) & { hit?: IndexedNotice; ver?: number; head?: boolean };

/**
 * A heading, and where its head ends: Markdown (# to ######, levels 1–6; the whole line, up to 80 characters), an
 * attachment (附件2：…, level 0: it ends every section) or a numbered line (一、 10 · （一） 11 · 1. 12), bold or not,
 * whose head is up to its first 。；，： after the number (at most 40 characters). Undefined for any other block. A
 * numbered paragraph is a heading too: its number ends the sections of its level (（二） ends （一）), and a notice
 * named in its head binds what follows (（一）测政办字〔2023〕2号落实情况。…).
 */
function headingOf(bt: string): { level: number; headEnd: number } | undefined {
  let i = 0;
  while (i < bt.length && (bt[i] === ' ' || bt[i] === '\t' || bt[i] === '\u3000')) i++;
  let md = 0;
  while (md < 7 && bt[i + md] === '#') md++;
  if (md >= 1 && md <= 6 && (bt[i + md] === ' ' || bt[i + md] === '\t')) return { level: md, headEnd: lineEnd(bt, i, 80, LINE_END) };
  while (bt[i] === '*') i++;
  const c = bt[i];
  // Most blocks start with none of these: no regex run, nothing made (this is asked of every block).
  const k = bt.charCodeAt(i);
  let m: RegExpExecArray | null;
  if (c === '附') {
    ATTACHMENT_HEAD.lastIndex = i;
    if ((m = ATTACHMENT_HEAD.exec(bt))) return { level: 0, headEnd: lineEnd(bt, i + m[0].length, 40, HEAD_END) };
    return undefined;
  }
  if (c !== '（' && c !== '(' && !HEADING_HAN.has(c) && !(k >= 48 && k <= 57) && !(k >= 0xff10 && k <= 0xff19)) return undefined;
  NUM_HEADING.lastIndex = i;
  if ((m = NUM_HEADING.exec(bt))) return { level: c === '（' || c === '(' ? 11 : HEADING_HAN.has(c) ? 10 : 12, headEnd: lineEnd(bt, i + m[0].length, 40, HEAD_END) };
  return undefined;
}
/** The first of `stops` from i on, or i + cap, or the text's end. */
function lineEnd(bt: string, i: number, cap: number, stops: Set<string>): number {
  const end = Math.min(bt.length, i + cap);
  while (i < end && !stops.has(bt[i])) i++;
  return i;
}
const ATTACHMENT_HEAD = /附件[0-9一二三四五六七八九十]{0,2}[:：]?/y;
const NUM_HEADING = /(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９]))/y;
const LINE_END = new Set(['\n', '\r']);
const HEAD_END = new Set(['。', '；', ';', '，', ',', '：', ':', '\n', '\r']);
const HEADING_HAN = new Set('一二三四五六七八九十');
const TITLE_LINE_STOP = /[。；;！？!?\n|]|[:：]$/;

function blockRefs(text: string, h = headingOf(text)): Ref[] {
  const out: Ref[] = [];
  if (h) out.push({ t: 'heading', v: h.level });
  // A title line (附件2's next line, a table's caption 表2 …): short, one line, no sentence end. Its notice counts
  // as a heading's (contextOf).
  const titleLine = !h && text.length <= 60 && !TITLE_LINE_STOP.test(text.trim());
  REF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REF_RE.exec(text)) && out.length < 10_000) {
    const head = titleLine || (h !== undefined && m.index < h.headEnd);
    if (m[1] !== undefined) out.push({ t: 'title', v: m[1], hit: undefined, ver: -1, head });
    else if (m[2] !== undefined) {
      let s = m.index;
      while (s > 0 && m.index - s < 12 && isHan(text.charCodeAt(s - 1))) s--;
      const p = parseDocNumber(text.slice(s, m.index + m[0].length));
      if (p) out.push({ t: 'doc', v: p, hit: undefined, ver: -1, head });
    } else {
      SHORT_TITLE.lastIndex = m.index;
      const sm = SHORT_TITLE.exec(text);
      if (sm) out.push({ t: 'short', v: titleKey(sm[1]), hit: undefined, ver: -1 });
    }
  }
  // The first-leads rule stated for the whole document (found per block, so an edit looks at its block only).
  if (statesFirstLeads(text)) out.push({ t: 'rule', v: '' });
  // So is a convention for the units in brackets after a citation (以下任务进度滞后（括号内为牵头单位）).
  if (BRACKET_LEADS.test(text)) out.push({ t: 'bracketLeads', v: '' });
  return out;
}
const BRACKET_LEADS = /括号[内中里](?:所列)?(?:的)?(?:单位)?(?:为|是)(?:牵头单位|牵头部门)/;

const NO_REFS: Ref[] = [];
const REF_TRIGGER = /[《〔\[［(（【﹝]|简称|下称|第一|首位|括号/;

/** A block's notice references (cached by its text). */
function refsOf(bt: string, cache?: BlockCache): Ref[] {
  if (bt.length < 3) return NO_REFS;
  let refs = cache?.refs<Ref[]>(bt);
  if (!refs) {
    const h = headingOf(bt);
    refs = REF_TRIGGER.test(bt) ? blockRefs(bt, h) : h ? [{ t: 'heading', v: h.level }] : NO_REFS;
    cache?.setRefs(bt, refs);
  }
  return refs;
}

/**
 * The notice a draft declares (a directive, else the first indexed notice it names) and its short titles (a
 * short title binds to the notice named just before its definition), from each block's references in order.
 */
/**
 * A county's own document: its issuer at the head (冠县人民政府办公室, or a title 冠县…局关于…) or, when the head
 * names no issuer, in the signature (the last lines). The county's name, else undefined. Its units are the
 * county's bodies, each standing for a city unit of the notice. A city document that quotes a county in its body
 * (a heading 冠县人民政府, 冠县关于…的经验做法) is not one.
 */
function issuerOf(text: string): string | undefined {
  if (!text.includes('县') && !text.includes('区')) return undefined;
  const lines = (s: string) => s.split(/\r\n|\r|\n/).map(bareLine).filter(l => l);
  // The head: a 文件 header, 字号 and 签发人 may come before the title, and the issuer of a title may stand on a
  // line of its own (冠县发展和改革局 / 关于…的实施方案).
  const top = lines(text.slice(0, 800)).slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    const l = top[i];
    const m = ISSUER.exec(l) ?? ISSUER_TITLE.exec(l) ?? (i + 1 < top.length && top[i + 1].startsWith('关于') && l.length <= 20 ? ISSUER_TITLE.exec(l + top[i + 1]) : null);
    if (m) return county(m[1]);
    if (CITY_ISSUER.test(l)) return undefined; // 聊城市发展和改革委员会 / 市发展改革委关于…: a city document
  }
  const foot = lines(text.slice(-400)).slice(-3);
  for (const l of foot) { const m = ISSUER.exec(l); if (m) return county(m[1]); }
  return undefined;
}
/**
 * The notice's unit that wrote a city document: the issuer of its title (聊城市商务局关于…的报告, or the issuer on a
 * line of its own before 关于…), a 文件 header, or its signature (one of the last lines). Undefined when none of
 * these names a unit of the notice.
 */
function writerOf(text: string, n: IndexedNotice | undefined): string | undefined {
  if (!n) return undefined;
  const lines = (s: string) => s.split(/\r\n|\r|\n/).map(bareLine).filter(l => l);
  const unit = (name: string) => { const r = name.length >= 3 && name.length <= 30 ? n.units.resolve(name.trim()) : undefined; return r && !r.unit.collective ? r.unit.name : undefined; };
  const top = lines(text.slice(0, 800)).slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    const l = top[i];
    const k = l.indexOf('关于');
    const w = (k > 0 ? unit(l.slice(0, k)) : undefined) ?? (l.endsWith('文件') ? unit(l.slice(0, -2)) : undefined) ?? (i + 1 < top.length && top[i + 1].startsWith('关于') ? unit(l) : undefined);
    if (w) return w;
  }
  // A title that starts with the unit, without 关于 (市工业和信息化局2023年8月份重点任务调度情况): the first line only.
  if (top.length) { const w = unitAtStart(top[0], unit, TITLE_AFTER_UNIT); if (w) return w; }
  // A bulletin's masthead (投资促进工作简报 / 聊城市投资促进局办公室编　2023年10月12日).
  for (const l of top) { const w = unitAtStart(l, unit, MASTHEAD_AFTER_UNIT); if (w) return w; }
  // The signature: the unit, or one of its divisions (市工业和信息化局综合科).
  for (const l of lines(text.slice(-400)).slice(-3)) { const w = unit(l) ?? unitAtStart(l, unit, DIVISION_AFTER_UNIT); if (w) return w; }
  return undefined;
}

/** The longest unit name `line` starts with, when what follows it fits `rest`. */
function unitAtStart(line: string, unit: (name: string) => string | undefined, rest: RegExp): string | undefined {
  for (let k = Math.min(line.length - 1, 30); k >= 3; k--) {
    if (!rest.test(line.slice(k))) continue;
    const w = unit(line.slice(0, k));
    if (w) return w;
  }
  return undefined;
}
const TITLE_AFTER_UNIT = /^(?:[0-9０-９]{4}年|上半年|下半年|第[一二三四]季度|[一二三四]季度|[0-9]{1,2}月|贯彻|落实|重点|推进|工作|年度|(?:党组)?(?:书记|副?局长|副?主任)|主要负责|领导班子)/;
const MASTHEAD_AFTER_UNIT = /^(?:办公室|综合科|秘书科)?编(?:印|发)?(?:[\s\u3000]|$)/;
const DIVISION_AFTER_UNIT = /^[\u4e00-\u9fff]{2,8}(?:科|处|室|股)$/;

function scanContext(text: string, index: NoticeIndex, declared: IndexedNotice | undefined, shortTitles: Map<string, string>, firstLeads: boolean, bracketLeads = false): ScanContext {
  const ctx: ScanContext = { index, declared, shortTitles };
  if (bracketLeads) ctx.bracketLeads = true;
  const issuer = issuerOf(text);
  if (issuer) ctx.issuer = issuer;
  // The writer: of a city document, or of a county's against that county's own notice (冠县市场监管局关于… · 我局).
  const n = declared ?? index.default();
  if (!issuer || issuedBy(n, issuer)) { const w = writerOf(text, n); if (w) ctx.writer = w; }
  if (firstLeads) ctx.firstLeads = true;
  return ctx;
}

/**
 * The document states the first-leads rule for all its lists, on a line of its own or in a note (注：责任单位排在第一
 * 位的为牵头单位 / 各项任务责任单位中排名第一的为牵头单位，下同), not inside one task's list: that line cites no task and
 * names no unit label but 责任单位.
 */
function statesFirstLeads(text: string): boolean {
  for (let at = 0; at < text.length;) {
    DOC_RULE.lastIndex = at;
    const m = DOC_RULE.exec(text);
    if (!m) return false;
    const ls = Math.max(text.lastIndexOf('\n', m.index) + 1, 0);
    let le = text.indexOf('\n', m.index);
    if (le < 0) le = text.length;
    const line = text.slice(ls, Math.min(le, ls + 300));
    if (!OWN_TASK.test(line)) return true;
    at = le + 1;
  }
  return false;
}
const DOC_RULE = /(?:责任单位|责任部门|承办单位)[^。\n]{0,10}(?:排在第一位|排名第一|排在首位|列第一位|第一位)[^。\n]{0,8}牵头/g;
const OWN_TASK = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}项|(?:牵头|配合)(?:单位|部门)[:：]|任务[ \t]{0,2}[0-9]/;

/** A line without the white space, Markdown heading marks and bold stars around it. */
function bareLine(l: string): string {
  let a = 0, b = l.length;
  const skip = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '*' || c === '#';
  while (a < b && skip(l[a])) a++;
  while (b > a && skip(l[b - 1])) b--;
  return l.slice(a, b);
}
/** Is the notice the county's own (its issuer or title starts with the county, maybe after its city: 成都市武侯区…)? */
export function issuedBy(n: IndexedNotice | undefined, county: string): boolean {
  const by = n?.notice.issuer ?? n?.notice.title ?? '';
  return by.startsWith(county) || by.replace(CITY_BEFORE_COUNTY, '').startsWith(county);
}
const CITY_BEFORE_COUNTY = /^[\u4e00-\u9fff]{2,3}市(?=[\u4e00-\u9fff]{1,4}(?:县|区|旗))/;

/** The county of a place as written: without the city before it (聊城市冠县 → 冠县); undefined for no county. */
function county(place: string): string | undefined {
  const p = place.replace(/^[\u4e00-\u9fff]{2,3}市(?=[\u4e00-\u9fff]{1,4}(?:县|区)$)/, '');
  return /[各本有关所在全市县区两级]/.test(p.slice(0, -1)) ? undefined : p;
}
const ISSUER = /^([\u4e00-\u9fff]{1,7}?(?:自治县|县|区))(?:(?:人民政府(?:办公室)?|委员会|委办公室)(?:文件)?|[\u4e00-\u9fff]{2,14}(?:局|委员会|委|办公室|中心)文件)$/;
// (Also a town's or a street's body in the county — 茌平区博平镇人民政府, 冠县烟庄街道办事处 — and a title without 关于:
// 阳谷县人民政府常务会议纪要, 冠县发展和改革局2023年工作总结.)
const ISSUER_TITLE = /^([\u4e00-\u9fff]{1,7}?(?:自治县|县|区))(?:人民政府(?:办公室)?|[\u4e00-\u9fff]{2,14}(?:局|委员会|委|办公室|中心)|[\u4e00-\u9fff]{1,6}(?:镇|乡)(?:人民政府|党委|政府)?|[\u4e00-\u9fff]{1,6}街道(?:办事处|党工委)?)(?:关于|[0-9]{4}年|(?:常务|专题|工作)?会议纪要|常务会议|(?:年度)?工作(?:总结|报告|要点|方案))/;
const CITY_ISSUER = /^(?:中共)?[\u4e00-\u9fff]{0,3}市[\u4e00-\u9fff]{0,20}(?:人民政府|政府|委员会|局|委|办公室|中心)(?:办公室|文件)?(?:关于|$)/;

interface DocContext {
  declared?: IndexedNotice;
  shortTitles: Map<string, string>;
  firstLeads: boolean;
  bracketLeads: boolean;
  /**
   * Per block, the notice its section is about when that is not the declared one (二、测政办字〔2023〕2号落实情况 and
   * what follows, up to the next heading of its level or above); undefined when no block has one.
   */
  sections?: (IndexedNotice | undefined)[];
}

function contextOf(text: string, index: NoticeIndex, refsByBlock: Ref[][], blocks?: Block[]): DocContext {
  const shortTitles = new Map<string, string>();
  let declared: IndexedNotice | undefined;
  let firstLeads = false, bracketLeads = false;
  const dm = DIRECTIVE.exec(text.slice(0, 4000));
  if (dm) declared = index.find(dm[1].trim());
  let last: IndexedNotice | undefined;
  // Open headings, innermost last; one naming a single indexed notice in its head binds its section to it.
  const open: { level: number; notice: IndexedNotice | undefined }[] = [];
  let sections: (IndexedNotice | undefined)[] | undefined;
  // An attachment heading naming no notice (附件2 alone on its line): the title line after it may name it.
  let attachment = false;
  // A title line naming one notice (表2 测政办字〔2023〕2号…): the table right after it is that notice's.
  let caption: IndexedNotice | undefined;
  for (let k = 0; k < refsByBlock.length; k++) {
    const refs = refsByBlock[k];
    if (blocks && blocks[k].end - blocks[k].start < 2) continue; // a blank line
    let level: number | undefined, named: IndexedNotice | undefined, several = false, titled = false;
    for (const r of refs) {
      if (r.t === 'heading') { level = r.v; continue; }
      if (r.t === 'rule') { firstLeads = true; continue; }
      if (r.t === 'bracketLeads') { bracketLeads = true; continue; }
      if (r.t === 'short') { if (last) shortTitles.set(r.v, last.id); continue; }
      if (r.ver !== index.version) { r.hit = r.t === 'title' ? index.byTitleText(r.v) : index.byDocNumber(r.v); r.ver = index.version; }
      const hit = r.hit;
      if (hit) { last = hit; if (!declared) declared = hit; } else last = undefined;
      if (hit && r.head) { if (named && named !== hit) several = true; named = hit; if (level === undefined) titled = true; }
    }
    const tableHere = blocks?.[k].table ?? false;
    if (level !== undefined) {
      while (open.length && open[open.length - 1].level >= level) open.pop();
      if (named) open.push({ level, notice: several ? undefined : named });
      attachment = level === 0 && !named;
    } else if (attachment && titled && !several) {
      open.push({ level: 0, notice: named });
      attachment = false;
    } else attachment = false;
    let cur = open.length ? open[open.length - 1].notice : undefined;
    if (tableHere && caption) cur = caption;
    caption = titled && !several && !tableHere ? named : undefined;
    if (cur) (sections ??= new Array(refsByBlock.length))[k] = cur;
  }
  // The declared notice's own sections need nothing (and keep every block's cache key as it was).
  if (sections) {
    let any = false;
    for (let k = 0; k < sections.length; k++) { if (sections[k] === declared) sections[k] = undefined; else if (sections[k]) any = true; }
    if (!any) sections = undefined;
  }
  return { declared, shortTitles, firstLeads, bracketLeads, sections };
}

/** Per block, its scan context: the document's, or one whose notice is its section's (contextOf.sections). */
function blockContexts(ctx: ScanContext, sections: (IndexedNotice | undefined)[] | undefined): (ScanContext | undefined)[] | undefined {
  if (!sections) return undefined;
  const byNotice = new Map<string, ScanContext>();
  const out: (ScanContext | undefined)[] = new Array(sections.length);
  for (let k = 0; k < sections.length; k++) {
    const n = sections[k];
    if (!n) continue;
    let c = byNotice.get(n.id);
    if (!c) { c = { ...ctx, declared: n }; byNotice.set(n.id, c); }
    out[k] = c;
  }
  return out;
}

/** The scan context at a document offset: its block's (a section about another notice) or the document's. */
export function contextAt(a: DraftAnalysis, offset: number): ScanContext {
  const bc = a.blockCtx;
  if (!bc) return a.ctx;
  let lo = 0, hi = a.blocks.length - 1, k = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (a.blocks[mid].start <= offset) { k = mid; lo = mid + 1; } else hi = mid - 1; }
  return (k >= 0 ? bc[k] : undefined) ?? a.ctx;
}

/** The notice a citation without a reference of its own at `offset` belongs to: its section's, else the declared. */
export function declaredAt(a: DraftAnalysis, offset: number): IndexedNotice | undefined {
  return contextAt(a, offset).declared;
}

/**
 * A line ending of a lone CR (an old Mac file; LSP counts it as one) read as LF: one character for one, so every
 * offset and line stays as it was (LineIndex counts either as a line's end).
 */
function loneCrAsLf(text: string): string {
  return text.indexOf('\r') < 0 || !LONE_CR.test(text) ? text : text.replace(LONE_CR_G, '\n');
}
const LONE_CR = /\r(?!\n)/;
const LONE_CR_G = /\r(?!\n)/g;

/**
 * Analyses a draft. With `prev` (the analysis of this document's previous text, same index) the blocks outside
 * the changed region are taken over by position, with their references and — when the context is unchanged —
 * their scans: an edit costs the changed blocks plus a pass over the block list, not a hash of the whole text.
 * Changed blocks go through the content-addressed cache.
 */
export function analyzeDraft(input: string, index: NoticeIndex, cache?: BlockCache, lines?: LineIndex, prev?: DraftAnalysis): DraftAnalysis {
  const text = loneCrAsLf(input);
  const li = lines ?? new LineIndex(text);
  const reuse = prev instanceof Analysis && prev.index === index ? prev : undefined;
  let blocks: Block[], from: Int32Array | undefined;
  if (reuse) ({ blocks, from } = resplit(reuse, text, li));
  else blocks = splitBlocks(text, li);
  const refs: Ref[][] = new Array(blocks.length);
  // The text of each changed block, cut once: both cache lookups below hash the same string object.
  const texts: (string | undefined)[] = new Array(blocks.length);
  for (let k = 0; k < blocks.length; k++) {
    if (from && from[k] >= 0) { refs[k] = reuse!.refs[from[k]]; continue; }
    const bt = texts[k] = text.slice(blocks[k].start, blocks[k].end);
    refs[k] = refsOf(bt, cache);
  }
  const { declared, shortTitles, firstLeads, bracketLeads, sections } = contextOf(text, index, refs, blocks);
  const ctx = scanContext(text, index, declared, shortTitles, firstLeads, bracketLeads);
  const ctxs = blockContexts(ctx, sections);
  const ctxKey = `${index.version}|${declared?.id ?? ''}|${[...shortTitles].join(',')}|${ctx.issuer ?? ''}|${ctx.writer ?? ''}|${ctx.firstLeads ? 'F' : ''}${ctx.bracketLeads ? 'B' : ''}|`;
  const sameCtx = reuse !== undefined && reuse.ctxKey === ctxKey;
  const blockScans: BlockScan[] = new Array(blocks.length);
  cache?.context(ctxKey);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    let scan: BlockScan | undefined;
    const bctx = ctxs?.[k];
    if (sameCtx && from![k] >= 0 && reuse!.blockCtx?.[from![k]]?.declared === bctx?.declared) scan = reuse!.blockScans[from![k]];
    else if (b.end - b.start < 2) scan = EMPTY;
    else {
      const bt = texts[k] ?? text.slice(b.start, b.end);
      // A block in a section about another notice is scanned (and cached) with that notice.
      const key = (bctx ? `\u0002${bctx.declared!.id}\u0002` : '') + (b.table ? '\u0001' + bt : bt);
      scan = cache?.get(key);
      if (!scan) { scan = scanBlock(bt, b.table, bctx ?? ctx); cache?.set(key, scan); }
    }
    blockScans[k] = scan;
  }
  cache?.rotate();
  return new Analysis(text, li, declared, shortTitles, ctx, blocks, blockScans, refs, ctxKey, index, ctxs);
}

/**
 * The document-level arrays (citations, lists…) are built on first use from the block scans: a keystroke that
 * only needs diagnostics (cached per block) never pays for them.
 */
class Analysis implements DraftAnalysis {
  private m: Pick<DraftAnalysis, 'citations' | 'lists' | 'groups' | 'docNumbers' | 'noticeRefs' | 'mentions'> | undefined;
  constructor(
    readonly text: string, readonly lines: LineIndex, readonly declared: IndexedNotice | undefined,
    readonly shortTitles: Map<string, string>, readonly ctx: ScanContext, readonly blocks: Block[], readonly blockScans: BlockScan[],
    /** Per block: its notice references (for the next edit's context). */
    readonly refs: Ref[][], readonly ctxKey: string, readonly index: NoticeIndex,
    readonly blockCtx: (ScanContext | undefined)[] | undefined,
  ) {}
  private get all() {
    if (!this.m) {
      const a = { citations: [], lists: [], groups: [], docNumbers: [], noticeRefs: [], mentions: [] } as NonNullable<Analysis['m']>;
      this.blockScans.forEach((scan, k) => { if (scan !== EMPTY) append(a, scan, this.blocks[k].start); });
      this.m = a;
    }
    return this.m;
  }
  get citations() { return this.all.citations; }
  get lists() { return this.all.lists; }
  get groups() { return this.all.groups; }
  get docNumbers() { return this.all.docNumbers; }
  get noticeRefs() { return this.all.noticeRefs; }
  get mentions() { return this.all.mentions; }
}

/** A view of one block as if it were a whole document (offsets relative to the block). */
export function blockView(a: DraftAnalysis, k: number): DraftAnalysis {
  const b = a.blocks[k];
  const c = a.blockCtx?.[k];
  return new BlockView(a.text.slice(b.start, b.end), b.table, a.blockScans[k], c?.declared ?? a.declared, a.shortTitles, c ?? a.ctx);
}

/** One block as a document (a class: an object literal with a getter is slow to make, and one is made per block). */
class BlockView implements DraftAnalysis {
  private li: LineIndex | undefined;
  readonly citations: Citation[]; readonly lists: UnitList[]; readonly groups: Group[]; readonly docNumbers: DocNumberRef[]; readonly noticeRefs: NoticeRef[]; readonly mentions: Mention[];
  readonly blocks: Block[]; readonly blockScans: BlockScan[];
  constructor(readonly text: string, table: boolean, scan: BlockScan, readonly declared: IndexedNotice | undefined, readonly shortTitles: Map<string, string>, readonly ctx: ScanContext) {
    this.citations = scan.citations; this.lists = scan.lists; this.groups = scan.groups; this.docNumbers = scan.docNumbers; this.noticeRefs = scan.noticeRefs; this.mentions = scan.mentions;
    this.blocks = [{ start: 0, end: text.length, table, section: false, byUnit: false }]; this.blockScans = [scan];
  }
  get lines(): LineIndex { return (this.li ??= new LineIndex(this.text)); }
}

/**
 * A draft read once, block by block (the CLI): each block is scanned and handed to `visit` as a view (offsets
 * relative to `start`), then dropped; nothing is cached or kept. `proceed` sees the declared notice first and may
 * stop the walk. Views are the same as blockView's of analyzeDraft, so per-block results are identical.
 */
export function eachBlock(input: string, index: NoticeIndex, visit: (view: DraftAnalysis, start: number) => void, proceed?: (declared: IndexedNotice | undefined) => boolean): void {
  const text = loneCrAsLf(input);
  const blocks = splitBlocks(text, new LineIndex(text));
  const { declared, shortTitles, firstLeads, bracketLeads, sections } = contextOf(text, index, blocks.map(b => refsOf(text.slice(b.start, b.end))), blocks);
  if (proceed && !proceed(declared)) return;
  const ctx = scanContext(text, index, declared, shortTitles, firstLeads, bracketLeads);
  const ctxs = blockContexts(ctx, sections);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.end - b.start < 2) continue;
    const bt = text.slice(b.start, b.end);
    const c = ctxs?.[k] ?? ctx;
    const scan = scanBlock(bt, b.table, c, false);
    if (!scan.citations.length && !scan.lists.length && !scan.docNumbers.length && !scan.mentions.length) continue;
    visit(new BlockView(bt, b.table, scan, c.declared ?? declared, shortTitles, c), b.start);
  }
}

export function isEmptyScan(s: BlockScan): boolean { return s === EMPTY; }

const EMPTY: BlockScan = { citations: [], lists: [], docNumbers: [], noticeRefs: [], groups: [], mentions: [], memo: undefined };

function shift(s: Span, by: number): Span { return { start: s.start + by, end: s.end + by }; }

function append(a: Pick<DraftAnalysis, 'citations' | 'lists' | 'groups' | 'docNumbers' | 'noticeRefs' | 'mentions'>, s: BlockScan, by: number): void {
  const c0 = a.citations.length, l0 = a.lists.length, g0 = a.groups.length;
  if (by === 0 && c0 === 0 && l0 === 0 && g0 === 0 && a.docNumbers.length === 0 && a.noticeRefs.length === 0 && a.mentions.length === 0) {
    // The first block at the very start: its items are already document items (scans are never mutated).
    // Copied with slice(), not push(...xs): spreading a block's 100,000 items as arguments overflows the stack.
    a.citations = s.citations.slice(); a.lists = s.lists.slice(); a.groups = s.groups.slice(); a.docNumbers = s.docNumbers.slice(); a.noticeRefs = s.noticeRefs.slice(); a.mentions = s.mentions.slice();
    return;
  }
  for (const c of s.citations) {
    a.citations.push({
      ...c, span: shift(c.span, by), items: c.items.map(i => ({ ...i, span: shift(i.span, by) })),
      title: c.title && { text: c.title.text, span: shift(c.title.span, by), outer: shift(c.title.outer, by) },
      group: c.group < 0 ? -1 : c.group + g0,
    });
  }
  for (const l of s.lists) {
    a.lists.push({ ...l, id: l.id + l0, span: shift(l.span, by), labelled: l.labelled, group: l.group === undefined ? undefined : l.group + g0, units: l.units.map(u => ({ ...u, span: shift(u.span, by), list: u.list + l0 })) });
  }
  for (const g of s.groups) a.groups.push({ id: g.id + g0, citations: g.citations.map(k => k + c0), lists: g.lists.map(k => k + l0) });
  for (const d of s.docNumbers) a.docNumbers.push({ ...d, span: shift(d.span, by), yearSpan: shift(d.yearSpan, by) });
  for (const r of s.noticeRefs) a.noticeRefs.push({ ...r, span: shift(r.span, by) });
  for (const m of s.mentions) a.mentions.push({ ...m, span: shift(m.span, by) });
}
