/**
 * Plain domain types shared by the core and its adapters. Shapes of Position/Range match LSP's
 * (0-based line, UTF-16 `character`) so adapters pass them through unchanged; nothing here imports the protocol.
 */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
/** Half-open span of UTF-16 code-unit offsets into a document's text. */
export interface Span { start: number; end: number }

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'zh' | 'en';
