// CLI: golden outputs per format, exit statuses, --fix round trips (CRLF, BOM, GB18030 kept), stdin, coverage.
// UPDATE_GOLDEN=1 rewrites the golden files.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { main, Io } from '../../server/src/cli/main';
import { ROOT } from './helpers';

async function run(args: string[], opts: { cwd?: string; stdin?: Buffer; tty?: boolean } = {}) {
  let out = '', err = '';
  const io: Io = { out: s => { out += s; }, err: s => { err += s; }, isTTY: !!opts.tty, cwd: opts.cwd ?? ROOT, readStdin: async () => opts.stdin ?? Buffer.alloc(0) };
  const code = await main(args, io);
  return { code, out, err };
}

const FIX = path.join(ROOT, 'test', 'fixtures');
function golden(name: string, actual: string) {
  const file = path.join(FIX, 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `golden ${name} (UPDATE_GOLDEN=1 to accept)`);
}

describe('check: formats (golden)', () => {
  test('text', async () => {
    const r = await run(['check', 'test/fixtures/drafts', '--lang', 'zh']);
    assert.equal(r.code, 1);
    golden('check.txt', r.out);
  });
  test('text, English', async () => {
    const r = await run(['check', 'test/fixtures/drafts', '--lang', 'en']);
    golden('check.en.txt', r.out);
  });
  test('json: LSP ranges', async () => {
    const r = await run(['check', 'test/fixtures/drafts', '--format', 'json', '--lang', 'zh']);
    const arr = JSON.parse(r.out);
    assert.ok(Array.isArray(arr) && arr.length > 5);
    for (const f of arr) {
      assert.deepEqual(Object.keys(f).filter(k => k !== 'fixes').sort(), ['code', 'file', 'message', 'range', 'severity']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
    }
    const unknown = arr.find((f: { code: string }) => f.code === 'unknown-task');
    const lines = readFileSync(path.join(ROOT, unknown.file), 'utf8').split('\n');
    assert.equal(lines[unknown.range.start.line].slice(unknown.range.start.character, unknown.range.end.character), '107');
    golden('check.json', r.out);
  });
  test('sarif 2.1.0', async () => {
    const r = await run(['check', 'test/fixtures/drafts', '--format', 'sarif', '--lang', 'zh']);
    const s = JSON.parse(r.out);
    assert.equal(s.version, '2.1.0');
    const run0 = s.runs[0];
    assert.equal(run0.tool.driver.rules.length, 9);
    for (const res of run0.results) {
      assert.equal(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
    }
    golden('check.sarif.json', r.out.replace(/"uri": "file:\/\/[^"]*"/, '"uri": "<cwd>"'));
  });
  test('colour only on a terminal', async () => {
    assert.ok(!(await run(['check', 'test/fixtures/drafts'])).out.includes('\x1b['));
    assert.ok((await run(['check', 'test/fixtures/drafts'], { tty: true })).out.includes('\x1b['));
  });
});

describe('check: exit statuses and options', () => {
  test('0 when clean', async () => assert.equal((await run(['check', 'test/fixtures/drafts/clean.md'])).code, 0));
  test('1 when errors', async () => assert.equal((await run(['check', 'test/fixtures/drafts/plan.md'])).code, 1));
  test('2 for a missing file, with a message', async () => {
    const r = await run(['check', 'no/such/file.md', '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.match(r.err, /no such file/);
  });
  test('2 for a bad option', async () => assert.equal((await run(['check', '--format', 'xml'])).code, 2));
  test('2 for a missing notice', async () => assert.equal((await run(['check', 'test/fixtures/drafts', '--notice', 'nope.md'])).code, 2));
  test('--quiet reports errors only', async () => {
    const arr = JSON.parse((await run(['check', 'test/fixtures/drafts', '--format', 'json', '--quiet'])).out);
    assert.ok(arr.length && arr.every((f: { severity: string }) => f.severity === 'error'));
  });
  test('--severity warning drops information', async () => {
    const arr = JSON.parse((await run(['check', 'test/fixtures/drafts', '--format', 'json', '--severity', 'warning'])).out);
    assert.ok(arr.every((f: { severity: string }) => f.severity !== 'information'));
  });
  test('--max-warnings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-mw-'));
    writeFileSync(path.join(dir, 'w.md'), '落实第12项（牵头单位：市发展改革委）');
    assert.equal((await run(['check', dir])).code, 0);
    assert.equal((await run(['check', dir, '--max-warnings', '0'])).code, 1);
  });
  test('a glob', async () => {
    const arr = JSON.parse((await run(['check', 'test/fixtures/drafts/*.md', '--format', 'json'])).out);
    assert.ok(arr.some((f: { file: string }) => f.file.endsWith('plan.md')));
  });
  test('stdin', async () => {
    const r = await run(['check', '-', '--format', 'json'], { stdin: Buffer.from('第107项') });
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out)[0].file, '<stdin>');
  });
  test('--notice with another notice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-n-'));
    writeFileSync(path.join(dir, 'n.md'), '测试市人民政府办公室\n测政办字〔2024〕1号\n\n一、总体\n1. 甲任务。内容。（牵头单位：市科技局）\n');
    writeFileSync(path.join(dir, 'd.md'), '第2项');
    const r = await run(['check', path.join(dir, 'd.md'), '--notice', path.join(dir, 'n.md'), '--format', 'json']);
    assert.match(JSON.parse(r.out)[0].message, /测政办字〔2024〕1号/);
  });
  test('an undecodable file is an I/O problem, not findings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-bin-'));
    writeFileSync(path.join(dir, 'b.md'), Buffer.from([0x00, 0x01, 0xff, 0x00]));
    const r = await run(['check', dir]);
    assert.equal(r.code, 2);
    assert.match(r.err, /二进制|binary/);
  });
  test('config file: rules and aliases', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-cfg-'));
    writeFileSync(path.join(dir, 'policy-draft.json'), JSON.stringify({ rules: { 'non-canonical-unit': 'off' }, aliases: { 发改: '市发展改革委' } }));
    writeFileSync(path.join(dir, 'd.md'), '第24项（牵头单位：发改）');
    const r = await run(['check', 'd.md', '--format', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.out), []);
  });
});

describe('check --fix', () => {
  const DRAFT = '落实聊政办字[2023]3号第24项（牵头单位：市发改委）\r\n第12项（牵头单位：市发展改革委）\r\n';
  const FIXED = '落实聊政办字〔2023〕3号第24项（牵头单位：市发展改革委）\r\n第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）\r\n';
  function tmp(name: string, data: Buffer) { const dir = mkdtempSync(path.join(tmpdir(), 'pd-fix-')); const f = path.join(dir, name); writeFileSync(f, data); return f; }
  test('--dry-run prints a diff and writes nothing', async () => {
    const f = tmp('a.md', Buffer.from(DRAFT));
    const r = await run(['check', f, '--fix', '--dry-run']);
    assert.match(r.out, /^-落实聊政办字\[2023\]3号/m);
    assert.match(r.out, /^\+落实聊政办字〔2023〕3号/m);
    assert.equal(readFileSync(f, 'utf8'), DRAFT);
  });
  test('UTF-8 with BOM and CRLF kept; the fixed file rechecks clean', async () => {
    const f = tmp('b.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)]));
    const r = await run(['check', f, '--fix']);
    assert.equal(r.code, 0);
    const buf = readFileSync(f);
    assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(buf.subarray(3).toString('utf8'), FIXED);
    assert.equal((await run(['check', f, '--format', 'json'])).out.trim(), '[]');
  });
  test('GB18030 kept', async () => {
    const f = tmp('c.txt', iconv.encode(DRAFT, 'gb18030'));
    await run(['check', f, '--fix']);
    assert.equal(iconv.decode(readFileSync(f), 'gb18030'), FIXED);
  });
  test('--fix writes a GB18030 file back through the separate iconv-lite bundle (dist/gb18030.js)', () => {
    if (!existsSync(path.join(ROOT, 'dist', 'gb18030.js'))) spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT });
    // The CLI bundle itself holds no code table (iconv-lite's GB18030 ranges name their fields gbChars).
    assert.doesNotMatch(readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8'), /gbChars/);
    assert.match(readFileSync(path.join(ROOT, 'dist', 'gb18030.js'), 'utf8'), /gbChars/);
    const f = tmp('bin-gb.txt', iconv.encode(DRAFT, 'gb18030'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', f, '--fix'], { cwd: tmpdir(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(iconv.decode(readFileSync(f), 'gb18030'), FIXED);
  });
  test('stdin: the fixed text on stdout', async () => {
    const r = await run(['check', '-', '--fix'], { stdin: Buffer.from(DRAFT) });
    assert.equal(r.out, FIXED);
  });
  test('thousands of fixes in one file are all applied (one pass over the text)', async () => {
    const f = tmp('e.md', Buffer.from('第24项（牵头单位：市发改委）\n'.repeat(5000)));
    const r = await run(['check', f, '--fix']);
    assert.equal(r.code, 0);
    assert.equal(readFileSync(f, 'utf8'), '第24项（牵头单位：市发展改革委）\n'.repeat(5000));
  });
  test('ambiguous fixes are not applied (a wrong lead is left for a person, and no lead added beside it)', async () => {
    const f = tmp('d.md', Buffer.from('第1项（牵头单位：市商务局）'));
    await run(['check', f, '--fix']);
    assert.equal(readFileSync(f, 'utf8'), '第1项（牵头单位：市商务局）');
    const g = tmp('e.md', Buffer.from('第12项（牵头单位：市发展改革委）'));
    await run(['check', g, '--fix']);
    assert.equal(readFileSync(g, 'utf8'), '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）');
  });
});

describe('index and coverage', () => {
  test('index --format json: the bundled notice exactly', async () => {
    const r = await run(['index', '--format', 'json']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.docNumber, '聊政办字〔2023〕3号');
    assert.equal(j.tasks.length, 106);
    assert.deepEqual(j.tasks[11].leadUnits, ['市发展改革委', '市工业和信息化局', '市生态环境局']);
    assert.deepEqual(j.tasks[27].cooperatingUnits, ['市自然资源和规划局', '市农业农村局']);
    assert.equal(j.sections.length, 11);
    assert.ok(j.units.find((u: { name: string }) => u.name === '市住房城乡建设局').aliases.includes('市住房和城乡建设局'));
  });
  test('index: text summary, and several notices give an array', async () => {
    assert.match((await run(['index'])).out, /106 项任务/);
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-i-'));
    cpSync(path.join(ROOT, 'seeds', 'liaozhengbanzi-2023-3.md'), path.join(dir, 'a.md'));
    writeFileSync(path.join(dir, 'b.md'), '测政办字〔2024〕1号\n一、总体\n1. 甲任务。（牵头单位：市科技局）\n');
    const j = JSON.parse((await run(['index', path.join(dir, 'a.md'), path.join(dir, 'b.md'), '--format', 'json'])).out);
    assert.equal(j.length, 2);
  });
  test('index: a non-notice file is an error (exit 2)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-nn-'));
    writeFileSync(path.join(dir, 'x.md'), '只是一段文字。');
    const r = await run(['index', path.join(dir, 'x.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /不是任务通知|not a notice/);
  });
  test('coverage: cited and missing lead tasks', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-cov-'));
    writeFileSync(path.join(dir, 'r.md'), '第26项、第27项已完成。');
    const r = await run(['coverage', '--unit', '市水利局', path.join(dir, 'r.md'), '--format', 'json']);
    assert.equal(r.code, 1);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.lead.filter((x: { cited: boolean }) => x.cited).map((x: { number: number }) => x.number), [26, 27]);
    assert.equal(j.lead.length, 8);
  });
  test('coverage: tasks excluded from a range are not covered', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-cov-'));
    writeFileSync(path.join(dir, 'r.md'), '第26至28项（第27项除外）已完成。');
    const j = JSON.parse((await run(['coverage', '--unit', '市水利局', path.join(dir, 'r.md'), '--format', 'json'])).out);
    assert.deepEqual(j.lead.filter((x: { cited: boolean }) => x.cited).map((x: { number: number }) => x.number), [26, 28]);
    writeFileSync(path.join(dir, 'r.md'), '第26至28项，除第27项、第28项外，已完成。');
    const k = JSON.parse((await run(['coverage', '--unit', '市水利局', path.join(dir, 'r.md'), '--format', 'json'])).out);
    assert.deepEqual(k.lead.filter((x: { cited: boolean }) => x.cited).map((x: { number: number }) => x.number), [26]);
  });
  test('coverage of an unknown unit: exit 2 with suggestions', async () => {
    const r = await run(['coverage', '--unit', '市水务局局', 'test/fixtures/drafts/plan.md', '--lang', 'en']);
    assert.equal(r.code, 2);
  });
});

describe('the built bin', () => {
  test('node dist/cli.js index runs from a fresh build', () => {
    if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'index', '--format', 'json'], { cwd: tmpdir(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).tasks.length, 106);
  });
  test('a reader that goes away (| head) ends the output quietly', () => {
    // The shell's `| head -1`: a pipe whose reader exits after the first line.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${path.join(ROOT, 'dist', 'cli.js')}" index --format json | head -1`], { encoding: 'utf8' });
    assert.equal(r.stdout.trim(), '{');
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });
  test('usage error exit 2', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'frobnicate'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
  });
});

describe('V8 settings for short runs (tiering.ts, in a child process: they would slow this test runner)', () => {
  const probe = (env: Record<string, string>, body: string) => {
    const code = `import { startShortRun, willRead, runKind, LONG_RUN_BYTES } from ${JSON.stringify(path.join(ROOT, 'server/src/cli/tiering.ts'))};\nconst out = [];\n${body}\nconsole.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };
  test('a run starts short and becomes a default one past LONG_RUN_BYTES announced', () => {
    assert.deepEqual(probe({}, 'out.push(runKind()); startShortRun(); out.push(runKind()); willRead(LONG_RUN_BYTES / 2); out.push(runKind()); willRead(LONG_RUN_BYTES / 2 + 1); out.push(runKind());'),
      ['default', 'short', 'short', 'default']);
  });
  test('only on the V8 versions the flags were checked on', () => {
    assert.deepEqual(probe({}, "startShortRun('13.6.1'); out.push(runKind());"), ['default']);
  });
  test('POLICY_DRAFT_V8=default keeps V8 defaults', () => {
    assert.deepEqual(probe({ POLICY_DRAFT_V8: 'default' }, 'startShortRun(); out.push(runKind());'), ['default']);
  });
  test('the optimising compiler is really off in a short run', () => {
    // %GetOptimizationStatus bit 4 (value 16): the function is optimised by TurboFan.
    const body = `startShortRun(); const v8 = await import('node:v8'); v8.setFlagsFromString('--allow-natives-syntax');
      const f = new Function('n', 'let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s;');
      for (let k = 0; k < 2000; k++) f(1000);
      const status = new Function('f', 'return %GetOptimizationStatus(f)');
      out.push((status(f) & 16) !== 0);
      willRead(LONG_RUN_BYTES + 1);
      const g = new Function('n', 'let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s;');
      // Optimisation is concurrent: call until it lands (bounded).
      for (let k = 0; k < 500000 && !(status(g) & 16); k++) g(100);
      out.push((status(g) & 16) !== 0);`;
    assert.deepEqual(probe({}, body), [false, true]);
  });
});
