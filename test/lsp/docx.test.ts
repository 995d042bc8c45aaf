// A notice kept as a Word document in the workspace (policy-draft.json names notices/*.docx): the server indexes
// its text, checks drafts against it, answers hover, and sends no definition into the .docx (an editor cannot show
// a place in it).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, startServer } from './client';
import { docx, p, tc, tr } from '../docx-fixture';

describe('a .docx notice in the workspace', () => {
  let c: LspClient | undefined;
  after(async () => { await c?.shutdown(); });

  test('indexed, checked against, hovered; definitions do not point into the .docx', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pd-docx-ws-'));
    mkdirSync(path.join(ws, 'notices'));
    writeFileSync(path.join(ws, 'notices', '清单.docx'), docx(p('测试市人民政府办公室关于印发重点任务清单的通知') + p('测政办发〔2024〕5号') + '<w:tbl>' +
      tr(tc('序号'), tc('重点任务'), tc('牵头单位'), tc('配合单位')) + tr(tc('1'), tc('深化商事制度改革'), tc('市市场监管局'), tc('市政务服务管理局')) +
      tr(tc('2'), tc('提升政务服务效能'), tc('市政务服务管理局'), tc('市大数据局')) + '</w:tbl>'));
    writeFileSync(path.join(ws, 'policy-draft.json'), JSON.stringify({ notices: ['notices/*.docx'] }));
    const root = pathToFileURL(ws).toString();
    c = await startServer({ init: { rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }] } });
    const uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
    const text = '根据测政办发〔2024〕5号，第1项“深化商事制度改革”由市大数据局牵头。\n';
    const d = await c.open(uri, text);
    assert.deepEqual(d.diagnostics.map(x => x.code), ['wrong-lead-unit', 'missing-lead-unit']);
    const at = { line: 0, character: text.indexOf('第1项') + 1 };
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: at });
    assert.match(h.contents.value, /深化商事制度改革/);
    assert.deepEqual(await c.request('textDocument/definition', { textDocument: { uri }, position: at }), []);
  });
});
