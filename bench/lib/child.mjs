// Shared by bench/cases/*: argument parsing, the core bundle (bench/tmp/core.mjs, built by run.mjs from
// server/src/core) and the one-line JSON result protocol (`RESULT {…}` on stdout) that run.mjs reads.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const BENCH = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const TMP = path.join(BENCH, 'tmp');

export function args() {
  const out = {};
  for (const a of process.argv.slice(2)) { const m = /^--([^=]+)=(.*)$/.exec(a); if (m) out[m[1]] = m[2]; }
  return out;
}

export async function core() { return import(pathToFileURL(path.join(TMP, 'core.mjs')).href); }

/** The first `n` generated notice files of dataDir/notices, as { uri, text } (read before any timing). */
export function readNotices(dataDir, n) {
  const dir = path.join(dataDir, 'notices');
  return readdirSync(dir).filter(f => f.endsWith('.md')).sort().slice(0, n)
    .map(f => ({ uri: pathToFileURL(path.join(dir, f)).href, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Prints the result line; `selfCpuMs` (this process's CPU time, all threads) lets run.mjs tell its load from others'. */
export function result(obj) { const c = process.cpuUsage(); process.stdout.write(`RESULT ${JSON.stringify({ ...obj, selfCpuMs: (c.user + c.system) / 1000 })}\n`); }

export function gc() { if (globalThis.gc) { globalThis.gc(); globalThis.gc(); } }

export function rssMB() { return process.memoryUsage().rss / 1048576; }
export function vmHwmMB() { const m = /VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8')); return m ? Number(m[1]) / 1024 : NaN; }
