import type { DiagnosticSink } from '../diagnostics.js';
import { isKnownKey, oneField } from './header-rows/field-lines.js';
import { unitText, type Unit } from './units.js';

/**
 * A chapter's page prints its own stamp under the heading, its length and when it was updated, in one line of labelled
 * cells (`Độ dài: 340 từ - Cập nhật: 21/12/2024`, `本章字数：2103　更新时间：…`): two cells or more, one of
 * them a label the tables know. The chapter's page's, not the story's.
 */
export function dropChapterStamps(units: Unit[], sink: DiagnosticSink): void {
  for (let k = 1; k < units.length; k++) {
    const u = units[k]!;
    if (units[k - 1]!.kind !== 'heading' || u.kind !== 'text' || u.note || u.lines.length !== 1) continue;
    // Each cell a field as the header's own lines are read (`Độ dài: 340 từ`, `Updated: 2024-01-02`).
    const cells = unitText(u).split(/\s+[-–|·•]\s+|\s*\u3000+\s*|\s{3,}/u).map(oneField);
    if (cells.length < 2 || cells.some((c) => c === null || c[1] === '') || !cells.some((c) => isKnownKey(c![0]))) continue;
    u.kind = 'dropped';
    sink.info('chapter-stamp', u.lines[0]!.no, "a line of labelled cells under the chapter's heading (its length, its date) left out of the body");
  }
}
