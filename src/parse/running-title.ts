import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import type { Line } from './lines.js';
import { matchHeading } from './rules/headings.js';
import { HEADER_CHROME, matchBoilerplate } from './rules/boilerplate.js';

/**
 * Pages copied one after another set the work's name over each chapter's heading (a reading site's page:
 * `Лунный архивариус` / `Том 1 Глава 7 - …`, again over `Глава 8`). A story whose header named no title takes
 * that line, when every chapter's heading has the same one straight over it.
 */
export function titleFromRunningLine(m: Manuscript, lines: readonly Line[], sink: DiagnosticSink): void {
  if (m.meta.title !== null || m.chapters.length < 2) return;
  const over = m.chapters.map((c) => {
    if (c.heading === null) return null;
    let k = c.position.start.line - 2;
    while (k >= 0 && lines[k]!.blank) k--;
    // (Straight over, or over a blank line: never further.)
    return k >= 0 && c.position.start.line - 2 - k <= 1 ? lines[k]!.trimmed : null;
  });
  const first = over[0];
  // (Over the first heading too, where the story's header stands: a closing line above each later chapter is no title.)
  if (first == null || first.length > 80 || !/\p{L}/u.test(first) || !over.every((t) => t === first)) return;
  if (matchHeading(first) !== null || matchBoilerplate(HEADER_CHROME, first) !== null || /[.!?…:]$/u.test(first)) return;
  m.meta.title = first;
  sink.info('title-running', m.chapters[0]!.position.start.line - 1, `title taken from the line set over every chapter's heading ("${first}")`);
}
