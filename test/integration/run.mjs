// Stage "vscode-integration": the mocha suite of test/integration/suite/ inside a real VS Code (code-server's VS Code
// 1.139.1, see scripts/run-vscode-tests.js), through @vscode/test-electron's runTests with that local executable.
// Runs twice, each time in a fresh temp copy of test/fixtures/workspace: display language English, then zh-cn.
// Prints `N passed, N failed` (both runs together) as its last line.
//   node test/integration/run.mjs [--locale en|zh-cn] [--grep PATTERN]
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const arg = n => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : undefined; };
const t0 = Date.now(), secs = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';

export function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 2, 2], ...opts });   // keep stdout for the counts
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}`);
}

/** Installs code-server + chromium (idempotent), bundles dist/ if missing, compiles the suite into out/. */
export async function prepare() {
  sh('bash', [path.join(root, 'scripts', 'setup-vscode-server.sh')]);
  if (!existsSync(path.join(root, 'dist', 'extension.js')) || !existsSync(path.join(root, 'dist', 'server.js'))) sh(process.execPath, ['scripts/build.mjs']);
  sh(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'test', 'integration')]);   // type-check the suites
  const { build } = await import('esbuild');
  const suite = path.join(root, 'test', 'integration', 'suite');
  const out = path.join(root, 'out', 'test', 'integration', 'suite');
  const sources = readdirSync(suite).filter(f => f.endsWith('.ts'));
  await build({ entryPoints: sources.map(f => path.join(suite, f)), outdir: out,
    bundle: false, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', logLevel: 'warning' });
  // drop outputs of deleted suites (not the whole dir: another run may be using it)
  for (const f of readdirSync(out)) if (!sources.includes(f.replace(/\.js$/, '.ts'))) rmSync(path.join(out, f), { force: true });
  chmodSync(path.join(root, 'scripts', 'run-vscode-tests.js'), 0o755);   // test-electron spawns it as the `code` binary
  return path.join(out, 'index.js');
}

/** One VS Code run; resolves to { passed, failed, code } read from the runner's `N passed, N failed` line. */
export async function runOnce({ label, workspace, extensionDevelopmentPath = root, extensionTestsPath, launchArgs = [], env = {} }) {
  const { runTests } = require('@vscode/test-electron');
  // test-electron relays the runner's output to process.stdout: read it on the way for the runner's count line.
  let text = '';
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...rest) { text += chunk; return write.call(this, chunk, ...rest); };
  let code = 0;
  const t = Date.now();
  try {
    await runTests({ vscodeExecutablePath: path.join(root, 'scripts', 'run-vscode-tests.js'), reuseMachineInstall: true,
      extensionDevelopmentPath, extensionTestsPath, launchArgs: [workspace, ...launchArgs], extensionTestsEnv: env });
  } catch (e) { code = e.code ?? 1; console.log(`[${label}] ${e.message}`); }
  finally { process.stdout.write = write; }
  const m = [...text.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  let passed = m ? Number(m[1]) : 0, failed = m ? Number(m[2]) : 0;
  if (code !== 0 && failed === 0) failed = 1;   // VS Code or the suite died before mocha counted
  console.log(`[${label}] ${passed} passed, ${failed} failed in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  return { passed, failed, code };
}

async function main() {
  let passed = 0, failed = 0;
  let extensionTestsPath;
  try { extensionTestsPath = await prepare(); } catch (e) { console.log(`setup failed: ${e.message}`); console.log('0 passed, 1 failed'); process.exit(1); }
  const locales = arg('locale') ? [arg('locale')] : ['en', 'zh-cn'];
  for (const locale of locales) {
    const workspace = mkdtempSync(path.join(tmpdir(), 'pd-ws-'));
    cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    const env = { PD_TEST_LOCALE: locale, VSCODE_LOCALE: locale === 'en' ? '' : locale, ...(arg('grep') ? { PD_GREP: arg('grep') } : {}) };
    console.log(`\n── VS Code, display language ${locale}, workspace ${workspace}`);
    const r = await runOnce({ label: `vscode ${locale}`, workspace, extensionTestsPath, env,
      launchArgs: locale === 'en' ? [] : [`--locale=${locale}`] });
    passed += r.passed; failed += r.failed;
    rmSync(workspace, { recursive: true, force: true });
  }
  console.log(`\nvscode-integration took ${secs()}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await main();
