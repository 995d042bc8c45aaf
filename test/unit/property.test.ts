// Property-based tests (fast-check) of the pure core: incremental analysis equals a fresh one, every range a
// feature hands out lies inside the document and never splits a surrogate pair, offered fixes remove their
// diagnostic and touch nothing outside their edits, and no core function throws on arbitrary text.
//
// Deterministic by default (FC_SEED, default 20231); FC_SEED=random explores; FC_RUNS=<factor> scales numRuns.
// A failure prints fast-check's seed and path: rerun with FC_SEED=<seed> to reproduce it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeDraft, DraftAnalysis } from '../../server/src/core/document';
import { computeDiagnostics, CoreDiagnostic, Fix } from '../../server/src/core/diagnostics';
import { complete } from '../../server/src/core/completion';
import { hover } from '../../server/src/core/hover';
import { parseNotice } from '../../server/src/core/notice';
import { PolicyDraftService, DocumentInput } from '../../server/src/core/service';
import { LineIndex } from '../../server/src/core/text';
import { defaultConfig } from '../../server/src/core/config';
import { RULE_IDS } from '../../server/src/core/rules';
import type { Span } from '../../server/src/core/types';
import { NoticeIndex } from '../../server/src/core/workspace';
import { ROOT, SEED, SEED_URI, seedIndex } from './helpers';

const SEED_ENV = process.env.FC_SEED;
const FC_SEED = SEED_ENV === 'random' ? undefined : Number(SEED_ENV ?? 20231);
const RUNS = Number(process.env.FC_RUNS ?? 1);
/** numRuns scaled by FC_RUNS; each property stops after 8 s (×FC_RUNS) on a slow machine, shrinking included. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- examples are checked by fast-check at run time
const params = (numRuns: number, examples: unknown[] = []): fc.Parameters<any> =>
  ({ numRuns: Math.max(1, Math.round(numRuns * RUNS)), seed: FC_SEED, examples, interruptAfterTimeLimit: 8000 * Math.max(1, RUNS) });

// ───────────────────────── material ─────────────────────────

const SAMPLES = readdirSync(path.join(ROOT, 'seeds', 'samples')).sort().map(f => readFileSync(path.join(ROOT, 'seeds', 'samples', f), 'utf8'));
/** Task paragraphs of the seed notice: real citations-with-units material. */
const SEED_LINES = SEED.split('\n').filter(l => l.trim().length > 0);

const CJK = '的一是在不了有和人中大为上个国我以要时来用们生到作地于出就分对成会可主发年动同工也能下过子产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞牵';
const ASCII = 'abcXYZ019 .,;:()[]|#-*_/\\"\'<>=!?\t';
const PUNCT = '，。、；：！？（）【】《》〈〉“”‘’「」『』〔〕［］—–～·…\u3000０１２';
const ASTRAL = ['𠮷', '😀', '𪚥', '\u{20000}'];
const LONE = ['\uD83D', '\uDE00'];
const NL = ['\n', '\r\n', '\r', '\n\n'];

const FRAGMENTS = [
  '第12项', '第1项', '第107项', '第二十八项', '第一至八项', '第5、6项', '第1—106项', '第100—120项', '第999999999999项', '第28项“加强大中型灌区续建配套与现代化改造”',
  '第12项“加强“两高”行业管控”', '第12项"加强高耗能行业管控"', '第1项「加强实验室布局提升」', '任务12', '重点任务24', '第', '项', '条', '“', '”', '"', '《', '》',
  '（牵头单位：市科技局）', '（牵头单位：市商务局）', '（牵头单位：市发改委）', '（责任单位：市科技局、市财政局）', '（牵头单位：市发展改革委；配合单位：市交通运输局）',
  '牵头单位：市水利局、市农业农村局。', '配合单位：', '由市商务局牵头', '由市发改委牵头，市交通局配合', '市科技局牵头', '（市科技局、市财政局负责）', '市𠮷局',
  '（', '）', '(', ')', '〔', '〕', '[', ']', '|', '、', '，', '。', '；', '：', '—',
  '聊政办字〔2023〕3号', '聊政办字[2023]3号', '聊政办字（2023）3号', '鲁政办字〔2023〕5号', '〔2023〕', '（2023）', '2023年3月1日',
  '《聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务》', '（以下简称《任务》）', '《任务》', '以下简称', '下称',
  '<!-- policy-draft: notice=聊政办字〔2023〕3号 -->', '<!--', '-->', '#两高', '#', '  ', '\t',
  '| 任务编号 | 牵头单位 | 配合单位 |\n|---|---|---|\n| 21 | 市交通运输局、市发展改革委 | |\n',
  '| 任务编号 | 任务名称 |\n|---|---|\n| 13 | 提升发展现代服务业 |\n', '| 任务名称 | 任务编号 |\n|---|---|\n| 加强实验室布局提升 | 1 |\n', '| 28 | 市水利局 | 市农业农村局 |', '|---|---|',
  '1. ', '一、', '（一）', '## ', '加强实验室布局提升', '市工业和信息化局', '市发展改革委', '市生态环境局', '冠县工业和信息化局',
  '进展情况：', '市发展改革委（牵头）', '（市能源局）', '，排在第一位的为牵头单位', '第12、第13项', '第12、13、15—18项', '第12项至15项', '任务12、13', '\n\n— 3 —\n\n', '\r\n\r\n- 12 -\r\n\r\n', '（牵头单位：市工业和信\n\n息化局）', '配合\n\n单位：', '下一步\n\n将', '\n\n第 3 页\n\n', '\n\n聊城市科学技术局文件\n\n', '\n\n3\n\n', '牵头单位：市科技局、市工业和信\n\n— 2 —\n\n息化局', '“加强实验室\n\n— 3 —\n\n布局提升”', '| 2 | 107 | 推进数字乡村建设 | 市农业农村局 |',
  '﹝2023﹞', '〔2023〕第3号', '牵头单位为市科技局', '共同牵头', '和市财政局', '## 第28项“加强水土流失综合治理”\n\n',
  // Lists organised by unit: a unit heading, role lines and numbered tasks under it.
  '（一）市水利局\n', '市商务局：', '牵头任务：', '配合任务：\n', '牵头第66、67项；', '2.第28项\n', '市水利局（3项）\n',
  '（括号内为牵头单位）', '第43项（市住房城乡建设局、市城管局）', '第二部分第（三）项', '问题清单第3项',
];

const charArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CJK) },
  { weight: 3, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.constantFrom(...NL) },
);
const fragArb = fc.constantFrom(...FRAGMENTS);
const piecesArb = (max: number) => fc.array(fc.oneof({ weight: 2, arbitrary: fragArb }, { weight: 3, arbitrary: charArb }, { weight: 1, arbitrary: fc.constantFrom(...NL) }), { maxLength: max }).map(a => a.join(''));
/** A starting draft: a sample, a run of seed paragraphs, or generated text. */
const baseArb = fc.oneof(
  fc.constantFrom(...SAMPLES),
  fc.tuple(fc.nat({ max: SEED_LINES.length - 1 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom('\n', '\r\n', '\n\n')).map(([s, n, eol]) => SEED_LINES.slice(s, s + n).join(eol)),
  piecesArb(30),
  fc.constant(''),
  // Paragraphs between runs of empty lines (blocks that start after blank lines; edits before them).
  fc.tuple(fc.nat({ max: 8 }), fc.nat({ max: SEED_LINES.length - 1 }), fc.nat({ max: 8 }), fc.nat({ max: SEED_LINES.length - 1 })).map(([a, s, b, t]) => '\n'.repeat(a) + SEED_LINES[s] + '\n'.repeat(b + 1) + SEED_LINES[t]),
);

// ───────────────────────── helpers ─────────────────────────

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Offset k lies between the two halves of a surrogate pair. */
const midPair = (text: string, k: number) => k > 0 && k < text.length && isHigh(text.charCodeAt(k - 1)) && isLow(text.charCodeAt(k));

function checkSpan(text: string, s: Span | undefined, what: string): void {
  assert.ok(s && Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: not a span ${JSON.stringify(s)}`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what}: span ${JSON.stringify(s)} outside the document (length ${text.length}) in ${JSON.stringify(text)}`);
  assert.ok(!midPair(text, s.start) && !midPair(text, s.end), `${what}: span ${JSON.stringify(s)} splits a surrogate pair in ${JSON.stringify(text)}`);
}

/** LSP ranges: valid positions that map back onto the span (an offset inside CRLF maps to the line end). */
function checkRange(svc: PolicyDraftService, doc: DocumentInput, lines: LineIndex, s: Span, what: string): void {
  const r = svc.range(doc, s);
  for (const [p, o] of [[r.start, s.start], [r.end, s.end]] as const) {
    assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} of ${lines.lineCount}`);
    assert.ok(p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line) + 2, `${what}: character ${p.character}`);
    const back = svc.offset(doc, p);
    assert.ok(back === o || (doc.text[o - 1] === '\r' && doc.text[o] === '\n'), `${what}: ${o} → ${JSON.stringify(p)} → ${back}`);
  }
}

function projectAnalysis(a: DraftAnalysis): unknown {
  return JSON.parse(JSON.stringify({
    citations: a.citations, lists: a.lists, groups: a.groups, docNumbers: a.docNumbers, noticeRefs: a.noticeRefs, mentions: a.mentions,
    declared: a.declared?.id, shortTitles: [...a.shortTitles],
  }));
}
const projectDiags = (ds: CoreDiagnostic[]) => JSON.parse(JSON.stringify(ds.map(d => ({ rule: d.rule, severity: d.severity, span: d.span, message: d.message, fixes: d.fixes }))));

function applyEdits(text: string, fix: Fix, what: string): { out: string; sorted: Fix['edits'] } {
  const sorted = [...fix.edits].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  assert.ok(sorted.length > 0, `${what}: a fix without edits`);
  for (let k = 0; k < sorted.length; k++) {
    checkSpan(text, sorted[k].span, `${what} edit ${k}`);
    assert.equal(typeof sorted[k].newText, 'string');
    if (k > 0) assert.ok(sorted[k - 1].span.end <= sorted[k].span.start, `${what}: overlapping edits ${JSON.stringify(sorted)}`);
  }
  let out = '', at = 0;
  for (const e of sorted) { out += text.slice(at, e.span.start) + e.newText; at = e.span.end; }
  out += text.slice(at);
  // Nothing outside the edits changes: the text before the first and after the last edit is identical.
  const first = sorted[0].span.start, last = sorted[sorted.length - 1].span.end;
  assert.equal(out.slice(0, first), text.slice(0, first), `${what}: text before the first edit changed`);
  assert.equal(out.slice(out.length - (text.length - last)), text.slice(last), `${what}: text after the last edit changed`);
  return { out, sorted };
}

/** Where a span of the old text lies in the new text: inside an edit it widens to the edit's replacement. */
function mapSpan(s: Span, edits: Fix['edits']): Span {
  const map = (o: number, isEnd: boolean) => {
    let delta = 0;
    for (const e of edits) {
      const d = e.newText.length - (e.span.end - e.span.start);
      if (e.span.end < o || (e.span.end === o && e.span.start < o)) delta += d;
      else if (e.span.start < o || (e.span.start === o && isEnd)) return isEnd ? e.span.start + delta + e.newText.length : e.span.start + delta;
      else if (e.span.start === o && e.span.end > o && !isEnd) return e.span.start + delta;
    }
    return o + delta;
  };
  return { start: map(s.start, false), end: map(s.end, true) };
}
const overlaps = (a: Span, b: Span) => (a.start < b.end && b.start < a.end) || (a.start === a.end && b.start <= a.start && a.start <= b.end) || (b.start === b.end && a.start <= b.start && b.start <= a.end);

// ───────────────────────── shared state ─────────────────────────

const EXTRA_NOTICE = 'file:///extra/notice.md';
const SMALL_NOTICE = '聊城市人民政府办公室\n\n聊政办字〔2024〕9号\n\n一、某某\n\n1. 推进测试工作。（牵头单位：市科技局；配合单位：市商务局）\n\n2. 加强实验室布局提升。（牵头单位：市发改委）\n';

type Op =
  | { t: 'edit'; pos: number; del: number; ins: string }
  | { t: 'locale' }
  | { t: 'aliases'; on: boolean }
  | { t: 'rules'; rule: number; off: boolean }
  | { t: 'notice'; text: string | null };

const editArb = fc.record({ t: fc.constant('edit' as const), pos: fc.nat(), del: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })), ins: piecesArb(5) });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 12, arbitrary: editArb },
  { weight: 1, arbitrary: fc.constant({ t: 'locale' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('aliases' as const), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('rules' as const), rule: fc.nat({ max: RULE_IDS.length - 1 }), off: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('notice' as const), text: fc.option(fc.oneof(fc.constant(SMALL_NOTICE), piecesArb(20).map(s => SMALL_NOTICE + s)), { nil: null }) }) },
);

function applyOp(svc: PolicyDraftService, text: string, op: Op): string {
  switch (op.t) {
    case 'edit': {
      const pos = op.pos % (text.length + 1);
      return text.slice(0, pos) + op.ins + text.slice(Math.min(text.length, pos + op.del));
    }
    case 'locale': svc.locale = svc.locale === 'zh' ? 'en' : 'zh'; return text;
    case 'aliases': {
      const aliases: Record<string, string> = op.on ? { '发改委': '市发展改革委', '科技局': '市科技局' } : {};
      const c = { ...svc.config, aliases };
      svc.setConfig(c); return text;
    }
    case 'rules': {
      const rules = { ...svc.config.rules };
      if (op.off) rules[RULE_IDS[op.rule]] = 'off'; else delete rules[RULE_IDS[op.rule]];
      svc.config = { ...svc.config, rules }; return text;
    }
    case 'notice':
      if (op.text === null) svc.index.delete(EXTRA_NOTICE); else svc.index.set(EXTRA_NOTICE, op.text);
      return text;
  }
}

/** A service that shares the index and settings but has never seen the document. */
function freshLike(svc: PolicyDraftService): PolicyDraftService {
  const f = new PolicyDraftService(svc.index);
  f.config = svc.config; f.locale = svc.locale;
  for (const [k, v] of svc.overrides) f.overrides.set(k, v);
  return f;
}

// ───────────────────────── (a) incremental = fresh ─────────────────────────

/** One edit sequence through one long-lived service document, compared after every step with a fresh analysis. */
/** How much the properties actually compared (a property that compares nothing cannot fail). */
const seen = { citations: 0, diagnostics: 0, hovers: 0, completions: 0 };

function incrementalRun(svc: PolicyDraftService, base: string, ops: Op[], override: boolean, run: number): void {
  const uri = override ? 'file:///draft-override.md' : 'file:///draft.md';
  if (override) svc.overrides.set(uri, SEED_URI); else svc.overrides.delete(uri);
  let text = base;
  let version = run * 100;
  svc.diagnostics({ uri, text, version });
  for (const op of ops) {
    text = applyOp(svc, text, op);
    const doc = { uri, text, version: ++version };
    const inc = svc.analyze(doc);
    const incDiags = svc.diagnostics(doc);
    const f = freshLike(svc);
    const fresh = f.analyze(doc);
    const what = `after ${JSON.stringify(op)} on ${JSON.stringify(text)} (override ${override})`;
    seen.citations += inc.citations.length; seen.diagnostics += incDiags.length;
    assert.deepStrictEqual(projectAnalysis(inc), projectAnalysis(fresh), `analysis differs ${what}`);
    assert.deepStrictEqual(projectDiags(incDiags), projectDiags(f.diagnostics(doc)), `diagnostics differ ${what}`);
    // Another body's notice opened to read is not checked by the service (isForeignNotice); the bare core does not
    // know that, so it is compared only for drafts.
    if (!override && !svc.isForeignNotice(text, inc)) {
      // Also against the bare core, without any cache.
      const bare = analyzeDraft(text, svc.index);
      assert.deepStrictEqual(projectAnalysis(inc), projectAnalysis(bare), `analysis differs from analyzeDraft ${what}`);
      assert.deepStrictEqual(projectDiags(incDiags), projectDiags(computeDiagnostics(bare, { locale: svc.locale, rules: svc.config.rules })), `diagnostics differ from computeDiagnostics ${what}`);
      // And against the CLI's one-pass check (block by block, nothing kept).
      assert.deepStrictEqual(projectDiags(incDiags), projectDiags(freshLike(svc).diagnosticsOnce(doc)), `diagnostics differ from diagnosticsOnce ${what}`);
    }
  }
}

describe('property: incremental analysis equals a fresh one', () => {
  for (const override of [false, true]) {
    test(`random edit sequences through one long-lived document${override ? ' (notice chosen per document)' : ''}`, () => {
      // One service for the whole property: documents, caches and settings live across runs, as in an editor.
      const svc = new PolicyDraftService(seedIndex());
      let run = 0;
      fc.assert(fc.property(baseArb, fc.array(opArb, { minLength: 1, maxLength: 10 }), (base, ops) => incrementalRun(svc, base, ops, override, ++run)), params(override ? 40 : 150, [
        ['第12项（牵头单位：市科技局）', [{ t: 'edit', pos: 0, del: 0, ins: '\r\n' }, { t: 'edit', pos: 3, del: 1, ins: '〔2023〕' }]],
        ['', [{ t: 'edit', pos: 0, del: 0, ins: '| 任务编号 | 牵头单位 |\n|---|---|\n| 21 | 市交通运输局 |' }, { t: 'edit', pos: 10, del: 5, ins: '\r' }]],
        // Text typed before empty lines that precede the first block (the re-split must start at the edit).
        ['\n\n\n\n\n\n\n\n第12项（牵头单位：市科技局）', [{ t: 'edit', pos: 0, del: 0, ins: '第107项' }, { t: 'edit', pos: 2, del: 0, ins: '\n\n\n\n' }]],
      ]));
    });
  }
  test('the runs compared real citations and diagnostics', () => {
    assert.ok(seen.citations > 100 && seen.diagnostics > 50, JSON.stringify(seen));
  });
  test('setting or clearing an override without forget() redoes the analysis (the next check sees it)', () => {
    const svc = new PolicyDraftService(seedIndex());
    const doc = { uri: 'file:///p.md', text: '第107项（牵头单位：市科技局）' };
    svc.overrides.set(doc.uri, SEED_URI);
    assert.deepEqual(svc.diagnostics(doc).map(d => d.rule), ['unknown-task']);
    svc.overrides.delete(doc.uri);
    svc.locale = 'en';
    assert.deepEqual(svc.diagnostics(doc).map(d => d.rule), ['unknown-task'], 'not the override’s analysis, with no blocks');
    assert.ok(svc.diagnosticGroups(doc).length === 1);
  });
  test('regression: a per-document notice override gives diagnostics (no TypeError)', () => {
    const svc = new PolicyDraftService(seedIndex());
    svc.overrides.set('file:///o.md', SEED_URI);
    assert.deepEqual(svc.diagnostics({ uri: 'file:///o.md', text: '第107项（牵头单位：市科技局）' }).map(d => d.rule), ['unknown-task']);
  });
});

// ───────────────────────── (b) ranges ─────────────────────────

/**
 * Offsets worth completing at: after trigger characters, plus a sample. Never inside a surrogate pair or a CRLF:
 * an LSP position cannot name those (the service clamps such a position to the line's end).
 */
function probeOffsets(text: string, extra: number[]): number[] {
  const set = new Set<number>([0, text.length, ...extra]);
  for (let k = 0; k < text.length; k++) if ('第务：:、〔(（#由|'.includes(text[k])) { set.add(k + 1); set.add(Math.min(text.length, k + 2)); }
  const midCrlf = (o: number) => text[o - 1] === '\r' && text[o] === '\n';
  return [...set].filter(o => o >= 0 && o <= text.length && !midPair(text, o) && !midCrlf(o)).sort((a, b) => a - b);
}

function rangesRun(svc: PolicyDraftService, n: number, base: string, edits: Op[], probes: number[], override: boolean): void {
      {
      let text = base;
      for (const e of edits) text = applyOp(svc, text, e);
      const doc = { uri: `file:///ranges/${n}.md`, text };
      if (override) svc.overrides.set(doc.uri, SEED_URI);
      const lines = new LineIndex(text);
      const diags = svc.diagnostics(doc);
      for (const d of diags) {
        checkSpan(text, d.span, `diagnostic ${d.rule}`);
        checkRange(svc, doc, lines, d.span, `diagnostic ${d.rule}`);
        for (const f of d.fixes) for (const e of f.edits) checkSpan(text, e.span, `fix “${f.title}” of ${d.rule}`);
      }
      const offsets = probeOffsets(text, probes.map(p => p % (text.length + 1)));
      for (const o of offsets) {
        const pos = lines.positionAt(o);
        const h = svc.hover(doc, pos);
        if (h) seen.hovers++;
        if (h) { checkSpan(text, h.span, `hover at ${o}`); assert.ok(h.span.start <= o && o <= h.span.end, `hover at ${o} has span ${JSON.stringify(h.span)}`); }
        for (const c of svc.completion(doc, pos)) {
          seen.completions++;
          checkSpan(text, c.span, `completion “${c.label}” at ${o}`);
          assert.ok(c.span.start <= o && o <= c.span.end, `completion “${c.label}” at ${o} replaces ${JSON.stringify(c.span)}`);
        }
        for (const a of svc.codeActions(doc, { start: pos, end: pos })) for (const e of a.fix.edits) checkSpan(text, e.span, `code action “${a.title}” at ${o}`);
      }
      const walk = (syms: ReturnType<PolicyDraftService['documentSymbols']>) => {
        for (const s of syms) {
          const full = lines.span(s.range), sel = lines.span(s.selectionRange);
          assert.ok(full.start <= sel.start && sel.end <= full.end, `symbol ${s.name}: selection ${JSON.stringify(sel)} outside its range ${JSON.stringify(full)} (LSP clients reject it)`);
          for (const r of [s.range, s.selectionRange]) {
            for (const p of [r.start, r.end]) assert.ok(p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && lines.lineStart(p.line) + p.character <= lines.lineEnd(p.line), `symbol ${s.name}: position ${JSON.stringify(p)} outside the document`);
            checkSpan(text, lines.span(r), `symbol ${s.name}`);
          }
          if (s.children) walk(s.children);
        }
      };
      walk(svc.documentSymbols(doc));
      svc.forget(doc.uri);
  }
}

describe('property: every range lies inside the document and never splits a surrogate pair', () => {
  for (const override of [false, true]) {
    test(`diagnostics, fixes, hovers, completions, symbols${override ? ' (notice chosen per document)' : ''}`, () => {
      const svc = new PolicyDraftService(seedIndex());
      let n = 0;
      fc.assert(fc.property(baseArb, fc.array(editArb, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (base, edits, probes) => rangesRun(svc, n++, base, edits, probes, override)),
        params(override ? 40 : 120, [['𠮷第107项😀（牵头单位：市𠮷局）', [], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], ['第12项“加强“两高”行业管控😀”（牵头单位：市发改委、😀）', [], []]]));
    });
  }
  test('the runs checked real hovers and completions', () => {
    assert.ok(seen.hovers > 50 && seen.completions > 200, JSON.stringify(seen));
  });
  test('regression: a citation whose title column comes first has a non-inverted hover and symbol range', () => {
    rangesRun(new PolicyDraftService(seedIndex()), 0, '| 任务名称 | 任务编号 |\n|---|---|\n| 加强实验室布局提升 | 1 |', [], [40, 41, 30], false);
  });
});

// ───────────────────────── (c) fixes ─────────────────────────

/** Applies every offered fix of every diagnostic of `text`; returns how many were applied. */
function fixesRun(svc: PolicyDraftService, checker: PolicyDraftService, n: number, text: string): number {
  let applied = 0;
  const doc = { uri: `file:///fixes/${n}.md`, text };
  const diags = svc.diagnostics(doc);
  for (const d of diags) {
    const actions = svc.codeActions(doc, svc.range(doc, d.span)).filter(a => a.diagnostics.some(x => x.rule === d.rule && x.span.start === d.span.start && x.span.end === d.span.end));
    // The code actions over the diagnostic's range offer exactly its fixes.
    assert.deepEqual(actions.map(a => a.fix.title).sort(), d.fixes.map(f => f.title).sort(), `code actions of ${d.rule} in ${JSON.stringify(text)}`);
    for (const a of actions) {
      const what = `fix “${a.title}” of ${d.rule} ${JSON.stringify(text.slice(d.span.start, d.span.end))} in ${JSON.stringify(text)}`;
      const { out, sorted } = applyEdits(text, a.fix, what);
      applied++;
      const at = mapSpan(d.span, sorted);
      const after = checker.diagnostics({ uri: `file:///fixes/after-${n}.md`, text: out });
      const still = after.filter(x => x.rule === d.rule && overlaps(x.span, at));
      assert.deepEqual(still.map(x => `${x.rule} ${JSON.stringify(out.slice(x.span.start, x.span.end))} ${x.message}`), [], `${what} → ${JSON.stringify(out)} still has it`);
    }
  }
  // “Add the title” after a bare citation: afterwards the citation carries that title, without a mismatch.
  const a = svc.analyze(doc);
  for (const c of a.citations) {
    for (const act of svc.codeActions(doc, svc.range(doc, c.span))) {
      if (act.diagnostics.length) continue;
      const what = `“${act.title}” in ${JSON.stringify(text)}`;
      const { out } = applyEdits(text, act.fix, what);
      applied++;
      const after = checker.diagnostics({ uri: `file:///fixes/title-${n}.md`, text: out });
      const e = act.fix.edits[0].span.start;
      assert.deepEqual(after.filter(x => x.rule === 'title-mismatch' && x.span.start >= e && x.span.start <= e + act.fix.edits[0].newText.length).map(x => x.message), [], `${what} → ${JSON.stringify(out)}`);
    }
  }
  svc.forget(doc.uri);
  return applied;
}

describe('property: an offered fix removes its diagnostic and changes nothing outside its edits', () => {
  test('every fix of every diagnostic, and “add the title”', () => {
    const svc = new PolicyDraftService(seedIndex());
    const checker = new PolicyDraftService(svc.index);
    let n = 0;
    let applied = 0;
    fc.assert(fc.property(baseArb, fc.array(editArb, { maxLength: 5 }), (base, edits) => {
      let text = base;
      for (const e of edits) text = applyOp(svc, text, e);
      applied += fixesRun(svc, checker, n++, text);
    }), params(200, [
      [SAMPLES.join('\n'), []],
      ['依据聊政办字（2023）3号，第28项“加强大中型灌区续建配套与现代化改造”（牵头单位：市水利局、市发改委；配合单位：市农业农村局）', []],
      ['第24项由市商务局牵头', []],
      ['| 任务编号 | 牵头单位 | 配合单位 |\n|---|---|---|\n| 21 | 市交通运输局、市发展改革委 | |', []],
    ]));
    assert.ok(applied > 50, `only ${applied} fixes were exercised`);
  });
  test('regression: the missing lead added to an unlabelled “A牵头” phrase is read back', () => {
    // The fix writes “A、B、C牵头”; the scanner reads only the one known unit before 牵头, so it fires again.
    const svc = new PolicyDraftService(seedIndex());
    fixesRun(svc, new PolicyDraftService(svc.index), 0, '第12项，市科技局牵头。');
  });
  test('regression: a stray bracket in a table unit cell does not merge the units into one', () => {
    const svc = new PolicyDraftService(seedIndex());
    fixesRun(svc, new PolicyDraftService(svc.index), 0, '| 任务编号 | 牵头单位 |\n|---|---|\n| 10 |( 市工业和信息化局、市投资促进局 |');
  });
  test('regression: the fixes of an annotation cut off before its closing bracket', () => {
    // The list's span must reach the end of the text, or “按通知改为” leaves the last character behind.
    const svc = new PolicyDraftService(seedIndex());
    assert.ok(fixesRun(svc, new PolicyDraftService(svc.index), 0, '第1项（牵头单位：市商务局') >= 2);
  });
  test('regression: a closing bracket of an outer list is not part of the last unit name', () => {
    // Found with FC_SEED=-1760647214: an annotation pasted inside another one.
    const svc = new PolicyDraftService(seedIndex());
    assert.ok(fixesRun(svc, new PolicyDraftService(svc.index), 0, '93. 完善兜底性养老服务。(牵头单位:（牵头单位：市发展改革委；配合单位：市交通运输局）市民政局)') >= 1);
    fixesRun(svc, new PolicyDraftService(svc.index), 0, '第93项（牵头单位：市民政局）)');
  });
});

// ───────────────────────── (d) no throws ─────────────────────────

const anyTextArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'第项条任务牵头单位配合：:、，,；;（）()“”"《》〔〕[]|—-~0123456789一二十百千万零\n\r \t#<!->'), maxLength: 80 }),
  piecesArb(25),
);

describe('property: core functions never throw on arbitrary strings', () => {
  test('parseNotice, analyzeDraft, computeDiagnostics, complete and hover at every offset', () => {
    const idx = seedIndex();
    const RANDOM_NOTICE = 'file:///random/notice.md';
    const svc = new PolicyDraftService(idx);
    let k = 0;
    fc.assert(fc.property(anyTextArb, anyTextArb, fc.boolean(), (text, noticeText, en) => {
      const locale = en ? 'en' : 'zh';
      // As a notice: parsed alone, then indexed next to the seed (so drafts may bind to it).
      const p = parseNotice('file:///x.md', noticeText);
      for (const t of p.tasks) { checkSpan(noticeText, t.span, 'task span'); checkSpan(noticeText, t.numberSpan, 'task number span'); }
      for (const pr of p.problems) assert.ok(pr.span.start >= 0 && pr.span.end <= Math.max(noticeText.length, pr.span.start), `problem span ${JSON.stringify(pr.span)}`);
      idx.set(RANDOM_NOTICE, noticeText);
      if (k++ % 2) idx.setDefault(RANDOM_NOTICE); else idx.setDefault(undefined);
      // As a draft.
      const a = analyzeDraft(text, idx);
      computeDiagnostics(a, { locale, rules: { 'unknown-unit': 'hint' } });
      computeDiagnostics(a, { locale, rules: { 'non-canonical-unit': 'off' } });
      for (let o = 0; o <= text.length; o++) {
        complete(a, o, { locale, style: en ? 'number' : 'number-title' });
        hover(a, o, locale);
      }
      complete(a, -5); complete(a, text.length + 5); hover(a, -1); hover(a, text.length + 1);
      // Through the service, also with the random text as the document of a notice.
      const doc = { uri: 'file:///random/draft.md', text };
      svc.diagnostics(doc);
      svc.codeActions(doc, { start: { line: 0, character: 0 }, end: { line: 1e9, character: 1e9 } });
      svc.documentSymbols(doc); svc.documentSymbols({ uri: RANDOM_NOTICE, text: noticeText });
      svc.definition(doc, { line: 0, character: 2 }); svc.taskAt({ uri: RANDOM_NOTICE, text: noticeText }, { line: 0, character: 1 });
      svc.workspaceSymbols(text.slice(0, 10));
      svc.forget(doc.uri);
    }), params(400, [
      ['', '', false], ['\uD800', '\uDC00', true], ['第', '1.', false], ['（'.repeat(50), '）'.repeat(50), true],
      ['第1—999999999999项（牵头单位：）', '1. x（牵头单位：）\n1. y（牵头单位：市科技局）', false],
    ]));
    // Type confusion at the boundary: the parser takes non-strings without throwing.
    assert.doesNotThrow(() => parseNotice('u', undefined as unknown as string));
    assert.doesNotThrow(() => parseNotice('u', 42 as unknown as string));
    assert.doesNotThrow(() => analyzeDraft('第12项', new NoticeIndex()));
    void defaultConfig;
  });
});
