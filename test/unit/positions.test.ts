// Positions are LSP UTF-16: CJK, astral characters (𠮷, emoji), CRLF and a BOM map exactly.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fold, LineIndex } from '../../server/src/core/text';
import fc from 'fast-check';
import { seedService } from './helpers';

const svc = seedService();
function rangeOf(text: string, rule: string) {
  const d = svc.diagnostics({ uri: `file:///p${Math.random()}.md`, text }).find(x => x.rule === rule)!;
  return new LineIndex(text).range(d.span);
}

const starts = (li: LineIndex) => Array.from({ length: li.lineCount }, (_, l) => li.lineStart(l));

describe('incremental line index', () => {
  test('LineIndex.afterEdit equals a fresh index after any edit (CR, LF, CRLF split and joined, astral)', () => {
    const chunk = fc.array(fc.constantFrom('a', '中', '\r', '\n', '\r\n', '𠮷', ' '), { maxLength: 12 }).map(a => a.join(''));
    fc.assert(fc.property(chunk, fc.nat(), fc.nat(), chunk, (base, at, del, ins) => {
      const pos = base.length ? at % (base.length + 1) : 0;
      const text = base.slice(0, pos) + ins + base.slice(Math.min(base.length, pos + (del % 4)));
      assert.deepEqual(starts(LineIndex.afterEdit(new LineIndex(base), text)), starts(new LineIndex(text)), JSON.stringify({ base, text }));
    }), { numRuns: 3000, seed: 20231 });
    // Edits that split or join a CRLF pair.
    for (const [a, b] of [['x\r\ny', 'x\ry'], ['x\ry', 'x\r\ny'], ['x\r\ny', 'x\r\n\ny'], ['\r', '\r\n'], ['\n', '\r\n'], ['', '\n']]) {
      assert.deepEqual(starts(LineIndex.afterEdit(new LineIndex(a), b)), starts(new LineIndex(b)), JSON.stringify([a, b]));
    }
  });
});

describe('fold keeps every offset (short and long-text paths)', () => {
  test('same length, full-width ASCII and U+3000 folded, lone surrogates and everything else kept', () => {
    const alphabet = ['a', '中', '（', '）', '\u3000', '\ud83d', '\ude00', '１', '\uff5e', '\uff5f', '\uff00', ' '];
    for (const n of [0, 1, 511, 512, 513, 8191, 8192, 8193, 20_001]) {
      let s = '';
      for (let k = 0; k < n; k++) s += alphabet[(k * 7 + (k >> 3)) % alphabet.length];
      const f = fold(s);
      assert.equal(f.length, s.length);
      for (let k = 0; k < n; k++) {
        const c = s.charCodeAt(k);
        const want = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
        if (f.charCodeAt(k) !== want) assert.fail(`length ${n}, offset ${k}: ${f.charCodeAt(k)} ≠ ${want}`);
      }
    }
  });
});

describe('fold keeps a leading U+FEFF (a decoder would drop it and shift every offset)', () => {
  test('long and short texts that start with a BOM and hold full-width characters', () => {
    for (const s of ['\ufeff' + '，'.repeat(300), '\ufeff（牵头单位：市科技局）' + '甲'.repeat(400), '\ufeff，']) {
      const f = fold(s);
      assert.equal(f.length, s.length);
      assert.equal(f.charCodeAt(0), 0xfeff);
    }
  });
});

describe('UTF-16 positions', () => {
  test('CJK before the citation', () => void assert.deepEqual(rangeOf('汉字汉字第107项', 'unknown-task'), { start: { line: 0, character: 5 }, end: { line: 0, character: 8 } }));
  test('astral 𠮷 counts two units', () => void assert.deepEqual(rangeOf('𠮷第107项', 'unknown-task'), { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } }));
  test('emoji counts two units', () => void assert.deepEqual(rangeOf('😀😀第107项', 'unknown-task'), { start: { line: 0, character: 5 }, end: { line: 0, character: 8 } }));
  test('CRLF line ends', () => void assert.deepEqual(rangeOf('第一行\r\n第二行\r\n 第107项', 'unknown-task'), { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } }));
  test('lone CR line ends', () => void assert.deepEqual(rangeOf('a\rb\r第107项', 'unknown-task'), { start: { line: 2, character: 1 }, end: { line: 2, character: 4 } }));
  test('a BOM is one UTF-16 unit of the text', () => void assert.deepEqual(rangeOf('\uFEFF第107项', 'unknown-task'), { start: { line: 0, character: 2 }, end: { line: 0, character: 5 } }));
  test('LineIndex round-trips every offset and clamps', () => {
    const text = '甲𠮷\r\n😀b\n\r\nc';
    const li = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      const p = li.positionAt(o);
      const back = li.offsetAt(p);
      // an offset inside a CRLF pair maps to the line end
      assert.ok(back === o || (text[o - 1] === '\r' && text[o] === '\n'), `offset ${o}`);
    }
    assert.equal(li.offsetAt({ line: 99, character: 0 }), text.length);
    assert.equal(li.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(li.offsetAt({ line: -1, character: 5 }), 0);
  });
});
