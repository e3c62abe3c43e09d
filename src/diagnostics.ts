import type { Diagnostic, Severity } from './model.js';

/** Collects diagnostics for one file in source order. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  constructor(readonly file: string) {}

  add(severity: Severity, ruleId: string, line: number, reason: string, extra: { column?: number; endLine?: number } = {}): void {
    const diagnostic: Diagnostic = { severity, ruleId, reason, file: this.file, line, column: extra.column ?? 1 };
    if (extra.endLine !== undefined && extra.endLine !== line) diagnostic.endLine = extra.endLine;
    this.list.push(diagnostic);
  }

  info(ruleId: string, line: number, reason: string, extra?: { column?: number; endLine?: number }): void {
    this.add('info', ruleId, line, reason, extra);
  }

  warn(ruleId: string, line: number, reason: string, extra?: { column?: number; endLine?: number }): void {
    this.add('warning', ruleId, line, reason, extra);
  }

  /** A later pass that undoes what an earlier one warned of (a chapter found to be no chapter) takes the warning back. */
  withdraw(ruleId: string, line: number): void {
    const at = this.list.findIndex((d) => d.ruleId === ruleId && d.line === line);
    if (at !== -1) this.list.splice(at, 1);
  }

  /** Diagnostics ordered by line, then column, stable for equal places. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** `file:line:col severity reason rule-id`, the one report format. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.reason} ${d.ruleId}`;
}
