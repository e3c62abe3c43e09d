import type { DiagnosticSink } from '../diagnostics.js';
import { countWords } from '../model-text.js';
import { undecorate } from './rules/decoration.js';
import { EDITION_SECTION_WORDS } from './rules/languages/index.js';
import { unitText, type Unit } from './units.js';

const EDITION_HEADING = new RegExp(`^(?:${EDITION_SECTION_WORDS})[.:：]?$`, 'iu');
/** An edition's page is short; more words than this under the heading are a story that happens to start with one. */
const MOST_WORDS = 400;

/** `Colophon`, `Impressum`, `À propos de cette édition électronique`: the heading of an edition's own page. */
export const isEditionHeadingText = (text: string): boolean => text.length <= 60 && EDITION_HEADING.test(undecorate(text).inner.trim());

/** A heading the markup marked (`<h2>Imprint</h2>`) or a line standing alone. */
const isEditionHeading = (u: Unit): boolean => (u.kind === 'text' || u.kind === 'heading') && u.note === undefined && u.lines.length === 1 && isEditionHeadingText(u.lines[0]?.trimmed ?? '');

const wordsOf = (units: readonly Unit[]): number => units.reduce((n, u) => n + (u.kind === 'text' && !u.note ? countWords(unitText(u)) : 0), 0);

/**
 * An edition's own pages: a publisher's imprint before the story, a
 * colophon or licence page after it (`Imprint`, `Colophon`, `Uncopyright`,
 * `À propos de cette édition électronique`). Such a heading, standing apart
 * before the first chapter or after the last one's text, and what stands
 * under it up to the next heading, are not the story. Author's notes there
 * are kept.
 */
export function dropEditionSections(units: Unit[], sink: DiagnosticSink): void {
  const live = units.filter((u) => u.kind !== 'dropped');
  const headings = live.flatMap((u, i) => (u.kind === 'heading' && !isEditionHeading(u) ? [i] : []));
  const first = headings[0] ?? live.length;
  const last = headings[headings.length - 1] ?? -1;
  for (let i = 0; i < live.length; i++) {
    const u = live[i] as Unit;
    if (!isEditionHeading(u) || (live[i + 1]?.gapBefore ?? 1) < 1) continue;
    const inFront = i < first && headings.length > 0;
    // After the last heading, the section must follow the story's text.
    const inTail = i > last && wordsOf(live.slice(last + 1, i)) > 0;
    if (!inFront && !inTail) continue;
    let end = i + 1;
    while (end < live.length && (live[end]?.kind !== 'heading' || isEditionHeading(live[end]!))) end++;
    const words = wordsOf(live.slice(i + 1, end));
    if (words > MOST_WORDS) continue;
    for (const gone of live.slice(i, end)) if (gone.note === undefined) gone.kind = 'dropped';
    const lastUnit = live[end - 1] as Unit;
    sink.info('edition-section', u.lines[0]?.no ?? 1, `"${unitText(u)}" is the edition's own page (imprint, colophon, licence), left out of the body`, {
      endLine: lastUnit.lines[lastUnit.lines.length - 1]?.no ?? 1,
    });
    i = end - 1;
  }
}
