/** Shared test helpers: the seed notice, inline-fixture markers. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NoticeIndex } from '../../server/src/core/workspace';
import { PolicyDraftService } from '../../server/src/core/service';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED_PATH = path.join(ROOT, 'seeds', 'liaozhengbanzi-2023-3.md');
export const SEED = readFileSync(SEED_PATH, 'utf8');
export const SEED_URI = 'file:///bundled/liaozhengbanzi-2023-3.md';

export function seedIndex(): NoticeIndex {
  const idx = new NoticeIndex();
  idx.set(SEED_URI, SEED, true);
  return idx;
}

export function seedService(): PolicyDraftService {
  return new PolicyDraftService(seedIndex());
}

/** Markers: ‸ is the cursor; ⟦…⟧ marks expected ranges (in order). Returns the clean text. */
export function markers(fixture: string): { text: string; cursor: number; ranges: { start: number; end: number }[] } {
  let text = '';
  let cursor = -1;
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const ch of fixture) {
    if (ch === '‸') cursor = text.length;
    else if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') { const s = open.pop()!; ranges.push({ start: s, end: text.length }); }
    else text += ch;
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, cursor, ranges };
}

export const real = (name: string) => readFileSync(path.join(ROOT, '..', 'shared', 'real-documents', name), 'utf8');
export function realExists(name: string): boolean {
  try { readFileSync(path.join(ROOT, '..', 'shared', 'real-documents', name)); return true; } catch { return false; }
}
