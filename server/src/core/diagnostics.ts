/**
 * Diagnostics of a draft: each rule of rules.ts applied to the analysis. Every diagnostic carries its fixes
 * (text edits as spans), so the LSP code-action provider and `policy-draft check --fix` share them.
 * Ranges cover the offending text itself (the number, the title, the unit), never the whole line.
 */
import { declaredAt, issuedBy, type DraftAnalysis } from './document';
import type { Task } from './notice';
import { isCollective, leadMarker, matchLabel } from './annotation';
import type { Role } from './annotation';
import { toChineseNumeral } from './numerals';
import { SELF_RE } from './aliases';
import { similarity } from './units';
import { articles, relabel } from './format';
import { effectiveSeverity, RuleId, RuleSettings } from './rules';
import { noticeSerial, taskByTitleKey, titleKeyOf } from './scanner';
import type { Citation, UnitList, UnitRef } from './scanner';
import type { Locale, Severity, Span } from './types';
import { IndexedNotice, titleKey } from './workspace';

export interface TextEdit { span: Span; newText: string }
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Unambiguous: `check --fix` may apply it without asking. */
  safe: boolean;
}
export interface CoreDiagnostic {
  rule: RuleId;
  severity: Severity;
  span: Span;
  message: string;
  fixes: Fix[];
}

export interface DiagnosticOptions { locale?: Locale; rules?: RuleSettings }

/**
 * A diagnostic whose fixes are built when first read: a publish needs only rule, span and message, and a draft
 * with a hundred thousand findings should not pay for a hundred thousand replacement texts nobody asked for.
 */
class Diagnostic implements CoreDiagnostic {
  private f: Fix[] | (() => Fix[]);
  constructor(readonly rule: RuleId, readonly severity: Severity, readonly span: Span, readonly message: string, fixes: Fix[] | (() => Fix[])) { this.f = fixes; }
  get fixes(): Fix[] { const f = this.f; return typeof f === 'function' ? (this.f = f()) : f; }
  toJSON(): CoreDiagnostic { return { rule: this.rule, severity: this.severity, span: this.span, message: this.message, fixes: this.fixes }; }
}
const NO_FIXES: Fix[] = [];

export function computeDiagnostics(a: DraftAnalysis, opts: DiagnosticOptions = {}): CoreDiagnostic[] {
  const en = opts.locale === 'en';
  const out: CoreDiagnostic[] = [];
  // Messages repeat (the same unit, the same task, row after row of a table): one flat copy of each is kept.
  const messages = new Map<string, string>();
  const emit: Emit = (rule, span, zh, enMsg, fixes = NO_FIXES) => {
    const sev = effectiveSeverity(rule, opts.rules);
    if (sev === 'off') return;
    const m = en ? enMsg : zh;
    let message = messages.get(m);
    if (message === undefined) { message = m; messages.set(m, m); }
    out.push(new Diagnostic(rule, sev, span, message, fixes));
  };
  const t = (zh: string, enMsg: string) => (en ? enMsg : zh);

  // In a notice that numbers its tasks within each section, messages name tasks as it does (第二部分第（三）项).
  const emitIn = (n: IndexedNotice): Emit => (!n.notice.sectionItems && !articles(n) ? emit
    : (rule, span, zh, enMsg, fixes) => {
      const named = (f: Fix[]): Fix[] => f.map(x => ({ ...x, title: relabel(n, x.title, en ? 'en' : 'zh') }));
      emit(rule, span, relabel(n, zh, 'zh'), relabel(n, enMsg, 'en'), typeof fixes === 'function' ? () => named(fixes()) : fixes && named(fixes));
    });
  for (const c of a.citations) {
    const n = c.binding.notice ? a.ctx.index.get(c.binding.notice) : undefined;
    if (!n) continue;
    checkCitation(c, n, a, emitIn(n), t);
  }
  // Units: every list, checked against the notice of its group (or the implicit notice when it has none).
  const perGroup = new Map<number, GroupInfo>();
  for (const l of a.lists) {
    let e = l.group !== undefined ? perGroup.get(l.group) : undefined;
    if (!e) {
      const g = l.group !== undefined ? a.groups[l.group] : undefined;
      const cits = g ? g.citations.map(k => a.citations[k]) : [];
      const bound = cits.find(c => c.binding.notice)?.binding.notice;
      const n = bound ? a.ctx.index.get(bound) : (declaredAt(a, l.span.start) ?? a.ctx.index.default());
      e = { cits, n, tasks: n ? uniqueTasks(cits, n) : [], external: cits.length > 0 && cits.every(c => c.binding.via === 'external') };
      // The number is the typo: the quoted title is another task's (title-mismatch offers that number) and the
      // units fit that task. Checking them against the number written would only repeat the mistake.
      if (n && g && e.tasks.length === 1 && cits.length === 1 && cits[0].title && cits[0].numbers.length === 1) {
        const owner = taskByTitleKey(n, titleKey(cits[0].title.text));
        if (owner && owner !== e.tasks[0] && unitsFit(g.lists.map(k => a.lists[k]), owner, n, issuerFor(a, n))) e.tasks = [];
      }
      if (l.group !== undefined) perGroup.set(l.group, e);
    }
    const { n, tasks } = e;
    if (e.external || !n) continue;
    checkList(l, tasks, n, a, emitIn(n), t, e);
  }
  // Informal names in prose outside unit lists (a term dictionary's findings), as in a list.
  for (const m of a.mentions) {
    const r = a.ctx.index.get(m.notice)?.units.resolve(m.name);
    if (!r) continue;
    const canon = r.unit.name;
    emit('non-canonical-unit', m.span, `应写作通知中的“${canon}”`, `Write the notice’s form “${canon}”`,
      () => [{ title: t(`改为“${canon}”`, `Change to “${canon}”`), edits: [{ span: m.span, newText: canon }], safe: true }]);
  }
  for (const d of a.docNumbers) {
    // 《聊城市人民政府办公室关于印发…的通知》（聊政办发〔2023〕3号）: the title's notice has another 文号.
    const titled = d.titleOf ? a.ctx.index.get(d.titleOf) : undefined;
    const right = titled?.notice.docNumber;
    if (right && right !== d.text) {
      emit('doc-number-format', d.span, `《${titled!.notice.title ?? ''}》的发文字号是${right}`, `That notice’s document number is ${right}`,
        [{ title: t(`改为${right}`, `Change to ${right}`), edits: [{ span: d.span, newText: right }], safe: true }]);
      continue;
    }
    if (d.ok && d.serialOk) continue;
    // 聊政办字〔2023〕第3号 or 〔2023〕03号 for the notice's 〔2023〕3号, or full-width digits (〔２０２３〕３号): the year
    // and serial are rewritten together.
    const dn = !d.serialOk && d.notice ? a.ctx.index.get(d.notice) : undefined;
    const serial = dn && noticeSerial(dn);
    const rest = a.text.slice(d.yearSpan.end, d.span.end), restAscii = rest.replace(/[０-９]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[ \t]/g, '');
    const fullWidth = !d.ok && (rest !== restAscii || /[０-９ \t]/.test(a.text.slice(d.yearSpan.start, d.yearSpan.end)));
    if (serial !== undefined || fullWidth) {
      const span = { start: d.yearSpan.start, end: d.span.end };
      const want = `〔${d.parts.year}〕${serial !== undefined ? `${serial}号` : restAscii}`;
      // What is wrong with it, each said once: the brackets, full-width digits, spaces.
      const written = a.text.slice(d.yearSpan.start, d.span.end), year = a.text.slice(d.yearSpan.start, d.yearSpan.end).trim();
      const why: [string, string][] = [];
      if (year[0] !== '〔' || year[year.length - 1] !== '〕') why.push(['年份用六角括号', 'the year in hexagonal brackets']);
      if (/[０-９]/.test(written)) why.push(['数字用半角阿拉伯数字', 'in ASCII digits']);
      if (/[ \t]/.test(written)) why.push(['不留空格', 'without spaces']);
      const [zh, en] = serial === undefined ? [`发文字号应写作${want}：${why.map(w => w[0]).join('，')}`, `Write the document number as ${want}: ${why.map(w => w[1]).join(', ')}`]
        : d.ok ? [`发文字号的序号不加“第”字、不编虚位：${want}`, `A document number’s serial takes no 第 and no leading zero: ${want}`]
        : [`发文字号应写作${want}：年份用六角括号，序号不加“第”字、不编虚位`, `Write the document number as ${want}: the year in hexagonal brackets, no 第 or leading zero in the serial`];
      emit('doc-number-format', span, zh, en, [{ title: t(`改为${want}`, `Change to ${want}`), edits: [{ span, newText: want }], safe: true }]);
      continue;
    }
    if (d.ok) continue;
    const inner = a.text.slice(d.yearSpan.start, d.yearSpan.end).trim().slice(1, -1).trim();
    emit('doc-number-format', d.yearSpan,
      `发文字号年份应使用六角括号：〔${inner}〕`, `Use hexagonal brackets for the year: 〔${inner}〕`,
      [{ title: t(`改为〔${inner}〕`, `Change to 〔${inner}〕`), edits: [{ span: d.yearSpan, newText: `〔${inner}〕` }], safe: true }]);
  }
  out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  return out;
}

type Emit = (rule: RuleId, span: Span, zh: string, en: string, fixes?: Fix[] | (() => Fix[])) => void;
type T = (zh: string, en: string) => string;

function checkCitation(c: Citation, n: IndexedNotice, a: DraftAnalysis, emit: Emit, t: T): void {
  const dn = n.notice.docNumber ?? n.notice.title ?? n.uri;
  if (c.kind === 'range') {
    const [lo, hi] = c.items;
    for (const it of [lo, hi]) {
      if (!n.byNumber.has(it.n)) emit('unknown-task', it.span, `${dn} 中没有第${fmt(it.n)}项任务（共${n.maxTask}项）`, `${dn} has no task ${fmt(it.n)} (it has ${n.maxTask})`);
    }
    if (lo.n > hi.n) emit('unknown-task', { start: lo.span.start, end: hi.span.end }, `范围第${lo.n}至${hi.n}项首尾颠倒`, `Range ${lo.n}–${hi.n} is reversed`);
  } else if (c.kind !== 'title') {
    for (let k = 0; k < c.items.length; k++) {
      const it = c.items[k];
      // An item its section does not have (第二部分第（九）项): -1.
      if (it.n < 0) { const w = a.text.slice(c.span.start, c.span.end); emit('unknown-task', it.span, `${dn} 中没有${w}`, `${dn} has no ${w}`); continue; }
      if (!n.byNumber.has(it.n)) emit('unknown-task', it.span, `${dn} 中没有第${fmt(it.n)}项任务（共${n.maxTask}项）`, `${dn} has no task ${fmt(it.n)} (it has ${n.maxTask})`);
      // A range inside a list (第3、8—6项)
      const lo = c.items[k - 1];
      if (it.range && lo && lo.n > it.n) emit('unknown-task', { start: lo.span.start, end: it.span.end }, `范围第${lo.n}至${it.n}项首尾颠倒`, `Range ${lo.n}–${it.n} is reversed`);
    }
  }
  if (!c.title || c.numbers.length !== 1) return;
  const task = n.byNumber.get(c.numbers[0]);
  if (!task) return;
  const q = titleKey(c.title.text);
  const own = titleKeyOf(n, task);
  if (!q || q === own) return;
  const owner = taskByTitleKey(n, q);
  // A shortened title of the same task is not a mismatch; another task's exact title is.
  if (!owner && (own.includes(q) || q.includes(own) || abbreviates(q, own))) return;
  // A term quoted from the task's own text (第11项“千企技改”…) is no title.
  if (!owner && textKeyOf(task).includes(q)) return;
  // A lightly reworded title (深化 for 推进, 农民农村 for 农村农民): not another task's, but not as the notice writes it.
  // The task's title with its inner quotes as the draft nests them (‘一带一路’ inside “…”, as GB/T 15834 has it).
  const newTitle = /[‘’]/.test(c.title.text) ? task.title.replace(/“([^“”]*)”/g, '‘$1’') : task.title;
  if (!owner && similarity(q, own) >= 0.7) {
    emit('title-variant', c.title.span, `第${task.number}项在通知中的名称是“${task.title}”`, `Task ${task.number} is titled “${task.title}” in the notice`,
      () => [{ title: t(`改为通知中的名称“${newTitle}”`, `Use the notice’s title “${newTitle}”`), edits: [{ span: c.title!.span, newText: newTitle }], safe: false }]);
    return;
  }
  // No task has this exact title, but another's is near it (第27项“加强水土流失治理” for 28’s): the number may be the
  // typo, so neither fix is certain; citing that task is offered first.
  const near = owner ? undefined : nearTitleTask(n, q, task);
  // Numbered within sections, a task's number cannot be swapped in place (its section may differ too).
  const bySection = !!n.notice.sectionItems;
  const replaceTitle = (): Fix => ({ title: t(`改为第${task.number}项的名称“${newTitle}”`, `Use task ${task.number}’s title “${newTitle}”`), edits: [{ span: c.title!.span, newText: newTitle }], safe: !owner && !near });
  if (near) {
    const num = c.items[0];
    const swap = (): Fix => ({ title: t(`改为第${near.number}项（引号中的名称与其相近）`, `Cite task ${near.number} (the quoted title is near its)`), edits: [{ span: num.span, newText: numberLike(a.text.slice(num.span.start, num.span.end), near.number) }], safe: false });
    emit('title-mismatch', c.title.span, `第${task.number}项的名称是“${task.title}”，通知中没有“${c.title.text}”（与第${near.number}项“${near.title}”相近）`, `Task ${task.number} is “${task.title}”; the notice has no task “${c.title.text}” (near task ${near.number}, “${near.title}”)`, () => (bySection ? [replaceTitle()] : [swap(), replaceTitle()]));
  } else if (owner) {
    const num = c.items[0];
    const swap = (): Fix => ({ title: t(`改为第${owner.number}项（引号中的名称属于该项）`, `Cite task ${owner.number} (the quoted title is its)`), edits: [{ span: num.span, newText: numberLike(a.text.slice(num.span.start, num.span.end), owner.number) }], safe: false });
    emit('title-mismatch', c.title.span, `“${c.title.text}”是第${owner.number}项的名称，第${task.number}项是“${task.title}”`, `“${c.title.text}” is task ${owner.number}’s title; task ${task.number} is “${task.title}”`, () => (bySection ? [replaceTitle()] : [swap(), replaceTitle()]));
  } else {
    emit('title-mismatch', c.title.span, `第${task.number}项的名称是“${task.title}”，通知中没有“${c.title.text}”`, `Task ${task.number} is “${task.title}”; the notice has no task “${c.title.text}”`, () => [replaceTitle()]);
  }
}

/** Another task whose title is near `q` (a normalised title) and nearer than `own`'s: the best such, or undefined. */
function nearTitleTask(n: IndexedNotice, q: string, own: Task): Task | undefined {
  const mine = similarity(q, titleKeyOf(n, own));
  let best: Task | undefined, bestS = Math.max(0.6, mine + 0.15);
  for (const t of n.notice.tasks) {
    if (t === own) continue;
    const sc = similarity(q, titleKeyOf(n, t));
    if (sc >= bestS) { best = t; bestS = sc; }
  }
  return best;
}

/** The notice's name of a unit named in a draft; in a county's document, also of the county's body standing for it. */
function draftUnit(n: IndexedNotice, name: string, issuer: string | undefined, writer?: string): string | undefined {
  const r = n.units.resolve(name);
  if (!r && writer && WRITER_RE.test(name)) return writer;
  if (r || !issuer) return r?.unit.name;
  const own = countyBody(name, issuer);
  return own ? resolveCounterpart(n, own)?.unit.name : undefined;
}

/**
 * A drafter's short form of a title: pieces of two characters or more, in the title's order (第27项“灌区改造” for
 * 推进大中型灌区续建配套与现代化改造), four characters at least.
 */
function abbreviates(q: string, title: string): boolean {
  if (q.length < 4 || q.length >= title.length) return false;
  let at = 0, i = 0;
  while (i < q.length) {
    // The longest piece of q from i found in the title from `at` on.
    let len = 0, found = -1;
    for (let l = q.length - i; l >= 2; l--) { const p = title.indexOf(q.slice(i, i + l), at); if (p >= 0) { len = l; found = p; break; } }
    if (found < 0) return false;
    at = found + len;
    i += len;
  }
  return true;
}

const COUNTY_SHORT = /^[县区][\u4e00-\u9fff]{2}[局委]$/;
const COUNTY_FULL = /^[县区](?:教育|文化|体育|卫生|科技|农业|林业|水务)局$/;

/** Words after which the units named work with the leads (由A牵头，会同B推进 · 联合B). */
const JOINED_PARTNER = ['会同', '协同', '联合'];

/** Does `text` from `from` to the end of its sentence name unit `m` (any of its forms) right after `word`? */
function blockNames(text: string, from: number, word: string, m: string, reg: IndexedNotice['units']): boolean {
  let end = from;
  while (end < text.length && end - from < 80 && !'。；;\n'.includes(text[end])) end++;
  const s = text.slice(from, end);
  for (let k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
    // The names after the word, joined by 、 和 及 (会同市城管局、市工业和信息化局推进): any of them.
    let rest = s.slice(k + word.length);
    for (let guard = 0; guard < 12 && rest; guard++) {
      let hit = 0;
      for (let e = Math.min(rest.length, 20); e >= 3; e--) { const r = reg.resolve(rest.slice(0, e)); if (r) { if (r.unit.name === m) return true; hit = e; break; } }
      if (!hit || !/^[、和及]/.test(rest.slice(hit))) break;
      rest = rest.slice(hit + 1);
    }
  }
  return false;
}

/** The writer's own body by itself (我局, 本委, 我单位; not a division of it). */
const WRITER_RE = /^(?:我|本)(?:局|委|办|厅|单位|部门)$/;

/**
 * The county whose own document this is, when its bodies stand for the notice's city units: not when the notice is
 * that county's own (莘县's notice names 县财政局 itself).
 */
function issuerFor(a: DraftAnalysis, n: IndexedNotice): string | undefined {
  const i = a.ctx.issuer;
  return i && !issuedBy(n, i) ? i : undefined;
}

/** The city unit a county body's name stands for: 市卫生健康局 is the city's 市卫生健康委 (a county 局 for a city 委). */
function resolveCounterpart(n: IndexedNotice, name: string): ReturnType<IndexedNotice['units']['resolve']> {
  return n.units.resolve(name) ?? (name.endsWith('局') ? n.units.resolve(name.slice(0, -1) + '委') : undefined);
}

/**
 * A body of the county `issuer` (冠县工业和信息化局, 县发展和改革局, 市生态环境局冠县分局): the city unit's name it stands
 * for, to look up ('' when it names none); undefined when the name is not the county's.
 */
function countyBody(name: string, issuer: string): string | undefined {
  // 市生态环境局冠县分局 / 聊城市生态环境局冠县分局 / 市生态环境局东昌府分局 (the county without 区).
  const short = issuer.length > 2 ? issuer.slice(0, -1) : issuer;
  for (const place of [issuer, short]) {
    if (!name.endsWith(`${place}分局`)) continue;
    const base = name.slice(0, -(place.length + 2)).replace(/^[\u4e00-\u9fff]{2,3}(?=市)/, '');
    if (base.startsWith('市') && base.length >= 3) return base;
  }
  const rest = name.startsWith(issuer) ? name.slice(issuer.length) : name[0] === issuer[issuer.length - 1] ? name.slice(1) : undefined;
  return rest === undefined ? undefined : rest.length >= 2 ? '市' + rest : '';
}

/** Every unit of these lists with a role is the task's, in that role (a lead leads it); one lead is named at least. */
function unitsFit(lists: UnitList[], task: Task, n: IndexedNotice, issuer: string | undefined): boolean {
  const leads = new Set(leadNames([task], n)), coops = new Set(coopNames([task], n));
  let named = false;
  for (const l of lists) {
    for (const u of l.units) {
      const c = draftUnit(n, u.name, issuer);
      if (!c) continue;
      if (u.role === 'lead' || u.role === 'responsible') { if (!leads.has(c) && !(u.role === 'responsible' && coops.has(c))) return false; if (leads.has(c)) named = true; }
      else if (!coops.has(c) && !leads.has(c)) return false;
    }
  }
  return named;
}

function uniqueTasks(cits: Citation[], n: IndexedNotice): Task[] {
  const seen = new Set<number>();
  const out: Task[] = [];
  // Excluded tasks (第43、44项除外) are not the group's.
  for (const c of cits) if (c.exclude) for (const x of c.numbers) seen.add(x);
  for (const c of cits) {
    if (c.binding.notice !== n.id || c.exclude) continue;
    for (const x of c.numbers) {
      if (seen.has(x)) continue;
      seen.add(x);
      const task = n.byNumber.get(x);
      if (task) out.push(task);
    }
  }
  return out;
}

interface GroupInfo {
  cits: Citation[]; n?: IndexedNotice; tasks: Task[]; external: boolean;
  leadCheck?: { first: UnitList | undefined; named: Set<string>; unplaced: boolean };
  /** Canonical leads and cooperating units of the cited tasks, with the texts messages quote (set on first use). */
  units?: { leads: Set<string>; coops: Set<string> }; leads?: string[]; cited?: string; leadList?: string;
  /** Leads of every cited task (several cited). */
  common?: string[];
}

function checkList(l: UnitList, tasks: Task[], n: IndexedNotice, a: DraftAnalysis, emit: Emit, t: T, info: GroupInfo): void {
  const reg = n.units;
  // Tasks whose units the notice does not give (聊政办字〔2023〕3号's 104–106): nothing to check the roles against.
  if (tasks.length && tasks.every(tk => !tk.leads.length && !tk.cooperating.length)) tasks = [];
  // Per group, not per list: a group's lists share its tasks.
  const sets = tasks.length ? (info.units ??= unionUnits(n, tasks)) : undefined;
  const citedText = () => (info.cited ??= tasks.length === 1 ? t(`第${tasks[0].number}项`, `task ${tasks[0].number}`) : t(`所引${tasks.length}项任务`, `the ${tasks.length} cited tasks`));
  const taskLeads = () => (info.leads ??= leadNames(tasks, n));
  const leadList = () => (info.leadList ??= taskLeads().join(t('、', ', ')) || t('无', 'none'));
  let lf: Fix[] | undefined;
  const fixList = () => (lf ??= listFixes(l, tasks, n, a, t));
  const issuer = issuerFor(a, n);
  // 第36、37项分别由A、B牵头: the k-th lead named goes with the k-th task cited, when they are as many.
  const pairs = l.respective ? respectivePairs(l, tasks) : undefined;
  for (const u of l.units) {
    // 我局 in a document whose head or signature names its writer is that unit.
    let r = reg.resolve(u.name) ?? (a.ctx.writer && WRITER_RE.test(u.name) ? reg.resolve(a.ctx.writer) : undefined);
    // In a county's own document its bodies stand for the city's (冠县工业和信息化局, 县发展和改革局, 市生态环境局冠县
    // 分局 → the notice's unit); a body of its own the notice cannot know is not reported.
    let county = false;
    if (!r && issuer) {
      const own = countyBody(u.name, issuer);
      if (own !== undefined) { r = own ? resolveCounterpart(n, own) : undefined; if (!r) continue; county = true; }
    }
    if (!r) {
      if (reg.units.length === 0 || isCollective(u.name) || l.again) continue;
      const other = reg.otherLevelOf(u.name);
      const sugg = reg.suggest(u.name);
      // A partner the notice does not list (配合单位：市统计局, 国网聊城供电公司, 聊城大学) is the office's own choice;
      // one that looks like a misspelt unit of the notice (市发展改委: a suggestion) or a lower-level body is reported.
      if (u.role === 'cooperating' && !other && (reg.isCityBody(u.name) || !sugg.length)) continue;
      const fixes = () => sugg.map((s): Fix => ({ title: t(`改为“${s}”`, `Change to “${s}”`), edits: [{ span: u.span, newText: s }], safe: false }));
      if (other) {
        emit('unknown-unit', u.span, `“${u.name}”是下级单位，不是通知中的“${other.name}”`, `“${u.name}” is a lower-level unit, not the notice’s “${other.name}”`, fixes);
      } else {
        emit('unknown-unit', u.span, `通知中没有“${u.name}”${sugg.length ? `，是否指：${sugg.join('、')}？` : ''}`, `The notice has no unit “${u.name}”${sugg.length ? `; did you mean ${sugg.join(', ')}?` : ''}`, fixes);
      }
      continue;
    }
    const canon = r.unit.name;
    if (r.unit.collective) continue;
    // The notice's name with a second nameplate after it (市发展改革委（市能源局）) is the notice's form too.
    const plate = u.name !== canon ? reg.secondNameplate(u.name) : undefined;
    // The name as the notice itself writes it for a cited task (市住房和城乡建设局 in task 45) is not informal.
    if (!county && !l.again && u.name !== canon && plate !== canon && !reg.nameplates.has(u.name) && !WRITER_RE.test(u.name) && !tasks.some(tk => tk.leads.some(x => x.name === u.name) || tk.cooperating.some(x => x.name === u.name))) {
      // 市发改委（市能源局） → 市发展改革委（市能源局）: the second nameplate is kept.
      const written = a.text.slice(u.span.start, u.span.end);
      // A second nameplate in brackets (市能源局, 聊城市能源局) is kept: the fix replaces the name before it.
      const open = Math.max(written.lastIndexOf('('), written.lastIndexOf('（'));
      let cut = plate || (open > 0 && /[)）]$/.test(written) && reg.isNameplate(written.slice(open + 1, -1))) ? open : -1;
      while (cut > 0 && /\s/.test(written[cut - 1])) cut--;
      const span = cut > 0 ? { start: u.span.start, end: u.span.start + cut } : u.span;
      // A name without its level (工业和信息化局) at the start of a line may have it on the line before (冠县 |
      // 工业和信息化局): the fix is offered, not applied unasked. (Only the name's own line is looked at: diagnostics
      // depend on their block alone, and a block starts at a line's start.)
      emit('non-canonical-unit', u.span, `应写作通知中的“${canon}”`, `Write the notice’s form “${canon}”`,
        // Across a page break (市市场 | — 4 — | 监督管理局) the fix would delete the page number too: offered only.
        () => [{ title: t(`改为“${canon}”`, `Change to “${canon}”`), edits: [{ span, newText: canon }], safe: !levelLessAtLineStart(a.text, u.span.start) && !/[\r\n]/.test(written) }]);
    }
    // A county's body by its short name (县工信局, 区住建局): the city's short form (市工信局) is an informal one of the
    // notice's unit. Its full name is the county's own, which the notice does not give: no fix.
    // (Two characters before 局/委 only: 县自然资源局 and 县教育局 are counties' own full names, not short ones.)
    if (county && !l.again && COUNTY_SHORT.test(u.name) && !COUNTY_FULL.test(u.name)) {
      const cityForm = '市' + u.name.slice(1);
      const rr = reg.resolve(cityForm);
      const re = reg.informalForms();
      let whole = false;
      if (re && rr && rr.via === 'alias' && cityForm !== canon && cityForm.length < canon.length) { re.lastIndex = 0; const m = re.exec(cityForm); whole = !!m && m.index === 0 && m[0] === cityForm; re.lastIndex = 0; }
      if (whole) {
        emit('non-canonical-unit', u.span, `“${u.name}”是简称，应写该单位的全称（对应通知中的“${canon}”）`, `“${u.name}” is a short name; write the body’s full name (the notice’s “${canon}”)`);
      }
    }
    if (!sets) continue;
    // A county body is quoted as written (县科技局), not as the city unit it stands for.
    const shown = county ? u.name : WRITER_RE.test(u.name) ? `${u.name}（${canon}）` : canon;
    const own = pairs?.get(u);
    if (own) { checkRespective(u, canon, shown, own, pairs!, n, a, emit, t); continue; }
    if (l.byUnit) {
      const cits = l.own === undefined ? info.cits : info.cits.slice(0, l.own);
      const mine = l.own === undefined ? tasks : uniqueTasks(cits, n);
      checkOwnTasks(u.role, canon, shown, mine, cits, n, emit, t);
      continue;
    }
    const leads = sets.leads.has(canon);
    const coops = sets.coops.has(canon);
    // The one lead a sentence names for a range or list of tasks (第41—47项由市发展改革委牵头 · 第26项、第24项由市水利局
    // 牵头) must lead each of them. Not a labelled list (第26项和第50项（牵头单位：…）, often one task's units), a list
    // cut short with 等 (some leads only), a bracket joined to an unsaid subject (第64项、第98项（与A共同牵头）: the
    // task before it), nor several leads for several tasks (they may share them out).
    if (u.role === 'lead' && leads && tasks.length > 1 && !l.labelled && !l.unsaidSubject && l.units.filter(x => x.role === 'lead').length === 1 && a.text.charCodeAt(u.span.end) !== 0x7b49 /* 等 */) {
      const not: number[] = [], led: number[] = [];
      for (const tk of tasks) (canonicalUnits(n, tk).leads.has(canon) ? led : not).push(tk.number);
      if (not.length) {
        emit('wrong-lead-unit', u.span, `“${shown}”不牵头其中的第${not.join('、')}项（所引${tasks.length}项任务中它牵头的是第${led.join('、')}项）`,
          `“${shown}” does not lead task(s) ${not.join(', ')} of the ${tasks.length} cited (it leads ${led.join(', ')})`);
      }
      continue;
    }
    if (u.role === 'lead' && !leads) {
      if (coops) {
        // Of several tasks, the ones it cooperates on (第26—28项: only 27).
        const on = tasks.length > 1 ? tasks.filter(tk => canonicalUnits(n, tk).coops.has(canon)).map(tk => tk.number) : [];
        if (on.length && on.length < tasks.length) emit('cooperating-unit-as-lead', u.span, `“${shown}”是第${on.join('、')}项的配合单位，不牵头${citedText()}中的任何一项`, `“${shown}” cooperates on task(s) ${on.join(', ')}; it leads none of ${citedText()}`, fixList);
        else emit('cooperating-unit-as-lead', u.span, `“${shown}”是${citedText()}的配合单位，不是牵头单位`, `“${shown}” cooperates on ${citedText()}; it does not lead`, fixList);
      }
      else { const m = t(`“${shown}”不牵头${citedText()}（牵头单位：${leadList()}）`, `“${shown}” does not lead ${citedText()} (leads: ${leadList()})`); emit('wrong-lead-unit', u.span, m, m, fixList); }
    } else if (u.role === 'responsible' && !leads && !coops) {
      const m = t(`“${shown}”不是${citedText()}的责任单位（牵头单位：${leadList()}）`, `“${shown}” is not responsible for ${citedText()} (leads: ${leadList()})`);
      emit('wrong-lead-unit', u.span, m, m, fixList);
    }
  }
  // A lead left out of a list that names leads: any lead of a single cited task; of several (第21、22项), a unit
  // that leads every one of them. A lead of only some of them may be another office's part: not reported.
  // Respective leads name one lead a task: which others lead it is not what the sentence says.
  // A list organised by unit names the tasks of one unit: their other leads are under their own headings.
  // Nor does a phrase that names the tasks after it by a lead (我局牵头的第35项).
  if (pairs || l.byUnit || l.someLeads) return;
  if (tasks.length >= 1 && l.units.some(u => u.role === 'lead' || u.role === 'responsible')) {
    // Report once per group: on its first list that names leads (computed once per group).
    if (!info.leadCheck) {
      const listsOfGroup = l.group !== undefined ? a.groups[l.group].lists.map(k => a.lists[k]) : [l];
      const named = new Set<string>();
      // The writer's own body left unsaid (与A、B共同牵头) may be the missing lead.
      let unplaced = listsOfGroup.some(x => x.unsaidSubject), collective = false;
      for (const x of listsOfGroup) for (const u of x.units) {
        if (u.role !== 'lead' && u.role !== 'responsible') continue;
        const r = draftUnit(n, u.name, issuer, a.ctx.writer);
        if (r) named.add(r);
        // The writer's own body (我局与市城管局共同牵头) may be the missing lead, as may a county's body the notice
        // cannot place (县卫生健康局 for 市卫生健康委?), and a list cut short with 等 (市委组织部等) names some only.
        else if (SELF_RE.test(u.name) || (issuer && countyBody(u.name, issuer) !== undefined)) unplaced = true;
        // Places or a collective alone (由临清市、冠县牵头 · 由各县（市、区）负责): whose bodies lead is not said.
        else if (isCollective(u.name)) collective = true;
        // A misspelt name (市水力局) or a lower level's body (冠县工业和信息化局 in a city document) is reported as
        // unknown-unit with the unit it probably is: that one is not missing too (its fix would keep the wrong name).
        else { const o = n.units.otherLevelOf(u.name); const s = o ? o.name : n.units.suggest(u.name)[0]; if (s) named.add(s); }
        if (a.text.charCodeAt(u.span.end) === 0x7b49 /* 等 */) unplaced = true;
      }
      if (collective && !named.size) unplaced = true;
      info.leadCheck = { first: listsOfGroup.find(x => x.units.some(u => u.role === 'lead' || u.role === 'responsible')), named, unplaced };
    }
    if (info.leadCheck.first !== l) return;
    if (info.leadCheck.unplaced) return;
    const named = info.leadCheck.named;
    const missing = (tasks.length === 1 ? taskLeads() : (info.common ??= commonLeads(tasks, n))).filter(x => !named.has(x));
    if (missing.length) {
      // The new leads go after the last lead named (not after a 责任单位 segment that follows the leads).
      const marked = l.units.filter(u => u.role === 'lead' && !isCollective(u.name));
      const leadUnits = marked.length ? marked : l.units.filter(u => u.role === 'lead' || u.role === 'responsible');
      const lastLead = leadUnits[leadUnits.length - 1];
      // After 市科技局（牵头） the added leads go after the marker and carry it too.
      const tail = a.text.slice(lastLead.span.end, lastLead.span.end + 12);
      const mark = leadMarker(tail);
      const at = mark && tail.startsWith(mark) ? lastLead.span.end + mark.length : lastLead.span.end;
      // Units one a line (牵头单位： | - 市工业和信息化局): the added ones go on lines of their own, bullets as written.
      // (Looked for within the list only: a line of 80,000 lists would make it quadratic.)
      let lineStart = lastLead.span.start;
      while (lineStart > l.span.start && a.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
      const bullet = a.text.slice(lineStart, lastLead.span.start);
      const oneALine = lineStart > l.span.start && /^[ \t]{0,3}(?:[-*+•·][ \t]{1,3})?$/.test(bullet);
      // Beside a unit named as lead that does not lead (市商务局 for 58, a cooperating 市城管局 for 43) adding the
      // leads would keep the wrong one: offered, not applied unasked.
      const wrongNamed = [...named].some(x => !sets?.leads.has(x));
      // A 责任单位 list naming a unit that does not lead (a cooperating one) is read first-leads by many: the leads go
      // in front of it (after the leads named, when they lead).
      const front = wrongNamed && !marked.length && !oneALine && !mark && leadUnits.every(u => u.role === 'responsible');
      const add = (): Fix => ({
        title: t(`补上牵头单位：${missing.join('、')}`, `Add lead unit(s): ${missing.join(', ')}`),
        edits: [front
          ? { span: { start: leadUnits[0].span.start, end: leadUnits[0].span.start }, newText: missing.map(m => m + '、').join('') }
          : { span: { start: at, end: at }, newText: missing.map(m => (oneALine ? '\n' + bullet : '、') + m + (at > lastLead.span.end ? mark : '')).join('') }],
        safe: !wrongNamed,
      });
      const span = { start: leadUnits[0].span.start, end: lastLead.span.end };
      // Under a first-leads rule one unit leads: adding names would not add leads.
      // In a county's own document the notice's city units stand for the county's bodies that match them.
      const [zhC, enC] = issuer ? [`（在${issuer}为其对应部门）`, ` (in ${issuer}, the matching bodies)`] : ['', ''];
      const [zh, en] = tasks.length === 1
        ? [`第${tasks[0].number}项的牵头单位还有：${missing.join('、')}${zhC}`, `Task ${tasks[0].number} is also led by: ${missing.join(', ')}${enC}`]
        : [`所引${tasks.length}项任务都由${missing.join('、')}牵头${zhC}，这里没有列出`, `All ${tasks.length} cited tasks are led by ${missing.join(', ')}${enC}, not named here`];
      // A missing lead the sentence names as a partner of the leads (由A牵头，会同B推进): not left out.
      if (missing.every(m => JOINED_PARTNER.some(w => blockNames(a.text, l.span.end, w, m, reg)))) return;
      // A missing lead named in another role (配合单位：市交通运输局) is moved by the notice's list, not added twice.
      const elsewhere = () => l.group !== undefined && a.groups[l.group].lists.some(k => a.lists[k].units.some(u => u.role === 'cooperating' && missing.includes(draftUnit(n, u.name, issuer, a.ctx.writer) ?? '')));
      // In a county's document the names to add are the county's, which the notice does not give: no safe fix.
      emit('missing-lead-unit', span, zh, en, () => (l.firstLeads || issuer || elsewhere() ? fixList() : [add(), ...fixList()]));
    }
  }
}

/**
 * A unit's own tasks in a list organised by unit (市商务局：牵头第66、67项): it must lead each one (or, after 负责,
 * lead or cooperate on it). A task it does not is reported on its number, where the list goes wrong: the unit is
 * right for the others. No fix: which task was meant is the writer's to say.
 */
function checkOwnTasks(role: Role, canon: string, shown: string, tasks: Task[], cits: Citation[], n: IndexedNotice, emit: Emit, t: T): void {
  for (const task of tasks) {
    const own = canonicalUnits(n, task);
    if (own.leads.has(canon) || (!own.leads.size && !own.coops.size)) continue;
    if (role === 'responsible' && own.coops.has(canon)) continue;
    const span = taskSpan(cits, task.number);
    if (!span) continue;
    const leads = [...own.leads].join(t('、', ', ')) || t('无', 'none');
    if (role === 'lead' && own.coops.has(canon)) emit('cooperating-unit-as-lead', span, `“${shown}”是第${task.number}项的配合单位，不是牵头单位（牵头单位：${leads}）`, `“${shown}” cooperates on task ${task.number}; it does not lead (leads: ${leads})`);
    else if (role === 'lead') emit('wrong-lead-unit', span, `“${shown}”不牵头第${task.number}项（牵头单位：${leads}）`, `“${shown}” does not lead task ${task.number} (leads: ${leads})`);
    else emit('wrong-lead-unit', span, `“${shown}”不是第${task.number}项的责任单位（牵头单位：${leads}）`, `“${shown}” is not responsible for task ${task.number} (leads: ${leads})`);
  }
}

/** Where a group's citations write task `n`: its own number in a list (第66、67项 → 67), else the whole citation. */
function taskSpan(cits: Citation[], n: number): Span | undefined {
  for (const c of cits) {
    if (c.exclude || !c.numbers.includes(n)) continue;
    const item = c.kind === 'range' ? undefined : c.items.find(i => i.n === n && !i.range);
    return item ? item.span : c.span;
  }
  return undefined;
}

/** Each lead (or responsible unit) of a 分别 list with the task in the same place, when they are as many (≥ 2). */
function respectivePairs(l: UnitList, tasks: Task[]): Map<UnitList['units'][number], Task> | undefined {
  const named = l.units.filter(u => u.role === 'lead' || u.role === 'responsible');
  if (named.length < 2 || named.length !== tasks.length) return undefined;
  return new Map(named.map((u, k) => [u, tasks[k]]));
}

/**
 * One pair of a 分别 list: the unit must lead its own task. Two units each leading the other's task are in the wrong
 * order: the fix swaps them (offered, not applied unasked).
 */
function checkRespective(u: UnitList['units'][number], canon: string, shown: string, task: Task, pairs: Map<UnitList['units'][number], Task>, n: IndexedNotice, a: DraftAnalysis, emit: Emit, t: T): void {
  const own = canonicalUnits(n, task);
  if (own.leads.has(canon)) {
    // Its task has other leads too (第23、24项分别由市交通运输局、…牵头: 23 is also led by 市发展改革委).
    const more = [...own.leads].filter(x => x !== canon);
    if (more.length) emit('missing-lead-unit', u.span, `“分别”按顺序对应：第${task.number}项的牵头单位还有：${more.join('、')}`, `“Respectively” pairs “${shown}” with task ${task.number}, also led by ${more.join(', ')}`);
    return;
  }
  const leads = [...own.leads].join(t('、', ', ')) || t('无', 'none');
  // The unit whose task this one leads, and which leads this one's task: the two are swapped.
  let other: UnitList['units'][number] | undefined;
  for (const [v, vt] of pairs) {
    if (v !== u && canonicalUnits(n, vt).leads.has(canon) && own.leads.has(n.units.resolve(v.name)?.unit.name ?? v.name)) { other = v; break; }
  }
  const fixes = (): Fix[] => {
    const out: Fix[] = [];
    if (other) {
      const o = other;
      out.push({ title: t(`对调“${u.name}”与“${o.name}”`, `Swap “${u.name}” and “${o.name}”`), safe: false, edits: [{ span: u.span, newText: a.text.slice(o.span.start, o.span.end) }, { span: o.span, newText: a.text.slice(u.span.start, u.span.end) }] });
    }
    if (own.leads.size === 1) out.push({ title: t(`改为“${leads}”`, `Change to “${leads}”`), safe: false, edits: [{ span: u.span, newText: leads }] });
    return out;
  };
  const coop = own.coops.has(canon);
  const [zh, en] = other
    ? [`“分别”按顺序对应：“${shown}”对应第${task.number}项，但第${task.number}项由${leads}牵头（“${shown}”牵头第${pairs.get(other)!.number}项，顺序颠倒）`, `“Respectively” pairs “${shown}” with task ${task.number}, which ${leads} leads (“${shown}” leads task ${pairs.get(other)!.number}: the order is swapped)`]
    : [`“分别”按顺序对应：“${shown}”${coop ? '是' : '不牵头'}第${task.number}项${coop ? '的配合单位' : ''}（牵头单位：${leads}）`, `“Respectively” pairs “${shown}” with task ${task.number}, ${coop ? 'on which it cooperates' : 'which it does not lead'} (leads: ${leads})`];
  emit(coop ? 'cooperating-unit-as-lead' : 'wrong-lead-unit', u.span, zh, en, fixes);
}

/** The name at `at` starts a line and is written without its level (工业和信息化局, not 市工业和信息化局). */
function levelLessAtLineStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return (at === 0 || c === 10 || c === 13) && !LEVEL_START.test(text.slice(at, at + 4));
}
const LEVEL_START = /^(?:市|县|区|省|聊城|中共|国家|中华|人民银行|[\u4e00-\u9fff]{1,3}[市县区])/;

export function leadNames(tasks: Task[], n: IndexedNotice): string[] {
  const out: string[] = [];
  for (const task of tasks) for (const u of task.leads) { const c = n.units.resolve(u.name)?.unit.name ?? u.name; if (!out.includes(c)) out.push(c); }
  return out;
}
/** Canonical names of the units that lead every one of these tasks. */
function commonLeads(tasks: Task[], n: IndexedNotice): string[] {
  const sets = tasks.map(task => new Set(task.leads.map(u => n.units.resolve(u.name)?.unit.name ?? u.name)));
  return [...sets[0]].filter(x => sets.every(s => s.has(x)));
}
export function coopNames(tasks: Task[], n: IndexedNotice): string[] {
  const leads = leadNames(tasks, n);
  const out: string[] = [];
  for (const task of tasks) for (const u of task.cooperating) { const c = n.units.resolve(u.name)?.unit.name ?? u.name; if (!out.includes(c) && !leads.includes(c)) out.push(c); }
  return out;
}

/** The notice's unit list for these tasks, written in the style of the list it replaces. */
export function noticeUnitListText(l: UnitList, tasks: Task[], n: IndexedNotice, text: string): string {
  const leads = leadNames(tasks, n), listed = coopNames(tasks, n);
  // Where the notice names no partners, the draft's own (the office's choice, not reported) are kept.
  const coops = listed.length ? listed : l.units.filter(u => u.role === 'cooperating' && !leads.includes(n.units.resolve(u.name)?.unit.name ?? u.name)).map(u => u.name);
  const original = text.slice(l.span.start, l.span.end);
  const colon = /:/.test(original) && !/：/.test(original) ? ':' : '：';
  const semi = /;/.test(original) && !/；/.test(original) ? ';' : '；';
  // Roles marked after names (市科技局（牵头）、市财政局): the same style, a 责任单位 label kept. (Under 牵头单位：
  // every unmarked name leads: the labels are written instead.)
  const mark = leadMarker(original);
  const label = mark ? matchLabel(original) : undefined;
  if (mark && (!label || label.role === 'responsible')) {
    return (label ? original.slice(0, label.length) : '') + [...leads.map(x => x + mark), ...coops].join('、');
  }
  if (!l.labelled) return leads.join('、') + '牵头' + (coops.length ? `，${coops.join('、')}配合` : '');
  // A table cell holds one role only.
  if (/^[^:：]*$/.test(original)) {
    const role = l.units[0]?.role;
    return (role === 'cooperating' ? coops : leads).join('、') || '—';
  }
  return `牵头单位${colon}${leads.join('、')}` + (coops.length ? `${semi}配合单位${colon}${coops.join('、')}` : '');
}

function listFixes(l: UnitList, tasks: Task[], n: IndexedNotice, a: DraftAnalysis, t: T): Fix[] {
  if (!tasks.length) return [];
  // Tasks led by different units (第41—47项由A牵头): no one list of leads is true of each; none is offered.
  if (tasks.length > 1) { const first = [...canonicalUnits(n, tasks[0]).leads].sort().join('、'); if (tasks.some(x => [...canonicalUnits(n, x).leads].sort().join('、') !== first)) return []; }
  // A table cell whose header says the first unit leads cannot hold several leads.
  if (l.firstLeads && l.labelled && !/[:：]/.test(a.text.slice(l.span.start, l.span.end))) return [];
  let newText = noticeUnitListText(l, tasks, n, a.text);
  // In a county's own document the city's units are written as the county's (市发展改革委 → 县发展改革委; its own
  // name may differ: the fix is only offered).
  const issuer = issuerFor(a, n);
  const level = issuer ? issuer[issuer.length - 1] : undefined;
  if (level === '县' || level === '区') newText = newText.replace(/(^|[：:、，,；;])市(?=[\u4e00-\u9fff])/g, `$1${level}`);
  if (newText === a.text.slice(l.span.start, l.span.end)) return [];
  return [{ title: t(`按通知改为：${newText}`, `Use the notice’s units: ${newText}`), edits: [{ span: l.span, newText }], safe: false }];
}

function fmt(n: number): string { return Number.isFinite(n) ? String(n) : '∞'; }

/** Writes `n` in the numeral style of `sample` (Arabic, full-width or Chinese). */
export function numberLike(sample: string, n: number): string {
  if (/^[0-9]+$/.test(sample)) return String(n);
  if (/^[０-９]+$/.test(sample)) return String(n).replace(/[0-9]/g, d => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return toChineseNumeral(n);
}

export type { UnitRef };

const textKeys = new WeakMap<Task, string>();
function textKeyOf(t: Task): string { let k = textKeys.get(t); if (k === undefined) textKeys.set(t, k = titleKey(t.text)); return k; }

/** The union of canonicalUnits over the tasks (a unit leads some cited task / cooperates on some cited task). */
function unionUnits(n: IndexedNotice, tasks: Task[]): { leads: Set<string>; coops: Set<string> } {
  if (tasks.length === 1) return canonicalUnits(n, tasks[0]);
  const leads = new Set<string>(), coops = new Set<string>();
  for (const task of tasks) { const c = canonicalUnits(n, task); for (const x of c.leads) leads.add(x); for (const x of c.coops) coops.add(x); }
  return { leads, coops };
}

const unitSets = new WeakMap<object, Map<Task, { leads: Set<string>; coops: Set<string> }>>();
function canonicalUnits(n: IndexedNotice, t: Task): { leads: Set<string>; coops: Set<string> } {
  let m = unitSets.get(n.units);
  if (!m) { m = new Map(); unitSets.set(n.units, m); }
  let e = m.get(t);
  if (!e) {
    e = { leads: new Set(t.leads.map(u => n.units.resolve(u.name)?.unit.name ?? u.name)), coops: new Set(t.cooperating.map(u => n.units.resolve(u.name)?.unit.name ?? u.name)) };
    m.set(t, e);
  }
  return e;
}
