/**
 * V8 settings for a command-line run, which is short: checking a draft takes well under a second, less than V8's
 * optimising compiler (TurboFan) needs to pay for itself, and the young generation, grown to 32 MB by default,
 * holds nothing that outlives one file. Measured on a 1 MB draft with ten notices (2 cores): 1.0 → 0.65 s and
 * 85 → 69 MB peak RSS; on 10 KB and 100 KB drafts faster and ~11 MB smaller too (BENCHMARKS.md).
 *
 * So a run starts with the optimising compiler off and the young generation fixed at its initial size, unless it
 * is a long one: before reading, the commands announce how many bytes of notices and drafts they will read, and
 * past LONG_RUN_BYTES (a directory of drafts, a large workspace of notices) V8's defaults are back, where
 * optimised code wins: six 1 MB drafts take 2.2 s with TurboFan, 3.8 s without. (Turning TurboFan on midway
 * was measured too: the code already running does not catch up, 3.0 s.)
 *
 * Only the `policy-draft` process calls this (never the language server, nor tests running the CLI in process).
 * `POLICY_DRAFT_V8=default` keeps V8's defaults. V8 does not say whether it took a flag (an unknown one is
 * reported on stderr, not thrown), so the flags are set only on the V8 versions they were checked on (Node 20
 * and 22: V8 11 and 12); elsewhere the run keeps V8's defaults.
 */
import * as v8 from 'node:v8';

export const LONG_RUN_BYTES = 3_000_000;

let planned = 0;
let short = false;

const CHECKED_V8 = [11, 12];

export function startShortRun(v8Version = process.versions.v8): void {
  if (process.env.POLICY_DRAFT_V8 === 'default' || !CHECKED_V8.includes(Number(v8Version.split('.')[0]))) return;
  v8.setFlagsFromString('--no-turbofan');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  short = true;
}

/** Announces bytes about to be read; past LONG_RUN_BYTES in all, the run is a long one. */
export function willRead(bytes: number): void {
  planned += bytes;
  if (short && planned > LONG_RUN_BYTES) {
    short = false;
    v8.setFlagsFromString('--turbofan');
    v8.setFlagsFromString('--semi-space-growth-factor=2');
  }
}

/** 'short' while the flags above are in effect; 'default' otherwise. */
export function runKind(): 'short' | 'default' { return short ? 'short' : 'default'; }
