/**
 * Code actions: the fixes of the diagnostics under the cursor (keyed by rule id, computed by diagnostics.ts),
 * and "add the title" after a bare citation.
 */
import type { DraftAnalysis } from './document';
import type { CoreDiagnostic, Fix } from './diagnostics';
import { bindingNotice } from './scanner';
import type { Locale, Span } from './types';

export interface CoreCodeAction { title: string; fix: Fix; diagnostics: CoreDiagnostic[]; preferred: boolean; kind: 'quickfix' | 'refactor.rewrite' }

const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

export function codeActions(a: DraftAnalysis, span: Span, diags: CoreDiagnostic[], locale: Locale = 'zh'): CoreCodeAction[] {
  const out: CoreCodeAction[] = [];
  // The same fix offered by two diagnostics of one list (wrong-lead-unit and missing-lead-unit both offer the notice's
  // list) is one action, fixing both.
  const byKey = new Map<string, CoreCodeAction>();
  for (const d of diags) {
    if (!overlaps(d.span, span)) continue;
    d.fixes.forEach((fix, k) => {
      const key = `${fix.title}\u0000${fix.edits.map(e => `${e.span.start}-${e.span.end}:${e.newText}`).join('\u0000')}`;
      const seen = byKey.get(key);
      if (seen) { seen.diagnostics.push(d); seen.preferred ||= fix.safe && k === 0; return; }
      const action: CoreCodeAction = { title: fix.title, fix, diagnostics: [d], preferred: fix.safe && k === 0, kind: 'quickfix' };
      byKey.set(key, action);
      out.push(action);
    });
  }
  for (const c of a.citations) {
    if (!overlaps(c.span, span) || c.title || c.kind === 'title' || c.numbers.length !== 1 || c.kind === 'table') continue;
    const n = bindingNotice(a.ctx, c.binding);
    const t = n?.byNumber.get(c.numbers[0]);
    if (!t) continue;
    out.push({
      title: locale === 'en' ? `Add the title “${t.title}”` : `添加任务名称“${t.title}”`,
      fix: { title: '', edits: [{ span: { start: c.span.end, end: c.span.end }, newText: `“${t.title}”` }], safe: false },
      diagnostics: [], preferred: false, kind: 'quickfix',
    });
  }
  return out;
}
