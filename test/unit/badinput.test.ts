// Bad input: empty, binary, mis-decoded (GBK read as Latin-1, UTF-16 read as bytes), a 50 MB notice, broken
// numbering, configs of the wrong types and broken JSON — each gives a clear problem, never an exception; and the
// adapters' decoding (BOMs, strict UTF-8, strict GB18030, binary, undecodable) with encode round trips.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { MAX_NOTICE_CHARS, parseNotice, ParsedNotice } from '../../server/src/core/notice';
import { analyzeDraft } from '../../server/src/core/document';
import { computeDiagnostics } from '../../server/src/core/diagnostics';
import { defaultConfig, parseJsonc, validateConfig } from '../../server/src/core/config';
import { NoticeIndex } from '../../server/src/core/workspace';
import { PolicyDraftService } from '../../server/src/core/service';
import { decode, DecodeError, Encoding } from '../../server/src/node/fsio';
import { encode } from '../../server/src/node/encode';
import { SEED, seedIndex } from './helpers';

const codes = (p: ParsedNotice) => [...new Set(p.problems.map(x => x.code))].sort();
const worst = (p: ParsedNotice) => p.problems.some(x => x.severity === 'error') ? 'error' : p.problems.some(x => x.severity === 'warning') ? 'warning' : p.problems.length ? 'information' : 'none';

/** Every problem and task span lies inside the (possibly cut) text. */
function wellFormed(p: ParsedNotice, text: string): void {
  for (const pr of p.problems) {
    assert.ok(pr.span.start >= 0 && pr.span.start <= pr.span.end && pr.span.end <= Math.max(text.length, MAX_NOTICE_CHARS), `${pr.code} span ${JSON.stringify(pr.span)}`);
    assert.ok(pr.message.zh && pr.message.en, `${pr.code} has messages in both languages`);
  }
  for (const t of p.tasks) assert.ok(t.span.start >= 0 && t.span.end <= text.length && t.numberSpan.end <= t.span.end, `task ${t.number} span`);
}

describe('bad notices: a clear problem, no exception', () => {
  test('empty and white space only', () => {
    for (const text of ['', ' ', '\n\n\r\n', '\u3000\t']) {
      const p = parseNotice('file:///e.md', text);
      wellFormed(p, text);
      assert.deepEqual(p.tasks, []);
      assert.ok(codes(p).includes('no-tasks'), JSON.stringify(codes(p)));
      assert.equal(worst(p), 'error');
    }
  });

  test('binary: NULs and control bytes', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    for (const text of [bytes.toString('latin1'), '\0'.repeat(100), 'PK\u0003\u0004' + '\0\u0001\u0002'.repeat(200), '\x7fELF\x02\x01\x01' + '\0'.repeat(64) + SEED.slice(0, 500)]) {
      const p = parseNotice('file:///b.bin', text);
      wellFormed(p, text);
      assert.deepEqual(codes(p), ['not-text']);
      assert.deepEqual(p.tasks, []);
    }
    // …and as a draft: nothing found, nothing thrown.
    const a = analyzeDraft(bytes.toString('latin1'), seedIndex());
    assert.deepEqual(computeDiagnostics(a), []);
  });

  test('UTF-16 bytes read as a single-byte text are not text', () => {
    for (const enc of ['utf16le', 'ucs2'] as const) {
      const buf = Buffer.from(SEED, enc);
      for (const text of [buf.toString('latin1'), buf.toString('utf8')]) {
        const p = parseNotice('file:///u16.md', text);
        assert.deepEqual(codes(p), ['not-text']);
      }
    }
  });

  test('GBK bytes decoded as UTF-8 (replacement characters) are not text', () => {
    const text = iconv.encode(SEED, 'gbk').toString('utf8');
    assert.ok(text.includes('\uFFFD'));
    const p = parseNotice('file:///gbk-as-utf8.md', text);
    assert.deepEqual(codes(p), ['not-text']);
  });

  test('GBK/GB18030 bytes decoded as Latin-1 (mojibake): no units are invented and the notice is flagged', () => {
    for (const enc of ['gbk', 'gb18030']) {
      const text = iconv.encode(SEED, enc).toString('latin1');
      const p = parseNotice(`file:///${enc}-as-latin1.md`, text);
      wellFormed(p, text);
      // Digits and ASCII punctuation survive, so `1.` items still look like tasks; their units must not.
      assert.ok(p.tasks.every(t => t.leads.length === 0 && t.cooperating.length === 0), 'no units read from mojibake');
      // A notice of this size with no unit and no 文号 is not a notice to check drafts against: it must say so
      // louder than `information` (the lead's choice: a `not-text`/encoding problem, or no-units as a warning).
      assert.notEqual(worst(p), 'information', `only information-level problems for ${enc} mojibake: ${JSON.stringify(codes(p))}`);
    }
  });

  test('a 50 MB notice: cut at MAX_NOTICE_CHARS with a too-large problem, in bounded time', () => {
    const big = SEED.repeat(Math.ceil(50_000_000 / SEED.length));
    assert.ok(big.length >= 50_000_000);
    const cut = big.slice(0, MAX_NOTICE_CHARS);
    let t = performance.now();
    const pc = parseNotice('file:///cut.md', cut);
    const tCut = performance.now() - t;
    t = performance.now();
    const p = parseNotice('file:///big.md', big);
    const tBig = performance.now() - t;
    wellFormed(p, big);
    assert.ok(codes(p).includes('too-large'), JSON.stringify(codes(p)));
    assert.ok(!codes(pc).includes('too-large'));
    const tl = p.problems.find(x => x.code === 'too-large')!;
    assert.equal(tl.severity, 'warning');
    assert.ok(tl.span.start <= MAX_NOTICE_CHARS);
    // The repeated seed: its 106 tasks once, every repeat reported as duplicates, nothing past the cut parsed.
    assert.equal(p.tasks.length, 106);
    assert.ok(codes(p).includes('duplicate-task'));
    assert.ok(p.tasks.every(x => x.span.end <= MAX_NOTICE_CHARS));
    // Bounded: the 42 MB past the cut cost little more than the cut itself (a line index), and < 20 s in all.
    assert.ok(tBig < 20_000, `${tBig.toFixed(0)} ms`);
    assert.ok(tBig < 2 * tCut + 3000, `50 MB ${tBig.toFixed(0)} ms vs ${MAX_NOTICE_CHARS} chars ${tCut.toFixed(0)} ms`);
  });

  test('duplicate task numbers: the first wins, the repeat is reported', () => {
    const text = '1. 推进甲。（牵头单位：市科技局）\n1. 推进乙。（牵头单位：市商务局）\n2. 推进丙。（牵头单位：市财政局）';
    const p = parseNotice('file:///dup.md', text);
    wellFormed(p, text);
    assert.deepEqual(p.tasks.map(t => [t.number, t.title]), [[1, '推进甲'], [2, '推进丙']]);
    const d = p.problems.filter(x => x.code === 'duplicate-task');
    assert.equal(d.length, 1);
    assert.equal(d[0].line, 1);
    assert.equal(text.slice(d[0].span.start, d[0].span.end).trim(), '1.');
    const idx = new NoticeIndex(); idx.set('file:///dup.md', text);
    assert.equal(idx.get('file:///dup.md')!.byNumber.get(1)!.title, '推进甲');
  });

  test('gaps in the numbering are reported where they occur', () => {
    const text = '1. 甲。（牵头单位：市科技局）\n2. 乙。（牵头单位：市科技局）\n5. 丙。（牵头单位：市科技局）\n9. 丁。（牵头单位：市科技局）';
    const p = parseNotice('file:///gap.md', text);
    const gaps = p.problems.filter(x => x.code === 'task-gap');
    assert.deepEqual(gaps.map(g => g.line), [2, 3]);
    assert.deepEqual(gaps.map(g => text.slice(g.span.start, g.span.end).trim()), ['5.', '9.']);
  });

  test('a notice with no tasks (prose, headings, a 文号)', () => {
    const text = '# 聊城市人民政府办公室\n\n聊政办字〔2023〕3号\n\n## 关于做好某项工作的通知\n\n各县（市、区）人民政府：\n\n现将有关事项通知如下。\n';
    const p = parseNotice('file:///none.md', text);
    wellFormed(p, text);
    assert.equal(p.docNumber, '聊政办字〔2023〕3号');
    assert.ok(codes(p).includes('no-tasks'));
    assert.equal(p.style, 'none');
    // A draft bound to it: citations are unknown tasks, not exceptions.
    const idx = new NoticeIndex(); idx.set('file:///none.md', text);
    const diags = computeDiagnostics(analyzeDraft('根据聊政办字〔2023〕3号第1项（牵头单位：市科技局）', idx));
    assert.deepEqual(diags.map(d => d.rule), ['unknown-task']);
  });

  test('non-string input', () => {
    for (const v of [undefined, null, 42, {}, [], Symbol.iterator]) {
      const p = parseNotice('file:///x.md', v as unknown as string);
      assert.ok(codes(p).includes('no-tasks'));
    }
  });
});

describe('huge blocks: no exception', () => {
  // Spreading a block's items as call arguments (push(...xs)) overflowed the stack past ~120,000 of them.
  test('one line with 150,000 citations, and one with 130,000 unit lists, through the service and the one-pass check', () => {
    const svc = new PolicyDraftService(seedIndex());
    for (const [text, cits] of [['第1项'.repeat(150_000), 150_000], ['第1项（牵头单位：市科技局）'.repeat(130_000), 130_000]] as const) {
      const a = svc.analyze({ uri: 'file:///huge.md', text });
      assert.equal(a.citations.length, cits);
      assert.deepEqual(svc.diagnostics({ uri: 'file:///huge.md', text }).length, svc.diagnosticsOnce({ uri: 'file:///huge2.md', text }).length);
      svc.forget('file:///huge.md');
    }
  });
});

describe('config of the wrong types: problems, defaults kept, no exception', () => {
  const paths = (raw: unknown) => validateConfig(raw).problems.map(p => p.path);

  test('not an object', () => {
    for (const raw of [[], 'notices', 42, true]) {
      const r = validateConfig(raw);
      assert.deepEqual(r.problems.map(p => p.path), ['']);
      assert.deepEqual(r.config, defaultConfig());
    }
    assert.deepEqual(validateConfig(null).problems, []);
    assert.deepEqual(validateConfig(undefined).problems, []);
  });

  test('each setting of the wrong type is reported and keeps its default', () => {
    const raw = {
      notices: [1, 'a.md'], defaultNotice: 3, aliases: ['x'], rules: { 'unknown-task': 'fatal', 'no-such-rule': 'off', 'title-mismatch': 1 },
      citationStyle: 'fancy', maxFileSize: -1, allowOutsideWorkspace: 'yes', typo: 1,
    };
    const r = validateConfig(raw);
    assert.deepEqual(r.problems.map(p => p.path).sort(), ['aliases', 'allowOutsideWorkspace', 'citationStyle', 'defaultNotice', 'maxFileSize', 'notices', 'rules.no-such-rule', 'rules.title-mismatch', 'rules.unknown-task', 'typo'].sort());
    assert.deepEqual(r.config, defaultConfig());
    for (const p of r.problems) assert.ok(p.message.zh && p.message.en);
  });

  test('numbers that are not sizes', () => {
    for (const v of [0, -5, NaN, Infinity, '10', null, [1]]) assert.deepEqual(paths({ maxFileSize: v }), ['maxFileSize'], String(v));
    assert.equal(validateConfig({ maxFileSize: 1024 }).config.maxFileSize, 1024);
  });

  test('aliases: values of the wrong type are dropped one by one', () => {
    const r = validateConfig({ aliases: { '发改委': '市发展改革委', bad: 1, worse: { x: 1 } } });
    assert.deepEqual(r.problems.map(p => p.path).sort(), ['aliases.bad', 'aliases.worse']);
    assert.deepEqual(r.config.aliases, { '发改委': '市发展改革委' });
  });

  test('__proto__ keys neither pollute nor throw', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": 1}, "aliases": {"__proto__": "x", "constructor": "y"}, "rules": {"__proto__": "off", "constructor": "off"}}');
    const r = validateConfig(raw);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(r.config.aliases), Object.prototype);
    assert.ok(r.problems.some(p => p.path === 'rules.__proto__'));
    assert.ok(r.problems.some(p => p.path === 'rules.constructor'));
  });

  test('parseJsonc: broken JSON is an error message, not an exception', () => {
    for (const text of ['', '{', '{"a": }', '[1,', '{"a": "unterminated', '/* unterminated', '{} {}', 'nul', '\uFEFF', '{"a": 1,, }']) {
      const r = parseJsonc(text);
      assert.equal(r.value, undefined, text);
      assert.ok(typeof r.error === 'string' && r.error.length > 0, text);
    }
  });

  test('parseJsonc: comments, a BOM and trailing commas are allowed', () => {
    assert.deepEqual(parseJsonc('\uFEFF// c\n{"notices": ["a.md",], /* b */ "rules": {},}').value, { notices: ['a.md'], rules: {} });
  });

  test('parseJsonc: string contents are never rewritten (URLs, comment markers, “, }”)', () => {
    const value = { url: 'http://example.invalid/a//b', glob: 'notices/**/*.md', block: 'a /* not a comment */ b', comma: 'x, }', bracket: '[1, ]', escaped: 'q\\", }' };
    assert.deepEqual(parseJsonc(JSON.stringify(value, null, 2)).value, value);
  });

  test('validateConfig(parseJsonc(…)) over a broken file gives defaults', () => {
    const parsed = parseJsonc('{"notices": ["a.md"');
    assert.ok(parsed.error);
    assert.deepEqual(validateConfig(parsed.value).config, defaultConfig());
  });
});

describe('adapters: decode and encode (server/src/node/fsio.ts, encode.ts)', () => {
  const TEXT = '聊政办字〔2023〕3号\r\n第12项“加强“两高”行业管控”（牵头单位：市发展改革委）𠮷😀\n';
  const err = (f: () => unknown): string => { try { f(); } catch (e) { assert.ok(e instanceof DecodeError, String(e)); return e.code; } return 'no error'; };

  test('each encoding round-trips and is detected', () => {
    for (const enc of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as Encoding[]) {
      const buf = encode(TEXT, enc);
      const d = decode(buf);
      assert.equal(d.encoding, enc);
      assert.equal(d.text, TEXT, enc);
      assert.equal(d.size, buf.length);
      assert.equal(d.eol, '\r\n');
      assert.deepEqual(encode(d.text, d.encoding), buf, `${enc}: bytes back unchanged`);
    }
  });

  test('GBK bytes are read as GB18030 (its superset)', () => {
    const d = decode(iconv.encode(SEED.slice(0, 3000), 'gbk'));
    assert.equal(d.encoding, 'gb18030');
    assert.equal(d.text, SEED.slice(0, 3000));
  });

  test('pure ASCII is UTF-8; an empty file is an empty UTF-8 text', () => {
    assert.equal(decode(Buffer.from('abc\n')).encoding, 'utf-8');
    assert.deepEqual(decode(new Uint8Array(0)), { text: '', encoding: 'utf-8', eol: '\n', size: 0 });
  });

  test('line ends: the first one decides', () => {
    assert.equal(decode(Buffer.from('a\nb\r\nc')).eol, '\n');
    assert.equal(decode(Buffer.from('a\r\nb\nc')).eol, '\r\n');
    assert.equal(decode(Buffer.from('a\rb')).eol, '\r');
  });

  test('binary → DecodeError binary', () => {
    assert.equal(err(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))), 'binary');
    // UTF-16 without a BOM has NULs (ASCII half): binary, not garbage text.
    assert.equal(err(() => decode(Buffer.from('abc 第12项', 'utf16le'))), 'binary');
  });

  test('neither UTF-8 nor GB18030 → DecodeError undecodable', () => {
    // (A truncated UTF-8 sequence such as E4 B8 is a valid GB18030 character: that ambiguity is by design.)
    for (const bytes of [[0x61, 0xff], [0xff, 0xff, 0xff], [0x81, 0x20], [0x81, 0x30, 0x81], [0xe4, 0xb8, 0xad, 0x80, 0xff]]) {
      assert.equal(err(() => decode(Buffer.from(bytes))), 'undecodable', JSON.stringify(bytes));
    }
  });

  test('a BOM does not license invalid bytes: UTF-8 BOM + invalid UTF-8 → undecodable (no silent U+FFFD)', () => {
    // Otherwise `check --fix` writes U+FFFD back over the original bytes.
    assert.equal(err(() => decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode('第12项（牵头单位：市科技局）', 'gbk')]))), 'undecodable');
    assert.equal(err(() => decode(Buffer.from([0xff, 0xfe, 0x41]))), 'undecodable', 'UTF-16LE with an odd byte count');
    assert.equal(err(() => decode(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))), 'undecodable', 'UTF-16LE with a lone surrogate');
  });

  test('too large → DecodeError too-large', () => {
    assert.equal(err(() => decode(Buffer.alloc(100, 0x61), 99)), 'too-large');
    assert.equal(decode(Buffer.alloc(99, 0x61), 99).text.length, 99);
  });
});
