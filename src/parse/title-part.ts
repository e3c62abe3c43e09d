import type { DiagnosticSink } from '../diagnostics.js';
import type { Chapter, Manuscript } from '../model.js';
import { inlineText } from './inline.js';
import { META_KEYS } from './rules/fields.js';
import { matchHeading } from './rules/headings.js';
import { romanToNumber } from './numbers.js';

/** A post's title with its part counter after it: `The Hollow Oak (part 2)`, `the garden (1/2)`, `Itsasargiaren zaindaria (III)`. */
const COUNTER_AFTER = /^(\S.*?)\s*(?:[(\[](?:part|pt\.?|chapter|ch\.?|teil|partie|parte|часть)\s*(\d{1,3})[)\]]|\((\d{1,3})\s*\/\s*(?:\d{1,3}|\?)\)|\(([IVXLC]{1,7})\))$/iu;

/** A title with a circled number after it, ① to ⑳. */
const CIRCLED_AFTER = /^(\S.*?)\s*([\u2460-\u2473])$/u;

/** Where a post's title may join the story's title to its installment's heading: `Title, Part Three: …`, `Title - Chapter 2`, `Title. Часть 2: …`. */
const JOINT = /(?:[,:.]|\s[-–—|])\s+/gu;

/**
 * The story's title and the installment's heading in one post title (`The Long Convoy, Part Three: The Ice Road`):
 * the title before a joint and a numbered chapter or part heading after it, its own title kept.
 */
export function splitInstallmentTitle(title: string): { title: string; number: number; chapterTitle: string | null } | null {
  for (const joint of title.matchAll(JOINT)) {
    const head = title.slice(0, joint.index).trim();
    const heading = matchHeading(title.slice(joint.index + joint[0].length));
    // A weak label (`Page 117`, `Day 4`) is believed only in a set of headings, never alone in a title.
    if (head === '' || !heading || heading.number === null || heading.label === null || heading.ruleId === 'heading-weak-labelled') continue;
    if (heading.level !== 'chapter' && heading.level !== 'part') continue;
    return { title: head, number: heading.number, chapterTitle: heading.title };
  }
  // A circled number after the title counts the episode (`우산을 두고 온 사람들 ③`).
  const circled = CIRCLED_AFTER.exec(title);
  if (circled) return { title: circled[1]!, number: circled[2]!.codePointAt(0)! - 0x245f, chapterTitle: null };
  const after = COUNTER_AFTER.exec(title);
  const number = after?.[4] ? romanToNumber(after[4].toUpperCase()) : Number(after?.[2] ?? after?.[3] ?? NaN);
  if (!after || number === null || !Number.isInteger(number) || number < 1) return null;
  return { title: after[1]!.trim(), number, chapterTitle: null };
}

/** A bare count in brackets after a post's title (`비 오는 날의 서점 (7)`): a count only where the text agrees. */
const BARE_COUNT = /^(\S.*?)\s*\((\d{1,3})\)$/u;

/**
 * A title counted in brackets over text that opens on the same number's heading (`비 오는 날의 서점 (7)` / `7. 빌려준 우산`):
 * the installment's heading, taken out of the text.
 */
function countedOpening(chapter: Chapter, title: string): { title: string; number: number; chapterTitle: string | null } | null {
  const count = BARE_COUNT.exec(title);
  const at = chapter.children.findIndex((b) => b.type !== 'note');
  const first = chapter.children[at];
  if (!count || first?.type !== 'paragraph') return null;
  const heading = matchHeading(inlineText(first.children).trim());
  if (heading === null || heading.number !== Number(count[2]) || heading.level !== 'chapter') return null;
  chapter.children.splice(at, 1);
  return { title: count[1]!.trim(), number: heading.number, chapterTitle: heading.title };
}

/**
 * One installment of a serial posted alone, its number in the post's title and no heading in the text: the title
 * is the story's without the counter, the number (and a title after it) the chapter's, and the post's notes around
 * the text the installment's (`title-part`).
 */
export function numberFromTitle(m: Manuscript, sink: DiagnosticSink): void {
  const only = m.chapters[0];
  const title = m.meta.title;
  if (m.chapters.length !== 1 || !only || only.heading !== null || only.number !== null || title === null) return;
  // A `Title:` field says the title as the writer gives it, counter and all.
  if (Object.entries(m.meta.fields).some(([k, v]) => META_KEYS[k.toLowerCase()] === 'title' && v.trim() === title)) return;
  const split = splitInstallmentTitle(title) ?? countedOpening(only, title);
  if (!split) return;
  m.meta.title = split.title;
  only.number = split.number;
  only.title = split.chapterTitle;
  only.notesBefore.unshift(...m.notesBefore.splice(0));
  only.notesAfter.push(...m.notesAfter.splice(0));
  sink.info('title-part', only.position.start.line, `"${title}" is installment ${split.number} of "${m.meta.title}": the number is the chapter's`);
}
