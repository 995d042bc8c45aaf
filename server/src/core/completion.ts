/**
 * Completion: task numbers after 第/任务, keyword search after #, units inside a unit list (the cited task's
 * own units first), 发文字号 after an issuer code and 〔. Returns plain items; lsp/ maps them to the protocol.
 */
import { contextAt, type DraftAnalysis } from './document';
import { coopNames, leadNames } from './diagnostics';
import { citationText, CitationStyle, noticeLabel, sectionLabel, taskMarkdown, taskName } from './format';
import { matchLabel } from './annotation';
import type { Task } from './notice';
import { toChineseNumeral } from './numerals';
import { bindingNotice, implicitBinding } from './scanner';
import type { Locale, Span } from './types';
import { fold } from './text';
import type { IndexedNotice } from './workspace';

export type CompletionKind = 'task' | 'unit' | 'notice';
export interface CoreCompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Replaces `span` with `newText`. */
  span: Span;
  newText: string;
  filterText?: string;
  sortText?: string;
  preselect?: boolean;
}
export interface CompletionOptions { locale?: Locale; style?: CitationStyle; limit?: number }

export function complete(a: DraftAnalysis, offset: number, opts: CompletionOptions = {}): CoreCompletionItem[] {
  const text = a.text;
  const o = Math.max(0, Math.min(offset, text.length));
  const line = a.lines.positionAt(o).line;
  const ls = a.lines.lineStart(line);
  const prefix = fold(text.slice(Math.max(ls, o - 200), o));
  const base = o - prefix.length;
  let m: RegExpExecArray | null;

  // #keyword → search
  if ((m = /#([^\s#]{1,30})$/.exec(prefix))) {
    const n = noticeAt(a, base + m.index);
    if (!n) return [];
    const hits = n.search.search(m[1], opts.limit ?? 30);
    const span = { start: base + m.index, end: o };
    return hits.map((h, k) => taskItem(n, h.task, span, opts, String(k).padStart(4, '0'), `#${m![1]} ${h.task.title}`));
  }
  // 第 / 任务 + partial number → tasks by number
  if ((m = /(第|重点任务|任务)\s*([0-9一二三四五六七八九十百零两]{0,6})$/.exec(prefix))) {
    const start = base + m.index;
    const n = noticeAt(a, start);
    if (!n) return [];
    let end = o;
    // Swallow a 项 (and a quoted title) that is already there after the cursor.
    if (text[end] === '项' || text[end] === '条') end++;
    const span = { start, end };
    const typed = m[2];
    const items: CoreCompletionItem[] = [];
    for (const t of n.notice.tasks) {
      const s = String(t.number), cn = toChineseNumeral(t.number);
      const matchesTyped = !typed || s.startsWith(typed) || cn.startsWith(typed);
      if (!matchesTyped) continue;
      const exact = typed === s || typed === cn;
      items.push(taskItem(n, t, span, opts, (exact ? '0' : '1') + String(t.number).padStart(6, '0'), `${m[1]}${s}项 ${m[1]}${cn}项 ${t.title}`, exact));
      if (items.length >= (opts.limit ?? 200)) break;
    }
    return items;
  }
  // Inside a unit list: after a label (牵头单位：…) or a 、 inside one, or in a unit column of a table.
  const unitCtx = unitContext(a, prefix, base, o);
  if (unitCtx) return unitItems(unitCtx, opts);
  // 发文字号: issuer code + 〔 + partial
  if ((m = /([\u4e00-\u9fff]{0,12})[〔\[［(（【][ \t]{0,3}(\d{0,4})[〕\]］)）】]?[ \t]{0,3}(\d{0,5})$/.exec(prefix)) && (m[1] || /[〔]/.test(m[0]))) {
    const runStart = base + m.index;
    const run = m[1];
    const items: CoreCompletionItem[] = [];
    for (const n of a.ctx.index.all()) {
      const dn = n.notice.docNumber;
      if (!dn) continue;
      let k = 0;
      while (k < run.length && !dn.startsWith(run.slice(k))) k++;
      const span = { start: runStart + k, end: o };
      items.push({
        label: dn, kind: 'notice', detail: n.notice.title, documentation: noticeSummary(n, opts.locale, false), span, newText: dn,
        filterText: dn, sortText: n.bundled ? '1' : '0',
      });
    }
    return items;
  }
  return [];
}

function taskItem(n: IndexedNotice, t: Task, span: Span, opts: CompletionOptions, sortText: string, filterText: string, preselect = false): CoreCompletionItem {
  const leads = leadNames([t], n);
  return {
    label: `${taskName(n, t)} ${t.title}`,
    kind: 'task',
    detail: `${opts.locale === 'en' ? 'Lead: ' : '牵头：'}${leads.join(opts.locale === 'en' ? ', ' : '、') || '—'} · ${sectionLabel(n, t)}`,
    documentation: taskMarkdown(n, t, opts.locale ?? 'zh'),
    span,
    newText: citationText(t, opts.style, n),
    filterText,
    sortText,
    preselect,
  };
}

/** The notice a citation starting at `offset` would bind to: an explicit reference just before it, else implicit. */
export function noticeAt(a: DraftAnalysis, offset: number): IndexedNotice | undefined {
  for (let r = a.noticeRefs.length - 1; r >= 0; r--) {
    const ref = a.noticeRefs[r];
    if (ref.span.end > offset) continue;
    const gap = a.text.slice(ref.span.end, offset);
    if (gap.length > 15 || /[。；;，,！？!?\n]/.test(gap)) break;
    return ref.notice ? a.ctx.index.get(ref.notice) : undefined;
  }
  return bindingNotice(a.ctx, implicitBinding(contextAt(a, offset)));
}

interface UnitContext { span: Span; role: 'lead' | 'cooperating' | 'responsible'; tasks: Task[]; notice: IndexedNotice; typed: string; written: Set<string> }

function unitContext(a: DraftAnalysis, prefix: string, base: number, o: number): UnitContext | undefined {
  // The label nearest before the cursor, with no clause end in between.
  const labelRe = /(协同配合单位|协同配合部门|配合单位|配合部门|配合处室|配合科室|参与单位|参与部门|主要责任单位|牵头单位|牵头部门|牵头处室|牵头科室|责任单位|责任部门|责任处室|责任科室)[:：]([^；;。)）\n|]{0,120})$/;
  let role: UnitContext['role'] | undefined;
  let typedStart = -1;
  let m = labelRe.exec(prefix);
  if (m) {
    role = matchLabel(m[1] + '：')?.role;
    const list = m[2];
    const lastSep = Math.max(list.lastIndexOf('、'), list.lastIndexOf(','), list.lastIndexOf('，'));
    typedStart = base + m.index + m[1].length + 1 + (lastSep + 1);
  } else if ((m = /由([^，,。；;\n]{0,30})$/.exec(prefix))) {
    role = 'lead';
    const list = m[1];
    const lastSep = list.lastIndexOf('、');
    typedStart = base + m.index + 1 + lastSep + 1;
  } else {
    // A table cell in a unit column.
    const cell = tableCellContext(a, o);
    if (!cell) return undefined;
    role = cell.role;
    typedStart = cell.typedStart;
  }
  if (!role) return undefined;
  const typed = a.text.slice(typedStart, o).replace(/^\s+/, '');
  typedStart = o - typed.length;
  // Cited tasks: the last citation group before the cursor on this line (or the table row).
  const line = a.lines.positionAt(o).line;
  const ls = a.lines.lineStart(line);
  const cits = a.citations.filter(c => c.span.start >= ls && c.span.start < o);
  const last = cits[cits.length - 1];
  const group = last ? a.groups[last.group] : undefined;
  const groupCits = group ? group.citations.map(k => a.citations[k]) : [];
  const notice = (last && bindingNotice(a.ctx, last.binding)) ?? bindingNotice(a.ctx, implicitBinding(contextAt(a, o)));
  if (!notice) return undefined;
  const tasks: Task[] = [];
  for (const c of groupCits) for (const x of c.numbers) { const t = notice.byNumber.get(x); if (t && !tasks.includes(t)) tasks.push(t); }
  // The names already in the list before the cursor (牵头单位：市发展改革委、‸): offered last.
  const written = new Set<string>();
  const before = a.text.slice(Math.max(ls, typedStart - 200), typedStart);
  const seg = before.slice(Math.max(before.lastIndexOf('：'), before.lastIndexOf(':'), before.lastIndexOf('由'), before.lastIndexOf('|')) + 1);
  for (const w of seg.split(/[、，,\s]+/)) { if (w.length < 2) continue; const r = notice.units.resolve(w); written.add(r ? r.unit.name : w); }
  return { span: { start: typedStart, end: o }, role, tasks, notice, typed, written };
}

function tableCellContext(a: DraftAnalysis, o: number): { role: UnitContext['role']; typedStart: number } | undefined {
  const line = a.lines.positionAt(o).line;
  const ls = a.lines.lineStart(line), le = a.lines.lineEnd(line);
  const row = a.text.slice(ls, le);
  if (!/^\s{0,3}\|/.test(row)) return undefined;
  // Find the header: walk up to the first table line.
  let h = line;
  while (h > 0 && /^\s{0,3}\|/.test(a.text.slice(a.lines.lineStart(h - 1), a.lines.lineEnd(h - 1)))) h--;
  if (h === line) return undefined;
  const header = a.text.slice(a.lines.lineStart(h), a.lines.lineEnd(h)).split('|').slice(1);
  const col = a.text.slice(ls, o).split('|').length - 2;
  const name = (header[col] ?? '').replace(/\s/g, '');
  let role: UnitContext['role'] | undefined;
  if (/配合|参与|协同|协办/.test(name)) role = 'cooperating';
  else if (/牵头|主要责任|主责/.test(name)) role = 'lead';
  else if (/责任/.test(name)) role = 'responsible';
  if (!role) return undefined;
  const cellStart = ls + a.text.slice(ls, o).lastIndexOf('|') + 1;
  const before = a.text.slice(cellStart, o);
  const sep = Math.max(before.lastIndexOf('、'), before.lastIndexOf(','), before.lastIndexOf('，'));
  return { role, typedStart: cellStart + sep + 1 };
}

function unitItems(c: UnitContext, opts: CompletionOptions): CoreCompletionItem[] {
  const leads = leadNames(c.tasks, c.notice), coops = coopNames(c.tasks, c.notice);
  const first = c.role === 'cooperating' ? coops : leads;
  const second = c.role === 'cooperating' ? leads : coops;
  const en = opts.locale === 'en';
  const out: CoreCompletionItem[] = [];
  for (const u of c.notice.units.units) {
    if (u.collective) continue;
    const rank = c.written.has(u.name) ? 3 : first.includes(u.name) ? 0 : second.includes(u.name) ? 1 : 2;
    const role = leads.includes(u.name) ? (en ? 'lead of the cited task' : '所引任务的牵头单位') : coops.includes(u.name) ? (en ? 'cooperates on the cited task' : '所引任务的配合单位') : '';
    out.push({
      label: u.name, kind: 'unit',
      detail: role || (en ? `leads ${u.leadTasks.length}, cooperates on ${u.cooperatingTasks.length}` : `牵头${u.leadTasks.length}项，配合${u.cooperatingTasks.length}项`),
      documentation: unitMarkdown(c.notice, u.name, opts.locale),
      span: c.span, newText: u.name, filterText: [u.name, ...u.aliases].join(' '),
      sortText: `${rank}${String(first.indexOf(u.name) + 1).padStart(3, '0')}${u.name}`,
      preselect: rank === 0 && first.find(x => !c.written.has(x)) === u.name,
    });
  }
  return out.sort((x, y) => (x.sortText! < y.sortText! ? -1 : 1));
}

export function unitMarkdown(n: IndexedNotice, name: string, locale: Locale = 'zh'): string {
  const u = n.units.get(name) ?? n.units.resolve(name)?.unit;
  if (!u) return '';
  const en = locale === 'en';
  const list = (ns: number[]) => ns.map(k => { const t = n.byNumber.get(k); return t ? `- ${en ? 'Task' : '第'}${k}${en ? '' : '项'} ${t.title}` : ''; }).join('\n');
  return [
    `**${u.name}**`,
    u.aliases.length ? `${en ? 'Also written' : '又作'}：${u.aliases.slice(0, 8).join('、')}` : '',
    `${en ? 'Leads' : '牵头'} ${u.leadTasks.length}${en ? '' : '项'}：`, list(u.leadTasks),
    u.cooperatingTasks.length ? `${en ? 'Cooperates on' : '配合'} ${u.cooperatingTasks.length}${en ? '' : '项'}：` : '', list(u.cooperatingTasks),
    `*${noticeLabel(n)}*`,
  ].filter(Boolean).join('\n\n');
}

/**
 * A notice in a few lines. `withUnits = false` leaves out the unit count, which needs the notice's registry: a
 * completion listing every indexed notice must not build every notice's structures.
 */
export function noticeSummary(n: IndexedNotice, locale: Locale = 'zh', withUnits = true): string {
  const en = locale === 'en';
  const x = n.notice;
  const units = withUnits ? n.units.units.length : -1;
  return [
    `**${x.docNumber ?? ''}** ${x.title ?? ''}`,
    x.taskListTitle ? `《${x.taskListTitle}》` : '',
    [x.issuer, x.date].filter(Boolean).join(' · '),
    en ? `${x.taskCount} tasks in ${x.sections.length} sections${units >= 0 ? `, ${units} units` : ''}` : `${x.sections.length}个部分，${x.taskCount}项任务${units >= 0 ? `，${units}个单位` : ''}`,
  ].filter(Boolean).join('\n\n');
}
