// A short run of the fuzzer (fuzz/run.mjs) inside npm test: a few thousand generated and mutated notices and
// drafts through parseNotice + analyzeDraft + computeDiagnostics on worker threads, with the hang watchdog.
// Fixed seed (FUZZ_SEED to change it) so a failure here reproduces with `node fuzz/run.mjs --seed S --only I`.
// The full run (linear-time shapes, 100,000 inputs, the 2 s per-call limit) is `npm run fuzz`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers';

test('fuzz: short run (random inputs and the specials) finds no exception, hang, slow call or out-of-range span', async () => {
  const { runFuzz, summarize } = await import(pathToFileURL(path.join(ROOT, 'fuzz', 'run.mjs')).href);
  const seed = Number(process.env.FUZZ_SEED ?? 20231);
  // A fixed set of inputs (seed, count) — about 3 s on an idle machine; the time cap only guards a loaded one.
  const seconds = Number(process.env.FUZZ_SECONDS ?? 30);
  const count = Number(process.env.FUZZ_COUNT ?? 3000);
  const lines: string[] = [];
  // The specials (a 10 MB line, a 50,000-row table, a million brackets…) run too, under a loose 10 s per-call
  // watchdog: not a speed measurement (that is npm run fuzz and npm run bench) but a guard against blow-ups such
  // as a search that runs to the end of a table from every cell.
  const r = await runFuzz({ seconds, count, seed, linear: false, specials: true, slowMs: 10_000, log: (s: string) => lines.push(s) });
  summarize(r, (s: string) => lines.push(s));
  assert.ok(r.inputs >= Math.min(count, 500), `only ${r.inputs} inputs in ${seconds} s`);
  assert.deepEqual(r.findings, [], lines.join('\n'));
});
