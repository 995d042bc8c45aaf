/**
 * Glob matching for notice globs in the config (`**`, `*`, `?`, `{a,b}`, `[…]`). No regular expression of the
 * user's pattern is built: each path segment is matched by the classic two-pointer wildcard algorithm (no
 * backtracking blow-up), and `**` by dynamic programming over segments.
 */
export interface GlobMatcher { test(path: string): boolean }

export function globMatcher(glob: string): GlobMatcher {
  const alternatives = expandBraces(glob.replace(/\\/g, '/').replace(/^\.\//, ''), 0).slice(0, 64);
  const compiled = alternatives.map(a => a.split('/').filter((s, i, arr) => s !== '' || i === arr.length - 1));
  return { test: (p: string) => { const segs = p.replace(/\\/g, '/').split('/'); return compiled.some(c => matchSegments(c, segs)); } };
}

function expandBraces(g: string, depth: number): string[] {
  const open = g.indexOf('{');
  if (open < 0 || depth > 8) return [g];
  let level = 0, close = -1;
  const parts: string[] = [];
  let last = open + 1;
  for (let i = open; i < g.length; i++) {
    if (g[i] === '{') level++;
    else if (g[i] === '}') { level--; if (level === 0) { close = i; parts.push(g.slice(last, i)); break; } }
    else if (g[i] === ',' && level === 1) { parts.push(g.slice(last, i)); last = i + 1; }
  }
  if (close < 0) return [g];
  const out: string[] = [];
  for (const p of parts) for (const rest of expandBraces(g.slice(0, open) + p + g.slice(close + 1), depth + 1)) out.push(rest);
  return out;
}

function matchSegments(pat: string[], segs: string[]): boolean {
  // ok[i][j]: pat[i..] matches segs[j..]
  const P = pat.length, S = segs.length;
  let next = new Array<boolean>(S + 1).fill(false);
  next[S] = true;
  for (let i = P - 1; i >= 0; i--) {
    const cur = new Array<boolean>(S + 1).fill(false);
    for (let j = S; j >= 0; j--) {
      if (pat[i] === '**') cur[j] = next[j] || (j < S && cur[j + 1]);
      else cur[j] = j < S && next[j + 1] && matchSegment(pat[i], segs[j]);
    }
    next = cur;
  }
  return next[0];
}

/** `*`, `?` and `[…]` within one segment; iterative, O(|p|·|s|) at worst, no exponential backtracking. */
export function matchSegment(p: string, s: string): boolean {
  let pi = 0, si = 0, star = -1, mark = 0;
  while (si < s.length) {
    if (pi < p.length && p[pi] === '*') { star = pi++; mark = si; continue; }
    if (pi < p.length) {
      const w = classWidth(p, pi);
      if (w > 0 ? inClass(p, pi, s[si]) : (p[pi] === '?' || p[pi] === s[si])) { pi += w > 0 ? w : 1; si++; continue; }
    }
    if (star >= 0) { pi = star + 1; si = ++mark; continue; }
    return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

function classWidth(p: string, i: number): number {
  if (p[i] !== '[') return 0;
  const e = p.indexOf(']', i + 2);
  return e < 0 ? 0 : e - i + 1;
}
function inClass(p: string, i: number, c: string): boolean {
  const e = p.indexOf(']', i + 2);
  let body = p.slice(i + 1, e);
  const neg = body[0] === '!' || body[0] === '^';
  if (neg) body = body.slice(1);
  let hit = false;
  for (let k = 0; k < body.length; k++) {
    if (body[k + 1] === '-' && k + 2 < body.length) { if (c >= body[k] && c <= body[k + 2]) hit = true; k += 2; }
    else if (body[k] === c) hit = true;
  }
  return neg ? !hit : hit;
}

/** The literal directory part of a glob (where a walk can start). */
export function globBase(glob: string): string {
  const parts = glob.replace(/\\/g, '/').split('/');
  const out: string[] = [];
  for (const p of parts) { if (/[*?{[]/.test(p)) break; out.push(p); }
  if (out.length === parts.length) out.pop();
  return out.join('/') || '.';
}
