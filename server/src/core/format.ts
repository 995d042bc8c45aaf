/** Text shown to people: task summaries, citation text. Shared by hover, completion and the CLI. */
import type { Task } from './notice';
import type { Locale } from './types';
import type { IndexedNotice } from './workspace';
import { leadNames, coopNames } from './diagnostics';

export type CitationStyle = 'number-title' | 'number';

/**
 * How a task is named: `第12项`, or in a notice that numbers its tasks within each section (ParsedNotice.sectionItems)
 * by its section and its number there, `第二部分第（三）项` (`task 二（三）` in English).
 */
export function taskName(n: IndexedNotice | undefined, task: Task, locale: Locale = 'zh'): string {
  // A notice of articles (第一条, 第二条…): as it numbers them.
  if (task.label.endsWith('条')) return locale === 'en' ? `article ${task.number}` : task.label;
  // Two-level numbers (1.1, 2.3): as written.
  if (/^[0-9]{1,2}\.[0-9]{1,2}$/.test(task.label)) return locale === 'en' ? `task ${task.label}` : `第${task.label}项`;
  const s = n?.notice.sectionItems ? n.notice.sections[task.section] : undefined;
  if (!s || !task.label.startsWith(s.label)) return locale === 'en' ? `task ${task.number}` : `第${task.number}项`;
  const item = task.label.slice(s.label.length).replace(/^\./, '');
  return locale === 'en' ? `task ${task.label}` : `第${s.label}部分第${item}项`;
}

/** `第12项“加强“两高”行业管控”` (or `第12项` in the `number` style); `第二部分第（三）项…` where tasks are so numbered. */
export function citationText(task: Task, style: CitationStyle = 'number-title', n?: IndexedNotice): string {
  const name = taskName(n, task);
  return style === 'number' ? name : `${name}“${task.title}”`;
}

/** A message's task numbers (第6项 · 第6、7项 · task 6) as the notice names those tasks, where it numbers them within sections. */
export function relabel(n: IndexedNotice, message: string, locale: Locale): string {
  if (!n.notice.sectionItems && !articles(n)) return message;
  const name = (x: string) => { const t = n.byNumber.get(Number(x)); return t ? taskName(n, t, locale) : undefined; };
  if (locale === 'en') return message.replace(/\btask (\d+)/g, (m, x: string) => name(x) ?? m);
  // Not a number already named by its part (中没有第二部分第5项: as the draft wrote it).
  return message.replace(/(?<!部分)第(\d+(?:、\d+)*)项/g, (m, xs: string) => {
    const names = xs.split('、').map(name);
    return names.every(Boolean) ? names.join('、') : m;
  });
}

/** Does the notice number its tasks as articles (第一条…)? */
export function articles(n: IndexedNotice): boolean {
  let v = articleNotices.get(n.notice);
  if (v === undefined) articleNotices.set(n.notice, v = n.notice.taskCount > 0 && n.notice.tasks[0].label.endsWith('条'));
  return v;
}
const articleNotices = new WeakMap<object, boolean>();

export function sectionLabel(n: IndexedNotice, task: Task): string {
  const s = n.notice.sections[task.section];
  return s ? sectionHeading(s) : '';
}

/** A section as its heading reads: `二、做强数字产业`, `（一）深化工业污染治理`. */
export function sectionHeading(s: { label: string; title: string }): string {
  return /[)）]$/.test(s.label) ? `${s.label}${s.title}` : /^[0-9]+$/.test(s.label) ? `${s.label}. ${s.title}` : `${s.label}、${s.title}`;
}

export function noticeLabel(n: IndexedNotice): string {
  return n.notice.docNumber ?? n.notice.taskListTitle ?? n.notice.title ?? n.uri;
}

/** Markdown for one task: number, title, section, units, full text, source. */
export function taskMarkdown(n: IndexedNotice, task: Task, locale: Locale = 'zh', full = true): string {
  const en = locale === 'en';
  const leads = leadNames([task], n), coops = coopNames([task], n);
  const sec = sectionLabel(n, task);
  const lines = [
    `**${en ? taskName(n, task, 'en').replace(/^t/, 'T') : taskName(n, task)}　${escapeMd(task.title)}**`,
    '',
    sec ? `${en ? 'Section: ' : '所属部分：'}${escapeMd(sec)}` : '',
    `${en ? 'Lead: ' : '牵头单位：'}${leads.length ? leads.join(en ? ', ' : '、') : (en ? '(none)' : '（未列）')}`,
    coops.length ? `${en ? 'Cooperating: ' : '配合单位：'}${coops.join(en ? ', ' : '、')}` : '',
  ].filter(x => x !== '');
  if (full) lines.push('', '---', '', escapeMd(task.text));
  lines.push('', `*${escapeMd(noticeLabel(n))}${en ? `, line ${task.line + 1}` : ` 第${task.line + 1}行`}*`);
  return lines.join('  \n').replace(/ {2}\n {2}\n/g, '\n\n');
}

export function escapeMd(s: string): string { return s.replace(/([\\`*_[\]<>#|])/g, '\\$1'); }
