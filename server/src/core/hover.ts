/** Hover: a citation shows its task(s); a unit its tasks; a 文号 or 《title》 the notice. */
import { noticeSummary, unitMarkdown } from './completion';
import { declaredAt, type DraftAnalysis } from './document';
import { escapeMd, noticeLabel, taskMarkdown } from './format';
import { leadNames } from './diagnostics';
import { bindingNotice } from './scanner';
import type { Locale, Span } from './types';

export interface CoreHover { markdown: string; span: Span }

const MAX_LIST = 40;

export function hover(a: DraftAnalysis, offset: number, locale: Locale = 'zh'): CoreHover | undefined {
  const en = locale === 'en';
  const within = (s: Span) => s.start <= offset && offset <= s.end;
  const c = a.citations.find(x => within(x.span) || (x.title && within(x.title.outer)));
  if (c) {
    const n = bindingNotice(a.ctx, c.binding);
    const span = c.title ? { start: Math.min(c.span.start, c.title.outer.start), end: Math.max(c.span.end, c.title.outer.end) } : c.span;
    if (c.binding.via === 'external') return { span, markdown: en ? 'Cites another document (not indexed); not checked.' : '引用的是其他文件（未收录），不作检查。' };
    if (!n) return undefined;
    if (c.numbers.length === 1) {
      const t = n.byNumber.get(c.numbers[0]);
      if (!t) return { span, markdown: en ? `**${noticeLabel(n)}** has no task ${c.numbers[0]} (it has ${n.maxTask}).` : `**${noticeLabel(n)}** 中没有第${c.numbers[0]}项（共${n.maxTask}项）。` };
      return { span, markdown: taskMarkdown(n, t, locale) };
    }
    const rows = c.numbers.slice(0, MAX_LIST).map(k => {
      const t = n.byNumber.get(k);
      return t ? `- **${k}** ${escapeMd(t.title)} — ${leadNames([t], n).join('、')}` : `- **${k}** ${en ? '(no such task)' : '（无此项）'}`;
    });
    if (c.numbers.length > MAX_LIST) rows.push(`- … ${c.numbers.length - MAX_LIST}`);
    return { span, markdown: [`**${noticeLabel(n)}** ${en ? `tasks ${c.items.map((it, k) => (k ? (it.range ? '–' : ', ') : '') + it.n).join('')}` : `第${c.items.map((it, k) => (k ? (it.range ? '至' : '、') : '') + it.n).join('')}项`}`, '', ...rows].join('\n') };
  }
  for (const l of a.lists) {
    if (!within(l.span)) continue;
    const u = l.units.find(x => within(x.span));
    if (!u) continue;
    const g = l.group !== undefined ? a.groups[l.group] : undefined;
    const first = g ? a.citations[g.citations[0]] : undefined;
    const n = (first && bindingNotice(a.ctx, first.binding)) ?? declaredAt(a, u.span.start) ?? a.ctx.index.default();
    if (!n) return undefined;
    const md = unitMarkdown(n, u.name, locale);
    if (!md) return { span: u.span, markdown: en ? `“${escapeMd(u.name)}” is not a unit of ${noticeLabel(n)}.` : `“${escapeMd(u.name)}”不是${noticeLabel(n)}中的单位。` };
    return { span: u.span, markdown: md };
  }
  // An informal name in prose: the unit it stands for.
  const m = a.mentions.find(x => within(x.span));
  if (m) {
    const n = a.ctx.index.get(m.notice);
    const md = n && unitMarkdown(n, m.name, locale);
    if (md) return { span: m.span, markdown: md };
  }
  const d = a.docNumbers.find(x => within(x.span));
  if (d) {
    const n = d.notice ? a.ctx.index.get(d.notice) : undefined;
    return { span: d.span, markdown: n ? noticeSummary(n, locale) : (en ? `${escapeMd(d.text)}: not an indexed notice.` : `${escapeMd(d.text)}：未收录的文件。`) };
  }
  const r = a.noticeRefs.find(x => x.notice && within(x.span));
  if (r) {
    const n = a.ctx.index.get(r.notice!);
    if (n) return { span: r.span, markdown: noticeSummary(n, locale) };
  }
  return undefined;
}
