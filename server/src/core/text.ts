import type { Position, Range, Span } from './types';

/**
 * Maps UTF-16 offsets to LSP positions and back. JavaScript strings are UTF-16, so an offset into the
 * string *is* an LSP `character` count once the line start is subtracted. CR, LF and CRLF end lines, as in LSP.
 */
export class LineIndex {
  /** Offsets where lines start; a typed array: exact size, four bytes a line, outside the JS heap. */
  private readonly starts: Int32Array;
  constructor(readonly text: string, starts?: Int32Array) {
    if (starts) { this.starts = starts; return; }
    const found = [0];
    if (text.indexOf('\r') < 0) {
      // Fast path: LF only.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; found.push(i + 1); }
        else if (c === 10) found.push(i + 1);
      }
    }
    this.starts = Int32Array.from(found);
  }
  /**
   * The index of `text`, an edit of `old.text`: line starts before the changed region are kept, those after it
   * shifted, only the region itself is scanned. Equals `new LineIndex(text)`.
   */
  static afterEdit(old: LineIndex, text: string): LineIndex {
    const a = old.text;
    const p = commonPrefix(a, text), q = commonSuffix(a, text, Math.min(a.length, text.length) - p);
    // One character of margin each side: a start depends on the character before it (and CR on the one after).
    const lo = Math.max(0, p - 1), oldHi = a.length - q + 1, newHi = text.length - q + 1, delta = text.length - a.length;
    const os = old.starts;
    let head = 0;
    while (head < os.length && os[head] <= lo) head++;
    const mid: number[] = [];
    for (let i = lo; i < Math.min(newHi, text.length); i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) mid.push(i + 1);
    }
    let tail = head;
    while (tail < os.length && os[tail] <= oldHi) tail++;
    const starts = new Int32Array(head + mid.length + os.length - tail);
    starts.set(os.subarray(0, head));
    for (let k = 0; k < mid.length; k++) starts[head + k] = mid[k];
    for (let k = tail, o = head + mid.length; k < os.length; k++, o++) starts[o] = os[k] + delta;
    return new LineIndex(text, starts);
  }
  get lineCount(): number { return this.starts.length; }
  lineStart(line: number): number { return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]; }
  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[line + 1];
    if (this.text.charCodeAt(e - 1) === 10) e--;
    if (this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset | 0, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.starts[mid] <= o) lo = mid; else hi = mid - 1; }
    return { line: lo, character: o - this.starts[lo] };
  }
  /** Clamps out-of-range positions (past the line's end, past the last line) instead of failing. */
  offsetAt(pos: Position): number {
    if (!pos || !Number.isFinite(pos.line) || pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const ch = Number.isFinite(pos.character) ? Math.max(0, pos.character) : 0;
    return Math.min(start + ch, this.lineEnd(pos.line));
  }
  range(span: Span): Range { return { start: this.positionAt(span.start), end: this.positionAt(span.end) }; }
  span(range: Range): Span { return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) }; }
}

/** True for U+4E00–U+9FFF, extension A and the compatibility block: what "a Chinese character" means here. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Folds full-width ASCII variants and CJK punctuation to one form *without changing the length*, so offsets
 * into the folded string are offsets into the original. （）：；，！？ → ()：;,!?; full-width digits/letters → ASCII;
 * U+3000 → space; the small brackets ﹝﹞ Word puts in 文号 → 〔〕. Everything else is kept (code unit by code unit: no `u` flag, so lone surrogates and a BOM stay).
 *
 * The regex engine finds the characters and builds the result: Chinese text has a full-width comma or bracket
 * every few characters, and a JavaScript loop over every character (appending slices, or mapping a typed array)
 * was measured slower — much slower in the CLI, which runs without V8's optimising compiler.
 */
const FULL_WIDTH = /[\uff01-\uff5e\u3000\ufe5d\ufe5e]/g;
const HALF: string[] = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, k) => String.fromCharCode(0x21 + k));
const toHalf = (c: string) => { const k = c.charCodeAt(0); return k >= 0xff01 && k <= 0xff5e ? HALF[k - 0xff01] : k === 0xfe5d ? '〔' : k === 0xfe5e ? '〕' : ' '; };
export function fold(text: string): string {
  FULL_WIDTH.lastIndex = 0;
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH, toHalf) : text;
}

const HAS_SPACE = /\s/;

/** Removes white space next to a Han character or digit (PDF/HTML conversions put spaces inside Chinese titles). */
export function squeezeCjkSpaces(s: string): string {
  if (!HAS_SPACE.test(s)) return s;
  return s.replace(/\s+/g, ' ').trim().replace(/ (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》0-9])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》0-9]) /g, '');
}

/** Strips a leading byte-order mark. Adapters do this once when reading a file; LSP clients already do. */
/**
 * A page number leaked into the text between two pages (— 3 —, -12-, －3－, 第 3 页, 第3页 共10页): noise, read as a
 * blank line. The line as written, without its line break. A bare number (3) and a running head (聊城市科学技术局文件)
 * count only with `bare` (a draft's prose; in a notice a number on its own line may start a task).
 */
export function isPageNumber(line: string, bare = false): boolean {
  if (line.length >= 40) return false;
  const s = line.trim();
  return (PAGE_NUMBER.test(s) && /[-—–－]/.test(s)) || PAGE_OF.test(s) || (bare && (/^\d{1,3}$/.test(s) || RUNNING_HEAD.test(s)));
}
/** A running head a conversion left between pages: the issuer's name and 文件 (聊城市科学技术局文件). */
const RUNNING_HEAD = /^[\u4e00-\u9fff]{2,24}(?:局|委|办公室|政府|委员会|厅|部|院|中心|办)文件$/;
const PAGE_NUMBER = /^[-—–－]?[ \t]{0,3}\d{1,4}[ \t]{0,3}[-—–－]?$/;
const PAGE_OF = /^第[ \t]{0,2}\d{1,4}[ \t]{0,2}页(?:[ \t,，]{0,3}共[ \t]{0,2}\d{1,4}[ \t]{0,2}页)?$/;

export function stripBom(text: string): string { return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; }

/** Length of the common prefix of a and b (compared in chunks first: string equality is a memory compare). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of [65536, 4096, 256]) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  const n = Math.min(a.length, b.length, max);
  let i = 0;
  for (const step of [65536, 4096, 256]) while (i + step <= n && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * A copy of `s` that does not keep a larger string alive. V8 represents slices and regex captures as views into
 * their parent; a short name kept in a long-lived index would otherwise pin the whole (folded) notice text.
 */
export function detach(s: string): string {
  return s.length > 12 ? (' ' + s).slice(1) : s;
}
