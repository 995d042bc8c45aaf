/**
 * Keyword search over a notice's tasks (`#两高` → task 12). A character-bigram inverted index narrows the
 * candidates first (cost ∝ postings of the query's bigrams, not ∝ tasks); fuse.js then ranks the few left.
 * Built lazily on the first query, once per notice.
 */
import Fuse from 'fuse.js';
import type { Task } from './notice';
import type { IndexedNotice } from './workspace';
import { variantKey } from './aliases';
import { bestForm } from './units';

export interface SearchHit { task: Task; score: number }

const MAX_CANDIDATES = 40;

export class TaskSearch {
  private postings: Map<string, number[]> | undefined;
  constructor(private readonly tasks: readonly Task[]) {}

  private build(): Map<string, number[]> {
    const m = new Map<string, number[]>();
    this.tasks.forEach((t, i) => {
      const s = norm(t.title + '\u0001' + t.text);
      const seen = new Set<string>();
      for (let k = 0; k < s.length; k++) {
        const uni = s[k];
        if (!seen.has(uni)) { seen.add(uni); add(m, uni, i); }
        if (k + 1 < s.length) {
          const bi = s.slice(k, k + 2);
          if (!seen.has(bi)) { seen.add(bi); add(m, bi, i); }
        }
      }
    });
    return m;
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = norm(query);
    if (!q || !this.tasks.length) return [];
    const postings = this.postings ??= this.build();
    const grams = q.length === 1 ? [q] : uniq(Array.from({ length: q.length - 1 }, (_, k) => q.slice(k, k + 2)));
    const counts = new Map<number, number>();
    for (const g of grams) for (const i of postings.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(grams.length * 0.5));
    const cands = [...counts].filter(([, c]) => c >= need).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([i]) => this.tasks[i]);
    if (!cands.length) return [];
    const fuse = new Fuse(cands, {
      keys: [{ name: 'title', weight: 3 }, { name: 'text', weight: 1 }],
      includeScore: true, ignoreLocation: true, threshold: 0.6, minMatchCharLength: Math.min(2, q.length),
    });
    const ranked = fuse.search(q, { limit });
    // Exact substring in the title beats everything; then fuse's score.
    return ranked.map(r => ({ task: r.item, score: (r.score ?? 1) - (norm(r.item.title).includes(q) ? 1 : 0) - (norm(r.item.text).includes(q) ? 0.5 : 0) }))
      .sort((a, b) => a.score - b.score || a.task.number - b.task.number);
  }
}

function norm(s: string): string { return s.replace(/[\s“”"《》()（）、，。；：,.;:]/g, ''); }
function add(m: Map<string, number[]>, k: string, i: number): void { const a = m.get(k); if (a) a.push(i); else m.set(k, [i]); }
function uniq<T>(a: T[]): T[] { return [...new Set(a)]; }

/**
 * Tasks of all notices whose number is the query, or whose title or one of whose units contains it: the filter of
 * the task tree. A unit matches as the notice writes it for the task or by the name the tree shows for it (the
 * notice's most frequent form, as UnitRegistry names units). Each notice's tasks are visited without keeping them,
 * and no registry is built: a filter over 1,000 notices stays small.
 */
export function filterTasks(notices: readonly IndexedNotice[], query: string): { id: string; numbers: number[] }[] {
  const q = query.trim();
  if (!q) return [];
  const out: { id: string; numbers: number[] }[] = [];
  for (const n of notices) {
    const rows: { number: number; title: string; units: string[] }[] = [];
    const forms = new Map<string, Map<string, number>>();
    const keyOf = new Map<string, string>();
    const count = (name: string) => {
      let key = keyOf.get(name);
      if (key === undefined) keyOf.set(name, key = variantKey(name));
      let f = forms.get(key);
      if (!f) forms.set(key, f = new Map());
      f.set(name, (f.get(name) ?? 0) + 1);
    };
    n.notice.eachTask(t => {
      for (const u of t.leads) count(u.name);
      for (const u of t.cooperating) count(u.name);
      rows.push({ number: t.number, title: t.title, units: [...t.leads, ...t.cooperating].map(u => u.name) });
    });
    const shown = new Map<string, string>();
    const nameOf = (raw: string) => { let s = shown.get(raw); if (s === undefined) shown.set(raw, s = bestForm(forms.get(keyOf.get(raw)!)!)); return s; };
    const numbers = rows.filter(r => String(r.number) === q || r.title.includes(q) || r.units.some(u => u.includes(q) || nameOf(u).includes(q))).map(r => r.number);
    if (numbers.length) out.push({ id: n.id, numbers });
  }
  return out;
}
