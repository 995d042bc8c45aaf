/**
 * Open documents, as vscode-languageserver-textdocument keeps them, with two mends.
 *
 * The library applies an incremental change by splicing the line breaks of the inserted text into its line
 * table, at the lines its range names. So:
 * - a change that makes a CRLF pair at its edges (`…\r` inserted before a `\n`, a `\n` typed after a lone `\r`,
 *   the text between a `\r` and a `\n` deleted) leaves the table one line off, and every later change is applied
 *   at the wrong offset: the server's copy of the text drifts from the editor's. Such a change is widened over
 *   the `\r` before it and the `\n` after it (the same text, replaced by itself), so the pair lies inside the text
 *   the library splits into lines;
 * - a range naming lines past the end corrupts the table the same way. Every range is given to the library as
 *   the positions of its (clamped) offsets.
 * Both keep the library's incremental path: no change costs a pass over the whole document.
 */
import { TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const CR = 13, LF = 10;

/**
 * Would this change make or break a CRLF pair at its edges (where the library's line table goes wrong)? A pair is
 * broken only from an offset between its `\r` and `\n`, which no valid position names, but the library's
 * `offsetAt` can return one for a position past a line's end.
 */
export function touchesCrlf(text: string, start: number, end: number, inserted: string): boolean {
  const crBefore = text.charCodeAt(start - 1) === CR;
  const lfAfter = text.charCodeAt(end) === LF;
  if (!crBefore && !lfAfter) return false;
  const n = inserted.length;
  // A pair broken: the old one straddled the start (and something changes there) or ended inside the removed range.
  if (crBefore && text.charCodeAt(start) === LF && (end > start || n > 0)) return true;
  if (lfAfter && end > start && text.charCodeAt(end - 1) === CR) return true;
  // A pair made: the character now before a \n is \r, or the one now after a \r is \n.
  if (crBefore && (n ? inserted.charCodeAt(0) === LF : lfAfter)) return true;
  if (lfAfter && (n ? inserted.charCodeAt(n - 1) === CR : crBefore)) return true;
  return false;
}

export function update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  for (const change of changes) {
    if (!('range' in change) || !change.range) { TextDocument.update(doc, [change], version); continue; }
    const text = doc.getText();
    let start = doc.offsetAt(change.range.start), end = doc.offsetAt(change.range.end);
    if (start > end) [start, end] = [end, start];
    let inserted = change.text;
    if (touchesCrlf(text, start, end, inserted)) {
      if (text.charCodeAt(start - 1) === CR) { start--; inserted = '\r' + inserted; }
      if (text.charCodeAt(end) === LF) { end++; inserted += '\n'; }
    }
    TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: inserted }], version);
  }
  if (!changes.length) TextDocument.update(doc, [], version); // the version, as the library sets it
  return doc;
}

export function openDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({ create: TextDocument.create, update });
}
