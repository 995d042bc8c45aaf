/**
 * Notice parser: the text of a notice of key tasks → an exact model (metadata, sections, tasks with their lead
 * and cooperating units, problems). Pure: no I/O, never throws, linear in the text's length.
 *
 * Real notices are noisy: page breaks split a paragraph (even a unit name) with a blank line, punctuation is
 * half- or full-width, HTML tags leak in, numbering styles vary (`1.` under `一、`, `一、` alone, `（一）`).
 * The parser works on lines, classifies each, decides which numbering carries the tasks (the one whose items
 * carry unit annotations), joins page-broken fragments, and keeps a map back to source offsets.
 */
import { RULE_RE, Annotation, besideLeads, isCollective, matchLabel, parseAnnotation, resolveRoles, splitUnitList, UnitMention } from './annotation';
import { Cell, ColKind, columnKinds, DITTO, isSeparatorRow, splitRow } from './table';
import { parseNumeral } from './numerals';
import { detach, fold, isHan, isPageNumber, LineIndex, squeezeCjkSpaces } from './text';
import type { Range, Span } from './types';

export interface TaskUnit {
  /** As written in the notice (white space removed). */
  name: string;
  /** Source span of the name (may cross a page break). */
  span: Span;
}

export interface Task {
  number: number;
  /** The numbering as written: `12`, `十二`, `（三）`. */
  label: string;
  title: string;
  /** Full text, page breaks joined, tags removed, the unit annotation included (built on demand). */
  readonly text: string;
  /** Index into Notice.sections, or -1. */
  section: number;
  /** Unit names as written in the notice; the registry maps them to canonical names. */
  leads: TaskUnit[];
  cooperating: TaskUnit[];
  /** Whole task in the source, number to end. */
  span: Span;
  numberSpan: Span;
  titleSpan: Span;
  /** Span of the unit annotation(s), when any. */
  unitsSpan?: Span;
  /** The first line of the task. */
  line: number;
}

export interface Section {
  number: number;
  label: string;
  title: string;
  /** Task numbers in order. */
  tasks: number[];
  span: Span;
  line: number;
}

export type ProblemCode =
  | 'no-tasks' | 'duplicate-task' | 'task-gap' | 'no-units' | 'unparsed-units' | 'no-doc-number' | 'suspicious-unit'
  | 'not-text' | 'too-large';

export interface NoticeProblem {
  code: ProblemCode;
  severity: 'error' | 'warning' | 'information';
  message: { zh: string; en: string };
  span: Span;
  line: number;
}

/** What the head of a notice says. */
export interface NoticeHeader {
  docNumber?: string;
  docNumberSpan?: Span;
  /** The notice's own title (…的通知), spaces inside Chinese removed. */
  title?: string;
  /** The title of the task list it issues (聊城市…重点工作任务), when separate. */
  taskListTitle?: string;
  issuer?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  /** The place of the issuer (聊城市), used to read `聊城市发展改革委` as `市发展改革委`. */
  place?: string;
}

export interface ParsedNotice extends NoticeHeader {
  uri: string;
  text: string;
  lines: LineIndex;
  sections: Section[];
  /** The tasks, in order (made from the notice's compact task table when first read, then kept). */
  readonly tasks: Task[];
  /** How many tasks (without making them). */
  readonly taskCount: number;
  /** The tasks, without keeping them when they were not made yet (a pass over many notices stays small). */
  eachTask(visit: (t: Task) => void): void;
  problems: NoticeProblem[];
  /** Which numbering carries the tasks (`table`: rows of a task table, 序号 | 重点任务 | 牵头单位 | 配合单位). */
  style: 'arabic' | 'chinese' | 'bracketed' | 'table' | 'none';
  /**
   * A notice that numbers its tasks within each section (一、… （一）（二） 二、… （一）…, or 1. 2. again in each): the
   * task numbered `item` in the section numbered `section` (key `section|item`) → its task number here (tasks are
   * then numbered 1, 2, 3… across the notice, their labels `二（三）` / `二.1` as written). Undefined otherwise.
   */
  sectionItems?: Map<string, number>;
}

type Kind = 'blank' | 'arabic' | 'chinese' | 'bracketed' | 'text';

interface Line {
  kind: Kind;
  /** Offsets of the content (after heading marks and white space). */
  start: number;
  end: number;
  /** Number value for numbered lines. */
  num: number;
  label: string;
  /** Offset where the item's text begins (after the number and its punctuation). */
  bodyStart: number;
  heading: number;
  index: number;
}

const ARABIC_RE = /^(\d{1,4})\s*[.、](?!\d)\s*/;
const CHINESE_RE = /^([一二三四五六七八九十百零〇两]{1,6})\s*[、.](?!\d)\s*/;
const BRACKETED_RE = /^\(([一二三四五六七八九十百零〇两]{1,6})\)\s*/;
const HEADING_RE = /^(#{1,6})\s+/;
const ARTICLE_RE = /^第([一二三四五六七八九十百零〇两]{1,6})条(?:[\s:：]+|(?=[\u4e00-\u9fff]))/;

/** Largest notice the parser takes whole; longer text is cut there (with a problem) so editors stay responsive. */
export const MAX_NOTICE_CHARS = 8_000_000;

export function parseNotice(uri: string, input: string): ParsedNotice {
  const outer = parseCache, outerNames = parseNames;
  parseCache = new Map();
  parseNames = new Map();
  try { return parse(uri, input); } finally { parseCache = outer; parseNames = outerNames; }
}

function parse(uri: string, input: string): ParsedNotice {
  const problems: NoticeProblem[] = [];
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_NOTICE_CHARS) {
    problems.push(problem('too-large', 'warning', `通知过大，只解析前 ${MAX_NOTICE_CHARS} 个字符`, `Notice too large; only the first ${MAX_NOTICE_CHARS} characters are parsed`, { start: MAX_NOTICE_CHARS, end: MAX_NOTICE_CHARS }, 0));
  }
  const lines = new LineIndex(text);
  const model = new NoticeModel(uri, text, lines, problems);
  if (looksBinary(text)) {
    problems.push(problem('not-text', 'error', '文件不是文本（含二进制字符，或编码读错，如把 GBK 当作 Latin-1），无法作为通知解析', 'The file is not text (binary characters, or decoded with the wrong encoding such as GBK read as Latin-1); it cannot be parsed as a notice', { start: 0, end: 0 }, 0));
    return model;
  }
  const limit = Math.min(text.length, MAX_NOTICE_CHARS);
  const folded = fold(text.slice(0, limit));
  const ls = classify(folded, lines, limit);

  const style = chooseStyle(folded, ls);
  model.style = style;
  const taskKind: Kind | undefined = style === 'none' ? undefined : style;
  let sectionKind: Kind | undefined = style === 'arabic' || style === 'bracketed' ? 'chinese' : undefined;
  // 1. tasks that start again under each （一） heading of one 一、 part (二、重点任务 （一）… 1. 2. （二）… 1. 2.): the
  // （一） headings are the sections they are numbered within.
  if (style === 'arabic' && !restartsPerSection(ls, 0, 'chinese') && restartsPerSection(ls, 0, 'bracketed')) sectionKind = 'bracketed';

  // Header: lines before the first section or task line.
  const firstBody = ls.findIndex(l => l.kind === taskKind || (sectionKind && l.kind === sectionKind && hasTaskAfter(ls, l.index, taskKind)));
  const headerEnd = firstBody < 0 ? ls.length : firstBody;
  readHeader(model, folded, ls.slice(0, headerEnd));

  if (!taskKind) {
    // A notice whose tasks are the rows of a table (任务清单: 序号 | 重点任务 | 牵头单位 | 配合单位).
    const { tasks: rows, sections, sectionItems } = tableTasks(model, folded, ls);
    if (rows.length) { model.style = 'table'; model.sections = sections; model.sectionItems = sectionItems; checkNumbering(model, rows); model.keep(rows); return model; }
    problems.push(problem('no-tasks', 'error', '未找到编号的任务（如“1.”“一、”“（一）”后跟牵头单位）', 'No numbered tasks found (such as `1.`, `一、` or `（一）` followed by responsible units)', { start: 0, end: 0 }, 0));
    return model;
  }

  if (style === 'bracketed') keepAnnotatedSections(folded, ls, headerEnd, 'bracketed');
  // （一） tasks are numbered within their sections; so are 1. tasks that start again at 1 in a later section, once
  // the sections whose items name no units (主要目标, 基本原则) are set aside.
  let restart = style === 'arabic' && !!sectionKind && restartsPerSection(ls, headerEnd, sectionKind);
  if (restart) { keepAnnotatedSections(folded, ls, headerEnd, 'arabic'); restart = restartsPerSection(ls, headerEnd, sectionKind!); }
  // （一） tasks numbered on across the parts (一、… （一）…（三） 二、… （四）…): numbered as written, not within parts.
  const renumber = (style === 'bracketed' && (!sectionKind || !continuesAcrossSections(ls, headerEnd, sectionKind, 'bracketed'))) || restart;
  const sectionItems = renumber ? new Map<string, number>() : undefined;
  let sequence = 0;
  // The first-leads rule stated once before the tasks, for all of them (the cover letter's 各项任务中排在第一位的为牵头
  // 单位, a line （排在第一位的为牵头单位，下同） under the title).
  const firstTask = ls.findIndex((l, k) => k >= headerEnd && l.kind === taskKind);
  let firstLeads = firstTask > 0 && RULE_RE.test(folded.slice(0, ls[firstTask].start));
  let currentSection = -1;
  let i = headerEnd;
  const seen = new Map<number, number>();
  let tasks: TaskRecord[] = [];
  const byNumber = new Map<number, TaskRecord>();
  let replaced: Set<TaskRecord> | undefined; // first tasks of a number that gave way to a later one with units
  while (i < ls.length) {
    const l = ls[i];
    if (sectionKind && l.kind === sectionKind) {
      model.sections.push({
        number: l.num, label: detach(l.label), title: detach(cleanTitle(folded.slice(l.bodyStart, l.end))), tasks: [],
        span: { start: l.start, end: l.end }, line: l.index,
      });
      currentSection = model.sections.length - 1;
      i++;
      continue;
    }
    if (l.kind !== taskKind) { i++; continue; }
    // Collect the task's fragments: until the next structural line; page-broken fragments are joined.
    let j = i + 1;
    const frags: Line[] = [l];
    let complete = endsWithAnnotation(folded, l);
    while (j < ls.length) {
      const f = ls[j];
      if (f.kind === 'blank') { j++; continue; }
      if (f.kind === taskKind || f.kind === 'chinese' || (f.kind === 'bracketed' && taskKind !== 'chinese') || f.heading) break;
      // 1. 2. under a （一） task are its measures (its units may follow the last of them); elsewhere they end it.
      if (f.kind === 'arabic' && taskKind !== 'arabic' && taskKind !== 'bracketed') break;
      const prev = frags[frags.length - 1];
      const gap = f.index - prev.index > 1;
      if (taskKind !== 'bracketed') {
        // A unit list wrapped after 、 (配合单位：聊城海关、 | 市地方金融监管局), maybe across a page break, goes on.
        const cut = /[、，,][ \t]*$/.test(folded.slice(prev.start, prev.end)) && !!matchLabel(folded.slice(prev.start, prev.start + 12).replace(/^[(（]/, ''));
        if (complete && !cut && !matchLabel(folded.slice(f.start, f.start + 12).replace(/^[(（]/, ''))) break;
        // After a blank line, a fragment continues the task only if the task's text did not end a sentence.
        if (gap && /[。！？!?]\s*$/.test(folded.slice(prev.start, prev.end)) && !matchLabel(folded.slice(f.start, f.start + 12)) && !/^\s*[(（]/.test(folded.slice(f.start, f.start + 2))) break;
      }
      frags.push(f);
      complete = endsWithAnnotation(folded, f);
      j++;
    }
    const task = buildTask(model, folded, frags, l, currentSection, firstLeads);
    if (task.rule) firstLeads = true;
    const t = task.task;
    if (renumber) {
      const sec = currentSection >= 0 ? model.sections[currentSection] : undefined;
      t.label = sec ? (style === 'arabic' ? (sectionKind === 'bracketed' ? `${sec.label}${l.num}` : `${sec.label}.${l.num}`) : sec.label + t.label) : t.label;
      t.number = ++sequence;
      if (sec && !sectionItems!.has(`${sec.number}|${l.num}`)) sectionItems!.set(`${sec.number}|${l.num}`, t.number);
    }
    const dup = seen.get(t.number);
    const first = dup === undefined ? undefined : byNumber.get(t.number);
    if (first && !hasUnits(first) && hasUnits(t)) {
      // The first was no task: a numbered target (主要目标), an item of the cover letter's attachment list
      // (附件：1.… 2.…). The one that names its units is the task.
      const gone = problems.findIndex(x => x.code === 'no-units' && x.line === first.line);
      if (gone >= 0) problems.splice(gone, 1);
      problems.push(problem('duplicate-task', 'warning', `任务编号 ${t.number} 重复（第 ${t.line + 1} 行另有），引用时以列出责任单位的一项（第 ${t.line + 1} 行）为准`, `Task number ${t.number} occurs again (also on line ${t.line + 1}); citations use the one that names its units (line ${t.line + 1})`, first.numberSpan, first.line));
      if (first.section >= 0) { const st = model.sections[first.section].tasks; st.splice(st.indexOf(t.number), 1); }
      (replaced ??= new Set()).add(first);
      tasks.push(t);
      byNumber.set(t.number, t);
      seen.set(t.number, t.line);
      if (currentSection >= 0) model.sections[currentSection].tasks.push(t.number);
    } else if (dup !== undefined) {
      problems.push(problem('duplicate-task', 'warning', `任务编号 ${t.number} 重复（第 ${dup + 1} 行已有），引用时以第一个为准`, `Task number ${t.number} occurs again (first on line ${dup + 1}); citations use the first`, t.numberSpan, t.line));
    } else {
      seen.set(t.number, t.line);
      tasks.push(t);
      byNumber.set(t.number, t);
      if (currentSection >= 0) model.sections[currentSection].tasks.push(t.number);
    }
    i = j;
  }
  if (replaced) tasks = tasks.filter(x => !replaced!.has(x));
  // Drop sections without tasks (preamble headings such as 指导思想 in other styles).
  const kept: number[] = [];
  let nKept = 0;
  for (const s of model.sections) kept.push(s.tasks.length > 0 ? nKept++ : -1);
  model.sections = model.sections.filter(s => s.tasks.length > 0);
  for (const s of model.sections) s.tasks = s.tasks.slice(); // exact size: kept as long as the notice is indexed
  for (const t of tasks) t.section = t.section >= 0 ? kept[t.section] : -1;
  if (!model.date) {
    for (let k = ls.length - 1; k >= 0 && k >= ls.length - 30; k--) {
      const f = folded.slice(ls[k].start, ls[k].end);
      if (f.length >= 40) continue;
      const m = DATE_RE.exec(f);
      if (m) { model.date = isoDate(m[1], m[2], m[3]); break; }
    }
  }
  // Numbered items none of which names a unit (principles, goals) and a task table after them: the table's rows
  // are the tasks.
  if (tasks.every(t => !t.leads.length && !t.cooperating.length)) {
    const { tasks: rows, sections, sectionItems } = tableTasks(model, folded, ls);
    if (rows.length) {
      model.style = 'table';
      model.sections = sections;
      model.sectionItems = sectionItems;
      model.problems = problems.filter(x => x.code !== 'no-units' && x.code !== 'unparsed-units' && x.code !== 'duplicate-task');
      checkNumbering(model, rows);
      model.keep(rows);
      return model;
    }
  }
  checkNumbering(model, tasks);
  model.keep(tasks);
  if (sectionItems?.size && model.sections.length > 1) model.sectionItems = sectionItems;
  return model;
}

/** Does every section with 1. tasks start them at 1, two sections at least (一、… 1. 2. 二、… 1. 2.)? */
function restartsPerSection(ls: Line[], from: number, sectionKind: Kind, itemKind: Kind = 'arabic'): boolean {
  let sections = 0, newSection = false;
  for (let k = from; k < ls.length; k++) {
    const l = ls[k];
    if (l.kind === sectionKind) { newSection = true; continue; }
    if (l.kind !== itemKind) continue;
    if (newSection) { if (l.num !== 1) return false; sections++; }
    newSection = false;
  }
  return sections >= 2;
}

/**
 * Do the items go on numbering across the sections (the first item of each later section is one more than the last
 * of the section before, at least once, and never starts again at 1)?
 */
function continuesAcrossSections(ls: Line[], from: number, sectionKind: Kind, itemKind: Kind): boolean {
  let last = 0, newSection = false, continued = 0;
  for (let k = from; k < ls.length; k++) {
    const l = ls[k];
    if (l.kind === sectionKind) { newSection = true; continue; }
    if (l.kind !== itemKind) continue;
    if (newSection && last > 0) { if (l.num === 1) return false; if (l.num === last + 1) continued++; }
    newSection = false;
    last = l.num;
  }
  return continued >= 1;
}

/** A column of units (牵头单位, 配合单位, 责任单位…). */
function isUnitKind(k: ColKind): boolean { return k === 'lead' || k === 'responsible' || k === 'firstLeads' || k === 'cooperating'; }

/** A table row that is a section heading: 一、稳定经济增长 (its numeral, and the label's length). */
const SECTION_ROW = /^([一二三四五六七八九十]{1,3})[、.．][ \t]*/;
/** A 序号 cell holding a section's numeral alone (| 一 | 数字基础设施建设 | |). */
const SECTION_NUMERAL = /^([一二三四五六七八九十]{1,3})[、.．]?$/;
/** A two-level number (1.1, 2．3): the section's and the item's. */
const DECIMAL_NUMBER = /^([0-9]{1,2})[.．]([0-9]{1,2})$/;

/**
 * Tasks from task tables: a Markdown table whose header names a task column (重点任务, 任务名称, 工作任务…) and a
 * unit column (牵头单位, 责任单位…). A row is a task: its number from the 序号 / 编号 column (else the count of rows
 * so far), its title the task cell's first sentence, its text the task cell and the cells after it up to the unit
 * columns, its units from those columns (责任单位 all lead, unless the column says the first one does). A header
 * repeated after a page break is skipped; a table without both columns is not a task table.
 */
function tableTasks(model: ParsedNotice, folded: string, ls: Line[]): { tasks: TaskRecord[]; sections: Section[]; sectionItems?: Map<string, number> } {
  const tasks: TaskRecord[] = [];
  const text = model.text;
  let last = 0;
  // Two-level numbering (1.1, 1.2 under a row 1): its section items, and each task's label by index.
  let sectionItems: Map<string, number> | undefined;
  let decimal = false;
  const labels = new Map<number, string>();
  // A table per section (## 一、产业振兴 | table | ## 二、…): each table's section, and the 序号 each row wrote.
  const sections: Section[] = [];
  const tables: { section: number; from: number; to: number }[] = [];
  const written: number[] = [];
  let after = 0; // the line after the previous table
  for (let i = 0; i + 1 < ls.length; i++) {
    const h = ls[i];
    if (folded[h.start] !== '|' || !isSeparatorRow(folded, ls[i + 1].start, ls[i + 1].end)) continue;
    const header = splitRow(folded, h.start, h.end);
    const kinds = columnKinds(header);
    const ti = kinds.indexOf('title');
    const firstUnit = kinds.findIndex(isUnitKind);
    if (ti < 0 || firstUnit < 0 || !kinds.some(k => k === 'lead' || k === 'responsible' || k === 'firstLeads')) continue;
    const ni = kinds.indexOf('number') >= 0 ? kinds.indexOf('number') : kinds.indexOf('counter');
    const headerText = header.map(c => c.text).join('|');
    const lastUnits: UnitMention[][] = [];
    let section = -1;
    for (let k = i - 1; k >= after; k--) {
      const l = ls[k];
      if (l.kind !== 'chinese') continue;
      sections.push({ number: l.num, label: detach(l.label), title: detach(cleanTitle(folded.slice(l.bodyStart, l.end))), tasks: [], span: { start: l.start, end: l.end }, line: l.index });
      section = sections.length - 1;
      break;
    }
    let from = tasks.length;
    // The row read last, made a task once the rows that go on with it (merged 序号 and 任务 cells) are read.
    let pending: { num: number; r: Line; tc: Cell; te: number; leads: UnitName[]; cooperating: UnitName[]; seen: Set<string>; us: number; ue: number; textEnd: number; written: number } | undefined;
    const flush = () => {
      if (!pending) return;
      const p = pending;
      tasks.push(new TaskRecord(text, p.num, String(p.num), section, p.r.index, p.leads, p.cooperating, undefined, p.r.start, p.tc.start, p.textEnd, p.te, p.us, p.ue));
      written.push(p.written);
      pending = undefined;
    };
    // The units of a row's unit columns, roles resolved.
    const rowUnits = (cells: Cell[], into: { leads: UnitName[]; cooperating: UnitName[]; seen: Set<string>; us: number; ue: number }) => {
      const mentions: UnitMention[] = [];
      let firstLeads = false;
      cells.forEach((cell, k) => {
        const kind = kinds[k];
        if (!isUnitKind(kind) || !cell.text) return;
        // 同上 / 〃: the units of the row above in this column (where that row names them).
        if (DITTO.test(cell.text)) { for (const u of lastUnits[k] ?? []) mentions.push(u); return; }
        const inner = folded.slice(cell.start, cell.end);
        const from = mentions.length;
        // A label, or roles written in the cell (区商务局牵头，区市场监管局配合 · 区商务局（牵头）、区财政局).
        const a = matchLabel(inner) || CELL_ROLES.test(inner) ? parseAnnotation(inner) : undefined;
        if (a) { for (const u of a.units) mentions.push({ ...u, start: u.start + cell.start, end: u.end + cell.start }); if (a.firstLeadsRule) firstLeads = true; }
        else splitUnitList(inner, cell.start, kind === 'lead' ? 'lead' : kind === 'cooperating' ? 'cooperating' : 'responsible', mentions);
        lastUnits[k] = mentions.slice(from);
        if (kind === 'firstLeads') firstLeads = true;
        if (into.us < 0) into.us = cell.start;
        into.ue = cell.end;
      });
      for (const u of resolveRoles(besideLeads(mentions), firstLeads)) {
        const name = intern(text.slice(u.start, u.end).replace(/\s+/g, '') || u.name);
        const key = `${u.role}|${name}`;
        if (into.seen.has(key)) continue;
        into.seen.add(key);
        (u.role === 'lead' ? into.leads : into.cooperating).push(new UnitName(name, u.start, u.end));
      }
    };
    // A section row (a heading across the table, or the whole number of two-level ones): the rows after it are its.
    const startSection = (number: number, label: string, title: string, cell: Cell, r: Line) => {
      flush();
      if (tasks.length > from) tables.push({ section, from, to: tasks.length });
      sections.push({ number, label, title: detach(cleanTitle(title)), tasks: [], span: { start: cell.start, end: cell.end }, line: r.index });
      section = sections.length - 1;
      from = tasks.length;
    };
    // Any text in the row's unit columns.
    const unitText = (cells: Cell[]) => cells.some((c, k) => c.text && isUnitKind(kinds[k]));
    // The number cell of the next data row after line k.
    const nextNumber = (k: number): string => {
      for (let q = k + 1; q < ls.length && q < k + 12; q++) {
        const l = ls[q];
        if (l.kind === 'blank') continue;
        if (folded[l.start] !== '|') return '';
        if (isSeparatorRow(folded, l.start, l.end)) continue;
        return ni >= 0 ? splitRow(folded, l.start, l.end)[ni]?.text ?? '' : '';
      }
      return '';
    };
    let j = i + 2;
    for (; j < ls.length; j++) {
      const r = ls[j];
      // Blank lines and page numbers (a page break: blank, — 2 —, blank) inside the table: its rows go on after them.
      if (r.kind === 'blank') {
        let k = j + 1;
        while (k < ls.length && k - j < 8 && ls[k].kind === 'blank') k++;
        if (k < ls.length && k - j < 8 && folded[ls[k].start] === '|') { j = k - 1; continue; }
        break;
      }
      if (folded[r.start] !== '|') break;
      if (isSeparatorRow(folded, r.start, r.end)) continue;
      const cells = splitRow(folded, r.start, r.end);
      if (cells.map(c => c.text).join('|') === headerText) continue;
      const filled = cells.filter(c => c.text);
      // A section row across the table (| 一、稳定经济增长 | | |), or with its numeral in the 序号 cell and its name in
      // the task cell, no units (| 一 | 数字基础设施建设 | |): the rows after it are that section's.
      let sm = filled.length === 1 ? SECTION_ROW.exec(filled[0].text) : null;
      let secCell = filled[0];
      if (!sm && ni >= 0 && filled.length === 2 && cells[ni] && SECTION_NUMERAL.test(cells[ni].text) && cells[ti]?.text) {
        sm = SECTION_NUMERAL.exec(cells[ni].text);
        secCell = cells[ti];
      }
      if (sm) {
        const title = secCell === filled[0] && filled.length === 1 ? filled[0].text.slice(sm[0].length) : secCell.text;
        startSection(parseNumeral(sm[1]) ?? sections.length + 1, sm[1], title, secCell, r);
        last = 0;
        continue;
      }
      const tc = cells[ti];
      const written0 = ni >= 0 ? cells[ni]?.text ?? '' : '';
      // Two-level numbers (| 1 | 数字基础设施建设 | | then | 1.1 | 加快5G网络建设 | … |): a whole number with no units,
      // followed by its first decimal, is a section; its rows are numbered through, labelled 1.1, 1.2.
      if (/^[0-9]{1,2}$/.test(written0) && tc?.text && !unitText(cells) && DECIMAL_NUMBER.exec(nextNumber(j))?.[1] === written0) {
        startSection(Number(written0), written0, tc.text, tc, r);
        decimal = true;
        continue;
      }
      if (!tc || tc.text.length < 2) {
        // A row going on with the task above (its 序号 and 任务 cells merged): its units are that task's too.
        if (pending && !written0) rowUnits(cells, pending);
        continue;
      }
      flush();
      const dm = decimal ? DECIMAL_NUMBER.exec(written0) : null;
      const num = dm ? last + 1 : /^[0-9]{1,4}$/.test(written0) ? Number(written0) : last + 1;
      last = num;
      if (dm && section >= 0) { labels.set(tasks.length, written0.replace('．', '.')); sectionItems ??= new Map(); const key = `${sections[section].number}|${Number(dm[2])}`; if (!sectionItems.has(key)) sectionItems.set(key, num); }
      // Title: the task cell's first sentence (up to 。), else the whole cell.
      let te = tc.end;
      for (let k = tc.start; k < tc.end; k++) { const c = folded.charCodeAt(k); if (c === 0x3002 || c === 0xff1b || c === 59) { te = k; break; } }
      // The task's text: its cell and the cells after it up to the first unit column (具体措施…).
      const textEnd = Math.max(firstUnit > ti && cells[firstUnit - 1] ? cells[firstUnit - 1].end : tc.end, tc.end);
      pending = { num, r, tc, te, leads: [], cooperating: [], seen: new Set(), us: -1, ue: -1, textEnd, written: /^[0-9]{1,4}$/.test(written0) ? Number(written0) : 0 };
      rowUnits(cells, pending);
    }
    flush();
    if (tasks.length > from) tables.push({ section, from, to: tasks.length });
    after = j;
    i = j - 1;
  }
  if (!tasks.some(t => t.leads.length || t.cooperating.length)) return { tasks: [], sections: [] };
  // Each section's table numbered from 1 again: tasks numbered through, labels 二.1, and the section's items mapped.
  for (const [k, label] of labels) tasks[k].label = label;
  if (!decimal && tables.length >= 2 && tables.every(t => t.section >= 0 && written[t.from] === 1)) {
    sectionItems = new Map();
    let seq = 0;
    for (const t of tables) {
      const sec = sections[t.section];
      for (let k = t.from; k < t.to; k++) {
        const task = tasks[k];
        task.number = ++seq;
        task.label = `${sec.label}.${written[k] || k - t.from + 1}`;
        if (written[k] && !sectionItems.has(`${sec.number}|${written[k]}`)) sectionItems.set(`${sec.number}|${written[k]}`, task.number);
      }
    }
  }
  for (const t of tasks) if (t.section >= 0) sections[t.section].tasks.push(t.number);
  // Sections whose table held no task are dropped; tasks keep their index into what is left.
  const keptAt: number[] = [];
  let kept = 0;
  for (const s of sections) keptAt.push(s.tasks.length ? kept++ : -1);
  for (const t of tasks) if (t.section >= 0) t.section = keptAt[t.section];
  return { tasks, sections: sections.filter(s => s.tasks.length), sectionItems };
}

/**
 * Items of `kind` (`（一）`; `1.` where numbering starts again in each section) are tasks only in the sections where
 * such items carry unit annotations (elsewhere they are principles, goals…): demote the others to plain text.
 */
function keepAnnotatedSections(folded: string, ls: Line[], from: number, kind: Kind): void {
  let secStart = from;
  const flush = (end: number) => {
    let annotated = false;
    for (let k = secStart; k < end && !annotated; k++) {
      if (ls[k].kind !== kind) continue;
      let e = ls[k].end;
      for (let q = k + 1; q < end && ls[q].kind !== kind; q++) e = ls[q].end;
      annotated = hasAnnotation(folded.slice(ls[k].bodyStart, e), ls[k].bodyStart);
    }
    if (!annotated) for (let k = secStart; k < end; k++) if (ls[k].kind === kind) ls[k].kind = 'text';
  };
  for (let k = from; k < ls.length; k++) {
    if (ls[k].kind === 'chinese') { flush(k); secStart = k; }
  }
  flush(ls.length);
}

function hasTaskAfter(ls: Line[], from: number, kind: Kind | undefined): boolean {
  for (let k = from + 1; k < ls.length && k < from + 400; k++) {
    if (ls[k].kind === kind) return true;
    if (ls[k].kind === 'chinese') return false;
  }
  return false;
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  let bad = 0, latin = 0, han = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
    else if (c >= 0x80 && c <= 0xff) latin++;
    else if (isHan(c)) han++;
  }
  // GBK bytes read as Latin-1 (mojibake): many U+0080–00FF characters and no Chinese at all.
  return n > 0 && (bad / n > 0.05 || (latin / n > 0.2 && han === 0));
}

function classify(folded: string, lines: LineIndex, limit: number): Line[] {
  const out: Line[] = [];
  let inComment = false;
  for (let li = 0; li < lines.lineCount; li++) {
    let s = lines.lineStart(li);
    if (s >= limit) break;
    const e = Math.min(lines.lineEnd(li), limit);
    // HTML comments (front matter of converted files) and page numbers (— 3 —) are noise: blank lines.
    const raw = folded.slice(s, e);
    if (inComment || /^\s*<!--/.test(raw)) {
      inComment = !/-->\s*$/.test(raw);
      out.push({ kind: 'blank', start: s, end: s, num: 0, label: '', bodyStart: s, heading: 0, index: li });
      continue;
    }
    if (isPageNumber(raw)) {
      out.push({ kind: 'blank', start: s, end: s, num: 0, label: '', bodyStart: s, heading: 0, index: li });
      continue;
    }
    let heading = 0;
    while (s < e && (folded[s] === ' ' || folded[s] === '\t' || folded[s] === '\ufeff')) s++;
    const hm = HEADING_RE.exec(folded.slice(s, Math.min(e, s + 8)));
    if (hm) { heading = hm[1].length; s += hm[0].length; }
    // Emphasis marks around a number (**1.** …) are skipped too.
    while (s < e && folded[s] === '*') s++;
    let end = e;
    while (end > s && /\s/.test(folded[end - 1])) end--;
    const line: Line = { kind: 'text', start: s, end, num: 0, label: '', bodyStart: s, heading, index: li };
    if (s >= end) { line.kind = 'blank'; out.push(line); continue; }
    const head = folded.slice(s, Math.min(end, s + 12));
    let m: RegExpExecArray | null;
    if ((m = ARABIC_RE.exec(head))) {
      line.kind = 'arabic'; line.num = Number(m[1]); line.label = m[1];
    } else if ((m = BRACKETED_RE.exec(head))) {
      line.kind = 'bracketed'; line.num = parseNumeral(m[1]) ?? 0; line.label = `（${m[1]}）`;
    } else if ((m = CHINESE_RE.exec(head))) {
      line.kind = 'chinese'; line.num = parseNumeral(m[1]) ?? 0; line.label = m[1];
    } else if ((m = ARTICLE_RE.exec(head))) {
      // 若干措施 numbered 第一条, 第二条…: tasks numbered through, as 1. 2. are; named as written (第三条).
      line.kind = 'arabic'; line.num = parseNumeral(m[1]) ?? 0; line.label = `第${m[1]}条`;
    }
    if (m) {
      line.bodyStart = s + m[0].length;
      // A numbered line with nothing after it is not an item.
      if (line.bodyStart >= end) { line.kind = 'text'; line.bodyStart = s; }
    }
    out.push(line);
  }
  return out;
}

/** Does the fragment end with a closed unit annotation `(…牵头单位…)` / `(…负责)`? */
function endsWithAnnotation(folded: string, l: Line): boolean {
  const s = folded.slice(l.start, l.end);
  if (!/[)）]$/.test(s)) {
    return !!matchLabel(folded.slice(l.start, l.start + 12)) && !/[、,;:]$/.test(s);
  }
  const open = findOpen(s, s.length - 1);
  if (open < 0) return false;
  return !!parseAnnotationCached(s.slice(open + 1, s.length - 1), l.start + open + 1);
}

/** Index of the `(` matching the `)` at `close`, or -1. */
function findOpen(s: string, close: number): number {
  let depth = 0;
  for (let k = close; k >= 0 && close - k < 2000; k--) {
    const c = s[k];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') { depth--; if (depth === 0) return k; }
  }
  return -1;
}

function chooseStyle(folded: string, ls: Line[]): 'arabic' | 'chinese' | 'bracketed' | 'none' {
  const count: Record<string, { items: number; annotated: number; first: number }> = {
    arabic: { items: 0, annotated: 0, first: -1 }, chinese: { items: 0, annotated: 0, first: -1 }, bracketed: { items: 0, annotated: 0, first: -1 },
  };
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    if (l.kind !== 'arabic' && l.kind !== 'chinese' && l.kind !== 'bracketed') continue;
    if (count[l.kind].items++ === 0) count[l.kind].first = i;
    // The item's own text: up to the next numbered line of any kind.
    let end = l.end;
    for (let j = i + 1; j < ls.length && j < i + 200; j++) {
      const k = ls[j].kind;
      if (k === 'arabic' || k === 'chinese' || k === 'bracketed' || ls[j].heading) break;
      end = ls[j].end;
    }
    if (hasAnnotation(folded.slice(l.bodyStart, end), l.bodyStart)) count[l.kind].annotated++;
  }
  const order: ('arabic' | 'chinese' | 'bracketed')[] = ['arabic', 'chinese', 'bracketed'];
  let best: 'arabic' | 'chinese' | 'bracketed' | undefined;
  // As many annotated items of two kinds: the outer one, met first (（一）… 1. 2.（牵头单位：…） （二）…（牵头单位：…）: the
  // 1. 2. are measures of task （一）, whose units follow the last of them).
  for (const k of order) if (count[k].annotated > 0 && (!best || count[k].annotated > count[best].annotated || (count[k].annotated === count[best].annotated && count[k].first < count[best].first))) best = k;
  if (best) return best;
  if (count.arabic.items >= 2) return 'arabic';
  if (count.chinese.items >= 3) return 'chinese';
  return 'none';
}

function hasAnnotation(s: string, at: number): boolean {
  for (const a of findAnnotations(s, true, at)) if (a.annotation.units.length) return true;
  // Units on a line of their own after the item (牵头单位：市商务局), not in brackets.
  for (let p = s.indexOf('\n'); p >= 0 && p < s.length; p = s.indexOf('\n', p + 1)) {
    let q = p + 1;
    while (q < s.length && (s[q] === ' ' || s[q] === '\t' || s[q] === '\u3000')) q++;
    const c = s[q];
    if (c !== '牵' && c !== '责' && c !== '配' && c !== '主' && c !== '参' && c !== '协') continue;
    if (!matchLabel(s.slice(q, q + 12))) continue;
    const e = s.indexOf('\n', q);
    if (parseAnnotation(s.slice(q, e < 0 ? s.length : e))?.units.length) return true;
  }
  // A label after a sentence or a tab in the paragraph (…保护。责任单位：市文物局（牵头）、市财政局。).
  return inlineAnnotation(s) !== undefined;
}

/** A label after a sentence's end or a tab in a task's paragraph, to its end: the annotation, and where it starts and ends. */
function inlineAnnotation(body: string): { annotation: Annotation; start: number; end: number } | undefined {
  INLINE_LABEL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = INLINE_LABEL.exec(body));) {
    const at = m.index + m[0].length;
    if (!matchLabel(body.slice(at, at + 24))) continue;
    let end = body.indexOf('\n', at);
    if (end < 0) end = body.length;
    while (end > at && /[\s。.]/.test(body[end - 1])) end--;
    const a = parseAnnotation(body.slice(at, end));
    return a && a.units.length ? { annotation: a, start: at, end } : undefined;
  }
  return undefined;
}

/**
 * Annotations are met several times while parsing one notice (choosing the style, ending a fragment, building the
 * task): within one parse each is parsed once, keyed by its offset and length in the folded notice (no string
 * hashing, nothing kept after the parse). Drafts repeat the same unit lists across rows and blocks: there the
 * key is the text, in a bounded cache shared by all scans. Annotations are immutable.
 */
let parseCache: Map<number, Annotation | null> | undefined;
/** Unit names of the notice being parsed: each distinct name is one string, shared by every task naming it. */
let parseNames: Map<string, string> | undefined;
function intern(name: string): string {
  const hit = parseNames?.get(name);
  if (hit !== undefined) return hit;
  const own = detach(name);
  parseNames?.set(own, own);
  return own;
}
const HAS_SPACE_RE = /\s/;
const textCache = new Map<string, Annotation | null>();
function parseAnnotationCached(content: string, at = -1): Annotation | undefined {
  if (content.length > 400) return parseAnnotation(content);
  if (parseCache) {
    // A notice's piece that is not contiguous in it: parsed as is (the shared cache is for drafts).
    if (at < 0) return parseAnnotation(content);
    const key = at * 512 + content.length;
    const hit = parseCache.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const a = parseAnnotation(content);
    parseCache.set(key, a ?? null);
    return a;
  }
  const hit = textCache.get(content);
  if (hit !== undefined) return hit ?? undefined;
  const a = parseAnnotation(content);
  if (textCache.size > 20_000) textCache.clear();
  // Detached copies: a slice kept in this cache would keep the whole text it was cut from alive.
  if (a) for (const u of a.units) u.name = detach(u.name);
  textCache.set(detach(content), a ?? null);
  return a;
}

interface FoundAnnotation { annotation: Annotation; /** offsets into the searched string */ start: number; end: number; contentStart: number; /** ends with its closing bracket */ closed: boolean }

/**
 * Every bracketed group (depth-aware) or label-led line in `s` that parses as a unit annotation. `at`: the offset of
 * `s` in the folded notice being parsed (-1: not a contiguous piece of it).
 */
const BRACKET_RE = /[()（）]/g;
export function findAnnotations(s: string, firstWithUnits = false, at = -1): FoundAnnotation[] {
  const out: FoundAnnotation[] = [];
  if (s.indexOf('(') < 0 && s.indexOf('（') < 0) return out;
  let depth = 0, open = -1;
  // From bracket to bracket: the regex engine skips the text between them (test() allocates no match).
  for (let next = 0; ;) {
    BRACKET_RE.lastIndex = next;
    if (!BRACKET_RE.test(s)) break;
    next = BRACKET_RE.lastIndex;
    const k = next - 1, c = s.charCodeAt(k);
    if (c === 40 || c === 0xff08) { if (depth === 0) open = k; depth++; }
    else if ((c === 41 || c === 0xff09) && depth > 0) {
      depth--;
      if (depth === 0 && open >= 0) {
        const a = parseAnnotationCached(s.slice(open + 1, k), at < 0 ? -1 : at + open + 1);
        if (a) { out.push({ annotation: a, start: open, end: k + 1, contentStart: open + 1, closed: true }); if (firstWithUnits && a.units.length) return out; }
        open = -1;
      }
    }
  }
  // An annotation whose closing bracket is missing (truncated notice): take it to the end.
  if (depth > 0 && open >= 0) {
    const a = parseAnnotation(s.slice(open + 1));
    if (a && a.labelled) out.push({ annotation: a, start: open, end: s.length, contentStart: open + 1, closed: false });
  }
  return out;
}

interface Piece { src: number; len: number; at: number }

/** Joined text of fragments with a map back to source offsets. */
class Joined {
  text = '';
  pieces: Piece[] = [];
  add(folded: string, from: number, to: number): void {
    this.pieces.push({ src: from, len: to - from, at: this.text.length });
    this.text += folded.slice(from, to);
  }
  /** Source offset of a joined offset (end offsets map to the end of the piece they close). */
  src(at: number, isEnd = false): number {
    let lo = 0, hi = this.pieces.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.pieces[mid].at <= at - (isEnd ? 1 : 0)) lo = mid; else hi = mid - 1; }
    const p = this.pieces[lo];
    if (!p) return 0;
    return p.src + Math.min(Math.max(at - p.at, 0), p.len);
  }
  span(a: number, b: number): Span { return { start: this.src(a), end: this.src(b, true) }; }
}

function buildTask(model: ParsedNotice, folded: string, frags: Line[], first: Line, section: number, firstLeads: boolean): { task: TaskRecord; rule: boolean } {
  const j = new Joined();
  j.add(folded, first.bodyStart, first.end);
  for (let k = 1; k < frags.length; k++) j.add(folded, frags[k].start, frags[k].end);
  const body = j.text;
  const original = model.text;

  const found = findAnnotations(body, false, frags.length === 1 ? first.bodyStart : -1);
  // A label-led fragment on its own line (units on their own line, no brackets).
  for (let k = 1; k < frags.length; k++) {
    const f = frags[k];
    if (matchLabel(folded.slice(f.start, f.start + 12)) && !/^[(（]/.test(folded[f.start])) {
      const at = j.pieces[k].at;
      let end = at + j.pieces[k].len;
      // Wrapped after 、 (配合单位：聊城海关、 | 市地方金融监管局): the next fragments, not a label, go on with it.
      while (k + 1 < frags.length && /[、，,][ \t]*$/.test(body.slice(Math.max(at, end - 4), end)) && !matchLabel(folded.slice(frags[k + 1].start, frags[k + 1].start + 12))) { k++; end = j.pieces[k].at + j.pieces[k].len; }
      const a = parseAnnotation(body.slice(at, end));
      if (a) found.push({ annotation: a, start: at, end, contentStart: at, closed: false });
    }
  }
  // Nothing in brackets or on a line of its own: a label after a sentence or a tab inside the paragraph, to its end
  // (…加强保护。责任单位：市文物局（牵头）、市财政局。 · a Word copy: 标题…<TAB>牵头科室：X<TAB>配合科室：Y).
  if (!found.length) {
    const inline = inlineAnnotation(body);
    if (inline) found.push({ annotation: inline.annotation, start: inline.start, end: inline.end, contentStart: inline.start, closed: false });
  }
  let rule = false;
  const mentions: UnitMention[] = [];
  // Leads named on labelled lines (牵头单位：A / 责任单位：B, each a line): the 责任单位 line's units cooperate.
  let labelledLeads: Set<string> | undefined;
  for (const f of found) if (f.annotation.labelled) for (const u of f.annotation.units) if (u.role === 'lead') (labelledLeads ??= new Set()).add(u.name);
  for (const f of found) {
    if (f.annotation.firstLeadsRule) rule = true;
    for (const u of besideLeads(f.annotation.units, f.annotation.labelled ? labelledLeads : undefined)) mentions.push({ ...u, start: u.start + f.contentStart, end: u.end + f.contentStart });
  }
  const roles = resolveRoles(mentions, firstLeads || rule);
  const leads: TaskUnit[] = [], cooperating: TaskUnit[] = [];
  // A unit named twice in one role is kept once (by its name as written; a Set: a list may name thousands).
  const seenLead = new Set<string>(), seenCoop = new Set<string>();
  for (const u of roles) {
    const at = j.src(u.start), end = j.src(u.end, true);
    const raw = frags.length === 1 ? original.slice(at, end) : unfoldLike(body.slice(u.start, u.end), j, u.start, original);
    const name = intern((HAS_SPACE_RE.test(raw) ? raw.replace(/\s+/g, '') : raw) || u.name);
    const lead = u.role === 'lead', seen = lead ? seenLead : seenCoop;
    if (seen.has(name)) continue;
    seen.add(name);
    (lead ? leads : cooperating).push(new UnitName(name, at, end));
  }
  // Title: the first sentence (up to 。 outside brackets), else up to the first annotation.
  let firstAnn = body.length, lastAnn = 0;
  for (const f of found) { if (f.start < firstAnn) firstAnn = f.start; if (f.end > lastAnn) lastAnn = f.end; }
  let titleEnd = firstAnn;
  let depth = 0;
  for (let k = 0; k < firstAnn; k++) {
    const c = body.charCodeAt(k);
    if (c === 40 || c === 0xff08) depth++;
    else if ((c === 41 || c === 0xff09) && depth > 0) depth--;
    else if (depth === 0 && (c === 0x3002 /* 。 */ || c === 33 || c === 63)) { titleEnd = k; break; }
  }
  const lastFrag = frags[frags.length - 1];
  // The full text is built on demand from the source pieces: an index of a thousand notices does not keep a
  // second copy of every task's text. A single-fragment task needs no pieces (its body is bodyStart…end).
  let pieces: number[] | undefined;
  if (frags.length > 1) { pieces = []; for (const p of j.pieces) pieces.push(p.src, p.len); }
  const task = new TaskRecord(original, first.num, first.label, section, first.index, leads, cooperating, pieces,
    first.start, first.bodyStart, lastFrag.end, j.src(titleEnd, true),
    found.length ? j.src(firstAnn) : -1, found.length ? j.src(lastAnn, true) : -1);
  if (found.length && !mentions.length) {
    model.problems.push(problem('unparsed-units', 'warning', `任务 ${task.number} 的责任单位为空或无法解析`, `The responsible units of task ${task.number} are empty or could not be parsed`, task.unitsSpan ?? task.span, task.line));
  } else if (!found.length) {
    const joinedRaw = body;
    if (/牵头|责任单位|配合单位|负责\)/.test(joinedRaw.slice(Math.max(0, joinedRaw.length - 200)))) {
      model.problems.push(problem('unparsed-units', 'warning', `任务 ${task.number} 的责任单位无法解析`, `The responsible units of task ${task.number} could not be parsed`, task.span, task.line));
    } else {
      model.problems.push(problem('no-units', 'information', `任务 ${task.number} 未列出责任单位`, `Task ${task.number} names no responsible unit`, task.numberSpan, task.line));
    }
  }
  return { task, rule };
}

/** A unit label with its colon after a sentence's end or a tab, inside a task's paragraph (the label at the match's end). */
const INLINE_LABEL = /([。；;\t\u3000]|[ ]{2})[ \t\u3000]{0,3}(?=(?:牵头|配合|责任|协同|参与|主责|主办|协办|协助|负责|承办|实施|主要责任)(?:单位|部门|处室|科室)?[:：])/g;

/** The header fields (set by readHeader) are declared by merging this interface with the class. */
interface NoticeModel extends NoticeHeader {}
/**
 * The parsed notice. Its tasks are kept in a compact table (typed arrays: a few dozen bytes per task instead of
 * several small objects) and made into `Task` objects when first read: a workspace indexes every notice but a
 * draft cites a few, and an index of a thousand notices (a hundred thousand tasks) must stay small.
 */
class NoticeModel implements ParsedNotice {
  sections: Section[] = [];
  style: ParsedNotice['style'] = 'none';
  sectionItems: Map<string, number> | undefined = undefined;
  private table: TaskTable | undefined;
  private made: Task[] | undefined;
  constructor(readonly uri: string, readonly text: string, readonly lines: LineIndex, public problems: NoticeProblem[]) {}
  get tasks(): Task[] { return this.made ??= this.table ? this.table.make(this.text, this.lines) : []; }
  get taskCount(): number { return this.made ? this.made.length : this.table ? this.table.count : 0; }
  eachTask(visit: (t: Task) => void): void { for (const t of this.made ?? this.table?.make(this.text, this.lines) ?? []) visit(t); }
  /** Packs the parser's task records (which are then dropped). */
  keep(tasks: readonly TaskRecord[]): void { this.table = tasks.length ? TaskTable.pack(tasks) : undefined; this.made = undefined; }
  toJSON(): object { return { ...this, table: undefined, made: undefined, lines: undefined, sectionItems: undefined, tasks: this.tasks }; }
}

/** Per task, in `TaskTable.f` (offsets; the title starts where the body does, at B): */
const F_NUMBER = 0, F_SECTION = 1, F_S = 2, F_B = 3, F_E = 4, F_TE = 5, F_US = 6, F_UE = 7, FIELDS = 8;
/** Per task, in `TaskTable.c` (counts): */
const C_LEADS = 0, C_COOPS = 1, C_PIECES = 2, COUNTS = 3;

class TaskTable {
  private constructor(
    readonly count: number, private readonly f: Int32Array, private readonly c: Uint16Array | Int32Array,
    /** name id, start, end per unit, in task order, leads first */ private readonly u: Int32Array, private readonly names: string[],
    /** src, len per piece of multi-fragment tasks, in task order */ private readonly p: Int32Array | undefined,
    /** Labels that are not the task's number (Chinese numerals, renumbered `（一）`) by task index. */ private readonly labels: Map<number, string> | undefined,
  ) {}

  static pack(tasks: readonly TaskRecord[]): TaskTable {
    const f = new Int32Array(tasks.length * FIELDS);
    let nUnits = 0, nPieces = 0, most = 0;
    for (const t of tasks) {
      const np = t.pieceList ? t.pieceList.length : 0;
      nUnits += t.leads.length + t.cooperating.length; nPieces += np;
      most = Math.max(most, t.leads.length, t.cooperating.length, np);
    }
    const c = most > 0xffff ? new Int32Array(tasks.length * COUNTS) : new Uint16Array(tasks.length * COUNTS);
    const u = new Int32Array(nUnits * 3), p = nPieces ? new Int32Array(nPieces) : undefined;
    const names: string[] = [], ids = new Map<string, number>();
    let labels: Map<number, string> | undefined;
    let ku = 0, kp = 0;
    tasks.forEach((t, i) => {
      const o = i * FIELDS, q = i * COUNTS;
      f[o + F_NUMBER] = t.number; f[o + F_SECTION] = t.section;
      t.offsets(f, o + F_S);
      c[q + C_LEADS] = t.leads.length; c[q + C_COOPS] = t.cooperating.length; c[q + C_PIECES] = t.pieceList ? t.pieceList.length : 0;
      for (const x of [t.leads, t.cooperating]) for (const un of x as UnitName[]) {
        let id = ids.get(un.name);
        if (id === undefined) { id = names.length; names.push(un.name); ids.set(un.name, id); }
        u[ku++] = id; u[ku++] = un.start; u[ku++] = un.end;
      }
      if (t.pieceList) for (const x of t.pieceList) p![kp++] = x;
      if (t.label !== String(t.number)) (labels ??= new Map()).set(i, t.label);
    });
    return new TaskTable(tasks.length, f, c, u, names, p, labels);
  }

  /** The tasks as objects (units of one name share one string). */
  make(source: string, lines: LineIndex): Task[] {
    const { f, c, u, names, p } = this;
    const out: Task[] = [];
    let ku = 0, kp = 0;
    const unitsOf = (n: number): TaskUnit[] => {
      if (!n) return NO_UNITS;
      const a: TaskUnit[] = new Array(n);
      for (let k = 0; k < n; k++, ku += 3) a[k] = new UnitName(names[u[ku]], u[ku + 1], u[ku + 2]);
      return a;
    };
    for (let i = 0; i < this.count; i++) {
      const o = i * FIELDS, q = i * COUNTS;
      const np = c[q + C_PIECES];
      const pieces = np && p ? Array.from(p.subarray(kp, kp + np)) : undefined;
      kp += np;
      const s = f[o + F_S], number = f[o + F_NUMBER];
      const leads = unitsOf(c[q + C_LEADS]), cooperating = unitsOf(c[q + C_COOPS]);
      out.push(new TaskRecord(source, number, this.labels?.get(i) ?? String(number), f[o + F_SECTION], lines.positionAt(s).line,
        leads, cooperating, pieces, s, f[o + F_B], f[o + F_E], f[o + F_TE], f[o + F_US], f[o + F_UE]));
    }
    return out;
  }
}

/** A unit as a task names it: the name and its source offsets (the span object is made when asked for). */
class UnitName implements TaskUnit {
  constructor(readonly name: string, readonly start: number, readonly end: number) {}
  get span(): Span { return { start: this.start, end: this.end }; }
  toJSON(): object { return { name: this.name, span: this.span }; }
}

const NO_UNITS: TaskUnit[] = [];

/**
 * A task, compact: an index of a thousand notices holds a hundred thousand of these, so offsets are small
 * integers on the record (spans are made when asked for), unit names are shared within a notice, an Arabic label
 * is its number, and the text is cut from the source on demand.
 */
class TaskRecord implements Task {
  private lbl: string | undefined;
  private ttl: string | undefined;
  readonly leads: TaskUnit[];
  readonly cooperating: TaskUnit[];
  constructor(
    private readonly source: string, public number: number, label: string, public section: number, readonly line: number,
    leads: TaskUnit[], cooperating: TaskUnit[], private readonly pieces: readonly number[] | undefined,
    private readonly s: number, private readonly b: number, private readonly e: number,
    private readonly te: number, private readonly us: number, private readonly ue: number,
  ) {
    this.lbl = label === String(number) ? undefined : detach(label);
    // Exact-size copies: an array grown by push keeps spare capacity (17 slots for one unit).
    this.leads = leads.length ? leads.slice() : NO_UNITS;
    this.cooperating = cooperating.length ? cooperating.slice() : NO_UNITS;
  }
  get pieceList(): readonly number[] | undefined { return this.pieces; }
  /** Writes s, b, e, te, us, ue into `to` from `at`. */
  offsets(to: Int32Array, at: number): void {
    to[at] = this.s; to[at + 1] = this.b; to[at + 2] = this.e; to[at + 3] = this.te; to[at + 4] = this.us; to[at + 5] = this.ue;
  }
  get label(): string { return this.lbl ?? String(this.number); }
  /** The title as written: the source from the body's start to the title's end, across page breaks (made once). */
  get title(): string {
    if (this.ttl === undefined) {
      const p = this.pieces, b = this.b, te = this.te;
      let raw = '';
      if (!p) raw = this.source.slice(b, te);
      else for (let k = 0; k < p.length; k += 2) { const x = Math.max(p[k], b), y = Math.min(p[k] + p[k + 1], te); if (x < y) raw += this.source.slice(x, y); }
      this.ttl = detach(cleanTitle(raw));
    }
    return this.ttl;
  }
  set label(v: string) { this.lbl = v; }
  get span(): Span { return { start: this.s, end: this.e }; }
  get numberSpan(): Span { return { start: this.s, end: this.b }; }
  get titleSpan(): Span { return { start: this.b, end: this.te }; }
  get unitsSpan(): Span | undefined { return this.us < 0 ? undefined : { start: this.us, end: this.ue }; }
  get text(): string {
    const p = this.pieces;
    // A task table's row: its cells apart by ；.
    // (A row starts with |: a numbered task whose text holds a | keeps it.)
    if (!p) { const raw = this.source.slice(this.b, this.e); return cleanText(this.source[this.s] !== '|' ? raw : raw.split('|').map(x => x.trim()).filter(x => x).join('；')); }
    let out = '';
    for (let k = 0; k < p.length; k += 2) out += this.source.slice(p[k], p[k] + p[k + 1]);
    return cleanText(out);
  }
  toJSON(): object {
    return {
      number: this.number, label: this.label, title: this.title, text: this.text, section: this.section, leads: this.leads, cooperating: this.cooperating,
      span: this.span, numberSpan: this.numberSpan, titleSpan: this.titleSpan, unitsSpan: this.unitsSpan, line: this.line,
    };
  }
}

/** The original (unfolded) characters of a joined string: titles keep full-width punctuation as written. */
function unfoldLike(joined: string, j: Joined, offset: number, original: string): string {
  let out = '';
  for (const p of j.pieces) {
    const a = Math.max(p.at, offset), b = Math.min(p.at + p.len, offset + joined.length);
    if (a < b) out += original.slice(p.src + (a - p.at), p.src + (b - p.at));
  }
  return out;
}

const TAG_RE = /<\/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,200})?\/?>/g;

export function cleanText(s: string): string {
  return squeezeCjkSpaces(s.indexOf('<') < 0 ? s : s.replace(TAG_RE, ''));
}
export function cleanTitle(s: string): string {
  const t = cleanText(s);
  let a = 0, b = t.length;
  while (a < b && (t[a] === '*' || /\s/.test(t[a]))) a++;
  while (b > a && (t[b - 1] === '*' || t[b - 1] === '。' || /\s/.test(t[b - 1]))) b--;
  return t.slice(a, b);
}

const DOC_NUMBER_RE = /([\u4e00-\u9fff]{1,12}?)[ \t]{0,3}[〔\[［(（【][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】][ \t]{0,3}(\d{1,5})[ \t]{0,3}号/;
const DATE_RE = /((?:19|20)\d{2}|[二〇零○一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

function readHeader(model: ParsedNotice, folded: string, header: Line[]): void {
  const texts = header.filter(l => l.kind !== 'blank').map(l => ({ l, s: model.text.slice(l.start, l.end), f: folded.slice(l.start, l.end) }));
  // 发文字号: a line that is only a document number, else the first one in the header.
  let dn = texts.find(t => DOC_NUMBER_RE.test(t.f) && t.f.replace(DOC_NUMBER_RE, '').trim().length <= 2);
  if (!dn) dn = texts.find(t => DOC_NUMBER_RE.test(t.f) && !/《|》|印发/.test(t.f));
  if (dn) {
    const m = DOC_NUMBER_RE.exec(dn.f)!;
    model.docNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
    model.docNumberSpan = { start: dn.l.start + m.index, end: dn.l.start + m.index + m[0].length };
  } else {
    model.problems.push(problem('no-doc-number', 'information', '未找到发文字号（如“聊政办字〔2023〕3号”）', 'No document number (such as 聊政办字〔2023〕3号) found', { start: 0, end: 0 }, 0));
  }
  // Title: lines containing 关于 … ending like a document; consecutive title lines (wrapped titles) are joined.
  const isTitleEnd = (s: string) => /(?:通知|意见|方案|办法|规定|决定|计划|要点|函|批复|报告|清单|任务|措施|规划|细则|纲要)$/.test(s.replace(/[\s*#]/g, ''));
  let ti = texts.findIndex(t => /关于/.test(t.f) && t !== dn && t.f.length < 200);
  if (ti >= 0) {
    let title = texts[ti].s;
    let k = ti;
    while (!isTitleEnd(title) && k + 1 < texts.length && texts[k + 1] !== dn && texts[k + 1].f.length < 60 && k - ti < 3) { k++; title += texts[k].s; }
    model.title = cleanTitle(title.replace(/^#+\s*/, ''));
  } else {
    const h = texts.find(t => t.l.heading > 0 && isTitleEnd(t.f) && t !== dn);
    if (h) model.title = cleanTitle(h.s);
  }
  // Date: the last date line in the header (the signature date).
  for (const t of texts) {
    if (t.f.length >= 40) continue;
    const m = DATE_RE.exec(t.f);
    if (m) model.date = isoDate(m[1], m[2], m[3]);
  }
  // Issuer: the line just before the date (the signature), else the title's part before 关于, else the first line.
  const dateIdx = texts.findIndex(t => t.f.length < 40 && DATE_RE.test(t.f));
  const sig = dateIdx > 0 ? texts[dateIdx - 1].s.trim() : '';
  if (sig && sig.length <= 40 && /^[\u4e00-\u9fff\s]+$/.test(sig)) model.issuer = sig.replace(/\s+/g, '');
  else if (model.title && /关于/.test(model.title)) model.issuer = model.title.slice(0, model.title.indexOf('关于')).trim() || undefined;
  else if (texts.length && texts[0].s.length < 40) model.issuer = cleanTitle(texts[0].s);
  if (model.issuer) {
    const pm = /^([\u4e00-\u9fff]{1,6}?(?:市|省|县|自治区|自治州|区))/.exec(model.issuer);
    if (pm && !/^(?:市|省|县|区)$/.test(pm[1])) model.place = pm[1];
  }
  // Task-list title: the document named in the 印发 sentence (《…》已经…同意/现印发), else a heading after the date.
  for (const t of texts) {
    const m = /《([^《》]{4,120})》[^《》]{0,20}(?:已经|现印发|印发给)/.exec(t.s);
    if (m) { model.taskListTitle = cleanTitle(m[1]); break; }
  }
  if (!model.taskListTitle && dateIdx >= 0) {
    for (let k = dateIdx + 1; k < texts.length; k++) {
      const s = texts[k].f;
      if (/^[(（]?此件/.test(s) || s.length > 80 || /[。:：]$/.test(s)) continue;
      model.taskListTitle = cleanTitle(texts[k].s.replace(/^#+\s*/, ''));
      break;
    }
  }
  if (model.taskListTitle && model.taskListTitle === model.title) model.taskListTitle = undefined;
}

function isoDate(y: string, m: string, d: string): string | undefined {
  const year = parseNumeral(y), month = parseNumeral(m), day = parseNumeral(d);
  if (!year || !month || !day || month > 12 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Roles written inside a unit cell of a task table. */
const CELL_ROLES = /牵头|主责|配合|参与|协同|协助|负责/;

function hasUnits(t: TaskRecord): boolean { return t.leads.length + t.cooperating.length > 0; }

function checkNumbering(model: ParsedNotice, tasks: readonly Task[]): void {
  const nums = tasks.map(t => t.number);
  for (let k = 1; k < nums.length; k++) {
    if (nums[k] !== nums[k - 1] + 1 && nums[k] > nums[k - 1]) {
      const t = tasks[k];
      model.problems.push(problem('task-gap', 'information', `任务编号从 ${nums[k - 1]} 跳到 ${nums[k]}`, `Task numbers jump from ${nums[k - 1]} to ${nums[k]}`, t.numberSpan, t.line));
    }
  }
  const ok = new Map<string, boolean>();
  const looksLikeUnit = (name: string) => { let r = ok.get(name); if (r === undefined) ok.set(name, r = isCollective(name) || /^[\u4e00-\u9fff()（）·]{2,40}$/.test(name)); return r; };
  for (const t of tasks) {
    for (const u of [...t.leads, ...t.cooperating]) {
      if (!looksLikeUnit(u.name)) {
        model.problems.push(problem('suspicious-unit', 'warning', `任务 ${t.number} 的单位名“${u.name}”不像单位名称`, `Unit name “${u.name}” of task ${t.number} does not look like a unit`, u.span, model.lines.positionAt(u.span.start).line));
      }
    }
  }
}

function problem(code: ProblemCode, severity: NoticeProblem['severity'], zh: string, en: string, span: Span, line: number): NoticeProblem {
  return { code, severity, message: { zh, en }, span, line };
}

export function spanRange(n: ParsedNotice, s: Span): Range { return n.lines.range(s); }
