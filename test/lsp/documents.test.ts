// Open documents (lsp/documents.ts): incremental changes that make a CRLF pair at their edges must leave the
// server's copy equal to the editor's, and its line table equal to a fresh one. (A pair cannot be broken by an LSP
// change: no position lies between its \r and \n.) The seeded test fails with the library's update alone.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { touchesCrlf, update } from '../../server/src/lsp/documents';

/** What the editor holds: the change applied by offsets. */
function apply(text: string, start: number, end: number, inserted: string): string { return text.slice(0, start) + inserted + text.slice(end); }

/** The document's line table must be the one a fresh document of the same text has. */
function sameTable(doc: TextDocument, text: string, what: string): void {
  const fresh = TextDocument.create('file:///fresh.md', 'markdown', 1, text);
  assert.equal(doc.lineCount, fresh.lineCount, `${what}: line count`);
  for (let o = 0; o <= text.length; o++) assert.deepEqual(doc.positionAt(o), fresh.positionAt(o), `${what}: positionAt(${o})`);
}

interface Case { name: string; text: string; start: number; end: number; inserted: string; touches: boolean }
const CASES: Case[] = [
  { name: '\\r inserted before a \\n', text: 'a\nb', start: 1, end: 1, inserted: 'x\r', touches: true },
  { name: '\\n typed after a \\r', text: 'a\rb', start: 2, end: 2, inserted: '\nc', touches: true },
  { name: 'text between \\r and \\n deleted', text: 'a\rxy\nb', start: 2, end: 4, inserted: '', touches: true },
  { name: '\\r typed at the end of a line before its \\n', text: 'a\r\nb\nc', start: 4, end: 4, inserted: '\r', touches: true },
  { name: 'the only character between a \\r and a \\n deleted', text: 'a\rb\nc', start: 2, end: 3, inserted: '', touches: true },
  { name: '\\r typed after an LF', text: 'a\nb', start: 2, end: 2, inserted: '\r', touches: false },
  { name: 'typing at the end of an LF line', text: 'a\nb', start: 1, end: 1, inserted: 'x', touches: false },
  { name: 'typing at the end of a CRLF line', text: 'a\r\nb', start: 1, end: 1, inserted: 'x', touches: false },
  { name: 'typing after a CRLF', text: 'a\r\nb', start: 3, end: 3, inserted: 'x', touches: false },
  { name: 'a whole CRLF line inserted', text: 'a\r\nb\r\n', start: 3, end: 3, inserted: 'x\r\n', touches: false },
];

describe('documents: changes around CR and LF', () => {
  for (const c of CASES) {
    test(c.name, () => {
      assert.equal(touchesCrlf(c.text, c.start, c.end, c.inserted), c.touches);
      const doc = TextDocument.create('file:///a.md', 'markdown', 1, c.text);
      update(doc, [{ range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) }, text: c.inserted }], 2);
      const expected = apply(c.text, c.start, c.end, c.inserted);
      assert.equal(doc.getText(), expected);
      assert.equal(doc.version, 2);
      sameTable(doc, expected, c.name);
    });
  }

  test('2,000 seeded changes over text made of a, \\r and \\n stay equal to the editor’s text', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const piece = () => Array.from({ length: rnd(4) }, () => 'a\r\n'[rnd(3)]).join('');
    let text = 'a\r\na\nb\rc';
    const doc = TextDocument.create('file:///b.md', 'markdown', 1, text);
    for (let k = 0; k < 2000; k++) {
      // Offsets an LSP position can name: not between the \r and \n of a pair.
      const valid = Array.from({ length: text.length + 1 }, (_, o) => o).filter(o => !(text[o - 1] === '\r' && text[o] === '\n'));
      const a = valid[rnd(valid.length)], b = valid[rnd(valid.length)];
      const [start, end] = a <= b ? [a, b] : [b, a];
      const inserted = piece();
      // Positions as the editor computes them, from the true text.
      const editor = TextDocument.create('file:///editor.md', 'markdown', 1, text);
      update(doc, [{ range: { start: editor.positionAt(start), end: editor.positionAt(end) }, text: inserted }], k + 2);
      text = apply(text, start, end, inserted);
      assert.equal(doc.getText(), text, `change ${k}`);
      if (text.length > 60) { text = text.slice(0, 20); update(doc, [{ text }], k + 2); }
    }
    sameTable(doc, text, 'end');
  });

  test('a range past the end of the document is clamped, and later changes land where they should', () => {
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, 'ab');
    update(doc, [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '\nc' }], 2);
    assert.equal(doc.getText(), 'ab\nc');
    sameTable(doc, 'ab\nc', 'clamped');
    update(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'X' }], 3);
    assert.equal(doc.getText(), 'ab\nXc');
    update(doc, [{ range: { start: { line: 0, character: 99 }, end: { line: 0, character: 99 } }, text: '!' }], 4);
    assert.equal(doc.getText(), 'ab!\nXc');
    sameTable(doc, 'ab!\nXc', 'past the line end');
  });

  test('LF to CRLF line by line in one notification (a \\r typed before each \\n), as an editor may send it', () => {
    const lines = Array.from({ length: 3000 }, (_, k) => `第${k}行`);
    const doc = TextDocument.create('file:///e.md', 'markdown', 1, lines.join('\n'));
    update(doc, lines.slice(0, -1).map((l, k) => ({ range: { start: { line: k, character: l.length }, end: { line: k, character: l.length } }, text: '\r' })), 2);
    assert.equal(doc.getText(), lines.join('\r\n'));
    assert.equal(doc.lineCount, 3000);
    sameTable(doc, lines.join('\r\n'), 'converted');
  });

  test('several changes in one notification, and a full-text change', () => {
    const doc = TextDocument.create('file:///c.md', 'markdown', 1, 'a\nb\nc');
    update(doc, [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\r' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'B' },
    ], 2);
    assert.equal(doc.getText(), 'a\r\nB\nc');
    sameTable(doc, 'a\r\nB\nc', 'two changes');
    update(doc, [{ text: '全文\r\n' }], 3);
    assert.equal(doc.getText(), '全文\r\n');
    assert.equal(doc.version, 3);
  });
});
