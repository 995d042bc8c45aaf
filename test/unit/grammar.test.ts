/**
 * Tokenisation tests for syntaxes/policy-draft.injection.tmLanguage.json, run with
 *   node --import tsx --test test/unit/grammar.test.ts
 *
 * The injection grammar is loaded into vscode-textmate (with the real Oniguruma wasm) the way
 * VS Code does it for `injectTo: ["text.html.markdown", "text.plain"]`: tiny stub base grammars
 * for those two scopes, and `getInjections` handing back the injection, whose own
 * `injectionSelector` decides where it applies.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = resolve(__dirname, '..', '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'policy-draft.injection.tmLanguage.json');
const SNIPPETS_PATH = join(ROOT, 'snippets', 'policy-draft.code-snippets');
const SEED_PATH = join(ROOT, 'seeds', 'liaozhengbanzi-2023-3.md');
const INJECTION = 'text.policy-draft.injection';
const MARKDOWN = 'text.html.markdown';
const PLAIN = 'text.plain';

const injectionText = readFileSync(GRAMMAR_PATH, 'utf8');

/** Stub base grammars: plain text has no rules; Markdown only knows HTML comments (to test `-comment`). */
const stubGrammars: Record<string, object> = {
  [PLAIN]: { scopeName: PLAIN, patterns: [] },
  [MARKDOWN]: { scopeName: MARKDOWN, patterns: [{ name: 'comment.block.html', begin: '<!--', end: '-->' }] },
};

let onigReady: Promise<void> | undefined;
function loadOniguruma(): Promise<void> {
  onigReady ??= oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
  return onigReady;
}

const grammars = new Map<string, vsctm.IGrammar>();

before(async () => {
  await loadOniguruma();
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === INJECTION) return vsctm.parseRawGrammar(injectionText, GRAMMAR_PATH);
      const stub = stubGrammars[scopeName];
      return stub ? vsctm.parseRawGrammar(JSON.stringify(stub), `${scopeName}.json`) : null;
    },
    getInjections: (scopeName: string) => (scopeName === MARKDOWN || scopeName === PLAIN ? [INJECTION] : undefined),
  });
  for (const scope of [MARKDOWN, PLAIN]) {
    const grammar = await registry.loadGrammar(scope);
    assert.ok(grammar, `could not load ${scope}`);
    grammars.set(scope, grammar);
  }
});

// ---------------------------------------------------------------------------------------------
// helpers

function tokenize(line: string, scope: string): vsctm.IToken[] {
  const grammar = grammars.get(scope);
  assert.ok(grammar, `grammar ${scope} not loaded`);
  return grammar.tokenizeLine(line, vsctm.INITIAL).tokens;
}

/** True when `line` leaves no begin/end region open (so nothing leaks into the next line). */
function closesAllRegions(line: string, scope: string): boolean {
  const grammar = grammars.get(scope);
  assert.ok(grammar, `grammar ${scope} not loaded`);
  const idle = grammar.tokenizeLine('', vsctm.INITIAL).ruleStack;
  return grammar.tokenizeLine(line, vsctm.INITIAL).ruleStack.equals(idle);
}

/** The scope list of every UTF-16 code unit of `line`. */
function charScopes(line: string, scope: string): string[][] {
  const out: string[][] = Array.from({ length: line.length }, () => []);
  for (const t of tokenize(line, scope)) {
    for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) out[i] = t.scopes;
  }
  return out;
}

function dump(line: string, scope: string): string {
  return tokenize(line, scope)
    .map((t) => `  ${JSON.stringify(line.slice(t.startIndex, t.endIndex))}  ${t.scopes.slice(1).join(' ')}`)
    .join('\n');
}

type Expectation = readonly [text: string, scope: string];
type Where = 'both' | 'markdown' | 'plain';

/**
 * Tokenises `line` (in Markdown and in plain text unless `where` says otherwise) and checks each
 * `[text, scopeSubstring]` pair in order: `text` is looked up from just after the previous pair's
 * start (the same text twice in a row means the same occurrence), and every character of it must carry a scope containing `scopeSubstring`, while the
 * characters just before and after it must not (so the scope covers exactly `text`).
 * A leading `!` inverts it: no character of `text` may carry such a scope.
 * Every line must also close all the regions it opens.
 */
function check(line: string, expected: readonly Expectation[], where: Where = 'both'): void {
  const scopes = where === 'both' ? [MARKDOWN, PLAIN] : [where === 'markdown' ? MARKDOWN : PLAIN];
  for (const scope of scopes) {
    const perChar = charScopes(line, scope);
    const has = (i: number, sub: string) => i >= 0 && i < line.length && perChar[i].some((s) => s.includes(sub));
    const context = () => `in ${scope} for ${JSON.stringify(line)}; tokens:\n${dump(line, scope)}`;
    if (!line.includes('<!--')) assert.ok(closesAllRegions(line, scope), `a region stays open ${context()}`);
    let from = 0;
    let previous: { text: string; at: number } | undefined;
    for (const [text, spec] of expected) {
      const negate = spec.startsWith('!');
      const sub = negate ? spec.slice(1) : spec;
      const at = previous?.text === text ? previous.at : line.indexOf(text, from);
      assert.ok(at >= 0, `fixture error: ${JSON.stringify(text)} not found in ${JSON.stringify(line)} from ${from}`);
      from = at + 1;
      previous = { text, at };
      const end = at + text.length;
      const indices = Array.from({ length: text.length }, (_, k) => at + k);
      if (negate) {
        const hit = indices.filter((i) => has(i, sub));
        assert.deepEqual(hit, [], `${JSON.stringify(text)} must not be "${sub}" ${context()}`);
      } else {
        const miss = indices.filter((i) => !has(i, sub));
        assert.deepEqual(miss, [], `${JSON.stringify(text)} must be "${sub}" ${context()}`);
        assert.ok(!has(at - 1, sub), `"${sub}" starts before ${JSON.stringify(text)} ${context()}`);
        assert.ok(!has(end, sub), `"${sub}" runs past ${JSON.stringify(text)} ${context()}`);
      }
    }
  }
}

const CITATION = 'markup.underline.link.citation.policy-draft';
const NUM = 'constant.numeric.task-number.policy-draft';
const RANGE = 'punctuation.separator.range.policy-draft';
const LIST = 'punctuation.separator.list.policy-draft';
const LABEL = 'keyword.other.unit-label.policy-draft';
const UNIT = 'entity.name.tag.unit.policy-draft';
const SEP = 'punctuation.separator.policy-draft';
const DOCNUM = 'string.other.doc-number.policy-draft';
const BAD = 'invalid.illegal.doc-number.policy-draft';

// ---------------------------------------------------------------------------------------------

describe('task citations', () => {
  test('single numbers, Arabic, full-width and Chinese', () => {
    check('按照第12项要求', [['第12项', CITATION], ['12', NUM]]);
    check('依据第12条规定', [['第12条', CITATION], ['12', NUM]]);
    check('第十二项', [['第十二项', CITATION], ['十二', NUM]]);
    check('见第一百零七项。', [['第一百零七项', CITATION], ['一百零七', NUM]]);
    check('第１２项', [['第１２项', CITATION], ['１２', NUM]]);
    check('第 12 项', [['第 12 项', CITATION], ['12', NUM]]);
    check('落实第12项任务的要求', [['第12项任务', CITATION], ['12', NUM], ['的要求', `!${CITATION}`]]);
  });

  test('a number in brackets (第（三）项), also a range of them', () => {
    check('按照第（三）项要求', [['第（三）项', CITATION], ['三', NUM]]);
    check('第二部分第（三）项', [['第二部分', `!${CITATION}`], ['第（三）项', CITATION], ['三', NUM]]);
    check('第（三）—（五）项', [['第（三）—（五）项', CITATION], ['三', NUM], ['—', RANGE], ['五', NUM]]);
    check('第（三）项至第（五）项', [['第（三）项至第（五）项', CITATION], ['至', RANGE], ['五', NUM]]);
    check('（三）项', [['（三）项', `!${CITATION}`]]);
  });
  test('任务12 and 重点任务12', () => {
    check('落实任务12的要求', [['落实', `!${CITATION}`], ['任务12', CITATION], ['12', NUM], ['的', `!${CITATION}`]]);
    check('推进重点任务12。', [['重点任务12', CITATION], ['12', NUM]]);
    check('重点任务１２', [['重点任务１２', CITATION], ['１２', NUM]]);
  });

  test('ranges', () => {
    for (const sep of ['—', '-', '~', '～', '至', '——', '–']) {
      const text = `第1${sep}8项`;
      check(`推进${text}工作`, [[text, CITATION], ['1', NUM], [sep, RANGE], ['8', NUM]]);
    }
    check('第26至28项', [['第26至28项', CITATION], ['26', NUM], ['至', RANGE], ['28', NUM]]);
    check('第一至八项', [['第一至八项', CITATION], ['一', NUM], ['至', RANGE], ['八', NUM]]);
    check('第１—８项', [['第１—８项', CITATION], ['１', NUM], ['８', NUM]]);
    check('第26至第28项', [['第26至第28项', CITATION], ['26', NUM], ['28', NUM]]);
    check('第26项至第28项', [['第26项', CITATION], ['至', `!${CITATION}`], ['第28项', CITATION]]);
    // 第12项至15项 (no second 第) is one range, as the scanner reads it.
    check('第12项至15项', [['第12项至15项', CITATION], ['12', NUM], ['至', RANGE], ['15', NUM]]);
    check('第12项至今', [['第12项', CITATION], ['至今', `!${CITATION}`]]);
  });

  test('lists and mixed lists', () => {
    check('第5、6、7项', [
      ['第5、6、7项', CITATION], ['5', NUM], ['、', LIST], ['6', NUM], ['、', LIST], ['7', NUM],
    ]);
    check('第五、六项', [['第五、六项', CITATION], ['五', NUM], ['、', LIST], ['六', NUM]]);
    check('第1—3、5项', [['第1—3、5项', CITATION], ['1', NUM], ['—', RANGE], ['3', NUM], ['、', LIST], ['5', NUM]]);
    check('第1、2至第5项', [['第1、2至第5项', CITATION], ['2', NUM], ['至', RANGE], ['5', NUM]]);
  });

  test('a citation right before a doc number closes on its own line', () => {
    check('第一项〔2023〕3号', [['第一项', CITATION], ['〔2023〕3号', `!${CITATION}`]]);
    check('第1项〔2023〕3号', [['第1项', CITATION], ['〔2023〕3号', `!${CITATION}`]]);
    check('第1至第2项聊政办字〔2023〕3号', [['第1至第2项', CITATION], ['聊政办字〔2023〕3号', DOCNUM]]);
    check('第12项任务〔2023〕3号', [['第12项任务', CITATION]]);
  });

  test('traps: ordinals that are not task numbers', () => {
    for (const text of ['第四届', '第3季度', '第二批', '第十九届', '第3次', '第七届', '第九届']) {
      check(`参展${text}博览会`, [[text, `!${CITATION}`], [text, `!${NUM}`]]);
    }
    check('以山东省第二批再生资源', [['第二批', `!${CITATION}`]]);
    check('第5、6批试点', [['第5、6批', `!${CITATION}`]]);
    check('共12项', [['共12项', `!${CITATION}`]]);
    check('完成任务12个', [['任务12', `!${CITATION}`]]);
    check('下达重点任务12项', [['任务12', `!${CITATION}`]]);
    check('任务2023年完成', [['任务2023', `!${CITATION}`]]);
    check('任务十分艰巨', [['任务十', `!${CITATION}`]]);
  });
});

describe('unit lists', () => {
  test('full-width annotation with lead and supporting units', () => {
    check('（牵头单位：市科技局、市财政局；配合单位：市地方金融监管局）', [
      ['（', `!${UNIT}`],
      ['牵头单位', LABEL], ['：', `!${UNIT}`],
      ['市科技局', UNIT], ['、', SEP], ['市财政局', UNIT],
      ['；', `!${UNIT}`],
      ['配合单位', LABEL], ['市地方金融监管局', UNIT],
      ['）', `!${UNIT}`],
    ]);
  });

  test('half-width annotation', () => {
    check('(牵头单位:市交通运输局;配合单位:市发展改革委)', [
      ['牵头单位', LABEL], ['市交通运输局', UNIT], [';', `!${UNIT}`], ['配合单位', LABEL], ['市发展改革委', UNIT], [')', `!${UNIT}`],
    ]);
  });

  test('every label, ending at 。 ； ) or end of line', () => {
    for (const label of ['牵头单位', '牵头部门', '责任单位', '主要责任单位', '配合单位', '配合部门', '参与单位', '协同配合单位']) {
      check(`${label}：市发展改革委、市财政局。其他`, [
        [label, LABEL], ['市发展改革委', UNIT], ['、', SEP], ['市财政局', UNIT], ['其他', `!${UNIT}`],
      ]);
      check(`${label}: 市商务局`, [[label, LABEL], ['市商务局', UNIT]]);
    }
    check('责任单位：市水利局；完成时限：6月底', [['市水利局', UNIT], ['完成时限', `!${LABEL}`], ['6月底', `!${UNIT}`]]);
  });

  test('a second label after a comma, table cells, and no colon', () => {
    check('牵头单位：市科技局，配合单位：市财政局', [
      ['牵头单位', LABEL], ['市科技局', UNIT], ['，', SEP], ['配合单位', LABEL], ['市财政局', UNIT],
    ]);
    check('牵头单位：市科技局 配合单位：市财政局、 责任单位：市商务局', [
      ['市科技局', UNIT], ['配合单位', LABEL], ['市财政局', UNIT], ['、', SEP], ['责任单位', LABEL], ['市商务局', UNIT],
    ]);
    check('牵头单位：配合单位：市财政局', [['牵头单位', LABEL], ['配合单位', `!${UNIT}`], ['市财政局', UNIT]]);
    check('| 1 | 牵头单位：市科技局 | 2023年 |', [['市科技局', UNIT], ['2023年', `!${UNIT}`]], 'markdown');
    check('| 序号 | 任务编号 | 任务名称 | 牵头单位 | 配合单位 | 完成时限 |', [['牵头单位', `!${LABEL}`], ['配合单位', `!${LABEL}`]]);
  });
});

describe('发文字号', () => {
  test('well-formed numbers', () => {
    check('聊政办字〔2023〕3号', [['聊政办字〔2023〕3号', DOCNUM], ['聊政办字〔2023〕3号', `!${BAD}`], ['2023', 'constant.numeric.year']]);
    check('聊政办字〔2023〕18号', [['聊政办字', 'entity.name.issuer'], ['2023', 'constant.numeric.year'], ['18', 'constant.numeric.serial']]);
    check('的意见》(国发〔2022〕18号)、《', [['国发〔2022〕18号', DOCNUM]]);
    check('通知》（鲁政办字〔2023〕5号），推动', [['鲁政办字〔2023〕5号', DOCNUM]]);
    check('聊政办字〔２０２３〕３号', [['聊政办字〔２０２３〕３号', DOCNUM]]);
    check('发改投资〔2023〕123号', [['发改投资〔2023〕123号', DOCNUM]]);
  });

  test('lead-in words are not taken for the issuer', () => {
    for (const lead of ['根据', '按照', '依据', '印发', '关于印发', '贯彻落实', '参照', '对照', '执行']) {
      check(`${lead}聊政办字〔2023〕3号文件`, [[lead, `!${DOCNUM}`], ['聊政办字〔2023〕3号', DOCNUM]]);
    }
  });

  test('malformed year brackets are invalid', () => {
    for (const year of ['[2023]', '（2023）', '(2023)', '［2023］', '【2023】', '﹝2023﹞', '〔2023]', '(2023〕']) {
      const text = `聊政办字${year}3号`;
      check(`见${text}。`, [[text, BAD], [text, `!${DOCNUM}`]]);
    }
    check('聊政办字〔2023〕第3号', [['聊政办字〔2023〕第3号', BAD]]);
  });

  test('non-numbers', () => {
    check('三年行动计划(2023—2025年)', [['(2023—2025年)', `!${BAD}`], ['(2023—2025年)', `!${DOCNUM}`]]);
    check('聊政办字〔2023〕', [['聊政办字〔2023〕', `!${DOCNUM}`]]);
    check('2023年3号楼', [['2023年3号', `!${DOCNUM}`]]);
  });
});

describe('injection selector', () => {
  test('Markdown comments are left alone, plain text is not', () => {
    const line = '<!-- 第12项 牵头单位：市科技局 聊政办字[2023]3号 -->';
    check(line, [['第12项', `!${CITATION}`], ['牵头单位', `!${LABEL}`], ['聊政办字[2023]3号', `!${BAD}`]], 'markdown');
    check(line, [['第12项', CITATION], ['牵头单位', LABEL], ['聊政办字[2023]3号', BAD]], 'plain');
    check('前文 <!-- 第1项 --> 第2项', [['第1项', `!${CITATION}`], ['第2项', CITATION]], 'markdown');
  });

  test('several kinds on one line', () => {
    check('按照聊政办字〔2023〕3号第12项“加强“两高”行业管控”（牵头单位：市发展改革委、市工业和信息化局）', [
      ['聊政办字〔2023〕3号', DOCNUM], ['第12项', CITATION], ['加强', `!${CITATION}`],
      ['牵头单位', LABEL], ['市发展改革委', UNIT], ['市工业和信息化局', UNIT],
    ]);
  });
});

describe('seed notice 聊政办字〔2023〕3号', () => {
  test('doc numbers, unit annotations and no false citations', () => {
    const lines = readFileSync(SEED_PATH, 'utf8').split(/\r?\n/);
    let docNumbers = 0;
    let annotations = 0;
    for (const line of lines) {
      for (const m of line.matchAll(/[国鲁聊][\p{Script=Han}]{0,3}〔\d{4}〕\d+号/gu)) {
        check(line, [[m[0], DOCNUM]]);
        docNumbers++;
      }
      const note = /[（(](牵头单位[：:][^）)]*)[）)]/u.exec(line);
      if (note) {
        const expected: Expectation[] = [];
        for (const part of note[1].split(/[；;]/u)) {
          const [label, units] = part.split(/[：:]/u);
          expected.push([label, LABEL], ...units.split('、').map((u): Expectation => [u, UNIT]));
        }
        check(note[0], expected, 'plain');
        annotations++;
      }
      check(line, [[line, `!${CITATION}`]], 'markdown');
    }
    assert.equal(docNumbers, 5);
    assert.ok(annotations >= 90, `only ${annotations} one-line unit annotations found in the seed`);
  });
});

// ---------------------------------------------------------------------------------------------
// Linear-time check. Oniguruma gives up on a runaway match after its retry limit and reports
// "no match" (~0.1 s per call), so "it finished" alone proves little: each adversarial prefix is
// followed by a witness the regex must still find. A catastrophic pattern then fails the test
// instead of passing slowly; a merely quadratic one runs past the 10 s timeout (~3 s per
// regex and prefix when this was last seen; the loops yield to the event loop so the timeout
// can fire). The prefixes include blank runs and near-matches ending in 项, label or 号, which is
// where quadratic rescans hide.

const yieldToEventLoop = () => new Promise<void>((done) => setImmediate(done));

interface RawRule { [key: string]: unknown }

function collectRegexes(node: unknown, path: string, out: Array<{ path: string; source: string }>): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => collectRegexes(child, `${path}[${i}]`, out));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as RawRule)) {
      if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') {
        out.push({ path: `${path}.${key}`, source: value });
      } else {
        collectRegexes(value, `${path}.${key}`, out);
      }
    }
  }
}

const ADVERSARIAL: readonly string[] = [
  '第' + '1、'.repeat(10000),
  '第' + '一、'.repeat(10000),
  '第' + '12—'.repeat(6000),
  '第1' + ' 、 1'.repeat(5000),
  '第' + ' '.repeat(20000),
  '第1至第'.repeat(5000),
  '重点任务' + '１'.repeat(20000) + '个',
  '任务 '.repeat(7000),
  '牵头单位：' + '市局、'.repeat(5000),
  '牵头单位：' + '牵头单位：'.repeat(2000),
  '聊'.repeat(20000) + '〔2023',
  '聊政办字〔' + '2'.repeat(20000),
  '聊政办字(' + '2023)'.repeat(4000),
  '聊政办字〔2023〕' + ' '.repeat(20000),
  // prefixes that nearly match right up to a closing 项 / label / 号
  '第1、'.repeat(6666) + '项',
  '第1至'.repeat(6666) + '项',
  '第一至第'.repeat(5000) + '项',
  '第1项'.repeat(6666),
  '第1项至'.repeat(5000) + '项',
  '第1项' + ' '.repeat(20000) + '至',
  ' '.repeat(20000) + '配合单位',
  '牵头单位：市局' + ' '.repeat(20000) + '：',
  '牵头单位：' + '，'.repeat(20000),
  '牵头单位：' + '牵头单位'.repeat(5000),
  '任务１'.repeat(6666),
  '聊政办字〔2023〕'.repeat(1800) + '号',
  '第（' + '三'.repeat(20000) + '）',
  '第（三）'.repeat(4000) + '—',
  '第（三）项至第（'.repeat(2000),
];

/** Lines of which every grammar regex matches at least one. */
const WITNESSES: readonly string[] = [
  '第12项', '重点任务12', '牵头单位：市科技局、市财政局；', '，配合单位：市财政局', '聊政办字〔2023〕3号', '聊政办字[2023]3号',
  '12', '—', '、', '第', '第 12 项', '第12项至15项', '第（三）项',
];

describe('no catastrophic backtracking', () => {
  test('every grammar regex runs through 20,000-char adversarial lines', { timeout: 10_000 }, async () => {
    await loadOniguruma();
    const regexes: Array<{ path: string; source: string }> = [];
    collectRegexes(JSON.parse(injectionText), '$', regexes);
    assert.ok(regexes.length >= 10, `expected the grammar's regexes, got ${regexes.length}`);

    for (const { path, source } of regexes) {
      const scanner = new oniguruma.OnigScanner([source]);
      const witness = WITNESSES.find((w) => scanner.findNextMatchSync(w, 0) !== null);
      assert.ok(witness !== undefined, `${path}: no witness matches /${source}/`);
      for (const adversarial of ADVERSARIAL) {
        const line = `${adversarial}\u3002${witness}`;
        const witnessStart = line.length - witness.length;
        const str = new oniguruma.OnigString(line);
        let pos = 0;
        let reachedWitness = false;
        // Scan the whole line the way a tokenizer does: match, continue after it, repeat.
        while (pos <= line.length) {
          const m = scanner.findNextMatchSync(str, pos);
          if (!m) break;
          const { end } = m.captureIndices[0];
          if (end >= witnessStart) { reachedWitness = true; break; }
          pos = end > pos ? end : pos + 1;
        }
        str.dispose();
        await yieldToEventLoop();
        assert.ok(reachedWitness, `${path}: /${source}/ lost its witness after ${JSON.stringify(adversarial.slice(0, 12))}… (${adversarial.length} chars)`);
      }
      scanner.dispose();
    }
  });

  test('the whole grammar tokenises the adversarial lines, without nesting regions', { timeout: 10_000 }, async () => {
    for (const adversarial of ADVERSARIAL) {
      await yieldToEventLoop();
      const line = `${adversarial}\u3002聊政办字〔2023〕3号`;
      for (const scope of [MARKDOWN, PLAIN]) {
        const tokens = tokenize(line, scope);
        const last = tokens[tokens.length - 1];
        const where = `${scope}, after ${JSON.stringify(adversarial.slice(0, 12))}…`;
        assert.ok(last.scopes.some((s) => s.includes(DOCNUM)), `witness not tokenised (${where})`);
        // Regions must not nest (the injection applies inside its own regions too): a deep scope
        // stack makes every token cost O(depth), i.e. quadratic lines.
        const depth = Math.max(...tokens.map((t) => t.scopes.length));
        assert.ok(depth <= 5, `scope stack ${depth} deep (${where})`);
        assert.ok(closesAllRegions(line, scope), `region left open (${where})`);
      }
    }
  });

  test('the witness check catches a catastrophic regex', async () => {
    await loadOniguruma();
    const scanner = new oniguruma.OnigScanner(['(a+)+b']);
    const m = scanner.findNextMatchSync(`${'a'.repeat(40)}\u3002ab`, 0);
    scanner.dispose();
    assert.equal(m, null, 'expected Oniguruma to abort (a+)+b; the witness check relies on it');
  });
});

// ---------------------------------------------------------------------------------------------

describe('snippets', () => {
  interface Snippet { scope?: string; prefix: string | string[]; body: string | string[]; description?: string }
  const snippets = JSON.parse(readFileSync(SNIPPETS_PATH, 'utf8')) as Record<string, Snippet>;

  /** Expands a snippet body with its default placeholder text (variables become their names). */
  function expand(body: string | string[]): string {
    let text = Array.isArray(body) ? body.join('\n') : body;
    let previous: string;
    do {
      previous = text;
      text = text
        .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
        .replace(/\$\{\d+\}|\$\d+/g, '')
        .replace(/\$\{(CURRENT_[A-Z_]+)\}/g, (_, name: string) => (name === 'CURRENT_YEAR' ? '2023' : '06'));
    } while (text !== previous);
    return text;
  }

  test('shape: scope, Chinese and pinyin prefixes, bilingual description', () => {
    const names = Object.keys(snippets);
    for (const name of ['任务分解表', '进展情况报告', '督查通报', '落实方案', '重点任务引用', '发文字号']) {
      assert.ok(names.includes(name), `missing snippet ${name}`);
    }
    for (const [name, s] of Object.entries(snippets)) {
      assert.equal(s.scope, 'markdown,plaintext', name);
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.some((p) => /^[a-z]+$/.test(p)), `${name}: no pinyin-initials prefix`);
      assert.ok(prefixes.some((p) => /\p{Script=Han}/u.test(p)), `${name}: no Chinese prefix`);
      assert.match(s.description ?? '', /\p{Script=Han}.*\([A-Za-z][^)]*\)$/u, `${name}: description`);
      assert.doesNotMatch(expand(s.body), /\$/, `${name}: unbalanced placeholder`);
    }
  });

  test('expanded snippets tokenise as intended', () => {
    check(expand(snippets['重点任务引用'].body), [
      ['第12项', CITATION], ['12', NUM], ['牵头单位', LABEL], ['配合单位', LABEL],
    ]);
    check(expand(snippets['发文字号'].body), [['聊政办字〔2023〕3号', DOCNUM]]);
    const table = expand(snippets['任务分解表'].body).split('\n');
    assert.equal(table[0], '| 序号 | 任务编号 | 任务名称 | 牵头单位 | 配合单位 | 完成时限 |');
    assert.match(table[1], /^\|( :?-+:? \|){6}$/);
    check(table[2], [['第1项', CITATION]], 'markdown');
    const report = expand(snippets['进展情况报告'].body);
    for (const heading of ['一、总体进展', '二、重点任务推进情况', '三、存在问题', '四、下一步工作']) {
      assert.ok(report.includes(heading), `进展情况报告 lacks ${heading}`);
    }
    assert.ok(([] as string[]).concat(snippets['进展情况报告'].body).join('\n').includes('第${1}项“${2}”'));
    const plan = expand(snippets['落实方案'].body);
    for (const heading of ['一、总体要求', '二、重点任务', '三、保障措施']) assert.ok(plan.includes(heading), `落实方案 lacks ${heading}`);
  });
});
