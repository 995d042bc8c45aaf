/**
 * Lists organised by unit, as a 落实方案 or a 分工 by department writes them: a unit heads its line, or a short
 * heading of its own, and the tasks it leads or works on follow a role word.
 *
 *     市商务局：牵头第66、67项；配合第28项。
 *
 *     （一）市商务局
 *     牵头任务：第66、67项
 *     配合任务：第28项
 *
 * Text-only helpers shared by the block split (document.ts: the lines under such a heading are one block) and the
 * scanner (scanner.ts: the unit leads each task cited after 牵头). Pure, bounded look-ups, never throw.
 */
import { looksLikeUnit } from './annotation';
import type { Role } from './annotation';
import { isHan } from './text';

/** What may stand before a line's text: an indent, a Markdown heading or bullet, bold, an item number. */
const ITEM_PREFIX = /^[ \t\u3000]{0,4}(?:#{1,6}[ \t]{1,3}|[-*+•·][ \t]{1,3})?(?:\*\*)?(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|[0-9０-９]{1,2}[.．、])?[ \t\u3000]{0,2}(?:\*\*)?/;

/** Where a line's own text starts, after its item prefix (ITEM_PREFIX). */
export function afterItemPrefix(line: string): number {
  const m = ITEM_PREFIX.exec(line);
  return m ? m[0].length : 0;
}

/**
 * The unit a line starts with as its subject (`市商务局：…`, `（一）市商务局`, `1. 市商务局（3项）：`): the name's
 * offsets in the line, where the head ends (after a remark in brackets and a colon), whether a colon ends it. The
 * name is a run of Chinese characters that looks like a body's name (…局, …委, …办); undefined otherwise.
 */
export function unitHead(line: string): { start: number; end: number; after: number; colon: boolean } | undefined {
  const start = afterItemPrefix(line);
  let i = start;
  while (i < line.length && i - start <= 25 && isHan(line.charCodeAt(i))) i++;
  const end = i;
  if (end - start < 3 || end - start > 25 || !looksLikeUnit(line.slice(start, end))) return undefined;
  // A remark in brackets after the name: （共3项）, （牵头3项、配合1项）.
  if (line[i] === '（' || line[i] === '(') {
    let k = i + 1;
    while (k < line.length && k - i <= 24 && line[k] !== '）' && line[k] !== ')' && line[k] !== '\n') k++;
    if (line[k] !== '）' && line[k] !== ')') return undefined;
    i = k + 1;
  }
  if (line.startsWith('**', i)) i += 2;
  while (line[i] === ' ' || line[i] === '\t') i++;
  // A colon, or what stands for one (（一）市商务局。牵头任务：… · 市民政局——牵头…).
  let colon = false;
  if (line[i] === '：' || line[i] === ':' || line[i] === '。') { colon = true; i++; }
  else if (line.startsWith('——', i)) { colon = true; i += 2; }
  if (line.startsWith('**', i)) i += 2;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return { start, end, after: i, colon };
}

/** A line that is a unit's heading and nothing else (（一）市商务局 · 市商务局： · 2. 市水利局（2项）). */
export function isUnitHeading(line: string): boolean {
  const h = unitHead(line);
  return !!h && line.slice(h.after).trim() === '';
}

const ROLE = '(?:\\*\\*)?(牵头|配合|参与|协同|协办|协助|负责)(?:负责|推进|落实|实施)?的?(?:任务|事项|工作)?(?:[0-9一二三四五六七八九十]{1,3}项)?(?:[（(][^（）()\\n]{1,10}[）)])?(?:\\*\\*)?[ \\t]{0,2}(?:[:：]|为|包括|有)?[ \\t]{0,2}[（(]?';
/**
 * A role word and what may follow it before the tasks: 牵头 · 牵头任务： · 配合的任务 · 参与事项（2项）： · **牵头任务**：
 * · 牵头任务为 · 牵头任务3项（第66、67项）.
 */
const ROLE_AT = new RegExp(`^${ROLE}`);
/** The same, ending where a citation starts (looked for in the few characters before it). */
const ROLE_BEFORE = new RegExp(`${ROLE}$`);

export function roleOf(word: string): Role { return word === '牵头' ? 'lead' : word === '负责' ? 'responsible' : 'cooperating'; }

/** The role word that ends right at the end of `s` (the text before a citation): its role and offset in `s`. */
export function roleBefore(s: string): { role: Role; at: number } | undefined {
  const m = ROLE_BEFORE.exec(s.length > 24 ? s.slice(-24) : s);
  if (!m) return undefined;
  return { role: roleOf(m[1]), at: s.length - m[0].length };
}

/** The role word a line starts with after its item prefix, and where what follows it starts. */
export function roleAtLineStart(line: string): { role: Role; at: number; after: number } | undefined {
  const at = afterItemPrefix(line);
  const m = ROLE_AT.exec(line.slice(at, at + 30));
  return m ? { role: roleOf(m[1]), at, after: at + m[0].length } : undefined;
}

/** A line that is a role word and nothing else (牵头任务：), its tasks on the lines below. */
export function roleAlone(line: string): { role: Role; at: number; after: number } | undefined {
  const r = roleAtLineStart(line);
  return r && line.slice(r.after).trim() === '' ? r : undefined;
}

/** The line starts (after its item prefix) with a task citation: 第66项… · 2.第67项… · 任务3… */
export function startsWithCitation(line: string): boolean {
  const p = afterItemPrefix(line);
  return /^(?:第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}[项条、,，—–\-~～至到]|任务[ \t]{0,2}[0-9])/.test(line.slice(p, p + 14));
}

/**
 * A line under a unit's heading that belongs to it: a role word and the tasks after it (牵头任务：第66、67项 ·
 * 配合第28项), a role word alone (牵头任务：, its tasks on the lines below), or — after such a line — a line
 * that starts with a citation.
 */
export function goesUnderUnitHeading(line: string, lineBefore: string): boolean {
  const r = roleAtLineStart(line);
  if (r) {
    const rest = line.slice(r.after).trim();
    return rest === '' || startsWithCitation(rest);
  }
  if (!startsWithCitation(line)) return false;
  return !!roleAlone(lineBefore) || (startsWithCitation(lineBefore) && !isUnitHeading(lineBefore));
}
