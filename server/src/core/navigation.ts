/** Definition, references and symbols over drafts and notices. */
import type { DraftAnalysis } from './document';
import { bindingNotice } from './scanner';
import { sectionHeading, taskName } from './format';
import type { Span } from './types';
import type { IndexedNotice } from './workspace';

export interface Target { uri: string; span: Span; notice: IndexedNotice }

/** Citation → the task in its notice; 文号 or 《title》 → the notice's head. */
export function definition(a: DraftAnalysis, offset: number): Target[] {
  const within = (s: Span) => s.start <= offset && offset <= s.end;
  const c = a.citations.find(x => within(x.span) || (x.title && within(x.title.outer)));
  if (c) {
    const n = bindingNotice(a.ctx, c.binding);
    if (!n) return [];
    const out: Target[] = [];
    // A range goes to its first task; a list to each number written (not every task of a range inside it).
    for (const k of c.kind === 'range' ? [c.numbers[0]] : c.kind === 'list' ? [...new Set(c.items.map(i => i.n))] : c.numbers) {
      const t = n.byNumber.get(k);
      if (t) out.push({ uri: n.uri, span: t.span, notice: n });
    }
    return out;
  }
  const r = a.noticeRefs.find(x => x.notice && within(x.span));
  if (r) {
    const n = a.ctx.index.get(r.notice!);
    if (n) return [{ uri: n.uri, span: n.notice.docNumberSpan ?? { start: 0, end: 0 }, notice: n }];
  }
  return [];
}

/** The task (notice id + number) at an offset of a draft, if any. */
export function taskAt(a: DraftAnalysis, offset: number): { notice: string; number: number } | undefined {
  const within = (s: Span) => s.start <= offset && offset <= s.end;
  const c = a.citations.find(x => within(x.span) || (x.title && within(x.title.outer)));
  if (!c || !c.binding.notice) return undefined;
  const item = c.items.find(i => within(i.span)) ?? c.items[0];
  return { notice: c.binding.notice, number: c.kind !== 'title' && item ? item.n : c.numbers[0] };
}

/** The task at an offset of a notice's own text. */
export function noticeTaskAt(n: IndexedNotice, offset: number): number | undefined {
  const t = n.notice.tasks.find(x => x.span.start <= offset && offset <= x.span.end);
  return t?.number;
}

/**
 * The task numbers of `notice` this draft covers: every cited number, except tasks excluded from a group
 * (第41至47项（第43、44项除外）). Used by unit coverage in the CLI and the server.
 */
export function coveredNumbers(a: DraftAnalysis, notice: string): Set<number> {
  const excluded = new Map<number, Set<number>>();
  for (const c of a.citations) if (c.exclude) { const s = excluded.get(c.group) ?? new Set<number>(); for (const n of c.numbers) s.add(n); excluded.set(c.group, s); }
  const out = new Set<number>();
  for (const c of a.citations) {
    if (c.binding.notice !== notice || c.exclude) continue;
    for (const n of c.numbers) if (!excluded.get(c.group)?.has(n)) out.add(n);
  }
  return out;
}

/** Spans in this draft that cite task `number` of notice `notice`. */
export function citationsOf(a: DraftAnalysis, notice: string, number: number): Span[] {
  const out: Span[] = [];
  for (const c of a.citations) {
    if (c.binding.notice !== notice) continue;
    if (!c.numbers.includes(number)) continue;
    const item = c.items.find(i => i.n === number);
    out.push(c.kind === 'title' || !item ? c.span : item.span);
  }
  return out;
}

export interface CoreSymbol { name: string; detail?: string; kind: 'section' | 'task' | 'citation' | 'notice'; span: Span; selection: Span; children?: CoreSymbol[] }

export function noticeSymbols(n: IndexedNotice): CoreSymbol[] {
  const x = n.notice;
  const taskSym = (num: number): CoreSymbol | undefined => {
    const t = n.byNumber.get(num);
    return t && { name: `${x.sectionItems ? t.label : `${t.number}.`} ${t.title}`, detail: t.leads.map(u => u.name).join('、'), kind: 'task', span: t.span, selection: t.numberSpan };
  };
  if (!x.sections.length) return x.tasks.map(t => taskSym(t.number)!).filter(Boolean);
  return x.sections.map(s => {
    const children = s.tasks.map(taskSym).filter((c): c is CoreSymbol => !!c);
    const end = children.length ? children[children.length - 1].span.end : s.span.end;
    return { name: sectionHeading(s), kind: 'section' as const, span: { start: s.span.start, end }, selection: s.span, children };
  });
}

export function draftSymbols(a: DraftAnalysis): CoreSymbol[] {
  return a.citations.map(c => {
    const n = bindingNotice(a.ctx, c.binding);
    const t = n && c.numbers.length === 1 ? n.byNumber.get(c.numbers[0]) : undefined;
    const name = a.text.slice(c.span.start, c.span.end) + (t && c.kind !== 'title' ? ` ${t.title}` : '');
    const span = c.title ? { start: Math.min(c.span.start, c.title.outer.start), end: Math.max(c.span.end, c.title.outer.end) } : c.span;
    return { name, detail: n?.notice.docNumber, kind: 'citation' as const, span, selection: c.span };
  });
}

export interface WorkspaceSymbolHit { name: string; detail: string; uri: string; span: Span }

export function workspaceSymbols(notices: IndexedNotice[], query: string, limit = 200): WorkspaceSymbolHit[] {
  const q = query.replace(/\s+/g, '');
  const out: WorkspaceSymbolHit[] = [];
  for (const n of notices) {
    for (const t of n.notice.tasks) {
      if (q && !t.title.includes(q) && !String(t.number).startsWith(q)) continue;
      out.push({ name: `${taskName(n, t)} ${t.title}`, detail: n.notice.docNumber ?? '', uri: n.uri, span: t.titleSpan });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
