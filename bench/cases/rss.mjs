// Memory of an index of N notices, measured in a fresh process: absolute RSS right after building (nothing
// subtracted), RSS and heap after a full GC, peak RSS (VmHWM), and the baseline with the core loaded and no notice.
import { args, core, readNotices, result, gc, rssMB, vmHwmMB } from '../lib/child.mjs';
import { round } from '../lib/stats.mjs';

const a = args();
const n = Number(a.n ?? 1000);
const { NoticeIndex } = await core();
gc();
const baselineMB = rssMB();
const notices = readNotices(a.data, n);
const idx = new NoticeIndex();
const t = performance.now();
for (const x of notices) idx.set(x.uri, x.text);
const buildMs = performance.now() - t;
notices.length = 0; // the index keeps each notice's text itself
const rssAfterBuildMB = rssMB();
gc();
const mu = process.memoryUsage();
result({
  n, tasks: idx.all().reduce((s, e) => s + e.notice.taskCount, 0), buildMs: round(buildMs, 1),
  baselineMB: round(baselineMB, 1), rssAfterBuildMB: round(rssAfterBuildMB, 1), rssAfterGcMB: round(mu.rss / 1048576, 1),
  heapUsedMB: round(mu.heapUsed / 1048576, 1), peakRssMB: round(vmHwmMB(), 1), size: idx.size,
});
