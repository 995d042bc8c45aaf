/**
 * A Word document (.docx) read as the text the checker reads: what offices actually send round. Each paragraph
 * is a line; a table becomes a Markdown table (first row the header, a cell's paragraphs joined by <br>, a cell
 * merged with the one above it left empty, a cell spanning columns followed by empty ones), set apart by blank
 * lines. Tracked deletions, field codes and the fallback copy of a text box are not text; tracked insertions
 * are. The file is unzipped with fflate (a small, dependency-free inflate: Node's zlib has no zip reader) and
 * word/document.xml read with a linear tag scanner (only the w: elements that carry text and structure matter).
 *
 * Positions in findings are those of this text: line N is the N-th paragraph or table line.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { DecodeError } from './fsio';

/** Does the file start like a zip archive (PK\x03\x04)? */
export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

/** The largest word/document.xml inflated (its declared size): a zip bomb is refused before it is unpacked. */
export const MAX_DOCUMENT_XML = 256 * 1024 * 1024;

/** The text of a .docx file; a DecodeError when it is no Word document or cannot be read. */
export function docxText(buf: Uint8Array, maxXml = MAX_DOCUMENT_XML): string {
  let files: Record<string, Uint8Array>;
  let declared = 0;
  try { files = unzipSync(buf, { filter: f => { if (f.name !== 'word/document.xml') return false; declared = f.originalSize; return f.originalSize <= maxXml; } }); }
  catch (e) { throw new DecodeError('undecodable', `无法解压 .docx 文件（${(e as Error).message}）/ cannot unzip the .docx file (${(e as Error).message})`); }
  if (declared > maxXml) throw new DecodeError('too-large', `.docx 的正文过大（解压后 ${declared} 字节，上限 ${maxXml}）/ the document's text is too large (${declared} bytes unpacked, limit ${maxXml})`);
  const xml = files['word/document.xml'];
  if (!xml) throw new DecodeError('undecodable', '这是 zip 文件，但不是 Word 文档（没有 word/document.xml）/ a zip file, but not a Word document (no word/document.xml)');
  return documentXmlText(strFromU8(xml));
}

interface Table { rows: string[][]; row: string[] | undefined; cell: string[] | undefined; merged: boolean; span: number }

/** The text of word/document.xml (exported for tests). */
export function documentXmlText(xml: string): string {
  const out: string[] = [];
  const tables: Table[] = [];
  // Paragraphs being read (a text box inside a paragraph holds paragraphs of its own).
  const paras: string[][] = [];
  let inText = false; // inside <w:t>
  let skip = 0; // inside <w:del>, <w:instrText>, <w:delText>, <mc:Fallback>: no text
  const TAG = /<([^>]*)>|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(xml))) {
    if (m[1] === undefined) {
      if (inText && !skip && paras.length) paras[paras.length - 1].push(unescapeXml(m[0]));
      continue;
    }
    const tag = m[1];
    if (tag[0] === '?' || tag[0] === '!') continue;
    const closing = tag[0] === '/';
    const selfClosing = tag[tag.length - 1] === '/';
    let e = closing ? 1 : 0;
    while (e < tag.length && tag[e] !== '/' && tag[e] !== ' ' && tag[e] !== '\t' && tag[e] !== '\n' && tag[e] !== '\r') e++;
    const name = tag.slice(closing ? 1 : 0, e);
    if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText' || name === 'mc:Fallback') {
      if (selfClosing) continue;
      skip += closing ? (skip > 0 ? -1 : 0) : 1;
      continue;
    }
    if (skip) continue;
    const t = tables[tables.length - 1];
    switch (name) {
      case 'w:t': inText = !closing && !selfClosing; break;
      case 'w:tab': if (!closing && paras.length) paras[paras.length - 1].push(' '); break;
      case 'w:br': case 'w:cr': if (!closing && paras.length) paras[paras.length - 1].push('\n'); break;
      case 'w:noBreakHyphen': if (!closing && paras.length) paras[paras.length - 1].push('-'); break;
      case 'w:p':
        if (selfClosing) { if (t?.cell) t.cell.push(''); else if (!t) out.push(''); break; }
        if (!closing) { paras.push([]); break; }
        {
          const text = (paras.pop() ?? []).join('');
          if (paras.length) { if (text) out.push(text); break; } // a text box's paragraph: a line of its own
          if (t?.cell) t.cell.push(text);
          else if (!t) out.push(text);
        }
        break;
      case 'w:tbl':
        if (!closing) {
          // A table inside a cell: its text goes into that cell.
          tables.push({ rows: [], row: undefined, cell: undefined, merged: false, span: 1 });
        } else {
          const done = tables.pop();
          if (!done) break;
          const outer = tables[tables.length - 1];
          if (outer?.cell) outer.cell.push(...done.rows.map(r => r.filter(Boolean).join(' ')));
          else out.push(...markdownTable(done.rows));
        }
        break;
      case 'w:tr':
        if (!t) break;
        if (!closing) t.row = [];
        else if (t.row) { t.rows.push(t.row); t.row = undefined; }
        break;
      case 'w:tc':
        if (!t) break;
        if (!closing) { t.cell = []; t.merged = false; t.span = 1; }
        else if (t.cell && t.row) {
          t.row.push(t.merged ? '' : t.cell.filter(Boolean).join('<br>'));
          for (let k = 1; k < t.span && k < 64; k++) t.row.push('');
          t.cell = undefined;
        }
        break;
      case 'w:vMerge':
        // <w:vMerge/> or w:val="continue": this cell goes on the one above; "restart" starts a merged cell.
        if (t?.cell && !/w:val="restart"/.test(tag)) t.merged = true;
        break;
      case 'w:gridSpan': {
        const v = /w:val="(\d{1,3})"/.exec(tag);
        if (t?.cell && v) t.span = Number(v[1]);
        break;
      }
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** Rows as a Markdown table set apart by blank lines; `|` inside a cell becomes ｜. */
function markdownTable(rows: string[][]): string[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (!rows.length || !width) return [];
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, k) => (r[k] ?? '').replace(/\|/g, '｜').replace(/\n/g, '<br>')).join(' | ')} |`;
  return ['', line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line), ''];
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITY[e] ?? all;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
