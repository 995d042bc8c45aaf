// Worker for test/unit/redos.test.ts.
//  - {op:'check'}: recheck's verdict (pure-JS backend: no Java, no native agent, no network).
//  - {op:'confirm'}: runs recheck's attack string, pumped to growing sizes, through V8's own RegExp and reports
//    the times, so a verdict is backed by a measurement. The parent terminates this worker when it takes too long
//    (that alone confirms the blow-up).
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';

// Offline by construction: the pure backend needs no Java agent, no native binary and no network, and any attempt
// to start a process or open a connection from here fails loudly instead of silently reaching out.
process.env.RECHECK_BACKEND = 'pure';
const require = createRequire(import.meta.url);
const forbid = (mod, names) => { const m = require(mod); for (const n of names) m[n] = () => { throw new Error(`${mod}.${n} is disabled in the ReDoS check (offline)`); }; };
forbid('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
forbid('node:net', ['connect', 'createConnection']);
forbid('node:http', ['request', 'get']);
forbid('node:https', ['request', 'get']);
forbid('node:dns', ['lookup', 'resolve']);
let check;

function attackString(attack, n) {
  return attack.pumps.map(p => p.prefix + p.pump.repeat(Math.max(1, n + (p.bias ?? 0)))).join('') + (attack.suffix ?? '');
}

const FLATTEN = /^/;

/**
 * Best of up to three runs on a flat string. The string is flattened first (repeat and + build a rope, which the
 * first exec would otherwise copy inside the timing), and a slow first run is run again: irregexp's first run of a
 * pattern on a long subject can be far slower than the next (a regex ending in `$` with a bounded match length is
 * then tried only near the end). Once, under load, a single 270 ms first run on 25 M characters against ~0 ms on
 * 6 M "confirmed" a harmless pattern.
 */
function timeExec(re, s) {
  FLATTEN.exec(s);
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    re.lastIndex = 0;
    const t = performance.now();
    re.exec(s);
    best = Math.min(best, performance.now() - t);
    if (best > 200 && k >= 1) break;
  }
  return best;
}

parentPort.on('message', async msg => {
  try {
    if (msg.op === 'check') {
      check ??= (await import('recheck')).check;
      const v = await check(msg.source, msg.flags, msg.params);
      parentPort.postMessage({ id: msg.id, v: { status: v.status, checker: v.checker, complexity: v.complexity, attack: v.attack && { pattern: v.attack.pattern, string: v.attack.string, base: v.attack.base, suffix: v.attack.suffix, pumps: v.attack.pumps }, error: v.error } });
    } else if (msg.op === 'confirm') {
      const re = new RegExp(msg.source, msg.flags.replace(/[gy]/g, ''));
      // Grow the pump count until one run takes ≥ 10 ms (or the string is huge), then time 4× that count.
      let n = 8, t1 = 0, len = 0;
      for (;;) {
        const s = attackString(msg.attack, n);
        len = s.length;
        t1 = timeExec(re, s);
        if (t1 >= 10 || len > 4_000_000) break;
        n *= 2;
      }
      parentPort.postMessage({ id: msg.id, progress: { n, t1, len } });
      const t4 = timeExec(re, attackString(msg.attack, 4 * n));
      parentPort.postMessage({ id: msg.id, v: { n, len, t1, t4 } });
    }
  } catch (e) {
    parentPort.postMessage({ id: msg.id, v: { status: 'error', error: String(e && e.stack || e) } });
  }
});
