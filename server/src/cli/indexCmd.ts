/** `policy-draft index`: the notice model as JSON (the documented shape) or a readable summary. */
import { coopNames, leadNames } from '../core/diagnostics';
import { sectionHeading } from '../core/format';
import type { Locale } from '../core/types';
import type { IndexedNotice } from '../core/workspace';

export function indexJson(n: IndexedNotice): object {
  const x = n.notice;
  return {
    uri: n.uri,
    docNumber: x.docNumber ?? null,
    title: x.title ?? null,
    taskListTitle: x.taskListTitle ?? null,
    issuer: x.issuer ?? null,
    date: x.date ?? null,
    style: x.style,
    sections: x.sections.map(s => ({ number: s.number, label: s.label, title: s.title, tasks: s.tasks })),
    tasks: x.tasks.map(t => ({
      number: t.number, label: t.label, title: t.title, text: t.text,
      section: t.section >= 0 ? x.sections[t.section].number : null,
      leadUnits: leadNames([t], n), cooperatingUnits: coopNames([t], n),
      range: x.lines.range(t.span),
    })),
    units: n.units.units.map(u => ({ name: u.name, aliases: u.aliases, leadTasks: u.leadTasks, cooperatingTasks: u.cooperatingTasks, ...(u.collective ? { collective: true } : {}) })),
    problems: x.problems.map(p => ({ code: p.code, severity: p.severity, line: p.line + 1, message: p.message.zh, messageEn: p.message.en, range: x.lines.range(p.span) })),
  };
}

export function indexText(n: IndexedNotice, lang: Locale): string {
  const x = n.notice;
  const en = lang === 'en';
  const out: string[] = [];
  out.push(`${x.docNumber ?? (en ? '(no document number)' : '（无文号）')}  ${x.title ?? ''}`);
  if (x.taskListTitle) out.push(`《${x.taskListTitle}》`);
  out.push([x.issuer, x.date].filter(Boolean).join('  '));
  out.push(en ? `${x.sections.length} sections, ${x.tasks.length} tasks, ${n.units.units.length} units` : `${x.sections.length} 个部分，${x.tasks.length} 项任务，${n.units.units.length} 个单位`);
  out.push('');
  const printTask = (num: number) => {
    const t = n.byNumber.get(num);
    if (!t) return;
    const leads = leadNames([t], n), coops = coopNames([t], n);
    // Numbered within sections (（一） again in each): as the notice writes it, 二（三）.
    out.push(x.sectionItems ? `    ${t.label} ${t.title}` : `  ${String(t.number).padStart(3)}. ${t.title}`);
    out.push(`       ${en ? 'lead' : '牵头'}：${leads.join('、') || '—'}${coops.length ? `；${en ? 'cooperating' : '配合'}：${coops.join('、')}` : ''}`);
  };
  if (x.sections.length) for (const s of x.sections) { out.push(sectionHeading(s)); s.tasks.forEach(printTask); }
  else x.tasks.forEach(t => printTask(t.number));
  if (x.problems.length) {
    out.push('', en ? 'Problems:' : '问题：');
    for (const p of x.problems) out.push(`  ${en ? 'line' : '第'} ${p.line + 1}${en ? '' : ' 行'}  ${p.severity}  ${p.code}  ${en ? p.message.en : p.message.zh}`);
  }
  return out.join('\n');
}
