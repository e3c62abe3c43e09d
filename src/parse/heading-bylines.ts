import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript, Paragraph } from '../model.js';
import { inlineText } from './inline.js';
import { BY_TAIL } from './rules/header-labels.js';

/**
 * Archives that print the writer after every chapter's title (eFiction's printable story: `Capítulo 1: Seis días más
 * por nieblas_de_agosto`): when every titled chapter, two or more, ends in a by-word and the same name, the name is
 * the by-line's, not the titles'.
 */
export function dropHeadingBylines(m: Manuscript, sink: DiagnosticSink): void {
  const titled = m.chapters.filter((c) => c.title !== null);
  if (titled.length < 2) return;
  const names = titled.map((c) => BY_TAIL.exec(c.title!)?.[1] ?? null);
  const name = names[0];
  if (name == null || !names.every((n) => n === name)) return;
  for (const c of titled) c.title = c.title!.replace(BY_TAIL, '');
  sink.info('heading-byline-tail', titled[0]!.position.start.line, `every chapter's title ends in its writer's name ("… ${name}"): the name left out of the titles`);
}

/** A credit in brackets: a few words, one of them capitalised, no sentence in it (`(Ane eta Jon)`, `(Maialen)`). */
const CREDIT = /^\((?=[^()]*\p{Lu})[\p{L}\p{M}.'’ ,&-]{2,60}\)$/u;

/**
 * Chapters written by turns (a class's pad, a round-robin, a collaboration) set who wrote each under its
 * heading, in brackets: `LEHENENGO KAPITULUA: …` / `(Ane eta Jon)`. When most chapters, two or more, open so,
 * the brackets are the chapters' credits, not their first words.
 */
export function dropChapterCredits(m: Manuscript, sink: DiagnosticSink): void {
  const credit = (c: Manuscript['chapters'][number]): Paragraph | null => {
    const first = c.children[0];
    if (first?.type !== 'paragraph') return null;
    const text = inlineText(first.children).trim();
    return CREDIT.test(text) && text.split(/\s+/).length <= 6 ? first : null;
  };
  const credited = m.chapters.filter((c) => credit(c) !== null);
  if (credited.length < 2 || credited.length * 2 <= m.chapters.length) return;
  for (const c of credited) {
    const p = credit(c)!;
    c.children.shift();
    sink.info('chapter-credit', p.position.start.line, `"${inlineText(p.children).trim()}" under the heading names who wrote the chapter: left out of its text`);
  }
}
