// Order statistics for latency samples (nearest-rank percentiles) and small formatting helpers.
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export const median = xs => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export function summary(xs) {
  const r = v => Math.round(v * 1000) / 1000;
  return { n: xs.length, min: r(Math.min(...xs)), p50: r(median(xs)), p95: r(percentile(xs, 95)), p99: r(percentile(xs, 99)), max: r(Math.max(...xs)), mean: r(xs.reduce((a, b) => a + b, 0) / xs.length) };
}
export const round = (v, d = 2) => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : v);
/**
 * Times fn() `reps` times after `warmup` untimed calls; fn may return a value kept in `last`. `cpu` is the
 * process's CPU time (user + system, all threads: GC helpers included) per call, which other processes on a
 * busy machine inflate much less than wall time.
 */
export function timeIt(fn, reps, warmup = 0) {
  for (let i = 0; i < warmup; i++) fn(i);
  const ms = [], cpu = [];
  let last;
  for (let i = 0; i < reps; i++) {
    const c = process.cpuUsage(), t = performance.now();
    last = fn(i);
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ms, cpu, last };
}
