import type { DiagnosticSink } from '../diagnostics.js';
import { countWords } from '../model-text.js';
import { isClosingLine } from './rules/markers.js';
import { NOTE_TALK_ALONE, noteTalkScore } from './rules/note-talk.js';
import { unitText, type Unit } from './units.js';
import { LABELLED, namesWriter } from './unknown-note-labels.js';
import { matchFieldLine } from './rules/fields.js';

/** What may stand under the closing line and still be the entry's paper rather than the story: a line or two. */
const MOST_PARAGRAPHS = 2;
const MOST_WORDS = 40;
/** `P.S.`, `PS:`, `P.P.S.` opening a paragraph. */
const POSTSCRIPT = /^((?:p\.\s?)?p\.?\s?s\.?:?)\s+(?=\S)/iu;

/**
 * A story ends at its closing line (`THE END`, `CRÌOCH`, `DIWEDD`). A short unlabelled paragraph under it, with
 * no heading after, is the entry's paper, not its story: a competition's declaration of originality
 * (`Dearbhaidh mi gur e m' obair fhìn a tha seo`), a sign-off to the judges. A tail with a labelled note is left to the notes.
 */
export function dropClosingTail(units: Unit[], sink: DiagnosticSink): void {
  const live = units.filter((u) => u.kind !== 'dropped');
  const close = live.findLastIndex((u) => u.kind === 'ornament' && isClosingLine(u.lines[0]?.trimmed ?? ''));
  if (close === -1) return;
  const tail = live.slice(close + 1);
  // A heading goes on with the story; a labelled note there (`あとがき`) owns the paragraphs under it.
  if (tail.some((u) => u.kind === 'heading' || u.note !== undefined)) return;
  // Inside the story a bare `P.S.` may be a letter's; under the closing line no letter is open, so it is the writer's.
  for (const u of tail) {
    const ps = u.kind === 'text' ? POSTSCRIPT.exec(unitText(u)) : null;
    if (ps) u.note = { ruleId: 'note-postscript', label: ps[1]!.trim(), scope: 'storyEnd', rest: unitText(u).slice(ps[0].length) };
    // So is a label naming the writer in a language quire has no note labels for (`Saƙo daga Marubuciya: …`).
    const labelled = u.kind === 'text' && !ps ? LABELLED.exec(unitText(u)) : null;
    // (A phrase of the writer over a sentence; `Höfundur: NAME` alone is a credit.)
    if (labelled && /\s/.test(labelled[1]!) && countWords(labelled[2]!) >= 5 && namesWriter(labelled[1]!)) {
      u.note = { ruleId: 'note-unknown-label', label: labelled[1]!, scope: null, rest: labelled[2]! };
      sink.info('note-unknown-label', u.lines[0]?.no ?? 1, `"${labelled[1]}:" under the closing line names the writer: read as the author's note`);
    }
  }
  const text = tail.filter((u) => u.kind === 'text' && u.note === undefined);
  // Story text before the closing line, or the closing line is a chapter's heading-like ornament, not the end.
  const before = live.slice(0, close).some((u) => u.kind === 'text' && u.note === undefined);
  // The writer's card under the closing line (`Cerpen Karangan: NAME` over a line of bio and the site's credit), however long.
  if (before && text.length > 0 && matchFieldLine(text[0]!.lines[0]?.trimmed ?? '')?.meta === 'author') {
    for (const u of text) u.kind = 'dropped';
    sink.info('closing-tail-card', text[0]!.lines[0]?.no ?? 1, `the writer's card under the closing line "${unitText(live[close]!)}" (their credit and bio) left out of the body`);
    return;
  }
  if (!before || text.length === 0 || text.length > MOST_PARAGRAPHS) return;
  const words = text.reduce((n, u) => n + countWords(unitText(u)), 0);
  if (words > MOST_WORDS) return;
  // Words to the readers (`Thanks for reading, see you in the sequel!`) are the writer's, kept as the story's afterword.
  if (text.every((u) => noteTalkScore(unitText(u)) >= NOTE_TALK_ALONE)) {
    for (const u of text) u.note = { ruleId: 'closing-tail-talk', label: 'Afterword', scope: 'storyEnd', rest: unitText(u) };
    sink.info('closing-tail-talk', text[0]!.lines[0]?.no ?? 1, `the words to readers under the closing line "${unitText(live[close]!)}" read as the story's afterword`);
    return;
  }
  for (const u of text) u.kind = 'dropped';
  sink.info('closing-tail', text[0]!.lines[0]?.no ?? 1, `${words} word(s) under the closing line "${unitText(live[close]!)}" read as the entry's paper (a declaration, a sign-off), left out of the body`);
}
