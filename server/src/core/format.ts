/** Text shown to people: task summaries, citation text. Shared by hover, completion and the CLI. */
import type { Task } from './notice';
import type { Locale } from './types';
import type { IndexedNotice } from './workspace';
import { leadNames, coopNames } from './diagnostics';

export type CitationStyle = 'number-title' | 'number';

/** `第12项“加强“两高”行业管控”` (or `第12项` in the `number` style). */
export function citationText(task: Task, style: CitationStyle = 'number-title'): string {
  return style === 'number' ? `第${task.number}项` : `第${task.number}项“${task.title}”`;
}

export function sectionLabel(n: IndexedNotice, task: Task): string {
  const s = n.notice.sections[task.section];
  return s ? `${s.label}、${s.title}` : '';
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
    `**${en ? `Task ${task.number}` : `第${task.number}项`}　${escapeMd(task.title)}**`,
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
