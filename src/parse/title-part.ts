import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import { META_KEYS } from './rules/fields.js';

/** A post's title with its part counter after it: `The Hollow Oak (part 2)`, `the garden (1/2)`. */
const COUNTER_AFTER = /^(\S.*?)\s*(?:[(\[](?:part|pt\.?|chapter|ch\.?|teil|partie|parte|часть)\s*(\d{1,3})[)\]]|\((\d{1,3})\s*\/\s*(?:\d{1,3}|\?)\))$/iu;

/**
 * One installment of a serial posted alone, its number in the post's title and no heading in the text: the title
 * is the story's without the counter, and the number is the chapter's (`title-part`).
 */
export function numberFromTitle(m: Manuscript, sink: DiagnosticSink): void {
  const only = m.chapters[0];
  const title = m.meta.title;
  if (m.chapters.length !== 1 || !only || only.heading !== null || only.number !== null || title === null) return;
  // A `Title:` field says the title as the writer gives it, counter and all.
  if (Object.entries(m.meta.fields).some(([k, v]) => META_KEYS[k.toLowerCase()] === 'title' && v.trim() === title)) return;
  const after = COUNTER_AFTER.exec(title);
  const number = Number(after?.[2] ?? after?.[3] ?? NaN);
  if (!after || !Number.isInteger(number) || number < 1) return;
  m.meta.title = after[1]!.trim();
  only.number = number;
  sink.info('title-part', only.position.start.line, `"${title}" is installment ${number} of "${m.meta.title}": the number is the chapter's`);
}
