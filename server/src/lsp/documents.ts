/**
 * Open documents, as vscode-languageserver-textdocument keeps them, with one mend.
 *
 * The library applies an incremental change by splicing the line breaks of the inserted text into its line
 * table. A change that makes or breaks a CRLF pair at its edges (`…\r` inserted before a `\n`, a `\n` typed
 * after a `\r`, the text between `\r` and `\n` deleted) leaves that table with one line too many or too few, and
 * every later change is applied at the wrong offset: the server's copy of the text drifts from the editor's.
 * Such a change is applied, then the table is rebuilt from the whole text (a full update); any other change
 * keeps the library's fast path.
 */
import { TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const CR = 13, LF = 10;

/** Would this change make or break a CRLF pair at its edges (where the library's line table goes wrong)? */
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
    if (touchesCrlf(text, start, end, change.text)) TextDocument.update(doc, [{ text: text.slice(0, start) + change.text + text.slice(end) }], version);
    else TextDocument.update(doc, [change], version);
  }
  // The version is the notification's even when no change was given.
  if (!changes.length) TextDocument.update(doc, [], version);
  return doc;
}

export function openDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({ create: TextDocument.create, update });
}
