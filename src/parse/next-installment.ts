import type { DiagnosticSink } from '../diagnostics.js';
import type { Chapter, Manuscript, Note } from '../model.js';
import { countWords } from '../model-text.js';
import { inlineText } from './inline.js';
import { matchHeading } from './rules/headings.js';
import { caselessRegExp } from './rules/caseless-regexp.js';
import { UPCOMING_WORDS } from './rules/languages/index.js';

/** A teaser is a line or two: `Part Four goes out next Friday.`, `Bihar: 4. atala`. */
const TEASER_WORDS = 45;
/** The page's own lines after it (a link to the earlier parts, a subscribe box) are short. */
const AFTER_WORDS = 16;
/** The teaser names the next part near its start, maybe after a word and a colon (`Next week:`, `Bihar:`). */
const LEAD_TOKENS = 3;

/** A word saying when the next part comes (`next`, `tomorrow`, `bihar`). */
const UPCOMING = caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${UPCOMING_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The number of the part a paragraph's opening names with a label, when the paragraph speaks of it as coming
 * (`Part Four goes out next Friday.`, `Bihar: 4. atala`): the part's heading the whole line, after a lead and a
 * colon, or with a word of when. A story's own sentence (`Chapter two of her life began…`) does none of these.
 */
function namedPart(text: string): number | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let from = 0; from <= LEAD_TOKENS && from < tokens.length; from++) {
    for (const size of [3, 2]) {
      const heading = matchHeading(tokens.slice(from, from + size).join(' ').replace(/[.,:;!]$/u, ''));
      if (!heading || heading.number === null || heading.label === null || heading.ruleId === 'heading-weak-labelled' || (heading.level !== 'chapter' && heading.level !== 'part')) continue;
      const whole = from + size >= tokens.length;
      if (whole || tokens[from - 1]?.endsWith(':') || UPCOMING.test(text)) return heading.number;
    }
  }
  return null;
}

/**
 * A serial's installment closes by naming the next one (`Part Four goes out next Friday.`, `Tomorrow: Chapter 13`,
 * Basque `Bihar: 4. atala`): the paper's or the site's line, not the story. Among a numbered chapter's last
 * paragraphs, a short one that names part n+1 near its start, with only short lines after it (a link to the earlier
 * parts, a subscribe box), leaves the body with them.
 */
export function dropNextInstallment(m: Manuscript, sink: DiagnosticSink): void {
  dropTeaserChapter(m, sink);
  for (const chapter of m.chapters) {
    if (chapter.number === null) continue;
    const paragraphs = chapter.children.flatMap((b, k) => (b.type === 'paragraph' ? [{ k, text: inlineText(b.children) }] : []));
    // From the end, over the page's short lines, to the teaser.
    for (const { k, text } of paragraphs.reverse()) {
      const words = countWords(text);
      if (words <= TEASER_WORDS && namedPart(text) === chapter.number + 1) {
        const gone = chapter.children.slice(k).filter((b) => b.type === 'paragraph');
        chapter.children.splice(k, chapter.children.length - k, ...chapter.children.slice(k + 1).filter((b) => b.type !== 'paragraph'));
        sink.info('next-installment', gone[0]!.position.start.line, `"${text.slice(0, 40)}" names the next installment: the serial's line, left out of the body with the page's lines after it`, { endLine: gone.at(-1)!.position.end.line });
        closingNotes(chapter);
        break;
      }
      if (words > AFTER_WORDS) break;
    }
  }
}

/**
 * Notes the teaser stood under (`Jälkisanat: …` over `Luku 4 ilmestyy ensi tiistaina.`) now close the chapter's
 * body: its end notes, before those it had.
 */
function closingNotes(chapter: Chapter): void {
  let k = chapter.children.length;
  while (k > 0 && chapter.children[k - 1]!.type !== 'paragraph') k--;
  const notes = chapter.children.slice(k).filter((b): b is Note => b.type === 'note');
  if (notes.length === 0) return;
  chapter.children = chapter.children.filter((b) => !notes.includes(b as Note));
  chapter.notesAfter.unshift(...notes.map((n) => ({ ...n, place: 'chapterEnd' as const })));
}

/**
 * A teaser set on a line of its own that reads as a heading (`🔸 پارت ۳ فردا شب ساعت ۱۰`, part 3 tomorrow night at
 * ten) makes a last chapter of no words: it names the part after the one before it with a word of when. It is the
 * serial's line; the notes under it close the chapter before.
 */
function dropTeaserChapter(m: Manuscript, sink: DiagnosticSink): void {
  const [before, last] = [m.chapters.at(-2), m.chapters.at(-1)];
  if (!before || !last || before.number === null || last.number !== before.number + 1 || !UPCOMING.test(last.heading ?? '')) return;
  if (last.children.some((b) => b.type === 'paragraph' || b.type === 'sceneBreak')) return;
  m.chapters.pop();
  sink.withdraw('chapter-empty', last.position.start.line);
  before.notesAfter.push(...last.notesBefore, ...last.notesAfter);
  sink.info('next-installment', last.position.start.line, `"${(last.heading ?? '').slice(0, 40)}" names the next installment and heads no text: the serial's line, not a chapter`);
}
