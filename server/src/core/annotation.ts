/**
 * Responsible-unit annotations: the bracketed tail of a task (`（牵头单位：A、B；配合单位：C）`) and its unlabelled
 * relatives (`（A牵头，B参与）`, `（A、B负责）`, `（A会同有关部门负责，排在第一位的部门为牵头部门，下同）`).
 * Input is folded text (see text.fold): `()` `:` `;` `,` are half-width. Pure and linear; never throws.
 */
import { COLLECTIVE_RE, SELF_RE } from './aliases';
import { isPageNumber } from './text';

export type Role = 'lead' | 'cooperating' | 'responsible';

export interface UnitMention {
  /** The name as written, white space removed. */
  name: string;
  role: Role;
  /** Named as lead by 指导 (guides the task) rather than 牵头: see besideLeads. */
  guides?: boolean;
  /** Offsets into the string given to parseAnnotation. */
  start: number;
  end: number;
}

export interface Annotation {
  units: UnitMention[];
  /** The annotation states a rule that the first of several responsible units leads (下同: for later ones too). */
  firstLeadsRule: boolean;
  /** Written with labels (牵头单位：…) rather than as a phrase (X牵头). */
  labelled: boolean;
}

// A department's own notice assigns its tasks to its divisions: 牵头处室 / 责任科室 are labels as 牵头单位 is.
const LEAD_LABELS = ['牵头单位', '牵头部门', '主要责任单位', '主要责任部门', '主责单位', '主办单位', '牵头处室', '牵头科室', '主办处室', '牵头'];
const COOP_LABELS = ['协同配合单位', '协同配合部门', '配合单位', '配合部门', '参与单位', '参与部门', '协同单位', '协同部门', '协办单位', '协助单位', '配合处室', '配合科室', '协办处室', '参与处室', '配合'];
const RESP_LABELS = ['责任单位', '责任部门', '负责单位', '承办单位', '实施单位', '责任处室', '责任科室', '承办处室'];

// The label ends with a colon, with 为 / 是 before a body's name (牵头单位为市发展改革委; not 以牵头单位为主), or with
// nothing but maybe a space before a level's body (牵头单位市水利局, （牵头单位 市水利局）; not 配合单位中, 牵头单位市级…).
const LABEL_RE = new RegExp(`^(${[...LEAD_LABELS, ...COOP_LABELS, ...RESP_LABELS].sort((a, b) => b.length - a.length).join('|')})(?:[:：]|(?:分别)?为(?=[市县区省各国中]|[我本](?:局|委|办|厅|单位|部门|中心))|(?:分别)?是(?=[市县区省国中]|[我本](?:局|委|办|厅|单位|部门|中心))|[ \t\u3000]{0,2}(?=[市县区省](?![场级长直属内外领])|中共|国家|人民银行))`);

export function labelRole(label: string): Role | undefined {
  if (LEAD_LABELS.includes(label)) return 'lead';
  if (COOP_LABELS.includes(label)) return 'cooperating';
  if (RESP_LABELS.includes(label)) return 'responsible';
  return undefined;
}

/** Does this string start with a unit label and a colon? Returns the label's length including the colon. */
export function matchLabel(s: string): { role: Role; length: number } | undefined {
  const m = LABEL_RE.exec(s);
  if (m) return { role: labelRole(m[1])!, length: m[0].length };
  return BROKEN_LABEL.test(s) ? matchBrokenLabel(s) : undefined;
}

/** A label broken by a page break (配合 / 单位：): a line break after its first characters. */
const BROKEN_LABEL = /^[^\s:：]{1,5}[ \t]{0,2}[\r\n]/;
function matchBrokenLabel(s: string): { role: Role; length: number } | undefined {
  // The label read without its white space; its length is that of the text as written.
  let squeezed = '';
  const at: number[] = [];
  for (let k = 0; k < s.length && squeezed.length < 12; k++) {
    const c = s.charCodeAt(k);
    if (isSpace(c)) {
      // A page number on a line of its own between the halves (配合 | — 3 — | 单位：) is skipped too.
      if (c === 10) { let e = k + 1; while (e < s.length && e - k < 40 && s.charCodeAt(e) !== 10) e++; if (e < s.length && s.charCodeAt(e) === 10 && isPageNumber(s.slice(k + 1, e).replace(/\r$/, ''), true)) k = e - 1; }
      continue;
    }
    squeezed += s[k];
    at.push(k);
  }
  const m = LABEL_RE.exec(squeezed);
  return m ? { role: labelRole(m[1])!, length: at[m[0].length - 1] + 1 } : undefined;
}

const UNIT_SUFFIX_RE = /(?:局|委|部|厅|办|署|会|院|行|室|中心|政府|海关|集团|公司|大学|学院|法院|检察院|工会|团委|妇联|科协|残联|社|所|站|队|处|科|组|台|馆|军|部门|单位|省|市|县|区|旗|州|盟)$/;

/** A plausible unit name: Han characters (and brackets inside), 2–40 long, ending like a body's name. */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  if (!/^[\u4e00-\u9fff()（）·、]+$/.test(name)) return false; // 、 only inside brackets: 各县（市、区）人民政府
  return UNIT_SUFFIX_RE.test(name) || isCollective(name);
}

/** A collective (各县, 有关部门), or the writer's own body (我局) or one of its offices: no one unit to check. */
export function isCollective(name: string): boolean { return COLLECTIVE_RE.test(name) || SELF_RE.test(name); }

export const RULE_RE = /排在第一位|排名第一|排在首位|第一位的?(?:部门|单位)为?牵头|列第一位|首位为?牵头|第一个(?:单位|部门)?为?牵头/;
/** The rule right at the start (after a comma it must be: 市科技局，市财政局，排在第一位的为牵头单位). */
const RULE_AT = new RegExp(`^(?:其中[,，]?)?(?:${RULE_RE.source})`);

/**
 * Splits `A、B、C` (or `A,B`) into names with their offsets, white space dropped, a trailing `等有关部门` /
 * `等部门` cut off. `base` is added to the offsets.
 */
export function splitUnitList(s: string, base: number, role: Role, out: UnitMention[]): void {
  const first = out.length;
  splitNames(s, base, role, out, true);
  // `市发展改革委（牵头）、市财政局、市商务局`: in a list of responsible units, one marked as lead makes the
  // unmarked others cooperate.
  if (role !== 'responsible') return;
  let marked = false;
  for (let k = first; k < out.length; k++) if (out[k].role === 'lead') marked = true;
  if (marked) for (let k = first; k < out.length; k++) if (out[k].role === 'responsible') out[k] = { ...out[k], role: 'cooperating' };
}

function splitNames(s: string, base: number, role: Role, out: UnitMention[], brackets: boolean): void {
  const first = out.length;
  let i = 0;
  const n = s.length;
  while (i <= n) {
    let j = i;
    let depth = 0;
    while (j < n) {
      if (!brackets) { if (sepLen(s, j)) break; j++; continue; }
      const c = s.charCodeAt(j);
      if (c === 40 || c === 0xff08) depth++;
      else if ((c === 41 || c === 0xff09) && depth > 0) {
        depth--;
        // 市发展改革委（牵头）市水利局: a role marker ends its name even when the 、 after it is missing.
        if (depth === 0 && NAME_START.has(s.charCodeAt(j + 1)) && ROLE_MARK.test(s.slice(Math.max(i, j - 9), j + 1))) { j++; break; }
      }
      // 、 , ， / ； ; and the joins between two names
      else if (depth === 0 && sepLen(s, j)) break;
      j++;
    }
    // A stray bracket never closed would swallow the rest of the list: split what is left ignoring brackets.
    if (depth > 0 && brackets) { splitNames(s.slice(i), base + i, role, out, false); return; }
    // After a comma or a semicolon a clause that names no body ends the list (牵头单位为市水利局，目前进展顺利 ·
    // 牵头单位：市水利局；完成时限：2023年底 · 责任单位：市水利局，2023年12月底前完成).
    if (i > 0 && out.length > first && CLAUSE_SEP.has(s.charCodeAt(i - 1)) && !nameLike(s.slice(i, j))) return;
    pushName(s, i, j, base, role, out);
    // After a role marker the next name starts right away (no separator to skip).
    i = j < n ? j + sepLen(s, j) : j;
    if (j >= n) break;
  }
}

const CLAUSE_SEP = new Set([44, 0xff0c, 59, 0xff1b]);
/** A name or a name's start: a body's ending, or a level's start (市发改: an informal name to report), Han only. */
function nameLike(raw: string): boolean {
  const t = raw.replace(/\s+/g, '');
  return looksLikeUnit(t) || (/^[市县区省][\u4e00-\u9fff]{1,15}$/.test(t));
}

/**
 * The length of a separator between two names at s[j], or 0: 、 , ， / ； ;, a line break tag (<br>, in a table
 * cell), and the joins between two whole names (see joinsNames).
 */
function sepLen(s: string, j: number): number {
  const c = s.charCodeAt(j);
  if (c === 0x3001 || c === 44 || c === 0xff0c || c === 0xff1b || c === 59) return 1;
  if (c === 47 /* / */) return s.charCodeAt(j - 1) === 60 /* </sup> */ ? 0 : 1;
  if (c === 60 /* < */) { const m = BR_RE.exec(s.slice(j, j + 8)); return m ? m[0].length : 0; }
  return joinsNames(s, j);
}
const BR_RE = /^<br[ \t]{0,2}\/?>/i;

/**
 * 和 / 及 / 与 / 同 / 会同 / 联合, or white space, between two names (市工业和信息化局和市市场监管局, 市水利局会同市城管局, 市发展改革委
 * 市财政局): after the last character of a body's name and before the first of another's — not inside one
 * (市工业和信息化局, 市人力资源和社会保障局). The join's length, or 0.
 */
function joinsNames(s: string, j: number): number {
  const c = s.charCodeAt(j);
  let len = 0;
  if (c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x4e0e /* 与 */ || c === 0x540c /* 同 */) len = 1;
  else if ((c === 0x4f1a /* 会 */ && s.charCodeAt(j + 1) === 0x540c /* 同 */) || (c === 0x8054 /* 联 */ && s.charCodeAt(j + 1) === 0x5408 /* 合 */)) len = 2;
  else if (c === 32 || c === 9 || c === 0x3000 || c === 10 || c === 13) { len = 1; while (j + len < s.length && len < 8 && isSpace(s.charCodeAt(j + len))) len++; }
  else return 0;
  // 会同 is no part of a name: any body's name may follow it (会同聊城黄河河务局; not 联合: 县供销合作社联合社).
  const next = s.charCodeAt(j + len);
  if (j >= 2 && NAME_END.has(s.charCodeAt(j - 1)) && (NAME_START.has(next) || (c === 0x4f1a && next >= 0x4e00 && next <= 0x9fff))) return len;
  // White space between two whole names of divisions or bodies without a level (标准化科 计量科 · 信用监管科 各县局):
  // each side at least three characters ending as a body's name does.
  if (isSpace(c) && j >= 3 && DIVISION_END.has(s.charCodeAt(j - 1)) && isHanCode(next)) {
    let a = j; while (a > 0 && isHanCode(s.charCodeAt(a - 1))) a--;
    let b = j + len; while (b < s.length && b - j < 40 && !isSpace(s.charCodeAt(b)) && s[b] !== '、' && s[b] !== '，' && s[b] !== ',') b++;
    if (j - a >= 3 && looksLikeUnit(s.slice(j + len, b).replace(/[()（）]/g, '')) && b - (j + len) >= 3) return len;
  }
  return 0;
}
const DIVISION_END = new Set([...'局委办部厅院室署府行社所站队处心会科股'].map(c => c.charCodeAt(0)));
function isHanCode(c: number): boolean { return c >= 0x4e00 && c <= 0x9fff; }
const NAME_END = new Set([...'局委办部厅院室署府行社所站队处心会'].map(c => c.charCodeAt(0)));
const NAME_START = new Set([...'市县区省各国中我本'].map(c => c.charCodeAt(0)));

function pushName(s: string, from: number, to: number, base: number, role: Role, out: UnitMention[]): void {
  // Trim white space (also a page break's newlines) at both ends, and a page number left there, offsets exact.
  for (;;) {
    while (from < to && isSpace(s.charCodeAt(from))) from++;
    while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
    let fl = from, nl = to - 1;
    while (fl < to && s.charCodeAt(fl) !== 10) fl++;
    if (fl === to) break; // one line: the common case
    while (s.charCodeAt(nl) !== 10) nl--;
    if (isPageNumber(s.slice(nl + 1, to), true)) to = nl;
    else if (isPageNumber(s.slice(from, fl), true)) from = fl + 1;
    else break;
  }
  // Closing brackets at the end with no opening one inside the name close something around it, not the name.
  let depth = 0, keep = from;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 41 || c === 0xff09) { if (depth === 0) continue; depth--; } else if (c === 40 || c === 0xff08) depth++;
    keep = k + 1;
  }
  to = keep;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  let raw = s.slice(from, to);
  // A role written after the name in brackets (市发展改革委（牵头）, 市财政局(配合)): the name is what precedes it.
  const last = raw.charCodeAt(raw.length - 1);
  const mark = (last === 41 || last === 0xff09) && raw.length > 4 ? ROLE_MARK.exec(raw) : null;
  if (mark && mark.index > 0) {
    role = markRole(mark[1]);
    to = from + mark.index;
    while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
    raw = s.slice(from, to);
  }
  // A remark in brackets after the name (市自然资源和规划局（持续推进）): the name is what precedes it. (A second
  // nameplate, 市发展改革委（市能源局）, stays: it is a unit's name.)
  if ((last === 41 || last === 0xff09) && !mark) {
    const open = Math.max(raw.lastIndexOf('('), raw.lastIndexOf('（'));
    const inner = raw.slice(open + 1, -1).trim();
    // Not a name at all: it does not start like a body's (市/县/区/省/中共…) and does not end like one.
    if (open > 1 && inner.length <= 14 && !looksLikeUnit(inner) && !/^[市县区省各国中]/.test(inner) && !/[()（）:：]/.test(inner)) {
      to = from + open;
      while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
      raw = s.slice(from, to);
    }
  }
  // A name with a deadline or a field run into it (市水利局。2023年底前完成 · 市水利局 2023年12月底 · 市水利局完成时限：…):
  // the name is what precedes it, when that ends like a body's.
  const stop = TAIL_STOP.exec(raw);
  if (stop && stop.index >= 2) {
    const head = raw.slice(0, stop.index).trimEnd().replace(FIELD_WORD, '').trimEnd();
    if (looksLikeUnit(head.replace(/\s+/g, ''))) { to = from + head.length; raw = head; }
  }
  // A clause run into the name (牵头单位市农业农村局进度滞后 · 市水利局正在推进; 负责, 牵头, 配合 are role marks, read apart): the name is the part before a word
  // that starts a predicate, when the whole does not end like a body's and that part does.
  if (raw.length > 5 && !looksLikeUnit(raw)) {
    for (let p = 3; p < raw.length - 1 && p < 40; p++) {
      if (PREDICATE_START.test(raw.slice(p, p + 2)) && looksLikeUnit(raw.slice(0, p))) { to = from + p; raw = raw.slice(0, p); break; }
    }
  }
  // A footnote marker after a name (市财政局[^1], 市财政局[1], 市财政局¹, 市财政局①, 市财政局<sup>1</sup>).
  const note = FOOTNOTE.exec(raw);
  if (note && note.index >= 2) { to = from + note.index; raw = raw.slice(0, note.index); }
  // A join before the first name (与市城管局、…共同牵头) and 共同 after the last are no part of a name.
  const c0 = raw.charCodeAt(0);
  if (c0 === 0x4f1a || c0 === 0x4e0e || c0 === 0x548c || c0 === 0x53ca || c0 === 0x540c) {
    const lead = /^(?:会同|与|和|及|同)(?=[市县区省])/.exec(raw);
    if (lead && raw.length - lead[0].length >= 2) { from += lead[0].length; raw = raw.slice(lead[0].length); }
  }
  // Words between the last name and its role (市水利局具体牵头, 市农业农村局予以配合, 市商务局统筹牵头) are no part of it.
  for (let guard = 0; guard < 3 && raw.length > 4; guard++) {
    const m = ROLE_ADVERB.exec(raw);
    if (!m || !looksLikeUnit(raw.slice(0, m.index))) break;
    to -= m[0].length; raw = raw.slice(0, m.index);
  }
  // A leader named with the unit (市水利局主要负责同志, 市交通运输局局长张明): the unit; a leader alone (王建副市长) is none.
  const person = raw.length > 3 ? PERSON_IN_NAME.exec(raw) : null;
  if (person) {
    if (person.index < 2 || !looksLikeUnit(raw.slice(0, person.index))) return;
    to -= raw.length - person.index; raw = raw.slice(0, person.index);
  }
  // 等单位 with a sentence going on after it (市商务局等单位要对照任务目标…): the list ends at 等.
  const etcGoesOn = raw.length > 6 ? ETC_UNITS.exec(raw) : null;
  if (etcGoesOn && etcGoesOn.index >= 2 && etcGoesOn.index + etcGoesOn[0].length < raw.length && looksLikeUnit(raw.slice(0, etcGoesOn.index))) { to -= raw.length - etcGoesOn.index; raw = raw.slice(0, etcGoesOn.index); }
  const etc = /等(?:[0-9一二三四五六七八九十]{1,3}个)?(?:有关|相关|其他)?(?:部门|单位)?$/.exec(raw);
  if (etc && etc.index > 0) { to -= raw.length - etc.index; raw = raw.slice(0, etc.index); }
  const name = SPACE_IN_NAME.test(raw) ? withoutPageNumbers(raw).replace(SPACES, '') : raw;
  // 配合单位：无 — no unit; 同上 / 〃 (a ditto cell) names none of its own.
  if (!name || name === '无' || name === '暂无' || name === '/' || name === '／' || name === '—' || name === '-' || name === '同上' || name === '〃' || name === '同前') return;
  out.push({ name, role, start: base + from, end: base + to });
}

const TAIL_STOP = /[。:：0-9０-９]/;
const ETC_UNITS = /等(?:[0-9一二三四五六七八九十]{1,3}个)?(?:有关|相关|其他)?(?:部门|单位)/;
const PERSON_IN_NAME = /(?:主要|分管)?负责同志|党组书记|副?(?:局长|主任|市长|县长|区长)|书记/;
/** A clause's last word when it names its units' cooperating role (B、C配合 · B参与). */
const COOP_VERB_END = /(?:配合|参与|协助|协同|协办)[\s)）]*$/;
/** An adverb between a unit's name and 牵头 / 配合 / 负责 (read off the end of a name; 负责 itself is a role mark). */
export const ROLE_ADVERB = /(?:共同|分别|具体|统筹|总|要|将|应|按职责|依职责|按照职责|按照职责分工|按职责分工|积极|密切|大力|予以|全力|协同|主动|认真|全面|切实|各自|做好|抓好|继续|独立|主要|负总责)$/;
/** The first two characters of a clause's predicate after a unit's name (进度滞后, 负责推进, 正在, 已完成…). */
const PREDICATE_START = /^(?:进度|进展|推进|正在|已经|已[完开启建落]|要[求把]|将[在于]|抓好|落实|完成|尚未|未能|目前|积极|认真|持续|切实|全力|加快|加强|做好|组织|开展|主动|协调|统筹|按照|根据|按职|依职|分别|各自|实施|推动|编制|制定|争取|研究|指导|督促|对接|申报|保障|召开|举办|办理|负责)/;
const FOOTNOTE = /(?:\[\^?[0-9]{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[①-⑳]|<sup>[^<>]{0,6}<\/sup>)$/;
const FIELD_WORD = /(?:完成时限|完成时间|时间节点|时限|责任人|联系人)$/;

/** A name broken by a page break may hold the page number between its halves (市发展改 / — 3 — / 革委). */
export function withoutPageNumbers(raw: string): string {
  return /[\r\n]/.test(raw) ? raw.split(/\r\n|\r|\n/).filter(l => !isPageNumber(l, true)).join('\n') : raw;
}

/**
 * A unit list cut short by a page break: the part before the break is empty or ends after a separator or a
 * label's colon, or inside a name (its last name does not end like a body's: 市工业和信, 市市场, 配合).
 */
export function listCutShort(before: string): boolean {
  let e = before.length;
  while (e > 0 && isSpace(before.charCodeAt(e - 1))) e--;
  if (e === 0) return true;
  // A list closed by 等 (市科技局、市财政局等), or that says there is none (配合单位：无), is complete.
  const end = before.slice(Math.max(0, e - 8), e);
  if (/等(?:有关|相关|其他)?(?:部门|单位)?$|(?:^|[:：、，,])\s*(?:无|暂无|—|-|\/)$/.test(end)) return false;
  const c = before.charCodeAt(e - 1);
  if (c === 0x3001 || c === 0xff0c || c === 44 || c === 0xff1a || c === 58 || c === 0xff1b || c === 59) return true;
  if (c < 0x4e00 || c > 0x9fff) return false;
  let s = e;
  while (s > 0 && e - s < 40) { const d = before.charCodeAt(s - 1); if (d < 0x4e00 || d > 0x9fff) break; s--; }
  const last = before.slice(s, e);
  return last.length < 3 || !UNIT_SUFFIX_RE.test(last);
}

/** A role marker after a unit's name: （牵头） （牵头单位） （主责） （配合） （参与） …, either bracket width. */
const ROLE_MARK = /[(（][ \t]{0,2}(牵头(?:单位|部门|负责)?|主责|配合(?:单位|部门)?|参与|协同|协助|协办)[ \t]{0,2}[)）]$/;
function markRole(m: string): Role { return m.startsWith('牵头') || m === '主责' ? 'lead' : 'cooperating'; }
const LEAD_MARK = /[(（][ \t]{0,2}(?:牵头(?:单位|部门|负责)?|主责)[ \t]{0,2}[)）]/;
/** The first lead marker after a name in `s` (`（牵头）`, `(牵头单位)`…) as written; fixes write new leads the same way. */
export function leadMarker(s: string): string | undefined { return LEAD_MARK.exec(s)?.[0]; }

/**
 * Parses the inside of one bracket pair (or a line that starts with a label). Returns undefined when the text
 * is not an annotation of responsible units (a bracketed remark, a year range, a place list…).
 */
export function parseAnnotation(content: string): Annotation | undefined {
  const text = content;
  const units: UnitMention[] = [];
  let firstLeadsRule = false;
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  // Leaders named before the units (责任领导：王建国；牵头单位：…): persons, skipped.
  for (let p: RegExpExecArray | null; (p = PERSON_LABEL.exec(text.slice(i, i + 12)));) {
    i = personSegmentEnd(text, i + p[0].length) + 1;
    while (i < text.length && /\s/.test(text[i])) i++;
  }
  const first = matchLabel(text.slice(i));
  if (first) {
    // Labelled: segments `LABEL:list` separated by ; or by , when the next segment starts with a label.
    let role = first.role;
    const hasRule = RULE_RE.test(text);
    let segStart = i + first.length;
    let k = segStart;
    while (k <= text.length) {
      let boundary = -1, nextRole: Role | undefined, nextLen = 0;
      for (; k < text.length; k++) {
        const c = text[k];
        // A label after white space alone also starts a segment: 牵头单位：A 配合单位：B (a converted PDF, a table).
        if (c === ';' || c === '；' || c === '。' || c === ',' || c === '，' || c === '\n' || c === ' ' || c === '\t' || c === '\u3000') {
          let p = k + 1;
          while (p < text.length && /\s/.test(text[p])) p++;
          const lab = matchLabel(text.slice(p, p + 24));
          if (lab) { boundary = k; nextRole = lab.role; nextLen = p - k + lab.length; break; }
          // Leaders named between the labels (牵头单位：A；责任领导：王建国；配合单位：B): the segment is skipped.
          const person = PERSON_LABEL.exec(text.slice(p, p + 12));
          if (person) {
            let e = personSegmentEnd(text, p + person[0].length);
            while (e + 1 < text.length && /\s/.test(text[e + 1])) e++;
            const after = matchLabel(text.slice(e + 1, e + 25));
            if (after) { boundary = k; nextRole = after.role; nextLen = e + 1 - k + after.length; break; }
            boundary = k; nextRole = undefined; nextLen = text.length - k; break;
          }
          // A clause without a label that ends with its role (牵头单位：A；B、C配合): a segment of that role.
          if (c === ';' || c === '；') {
            let e = p;
            while (e < text.length && e - p < 200 && text[e] !== ';' && text[e] !== '；' && text[e] !== '。') e++;
            if (COOP_VERB_END.test(text.slice(p, e))) { boundary = k; nextRole = 'cooperating'; nextLen = p - k; break; }
          }
          // The first-leads rule is a segment of its own; the labels after it are read on.
          if (hasRule && ((c === ';' || c === '；' || c === '。') ? RULE_RE : c === ',' || c === '，' ? RULE_AT : undefined)?.test(text.slice(p, p + 40))) { boundary = k; nextRole = role; nextLen = p - k; break; }
          k = p - 1; // the white space after it has been looked at: each character is read once
        }
      }
      const segEnd = boundary < 0 ? text.length : boundary;
      let seg = text.slice(segStart, segEnd);
      const verb = role === 'cooperating' ? COOP_VERB_END.exec(seg) : null;
      if (verb) seg = seg.slice(0, verb.index);
      // Roles said after the names under a 责任单位 label (责任单位：市水利局牵头，市农业农村局配合): the phrases.
      const phrased = role === 'responsible' && SEG_ROLES.test(seg) && !RULE_RE.test(seg) ? parseAnnotation(seg) : undefined;
      // The rule in brackets after the names (责任单位：A、B、C（排在第一位的为牵头单位）): the rule, and the names.
      const ruled = RULE_RE.test(seg) ? TRAILING_BRACKET.exec(seg) : null;
      if (phrased && !phrased.labelled) for (const u of phrased.units) units.push({ ...u, start: u.start + segStart, end: u.end + segStart });
      else if (ruled && RULE_RE.test(ruled[1]) && ruled.index > 0) { firstLeadsRule = true; splitUnitList(seg.slice(0, ruled.index), segStart, role, units); }
      else if (RULE_RE.test(seg)) firstLeadsRule = true;
      else splitUnitList(seg, segStart, role, units);
      if (boundary < 0 || nextRole === undefined) break;
      role = nextRole;
      segStart = boundary + nextLen;
      k = segStart;
    }
    return { units: units.filter(u => u.name.length <= 40), firstLeadsRule, labelled: true };
  }
  // Unlabelled phrases, clause by clause: X牵头 · Y参与/配合/协同 · X(会同Y)负责(落实) · X指导 · the lead rule.
  let start = 0;
  let recognised = 0, unrecognised = 0;
  let bare: { clause: string; base: number } | undefined;
  for (let k = 0; k <= text.length; k++) {
    const c = text[k];
    // 、 ends a clause too right after its role (省商务厅牵头、省财政厅配合).
    if (k < text.length && c !== ',' && c !== '，' && c !== ';' && c !== '；' && c !== '。' && !(c === '、' && LEAD_VERB_END.test(text.slice(Math.max(start, k - 4), k)))) continue;
    const clause = text.slice(start, k);
    const base = start;
    start = k + 1;
    if (!clause.trim()) continue;
    if (RULE_RE.test(clause)) { firstLeadsRule = true; recognised++; continue; }
    if (/^\s*(?:以下|下同|不再列出)/.test(clause)) continue;
    const before = units.length;
    if (parseClause(clause, base, units)) {
      recognised++;
      // Names alone before it, apart by a comma (A牵头，B，C按职责分工负责): they share its role.
      if (bare && units.length > before) {
        const joined: UnitMention[] = [];
        splitUnitList(bare.clause, bare.base, units[before].role, joined);
        units.splice(before, 0, ...joined);
        unrecognised--;
      }
      bare = undefined;
    } else {
      units.length = before;
      unrecognised++;
      const names: UnitMention[] = [];
      splitUnitList(clause, base, 'responsible', names);
      bare = (c === '，' || c === ',') && names.length && names.every(u => looksLikeUnit(u.name) && !/牵头|配合|负责/.test(u.name)) ? { clause, base } : undefined;
    }
  }
  if (recognised === 0 || units.length === 0) return undefined;
  if (!units.every(u => looksLikeUnit(u.name))) return undefined;
  if (unrecognised > recognised) return undefined;
  return { units, firstLeadsRule, labelled: false };
}

/** A label naming persons, not units: leaders, contacts (责任领导：王建国). */
const PERSON_LABEL = /^(?:责任|分管|牵头|包抓|联系|督办)?(?:[市县区省]级|[市县区省])?(?:领导|责任人|联系人)(?:同志)?[:：]/;
const PERSON_END = new Set(['；', ';', '。', '\n']);
/** Where a person segment that starts its names at `e` ends: at ；/。/a line's end, or a comma before a unit label. */
function personSegmentEnd(text: string, e: number): number {
  while (e < text.length && !PERSON_END.has(text[e]) && !((text[e] === '，' || text[e] === ',') && matchLabel(text.slice(e + 1, e + 25)))) e++;
  return e;
}
const LEAD_VERB_END = /(?:牵头|主责)$/;
/** A bracket that ends a segment: its content. */
const TRAILING_BRACKET = /[（(]([^（）()]{1,40})[)）][ \t]{0,2}$/;
/** Role verbs ending a clause inside a labelled segment (市水利局牵头，市农业农村局配合; not a marker 市水利局（牵头）). */
const SEG_ROLES = /(?:牵头|配合|参与|协同|协助)(?:单位|部门)?(?:[,，;；。]|$)/;

const CLAUSE_RES: [RegExp, (m: RegExpExecArray, base: number, out: UnitMention[]) => void][] = [
  // X会同Y负责 / X会同Y共同负责
  [/^(.{1,60}?)会同(.{1,80}?)(?:共同)?负责(?:落实)?$/, (m, b, o) => { list(m, 1, b, 'lead', o); list(m, 2, b, 'cooperating', o); }],
  // X为牵头单位 · Y为配合单位 (责任单位：市水利局为牵头单位，市发展改革委为配合单位)
  [/^(.+?)(?:为|是|作为)(?:牵头|主责)(?:单位|部门)$/, (m, b, o) => list(m, 1, b, 'lead', o)],
  [/^(.+?)(?:为|是|作为)(?:配合|参与|协办|协同)(?:单位|部门)$/, (m, b, o) => list(m, 1, b, 'cooperating', o)],
  // X牵头、Y参与 within one clause is rare; X牵头 alone
  [/^(.+?)(?:牵头|主责|牵头负责|负总责)$/, (m, b, o) => list(m, 1, b, 'lead', o)],
  [/^(.+?)(?:参与|配合|协同|协助|参加)$/, (m, b, o) => list(m, 1, b, 'cooperating', o)],
  [/^(.+?)(?:分别)?(?:按职责)?(?:分工)?负责(?:落实)?$/, (m, b, o) => list(m, 1, b, 'responsible', o)],
  [/^(.+?)指导$/, (m, b, o) => { const from = o.length; list(m, 1, b, 'lead', o); for (let k = from; k < o.length; k++) o[k] = { ...o[k], guides: true }; }],
  // A plain list with roles marked after names: 市发展改革委（牵头）、市财政局 · 市财政局（配合）
  [/^(?=.{0,300}?[(（][ \t]{0,2}(?:牵头|主责|配合|参与|协同|协助|协办)(?:单位|部门|负责)?[ \t]{0,2}[)）])(.+)$/, (m, b, o) => list(m, 1, b, 'responsible', o)],
];

function list(m: RegExpExecArray, group: number, base: number, role: Role, out: UnitMention[]): void {
  const g = m[group];
  const off = m.index + m[0].indexOf(g, group === 1 ? 0 : m[1].length);
  splitUnitList(g, base + off, role, out);
}

function parseClause(clause: string, base: number, out: UnitMention[]): boolean {
  if (clause.length > 300) return false; // no unit phrase is that long
  // Leading white space is kept in offsets: find the first non-space.
  let s = 0;
  while (s < clause.length && /\s/.test(clause[s])) s++;
  // （由市水利局牵头） · （请市水利局牵头） · （分别由A、B牵头）: the names start after 由 / 请.
  const by = BY_PREFIX.exec(clause.slice(s, s + 6));
  if (by) s += by[0].length;
  const body = clause.slice(s);
  for (const [re, fn] of CLAUSE_RES) {
    const m = re.exec(body);
    if (m) { fn(m, base + s, out); return true; }
  }
  return false;
}

const BY_PREFIX = /^(?:分别|均|主要|统一|具体)?(?:由|请)(?=[市县区省各中聊])/;

/** Resolves `responsible` roles: with the first-leads rule the first is lead and the rest cooperate; else all lead. */
export function resolveRoles(units: UnitMention[], firstLeads: boolean): UnitMention[] {
  let seenResponsible = false;
  return units.map(u => {
    if (u.role !== 'responsible') return u;
    const lead = !firstLeads || !seenResponsible;
    seenResponsible = true;
    return { ...u, role: lead ? 'lead' : 'cooperating' };
  });
}

/**
 * A notice's task: responsible units named beside units that lead it (牵头单位：A；责任单位：B、C · A牵头，B、C按职责
 * 分工负责) carry it out with them — they cooperate. `others`: leads named by other labelled lines of the task (own-
 * line 牵头单位： / 责任单位： lines). A unit also named as lead stays one; units that only guide (X指导，Y负责落实)
 * leave the others responsible.
 */
export function besideLeads(units: UnitMention[], others?: ReadonlySet<string>): UnitMention[] {
  // (Most tasks name no responsible unit: nothing to do, nothing made.)
  let any = false;
  for (const u of units) if (u.role === 'responsible') { any = true; break; }
  if (!any) return units;
  let leads: Set<string> | undefined = others?.size ? new Set(others) : undefined;
  for (const u of units) if (u.role === 'lead' && !u.guides) (leads ??= new Set()).add(u.name);
  if (!leads) return units;
  const l = leads;
  return units.map(u => (u.role === 'responsible' && !l.has(u.name) ? { ...u, role: 'cooperating' } : u));
}

function isSpace(c: number): boolean { return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff; }
/** White space, and the zero-width characters a web or WeChat copy leaves inside names. */
const SPACE_IN_NAME = /[\s\u200b-\u200d\u2060]/;
const SPACES = /[\s\u200b-\u200d\u2060]+/g;
