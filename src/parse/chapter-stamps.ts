import type { DiagnosticSink } from '../diagnostics.js';
import { isKnownKey, oneField } from './header-rows/field-lines.js';
import { unitText, type Unit } from './units.js';
import { isDateLine } from './rules/boilerplate.js';
import { matchDateLine } from './rules/dates.js';

/** The date, then counts each after its word: `24년 2월 3일, 조회 212, 추천 14, 댓글 3`, `3 March 2024 · views 212 · likes 14`. */
function datedCounts(text: string): boolean {
  const cells = text.split(/\s*[,，、·•|]\s*/u);
  return cells.length >= 3 && (isDateLine(cells[0]!) || matchDateLine(cells[0]!) !== null) && cells.slice(1).every((c) => /^\p{L}{1,12}\s?\d[\d.,]*[KkMm万천만]?$/u.test(c));
}

/**
 * A chapter's page prints its own stamp under the heading, its length and when it was updated, in one line of labelled
 * cells (`Độ dài: 340 từ - Cập nhật: 21/12/2024`, `本章字数：2103　更新时间：…`): two cells or more, one of
 * them a label the tables know; or its date and its counts (views, likes, comments). The chapter's page's, not the story's.
 */
export function dropChapterStamps(units: Unit[], sink: DiagnosticSink): void {
  for (let k = 1; k < units.length; k++) {
    const u = units[k]!;
    if (units[k - 1]!.kind !== 'heading' || u.kind !== 'text' || u.note || u.lines.length !== 1) continue;
    const text = unitText(u);
    // Each cell a field as the header's own lines are read (`Độ dài: 340 từ`, `Updated: 2024-01-02`).
    const cells = text.split(/\s+[-–|·•]\s+|\s*\u3000+\s*|\s{3,}/u).map(oneField);
    const fields = cells.length >= 2 && cells.every((c) => c !== null && c[1] !== '') && cells.some((c) => isKnownKey(c![0]));
    if (!fields && !datedCounts(text)) continue;
    u.kind = 'dropped';
    sink.info('chapter-stamp', u.lines[0]!.no, "a line of labelled cells under the chapter's heading (its length, its date, its counts) left out of the body");
  }
}
