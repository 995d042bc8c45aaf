/** `policy-draft coverage --unit NAME FILE…`: which of a unit's tasks the drafts cite. Exit 1 when a lead task is missing. */
import * as path from 'node:path';
import { Common, expandPaths, fileUri, Io, makeService, readInput, sizeOf, UsageError } from './common';
import { coveredNumbers } from '../core/navigation';

export async function runCoverage(c: Common, io: Io): Promise<number> {
  const en = c.lang === 'en';
  const unitName = c.flags.get('--unit');
  if (typeof unitName !== 'string' || !unitName) throw new UsageError('coverage needs --unit NAME');
  if (c.format !== 'text' && c.format !== 'json') throw new UsageError('--format takes text or json');
  if (!c.rest.length) throw new UsageError(en ? 'coverage needs files' : 'coverage 需要文件参数');
  const { service, config, messages } = await makeService(c, io);
  for (const m of messages) io.err(`policy-draft: ${en ? m.en : m.zh}\n`);
  const notice = service.index.default();
  if (!notice) { io.err('policy-draft: no notice\n'); return 2; }
  const unit = notice.units.resolve(unitName)?.unit;
  if (!unit) {
    const sugg = notice.units.suggest(unitName);
    io.err(en ? `policy-draft: “${unitName}” is not a unit of ${notice.notice.docNumber}${sugg.length ? `; did you mean ${sugg.join(', ')}?` : ''}\n` : `policy-draft: “${unitName}”不是 ${notice.notice.docNumber} 中的单位${sugg.length ? `，是否指：${sugg.join('、')}？` : ''}\n`);
    return 2;
  }
  const { files, stdin } = expandPaths(c.rest, io.cwd, c.lang);
  io.willRead?.(sizeOf(files));
  const citedBy = new Map<number, string[]>();
  let ioProblems = 0;
  for (const t of [...files, ...(stdin ? ['-' as const] : [])]) {
    let text: string;
    try { text = (await readInput(t, io, config.maxFileSize)).text; }
    catch (e) { io.err(`policy-draft: ${t}: ${(e as Error).message}\n`); ioProblems++; continue; }
    const display = t === '-' ? '<stdin>' : path.relative(io.cwd, t) || t;
    const a = service.analyze({ uri: t === '-' ? 'untitled:stdin' : fileUri(t), text });
    for (const n of coveredNumbers(a, notice.id)) { const l = citedBy.get(n) ?? []; if (!l.includes(display)) l.push(display); citedBy.set(n, l); }
  }
  const row = (n: number) => ({ number: n, title: notice.byNumber.get(n)?.title ?? '', cited: citedBy.has(n), files: citedBy.get(n) ?? [] });
  const lead = unit.leadTasks.map(row), coop = unit.cooperatingTasks.map(row);
  if (c.format === 'json') io.out(JSON.stringify({ unit: unit.name, notice: notice.notice.docNumber, lead, cooperating: coop }, null, 2) + '\n');
  else {
    const out: string[] = [`${unit.name}（${notice.notice.docNumber}）`];
    const part = (title: string, rows: ReturnType<typeof row>[]) => {
      out.push('', `${title}（${rows.filter(r => r.cited).length}/${rows.length}）`);
      for (const r of rows) out.push(`  ${r.cited ? '✓' : '✗'} ${en ? 'task' : '第'}${r.number}${en ? '' : '项'} ${r.title}${r.cited ? `  — ${r.files.join(', ')}` : en ? '  — not cited' : '  — 未提及'}`);
    };
    part(en ? 'Leads' : '牵头任务', lead);
    part(en ? 'Cooperates on' : '配合任务', coop);
    io.out(out.join('\n') + '\n');
  }
  if (ioProblems) return 2;
  return lead.some(r => !r.cited) ? 1 : 0;
}
