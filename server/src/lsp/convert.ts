/** Core → protocol. Only this folder knows LSP types; severities and kinds are mapped here, not in the core. */
import {
  CodeAction, CodeActionKind, CompletionItem, CompletionItemKind, Diagnostic, DiagnosticSeverity, DocumentSymbol,
  InsertTextFormat, MarkupKind, Range, SymbolKind, TextEdit,
} from 'vscode-languageserver/node';
import type { CoreCodeAction } from '../core/codeActions';
import type { CoreCompletionItem } from '../core/completion';
import type { CoreDiagnostic } from '../core/diagnostics';
import type { DiagnosticGroup, RangedSymbol } from '../core/service';
import { RULES } from '../core/rules';
import { WireDiagnostic } from './stdio';
import type { Position, Severity, Span } from '../core/types';

export const SOURCE = 'policy-draft';

export function severity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    default: return DiagnosticSeverity.Hint;
  }
}

export function diagnostic(d: CoreDiagnostic, range: (s: Span) => Range): WireDiagnostic {
  // Fixes are not sent with every publish (they would double its size); code actions recompute them.
  return new WireDiagnostic(range(d.span), severity(d.severity), d.rule, SOURCE, d.message);
}

/**
 * The LSP diagnostics of a document, from the service's groups (one per block). A group's conversion is kept on
 * its `diags` array and reused while the block starts at the same line and column: its ranges depend on nothing
 * else (the block's text is the same, or the array would be new). A one-line edit then converts one group, and
 * the stdio encoder finds the other WireDiagnostic objects already encoded.
 */
export class DiagnosticConverter {
  /** A few places per group: identical blocks (repeated lines) share one scan and so one array. */
  private cache = new WeakMap<readonly CoreDiagnostic[], { line: number; character: number; wires: WireDiagnostic[] }[]>();

  convert(groups: readonly DiagnosticGroup[], lines: { positionAt(offset: number): Position }): WireDiagnostic[] {
    const out: WireDiagnostic[] = [];
    for (const g of groups) {
      const at = lines.positionAt(g.start);
      let places = this.cache.get(g.diags);
      let hit: { line: number; character: number; wires: WireDiagnostic[] } | undefined;
      if (places) for (const p of places) if (p.line === at.line && p.character === at.character) { hit = p; break; }
      if (!hit) {
        const by = g.start;
        hit = { line: at.line, character: at.character, wires: g.diags.map(d => diagnostic(d, s => ({ start: lines.positionAt(s.start + by), end: lines.positionAt(s.end + by) }))) };
        if (!places) this.cache.set(g.diags, places = []);
        if (places.length >= 4) places.shift();
        places.push(hit);
      }
      for (const w of hit.wires) out.push(w);
    }
    return out;
  }
}

export function completionItem(c: CoreCompletionItem, range: (s: Span) => Range): CompletionItem {
  return {
    label: c.label,
    kind: c.kind === 'task' ? CompletionItemKind.Reference : c.kind === 'unit' ? CompletionItemKind.Unit : CompletionItemKind.File,
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: TextEdit.replace(range(c.span), c.newText),
    filterText: c.filterText,
    sortText: c.sortText,
    preselect: c.preselect || undefined,
    insertTextFormat: InsertTextFormat.PlainText,
  };
}

export function codeAction(uri: string, a: CoreCodeAction, range: (s: Span) => Range, toDiag: (d: CoreCodeAction['diagnostics'][number]) => Diagnostic): CodeAction {
  return {
    title: a.title,
    kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    diagnostics: a.diagnostics.map(toDiag),
    isPreferred: a.preferred || undefined,
    edit: { changes: { [uri]: a.fix.edits.map(e => TextEdit.replace(range(e.span), e.newText)) } },
  };
}

export function symbol(s: RangedSymbol): DocumentSymbol {
  return {
    name: s.name || '—', detail: s.detail, range: s.range, selectionRange: s.selectionRange,
    kind: s.kind === 'section' ? SymbolKind.Namespace : s.kind === 'task' ? SymbolKind.Field : s.kind === 'notice' ? SymbolKind.File : SymbolKind.Key,
    children: s.children?.map(symbol),
  };
}

export function ruleHelp(rule: string, en: boolean): string {
  const r = (RULES as Record<string, { zh: string; en: string }>)[rule];
  return r ? (en ? r.en : r.zh) : rule;
}
