// ReDoS: every regular expression of the core — literals, and `new RegExp(…)` whose pattern is statically known —
// checked by recheck 4.5 (checker 'auto', pure-JS backend on two worker threads: offline, no Java, no native binary;
// see fuzz/redos-worker.mjs, which also disables processes and sockets). Each must be 'safe'. A 'vulnerable' verdict
// carries recheck's attack string, which is then run in V8 at two sizes: an automaton verdict fails outright, a
// fuzzing (heuristic) verdict fails when V8 confirms the blow-up. A RegExp built from run-time input must be listed
// in DYNAMIC below, so a new one cannot slip in unchecked. Verdicts are cached in node_modules/.cache (cold run
// ≈ 1 min, warm ≈ 10 s).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import * as vm from 'node:vm';
import ts from 'typescript';
import { ROOT } from './helpers';
import { globMatcher } from '../../server/src/core/glob';
import { titleFinder, TITLE_REGEX_MAX } from '../../server/src/core/scanner';
import { NoticeIndex } from '../../server/src/core/workspace';
import { seedIndex } from './helpers';

const CORE = path.join(ROOT, 'server', 'src', 'core');

export interface FoundRegex { file: string; line: number; source: string; flags: string; how: 'literal' | 'constructor' }
interface Dynamic { file: string; line: number; code: string; why: string }

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (e.endsWith('.ts') && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Evaluates a RegExp constructor argument when it depends only on literals and top-level literal constants. */
function staticValue(expr: ts.Expression, sf: ts.SourceFile, consts: Map<string, ts.Expression>, seen = new Set<string>()): { ok: true; value: unknown } | { ok: false } {
  const free = new Set<string>();
  let dynamic = false;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      // property names (x.join, {a: …}) and parameters of inline arrow functions are not free
      if (p && ts.isPropertyAccessExpression(p) && p.name === n) return;
      if (p && ts.isPropertyAssignment(p) && p.name === n) return;
      if (p && ts.isParameter(p)) return;
      let inArrowParams = false;
      for (let q: ts.Node | undefined = n.parent; q; q = q.parent) {
        if ((ts.isArrowFunction(q) || ts.isFunctionExpression(q)) && q.parameters.some(pp => ts.isIdentifier(pp.name) && pp.name.text === n.text)) { inArrowParams = true; break; }
      }
      if (inArrowParams) return;
      if (['undefined', 'String', 'Math', 'Number', 'Object', 'Array', 'JSON'].includes(n.text)) return;
      free.add(n.text);
      return;
    }
    if (ts.isCallExpression(n) && !ts.isPropertyAccessExpression(n.expression)) dynamic = true; // an arbitrary function call
    ts.forEachChild(n, visit);
  };
  visit(expr);
  if (dynamic) return { ok: false };
  const env: Record<string, unknown> = {};
  for (const name of free) {
    const init = consts.get(name);
    if (!init || seen.has(name)) return { ok: false };
    const v = staticValue(init, sf, consts, new Set([...seen, name]));
    if (!v.ok) return { ok: false };
    env[name] = v.value;
  }
  const js = ts.transpile(`(${expr.getText(sf)})`, { target: ts.ScriptTarget.ES2022, removeComments: true });
  try { return { ok: true, value: vm.runInNewContext(js, env, { timeout: 1000 }) }; } catch { return { ok: false }; }
}

export function extractRegexes(files = tsFiles(CORE)): { found: FoundRegex[]; dynamic: Dynamic[] } {
  const found: FoundRegex[] = [];
  const dynamic: Dynamic[] = [];
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, src, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const rel = path.relative(ROOT, file);
    // Top-level `const X = …` of the file: the only names a static pattern may use.
    const consts = new Map<string, ts.Expression>();
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st) && (st.declarationList.flags & ts.NodeFlags.Const)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
      }
    }
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (n as ts.RegularExpressionLiteral).text;
        const cut = text.lastIndexOf('/');
        found.push({ file: rel, line: lineOf(n), source: text.slice(1, cut), flags: text.slice(cut + 1), how: 'literal' });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const args = n.arguments ?? [];
        const pat = args[0] ? staticValue(args[0], sf, consts) : { ok: true as const, value: '(?:)' };
        const flags = args[1] ? staticValue(args[1], sf, consts) : { ok: true as const, value: '' };
        if (pat.ok && flags.ok && typeof pat.value === 'string' && typeof flags.value === 'string') {
          found.push({ file: rel, line: lineOf(n), source: pat.value, flags: flags.value, how: 'constructor' });
        } else if (pat.ok && pat.value instanceof RegExp) {
          found.push({ file: rel, line: lineOf(n), source: (pat.value as RegExp).source, flags: flags.ok && typeof flags.value === 'string' ? flags.value : (pat.value as RegExp).flags, how: 'constructor' });
        } else {
          dynamic.push({ file: rel, line: lineOf(n), code: n.getText(sf).slice(0, 120), why: '' });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/** RegExps built from run-time input, and how this test covers them instead. */
const DYNAMIC: Record<string, string> = {
  // Task titles as literal alternatives between two lookarounds: checked below ('the title alternation …').
  'server/src/core/scanner.ts': "new RegExp(source, 'g')",
  // A notice's informal unit names as literal alternatives, grouped by first character: checked below ('the
  // informal-name alternation …').
  'server/src/core/units.ts': "new RegExp(source, 'g')",
};

/** Globs as users write them in `notices` (README, schema examples, tests). */
const TYPICAL_GLOBS = ['notices/*.md', '**/*.md', 'notices/**/*.{md,txt}', '通知/*通知*.md', './docs/聊政办字*.txt', '[a-z]*/??.md', '**/notices/**'];

type Attack = { pattern?: string; string?: string; base?: number; suffix?: string; pumps?: { prefix: string; pump: string; bias?: number }[] };
type Confirm = { n: number; len: number; t1: number; t4: number | 'timeout' };
type Verdict = { status: string; checker?: string; complexity?: { type?: string; summary?: string }; attack?: Attack; error?: unknown; confirm?: Confirm };

/** recheck's parameters: 'auto' picks the automaton checker where the NFA is small, else seeded fuzzing. */
const PARAMS = { checker: 'auto', timeout: 30_000, randomSeed: 20231 } as const; // fixed seed: the same attacks tried everywhere (fuzzing is bounded in time too)
const RECHECK_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')).version as string;
/** Verdicts per (recheck version, parameters, pattern, flags), cached per machine outside the repository. */
const CACHE_FILE = path.join(ROOT, 'node_modules', '.cache', 'policy-draft', 'redos.json');
const WORKER = path.join(ROOT, 'fuzz', 'redos-worker.mjs');
/** A blow-up measured in V8: 4× the attack's pump count costs > 8× the time (linear ≈ 4×), or runs past the limit. */
const CONFIRM_RATIO = 8;
const CONFIRM_LIMIT_MS = 4000;

function loadCache(): Record<string, Verdict> {
  try { return JSON.parse(readFileSync(CACHE_FILE, 'utf8')); } catch { return {}; }
}
function saveCache(c: Record<string, Verdict>): void {
  try { mkdirSync(path.dirname(CACHE_FILE), { recursive: true }); writeFileSync(CACHE_FILE, JSON.stringify(c)); } catch { /* read-only: no cache */ }
}
const cacheKey = (source: string, flags: string) => JSON.stringify([RECHECK_VERSION, PARAMS, CONFIRM_RATIO, source, flags]);
// 'd' (indices) is newer than recheck's parser and changes nothing about matching time; 'g'/'y' neither.
const normFlags = (f: string) => f.replace(/[dgy]/g, '');

function ask(w: Worker, msg: object, timeoutMs = Infinity): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = Number.isFinite(timeoutMs) ? setTimeout(() => { w.off('message', on); resolve('timeout'); }, timeoutMs) : undefined;
    const on = (m: { v?: unknown }) => { if (m.v === undefined) return; clearTimeout(timer); w.off('message', on); w.off('error', reject); resolve(m.v); };
    w.on('message', on);
    w.once('error', reject);
    w.postMessage(msg);
  });
}

/** Runs the attack in a fresh worker, killed past CONFIRM_LIMIT_MS. */
async function confirm(source: string, flags: string, attack: Attack): Promise<Confirm | undefined> {
  if (!attack.pumps?.length) return undefined;
  const w = new Worker(WORKER);
  let progress: Confirm | undefined;
  w.on('message', m => { if (m.progress) progress = { ...m.progress, t4: 'timeout' }; });
  try {
    const v = await ask(w, { op: 'confirm', id: 0, source, flags, attack }, CONFIRM_LIMIT_MS + 2000);
    if (v === 'timeout') return progress ?? { n: 0, len: 0, t1: 0, t4: 'timeout' };
    if (v.status === 'error') return undefined;
    return v as Confirm;
  } finally { await w.terminate(); }
}
const confirmed = (c: Confirm | undefined) => !!c && (c.t4 === 'timeout' || c.t4 > CONFIRM_ROUND(c.t1) * CONFIRM_RATIO);
const CONFIRM_ROUND = (t: number) => Math.max(t, 1);

/** Checks many patterns on two worker threads (the machine has two cores); cached verdicts are reused. */
async function checkAll(patterns: { source: string; flags: string }[], useCache = true): Promise<Verdict[]> {
  const cache = useCache ? loadCache() : {};
  const out: Verdict[] = new Array(patterns.length);
  const todo: number[] = [];
  patterns.forEach((p, k) => { const hit = cache[cacheKey(p.source, normFlags(p.flags))]; if (hit) out[k] = hit; else todo.push(k); });
  if (todo.length) {
    const workers = Array.from({ length: Math.min(2, todo.length) }, () => new Worker(WORKER));
    let retries = 2;
    try {
      await Promise.all(workers.map(async w => {
        for (let k = todo.shift(); k !== undefined; k = todo.shift()) {
          const { source } = patterns[k], flags = normFlags(patterns[k].flags);
          let v: Verdict = await ask(w, { op: 'check', id: k, source, flags, params: PARAMS });
          // recheck's fuzzing is bounded in time, so a busy machine (CI on two cores with other test files running)
          // can run a slow pattern out of it: workspace.ts's 文号 pattern takes ~11 s quiet and once passed 30 s on
          // a fresh clone. Such a pattern gets one more try with four times the time; two such tries per run at
          // most, so a pattern that always runs out costs 150 s once, not once per pattern (and still fails).
          if (v.status === 'unknown' && (v.error as { kind?: string } | undefined)?.kind === 'timeout' && retries-- > 0) {
            v = await ask(w, { op: 'check', id: k, source, flags, params: { ...PARAMS, timeout: 4 * PARAMS.timeout } });
          }
          if (v.status === 'vulnerable' && v.attack) v.confirm = await confirm(source, flags, v.attack);
          out[k] = v;
          if (v.status === 'safe' || v.status === 'vulnerable') cache[cacheKey(source, flags)] = v;
        }
      }));
    } finally {
      await Promise.all(workers.map(w => w.terminate()));
    }
    if (useCache) saveCache(cache);
  }
  return out;
}

/**
 * Fails on: recheck's exact (automaton) verdict 'vulnerable', or a fuzzing verdict 'vulnerable' that V8 confirms.
 * An unconfirmed fuzzing verdict is a heuristic's guess (e.g. `#([^\s#]{1,30})$` is linear): reported, not failed.
 */
const failing = (v: Verdict) => v.status !== 'safe' && !(v.status === 'vulnerable' && v.checker === 'fuzz' && !confirmed(v.confirm));

const describeVerdict = (r: { file: string; line: number; source: string; flags: string }, v: Verdict) =>
  `${r.file}:${r.line} /${r.source}/${r.flags} is ${v.status}${v.complexity ? ` (${v.complexity.summary ?? v.complexity.type})` : ''}` +
  (v.attack ? `; attack: ${v.attack.pattern ?? ''}` : '') +
  (v.confirm ? `; V8: ${v.confirm.len} chars ${v.confirm.t1.toFixed(1)} ms, 4× pumps ${typeof v.confirm.t4 === 'number' ? `${v.confirm.t4.toFixed(1)} ms` : `> ${CONFIRM_LIMIT_MS} ms`}` : '') +
  (v.error ? `; error: ${JSON.stringify(v.error)}` : '');

describe('ReDoS: regular expressions of server/src/core', () => {
  const { found, dynamic } = extractRegexes();

  test('the extractor finds the core’s regexes (literals and static new RegExp)', () => {
    assert.ok(found.length >= 60, `only ${found.length} regexes found`);
    const label = found.find(r => r.how === 'constructor' && r.file.endsWith('annotation.ts'));
    assert.ok(label, 'LABEL_RE (new RegExp over the label lists) is evaluated statically');
    assert.match(label.source, /^\^\((?:[^()|]+\|)+[^()|]+\)\(\?:\[:：\]\|\(\?:分别\)\?为\(\?=\[市县区省各国中\]\|/);
    assert.ok(label.source.includes('|牵头单位|') && label.source.includes('|配合)'), label.source);
    // The extractor itself: literals with / inside classes, flags, constructor from constants.
    const probe = path.join(ROOT, 'test', 'unit', 'redos.test.ts');
    const self = extractRegexes([probe]).found.map(r => r.source);
    assert.ok(self.includes('[dgy]'), 'reads this file’s own literal');
  });

  test('every RegExp built at run time is accounted for', () => {
    const unknown = dynamic.filter(d => !DYNAMIC[d.file] || !readFileSync(path.join(ROOT, d.file), 'utf8').includes(DYNAMIC[d.file]));
    assert.deepEqual(unknown.map(d => `${d.file}:${d.line} ${d.code}`), [], 'a RegExp whose pattern is not statically known: check it here or list it in DYNAMIC');
  });

  const verdicts: { r: FoundRegex; v: Verdict }[] = [];
  before(async () => {
    const vs = await checkAll(found);
    found.forEach((r, k) => verdicts.push({ r, v: vs[k] }));
  });

  test('recheck works offline and tells safe from vulnerable (exponential and polynomial), confirmed in V8', async () => {
    const [exp, poly, safe] = await checkAll([{ source: '^(a+)+$', flags: '' }, { source: '\\s*$', flags: 'g' }, { source: '^[0-9]+$', flags: '' }], false);
    assert.equal(exp.status, 'vulnerable');
    assert.ok(exp.attack?.string, 'an attack string');
    assert.ok(confirmed(exp.confirm), `exponential confirmed: ${JSON.stringify(exp.confirm)}`);
    assert.equal(poly.status, 'vulnerable', 'polynomial (quadratic) patterns count as vulnerable too');
    assert.ok(confirmed(poly.confirm), `quadratic confirmed: ${JSON.stringify(poly.confirm)}`);
    assert.equal(safe.status, 'safe');
  });

  test('every core regex is safe', (t) => {
    assert.equal(verdicts.length, found.length);
    const notes = verdicts.filter(x => x.v.status !== 'safe' && !failing(x.v));
    for (const x of notes) t.diagnostic(`unconfirmed (fuzzing heuristic, linear in V8): ${describeVerdict(x.r, x.v)}`);
    assert.deepEqual(verdicts.filter(x => failing(x.v)).map(x => describeVerdict(x.r, x.v)), []);
  });

  test('the title alternation (scanner.ts, one regex per notice, built from its titles) is safe, and never too large', async () => {
    // The seed's titles, checked by recheck like the static regexes: literal alternatives between two lookarounds.
    const seed = seedIndex().all()[0];
    const re = titleFinder(seed)!.re;
    assert.ok(re.source.includes('加强“两高”行业管控'), 'the seed’s titles are in it');
    const [v] = await checkAll([{ source: re.source, flags: re.flags }]);
    assert.ok(!failing(v), describeVerdict({ file: 'scanner.ts', line: 0, source: re.source.slice(0, 80) + '…', flags: re.flags }, v));
    // Past ~20 KB of source V8 stops optimising a regex and the alternation tries every title at every place: a
    // notice with that many titles gets no regex (scanTitles looks titles up by their first characters).
    const notice = (count: number) => {
      const lines = ['# 测试通知', '', '测政办字〔2024〕1号', '', '一、任务', ''];
      for (let k = 1; k <= count; k++) lines.push(`${k}. 推进全市重点领域改革试点示范建设第${k}批。内容。（牵头单位：市科技局）`, '');
      const idx = new NoticeIndex();
      idx.set('file:///many.md', lines.join('\n'));
      return idx.all()[0];
    };
    const some = titleFinder(notice(300));
    assert.ok(some && some.re.source.length <= TITLE_REGEX_MAX, 'a regex for 300 titles');
    assert.equal(titleFinder(notice(2000)), undefined, 'no regex for 2,000 titles');
  });

  test('the informal-name alternation (units.ts, one regex per notice) is safe, also with user aliases full of metacharacters', async () => {
    const re = seedIndex().default()!.units.informalForms()!;
    assert.match(re.source, /^市\(\?:[^()]+\)\|人\(\?:[^()]+\)$/);
    const own = new NoticeIndex({ '市(发改)*委+': '市发展改革委', '发改[局]|委\\': '市发展改革委' });
    own.set('file:///seed.md', readFileSync(path.join(ROOT, 'seeds', 'liaozhengbanzi-2023-3.md'), 'utf8'));
    const re2 = own.default()!.units.informalForms()!;
    assert.ok(re2.test('请市(发改)*委+牵头'), re2.source);
    const verdicts = await checkAll([re, re2].map(r => ({ source: r.source, flags: r.flags })));
    for (const v of verdicts) assert.ok(!failing(v), describeVerdict({ file: 'units.ts', line: 0, source: re.source.slice(0, 80), flags: 'g' }, v));
  });

  test('notice globs are matched without regular expressions (glob.ts): correct and no blow-up', () => {
    const cases: [string, string, boolean][] = [
      ['notices/*.md', 'notices/a.md', true], ['notices/*.md', 'notices/x/a.md', false], ['**/*.md', 'a/b/c.md', true],
      ['**/notices/**', 'x/notices/y/z.txt', true], ['通知/*通知*.md', '通知/关于通知一.md', true], ['通知/*通知*.md', '通知/关于.md', false],
      ['notices/{a,b}.md', 'notices/b.md', true], ['n[0-9].md', 'n5.md', true], ['n?.md', 'nab.md', false],
    ];
    for (const [g, p, want] of cases) assert.equal(globMatcher(g).test(p), want, `${g} ~ ${p}`);
    // adversarial inputs that were quadratic or worse as regexes finish (they would hang the test if not)
    assert.equal(globMatcher('通知/*通知*.md').test('通知/' + '通知'.repeat(38730) + '通'), false);
    assert.equal(globMatcher('**/notices/**').test('o' + '/notices/s'.repeat(2000) + 'x'), true);
  });
});
