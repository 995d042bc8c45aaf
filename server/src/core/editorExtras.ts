/**
 * What an editor shows beside the text: inlay hints (the title after a bare citation), semantic tokens (what a
 * grammar cannot know: a valid vs an unknown task, a known vs an unknown unit), and CodeLens counts on a notice's
 * tasks (how often drafts cite each).
 */
import { declaredAt, type DraftAnalysis } from './document';
import { bindingNotice } from './scanner';
import type { Span } from './types';
import type { IndexedNotice } from './workspace';

export interface CoreInlayHint { offset: number; label: string; tooltip: string }

/** `第12项` ▸ 加强“两高”行业管控 — only for citations of one task written without their title. */
export function inlayHints(a: DraftAnalysis, range: Span, maxLength = 24): CoreInlayHint[] {
  const out: CoreInlayHint[] = [];
  for (const c of a.citations) {
    if (c.span.end < range.start || c.span.start > range.end) continue;
    if (c.title || c.kind === 'title' || c.numbers.length !== 1) continue;
    const n = bindingNotice(a.ctx, c.binding);
    const t = n?.byNumber.get(c.numbers[0]);
    if (!t) continue;
    const label = t.title.length > maxLength ? t.title.slice(0, maxLength - 1) + '…' : t.title;
    out.push({ offset: c.span.end, label: ` ${label}`, tooltip: t.title });
  }
  return out;
}

export const TOKEN_TYPES = ['taskCitation', 'unknownTask', 'unit', 'unknownUnit', 'docNumber'] as const;
export type TokenType = typeof TOKEN_TYPES[number];
export interface CoreToken { span: Span; type: TokenType }

export function semanticTokens(a: DraftAnalysis): CoreToken[] {
  const out: CoreToken[] = [];
  for (const c of a.citations) {
    const n = bindingNotice(a.ctx, c.binding);
    if (!n) continue;
    if (c.kind === 'title') { out.push({ span: c.span, type: 'taskCitation' }); continue; }
    for (const it of c.items) out.push({ span: it.span, type: n.byNumber.has(it.n) ? 'taskCitation' : 'unknownTask' });
  }
  for (const l of a.lists) {
    const g = l.group !== undefined ? a.groups[l.group] : undefined;
    const first = g ? a.citations[g.citations[0]] : undefined;
    const n = (first && bindingNotice(a.ctx, first.binding)) ?? declaredAt(a, l.span.start) ?? a.ctx.index.default();
    if (!n) continue;
    for (const u of l.units) out.push({ span: u.span, type: n.units.resolve(u.name) ? 'unit' : 'unknownUnit' });
  }
  for (const d of a.docNumbers) out.push({ span: d.span, type: 'docNumber' });
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** Per task of a notice: how many citations the given draft analyses make of it. */
export function citationCounts(n: IndexedNotice, analyses: DraftAnalysis[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const a of analyses) for (const c of a.citations) {
    if (c.binding.notice !== n.id) continue;
    for (const x of c.numbers) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return counts;
}
