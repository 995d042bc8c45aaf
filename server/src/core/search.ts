/**
 * Keyword search over a notice's tasks (`#两高` → task 12). A character-bigram inverted index narrows the
 * candidates first (cost ∝ postings of the query's bigrams, not ∝ tasks); fuse.js then ranks the few left.
 * Built lazily on the first query, once per notice.
 */
import Fuse from 'fuse.js';
import type { Task } from './notice';
import type { IndexedNotice } from './workspace';

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
 * Tasks of all notices whose number is the query, or whose title or a unit named for them (as the notice writes
 * it) contains it: the filter of the task tree. One pass over each notice's tasks; nothing is kept.
 */
export function filterTasks(notices: readonly IndexedNotice[], query: string): { id: string; numbers: number[] }[] {
  const q = query.trim();
  if (!q) return [];
  const out: { id: string; numbers: number[] }[] = [];
  for (const n of notices) {
    const numbers: number[] = [];
    n.notice.eachTask(t => {
      if (String(t.number) === q || t.title.includes(q) || t.leads.some(u => u.name.includes(q)) || t.cooperating.some(u => u.name.includes(q))) numbers.push(t.number);
    });
    if (numbers.length) out.push({ id: n.id, numbers });
  }
  return out;
}
