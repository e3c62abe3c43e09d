import type { Line } from './lines.js';
import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript, Note } from '../model.js';
import { AFTERWORD_HEADING, matchNoteLabel } from './rules/notes.js';
import { WIKI_EDIT } from './rules/decoration.js';
import { countWords } from '../model-text.js';
import { inlineText } from './inline.js';

/** In a story without headings the chapter's edge notes are the story's; AO3's `End Notes` always are. */
export function placeStoryNotes(m: Manuscript, headed: boolean): void {
  const story = (notes: Note[], place: 'storyStart' | 'storyEnd'): Note[] => notes.map((n) => ({ ...n, place }));
  const only = m.chapters.length === 1 ? m.chapters[0] : undefined;
  if (!headed && only) {
    m.notesBefore.push(...story(only.notesBefore, 'storyStart'));
    m.notesAfter.push(...story(only.notesAfter, 'storyEnd'));
    only.notesBefore = [];
    only.notesAfter = [];
  }
  const last = m.chapters[m.chapters.length - 1];
  if (last) {
    // A post's closing `Edit:` amends the whole post: in a work of one chapter it is the story's.
    const isStoryEnd = (n: Note): boolean => /^end notes?$/i.test(n.label) || (m.chapters.length === 1 && matchNoteLabel(`${n.label}:`)?.ruleId === 'note-edit');
    m.notesAfter.push(...story(last.notesAfter.filter(isStoryEnd), 'storyEnd'));
    last.notesAfter = last.notesAfter.filter((n) => !isStoryEnd(n));
  }
  m.notesBefore = story(m.notesBefore, 'storyStart');
}

/**
 * A last section headed `Afterword` (or by a note label) that holds only the author's notes is the story's
 * closing note, not a chapter without words: troff's `.SH Afterword` over `.I "A/N:"`,
 * AO3's text download's `Afterword` over its `End Notes`.
 */
export function closingNoteSection(m: Manuscript, sink: DiagnosticSink): boolean {
  const last = m.chapters[m.chapters.length - 1];
  if (m.chapters.length < 2 || !last || last.heading === null || last.number !== null) return false;
  // An `Afterword` of a few lines of plain talk (`If you enjoyed this, the zine comes out in spring!`) is the note itself.
  const paragraphs = last.children.filter((b) => b.type === 'paragraph');
  const talk = paragraphs.length > 0 && paragraphs.length === last.children.length && countWords(paragraphs.map((p) => inlineText(p.children)).join(' ')) <= AFTERWORD_TALK_WORDS;
  if (talk && AFTERWORD_HEADING.test(last.heading.trim()) && last.notesBefore.length + last.notesAfter.length === 0) {
    m.chapters.pop();
    m.notesAfter.push({ type: 'note', label: last.heading.trim(), place: 'storyEnd', children: paragraphs, position: last.position });
    sink.info('afterword-note', last.position.start.line, `the closing section "${last.heading.trim()}" is a few lines to readers, so it is the story's closing note, not a chapter`);
    return true;
  }
  if (last.children.length > 0) return false;
  const notes = [...last.notesBefore, ...last.notesAfter];
  const heading = last.heading.trim();
  if (notes.length === 0 || !isClosingNoteHeading(heading)) return false;
  m.chapters.pop();
  m.notesAfter.push(...notes.map((n) => ({ ...n, place: 'storyEnd' as const })));
  sink.info('afterword-note', last.position.start.line, `the closing section "${heading}" holds only the author's note, so it is the story's closing note, not a chapter`);
  return true;
}

/** Words an afterword of talk to readers runs to at most. */
const AFTERWORD_TALK_WORDS = 60;

/** `Afterword`, or a note label standing as a heading (`Author's Note`). */
export function isClosingNoteHeading(heading: string): boolean {
  const t = heading.trim();
  return AFTERWORD_HEADING.test(t) || matchNoteLabel(/[:：]$/.test(t) ? t : `${t}:`) !== null;
}

/** AO3's page under a work: its series box and kudos; a chapter page has its chapter links there too. */
const AO3_WORK_FOOT = /^(?:series this work belongs to:|kudos(?: ♥)?|kudos \(\d+\)|.* left kudos on this work!)$/i;
const CHAPTER_LINKS = /(?:← previous chapter|next chapter →)/i;
/** AO3's pointers in a preface to the notes at the end: of the whole work, or of the chapter. */
const WORK_END_POINTER = /^\(?see the end of the work for (?:more )?notes\.?\)?$/i;
const CHAPTER_END_POINTER = /^\(?see the end of the chapter for (?:more )?notes\.?\)?$/i;

/**
 * A work copied from AO3's page shows the last chapter's end notes and the work's own end notes alike, under
 * `Notes:`. The notes closing the whole work stand right over the work's foot (its series box, kudos) with no
 * chapter links between, as a chapter page would have: those are the work's.
 */
export function ao3WorkEndNotes(m: Manuscript, lines: readonly Line[], sink: DiagnosticSink): void {
  const last = m.chapters[m.chapters.length - 1];
  const note = last?.notesAfter[last.notesAfter.length - 1];
  if (!last || !note || !/^notes?$/i.test(note.label) || m.chapters.length < 2) return;
  const after = lines.slice(note.position.end.line, note.position.end.line + 12).filter((l) => !l.blank).map((l) => l.trimmed);
  const foot = after.findIndex((t) => AO3_WORK_FOOT.test(t));
  // (Or the work's preface points to its end notes: the last `Notes:` are those, and the ones over them the last
  // chapter's, where its own preface points to its end.)
  const pointed = lines.some((l) => WORK_END_POINTER.test(l.trimmed));
  const chapterPointed = lines.slice(last.position.start.line - 1, note.position.start.line - 1).some((l) => CHAPTER_END_POINTER.test(l.trimmed));
  const worksOwn = pointed && (!chapterPointed || last.notesAfter.length >= 2);
  // The work's own `End Notes:` between them and the foot are the work's; the `Notes:` over them stay the chapter's.
  if (!worksOwn && (foot === -1 || after.slice(0, foot).some((t) => CHAPTER_LINKS.test(t) || /^end notes?:?$/i.test(t)))) return;
  last.notesAfter.pop();
  m.notesAfter.push({ ...note, place: 'storyEnd' });
  sink.info('note-ao3-work-end', note.position.start.line, "the notes over AO3's work foot (series, kudos) are the work's end notes, not the last chapter's");
}

/**
 * Notes that stand beside the chapters rather than in the last: a wiki page's note section, headed like the chapters'
 * sections with the wiki's edit link (`Author's Note[edit | edit source]` after `Chapter 2: Paid in Full[edit | edit source]`),
 * or those a reader of the text places after the work's end (`outside`: 1-based lines, a script's note after its end card).
 */
export function notesBesideChapters(m: Manuscript, lines: readonly Line[], outside: ReadonlySet<number>, sink: DiagnosticSink): void {
  const last = m.chapters[m.chapters.length - 1];
  if (!last) return;
  const beside = (n: Note): boolean => outside.has(n.position.start.line) || (m.chapters.length >= 2 && WIKI_EDIT.test(lines[n.position.start.line - 1]?.trimmed ?? ''));
  const sections = last.notesAfter.filter(beside);
  if (sections.length === 0) return;
  last.notesAfter = last.notesAfter.filter((n) => !sections.includes(n));
  m.notesAfter.push(...sections.map((n) => ({ ...n, place: 'storyEnd' as const })));
  sink.info('note-beside-chapters', sections[0]!.position.start.line, "the note stands beside the chapters (a wiki's note section, a note after the work's end): the work's closing note");
}
