#!/usr/bin/env node
// npm run fuzz — robustness of the pure core against generated and mutated notices and drafts.
//
//   1. special inputs (10 MB single line, huge and wide tables, 第999999999999项, a million unbalanced brackets…)
//   2. linear time: each shape of gen.mjs SHAPES timed at 1×, 10× and 100× its base size (medians after warm-up);
//      100× must cost < 150× the 1× time or < 15× the 10× time, and is killed past max(3 s, 300 × 1×)
//   3. random inputs (gen.mjs generate(seed, i)) until FUZZ_COUNT inputs or FUZZ_SECONDS, whichever first
// through parseNotice + analyzeDraft + computeDiagnostics (+ some completions and hovers), on worker threads with a
// watchdog: an exception, an out-of-range span, a call over FUZZ_SLOW_MS (2 s) or a hung call (FUZZ_HANG_MS, killed)
// is a finding; any finding makes the exit status 1. Inputs of findings are written to fuzz/tmp/.
//
// Environment / flags: FUZZ_SECONDS (120) --seconds, FUZZ_COUNT (100000) --count, FUZZ_SEED (random) --seed,
// FUZZ_WORKERS (2) --workers, --only I (one random input), --no-linear, --no-specials, --quiet.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, specials, SHAPES } from './gen.mjs';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(HERE, '..');
const TMP = path.join(HERE, 'tmp');

async function bundleCore() {
  const esbuild = await import('esbuild');
  mkdirSync(TMP, { recursive: true });
  const outfile = path.join(TMP, `core-${process.pid}-${Date.now()}.cjs`);
  await esbuild.build({ entryPoints: [path.join(HERE, 'core-entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error', absWorkingDir: ROOT });
  return outfile;
}

/**
 * Runs the fuzzer; resolves to a report. Options: seconds, count, seed, workers, linear, specials, only,
 * slowMs, hangMs, log (a function, or null for silence), shapes (indices into SHAPES).
 */
export async function runFuzz(opts = {}) {
  const defined = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
  const o = {
    seconds: 120, count: 100_000, seed: (Math.random() * 2 ** 31) >>> 0, workers: Math.max(1, Math.min(2, availableParallelism())),
    linear: true, specials: true, slowMs: 2000, hangMs: 30_000, specialHangMs: 10_000, log: console.log, ...defined,
  };
  const log = o.log ?? (() => {});
  const t0 = Date.now();
  const deadline = t0 + o.seconds * 1000;
  const core = await bundleCore();
  const findings = [];
  const linear = [];
  const stats = { inputs: 0, chars: 0, calls: {} };
  const heartbeat = new SharedArrayBuffer(8 * 4 * o.workers);
  const hb = new Float64Array(heartbeat);

  // Two queues: worker 0 first takes the linear-time shapes and then the specials (so no 10 MB input's garbage
  // collection runs beside a timing); every worker takes random chunks.
  const queue = [];
  const linearQueue = [];
  let nextId = 0;
  if (o.only !== undefined) queue.push({ id: nextId++, type: 'random', from: o.only, until: o.only + 1, step: 1, seed: o.seed, deadline: Infinity });
  else {
    if (o.linear) (o.shapes ?? SHAPES.map((_, k) => k)).forEach(k => linearQueue.push({ id: nextId++, type: 'linear', k }));
    if (o.specials) specials().forEach((_, k) => linearQueue.push({ id: nextId++, type: 'special', k }));
    const CHUNK = 500;
    for (let from = 0; from < o.count; from += CHUNK) queue.push({ id: nextId++, type: 'random', from, until: Math.min(o.count, from + CHUNK), step: 1, seed: o.seed });
  }
  const randomInputsDone = () => stats.inputs;

  const saveInput = (name, text) => { try { const f = path.join(TMP, name); writeFileSync(f, text); return path.relative(ROOT, f); } catch { return undefined; } };
  /** Findings are grouped by (kind, where): the first five of a group are kept with their inputs, the rest counted. */
  const groups = new Map();
  const addFinding = f => {
    const key = `${f.kind}|${f.fn ?? ''}|${f.shape ?? f.special ?? ''}`;
    const g = groups.get(key) ?? { key, count: 0, inputs: new Set() };
    groups.set(key, g);
    if (f.input !== undefined && g.inputs.has(f.input)) return;
    g.count++;
    if (f.input !== undefined) g.inputs.add(f.input);
    if (g.count > 5) return;
    if (f.input !== undefined) {
      const g = generate(o.seed, f.input);
      f.file = saveInput(`input-${o.seed}-${f.input}.txt`, g.text);
      if (g.notice !== undefined) saveInput(`input-${o.seed}-${f.input}.notice.txt`, g.notice);
      f.repro = `node fuzz/run.mjs --seed ${o.seed} --only ${f.input}`;
    }
    findings.push(f);
    if (findings.length <= 60) log(`  FINDING ${f.kind} in ${f.fn ?? f.shape ?? ''}: ${JSON.stringify({ ...f, kind: undefined, fn: undefined }).slice(0, 400)}`);
  };
  const merge = s => {
    if (!s) return;
    stats.inputs += s.inputs; stats.chars += s.chars;
    for (const [fn, c] of Object.entries(s.calls)) { const m = stats.calls[fn] ??= { n: 0, ms: 0, max: 0 }; m.n += c.n; m.ms += c.ms; m.max = Math.max(m.max, c.max); }
  };

  await new Promise((resolveAll, rejectAll) => {
    const slots = [];
    let finished = false;
    const progress = new Map();

    const startWorker = slot => {
      hb[slot * 4 + 2] = 0;
      // The workers get the main thread's stack size (~1 MB, not a worker's 4 MB default): the server and the CLI run
      // the core on their main thread, where deep recursion or push(...hugeArray) overflows sooner.
      const w = new Worker(path.join(HERE, 'worker.mjs'), { workerData: { core, heartbeat, slot, slowMs: o.slowMs, hangMs: o.hangMs, specialHangMs: o.specialHangMs }, execArgv: [], resourceLimits: { stackSizeMb: 1 } });
      const st = { w, task: undefined, slot, ready: false };
      slots[slot] = st;
      w.on('message', m => {
        if (m.finding) addFinding(m.finding);
        else if (m.progress !== undefined) progress.set(m.progress, m);
        else if (m.ready) { st.ready = true; feed(st); }
        else if (m.done !== undefined) {
          if (m.linear) {
            const l = m.linear, ratio = l.t100.ms / l.t1.ms, step = l.t100.ms / l.t10.ms;
            linear.push({ ...l, ratio, step });
            // Superlinear when 100× costs ≥ 150× the base AND the last step (10× → 100×, both cold-ish, large
            // inputs) ≥ 15×: a quadratic cost shows in both (~100× per step). The base alone can mislead: it is
            // measured warm, on a small heap, so a cost that is linear but GC-bound at 100× (a block holding a
            // million live objects) passes 150× once the small case gets faster.
            const ok = ratio < 150 || step < 15;
            log(`  linear ${ok ? 'ok ' : 'BAD'} ${l.fn.padEnd(6)} ${l.shape}: 1× ${l.t1.len} chars ${l.t1.ms.toFixed(1)} ms · 10× ${(l.t10.ms / l.t1.ms).toFixed(1)}× · 100× ${ratio.toFixed(1)}× (10× → 100×: ${step.toFixed(1)}×)`);
            if (!ok) addFinding({ kind: 'nonlinear', shape: l.shape, fn: l.fn, base: l.t1.len, t1: +l.t1.ms.toFixed(2), t10: +l.t10.ms.toFixed(1), t100: +l.t100.ms.toFixed(1), ratio: +ratio.toFixed(1), step: +step.toFixed(1) });
          }
          merge(m.stats);
          if (st.task?.type === 'random' && m.next < st.task.until && Date.now() < deadline) queue.unshift({ ...st.task, id: nextId++, from: m.next });
          st.task = undefined;
          feed(st);
        }
      });
      w.on('error', e => addFinding({ kind: 'worker-error', message: String(e?.stack ?? e).slice(0, 500) }));
      return st;
    };

    const feed = st => {
      if (finished) return;
      let t = (st.slot === 0 || o.workers === 1) && linearQueue.length ? linearQueue.shift() : queue.shift();
      while (t && t.type === 'random' && Date.now() >= deadline) t = queue.shift();
      if (!t && linearQueue.length) t = linearQueue.shift();
      if (!t) { st.idle = true; if (slots.every(s => s.idle)) finish(); return; }
      st.idle = false;
      st.task = t.type === 'random' ? { ...t, deadline: o.only !== undefined ? Infinity : deadline } : t;
      st.w.postMessage(st.task);
    };

    const finish = async () => {
      if (finished) return;
      finished = true;
      clearInterval(watch);
      await Promise.all(slots.map(s => s.w.terminate()));
      resolveAll();
    };

    // Watchdog: a call past its allowance is killed and reported; the worker is replaced.
    const watch = setInterval(() => {
      const now = Date.now();
      for (const st of slots) {
        if (!st || finished) continue;
        const base = st.slot * 4, allowed = hb[base + 2];
        if (!allowed || now - hb[base + 1] <= allowed) continue;
        const id = hb[base], t = st.task;
        st.w.removeAllListeners('message');
        st.w.terminate();
        if (t?.type === 'random') {
          addFinding({ kind: 'hang', input: id, ms: now - hb[base + 1], len: generate(o.seed, id).text.length });
          if (id + 1 < t.until) queue.unshift({ ...t, id: nextId++, from: id + 1 });
        } else if (t?.type === 'special') {
          addFinding({ kind: 'hang', special: specials()[t.k][0], ms: now - hb[base + 1] });
        } else if (t?.type === 'linear') {
          const p = progress.get(t.id);
          const size = !p ? '1× (or the base search)' : !p.t10 ? '10×' : '100×';
          addFinding({ kind: 'nonlinear', shape: SHAPES[t.k].name, fn: SHAPES[t.k].fn, killedAt: size, allowedMs: Math.round(allowed), t1: p?.t1 && +p.t1.ms.toFixed(2), base: p?.t1?.len, t10: p?.t10 && +p.t10.ms.toFixed(1) });
          log(`  linear BAD ${SHAPES[t.k].fn.padEnd(6)} ${SHAPES[t.k].name}: killed at ${size} after ${Math.round(allowed)} ms${p?.t1 ? ` (1× ${p.t1.len} chars ${p.t1.ms.toFixed(1)} ms)` : ''}`);
        }
        // Stats of the killed worker's finished chunks were merged already; start afresh.
        const fresh = startWorker(st.slot);
        void fresh;
      }
    }, 100);

    for (let s = 0; s < o.workers; s++) startWorker(s);
    void rejectAll;
  });
  rmSync(core, { force: true });

  const seconds = (Date.now() - t0) / 1000;
  const report = { seed: o.seed, seconds, inputs: randomInputsDone(), chars: stats.chars, calls: stats.calls, linear, findings, groups: [...groups.values()].map(g => ({ key: g.key, count: g.count })), countReached: randomInputsDone() >= o.count };
  return report;
}

function parseArgs(argv) {
  const env = process.env;
  const a = { seconds: Number(env.FUZZ_SECONDS ?? 120), count: Number(env.FUZZ_COUNT ?? 100_000), seed: env.FUZZ_SEED !== undefined ? Number(env.FUZZ_SEED) : undefined, workers: env.FUZZ_WORKERS !== undefined ? Number(env.FUZZ_WORKERS) : undefined, linear: true, specials: true, quiet: false };
  for (let k = 0; k < argv.length; k++) {
    const x = argv[k];
    if (x === '--seconds') a.seconds = Number(argv[++k]);
    else if (x === '--count') a.count = Number(argv[++k]);
    else if (x === '--seed') a.seed = Number(argv[++k]);
    else if (x === '--workers') a.workers = Number(argv[++k]);
    else if (x === '--only') a.only = Number(argv[++k]);
    else if (x === '--no-linear') a.linear = false;
    else if (x === '--no-specials') a.specials = false;
    else if (x === '--quiet') a.quiet = true;
    else { console.error(`unknown argument ${x}`); process.exit(2); }
  }
  return a;
}

export function summarize(r, log = console.log) {
  log(`\nseed ${r.seed}: ${r.inputs} random inputs (${(r.chars / 1e6).toFixed(1)} M chars) in ${r.seconds.toFixed(1)} s${r.countReached ? '' : ' (count not reached: time budget)'}`);
  for (const [fn, c] of Object.entries(r.calls).sort()) log(`  ${fn.padEnd(20)} ${String(c.n).padStart(7)} calls  mean ${(c.ms / c.n).toFixed(3)} ms  max ${c.max.toFixed(1)} ms`);
  log(`findings: ${r.groups.length} distinct${r.groups.length ? '' : ' (none)'}`);
  for (const g of r.groups) log(`  ${String(g.count).padStart(6)} × ${g.key.replace(/\|+$/, '').replace(/\|/g, ' · ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const a = parseArgs(process.argv.slice(2));
  const seed = a.seed ?? ((Math.random() * 2 ** 31) >>> 0);
  console.log(`fuzz: seed ${seed}, ${a.count} inputs or ${a.seconds} s${a.only !== undefined ? `, only input ${a.only}` : ''}`);
  const r = await runFuzz({ ...a, seed, log: a.quiet ? null : console.log, only: a.only, ...(a.only !== undefined ? { linear: false, specials: false } : {}) });
  summarize(r);
  process.exit(r.findings.length ? 1 : 0);
}
