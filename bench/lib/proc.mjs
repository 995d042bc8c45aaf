// Runs a command to completion and reports wall time and peak RSS: GNU time (-v) when installed, else by polling
// /proc/PID/status (VmHWM). A cap kills the command itself (SIGKILL; under GNU time, time's child) and marks the
// result timedOut; GNU time still reports the killed command's peak RSS.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, openSync, closeSync } from 'node:fs';

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export function hasGnuTime() { return !!GNU_TIME; }

export function runMeasured(cmd, args, { cwd, stdoutFile, capS = Infinity, env } = {}) {
  return new Promise(resolve => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
    const argv = GNU_TIME ? ['-v', cmd, ...args] : args;
    const t0 = performance.now();
    const p = spawn(GNU_TIME ?? cmd, argv, { cwd, env: env ?? process.env, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    p.stderr.on('data', d => { stderr += d; });
    let hwm = 0;
    // The measured process: GNU time's child, else the spawned process itself.
    const target = () => {
      if (!GNU_TIME) return p.pid;
      try { return Number(readFileSync(`/proc/${p.pid}/task/${p.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || undefined; } catch { return undefined; }
    };
    const poll = setInterval(() => {
      const pid = target();
      if (!pid) return;
      try { const m = /VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8')); if (m) hwm = Math.max(hwm, Number(m[1])); } catch { /* gone */ }
    }, 20);
    let killer, killed = false;
    if (Number.isFinite(capS)) killer = setTimeout(() => { const pid = target(); killed = true; try { process.kill(pid ?? p.pid, 'SIGKILL'); } catch { /* gone */ } }, capS * 1000);
    p.on('exit', (code, signal) => {
      const wallMs = performance.now() - t0;
      clearInterval(poll); clearTimeout(killer);
      if (typeof out === 'number') closeSync(out);
      let maxRssKB = hwm, exit = code, cpuMs = null;
      const timedOut = killed;
      if (GNU_TIME) {
        const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
        if (m) maxRssKB = Math.max(Number(m[1]), hwm);
        const e = /Exit status:\s*(\d+)/.exec(stderr);
        if (e) exit = Number(e[1]);
        const u = /User time \(seconds\):\s*([\d.]+)/.exec(stderr), sy = /System time \(seconds\):\s*([\d.]+)/.exec(stderr);
        if (u && sy) cpuMs = (Number(u[1]) + Number(sy[1])) * 1000;
      }
      resolve({ wallMs, cpuMs, maxRssKB, exit, timedOut, stderr: stderr.slice(-4000) });
    });
  });
}

/** Share of the machine's CPU busy over `ms` while this process idles: other work contending with the benchmark. */
export async function cpuBusy(ms = 500) {
  const read = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
    } catch { return undefined; }
  };
  const a = read();
  await new Promise(r => setTimeout(r, ms));
  const b = read();
  if (!a || !b || b.total === a.total) return null;
  return Math.round(1000 * (1 - (b.idle - a.idle) / (b.total - a.total))) / 1000;
}

/** CPU jiffies of the whole machine now (for the share of it others used while a section ran). */
export function cpuStat() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0), at: performance.now() };
  } catch { return undefined; }
}

/**
 * Share of the machine's CPU used by processes other than ours between two cpuStat() snapshots, given our own CPU
 * time (ms, all threads) over the same interval. /proc/stat counts in USER_HZ ticks (10 ms), summed over cores.
 */
export function othersShare(a, b, ownCpuMs) {
  if (!a || !b || b.total <= a.total) return null;
  const busyMs = (b.total - a.total - (b.idle - a.idle)) * 10;
  const capacityMs = (b.total - a.total) * 10;
  return Math.min(1, Math.max(0, Math.round((1000 * (busyMs - ownCpuMs)) / capacityMs) / 1000));
}
