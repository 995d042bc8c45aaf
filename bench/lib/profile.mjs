// Summarises a V8 .cpuprofile: self and inclusive time per function, located in its source module. Bundles built
// unminified by esbuild mark each module with a `// server/src/…` comment line; a frame's bundle line maps to the
// module whose marker precedes it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleMaps = new Map();
function moduleOf(url, line) {
  if (!url) return '';
  let file = url;
  try { if (url.startsWith('file:')) file = fileURLToPath(url); } catch { /* keep */ }
  let marks = moduleMaps.get(file);
  if (!marks) {
    marks = [];
    if (existsSync(file) && /\.(m?js|cjs)$/.test(file)) {
      readFileSync(file, 'utf8').split('\n').forEach((l, i) => { const m = /^\/\/ ((?:server|client|node_modules)\/\S+\.(?:ts|js|mjs|cjs))$/.exec(l); if (m) marks.push([i, m[1]]); });
    }
    moduleMaps.set(file, marks);
  }
  let lo = 0, hi = marks.length - 1, best;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (marks[mid][0] <= line) { best = marks[mid][1]; lo = mid + 1; } else hi = mid - 1; }
  return best ?? path.basename(file);
}

export function summarizeProfile(file, top = 20) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map(n => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const key = n => {
    const f = n.callFrame;
    const name = f.functionName || '(anonymous)';
    if (!f.url) return name;
    return `${name} — ${moduleOf(f.url, f.lineNumber)}`;
  };
  const self = new Map(), incl = new Map();
  let total = 0;
  for (const [id, us] of dt) {
    total += us;
    const k = key(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(byId.get(cur));
      if (!seen.has(kk)) { seen.add(kk); incl.set(kk, (incl.get(kk) ?? 0) + us); }
    }
  }
  const rows = m => [...m].filter(([k]) => !/^\((?:root|program|idle)\)$/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, v]) => `${(v / 1000).toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  return [`profile ${path.basename(file)}: ${(total / 1000).toFixed(0)} ms sampled`, '  self:', ...rows(self).map(r => '  ' + r), '  inclusive:', ...rows(incl).map(r => '  ' + r)].join('\n');
}

export function summarizeDir(dir, top = 20) {
  if (!existsSync(dir)) return '';
  return readdirSync(dir).filter(f => f.endsWith('.cpuprofile')).sort().map(f => summarizeProfile(path.join(dir, f), top)).join('\n\n');
}
