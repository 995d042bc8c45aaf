// Word documents (.docx) in the CLI: converted to the text the checker reads (paragraphs → lines, tables →
// Markdown tables), checked like any draft, never written back by --fix; broken or foreign zips get clear errors.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { doc, docx, p, tc, tr } from '../docx-fixture';
import { documentXmlText, docxText } from '../../server/src/node/docx';
import { main, Io } from '../../server/src/cli/main';
import { ROOT } from './helpers';

async function run(args: string[], opts: { cwd?: string; stdin?: Buffer } = {}) {
  let out = '', err = '';
  const io: Io = { out: s => { out += s; }, err: s => { err += s; }, isTTY: false, cwd: opts.cwd ?? ROOT, readStdin: async () => opts.stdin ?? Buffer.alloc(0) };
  const code = await main(args, io);
  return { code, out, err };
}

describe('.docx → text', () => {
  test('paragraphs are lines; runs join; entities, tabs and breaks are read', () => {
    const body = p('关于第', '12项“加强“两高”行业管控”') + p('A &amp; B &lt;C&gt; &#x4E00;') + '<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>';
    assert.equal(documentXmlText(doc(body)), '关于第12项“加强“两高”行业管控”\nA & B <C> 一\n甲 乙\n丙');
  });
  test('tracked deletions, field codes and a text box’s fallback copy are no text; insertions are', () => {
    const body = '<w:p><w:r><w:t>第</w:t></w:r><w:del w:id="1"><w:r><w:delText>107</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>项</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>' + p('框内文字') + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' + p('框内文字') + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>';
    assert.equal(documentXmlText(doc(body)), '第12项\n框内文字\n正文');
  });
  test('a table is a Markdown table: header first, merged and spanning cells, <br> inside a cell, | escaped', () => {
    const body = p('任务分解表') + '<w:tbl><w:tblPr/>' +
      tr(tc('任务编号'), tc('牵头单位'), tc('配合单位')) +
      tr(tc('27', '<w:vMerge w:val="restart"/>'), tc('市水利局'), tc('市发展改革委\n市农业农村局')) +
      tr(tc('', '<w:vMerge/>'), tc('市水利局'), tc('a|b')) +
      tr(tc('28', '<w:gridSpan w:val="2"/>'), tc('市水利局')) +
      '</w:tbl>' + p('以上。');
    assert.equal(documentXmlText(doc(body)), [
      '任务分解表', '', '| 任务编号 | 牵头单位 | 配合单位 |', '| --- | --- | --- |', '| 27 | 市水利局 | 市发展改革委<br>市农业农村局 |',
      '|  | 市水利局 | a｜b |', '| 28 |  | 市水利局 |', '', '以上。',
    ].join('\n'));
  });
  test('a document.xml larger than the limit (a zip bomb) is refused before it is unpacked', () => {
    const big = docx(p('一'.repeat(50_000)));
    assert.throws(() => docxText(big, 100_000), /过大.*too large/);
    assert.equal(docxText(big).length, 50_000);
  });
  test('garbage after a zip signature is an error, never an exception of another kind', () => {
    for (let k = 0; k < 200; k++) {
      const b = Buffer.from(Array.from({ length: 64 + k }, (_, i) => (i < 4 ? [0x50, 0x4b, 0x03, 0x04][i] : (i * 7919 + k * 104729) & 255)));
      try { docxText(b); } catch (e) { assert.equal((e as Error).constructor.name, 'DecodeError', String(e)); }
    }
  });
  test('a zip that is no Word document, and a broken zip, are errors that say so', () => {
    assert.throws(() => docxText(Buffer.from(zipSync({ 'a.txt': strToU8('x') }))), /不是 Word 文档.*not a Word document/);
    const good = docx(p('第12项'));
    assert.throws(() => docxText(good.subarray(0, good.length >> 1)), /无法解压 \.docx|not a Word document/);
  });
});

describe('check on .docx', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-docx-'));
  const body = p('落实聊政办字[2023]3号') + p('第107项进展顺利。') + '<w:tbl>' +
    tr(tc('任务编号'), tc('牵头单位')) + tr(tc('28'), tc('市发改委')) + '</w:tbl>';
  const file = path.join(dir, '落实方案.docx');
  writeFileSync(file, docx(body));

  test('findings as for the same text, lines counted in the converted text', async () => {
    const r = await run(['check', file, '--format', 'json', '--lang', 'zh']);
    assert.equal(r.code, 1, r.err);
    const f = JSON.parse(r.out) as { code: string; range: { start: { line: number } } }[];
    // Line 0 and 1: the paragraphs; 2 blank; 3 header, 4 separator, 5 the row.
    assert.deepEqual(f.map(x => [x.code, x.range.start.line]), [['doc-number-format', 0], ['unknown-task', 1], ['non-canonical-unit', 5], ['wrong-lead-unit', 5], ['missing-lead-unit', 5]]);
  });
  test('a folder’s .docx files are checked (not Word’s ~$ lock files); stdin takes a .docx too', async () => {
    const sub = path.join(dir, 'folder');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'a.docx'), docx(p('第107项')));
    writeFileSync(path.join(sub, '~$a.docx'), Buffer.from('lock'));
    const r = await run(['check', sub, '--format', 'json']);
    assert.equal(r.err, '');
    assert.deepEqual(JSON.parse(r.out).map((x: { file: string; code: string }) => [path.basename(x.file), x.code]), [['a.docx', 'unknown-task']]);
    const s = await run(['check', '-', '--format', 'json'], { stdin: docx(p('第107项')) });
    assert.deepEqual(JSON.parse(s.out).map((x: { code: string }) => x.code), ['unknown-task']);
  });
  test('--fix leaves a .docx as it is and says so; the findings are still reported', async () => {
    const before = readFileSync(file);
    const r = await run(['check', file, '--fix', '--lang', 'en']);
    assert.match(r.err, /a \.docx file is not fixed/);
    assert.equal(r.code, 1);
    assert.match(r.out, /unknown-task/);
    assert.deepEqual(readFileSync(file), before);
  });
  test('a notice in a Word document (its tasks a table) is read with --notice', async () => {
    const notice = path.join(dir, '通知.docx');
    writeFileSync(notice, docx(p('测试市人民政府办公室关于印发重点任务清单的通知') + p('测政办发〔2024〕5号') + '<w:tbl>' +
      tr(tc('序号'), tc('重点任务'), tc('牵头单位'), tc('配合单位')) + tr(tc('1'), tc('深化商事制度改革'), tc('市市场监管局'), tc('市政务服务管理局')) +
      tr(tc('2'), tc('提升政务服务效能'), tc('市政务服务管理局'), tc('市大数据局\n市司法局')) + '</w:tbl>'));
    const draft = path.join(dir, 'd.md');
    writeFileSync(draft, '第2项“提升政务服务效能”（牵头单位：市政务服务管理局；配合单位：市大数据局、市司法局）\n第1项由市大数据局牵头。\n');
    const r = await run(['check', draft, '--notice', notice, '--format', 'json']);
    assert.equal(r.err, '');
    assert.deepEqual(JSON.parse(r.out).map((x: { code: string }) => x.code), ['wrong-lead-unit', 'missing-lead-unit']);
    const i = await run(['index', notice, '--format', 'json']);
    const parsed = JSON.parse(i.out) as { style: string; tasks: { title: string }[] };
    assert.equal(parsed.style, 'table');
    assert.deepEqual(parsed.tasks.map(t => t.title), ['深化商事制度改革', '提升政务服务效能']);
  });
  test('a .docx that is no Word document: exit 2 with a message', async () => {
    const bad = path.join(dir, 'bad.docx');
    writeFileSync(bad, 'not a zip at all');
    const r = await run(['check', bad]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.docx: .*(?:无法解压|not a Word)/);
  });
});
