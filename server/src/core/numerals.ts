/** Chinese and Arabic (half- and full-width) numerals. Pure, linear, never throws. */

const DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '○': 0, 'О': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
const UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };
const BIG: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8 };

/** Character class source for one numeral character (Chinese or digit, half- or full-width). */
export const NUMERAL_CHARS = '0-9０-９零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * Parses `12`, `１２`, `十二`, `一百零七`, `二十`, `一二`(digit by digit) → number; undefined when it is not one
 * numeral. Values above Number.MAX_SAFE_INTEGER come back as Infinity so callers can say "no such task".
 */
export function parseNumeral(raw: string): number | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  if (/^[0-9０-９]+$/.test(s)) {
    let n = 0;
    for (const ch of s) { n = n * 10 + ((ch.charCodeAt(0) >= 0xff10 ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 48)); }
    return Number.isSafeInteger(n) ? n : Infinity;
  }
  // Digit-by-digit form (一二三 = 123, 二〇二三 = 2023) when there is no unit character at all.
  if (![...s].some(ch => ch in UNITS || ch in BIG)) {
    let n = 0;
    for (const ch of s) { const d = DIGITS[ch]; if (d === undefined) return undefined; n = n * 10 + d; }
    return Number.isSafeInteger(n) ? n : Infinity;
  }
  let total = 0, section = 0, digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) { if (digit > 0) return undefined; digit = DIGITS[ch]; continue; }
    if (ch in UNITS) { section += (digit < 0 ? 1 : digit) * UNITS[ch]; digit = -1; continue; }
    if (ch in BIG) { section += digit < 0 ? 0 : digit; total = (total + section) * BIG[ch]; section = 0; digit = -1; continue; }
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
