/**
 * Draft scanner: finds, in one block of a draft (a line, or a whole Markdown table), the task citations
 * (`第12项`, `第一至八项`, `第5、6项`, `任务12`, titles), quoted titles, unit lists with their roles, 发文字号 and
 * notice references, and groups citations with the unit lists that belong to them.
 *
 * Offsets in a BlockScan are relative to the block's start; document.ts shifts them. Pure, linear in the
 * block's length (every loop advances; look-backs are bounded), never throws.
 */
import { findAnnotations, Task } from './notice';
import { Annotation, listCutShort, looksLikeUnit, matchLabel, parseAnnotation, resolveRoles, Role, ROLE_ADVERB, splitUnitList, UnitMention, withoutPageNumbers } from './annotation';
import { afterItemPrefix, isUnitHeading, roleAlone, roleAtLineStart, roleBefore, startsWithCitation, unitHead } from './byUnit';
import { parseNumeral, toChineseNumeral } from './numerals';
import { Cell, ColKind, columnKinds, DITTO, isSeparatorRow, splitRow, splitTsvRow } from './table';
import { fold, isHan, isPageNumber } from './text';
import type { Span } from './types';
import { DocNumberParts, IndexedNotice, NoticeIndex, titleKey } from './workspace';

export type BindingVia = 'explicit' | 'declared' | 'default' | 'external' | 'none';
export interface Binding { notice?: string; via: BindingVia }

export interface CitationItem {
  n: number; span: Span;
  /** This number ends a range that starts at the item before (`第15—18项`, `第12、15—18项`, `第1项至8项`). */
  range?: true;
}
export interface QuotedTitle { text: string; /** inside the quotes */ span: Span; /** quotes included */ outer: Span }

export interface Citation {
  /** The reference itself (第…项 / 任务12 / a table cell / a title) without a following quoted title. */
  span: Span;
  items: CitationItem[];
  numbers: number[];
  kind: 'single' | 'range' | 'list' | 'title' | 'table';
  title?: QuotedTitle;
  binding: Binding;
  group: number;
  /** Tasks left out of the citation before it (`第41至47项（第43、44项除外）`, `除第43项外`): same group, not its tasks. */
  exclude?: true;
}

export interface UnitRef { name: string; span: Span; role: Role; list: number }
export interface UnitList {
  id: number; span: Span; labelled: boolean; units: UnitRef[]; group: number | undefined;
  /** Its roles come from a rule that the first responsible unit leads (排在第一位的为牵头单位): one lead only. */
  firstLeads?: true;
  /** Written with 分别 (第36、37项分别由A、B牵头): its k-th lead leads the group's k-th task. */
  respective?: true;
  /** Leads joined to a subject left unsaid, the writer's own body (与A、B共同牵头 · 会同A牵头): more leads than named. */
  unsaidSubject?: true;
  /**
   * The unit that heads a list organised by unit (市商务局：牵头第66、67项 · （一）市商务局 | 牵头任务：第66项): it leads
   * (or, after 负责, is responsible for) each task of its group; the tasks' other leads are under their own headings.
   */
  byUnit?: true;
  /** A byUnit list whose unit an earlier list of the same heading holds too: its name is checked there once. */
  again?: true;
  /**
   * A byUnit list's tasks are the first this many citations of its group (牵头第64项，第26项配套资金已拨付: the clause
   * after the comma is another matter); all of them when unset.
   */
  own?: number;
  /** A phrase that names the tasks after it by a lead (我局牵头的第35项 · 市商务局牵头第66项): not all their leads. */
  someLeads?: true;
}
export interface DocNumberRef {
  span: Span; text: string; parts: DocNumberParts;
  /** The year is in 六角括号 〔〕. */
  ok: boolean;
  /** The serial has no 第 and no leading zero (GB/T 9704: 发文顺序号不加“第”字，不编虚位). */
  serialOk: boolean;
  /** The year with its brackets. */
  yearSpan: Span;
  notice?: string;
  /** It follows the exact title of this notice, whose 文号 it is not (a wrong 字号 or serial). */
  titleOf?: string;
}
export interface NoticeRef { span: Span; notice?: string; kind: 'doc-number' | 'title' | 'short-title'; text: string }
export interface Group { id: number; citations: number[]; lists: number[] }
/** An informal name of a notice unit written in prose outside any unit list (市发改委要加强协调): `notice` is its id. */
export interface Mention { name: string; span: Span; notice: string }

export interface BlockScan {
  citations: Citation[];
  lists: UnitList[];
  docNumbers: DocNumberRef[];
  noticeRefs: NoticeRef[];
  groups: Group[];
  mentions: Mention[];
  /** Left to the service (diagnostics memoised per block); always present so every scan has one shape. */
  memo: unknown;
}

export interface ScanContext {
  index: NoticeIndex;
  /** The notice the document declares (first reference, or a directive), else undefined. */
  declared?: IndexedNotice;
  /** Short titles defined by （以下简称《…》） → notice id. */
  shortTitles: ReadonlyMap<string, string>;
  /** The county whose own document this is (冠县人民政府办公室…): its bodies stand for the city's units. */
  issuer?: string;
  /** The notice's unit that wrote this (city) document, from its head or signature: what 我局 / 我委 / 本单位 stand for. */
  writer?: string;
  /**
   * The document states once, for all its lists, that the first responsible unit leads (注：责任单位排在第一位的为牵头单位):
   * every 责任单位 list and column is read so.
   */
  firstLeads?: boolean;
  /** The document says the units in brackets after a citation are its leads (括号内为牵头单位). */
  bracketLeads?: boolean;
}

/** Upper bound on expanding a range (第1—99999项): the numbers past it are checked as endpoints only. */
export const MAX_RANGE = 1000;
/** Blocks longer than this are scanned for citations only in their first part (a 10 MB single line stays fast). */
export const MAX_BLOCK_SCAN = 2_000_000;

/** A character a cited number is written with: 0-9, ０-９ or 零〇一二两三四五六七八九十百千万 (by code: read per character). */
const NUM_HAN = new Set([...'零〇一二两三四五六七八九十百千万'].map(c => c.charCodeAt(0)));
function isNumChar(c: number): boolean { return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || NUM_HAN.has(c); }
const RANGE_SEP = /[—–―−\-~～〜至到]/;
/** After a range's separator at k: past a doubled dash too (第26——28项, as an input method types it). */
function afterSep(f: string, k: number): number { return (f[k] === '—' || f[k] === '―') && f[k + 1] === f[k] ? k + 2 : k + 1; }
const LIST_SEP = /[、,，]/;
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '「': '」', '『': '』', '‘': '’' };

export function bindingNotice(ctx: ScanContext, b: Binding): IndexedNotice | undefined {
  return b.notice ? ctx.index.get(b.notice) : undefined;
}

/** The notice a citation without an explicit reference belongs to. */
export function implicitBinding(ctx: ScanContext): Binding {
  // One object per context and index version, shared by its citations (bindings are never changed in place):
  // a draft has thousands of citations, and this is asked for each of them.
  const c = implicitCache.get(ctx);
  if (c && c.ver === ctx.index.version) return c.b;
  const d = ctx.declared ? undefined : ctx.index.default();
  const b: Binding = ctx.declared ? { notice: ctx.declared.id, via: 'declared' } : d ? { notice: d.id, via: 'default' } : { via: 'none' };
  implicitCache.set(ctx, { ver: ctx.index.version, b });
  return b;
}
const implicitCache = new WeakMap<ScanContext, { ver: number; b: Binding }>();

/** `kept`: the scan goes into a cache (arrays are then stored exact-size); false for a scan used once. */
export function scanBlock(raw: string, isTable: boolean, ctx: ScanContext, kept = true): BlockScan {
  const text = raw.length > MAX_BLOCK_SCAN ? raw.slice(0, MAX_BLOCK_SCAN) : raw;
  const f = fold(text);
  const out: BlockScan = { citations: [], lists: [], docNumbers: [], noticeRefs: [], groups: [], mentions: [], memo: undefined };
  scanNoticeRefs(text, f, ctx, out);
  if (isTable) scanTable(text, f, ctx, out);
  else scanProse(text, f, 0, f.length, ctx, out, true);
  scanMentions(text, ctx, out);
  return normalize(out, kept);
}

/**
 * Informal names of the bound notice's units in the prose outside unit lists (市发改委要加强协调, 市住建局牵头推进的…
 * where no list was read): what a term dictionary flags anywhere. Not inside 《》 (another document's title is
 * quoted as it is), not after 原 (原市工商局: the old body, named as it was), a level (县发改委, for a user's alias
 * 发改委) or another place (临清市发改局), not where a longer name of the same unit starts (市政府办公室 is no 市政府办)
 * or a longer name goes on (市发改委员会). One pass of the registry's regex of the forms.
 */
function scanMentions(text: string, ctx: ScanContext, out: BlockScan): void {
  const n = bindingNotice(ctx, implicitBinding(ctx));
  const re = n?.units.informalForms();
  if (!n || !re) return;
  let taken: Span[] | undefined; // the names the lists hold, in order (made at the first match)
  let ti = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.mentions.length < 10_000) {
    const i = m.index, name = m[0], end = i + name.length;
    if (!taken) {
      taken = [];
      for (const l of out.lists) for (const u of l.units) taken.push(u.span);
      taken.sort((a, b) => a.start - b.start);
    }
    while (ti < taken.length && taken[ti].end <= i) ti++;
    // Before it, 原 (a former body) or another level (县发改委 for a user's alias 发改委).
    const before = text[i - 1];
    // 原 before the first of a list of names (原市工商局、市质监局) covers them all.
    let q = i;
    while (q > 0 && i - q < 40 && (text[q - 1] === '、' || isHan(text.charCodeAt(q - 1))) && text[q - 1] !== '原') q--;
    const formerList = q > 0 && text[q - 1] === '原' && text.slice(q, i).indexOf('、') >= 0;
    // Another city's body (临清市发改局, 濮阳市发改委): a place before 市 that is not the notice's.
    const otherPlace = before !== undefined && isHan(before.charCodeAt(0)) && !PLACE_OK.has(before) && !(n.units.place && text.startsWith(n.units.place.replace(/市$/, ''), i - n.units.place.length + 1));
    // Nor the start of a longer name (市发改委员会): a name's last characters after it.
    const after = text[end];
    const longer = after !== undefined && NAME_GOES_ON.has(after);
    const r = before === '原' || formerList || otherPlace || longer || before === '县' || before === '区' || before === '省' || before === '镇' || before === '乡' || (ti < taken.length && taken[ti].start < end) || inBookTitle(text, i) ? undefined : n.units.resolve(name);
    if (!r || text.startsWith(r.unit.name, i) || r.unit.aliases.some(a => a.length > name.length && text.startsWith(a, i))) { re.lastIndex = i + 1; continue; }
    out.mentions.push({ name, span: { start: i, end }, notice: n.id });
  }
}

/** Characters that go on a body's name (员会, 局, 办…): an informal form right before one is part of a longer name. */
const NAME_GOES_ON = new Set([...'员会局委办厅部处科室站所队中心']);

/** Characters that may stand right before a city body's 市 without being part of a place's name. */
// (Also the last character of verbs a unit follows: 对接 联系 协调 报送 抄送 督促 指导 支持 依托 协助 商请 请示.)
const PLACE_OK = new Set([...'由在对向和与及把将为从第项条是请各等的了经同会以按据协配牵头全本我并或、后前至即其该此加要已接系调送促导持托助示']);

/** Is offset i inside 《…》 on its line (looked at up to 200 characters back)? */
function inBookTitle(text: string, i: number): boolean {
  let depth = 0;
  for (let p = i - 1; p >= 0 && i - p <= 200; p--) {
    const c = text.charCodeAt(p);
    if (c === 10) break;
    if (c === 0x300b) depth++;
    else if (c === 0x300a) { if (depth === 0) return true; depth--; }
  }
  return false;
}

// ───────────────────────── notice references and 文号 ─────────────────────────

const DOCNUM_CORE = /[〔\[［(（【][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】][ \t]{0,3}第?[ \t]{0,3}(\d{1,5})[ \t]{0,3}号/g;
const STOP_WORDS = /^(?:根据|按照|依据|依照|对照|参照|落实|贯彻|印发|执行|结合|见|及|和|与|的|是|即|按|照|据|将|把|对|在|为|由|从|同|经|于)+/;

function scanNoticeRefs(text: string, f: string, ctx: ScanContext, out: BlockScan): void {
  DOCNUM_CORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = DOCNUM_CORE.exec(f))) {
    // Extend back over the issuer code (Han characters), dropping leading function words.
    let s = m.index;
    // A space or two may stand between the issuer code and the bracket (聊政办字 [2023]3号).
    while (s > prevEnd && m.index - s < 2 && (f[s - 1] === ' ' || f[s - 1] === '\t') && isHan(f.charCodeAt(s - 2))) s--;
    const codeEnd = s;
    while (s > prevEnd && codeEnd - s < 12 && isHan(f.charCodeAt(s - 1))) s--;
    // Issuer codes hold none of these characters: cut the run after the last one (…号和聊政办字 → 聊政办字).
    const run = f.slice(s, codeEnd);
    for (let k = run.length - 1; k >= 0; k--) if ('号和及与或的是在将对为由按据照见即于'.includes(run[k])) { s += k + 1; break; }
    let issuer = f.slice(s, codeEnd);
    const stop = STOP_WORDS.exec(issuer);
    if (stop && stop[0].length < issuer.length) { s += stop[0].length; issuer = issuer.slice(stop[0].length); }
    if (!issuer) continue;
    const end = m.index + m[0].length;
    prevEnd = end;
    const open = text[m.index];
    let closeIdx = m.index + 1;
    while (closeIdx < end && !/[〕\]］)）】]/.test(f[closeIdx])) closeIdx++;
    // ﹝﹞ fold to 〔〕; full-width digits and white space inside (〔2023〕3 号, from a Word paste) are not GB/T 9704's.
    const ok = open === '〔' && text[closeIdx] === '〕' && !/[０-９ \t]/.test(text.slice(m.index, end)) && codeEnd === m.index;
    const parts: DocNumberParts = { issuer, year: Number(m[1]), serial: Number(m[2]) };
    const n = ctx.index.byDocNumber(parts);
    // Only a notice we hold is known to write its serial without 第 or a leading zero (some bodies number with
    // 第: 中国人民银行令〔2021〕第3号): compare with the notice's own.
    const own = n && noticeSerial(n);
    const serialOk = own === undefined || (m[2] === own && !m[0].includes('第'));
    out.docNumbers.push({ span: { start: s, end }, text: text.slice(s, end), parts, ok, serialOk, yearSpan: { start: codeEnd, end: closeIdx + 1 }, notice: n?.id });
    out.noticeRefs.push({ span: { start: s, end }, notice: n?.id, kind: 'doc-number', text: text.slice(s, end) });
  }
  // 《title》 and short titles (《简称》 or “简称” defined earlier).
  for (let i = f.indexOf('《'); i >= 0 && i < f.length; i = f.indexOf('《', i + 1)) {
    const window = f.slice(i + 1, Math.min(f.length, i + 152));
    const rel = window.indexOf('》');
    if (rel < 0) continue;
    const close = i + 1 + rel;
    const inner = f.slice(i + 1, close);
    if (inner.includes('《')) continue;
    const short = ctx.shortTitles.get(titleKey(inner));
    const n = short ? ctx.index.get(short) : ctx.index.byTitleText(inner);
    out.noticeRefs.push({ span: { start: i, end: close + 1 }, notice: n?.id, kind: short ? 'short-title' : 'title', text: text.slice(i + 1, close) });
  }
  if (ctx.shortTitles.size) {
    for (let i = f.indexOf('“'); i >= 0; i = f.indexOf('“', i + 1)) {
      const rel = f.slice(i + 1, Math.min(f.length, i + 42)).indexOf('”');
      if (rel < 0) continue;
      const close = i + 1 + rel;
      const id = ctx.shortTitles.get(titleKey(f.slice(i + 1, close)));
      if (id) out.noticeRefs.push({ span: { start: i, end: close + 1 }, notice: id, kind: 'short-title', text: text.slice(i + 1, close) });
    }
  }
  out.noticeRefs.sort((a, b) => a.span.start - b.span.start);
  // A 文号 in brackets right after a notice's exact title (《…的通知》（聊政办发〔2023〕3号）) that is not that notice's.
  for (const d of out.docNumbers) {
    if (d.notice) continue;
    const t = out.noticeRefs.find(r => r.kind === 'title' && r.notice && r.span.end <= d.span.start && d.span.start - r.span.end <= 4 && /^[(（]?$/.test(f.slice(r.span.end, d.span.start).trim()));
    if (t) {
      d.titleOf = t.notice;
      // The writer means that notice (its 文号 miswritten): citations after it are its tasks.
      const ref = out.noticeRefs.find(r => r.kind === 'doc-number' && r.span.start === d.span.start);
      if (ref) ref.notice = t.notice;
    }
  }
}

/** The serial as the notice writes it in its own 文号 (`3` in 聊政办字〔2023〕3号). */
export function noticeSerial(n: IndexedNotice): string | undefined {
  return n.notice.docNumber ? /〕(\d+)号$/.exec(n.notice.docNumber)?.[1] : undefined;
}

// ───────────────────────── prose ─────────────────────────

/** Reads a numeral at i (Arabic or Chinese, spaces allowed before). Returns [value, start, end] or undefined. */
function readNumber(f: string, i: number, end: number): [number, number, number] | undefined {
  let s = i;
  while (s < end && isBlank(f.charCodeAt(s))) s++;
  // A hard-wrapped line between 第 and its number (按照通知第 | 45项): one line break.
  if (s < end && (f[s] === '\n' || f[s] === '\r') && s > 0 && f[s - 1] === '第') { if (f[s] === '\r' && f[s + 1] === '\n') s++; s++; while (s < end && (f[s] === ' ' || f[s] === '\t')) s++; }
  let e = s;
  while (e < end && e - s < 24 && isNumChar(f.charCodeAt(e))) e++;
  if (e === s) return undefined;
  const v = parseNumeral(f.slice(s, e));
  if (v === undefined) return undefined;
  return [v, s, e];
}

/** A task number at i, in brackets when `brackets` allows (（三）): value, the number's span, and the offset after it. */
function readItemNumber(f: string, i: number, end: number, brackets: boolean): [number, number, number, number] | undefined {
  const inB = brackets && f[i] === '(';
  const r = readNumber(f, inB ? i + 1 : i, end);
  if (!r) return undefined;
  if (!inB) return [r[0], r[1], r[2], r[2]];
  return f[r[2]] === ')' ? [r[0], r[1], r[2], r[2] + 1] : undefined;
}

function skipSpaces(f: string, i: number, end: number): number { while (i < end && isBlank(f.charCodeAt(i))) i++; return i; }
/** A space or tab, also the no-break and typographic spaces a Word or web copy leaves (U+00A0, U+2002–U+200A). */
function isBlank(c: number): boolean { return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2002 && c <= 0x200a); }

/**
 * `第N项`, `第N—M项`, `第N、M项`, `第N、M—K项`, `第N项至第M项` / `第N项至M项`, optional 任务 after. Each number is an
 * item; an item that ends a range written inside the citation has `range` set. Not `第N项、M项`: after 项 a number
 * is as often a count (第一项、两项工作已完成, 完成第3项、10项以上指标).
 */
function readDiCitation(f: string, i: number, end: number): { items: CitationItem[]; kind: Citation['kind']; end: number; decimal?: number } | undefined {
  // 第2.1项: a task of a notice numbered in two levels (1.1, 1.2 under 1), or a part of task 2 in another.
  let q = i + 1;
  while (q < end && q - i < 6 && (f[q] === ' ' || f[q] === '\t' || (f.charCodeAt(q) >= 48 && f.charCodeAt(q) <= 57))) q++;
  const dm = q > i + 1 && (f[q] === '.' || f[q] === '．') ? DECIMAL_CITATION.exec(f.slice(i, Math.min(end, i + 16))) : null;
  if (dm) {
    const s = i + dm[0].indexOf(dm[1], 1), e = i + dm[0].lastIndexOf(dm[2]) + dm[2].length;
    return { items: [{ n: Number(dm[2]), span: { start: s, end: e } }], kind: 'single', end: i + dm[0].length, decimal: Number(dm[1]) };
  }
  const items: CitationItem[] = [];
  // N or N—M (the second may repeat 第: 第1—第8项). Returns the offset after it (spaces skipped), -1 if none.
  const atom = (p: number): number => {
    // 第（三）项: a notice whose tasks are numbered （一）（二）… is cited with its brackets.
    const bracket = f[p] === '(';
    const a = readItemNumber(f, p, end, true);
    if (!a) return -1;
    items.push({ n: a[0], span: { start: a[1], end: a[2] } });
    let k = skipSpaces(f, a[3], end);
    if (k < end && RANGE_SEP.test(f[k])) {
      let q = skipSpaces(f, afterSep(f, k), end);
      if (f[q] === '第') q++;
      // 第（三）—（五）项: the range's end in brackets too.
      const b = readItemNumber(f, q, end, bracket);
      if (!b) return -1;
      items.push({ n: b[0], span: { start: b[1], end: b[2] }, range: true });
      k = skipSpaces(f, b[3], end);
    }
    return k;
  };
  let k = atom(i + 1);
  if (k < 0) return undefined;
  // 、 , ， between numbers; 和 / 及 before the last (第82、83和84项).
  while (k < end && (LIST_SEP.test(f[k]) || f[k] === '和' || f[k] === '及') && items.length < 200) {
    let p = skipSpaces(f, k + 1, end);
    if (f[p] === '第') p++; // 第12、第13项 (第5项、第6项 is two citations, grouped later)
    k = atom(p);
    if (k < 0) return undefined;
  }
  // 第82、83、84等3项: the count after 等 is no task number.
  if (items.length > 1 && f[k] === '等') { const c = readNumber(f, k + 1, end); if (c && (f[c[2]] === '项' || f[c[2]] === '条')) k = c[2]; }
  if (k >= end || (f[k] !== '项' && f[k] !== '条')) return undefined;
  k++;
  // 第1项至第8项, 第1项至8项
  if (items.length === 1) {
    const r = skipSpaces(f, k, end);
    if (r < end && RANGE_SEP.test(f[r])) {
      let p = skipSpaces(f, afterSep(f, r), end);
      if (f[p] === '第') p++;
      // 第（三）项至第（五）项
      const second = readItemNumber(f, p, end, true);
      if (second && (f[second[3]] === '项' || f[second[3]] === '条')) {
        items.push({ n: second[0], span: { start: second[1], end: second[2] }, range: true });
        k = second[3] + 1;
      }
    }
  }
  if (f.startsWith('任务', k)) k += 2;
  return { items, kind: kindOf(items, 'single', 'list'), end: k };
}

const MEASURE_AFTER = /^[\s]*(?:[个项件条次批家人场座处所亩台套名户元%％万亿千百]|公里|年|月|日|号)/;
const DECIMAL_CITATION = /^第[ \t]{0,2}([0-9]{1,2})[.．]([0-9]{1,2})[ \t]{0,2}项/;

/** `任务12`, `重点任务12`: Arabic digits right after 任务 (not a count like 任务3个). */
function readTaskWordCitation(f: string, i: number, end: number): { items: CitationItem[]; kind: Citation['kind']; end: number } | undefined {
  const s = skipSpaces(f, i + 2, end);
  if (f[s] === '第') return undefined; // 任务第… is read by 第
  // Arabic digits, not followed by a measure word (任务3个) or more digits.
  const num = (p: number): number => {
    let e = p;
    while (e < end && e - p < 9 && f.charCodeAt(e) >= 48 && f.charCodeAt(e) <= 57) e++;
    if (e === p || /[0-9.]/.test(f[e] ?? '') || MEASURE_AFTER.test(f.slice(e, e + 4))) return -1;
    return e;
  };
  let e = num(s);
  if (e < 0) return undefined;
  const items: CitationItem[] = [{ n: Number(f.slice(s, e)), span: { start: s, end: e } }];
  // 任务12、13 · 任务12至15 · 任务12、15—18
  while (e < end && items.length < 200) {
    const sep = f[e], range = RANGE_SEP.test(sep);
    if (!range && sep !== '、') break;
    const p = skipSpaces(f, range ? afterSep(f, e) : e + 1, end), q = num(p);
    if (q < 0) {
      // 任务1—9月 (我局牵头任务1—9月完成情况): a span of months, not tasks.
      if (range && /[0-9]/.test(f[p] ?? '')) { let d = p; while (d < end && d - p < 4 && /[0-9]/.test(f[d])) d++; if (MEASURE_AFTER.test(f.slice(d, d + 4))) return undefined; }
      break;
    }
    items.push(range ? { n: Number(f.slice(p, q)), span: { start: p, end: q }, range: true } : { n: Number(f.slice(p, q)), span: { start: p, end: q } });
    e = q;
  }
  return { items, kind: kindOf(items, 'single', 'list'), end: e };
}

/** A quoted title right after a citation (optionally after ： or a space). Straight quotes do not nest. */
function readQuotedTitle(text: string, f: string, i: number, end: number): QuotedTitle | undefined {
  let k = skipSpaces(f, i, end);
  if (f[k] === ':' || f[k] === '：') k = skipSpaces(f, k + 1, end);
  const open = f[k];
  const close = QUOTE_PAIRS[open];
  if (!close) return undefined;
  let depth = 1;
  let p = k + 1;
  let broken = false, wraps = 0;
  for (; p < end && p - k < 200; p++) {
    const c = f[p];
    // A title cut by a page break (“加强实验室 | — 3 — | 布局提升”) reads on, and so does one hard-wrapped (the block
    // split joined the next line because it closes the quote): up to two line breaks.
    if (c === '\n') { const next = afterPageBreak(f, p, end); broken = true; if (next >= 0) p = next - 1; else if (++wraps > 2) return undefined; continue; }
    if (c === close && open !== close) { depth--; if (depth === 0) break; }
    else if (c === open && open !== close) depth++;
    else if (open === close && c === close) { depth = 0; break; }
  }
  if (depth !== 0 || p >= end) return undefined;
  const inner = broken ? withoutPageNumbers(text.slice(k + 1, p)).split('\n').map(l => l.trim()).join('') : text.slice(k + 1, p);
  // A title, not a quoted term inside a phrase (第5项“专精特新”企业): long enough, and followed by punctuation,
  // the end, or a word that closes a cited title (任务, 工作, 要求…).
  const len = inner.replace(/\s/g, '').length;
  if (len < 4) return undefined;
  const after = f.slice(p + 1, p + 4);
  // A long quote is a title whatever follows (第54项“实施畜禽粪污资源化利用工程”全市已完成招标): quoted terms are short.
  if (len < 7 && after && isHan(after.charCodeAt(0)) && !/^(?:任务|工作|要求|事项|进展|情况|方面|相关|有关|台账|落实|清单|方案|专项|推进|完成|中|等|和|及|已|的|由|牵头)/.test(after)) return undefined;
  return { text: inner, span: { start: k + 1, end: p }, outer: { start: k, end: p + 1 } };
}

/** A citation's kind from its items: one number, a range (two items, the second ending it), else a list. */
function kindOf(items: CitationItem[], single: Citation['kind'], list: Citation['kind']): Citation['kind'] {
  return items.length === 1 ? single : items.length === 2 && items[1].range ? 'range' : list;
}

/** Where a citation ends in the text: after its title when the title follows it. */
function citeEnd(c: Citation): number { return c.title ? Math.max(c.span.end, c.title.outer.end) : c.span.end; }

/**
 * A quoted title right before a citation in brackets of its own: `“实施健康肉产业高质量发展工程”（第53项）`. The
 * title then lies before the citation's span (its outer span ends at the bracket).
 */
function readTitleBefore(text: string, f: string, i: number, end: number, from: number, to: number, ctx: ScanContext, binding: Binding): QuotedTitle | undefined {
  // （第51项）, （对应第51项）, （《任务》第51项）, （对应《任务》第51项）: closed right after the citation.
  let o = i - 1;
  if (f[o] === '》') {
    // Looked for within 40 characters back only (a search over the whole block per citation was quadratic).
    const lo = Math.max(from, o - 40), w = f.slice(lo, o), k = w.lastIndexOf('《');
    if (k >= 0 && w.indexOf('\n', k) < 0) o = lo + k - 1;
  }
  if (f.startsWith('对应', o - 1)) o -= 2;
  if (o - 1 < from || f[o] !== '(' || f[skipSpaces(f, end, to)] !== ')') return undefined;
  const q = o - 1, close = f[q];
  if (close !== '”' && close !== '"') return headingTitleBefore(text, f, o, from, ctx, binding);
  let p = q - 1, depth = 1;
  for (; p >= from && q - p < 200; p--) {
    const ch = f[p];
    if (ch === '\n') return undefined;
    if (close === '"') { if (ch === '"') { depth = 0; break; } continue; }
    if (ch === '”') depth++;
    else if (ch === '“' && --depth === 0) break;
  }
  if (depth !== 0 || p < from) return undefined;
  const inner = text.slice(p + 1, q);
  if (inner.replace(/\s/g, '').length < 4) return undefined;
  return { text: inner, span: { start: p + 1, end: q }, outer: { start: p, end: q + 1 } };
}

/**
 * An unquoted heading before a bracketed citation (（三）实施种业振兴工程（第51项）): its text after the heading's own
 * number is the cited title when it is exactly some task's title — the writer's own wording of a heading is not.
 */
function headingTitleBefore(text: string, f: string, o: number, from: number, ctx: ScanContext, binding: Binding): QuotedTitle | undefined {
  const n = binding.notice ? ctx.index.get(binding.notice) : undefined;
  if (!n) return undefined;
  const ls = lineStartAt(f, o, from, 100);
  if (o - ls > 80) return undefined;
  const m = HEADING_LEAD.exec(f.slice(ls, o));
  const a = ls + (m ? m[0].length : 0);
  let b = o;
  while (b > a && /[\s*]/.test(f[b - 1])) b--;
  const inner = text.slice(a, b);
  if (inner.length < 4 || /[。，,；;：:]/.test(inner) || !taskByTitleKey(n, titleKey(inner))) return undefined;
  return { text: inner, span: { start: a, end: b }, outer: { start: a, end: b } };
}
const HEADING_LEAD = /^[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]{0,2}(?:\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}[、.]|[0-9]{1,3}[.、．](?![0-9])|[①-⑳])?[ \t]{0,2}/;

/**
 * A title in brackets right after a citation (`第9项（持续推进技改升级）`) when the bracket holds exactly some task's
 * title: another task's is then a mismatch. Anything else in brackets (units, remarks) is left alone.
 */
function readBracketTitle(text: string, f: string, i: number, end: number, ctx: ScanContext, binding: Binding): QuotedTitle | undefined {
  const k = skipSpaces(f, i, end);
  const n = binding.notice ? ctx.index.get(binding.notice) : undefined;
  if (!n || f[k] !== '(') return undefined;
  const close = f.slice(k + 1, Math.min(end, k + 82)).search(/[()\n]/);
  if (close < 4 || f[k + 1 + close] !== ')') return undefined;
  let a = k + 1, b = k + 1 + close;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  const inner = text.slice(a, b);
  if (!taskByTitleKey(n, titleKey(inner))) return undefined;
  return { text: inner, span: { start: a, end: b }, outer: { start: k, end: k + 2 + close } };
}

/** Per notice: each task's title key (titleKey) and, by key, the first task with that title. */
const titleIndexes = new WeakMap<IndexedNotice, { byTask: Map<Task, string>; byKey: Map<string, Task> }>();
function titleIndex(n: IndexedNotice) {
  let e = titleIndexes.get(n);
  if (!e) {
    e = { byTask: new Map(), byKey: new Map() };
    for (const t of n.notice.tasks) { const k = titleKey(t.title); e.byTask.set(t, k); if (!e.byKey.has(k)) e.byKey.set(k, t); }
    titleIndexes.set(n, e);
  }
  return e;
}
export function titleKeyOf(n: IndexedNotice, t: Task): string { return titleIndex(n).byTask.get(t) ?? titleKey(t.title); }
export function taskByTitleKey(n: IndexedNotice, k: string): Task | undefined { return titleIndex(n).byKey.get(k); }

/** An unquoted title right after a citation (`第13项：提升发展现代服务业`) when it is exactly some task's title. */
function readBareTitle(text: string, f: string, i: number, end: number, ctx: ScanContext, binding: Binding): QuotedTitle | undefined {
  let k = skipSpaces(f, i, end);
  if (f[k] === ':' || f[k] === '：' || f[k] === ' ') k = skipSpaces(f, k + 1, end);
  const n = binding.notice ? ctx.index.get(binding.notice) : undefined;
  if (!n || k >= end) return undefined;
  const cands = titleStarts(n).get(pairKey(f, k));
  if (!cands) return undefined;
  for (const t of cands) {
    const e = k + t.folded.length;
    if (e <= end && f.slice(k, e) === t.folded && (e === end || !isHan(f.charCodeAt(e)))) return { text: text.slice(k, e), span: { start: k, end: e }, outer: { start: k, end: e } };
  }
  return undefined;
}

function expand(items: CitationItem[], kind: Citation['kind']): number[] {
  if (kind === 'range') return expandRange(items[0].n, items[1].n, []);
  let out: number[] | undefined;
  for (let k = 1; k < items.length && !out; k++) if (items[k].range) out = [];
  if (!out) return items.map(x => x.n);
  // A list with ranges in it (第12、15—18项): each range expanded, bounded as a whole by MAX_RANGE.
  for (let k = 0; k < items.length; k++) {
    if (items[k + 1]?.range) { expandRange(items[k].n, items[k + 1].n, out); k++; } else out.push(items[k].n);
  }
  return out;
}

/**
 * Appends a..b to out: the numbers between the ends only while out holds fewer than MAX_RANGE, both ends always;
 * a reversed or unbounded range adds its ends.
 */
function expandRange(a: number, b: number, out: number[]): number[] {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) { for (const x of [a, b]) if (Number.isFinite(x)) out.push(x); return out; }
  out.push(a);
  for (let n = a + 1; n < b && out.length < MAX_RANGE; n++) out.push(n);
  if (b !== a) out.push(b);
  return out;
}

/** Binding: the notice named just before the citation (a 文号 or 《title》 at most 15 characters back, same clause). */
function bindCitation(f: string, start: number, ctx: ScanContext, refs: NoticeRef[]): Binding {
  if (notOurs(f, start, 0)) return { via: 'external' };
  for (let r = refs.length - 1; r >= 0; r--) {
    const ref = refs[r];
    if (ref.span.end > start) continue;
    const gap = f.slice(ref.span.end, start);
    // A document not indexed, named earlier in the same sentence (根据鲁政办字〔2023〕5号文件要求，第120项…): its item.
    if (!ref.notice && gap.length <= 20 && !/[。；;！？!?\n]/.test(gap)) return { via: 'external' };
    if (gap.length > 15 || /[。；;，,！？!?\n]/.test(gap)) break;
    if (ref.notice) return { notice: ref.notice, via: 'explicit' };
    return { via: 'external' };
  }
  return implicitBinding(ctx);
}

/**
 * A citation read against the implicit notice whose title is not that task's but is exactly the title of the task
 * with the same number in another indexed notice (a draft about two notices whose section does not say which, a
 * table with a 文件 column): that notice's. Asked only when the implicit notice's title does not fit.
 */
function byExactTitle(ctx: ScanContext, binding: Binding, n: number, title: string): Binding {
  if ((binding.via !== 'declared' && binding.via !== 'default') || ctx.index.size < 2) return binding;
  const own = binding.notice ? ctx.index.get(binding.notice) : undefined;
  if (!own) return binding;
  const key = titleKey(title);
  const t = own.byNumber.get(n);
  // (Its own task's title, or a short form of it: the implicit notice's, as read.)
  if (t) { const k = titleKeyOf(own, t); if (k === key || k.includes(key) || key.includes(k)) return binding; }
  for (const other of ctx.index.all()) {
    if (other === own) continue;
    const o = other.byNumber.get(n);
    if (o && titleKeyOf(other, o) === key) return { notice: other.id, via: 'explicit' };
  }
  return binding;
}

const PROBLEM_TABLE = /滞后|未完成|进度慢|进展缓慢|问题|整改|督办|扣分/;

/** After 第N项, words that make it an item of another list: an agenda (议题, 议定事项), a problem, an indicator. */
const AGENDA = /^(?:议题|议程|议定事项|问题|指标)/;

/** A table cell naming a task by its section and its number there: 二（三） · 二、（三） · 二.1. */
const SECTION_CELL = /^([一二三四五六七八九十]{1,3}|[0-9]{1,2}(?=[.．]))(?:[、]?[（(]([一二三四五六七八九十]{1,3}|[0-9]{1,2})[)）]|[.．\-－、][ \t]{0,2}([0-9]{1,2}))$/;

/** 第二部分 right before a citation (第二部分第（三）项 · 第二部分中的第3项 · 第（一）部分第1项): the section's number. */
const SECTION_BEFORE = /第(?:([一二三四五六七八九十]{1,3}|[0-9]{1,2})|\(([一二三四五六七八九十]{1,3})\))部分(?:的|中的?)?$/;

/**
 * A citation of a notice that numbers its tasks within each section (ParsedNotice.sectionItems): with its section
 * before it (第二部分第（三）项), its items as the notice's task numbers and where it starts; without one, its quoted
 * title's task when the title is a task's exact title, else null (which task is meant cannot be told: not checked).
 * Undefined when the notice numbers its tasks through (nothing to do).
 */
function bySection(f: string, i: number, from: number, items: CitationItem[], binding: Binding, ctx: ScanContext, title: QuotedTitle | undefined, prev?: { section: number; end: number }, decimal?: number): { items: CitationItem[]; start: number; section?: number } | null | undefined {
  const notice = binding.notice ? ctx.index.get(binding.notice)?.notice : undefined;
  const map = notice?.sectionItems;
  // 第2.1项: the item of its section where the notice numbers so; elsewhere a part of a task, not checked.
  if (decimal !== undefined) return map ? { items: items.map(it => ({ ...it, n: map.get(`${decimal}|${it.n}`) || -1 })), start: i, section: decimal } : null;
  let m = notice && notice.sections.length ? SECTION_BEFORE.exec(f.slice(Math.max(from, i - 10), i)) : null;
  // 本方案第二部分第3项: the draft's own part, not the notice's.
  if (m && notOurs(f, i - m[0].length, from)) return null;
  // 第三部分第1项、第2项: joined to a citation that named its part, of that part too.
  const inherited = !m && prev && isJoin(f.slice(prev.end, i)) ? prev.section : undefined;
  if (m || inherited !== undefined) {
    const sec = m ? parseNumeral(m[1] ?? m[2]) : inherited;
    const at = m ? i - m[0].length : i;
    // An item the section does not have is no task: -1, which no notice holds (unknown-task).
    if (map) return { items: items.map(it => ({ ...it, n: (sec !== undefined && map.get(`${sec}|${it.n}`)) || -1 })), start: at, section: sec };
    // Numbered through the notice: 第三部分第15项 is task 15 when part three holds it, else its 15th task
    // (第三部分第1项: the first of that part).
    const part = notice!.sections.find(x => x.number === sec);
    if (part) return { items: items.map(it => ({ ...it, n: part.tasks.includes(it.n) ? it.n : part.tasks[it.n - 1] ?? -1 })), start: at, section: sec };
  }
  if (!map) return undefined;
  const t = title && items.length === 1 ? titleMatch(ctx, title.text) : undefined;
  if (t && t.length === 0) return { items: [{ ...items[0], n: t.n }], start: i };
  return null;
}

/**
 * 第一项，… ；第二项，…: the draft counting its own items (会议议定事项如下：第一项，由…牵头…；第二项，…). A citation written
 * in Chinese numerals that starts a clause and is followed by a comma or colon, when the next number starts a clause
 * the same way in the same block.
 */
function enumerates(f: string, start: number, end: number, from: number, to: number): boolean {
  if (!/^[,，:：]/.test(f.slice(end, end + 1)) || (start > from && !/[\n:：;；。]/.test(f[start - 1]))) return false;
  const n = parseNumeral(f.slice(start + 1, end - 1).trim());
  if (n === undefined || !/^[一二三四五六七八九十]+$/.test(f.slice(start + 1, end - 1).trim())) return false;
  // 第一项，关于…: an item of the draft's own (a task is not cited so), one paragraph each too.
  if (/^[,，:：][ \t]{0,2}关于/.test(f.slice(end, end + 5))) return true;
  const around = f.slice(Math.max(from, start - 200), Math.min(to, end + 300));
  const other = (k: number): boolean => {
    if (k < 1) return false;
    const w = `第${toChineseNumeral(k)}项`;
    for (let p = around.indexOf(w); p >= 0; p = around.indexOf(w, p + 1)) {
      if ((p === 0 || '\n:：;；。'.includes(around[p - 1])) && /^[,，:：]/.test(around.slice(p + w.length, p + w.length + 1))) return true;
    }
    return false;
  };
  return other(n + 1) || other(n - 1);
}

/**
 * What stands right before `at` makes what follows another document's item: another level's task (省任务第45项 ·
 * 省里第114项 · 国家任务第3项), the draft's own (本方案第3项 · 上述第3项 · 本表第3项), another list's (问题清单第3项).
 */
function notOurs(f: string, at: number, from: number): boolean {
  const before = f.slice(Math.max(from, at - 8), at);
  if (OTHER_LEVEL.test(before) || OWN_ITEMS.test(before)) return true;
  const p = f[at - 1];
  if ((p === '批' || p === '次') && BATCH_BEFORE.test(before)) return true;
  // Items of a list counted right before (共梳理问题13项，第1项至第5项…): that list's, when the number fits the count.
  if (p !== '，' && p !== ',' && p !== '：' && p !== ':' && p !== ' ' && !(p === '中' && f[at - 2] === '其')) return false;
  const m = COUNTED_ITEMS.exec(f.slice(Math.max(from, at - 24), at));
  if (!m) return false;
  const count = parseNumeral(m[1]);
  const num = readNumber(f, at + 1, Math.min(f.length, at + 12));
  return count !== undefined && (!num || num[0] <= count);
}
/** 第2批第5项 · 第3批次第12项: an item of a batch. */
const BATCH_BEFORE = /第[ \t]{0,2}[0-9一二三四五六七八九十]{1,3}[ \t]{0,2}批次?(?:中的?)?$/;
const COUNTED_ITEMS = /(?:问题|事项|意见|建议|短板|整改事项|清单)[ \t]{0,2}([0-9一二三四五六七八九十]{1,4})[ \t]{0,2}(?:个|项|条)[,，:：][ \t]{0,2}(?:其中[,，]?)?$/;

const OWN_ITEMS = /(?:本方案|本通报|本表|本报告|本文件|本文|本意见|本办法|本清单|本计划|本通知|上述|前述|上文|下列|以下|问题清单|整改清单|问题台账|反馈问题|反馈意见|发现问题|存在问题|议定事项|附件[0-9一二三四五六七八九十]{0,2}|表[0-9一二三四五六七八九十]{1,2})(?:中的?|所列的?|提出的?)?$/;

const OTHER_LEVEL = /(?:^|[^市县区])(?:省|国家|中央|国务院)(?:级|里|政府|委|办|厅)?(?:的)?(?:重点)?(?:任务|文件|通知|方案|清单|要点)?(?:中的?)?$/;

/**
 * The first characters of everything scanProse reads except titles: 第 and 任(务) for citations, the unit labels
 * and 牵(头) for unit lists, and an opening bracket (the text is folded) for annotations.
 */
const PROSE_TRIGGER = /[第任牵责配参主协(]/;

function scanProse(text: string, f: string, from: number, to: number, ctx: ScanContext, out: BlockScan, withTitles: boolean): void {
  const firstCitation = out.citations.length;
  const firstList = out.lists.length;
  // Jump between the only characters that can start a citation (indexOf is native: no per-character JS loop).
  // Searched within [from, to) only: a table calls this per cell, and a search to the end of the block from
  // every cell would be quadratic.
  const seg = from === 0 && to === f.length ? f : f.slice(from, to);
  // Most table cells (a title, a date, a name) hold none of them: nothing to find there.
  if (!withTitles && !PROSE_TRIGGER.test(seg)) return;
  const find = (what: string, at: number) => { const r = seg.indexOf(what, at - from); return r < 0 ? -1 : r + from; };
  let nextDi = find('第', from), nextTask = find('任务', from);
  // The part the citation before named (第三部分第1项、第2项: the second is of part three too).
  let prevSection: { section: number; end: number } | undefined;
  for (let i = from; i < to; i++) {
    if (nextDi >= 0 && nextDi < i) nextDi = find('第', i);
    if (nextTask >= 0 && nextTask < i) nextTask = find('任务', i);
    const next = nextDi < 0 ? nextTask : nextTask < 0 ? nextDi : Math.min(nextDi, nextTask);
    if (next < 0 || next >= to) break;
    i = next;
    const c = f.charCodeAt(i);
    if (c === 0x7b2c /* 第 */) {
      const r = readDiCitation(f, i, to);
      if (!r) continue;
      // 第3项第2条举措: an item of the task just cited, not another task.
      if (f[r.end - 1] === '条' && out.citations.length > firstCitation && citeEnd(out.citations[out.citations.length - 1]) === i) { i = r.end - 1; continue; }
      // 第一项议题 · 第二项议程: an item of a meeting's agenda.
      if (AGENDA.test(f.slice(r.end, r.end + 4))) { i = r.end - 1; continue; }
      let binding: Binding = enumerates(f, i, r.end, from, to) ? { via: 'external' as const } : bindCitation(f, i, ctx, out.noticeRefs);
      // Joined to a citation of another list (问题清单第3项和第7项): of that list too.
      const prev = out.citations.length > firstCitation ? out.citations[out.citations.length - 1] : undefined;
      if (prev && prev.binding.via === 'external' && binding.via !== 'explicit' && isJoin(f.slice(citeEnd(prev), i))) binding = { via: 'external' };
      const title = readQuotedTitle(text, f, r.end, to) ?? (r.items.length === 1 ? readBareTitle(text, f, r.end, to, ctx, binding) ?? readBracketTitle(text, f, r.end, to, ctx, binding) ?? readTitleBefore(text, f, i, r.end, from, to, ctx, binding) : undefined);
      // Excluded as another list's item (督查发现问题第26项“提升防洪减灾能力”), it is the notice's when its quoted title is
      // that task's exact title.
      if (binding.via === 'external' && title && r.items.length === 1) {
        const own = implicitBinding(ctx);
        const t = own.notice ? titleMatch(ctx, title.text) : undefined;
        if (t && t.length === 0 && t.n === r.items[0].n) binding = own;
      }
      if (title && r.items.length === 1) binding = byExactTitle(ctx, binding, r.items[0].n, title.text);
      // A notice that numbers its tasks within each section: 第二部分第（三）项 names one; 第（三）项 alone does not.
      let start = i;
      const items = bySection(f, i, from, r.items, binding, ctx, title, prevSection, r.decimal);
      if (items === null) binding = { via: 'external' };
      else if (items) start = items.start;
      const cit: Citation = {
        span: { start, end: r.end }, items: items ? items.items : r.items, numbers: expand(items ? items.items : r.items, r.kind), kind: r.kind, title,
        binding, group: -1,
      };
      prevSection = items && items.section !== undefined ? { section: items.section, end: citeEnd(cit) } : undefined;
      out.citations.push(cit);
      i = citeEnd(cit) - 1;
      bracketUnits(f, citeEnd(cit), to, ctx, binding, out);
      colonUnits(f, citeEnd(cit), to, ctx, out);
    } else if (c === 0x4efb /* 任 */ && f.charCodeAt(i + 1) === 0x52a1 /* 务 */) {
      const r = readTaskWordCitation(f, i, to);
      if (!r) continue;
      const s = f.slice(Math.max(from, i - 2), i) === '重点' ? i - 2 : i;
      const title = readQuotedTitle(text, f, r.end, to);
      const cit: Citation = {
        span: { start: s, end: r.end }, items: r.items, numbers: expand(r.items, r.kind), kind: r.kind, title,
        binding: bindCitation(f, s, ctx, out.noticeRefs), group: -1,
      };
      out.citations.push(cit);
      i = citeEnd(cit) - 1;
    }
  }
  if (withTitles) scanTitles(text, f, from, to, ctx, out, firstCitation);
  scanUnitLists(text, f, from, to, ctx, out);
  // Titles (and 任务N) are found after 第…项: put this segment's citations in text order, unless they are.
  if (!inOrder(out.citations, firstCitation)) {
    const tail = out.citations.splice(firstCitation).sort((a, b) => a.span.start - b.span.start);
    for (const c of tail) out.citations.push(c); // not push(...tail): a line may hold 100,000 citations
  }
  markExclusions(f, out.citations, firstCitation, to);
  const firstGroup = out.groups.length;
  groupAndAttach(f, out, firstCitation, from, to, firstList);
  if (withTitles && out.groups.length > firstGroup) scanByUnit(f, from, to, ctx, out, firstGroup);
}

/**
 * Lists organised by unit (byUnit.ts): 市商务局：牵头第66、67项 · （一）市商务局 | 牵头任务：第66、67项 | 2.第67项…
 * Each group of citations after 牵头 (or 负责) that has no units of its own gets a list of the heading's unit
 * alone, `byUnit`. Tasks after 配合 / 参与 are not checked: a partner the notice does not list is the office's own
 * choice, as in labelled lists.
 */
function scanByUnit(f: string, from: number, to: number, ctx: ScanContext, out: BlockScan, firstGroup: number): void {
  const seen = new Set<number>(); // heading offsets that have a list already
  for (let gi = firstGroup; gi < out.groups.length; gi++) {
    const g = out.groups[gi];
    // A group with leads of its own keeps them; one joined to a subject left unsaid (（与A、B共同牵头）) gets it.
    if (g.lists.some(k => !out.lists[k].unsaidSubject && out.lists[k].units.some(u => u.role !== 'cooperating'))) continue;
    const s = out.citations[g.citations[0]].span.start;
    const ls = lineStartAt(f, s, from);
    const w = Math.max(ls, s - 24);
    let role: { role: Role; at: number } | undefined = roleBefore(f.slice(w, s));
    let roleAt = role ? w + role.at : -1;
    if (!role) {
      // The citation starts its line (2.第67项…) under a role word alone on a line above (牵头任务：).
      if (afterItemPrefix(f.slice(ls, s)) !== s - ls) continue;
      for (let l = ls, guard = 0; l > from && guard < 40; guard++) {
        const ps = lineStartAt(f, l - 1, from);
        const line = lineText(f, ps, l - 1);
        const r = roleAlone(line);
        if (r) { role = r; roleAt = ps + r.at; break; }
        if (line.trim() !== '' && !startsWithCitation(line)) break;
        l = ps;
      }
      if (!role) continue;
    }
    if (role.role === 'cooperating') continue;
    const head = headingUnit(f, roleAt, from, to);
    if (!head) continue;
    const name = f.slice(head.start, head.end);
    const known = knownUnitEndingAt(f, head.end, head.start, ctx);
    if (known && known.start !== head.start) continue; // a known name inside a longer run of text
    const id = out.lists.length;
    pushList(out, { start: head.start, end: head.end }, false, [{ name, role: role.role, start: head.start, end: head.end }]);
    const l = out.lists[id];
    l.byUnit = true;
    if (seen.has(head.start)) l.again = true;
    seen.add(head.start);
    // The citations joined after the role word are the unit's; after a comma, one that a clause goes on from starts
    // another matter (牵头第64项，第26项配套资金已拨付), one that ends its clause is one more (牵头第21、22项，第102项。).
    for (let k = 1; k < g.citations.length; k++) {
      const a = out.citations[g.citations[k - 1]], b = out.citations[g.citations[k]];
      if (/[,，]/.test(f.slice(citeEnd(a), b.span.start)) && !/^[ \t]*(?:[。；;，,、和及]|$)/.test(f.slice(citeEnd(b), citeEnd(b) + 2))) { l.own = k; break; }
    }
    l.group = g.id;
    g.lists.push(id);
  }
}

/** The start of the line holding offset i (not before `from`). */
/**
 * The start of the line holding `i` (not before `from`), looked for at most `max` characters back: on a longer line
 * `i - max`, which no caller takes for a line start it needs (a 2 MB line of citations would make it quadratic).
 */
function lineStartAt(f: string, i: number, from: number, max = 400): number {
  const lo = Math.max(from, i - max);
  // A native search in the window (the CLI runs without the optimising compiler: a JS loop is slow there).
  const k = f.slice(lo, i).lastIndexOf('\n');
  return k >= 0 ? lo + k + 1 : lo;
}
/** The line [s, e) without a CR at its end. */
function lineText(f: string, s: number, e: number): string { return f.slice(s, e > s && f[e - 1] === '\r' ? e - 1 : e); }

/**
 * The unit whose tasks a role word at `at` gives: on its line before it (市商务局：牵头… · 市商务局：配合第28项；牵头…,
 * the last such head on the line), else the heading line above it (（一）市商务局), past role and citation lines.
 */
function headingUnit(f: string, at: number, from: number, to: number): Span | undefined {
  const ls = lineStartAt(f, at, from);
  const pre = f.slice(Math.max(ls, at - 300), at);
  const base = at - pre.length;
  // Candidate heads: the line's start and each clause start after ；/。 (市商务局：…；市水利局：牵头第28项).
  for (let k = pre.length; k >= 0; k--) {
    if (k > 0 && pre[k - 1] !== '；' && pre[k - 1] !== ';' && pre[k - 1] !== '。') continue;
    if (k === 0 && base !== ls) break; // the line's start is further back than the 300 characters looked at
    const h = unitHead(pre.slice(k));
    if (!h || !h.colon) continue;
    const rest = pre.slice(k + h.after).trimEnd();
    if (rest !== '' && !/[；;，,。、]$/.test(rest)) return undefined;
    return { start: base + k + h.start, end: base + k + h.end };
  }
  if (afterItemPrefix(pre) !== pre.length || base !== ls) return undefined;
  for (let l = ls, guard = 0; l > from && guard < 40; guard++) {
    const ps = lineStartAt(f, l - 1, from);
    const line = lineText(f, ps, l - 1);
    if (isUnitHeading(line)) { const h = unitHead(line)!; return ps + h.end <= to ? { start: ps + h.start, end: ps + h.end } : undefined; }
    if (line.trim() !== '' && !roleAtLineStart(line) && !startsWithCitation(line)) return undefined;
    l = ps;
  }
  return undefined;
}

/**
 * Exclusions: a run of citations joined by 、/和/及 and followed by 除外 (`第43项、第44项除外`), or preceded by 除
 * and followed by 外 / 以外 / 之外 (`除第5项、第6项外`), names tasks left out of the citation before it.
 */
function markExclusions(f: string, cits: Citation[], first: number, to: number): void {
  for (let k = cits.length - 1; k >= first; k--) {
    const last = cits[k];
    const after = skipSpaces(f, citeEnd(last), to);
    const byChu = f.startsWith('除外', after);
    if (!byChu && f[after] !== '外' && !f.startsWith('以外', after) && !f.startsWith('之外', after)) continue;
    let s = k; // the run's first citation
    while (s > first && /^\s*(?:[、,，和及与]|以及)\s*$/.test(f.slice(citeEnd(cits[s - 1]), cits[s].span.start))) s--;
    if (byChu || f[cits[s].span.start - 1] === '除') for (let j = s; j <= k; j++) cits[j].exclude = true;
    k = s;
  }
}

/** A task named by its exact title, bounded by non-Han characters, in the implicitly bound notice. */
function scanTitles(text: string, f: string, from: number, to: number, ctx: ScanContext, out: BlockScan, firstCitation: number): void {
  const b = implicitBinding(ctx);
  const n = b.notice ? ctx.index.get(b.notice) : undefined;
  if (!n) return;
  const taken = () => out.citations.slice(firstCitation).map(c => c.title ? { start: Math.min(c.span.start, c.title.outer.start), end: Math.max(c.span.end, c.title.outer.end) } : c.span);
  const push = (i: number, e: number, number: number) => out.citations.push({ span: { start: i, end: e }, items: [{ n: number, span: { start: i, end: e } }], numbers: [number], kind: 'title', binding: b, group: -1 });
  const seg = from === 0 && to === f.length ? f : f.slice(from, to);
  const finder = titleFinder(n);
  if (finder === null) return;
  if (finder) {
    // The regex engine finds the titles: one alternation of all of them, longest first, each bounded by the
    // segment's edges or characters that are not Chinese.
    let covered: Span[] | undefined;
    const re = finder.re;
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(seg));) {
      const i = from + m.index;
      if (isCovered(covered ??= taken(), i)) { re.lastIndex = m.index + 1; continue; }
      push(i, i + m[0].length, finder.numbers.get(m[0])!);
    }
    return;
  }
  // Too many titles for one regex (see titleFinder): every place a title may start is looked up by its first
  // two characters; the regex engine skips runs of Chinese between those places.
  const starts = titleStarts(n);
  const covered = taken();
  for (let i = from; i + 1 < to;) {
    let searchFrom = i; // the next start follows a non-Chinese character at or after this offset
    const cands = starts.get(pairKey(f, i));
    if (cands) {
      for (const t of cands) {
        const e = i + t.title.length;
        if (e > to || f.slice(i, e) !== t.folded) continue;
        if (e < to && isHan(f.charCodeAt(e))) continue;
        if (isCovered(covered, i)) continue;
        push(i, e, t.number);
        searchFrom = e - 1;
        break;
      }
    }
    if (searchFrom + 1 >= to) break;
    if (!isHan(f.charCodeAt(searchFrom))) { i = searchFrom + 1; continue; }
    NOT_HAN.lastIndex = searchFrom - from;
    if (!NOT_HAN.test(seg)) break;
    i = from + NOT_HAN.lastIndex;
  }
}

/** The complement of isHan (text.ts). */
const NOT_HAN = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/g;
/** Characters that count as Chinese (isHan in text.ts), for a regex character class. */
const HAN_CLASS = '\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff';
/**
 * Longest source of the title regex. Past ~20 KB V8 no longer optimises a regex, and an alternation of titles
 * then tries each title at every place (measured: 1,300 titles, 21 K characters, ~30× slower than 1,200); a
 * notice with more titles than fit uses the lookup by first characters instead.
 */
export const TITLE_REGEX_MAX = 16_000;

export interface TitleFinder { re: RegExp; /** folded title → task number (the first task with that title) */ numbers: Map<string, number> }
/** undefined: too many titles for a regex (use titleStarts); null: no titles at all. */
const finderCache = new WeakMap<IndexedNotice, TitleFinder | null | undefined>();

/** Exported for the tests (scanner and ReDoS), which check the regex it builds and its size limit. */
export function titleFinder(n: IndexedNotice): TitleFinder | null | undefined {
  if (finderCache.has(n)) return finderCache.get(n);
  const numbers = new Map<string, number>();
  for (const t of sortedTitles(n)) if (!numbers.has(t.folded)) numbers.set(t.folded, t.number);
  const alternatives = [...numbers.keys()].map(t => t.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  const source = `(?<![${HAN_CLASS}])(?:${alternatives.join('|')})(?![${HAN_CLASS}])`;
  const x = !alternatives.length ? null : source.length > TITLE_REGEX_MAX ? undefined : { re: new RegExp(source, 'g'), numbers };
  finderCache.set(n, x);
  return x;
}

interface TitleEntry { title: string; folded: string; number: number }
const sortedCache = new WeakMap<IndexedNotice, TitleEntry[]>();
/**
 * The notice's task titles that can be cited alone (4 characters or more), folded, longest first; equal lengths
 * keep the notice's order (a stable sort), so of equal titles the first task comes first. Both title lookups
 * (titleFinder, titleStarts) are built from it.
 */
function sortedTitles(n: IndexedNotice): TitleEntry[] {
  let a = sortedCache.get(n);
  if (!a) {
    a = n.notice.tasks.filter(t => t.title.length >= 4).map(t => ({ title: t.title, folded: fold(t.title), number: t.number }));
    a.sort((x, y) => y.title.length - x.title.length);
    sortedCache.set(n, a);
  }
  return a;
}

const titleCache = new WeakMap<IndexedNotice, Map<number, TitleEntry[]>>();
/** Two UTF-16 units as one number: a Map key that costs no string allocation. */
function pairKey(f: string, i: number): number { return f.charCodeAt(i) * 65536 + (f.charCodeAt(i + 1) || 0); }

/** The titles by their first two characters, each bucket longest first (in sortedTitles' order). */
function titleStarts(n: IndexedNotice): Map<number, TitleEntry[]> {
  let m = titleCache.get(n);
  if (m) return m;
  m = new Map();
  for (const e of sortedTitles(n)) {
    const k = pairKey(e.folded, 0);
    const a = m.get(k);
    if (a) a.push(e); else m.set(k, [e]);
  }
  titleCache.set(n, m);
  return m;
}

const LABEL_START = /[牵责配参主协]/g;
/** A bracket of a few characters, no colon or line inside (folded text: ASCII brackets). */
const SHORT_BRACKET = /^\([^():：\n]{1,14}\)/;
/** A bracket that belongs to a list: a role marker (牵头) or a second nameplate (市能源局); not a remark (2023年底前). */
function inListBracket(inner: string): boolean {
  return /^[ \t]{0,2}(?:牵头(?:单位|部门|负责)?|主责|配合(?:单位|部门)?|参与|协同|协助|协办)[ \t]{0,2}$/.test(inner) || looksLikeUnit(inner.trim());
}

/** Unit lists: bracketed annotations, `牵头单位：…` clauses, and `由A牵头` / `A牵头，B配合` phrases. */
function scanUnitLists(text: string, f: string, from: number, to: number, ctx: ScanContext, out: BlockScan): void {
  const firstList = out.lists.length;
  readUnitLists(text, f, from, to, ctx, out);
  // 分别 (respectively) just before a list or inside it: 第36、37项分别由A、B牵头 · 由A、B分别牵头 · 牵头单位分别为A、B.
  for (let k = firstList; k < out.lists.length; k++) {
    const l = out.lists[k];
    if (l.units.length < 2) continue;
    const w = f.slice(Math.max(from, l.span.start - 3), Math.min(to, l.span.end + 1));
    if (w.indexOf('分别') >= 0) l.respective = true;
  }
}

function readUnitLists(text: string, f: string, from: number, to: number, ctx: ScanContext, out: BlockScan): void {
  const seg = f.slice(from, to);
  const covered: Span[] = [];
  for (const a of findAnnotations(seg)) {
    pushList(out, { start: from + a.contentStart, end: from + (a.closed ? a.end - 1 : a.end) }, a.annotation.labelled, unitsOf(a.annotation, ctx), from + a.contentStart, firstLeadsOf(a.annotation, ctx));
    // （与A、B共同牵头）: joined to a subject left unsaid (the writer, the unit whose tasks these are).
    if (!a.annotation.labelled && JOINED_START.test(seg.slice(a.contentStart, a.contentStart + 4))) out.lists[out.lists.length - 1].unsaidSubject = true;
    addCovered(covered, { start: from + a.start, end: from + a.end });
  }
  // Label-led clauses outside brackets: from the label to the end of the sentence. LABEL_START finds the first
  // characters of the unit labels (牵 责 配 参 主 协) natively.
  for (let i = from; i < to; i++) {
    LABEL_START.lastIndex = i - from;
    if (!LABEL_START.test(seg)) break;
    i = LABEL_START.lastIndex - 1 + from;
    const lab = matchLabel(f.slice(i, i + 8));
    if (!lab) continue;
    if (isCovered(covered, i)) continue;
    let e = i + lab.length;
    // 牵头：第66、67项: tasks after a role, a list organised by unit (scanByUnit), not units.
    if (TASKS_AFTER_LABEL.test(f.slice(e, e + 6))) { i = e - 1; continue; }
    // A label alone on its line, its units on the lines below it (maybe as bullets): one name a line.
    const bullets = bareLabelUnits(f, e, to, lab.role);
    if (bullets) {
      pushList(out, { start: i, end: bullets.end }, true, bullets.units);
      addCovered(covered, { start: i, end: bullets.end });
      i = bullets.end;
      continue;
    }
    // It ends at a full stop, a cell, a closing bracket or quote (no unit's name holds one).
    while (e < to && f[e] !== '。' && f[e] !== '|' && f[e] !== ')' && f[e] !== '”' && f[e] !== '"' && f[e] !== '》') {
      // A list cut short by a page break (牵头单位：市工业和信 | — 3 — | 息化局) reads on after it.
      if (f[e] === '\n') { const next = afterPageBreak(f, e, to); if (next < 0 || !listCutShort(f.slice(i + lab.length, e))) break; e = next; continue; }
      // A short bracket after a name is part of the list (市水利局（牵头）, 市发展改革委（市能源局）); another opens no list.
      // A remark after a name (（持续推进）) ends the list, unless another name follows it (、…).
      if (f[e] === '(') { const m = SHORT_BRACKET.exec(f.slice(e, Math.min(to, e + 16))); if (!m || (!inListBracket(m[0].slice(1, -1)) && !/^[、,，]/.test(f.slice(e + m[0].length, e + m[0].length + 1)))) break; e += m[0].length; continue; }
      e++;
    }
    const a = parseAnnotation(f.slice(i, e));
    if (a && a.units.length) {
      pushList(out, { start: i, end: e }, true, unitsOf(a, ctx), i, firstLeadsOf(a, ctx));
      addCovered(covered, { start: i, end: e });
    }
    i = e;
  }
  // 由A牵头 / A牵头，B配合 in running prose: the unit before 牵头 is read after 由, or as a known unit name.
  // Search within this cell or line only: f.indexOf from `from` would run to the end of the block every time.
  for (let r = seg.indexOf('牵头'), i = r < 0 ? -1 : from + r; i >= 0 && i < to; r = seg.indexOf('牵头', i - from + 2), i = r < 0 ? -1 : from + r) {
    // A label (牵头单位：…) is read above, unless the names stand before it: A是牵头单位 · 明确A为牵头单位 · A作为牵头单位.
    // Also with the task between (市商务局是第26项的牵头单位).
    const named = /^牵头(?:单位|部门)/.test(f.slice(i, i + 4)) ? NAMED_AS.exec(f.slice(Math.max(from, i - 2), i)) ?? NAMED_FOR.exec(f.slice(Math.max(from, i - 24), i)) : null;
    if (!named && matchLabel(f.slice(i, i + 6))) continue;
    if (isCovered(covered, i)) continue;
    const units: UnitMention[] = [];
    let listStart = i;
    let unsaid = false;
    // 由A、B共同牵头 / 由A负责牵头 / A、B共同牵头: the unit names end before 共同 / 负责 / 统一.
    let before = named ? i - named[0].length : i;
    before = beforeAdverbs(f, before, from);
    const by = byPhrase(f, i, before, from, 'lead', units);
    if (by >= 0) listStart = by;
    else {
      // Known unit names joined by 、 right before 牵头 (市科技局、市财政局牵头).
      let end = before;
      const found: UnitMention[] = [];
      let joined = false; // the run goes on before its first name with a join (与, 会同…)
      for (let guard = 0; guard < 20; guard++) {
        const name = knownUnitEndingAt(f, end, from, ctx);
        if (!name) {
          // The writer's own body first in the run (我局与市城管局、市工业和信息化局共同牵头).
          // Alone too when the document names its writer (我局牵头，市水利局配合 · 我局是牵头单位).
          // Last in the run too (A、B、我局为牵头单位 · A、我局共同牵头): the names before it go on being read.
          const self = found.length || ctx.writer ? selfEndingAt(f, end, from) : -1;
          if (self < 0 || found.some(u => u.start === self)) break;
          found.unshift({ name: f.slice(self, end), role: 'lead', start: self, end });
          listStart = self;
          joined = false;
          const sj = joinBefore(f, self, from);
          if (!sj) break;
          end = self - sj;
          joined = f.charCodeAt(end) !== 0x3001;
          continue;
        }
        found.unshift({ name: name.name, role: 'lead', start: name.start, end });
        listStart = name.start;
        joined = false;
        // 市科技局、市财政局牵头 · 市住房城乡建设局和市城管局共同牵头 · 市水利局会同市城管局牵头
        const join = joinBefore(f, name.start, from);
        if (!join) break;
        end = name.start - join;
        joined = f.charCodeAt(end) !== 0x3001; // not 、
      }
      for (const u of found) units.push(u);
      // ，与A、B共同牵头 · 会同A牵头 with nothing before the join: the subject is the writer, unsaid.
      // (其中第56项与A共同牵头: right after a citation too.)
      if (joined && units.length && (end <= from || !isHan(f.charCodeAt(end - 1)) || f[end - 1] === '项' || f[end - 1] === '条')) unsaid = true;
    }
    // (由排在第一位的牵头单位负责…: no name ends with 的.)
    if (!units.length || !units.every(u => /^[\u4e00-\u9fff()（）]{2,30}$/.test(u.name) && !u.name.endsWith('的'))) continue;
    // A proposal or a negation (建议由A牵头 · 调整为由A牵头 · 并非由A牵头) says nothing the notice says.
    if (NOT_A_STATEMENT.test(f.slice(Math.max(from, listStart - 12), listStart))) continue;
    // A是牵头单位: the names alone are the list (a fix replaces them with the notice's leads, 是牵头单位 stays).
    if (named) {
      pushList(out, { start: listStart, end: units[units.length - 1].end }, true, units.map(u => ({ ...u, name: u.name.replace(/\s+/g, '') })));
      // A是第44项的牵头单位: a lead of it, not said to be the only one.
      if (named[0].length > 2) out.lists[out.lists.length - 1].someLeads = true;
      addCovered(covered, { start: listStart, end: i + 4 });
      continue;
    }
    // ，B配合 / 、B参与, also after 牵头负责 / 牵头推进 / 牵头落实
    pushPhrase(out, covered, listStart, cooperatingAfter(f, i + 2, to, COOP_AFTER_LEAD, units), units);
    if (unsaid) out.lists[out.lists.length - 1].unsaidSubject = true;
  }
  // 由A负责 (由A负责，B配合): A is responsible for the task, so it leads it (as 责任单位 without the first-leads rule).
  // Only after 由: 负责 alone is too common a word.
  for (let r = seg.indexOf('负责'), i = r < 0 ? -1 : from + r; i >= 0 && i < to; r = seg.indexOf('负责', i - from + 2), i = r < 0 ? -1 : from + r) {
    if (isCovered(covered, i) || f.startsWith('牵头', i + 2)) continue;
    const units: UnitMention[] = [];
    let before = i;
    before = beforeAdverbs(f, before, from);
    let listStart = byPhrase(f, i, before, from, 'responsible', units);
    // A known unit right before 负责 and the task right after it (市商务局负责第26项，市水利局配合).
    // Or right after a citation and a comma, the units that follow joined by 、 (第26项，市商务局负责，市水利局协助).
    if (listStart < 0) {
      const name = knownUnitEndingAt(f, before, from, ctx);
      if (name && (f[i + 2] === '第' || AFTER_CITATION.test(f.slice(Math.max(from, name.start - 8), name.start)))) { units.push({ name: name.name, role: 'responsible', start: name.start, end: before }); listStart = name.start; }
    }
    if (listStart < 0 || !units.length || !units.every(u => /^[\u4e00-\u9fff()（）]{2,30}$/.test(u.name.replace(/\s+/g, '')) && looksLikeUnit(u.name.replace(/\s+/g, '')))) continue;
    pushPhrase(out, covered, listStart, cooperatingAfter(f, i + 2, to, COOP_AFTER, units), units);
  }
}

/** The end of a citation and a comma or colon (第26项， · 第26项“…”：). */
const AFTER_CITATION = /(?:项|[”」』])[ \t]{0,2}[,，:：][ \t]{0,2}$/;

/** A bracket that starts with a join (（与A、B共同牵头） · （会同A牵头）): its subject is left unsaid. */
const JOINED_START = /^[ \t]{0,2}(?:与|会同|同|和|协同)/;

/** Task numbers right after a role label (牵头：第66、67项 · 配合：28、29). */
const TASKS_AFTER_LABEL = /^[ \t]{0,2}(?:第[ \t]{0,2}[0-9０-９一二三四五六七八九十]|[0-9０-９]{1,3}[、,，项])/;

/** Before a phrase, words that make it a proposal or a negation, not a statement of who leads. */
const NOT_A_STATEMENT = /(?:建议|拟|调整为|改由|改为|并非|不是|不再|而非|不宜|是否)[^。；;，,]{0,6}$/;

/** The word between names and the label that says what they are (A是牵头单位 · A为牵头单位 · A作为牵头单位). */
const NAMED_AS = /(?:作为|是|为)$/;
/** The same word with the task named after it (A是第26项的牵头单位 · A为第5、6项牵头单位). */
const NAMED_FOR = /(?:作为|是|为)第[0-9０-９一二三四五六七八九十百、,，和及至—\-]{1,16}项(?:任务)?的?$/;

/** Where the names before 牵头 / 负责 end: before any adverbs (共同, 统一, 具体, 统筹, 总, 按职责…) that end at `before`. */
function beforeAdverbs(f: string, before: number, from: number): number {
  for (let guard = 0; guard < 4; guard++) {
    const two = f.slice(before - 2, before);
    const m = ROLE_ADVERB.exec(f.slice(Math.max(from, before - 6), before)) ?? (two === '统一' || two === '负责' ? [two] : null);
    if (!m || before - m[0].length < from) break;
    before -= m[0].length;
  }
  return before;
}

/** ，B配合 / 、B参与 right after a 牵头 or 负责 phrase that ends at `at`: its units added; where the phrase ends then. */
function cooperatingAfter(f: string, at: number, to: number, re: RegExp, units: UnitMention[]): number {
  const after = re.exec(f.slice(at, Math.min(to, at + 98)));
  if (!after) return at;
  let names = after[1];
  let off = at + after[0].indexOf(names, after[0].search(/[,，、]/));
  // A request before the names (请市农业农村局配合 · 商请…), adverbs after them (…予以配合 · …积极配合).
  const ask = REQUEST.exec(names);
  if (ask) { names = names.slice(ask[0].length); off += ask[0].length; }
  for (let guard = 0; guard < 3; guard++) { const adv = ROLE_ADVERB.exec(names); if (!adv || adv[0].length >= names.length) break; names = names.slice(0, names.length - adv[0].length); }
  splitUnitList(names, off, 'cooperating', units);
  return at + after[0].length;
}
const REQUEST = /^(?:并|同时)?(?:请|商请|邀请|提请|协调|由)(?=[市县区省中国人聊我本])/;
const COOP_AFTER_LEAD = /^(?:负责|推进|落实|实施)?[,，、]\s*([^,，。；;()第牵]{2,80}?)(?:配合|参与|协同|协助)/;
const COOP_AFTER = /^[,，、]\s*([^,，。；;()第牵]{2,80}?)(?:配合|参与|协同|协助)/;

/** A unit phrase of running prose (由A牵头，B配合): its list, names without white space, and its span covered. */
function pushPhrase(out: BlockScan, covered: Span[], start: number, end: number, units: UnitMention[]): void {
  pushList(out, { start, end }, false, units.map(u => ({ ...u, name: u.name.replace(/\s+/g, '') })));
  addCovered(covered, { start, end });
}

/**
 * Right after a citation, a bracket that holds only units the notice knows (第100项（市财政局）进展滞后, as 督查通报
 * write the unit responsible): a list of responsible units. Anything else in brackets is left to the other readers.
 */
function bracketUnits(f: string, at: number, to: number, ctx: ScanContext, binding: Binding, out: BlockScan): void {
  if (f[at] !== '(') return;
  const close = f.indexOf(')', at + 1);
  if (close < 0 || close >= to || close - at > 60) return;
  const inner = f.slice(at + 1, close);
  if (/[(:：;；,，。\n]/.test(inner)) return;
  const n = binding.notice ? ctx.index.get(binding.notice) : undefined;
  if (!n) return;
  const units: UnitMention[] = [];
  splitUnitList(inner, at + 1, ctx.bracketLeads ? 'lead' : 'responsible', units);
  if (!units.length || !units.every(u => !!n.units.resolve(u.name))) return;
  pushList(out, { start: at + 1, end: close }, false, units);
}

/**
 * After a citation and a colon, units with their roles marked and no label (第26项：市商务局（牵头）、市水利局 · 第28项：
 * A（牵头），B、C（配合）), up to the sentence's end: a list, read as the same text after 责任单位： would be.
 */
function colonUnits(f: string, at: number, to: number, ctx: ScanContext, out: BlockScan): void {
  const k = skipSpaces(f, at, to);
  if (f[k] !== ':' && f[k] !== '：') return;
  let e = k + 1;
  while (e < to && e - k < 160 && !COLON_LIST_END.has(f[e])) e++;
  const seg = f.slice(k + 1, e);
  if (!ROLE_MARKED.test(seg) || matchLabel(seg.trimStart())) return;
  const a = parseAnnotation(seg);
  if (!a || !a.units.length || !a.units.every(u => looksLikeUnit(u.name))) return;
  pushList(out, { start: k + 1, end: e }, true, unitsOf(a, ctx), k + 1);
}
const COLON_LIST_END = new Set(['。', ';', '；', '\n', '\r']);
const ROLE_MARKED = /[(（][ \t]{0,2}(?:牵头|主责|配合|参与|协同|协助)(?:单位|部门)?[ \t]{0,2}[)）]/;

/** 由A、B…: the names between 由 (within 60 characters before `i`) and `before`, added to `units`; the list's start, or -1. */
function byPhrase(f: string, i: number, before: number, from: number, role: Role, units: UnitMention[]): number {
  const back = Math.max(from, i - 60);
  const youRel = f.slice(back, i).lastIndexOf('由');
  const you = youRel < 0 ? -1 : back + youRel;
  if (you < from || you + 1 >= before || /[。；;，,!?！？]|牵头/.test(f.slice(you + 1, before).replace(/[、]/g, ''))) return -1;
  splitUnitList(f.slice(you + 1, before), you + 1, role, units);
  return you + 1;
}

/**
 * After a unit label at the end of its line (f[e] is the line break, after optional spaces): the names on the
 * following lines, one a line, maybe as bullets (- 市工业和信息化局); undefined when the next line names none.
 */
function bareLabelUnits(f: string, e: number, to: number, role: Role): { units: UnitMention[]; end: number } | undefined {
  let k = e;
  while (k < to && (f[k] === ' ' || f[k] === '\t' || f[k] === '*')) k++;
  if (k >= to || (f[k] !== '\n' && f[k] !== '\r')) return undefined;
  const units: UnitMention[] = [];
  let end = -1;
  for (let n = 0; k < to && n < 40; n++) {
    if (f[k] === '\r') k++;
    if (f[k] !== '\n') break;
    const ls = k + 1;
    let le = f.indexOf('\n', ls);
    if (le < 0 || le > to) le = to;
    const line = f.slice(ls, le).replace(/\r$/, '');
    const m = BULLET_UNIT.exec(line);
    if (!m) break;
    const s = ls + m[1].length;
    units.push({ name: m[2], role, start: s, end: s + m[2].length });
    end = s + m[2].length;
    k = ls + line.length;
  }
  return units.length ? { units, end } : undefined;
}
const BULLET_UNIT = /^([ \t]{0,3}(?:[-*+•·][ \t]{1,3})?)([\u4e00-\u9fff()（）]{2,30}?)[、,，;；。]?[ \t]*$/;

/**
 * After the line break at f[e]: the start of the next line with text when only blank lines and page numbers (at
 * least one) lie between, else -1. Such a gap inside a block is a page break the block split joined.
 */
function afterPageBreak(f: string, e: number, to: number): number {
  let k = e + 1, noise = false;
  for (let lines = 0; k < to && lines < 6; lines++) {
    // Only a short line can be blank space or a page number: look at 40 characters at most.
    let le = k;
    while (le < to && le - k < 40 && f.charCodeAt(le) !== 10) le++;
    const line = f.slice(k, le).replace(/\r$/, '');
    if (line.trim() !== '' && (f.charCodeAt(le) !== 10 || !isPageNumber(line, true))) return noise ? k : -1;
    noise = true;
    k = le + 1;
  }
  return -1;
}

/** An annotation's units; when it states that the first responsible unit leads (排在第一位的为牵头单位), with that applied. */
function unitsOf(a: Annotation, ctx: ScanContext): readonly UnitMention[] { return a.firstLeadsRule || (ctx.firstLeads && hasResponsible(a.units)) ? resolveRoles(a.units, true) : a.units; }
/** Under the first-leads rule (its own, or the document's): a list with responsible units. */
function firstLeadsOf(a: Annotation, ctx: ScanContext): boolean { return a.firstLeadsRule || (!!ctx.firstLeads && hasResponsible(a.units)); }
function hasResponsible(units: readonly UnitMention[]): boolean { for (const u of units) if (u.role === 'responsible') return true; return false; }

/** Inserts a span keeping the array sorted by start (spans arrive almost in order: the scan moves forward). */
function addCovered(covered: Span[], s: Span): void {
  let k = covered.length;
  while (k > 0 && covered[k - 1].start > s.start) k--;
  covered.splice(k, 0, s);
}

/** Is offset i inside one of the (non-overlapping, sorted) spans? Binary search. */
function isCovered(covered: Span[], i: number): boolean {
  let lo = 0, hi = covered.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (covered[mid].end <= i) lo = mid + 1;
    else if (covered[mid].start > i) hi = mid - 1;
    else return true;
  }
  return false;
}

function knownUnitEndingAt(f: string, end: number, from: number, ctx: ScanContext): { name: string; start: number } | undefined {
  const b = implicitBinding(ctx);
  const n = b.notice ? ctx.index.get(b.notice) : undefined;
  if (!n) return undefined;
  // The longest name first: from the start of the run of Chinese characters (U+4E00–U+9FFF) that ends here,
  // at most 20 back.
  let s = end;
  const low = Math.max(from, end - 20);
  while (s > low) { const c = f.charCodeAt(s - 1); if (c < 0x4e00 || c > 0x9fff) break; s--; }
  for (let t = s; t <= end - 2; t++) {
    // No name starts with a join (和市城管局 is 市城管局 after 和, though 和 is dropped when names are compared).
    if (JOIN_CHARS.has(f.charCodeAt(t))) continue;
    const name = f.slice(t, end);
    if (!n.units.resolve(name)) continue;
    // 冠县工业和信息化局 / 东昌府区工业和信息化局: a county's body, not the city's one that ends it. Its name starts
    // at the county's, one to three characters before 县/区/旗 that are no word of the sentence around it (由冠县…,
    // 第12项冠县…). (A county-level city, 临清市…, cannot be told from prose before 市… without a gazetteer.)
    const c = f[t - 1];
    // Candidate starts, the longest name first: 东昌府|区 (t - 4) to 冠|县 (t - 2), or the level alone (县水利局, as a
    // county's own documents write its bodies).
    const lo = c === '县' || c === '区' || c === '旗' ? t - 4 : t;
    for (let u = Math.max(s, lo); u <= t - 1; u++) {
      const whole = f.slice(u, end);
      if (!NOT_PLACE.test(f.slice(u, t)) && n.units.otherLevelOf(whole)) return { name: whole, start: u };
    }
    return lo < t ? undefined : { name, start: t };
  }
  return undefined;
}
const JOIN_CHARS = new Set([...'和与及同'].map(c => c.charCodeAt(0)));
/** The join before a name at `start` in a run of names (、 和 与 及 同 会同): its length, or 0. */
function joinBefore(f: string, start: number, from: number): number {
  if (start - 1 < from) return 0;
  const c = f.charCodeAt(start - 1);
  if (c === 0x3001 /* 、 */) return 1;
  // 由A联合B牵头
  if (start - 2 >= from && f.charCodeAt(start - 2) === 0x8054 /* 联 */ && c === 0x5408 /* 合 */) return 2;
  if (!JOIN_CHARS.has(c)) return 0;
  return c === 0x540c /* 同 */ && start - 2 >= from && f.charCodeAt(start - 2) === 0x4f1a /* 会 */ ? 2 : 1;
}
/** The writer's own body right before `end` (我局与市城管局…牵头): its start, or -1. */
function selfEndingAt(f: string, end: number, from: number): number {
  const m = SELF_END.exec(f.slice(Math.max(from, end - 4), end));
  return m ? end - m[0].length : -1;
}
const SELF_END = /(?:我|本)(?:局|委|办|单位|部门|中心)$/;

/** Characters of running text, not of a county's name, before a unit's name (由冠县…, 第12项冠县…, …的市科技局). */
const NOT_PLACE = /[由在对向和与及把将为从第项条是请各等的了]/;

/** Appends a list of these mentions, their offsets moved by `by` (mentions parsed from a slice start at 0). */
function pushList(out: BlockScan, span: Span, labelled: boolean, units: readonly UnitMention[], by = 0, firstLeads = false): void {
  const id = out.lists.length;
  const l: UnitList = { id, span, labelled, group: undefined, units: units.map(u => ({ name: u.name, span: { start: u.start + by, end: u.end + by }, role: u.role, list: id })) };
  if (firstLeads) l.firstLeads = true;
  out.lists.push(l);
}

/** Citations joined by 、/和/及 form a group; each unit list belongs to the nearest group before it in the block. */
function groupAndAttach(f: string, out: BlockScan, firstCitation: number, from: number, to: number, firstList: number): void {
  const cits = out.citations;
  const firstGroup = out.groups.length;
  let prevEnd = -1;
  let current: Group | undefined;
  for (let k = firstCitation; k < cits.length; k++) {
    const c = cits[k];
    const gap = prevEnd >= 0 ? f.slice(prevEnd, c.span.start) : undefined;
    // 第41至47项（第43、44项除外） · 第41至47项中，除第43项外: an exclusion belongs to the group before it in the sentence.
    if (current && gap !== undefined && (isJoin(gap) || (c.exclude && gap.length <= 40 && !/[。；;！？!?\n]/.test(gap)))) current.citations.push(k);
    else { current = { id: out.groups.length, citations: [k], lists: [] }; out.groups.push(current); }
    c.group = current.id;
    prevEnd = citeEnd(c);
  }
  const mine = out.groups.slice(firstGroup);
  for (let li = firstList; li < out.lists.length; li++) {
    const l = out.lists[li];
    if (l.group !== undefined || l.span.start < from || l.span.end > to) continue;
    // The last group starting before the list (groups are in text order: binary search).
    let lo = 0, hi = mine.length - 1, at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cits[mine[mid].citations[0]].span.start < l.span.start) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    let best: Group | undefined = at >= 0 ? mine[at] : undefined;
    // A phrase right before a citation is that citation's: 市水利局牵头的第26项 · 市商务局牵头第66项.
    const next = mine[at + 1];
    // It names the tasks by their lead (我局牵头的第35项): one of their leads, maybe not all.
    // A list whose span holds the citation (（对应第79项，市委宣传部牵头）, read from the bracket): that citation's.
    if (next && cits[next.citations[0]].span.start < l.span.end) best = next;
    else if (next && !l.labelled && FOLLOWS_LIST.test(f.slice(l.span.end, cits[next.citations[0]].span.start))) { best = next; l.someLeads = true; }
    else if (next && (!best || (!l.labelled && SENTENCE_END.test(f.slice(groupEnd(best, cits), l.span.start)))) && forward(f, l, cits[next.citations[0]].span.start)) {
      // Before the first citation, or a phrase in a sentence after the last one's: the citation after it in its own
      // sentence (市生态环境局牵头，会同市农业农村局推进第32项).
      best = next;
    }
    if (best) {
      l.group = best.id; best.lists.push(l.id);
      // A part of the task (第23项中的供水保障工作 · 第20项的资金保障), or a phrase in a later sentence (第45项…。我局牵头
      // 做好“四水四定”相关工作): its lead, maybe not all the task's.
      const ge = groupEnd(best, cits);
      // (本项由A、B牵头 refers back to the whole task: not so.)
      if (PART_OF.test(f.slice(ge, ge + 16)) || (!l.labelled && ge < l.span.start && SENTENCE_END.test(f.slice(ge, l.span.start)) && !BACK_REF_BEFORE.test(f.slice(Math.max(from, l.span.start - 10), l.span.start)) && !citationAlone(f, from, cits[best.citations[0]].span.start, ge, l.span.start))) l.someLeads = true;
    }
  }
}

/**
 * The citation is a sentence by itself (第91项“推动低保扩围增效”。 · （二）关于第91项。), and the sentence right after it
 * holds the list: that sentence says who carries the whole task out (由A牵头，B配合), as if after a comma.
 */
function citationAlone(f: string, from: number, cs: number, ge: number, ls: number): boolean {
  let s = cs;
  while (s > from && !SENTENCE_OR_LINE.has(f[s - 1])) s--;
  if (!ALONE_BEFORE.test(f.slice(s, cs))) return false;
  const rest = f.slice(ge, ls);
  const stop = rest.search(SENTENCE_END);
  // The next sentence starts with the list (由A牵头，B配合), not with words of its own (按照…部署，我局牵头做好…).
  return stop >= 0 && ALONE_AFTER.test(rest.slice(0, stop)) && LIST_OPENS.test(rest.slice(stop + 1));
}
const SENTENCE_OR_LINE = new Set(['。', '!', '?', '！', '？', '\n']);
// (Also a heading's title with the citation in brackets after it: （一）完善生育保障（第90项）。)
const ALONE_BEFORE = /^[ \t#*>-]{0,6}(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十0-9]{1,3}[、.．])?[ \t*]{0,4}(?:关于|落实|推进)?(?:[^。；;，,\n（()]{1,40}[（(](?:对应)?)?[ \t]{0,2}$/;
const ALONE_AFTER = /^[)）]?[ \t*]{0,4}(?:任务)?(?:的?(?:进展|落实|推进|完成)?情况)?[ \t*]{0,4}$/;
const LIST_OPENS = /^[ \t]{0,2}(?:均由|由|请)?$/;
const BACK_REF_BEFORE = /(?:本|该|此|上述|以上|这)(?:[0-9一二三四五六七八九十两几]{1,2}项|项)?(?:任务|工作)?(?:均|都|全部|分别)?(?:由|的|是|为)?$/;
const PART_OF = /^(?:中的|之中的|里的)|^第[0-9一二三四五六七八九十]{1,3}[条点个](?:举措|措施|工作|任务)?|^的(?!牵头|配合|责任)[\u4e00-\u9fff]{1,12}?(?:工作|保障|部分|环节|内容|事项)|^[“”"]?[ \t]{0,2}(?:中)?涉及[\u4e00-\u9fff]{1,12}?的(?:工作|任务|部分|内容|事项)/;

/** The text between two citations joins them into one group (第5项、第6项 · 第5项和第6项 · nothing but spaces). */
function isJoin(gap: string): boolean { return JOIN_GAP.test(gap.trim()); }
// (Also an enumeration's marker alone between bare citations: 牵头的任务有：（1）第26项；（2）第28项.)
const JOIN_GAP = /^(?:[、,，和及与]|以及)?$|^[；;，,、]?[ \t]{0,2}(?:[（(][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑳])$/;

const FOLLOWS_LIST = /^[ \t]{0,2}(?:的|负责的|推进的)?[ \t]{0,2}$/;
const SENTENCE_END = /[。!?！？]/;

/** Where a group's last citation ends. */
function groupEnd(g: Group, cits: Citation[]): number { return citeEnd(cits[g.citations[g.citations.length - 1]]); }

/**
 * Does a list go with the citation at `ns` after it? In the same sentence; a phrase's clause ends at a comma — what
 * comes after it is another act (市发展改革委牵头组织召开专题会议，研究第26项 · 由市政府督查室牵头，对第21至23项开展专项督查) —
 * unless the clause after the comma goes on with the phrase's work (A牵头，负责第26项 · A牵头，会同B推进第32项).
 */
function forward(f: string, l: UnitList, ns: number): boolean {
  if (ns <= l.span.end || ns - l.span.end >= 200) return false;
  const gap = f.slice(l.span.end, ns);
  if (/[。!?！？\n]/.test(gap)) return false;
  if (l.labelled) return true;
  const comma = gap.search(/[,，;；]/);
  return comma < 0 || (CONTINUES.test(gap.slice(comma + 1)) && !/[,，;；]/.test(gap.slice(comma + 1)));
}
/** After a comma, words that go on with the work of the phrase before it. */
const CONTINUES = /^[ \t]{0,2}(?:会同|协同|联合|并|负责|承担|推进|推动|落实|抓好|实施|做好|完成|牵头|统筹|具体|组织|全力|加快)/;

// ───────────────────────── tables ─────────────────────────


/** 12.1 / 12．1 / 12-3 (the second smaller than the first: no range) / 12之3: a part of a task. */
/** Does the implicit notice number its tasks in two levels (1.1, 1.2 under 1)? */
function twoLevel(ctx: ScanContext): boolean {
  const b = implicitBinding(ctx);
  const n = b.notice ? ctx.index.get(b.notice)?.notice : undefined;
  return !!n?.sectionItems && n.sections.length > 0 && /^[0-9]+$/.test(n.sections[0].label);
}

function isSubTask(t: string): boolean {
  const m = SUBTASK.exec(t);
  return !!m && (m[2] === '.' || m[2] === '．' || m[2] === '之' || Number(m[3]) < Number(m[1]));
}
const SUBTASK = /^(?:任务|第)?([0-9]{1,3})([.．\-－—–之])([0-9]{1,2})(?:项)?$/;


function scanTable(text: string, f: string, ctx: ScanContext, out: BlockScan): void {
  const lines: [number, number][] = [];
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const ce = e > s && text[e - 1] === '\r' ? e - 1 : e;
    lines.push([s, ce]);
    s = e + 1;
    if (e === text.length) break;
  }
  if (lines.length < 2) { scanProse(text, f, 0, f.length, ctx, out, true); return; }
  // Rows pasted from a spreadsheet (tab-separated): no separator row; the first row is a header when it names columns.
  const tsv = f.trimStart()[0] !== '|' && f.indexOf('\t') >= 0;
  const rowCells = tsv ? splitTsvRow : splitRow;
  const isSep = (l: [number, number]) => !tsv && isSeparatorRow(f, l[0], l[1]);
  const headerKinds = (l: [number, number]): ColKind[] => columnKinds(rowCells(f, l[0], l[1]));
  const hasSep = isSep(lines[1]) || (tsv && headerKinds(lines[0]).some(k => k === 'number' || k === 'title' || k === 'lead' || k === 'responsible' || k === 'firstLeads' || k === 'cooperating' || k === 'leadTasks' || k === 'coopTasks'));
  let kinds: ColKind[] = hasSep ? counterAsNumber(f, lines, hasSep ? (tsv ? 1 : 2) : 0, headerKinds(lines[0]), rowCells, isSep, ctx) : [];
  // A table of tasks behind or problems (| 责任单位 | 滞后任务 |): the unit named is one of those responsible, the
  // table does not give the task's leads.
  const problems = hasSep && PROBLEM_TABLE.test(f.slice(lines[0][0], lines[0][1]));
  // The header's text, to know it again when a page break repeats it without its separator row.
  const headerText = hasSep ? rowCells(f, lines[0][0], lines[0][1]).map(c => c.text).join('|') : undefined;
  // Header and separator are prose (a header may cite, rarely).
  const bodyFrom = hasSep ? (tsv ? 1 : 2) : 0;
  let lastRowGroup: Group | undefined;
  // Per unit column, the units of the last row that named them: a 同上 / 〃 cell names them again.
  const lastUnits: (UnitMention[] | undefined)[] = [];
  for (let li = bodyFrom; li < lines.length; li++) {
    const [ls, le] = lines[li];
    if (isSep(lines[li])) continue;
    // A page break inside the table (blank lines, a page number) holds no row.
    if (tsv ? f.indexOf('\t', ls) < 0 || f.indexOf('\t', ls) >= le : f.slice(ls, Math.min(le, ls + 4)).trimStart()[0] !== '|') continue;
    // A header again after a page break (Word repeats it), or another table's: its columns hold from here on.
    if (li + 1 < lines.length && isSep(lines[li + 1])) { kinds = counterAsNumber(f, lines, li + 2, headerKinds(lines[li]), rowCells, isSep, ctx); lastUnits.length = 0; li++; continue; }
    const cells = rowCells(f, ls, le);
    if (headerText !== undefined && cells.map(c => c.text).join('|') === headerText) continue;
    const rowCitationsFrom = out.citations.length;
    const rowListsFrom = out.lists.length;
    let titleCell: Cell | undefined, subjectCell: Cell | undefined;
    const numberCells: Cell[] = [];
    const roleCells: [Cell, 'leadTasks' | 'coopTasks'][] = [];
    cells.forEach((cell, ci) => {
      const kind = kinds[ci] ?? 'other';
      if (kind === 'number') numberCells.push(cell);
      else if (kind === 'leadTasks' || kind === 'coopTasks') roleCells.push([cell, kind]);
      else if (kind === 'subject') subjectCell = cell;
      else if (kind === 'title') titleCell = cell;
      else if ((kind === 'lead' || kind === 'responsible' || kind === 'firstLeads' || kind === 'cooperating') && cell.text) {
        let units: UnitMention[] = [];
        const inner = f.slice(cell.start, cell.end);
        // A label, brackets (市水利局（牵头）), or roles said after the names (市水利局牵头，市农业农村局配合).
        const a = matchLabel(inner) || /[()（）]|牵头|配合|参与|协同|协助/.test(inner) ? parseAnnotation(inner.replace(/^[(（]|[)）]$/g, ' ')) : undefined;
        if (a) for (const u of unitsOf(a, ctx)) units.push({ ...u, start: u.start + cell.start, end: u.end + cell.start });
        else if (DITTO.test(cell.text) && lastUnits[ci]) {
          // Named as in the row above, at this cell (by the notice's names: their spelling was the other row's).
          const reg = bindingNotice(ctx, implicitBinding(ctx))?.units;
          for (const u of lastUnits[ci]!) units.push({ ...u, name: reg?.resolve(u.name)?.unit.name ?? u.name, start: cell.start, end: cell.end });
        } else splitUnitList(inner, cell.start, kind === 'firstLeads' ? 'responsible' : kind, units);
        if (!DITTO.test(cell.text)) lastUnits[ci] = units;
        // A 责任单位 column under the document's first-leads rule is a firstLeads column.
        const first = kind === 'firstLeads' || (kind === 'responsible' && !a && !!ctx.firstLeads);
        if (first) units = resolveRoles(units, true);
        pushList(out, { start: cell.start, end: cell.end }, true, units, 0, first || (!!a && firstLeadsOf(a, ctx)));
        // (A 牵头单位 column says who leads, problems or not.)
        if (problems && kind !== 'lead') out.lists[out.lists.length - 1].someLeads = true;
      }
    });
    // A title cell that cites a task itself (第12项 加强…) gives its title to that citation, not to the number column's.
    if (titleCell && CITES_IN_CELL.test(f.slice(titleCell.start, titleCell.end))) titleCell = undefined;
    // Task numbers from number cells: `12`, `第12项`, `12、13`, `1—8`.
    for (const cell of numberCells) {
      const inner = f.slice(cell.start, cell.end);
      if (/第/.test(inner)) {
        const before = out.citations.length;
        scanProse(text, f, cell.start, cell.end, ctx, out, false);
        // 第102项 beside a title cell: the title is the row's, as for a bare 102.
        const c = out.citations.length === before + 1 ? out.citations[before] : undefined;
        if (c && !c.title && c.numbers.length === 1 && titleCell && titleCell.text && numberCells.length === 1) {
          c.title = cellTitle(text, titleCell, ctx);
        }
        continue;
      }
      // A sub-task's number (12.1, 12-3: the third part of task 12) cites no task of the notice as a whole: its
      // title is the part's, and its units are some of the task's.
      if (isSubTask(cell.text) && !twoLevel(ctx)) continue;
      const c = numberCellCitation(f, cell, ctx) ?? titleCellCitation(text, f, cell, ctx);
      if (!c) continue;
      // A number without its section, in a notice numbered within sections: the row's exact title names the task.
      if (c.binding.via === 'external' && c.items.length === 1 && titleCell && titleCell.text) {
        const t = titleMatch(ctx, f.slice(titleCell.start, titleCell.end));
        if (t && t.length === 0) { c.items = [{ ...c.items[0], n: t.n }]; c.numbers = [t.n]; c.binding = implicitBinding(ctx); }
      }
      if (titleCell && titleCell.text && numberCells.length === 1 && c.items.length === 1 && c.kind !== 'title') c.title = cellTitle(text, titleCell, ctx);
      if (c.title && c.items.length === 1) c.binding = byExactTitle(ctx, c.binding, c.items[0].n, c.title.text);
      out.citations.push(c);
    }
    // Other cells: citations written in prose (对应任务 "第12项…") and, without a number column, titles.
    cells.forEach((cell, ci) => {
      const kind = kinds[ci] ?? 'other';
      if (kind === 'number' || kind === 'lead' || kind === 'responsible' || kind === 'firstLeads' || kind === 'cooperating' || kind === 'counter' || kind === 'subject' || kind === 'leadTasks' || kind === 'coopTasks') return;
      const before = out.citations.length;
      scanProse(text, f, cell.start, cell.end, ctx, out, false);
      // The row's own lists were pushed by the row; prose lists inside cells are allowed too.
      if (kind === 'title' && !numberCells.length && out.citations.length === before) {
        const c = titleCellCitation(text, f, cell, ctx);
        if (c) out.citations.push(c);
      }
    });
    // One row = one group: all its citations, all its unit columns.
    const rowCits = out.citations.slice(rowCitationsFrom);
    if (rowCits.length) {
      const g: Group = { id: out.groups.length, citations: [], lists: [] };
      out.groups.push(g);
      for (let k = rowCitationsFrom; k < out.citations.length; k++) {
        const old = out.citations[k].group;
        out.citations[k].group = g.id;
        if (old >= 0 && old !== g.id) { const og = out.groups[old]; og.citations = []; og.lists = []; }
        g.citations.push(k);
      }
      for (let k = rowListsFrom; k < out.lists.length; k++) { out.lists[k].group = g.id; if (!g.lists.includes(k)) g.lists.push(k); }
      lastRowGroup = g;
    } else if (lastRowGroup && numberCells.length && numberCells.every(c => !c.text) && out.lists.length > rowListsFrom) {
      // A merged cell: the task number stands on the first of its rows only; the rows below it with an empty number
      // cell are that task's too (their units are checked against it). Their lists join its group.
      for (let k = rowListsFrom; k < out.lists.length; k++) { out.lists[k].group = lastRowGroup.id; lastRowGroup.lists.push(k); }
    } else lastRowGroup = undefined;
    if (roleCells.length) tasksByRole(text, f, ctx, out, roleCells, subjectCell);
  }
}

/**
 * A cell that names a task by its title (a title column; a 对应任务 column holding a title): a title citation.
 * Pasted with the notice's own number before it (28.加强水土流失综合治理 · （二十八）… · 二十八、…), it cites that
 * number with the title, so a number and a title that disagree are a title-mismatch.
 */
function titleCellCitation(text: string, f: string, cell: Cell, ctx: ScanContext): Citation | undefined {
  const inner = f.slice(cell.start, cell.end);
  const t = titleMatch(ctx, inner);
  if (t !== undefined) {
    const span = { start: cell.start, end: t.length ? cell.start + t.length : cell.end };
    return { span, items: [{ n: t.n, span }], numbers: [t.n], kind: 'title', binding: implicitBinding(ctx), group: -1 };
  }
  const m = NUMBERED_TITLE.exec(inner);
  if (!m) return undefined;
  const rest = inner.slice(m[0].length);
  const owner = titleMatch(ctx, rest);
  const digits = m[1] ?? m[2] ?? m[3];
  const n = parseNumeral(digits);
  if (owner === undefined || n === undefined) return undefined;
  const ns = cell.start + inner.indexOf(digits), ts = cell.start + m[0].length;
  const te = owner.length ? ts + owner.length : cell.end;
  return {
    span: { start: ns, end: ns + digits.length }, items: [{ n, span: { start: ns, end: ns + digits.length } }], numbers: [n], kind: 'table',
    title: { text: text.slice(ts, te), span: { start: ts, end: te }, outer: { start: ts, end: te } }, binding: implicitBinding(ctx), group: -1,
  };
}
/** The notice's own number before a title: 28. · 28、 · （二十八） · 二十八、 */
const NUMBERED_TITLE = /^(?:([0-9]{1,3})[.．、][ \t]{0,2}|[（(]([一二三四五六七八九十百零〇]{1,6}|[0-9]{1,3})[)）][ \t]{0,2}|([一二三四五六七八九十百零〇]{1,6})、[ \t]{0,2})/;

/** Task numbers in a number cell without 第 (12 · 12、13 · 1—8 · 12、15—18): a citation of the cell, or undefined. */
function numberCellCitation(f: string, cell: Cell, ctx: ScanContext): Citation | undefined {
  // 二（三） · 二.1 · 二、1 · 二（一）、二（二）: tasks of a notice that numbers its tasks within each section.
  const binding = implicitBinding(ctx);
  const map = binding.notice ? ctx.index.get(binding.notice)?.notice.sectionItems : undefined;
  if (map) {
    const items: CitationItem[] = [];
    const whole = SECTION_CELL.test(cell.text); // 二、1 is one reference, not a list
    for (let p = cell.start; p < cell.end && items.length < 200;) {
      let q = p;
      while (q < cell.end && (whole || !'、,，;；'.includes(f[q]))) q++;
      let a = p, b = q;
      while (a < b && (f[a] === ' ' || f[a] === '\t')) a++;
      while (b > a && (f[b - 1] === ' ' || f[b - 1] === '\t')) b--;
      const sq = SECTION_CELL.exec(f.slice(a, b));
      if (!sq) { items.length = 0; break; }
      const sec = parseNumeral(sq[1]), item = parseNumeral(sq[2] ?? sq[3]);
      const n = (sec !== undefined && item !== undefined && map.get(`${sec}|${item}`)) || -1;
      items.push({ n, span: { start: a, end: b } });
      p = q + 1;
    }
    if (items.length) return { span: { start: cell.start, end: cell.end }, items, numbers: items.map(x => x.n), kind: items.length === 1 ? 'table' : 'list', binding, group: -1 };
    // A number without its section: which task it is cannot be told (the row's exact title may say: scanTable).
    const c = plainNumberCell(f, cell, ctx);
    if (c) c.binding = { via: 'external' };
    return c;
  }
  return plainNumberCell(f, cell, ctx);
}

function plainNumberCell(f: string, cell: Cell, ctx: ScanContext): Citation | undefined {
  const items: CitationItem[] = [];
  let k = cell.start;
  let ranged = false; // the next number ends a range (1—8, 12、15—18)
  while (k < cell.end && items.length < 200) {
    const r = readNumber(f, k, cell.end);
    if (!r) break;
    items.push(ranged ? { n: r[0], span: { start: r[1], end: r[2] }, range: true } : { n: r[0], span: { start: r[1], end: r[2] } });
    k = skipSpaces(f, r[2], cell.end);
    ranged = !ranged && k < cell.end && RANGE_SEP.test(f[k]);
    if (ranged) { k = afterSep(f, k); continue; }
    if (k < cell.end && LIST_SEP.test(f[k])) { k++; continue; }
    break;
  }
  if (!items.length) return undefined;
  const kind = kindOf(items, 'table', 'table');
  return { span: { start: cell.start, end: cell.end }, items, numbers: expand(items, kind), kind, binding: implicitBinding(ctx), group: -1 };
}

/**
 * A row of a table organised by unit (| 单位 | 牵头任务 | 配合任务 |): each cell of tasks is a group of its own, and
 * the row's unit leads each task of its 牵头任务 cell (a `byUnit` list, as under a unit's heading in prose).
 */
function tasksByRole(text: string, f: string, ctx: ScanContext, out: BlockScan, cells: [Cell, 'leadTasks' | 'coopTasks'][], subject: Cell | undefined): void {
  const units: UnitMention[] = [];
  if (subject && subject.text && !DITTO.test(subject.text)) splitUnitList(f.slice(subject.start, subject.end), subject.start, 'lead', units);
  const unit = units.length === 1 && looksLikeUnit(units[0].name) ? units[0] : undefined;
  let named = false;
  for (const [cell, kind] of cells) {
    if (!cell.text) continue;
    const from = out.citations.length;
    if (/第/.test(cell.text)) scanProse(text, f, cell.start, cell.end, ctx, out, false);
    else if (!isSubTask(cell.text)) { const c = numberCellCitation(f, cell, ctx); if (c) out.citations.push(c); }
    if (out.citations.length === from) continue;
    const g: Group = { id: out.groups.length, citations: [], lists: [] };
    out.groups.push(g);
    for (let k = from; k < out.citations.length; k++) {
      const old = out.citations[k].group;
      if (old >= 0 && old !== g.id) { const og = out.groups[old]; og.citations = []; og.lists = []; }
      out.citations[k].group = g.id;
      g.citations.push(k);
    }
    if (kind !== 'leadTasks' || !unit) continue;
    const id = out.lists.length;
    pushList(out, { start: unit.start, end: unit.end }, true, [{ ...unit, role: 'lead' }]);
    const l = out.lists[id];
    l.byUnit = true;
    if (named) l.again = true;
    named = true;
    l.group = g.id;
    g.lists.push(id);
  }
}

/**
 * A 序号 column that holds the notice's own task numbers. A table of the whole notice, or of a writer's tasks in
 * the notice's order, numbers its rows as the notice does (1, 2, 6, 18…): its 序号 are task numbers, and a row whose
 * number is not the notice's or whose title is another task's is what a reviewer looks for. Told apart from a row
 * counter by the rows whose title is a task's exact title: at least two numbered as that task and at most one in
 * five not (a typo), and either the numbers skip (not the rows' own 1, 2, 3…) or most rows are such. Rows [from…]
 * up to the next header.
 */
function counterAsNumber(
  f: string, lines: [number, number][], from: number, kinds: ColKind[],
  rowCells: (text: string, s: number, e: number) => Cell[], isSep: (l: [number, number]) => boolean, ctx: ScanContext,
): ColKind[] {
  const ci = kinds.indexOf('counter'), ti = kinds.indexOf('title');
  if (ci < 0 || ti < 0 || kinds.includes('number')) return kinds;
  let rows = 0, agree = 0, disagree = 0, plain = true;
  for (let li = from; li < lines.length && rows < 2000; li++) {
    if (li + 1 < lines.length && isSep(lines[li + 1])) break;
    if (isSep(lines[li])) continue;
    const cells = rowCells(f, lines[li][0], lines[li][1]);
    const c = cells[ci]?.text ?? '', title = cells[ti]?.text ?? '';
    if (!/^[0-9]{1,4}$/.test(c)) continue;
    rows++;
    const n = Number(c);
    if (n !== rows) plain = false;
    if (!title) continue;
    const t = titleMatch(ctx, title)?.n;
    if (t === undefined) continue;
    if (t === n) agree++;
    else disagree++;
  }
  if (agree < 2 || disagree * 4 > agree || (plain && agree * 2 < rows)) return kinds;
  const k = kinds.slice();
  k[ci] = 'number';
  return k;
}

const CITES_IN_CELL = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}项/;

/**
 * A row's title cell as the title of the row's citation: the whole cell, or its first sentence when that is some
 * task's exact title and the task's text follows it (加强实验室布局提升。以省重点实验室重组为契机…, as tables that
 * paste the notice's whole item write it).
 */
function cellTitle(text: string, cell: Cell, ctx: ScanContext): QuotedTitle {
  const m = titleMatch(ctx, text.slice(cell.start, cell.end));
  const end = m && m.length ? cell.start + m.length : cell.end;
  return { text: text.slice(cell.start, end), span: { start: cell.start, end }, outer: { start: cell.start, end } };
}

/**
 * The task whose exact title a cell is, or starts with as its first sentence (then `length` is that sentence's,
 * without its full stop; 0 for the whole cell).
 */
function titleMatch(ctx: ScanContext, cell: string): { n: number; length: number } | undefined {
  const b = implicitBinding(ctx);
  const n = b.notice ? ctx.index.get(b.notice) : undefined;
  if (!n) return undefined;
  const whole = taskByTitleKey(n, titleKey(cell));
  if (whole) return { n: whole.number, length: 0 };
  const stop = FIRST_SENTENCE_END.exec(cell);
  if (!stop || stop.index < 4 || stop.index > 60) return undefined;
  const head = taskByTitleKey(n, titleKey(cell.slice(0, stop.index)));
  return head ? { n: head.number, length: stop.index } : undefined;
}
const FIRST_SENTENCE_END = /[。；;：:]/;

/** Are xs[from…] in text order (by start; equal starts count as in order)? */
function inOrder(xs: { span: Span }[], from = 0): boolean {
  for (let k = from + 1; k < xs.length; k++) if (xs[k].span.start < xs[k - 1].span.start) return false;
  return true;
}

/** An exact-size copy of an array filled by push (an empty one is kept: it has no spare capacity). */
const exact = <T>(xs: T[]): T[] => (xs.length ? xs.slice() : xs);

/** Sorts citations and lists by position, drops empty groups, and renumbers every cross-reference. */
function normalize(out: BlockScan, kept: boolean): BlockScan {
  const groups = out.groups.filter(g => g.citations.length);
  // Old group id (its index in out.groups) → new id, -1 for a dropped group. When none is dropped the ids stay.
  let gRemap = (id: number) => (id >= 0 && id < groups.length ? id : -1);
  if (groups.length !== out.groups.length) {
    const gTo: number[] = [];
    for (let k = 0; k < out.groups.length; k++) gTo.push(-1);
    groups.forEach((g, k) => { gTo[g.id] = k; g.id = k; });
    gRemap = id => (id >= 0 && id < gTo.length ? gTo[id] : -1);
  }
  // Items are mostly found in text order already: then the order and the ids stay as they are.
  const reorder = <T extends { span: Span }>(xs: T[]): { sorted: T[]; remap: ((k: number) => number) | undefined } => {
    if (inOrder(xs)) return { sorted: xs, remap: undefined };
    const order = xs.map((x, k) => [x, k] as const).sort((p, q) => p[0].span.start - q[0].span.start || p[1] - q[1]);
    const to = new Int32Array(xs.length);
    order.forEach(([, k], nk) => { to[k] = nk; });
    return { sorted: order.map(([x]) => x), remap: k => (k >= 0 && k < to.length ? to[k] : -1) };
  };
  const { sorted: citations, remap: cRemap } = reorder(out.citations);
  for (const c of citations) c.group = gRemap(c.group);
  const { sorted: lists, remap: lRemap } = reorder(out.lists);
  lists.forEach((l, k) => { l.id = k; if (l.group !== undefined) { const g = gRemap(l.group); l.group = g >= 0 ? g : undefined; } for (const u of l.units) u.list = k; });
  const byNum = (x: number, y: number) => x - y;
  for (const g of groups) {
    g.citations = (cRemap ? g.citations.map(cRemap) : g.citations.slice()).sort(byNum);
    g.lists = (lRemap ? g.lists.map(lRemap) : g.lists).filter(k => k >= 0 && k < lists.length && lists[k].group === g.id).sort(byNum);
  }
  // Arrays filled by push keep spare capacity; scans live in caches, so they are stored exact-size.
  const keep: <T>(xs: T[]) => T[] = kept ? exact : xs => xs;
  if (kept) {
    for (const c of citations) { c.items = exact(c.items); c.numbers = exact(c.numbers); }
    for (const l of lists) l.units = exact(l.units);
    for (const g of groups) g.lists = exact(g.lists);
  }
  return { citations: keep(citations), lists: keep(lists), docNumbers: keep(out.docNumbers), noticeRefs: keep(out.noticeRefs), groups: keep(groups), mentions: keep(out.mentions), memo: undefined };
}
