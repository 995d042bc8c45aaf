/** Chinese and Arabic (half- and full-width) numerals. Pure, linear, never throws. */

const DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '○': 0, 'О': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
const UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };
const BIG: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8 };
const byCode = (t: Record<string, number>) => new Map(Object.entries(t).map(([k, v]) => [k.charCodeAt(0), v]));
const DIGIT_CODES = byCode(DIGITS), UNIT_CODES = byCode(UNITS), BIG_CODES = byCode(BIG);

/** Character class source for one numeral character (Chinese or digit, half- or full-width). */
export const NUMERAL_CHARS = '0-9０-９零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * Parses `12`, `１２`, `十二`, `一百零七`, `二十`, `一二`(digit by digit) → number; undefined when it is not one
 * numeral. Values above Number.MAX_SAFE_INTEGER come back as Infinity so callers can say "no such task".
 */
export function parseNumeral(raw: string): number | undefined {
  const s = raw.trim();
  const len = s.length;
  if (!len) return undefined;
  // Char codes, not a regex or a string iterator: citations are read by the thousand in a large draft. No table
  // key is a surrogate, so reading an astral character by its halves rejects it as before.
  let arabic = true, hasUnit = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && (c < 0xff10 || c > 0xff19)) { arabic = false; if (UNIT_CODES.has(c) || BIG_CODES.has(c)) { hasUnit = true; break; } }
  }
  if (arabic) {
    let n = 0;
    for (let i = 0; i < len; i++) { const c = s.charCodeAt(i); n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48); }
    return Number.isSafeInteger(n) ? n : Infinity;
  }
  // Digit-by-digit form (一二三 = 123, 二〇二三 = 2023) when there is no unit character at all.
  if (!hasUnit) {
    let n = 0;
    for (let i = 0; i < len; i++) { const d = DIGIT_CODES.get(s.charCodeAt(i)); if (d === undefined) return undefined; n = n * 10 + d; }
    return Number.isSafeInteger(n) ? n : Infinity;
  }
  let total = 0, section = 0, digit = -1;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const d = DIGIT_CODES.get(c);
    if (d !== undefined) { if (digit > 0) return undefined; digit = d; continue; }
    const u = UNIT_CODES.get(c);
    if (u !== undefined) { section += (digit < 0 ? 1 : digit) * u; digit = -1; continue; }
    const b = BIG_CODES.get(c);
    if (b !== undefined) { section += digit < 0 ? 0 : digit; total = (total + section) * b; section = 0; digit = -1; continue; }
    return undefined;
  }
  if (digit > 0) section += digit;
  const n = total + section;
  return Number.isSafeInteger(n) ? n : Infinity;
}

/** 12 → 十二, 107 → 一百零七 (for messages and completion filter text). */
export function toChineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return '零';
  const d = '零一二三四五六七八九';
  const parts: string[] = [];
  const units = ['', '十', '百', '千'];
  const chunk = (x: number): string => {
    let out = '', zero = false;
    for (let i = 3; i >= 0; i--) {
      const v = Math.floor(x / 10 ** i) % 10;
      if (v === 0) { if (out) zero = true; continue; }
      if (zero) { out += '零'; zero = false; }
      out += d[v] + units[i];
    }
    return out;
  };
  const bigs = ['', '万', '亿'];
  let rest = n, i = 0, needZero = false;
  while (rest > 0 && i < bigs.length) {
    const c = rest % 10000;
    if (c) { parts.unshift(chunk(c) + bigs[i] + (needZero ? '零' : '')); }
    needZero = c > 0 && c < 1000;
    rest = Math.floor(rest / 10000); i++;
  }
  let s = parts.join('');
  if (s.startsWith('一十')) s = s.slice(1);
  return s;
}
