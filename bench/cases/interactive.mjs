// Completion and hover latency with 100 notices (~10,600 tasks) indexed, in process via PolicyDraftService.
// The draft (100 KB) declares notice 37 by its 文号; 200 lines end in `第1` (number context) and 200 in
// `#水土流失` (keyword context). Steady state: the analysis is cached, as after the diagnostics pass that follows
// every change. Also: typing (each sample changes the text, then completes: re-analysis included) and the first
// keyword query of a notice (its bigram index is built lazily then).
import { args, core, readNotices, result, gc } from '../lib/child.mjs';
import { generateDraft, generateNotice, rng } from '../generate.mjs';
import { round, summary } from '../lib/stats.mjs';

const a = args();
const N = Number(a.notices ?? 100), TARGET = Number(a.target ?? 37), SAMPLES = Number(a.samples ?? 1000);
const { NoticeIndex, PolicyDraftService } = await core();
const idx = new NoticeIndex();
const files = readNotices(a.data, N);
for (const n of files) idx.set(n.uri, n.text);
const tasks = idx.all().reduce((s, e) => s + e.notice.tasks.length, 0);

const model = generateNotice(TARGET, Number(a.seed ?? 20230301));
const base = generateDraft(model, 100 * 1024, 11, generateNotice(TARGET + 1, Number(a.seed ?? 20230301))).text;
const r = rng(99);
const lines = base.split('\n');
const prose = lines.map((l, i) => [l, i]).filter(([l]) => l.length > 20 && !l.startsWith('|') && !l.startsWith('#')).map(([, i]) => i);
const sites = { number: [], keyword: [] };
for (const i of r.sample(prose, 400)) {
  const kind = sites.number.length < 200 ? 'number' : 'keyword';
  lines[i] += kind === 'number' ? '，落实第1' : '，详见#水土流失';
  sites[kind].push({ line: i, character: lines[i].length });
}
const text = lines.join('\n');
const svc = new PolicyDraftService(idx);
const doc = { uri: 'file:///bench/interactive.md', text };
const an = svc.analyze(doc);
svc.diagnostics(doc);
const declared = an.declared?.notice.docNumber;

// The keyword index of the declared notice is built on its first query: time that once.
let t = performance.now();
const first = svc.completion(doc, sites.keyword[0]);
const keywordColdMs = performance.now() - t;

const measure = (positions, fn, n = SAMPLES, warm = 50) => {
  const ms = [];
  let items = 0;
  for (let k = 0; k < warm + n; k++) {
    const p = positions[k % positions.length];
    const t0 = performance.now();
    const res = fn(p, k);
    const dt = performance.now() - t0;
    if (k >= warm) { ms.push(dt); items += Array.isArray(res) ? res.length : res ? 1 : 0; }
  }
  return { ...summary(ms), avgItems: round(items / n, 1) };
};

gc();
const completionNumber = measure(sites.number, p => svc.completion(doc, p));
const completionKeyword = measure(sites.keyword, p => svc.completion(doc, p));
// Hover targets: citations (numbers and titles), units in lists, 文号.
const lc = an.lines;
const hoverAt = [];
for (const c of an.citations) hoverAt.push(lc.positionAt(c.span.start + 1));
for (const l of an.lists) for (const u of l.units) hoverAt.push(lc.positionAt(u.span.start + 1));
for (const d of an.docNumbers) hoverAt.push(lc.positionAt(d.span.start + 1));
const hoverPositions = r.sample(hoverAt, hoverAt.length);
const hover = measure(hoverPositions, p => svc.hover(doc, p), 2 * SAMPLES);

// Typing: each sample changes one site's digit (第1…第9), then completes there (incremental re-analysis included).
const tlines = text.split('\n');
const typing = measure(sites.number, (p, k) => {
  const line = tlines[p.line];
  tlines[p.line] = line.slice(0, -1) + String(1 + (k % 9));
  const d = { uri: doc.uri, text: tlines.join('\n') };
  const res = svc.completion(d, p);
  tlines[p.line] = line;
  return res;
}, 200, 10);

result({
  notices: N, tasks, draftBytes: Buffer.byteLength(text), declared, citations: an.citations.length,
  firstKeywordItems: first.length, keywordColdMs: round(keywordColdMs, 2),
  completionNumber, completionKeyword, hover, hoverTargets: hoverAt.length, completionWhileTyping100K: typing,
});
