/** `policy-draft check`: diagnostics for files, directories, globs or stdin; text / JSON / SARIF; --fix. */
import * as path from 'node:path';
import type { CoreDiagnostic, Fix, TextEdit } from '../core/diagnostics';
import { RULES, RULE_IDS } from '../core/rules';
import { LineIndex } from '../core/text';
import type { Range, Severity } from '../core/types';
import { writeAtomic, Decoded } from '../node/fsio';
import { encode } from '../node/encode';
import { Common, expandPaths, fileUri, Io, IoError, makeService, readInput, sizeOf, UsageError } from './common';
import { unifiedDiff } from './diff';

const SEV_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface JsonFinding {
  file: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  fixes?: { title: string; safe: boolean; edits: { range: Range; newText: string }[] }[];
}

export async function runCheck(c: Common, io: Io): Promise<number> {
  const en = c.lang === 'en';
  if (!['text', 'json', 'sarif'].includes(c.format)) throw new UsageError('--format takes text, json or sarif');
  const sevFlag = c.flags.get('--severity');
  if (sevFlag !== undefined && (typeof sevFlag !== 'string' || !(sevFlag in SEV_RANK))) throw new UsageError('--severity takes error, warning, information or hint');
  const minRank = c.flags.has('--quiet') ? 0 : SEV_RANK[(sevFlag as Severity) ?? 'hint'];
  const mwRaw = c.flags.get('--max-warnings');
  const maxWarnings = mwRaw === undefined ? -1 : Number(mwRaw);
  if (mwRaw !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings takes a whole number');
  const fix = c.flags.has('--fix');
  const dryRun = c.flags.has('--dry-run');
  if (dryRun && !fix) throw new UsageError('--dry-run goes with --fix');

  const { service, config, messages } = await makeService(c, io);
  for (const m of messages) io.err(`policy-draft: ${en ? m.en : m.zh}\n`);
  if (messages.some(m => m.level === 'error') && service.index.all().every(n => !n.notice.taskCount)) return 2;
  const { files, stdin } = expandPaths(c.rest.length ? c.rest : ['.'], io.cwd, c.lang);
  const targets: (string | '-')[] = [...files.filter(f => !service.index.get(fileUri(f))), ...(stdin ? ['-' as const] : [])];

  io.willRead?.(sizeOf(files));
  const findings: JsonFinding[] = [];
  let ioProblems = 0;
  let fixedFiles = 0;
  for (const t of targets) {
    let d: Decoded;
    try { d = await readInput(t, io, config.maxFileSize); }
    catch (e) { io.err(`policy-draft: ${t === '-' ? '<stdin>' : path.relative(io.cwd, t) || t}: ${(e as Error).message}\n`); ioProblems++; continue; }
    const display = t === '-' ? '<stdin>' : path.relative(io.cwd, t) || t;
    const uri = t === '-' ? 'untitled:stdin' : fileUri(t);
    let text = d.text;
    if (fix && d.encoding === 'docx') {
      // A Word document is read, never rewritten: its findings (with their fixes) are reported as without --fix.
      io.err(en ? `policy-draft: ${display}: a .docx file is not fixed; make the changes in Word\n` : `policy-draft: ${display}：不自动修改 .docx 文件，请在 Word 中修改\n`);
    } else if (fix) {
      const fixed = applySafeFixes(service, uri, text);
      if (fixed !== text) {
        if (dryRun) io.out(unifiedDiff(display, d.text, fixed));
        else if (t === '-') { /* stdin: the fixed text goes to stdout below */ }
        else { await writeAtomic(t, encode(fixed, d.encoding)); fixedFiles++; }
        if (!dryRun) text = fixed;
      }
      if (t === '-' && !dryRun) { io.out(text); continue; }
    }
    const lines = new LineIndex(text);
    const diags = service.diagnosticsOnce({ uri, text });
    for (const x of diags) {
      if (SEV_RANK[x.severity] > minRank) continue;
      findings.push(toJson(display, x, lines));
    }
    service.forget(uri);
  }
  const errors = findings.filter(f => f.severity === 'error').length;
  const warnings = findings.filter(f => f.severity === 'warning').length;
  if (c.format === 'json') io.out(jsonLines(findings));
  else if (c.format === 'sarif') io.out(JSON.stringify(sarif(findings, io.cwd, en), null, 2) + '\n');
  else if (!(fix && targets.length === 1 && targets[0] === '-' && !dryRun)) io.out(textReport(findings, targets.length, io.isTTY, en, fix && !dryRun ? fixedFiles : -1));
  if (ioProblems) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.err(en ? `policy-draft: ${warnings} warnings (more than --max-warnings ${maxWarnings})\n` : `policy-draft: ${warnings} 个警告，超过 --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * The JSON array with one finding per line: what `jq`, `grep` and a diff read well, and a third of the size of an
 * indented array (a 1 MB draft has thousands of findings).
 */
function jsonLines(findings: JsonFinding[]): string {
  if (!findings.length) return '[]\n';
  const out: string[] = [];
  for (let i = 0; i < findings.length; i++) out.push(JSON.stringify(findings[i]));
  return `[\n${out.join(',\n')}\n]\n`;
}

function toJson(file: string, d: CoreDiagnostic, lines: LineIndex): JsonFinding {
  const f: JsonFinding = { file, range: lines.range(d.span), severity: d.severity, code: d.rule, message: d.message };
  if (d.fixes.length) f.fixes = d.fixes.map(x => ({ title: x.title, safe: x.safe, edits: x.edits.map(e => ({ range: lines.range(e.span), newText: e.newText })) }));
  return f;
}

/** Applies the unambiguous fixes, re-checking until none is left (at most 5 rounds). */
export function applySafeFixes(service: import('../core/service').PolicyDraftService, uri: string, text: string): string {
  let cur = text;
  for (let round = 0; round < 5; round++) {
    const diags = service.diagnosticsOnce({ uri, text: cur });
    // Accepted edits, sorted by (start, end): a fix is taken whole when none of its edits overlaps (or repeats)
    // one already taken. Binary search: a large draft has tens of thousands of fixes.
    const edits: TextEdit[] = [];
    for (const d of diags) {
      const fx: Fix | undefined = d.fixes.find(f => f.safe);
      if (!fx || fx.edits.some(e => clashes(edits, e))) continue;
      for (const e of fx.edits) edits.splice(insertionPoint(edits, e), 0, e);
    }
    if (!edits.length) break;
    // One pass over the text (an insertion sorts before a replacement at the same offset).
    const parts: string[] = [];
    let at = 0;
    for (const e of edits) { parts.push(cur.slice(at, e.span.start), e.newText); at = e.span.end; }
    parts.push(cur.slice(at));
    cur = parts.join('');
  }
  service.forget(uri);
  return cur;
}

const before = (a: TextEdit, b: TextEdit) => a.span.start < b.span.start || (a.span.start === b.span.start && a.span.end < b.span.end);

/** Index of the first edit not before `e` in `edits` (sorted). */
function insertionPoint(edits: TextEdit[], e: TextEdit): number {
  let lo = 0, hi = edits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before(edits[mid], e)) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Does `e` overlap an edit in `edits` (sorted, non-overlapping), or have the same span as one? */
function clashes(edits: TextEdit[], e: TextEdit): boolean {
  const k = insertionPoint(edits, e);
  const overlaps = (o: TextEdit) => (e.span.start < o.span.end && o.span.start < e.span.end) || (e.span.start === o.span.start && e.span.end === o.span.end);
  return (k > 0 && overlaps(edits[k - 1])) || (k < edits.length && overlaps(edits[k]));
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };

function textReport(findings: JsonFinding[], fileCount: number, tty: boolean, en: boolean, fixed: number): string {
  const out: string[] = [];
  const byFile = new Map<string, JsonFinding[]>();
  for (const f of findings) { const a = byFile.get(f.file); if (a) a.push(f); else byFile.set(f.file, [f]); }
  const sevName = (s: Severity) => en ? s : ({ error: '错误', warning: '警告', information: '提示', hint: '建议' } as const)[s];
  for (const [file, list] of byFile) {
    if (tty) out.push(`\x1b[4m${file}\x1b[0m`); else out.push(file);
    for (const f of list) {
      const loc = `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const sev = tty ? `${COLORS[f.severity]}${sevName(f.severity)}\x1b[0m` : sevName(f.severity);
      out.push(`${loc}  ${sev}  ${f.code}  ${f.message}`);
    }
    out.push('');
  }
  const e = findings.filter(f => f.severity === 'error').length, w = findings.filter(f => f.severity === 'warning').length, i = findings.length - e - w;
  out.push(en ? `${fileCount} file(s) checked: ${e} error(s), ${w} warning(s), ${i} other.` : `检查了 ${fileCount} 个文件：${e} 个错误，${w} 个警告，${i} 个提示。`);
  if (fixed >= 0) out.push(en ? `${fixed} file(s) fixed.` : `已修复 ${fixed} 个文件。`);
  return out.join('\n') + '\n';
}

function sarif(findings: JsonFinding[], cwd: string, en: boolean): object {
  const rules = RULE_IDS.map(id => ({
    id, name: id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
    shortDescription: { text: en ? RULES[id].en : RULES[id].zh },
    fullDescription: { text: `${RULES[id].zh} / ${RULES[id].en}` },
    help: { text: `${RULES[id].zh}\n${RULES[id].en}`, markdown: `**${id}**: ${RULES[id].zh}\n\n${RULES[id].en}` },
    defaultConfiguration: { level: level(RULES[id].severity) },
  }));
  const base = fileUri(cwd.endsWith(path.sep) ? cwd : cwd + path.sep);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'policy-draft', fullName: '政策起草助手 Policy Draft', version: '0.1.0', semanticVersion: '0.1.0', rules } },
      originalUriBaseIds: { SRCROOT: { uri: base } },
      columnKind: 'utf16CodeUnits',
      results: findings.map(f => ({
        ruleId: f.code, ruleIndex: RULE_IDS.indexOf(f.code as never), level: level(f.severity), message: { text: f.message },
        locations: [{ physicalLocation: {
          artifactLocation: { uri: f.file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' },
          region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
        } }],
        ...(f.fixes?.length ? { fixes: f.fixes.map(x => ({ description: { text: x.title }, artifactChanges: [{
          artifactLocation: { uri: f.file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' },
          replacements: x.edits.map(e => ({ deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 }, insertedContent: { text: e.newText } })),
        }] })) } : {}),
      })),
    }],
  };
}

function level(s: Severity): 'error' | 'warning' | 'note' { return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note'; }
void IoError;
