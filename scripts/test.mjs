// npm test: unit + LSP tests (node:test), then every stage under test/stages.mjs (real VS Code, UI, Neovim, package),
// and one closing line that counts them all: `N passed, N failed`.
// UNIT_ONLY=1 runs the node:test part alone (quick local loop).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
let passed = 0, failed = 0;
const failures = [];

function findTests(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (/\.test\.ts$/.test(e)) out.push(p);
  }
  return out.sort();
}

// 1. node:test over test/unit and test/lsp
const files = [...findTests(path.join(root, 'test', 'unit')), ...findTests(path.join(root, 'test', 'lsp'))];
const tap = path.join(mkdtempSync(path.join(tmpdir(), 'pd-test-')), 'tap.txt');
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], { cwd: root, stdio: 'inherit', env: process.env });
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
rmSync(path.dirname(tap), { recursive: true, force: true });
const p = /^# pass (\d+)/m.exec(tapText), f = /^# fail (\d+)/m.exec(tapText);
passed += p ? Number(p[1]) : 0;
failed += f ? Number(f[1]) : (r.status === 0 ? 0 : 1);
if (r.status !== 0) failures.push('unit');

// 2. further stages (real editors), each printing its own `N passed, N failed`
const stagesFile = path.join(root, 'test', 'stages.mjs');
if (!process.env.UNIT_ONLY && existsSync(stagesFile)) {
  const { stages } = await import(stagesFile);
  for (const s of stages) {
    console.log(`\n=== ${s.name} ===`);
    const res = spawnSync(s.cmd[0], s.cmd.slice(1), { cwd: root, env: { ...process.env, ...(s.env ?? {}) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    process.stdout.write(res.stdout ?? '');
    const lines = (res.stdout ?? '').trim().split('\n');
    const m = [...lines].reverse().map(l => /^(\d+) passed, (\d+) failed/.exec(l.trim())).find(Boolean);
    if (m) { passed += Number(m[1]); failed += Number(m[2]); }
    if (res.status !== 0 || !m) { failures.push(s.name); if (!m || Number(m[2]) === 0) failed += 1; }
  }
}
if (failures.length) console.log(`\nfailed stages: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed || failures.length ? 1 : 0);
