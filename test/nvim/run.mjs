// Runs the Neovim LSP-client test (test/nvim/lsp_test.lua) headless and relays its output; the last line is
// `N passed, N failed`. Builds dist/server.js if missing; installs neovim with apt-get if `nvim` is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const TIMEOUT_MS = Number(process.env.PD_NVIM_RUN_TIMEOUT ?? 180_000);

function finish(passed, failed, note) {
  if (note) console.log(note);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function have(cmd) { return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0; }

if (!have('nvim')) {
  console.log('nvim not found: installing neovim with apt-get …');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args) => spawnSync(sudo.length ? sudo[0] : args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  let r = run(['apt-get', 'install', '-y', 'neovim']);
  if (r.status !== 0) { run(['apt-get', 'update']); r = run(['apt-get', 'install', '-y', 'neovim']); }
  if (r.status !== 0 || !have('nvim')) finish(0, 1, 'cannot install neovim');
}

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
const m = /NVIM v(\d+)\.(\d+)/.exec(version);
if (!m || (Number(m[1]) === 0 && Number(m[2]) < 7)) finish(0, 1, `${version}: Neovim 0.7 or later is needed`);
console.log(version);

if (!existsSync(path.join(root, 'dist', 'server.js'))) {
  const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) finish(0, 1, 'build failed');
}

const started = Date.now();
const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(root, 'test', 'nvim', 'lsp_test.lua')}`], {
  cwd: root, env: { ...process.env, PD_ROOT: root }, stdio: ['ignore', 'pipe', 'pipe'],
});
let stdout = '', stderr = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', d => { stdout += d; process.stdout.write(d); });
child.stderr.on('data', d => { stderr += d; });
const timer = setTimeout(() => { console.log(`timeout after ${TIMEOUT_MS} ms: killing nvim`); child.kill('SIGKILL'); }, TIMEOUT_MS);
child.on('close', (code, signal) => {
  clearTimeout(timer);
  if (stderr.trim()) console.log(`nvim stderr:\n${stderr.trim().split('\n').map(l => '  ' + l).join('\n')}`);
  const res = /^(\d+) passed, (\d+) failed$/m.exec(stdout);
  console.log(`nvim exited with ${signal ?? code} in ${Date.now() - started} ms`);
  if (!res) finish(0, 1, 'the Lua test printed no summary');
  const passed = Number(res[1]), failed = Number(res[2]);
  finish(passed, failed + (code !== 0 && failed === 0 ? 1 : 0));
});
