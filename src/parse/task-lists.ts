import type { DiagnosticSink } from '../diagnostics.js';
import { retext, type Line } from './lines.js';

/** A checklist's item, done or not, as wikis and note apps write it: `* [ ] send it`, `- [x] title`, `☐ …`, `☑ …`. */
export const TASK_ITEM = /^(?:[*+-]\s+\[[ .oOxX✓✗-]?\]|[☐☑☒✅⬜]\s*)\s*\S/u;
/** Items in a row, at the least. */
const MIN_ITEMS = 2;
/** A short line set over the checklist as its heading (`== काम बाकी ==`, `To do:`). */
const LIST_HEADING = /^(?:[=#*~-]{1,6}\s*)?[^.!?。！？]{1,40}?(?:\s*[=#*~-]{1,6}|:)?$/u;

/**
 * A writer's checklist kept in the draft (`== To do ==` over `* [ ] tighten part two` / `* [X] settle the title`):
 * the writer's, not a list of the story's, whose items a story never writes with checkboxes. Left out with the
 * short line heading it, each line keeping its number.
 */
export function dropTaskLists(lines: Line[], sink: DiagnosticSink): void {
  for (let i = 0; i < lines.length; i++) {
    if (!TASK_ITEM.test(lines[i]!.trimmed)) continue;
    let k = i;
    while (k < lines.length && (TASK_ITEM.test(lines[k]!.trimmed) || (lines[k]!.blank && TASK_ITEM.test(lines[k + 1]?.trimmed ?? '')))) k++;
    const items = lines.slice(i, k).filter((l) => !l.blank).length;
    if (items < MIN_ITEMS) {
      i = k;
      continue;
    }
    // The heading over it, a blank line apart at most.
    let from = i;
    const above = lines[i - 1]?.blank ? i - 2 : i - 1;
    if (above >= 0 && !lines[above]!.blank && LIST_HEADING.test(lines[above]!.trimmed) && (lines[above - 1]?.blank ?? true)) from = above;
    for (let j = from; j < k; j++) if (!lines[j]!.blank) lines[j] = retext(lines[j]!, '');
    sink.info('task-list', lines[from]!.no, `the writer's checklist (${items} items) left out of the story`, { endLine: lines[k - 1]!.no });
    i = k;
  }
}
