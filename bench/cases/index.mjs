// Index build time for 1, 10, 100, 1000 notices (NoticeIndex.set each, fresh index per repetition), re-setting
// one notice in a full index, and the cost of analysing the 100 KB draft against each index size.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { args, core, readNotices, result, gc } from '../lib/child.mjs';
import { median, round, timeIt } from '../lib/stats.mjs';

const a = args();
const data = a.data;
const counts = (a.counts ?? '1,10,100,1000').split(',').map(Number);
const reps = { 1: 30, 10: 15, 100: 7, 1000: 1 };
const { NoticeIndex, PolicyDraftService } = await core();
const notices = readNotices(data, Math.max(...counts));
const draft = readFileSync(path.join(data, 'draft-100K.md'), 'utf8');

const build = n => { const idx = new NoticeIndex(); for (let i = 0; i < n; i++) idx.set(notices[i].uri, notices[i].text); return idx; };
// Warm-up: the parser's code paths get optimised before anything is timed.
const warm = build(Math.min(10, notices.length));
for (let k = 0; k < 2; k++) build(Math.min(10, notices.length));
for (let k = 0; k < 3; k++) new PolicyDraftService(warm).diagnostics({ uri: 'file:///bench/draft-100K.md', text: draft });

const out = { index: {}, analysis100KByNotices: {}, tasks: {} };
for (const n of counts) {
  gc();
  const { ms, cpu, last: idx } = timeIt(() => build(n), reps[n] ?? 3);
  out.index[n] = { ms: round(median(ms), 2), cpuMs: round(median(cpu), 2), runs: ms.map(x => round(x, 1)), perNoticeMs: round(median(ms) / n, 3) };
  out.tasks[n] = idx.all().reduce((s, e) => s + e.notice.taskCount, 0);
  // Analysis does not depend on how many notices are indexed (the draft names its notice): show it.
  const an = timeIt(() => new PolicyDraftService(idx).diagnostics({ uri: 'file:///bench/draft-100K.md', text: draft }).length, 5, 1);
  out.analysis100KByNotices[n] = { ms: round(median(an.ms), 2), diagnostics: an.last };
  if (n === Math.max(...counts)) {
    // An edited notice is re-set into the full index.
    const re = timeIt(i => idx.set(notices[i % 7].uri, notices[i % 7].text), 7, 1);
    out.resetOneNoticeMs = { notices: n, ms: round(median(re.ms), 2) };
  }
}
result(out);
