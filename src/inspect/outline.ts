import { inlineText } from '../parse/inline.js';
import { bodyText, countWords } from '../model-text.js';
import type { Chapter, Diagnostic, FrontSection, Manuscript, Note } from '../model.js';
import { unsureDecisions, type UnsureDecision } from './unsure.js';

/** The stable JSON shape of `quire inspect --json` (documented in the README). */
export interface NoteOutline {
  label: string;
  text: string;
  line: number;
}

export interface ChapterOutline {
  number: number | null;
  title: string | null;
  part: string | null;
  line: number;
  notesBefore: NoteOutline[];
  notesAfter: NoteOutline[];
  sceneBreaks: number;
  softBreaks: number;
  povMarkers: string[];
  ornaments: string[];
  firstWords: string;
  wordCount: number;
  /** A headed section before chapter 1 that the book sets apart from the numbered chapters (a preface, an etymology). */
  front?: true;
}

/** Untitled material before the first heading that belongs to the book (an epigraph, a dedication). */
export interface FrontSectionOutline {
  line: number;
  wordCount: number;
}

export interface ManuscriptOutline {
  file: string;
  encoding: string;
  title: string | null;
  subtitle: string | null;
  author: string | null;
  description: string | null;
  language: string;
  fields: Record<string, string>;
  status: string[];
  notesBefore: NoteOutline[];
  notesAfter: NoteOutline[];
  front: FrontSectionOutline[];
  /** Every headed section in reading order: a titled front section (PREFACE), then the chapters. */
  chapters: ChapterOutline[];
  wordCount: number;
  diagnostics: Omit<Diagnostic, 'file'>[];
  /** Decisions made on weak evidence, each with the quire.yaml line that corrects it. */
  unsure: UnsureDecision[];
}


function noteOutline(note: Note): NoteOutline {
  return { label: note.label, text: note.children.map((p) => inlineText(p.children)).join('\n\n'), line: note.position.start.line };
}

/** The first `n` words of `text`, read from its start only (a chapter of a novel is split no further). */
function firstWords(text: string, n: number): string {
  const words: string[] = [];
  for (const [word] of text.matchAll(/\S+/g)) if (words.push(word) === n) break;
  return words.join(' ');
}

type Section = Pick<Chapter, 'number' | 'title' | 'part' | 'notesBefore' | 'notesAfter' | 'children' | 'position'>;

function frontOutline(front: FrontSection): ChapterOutline {
  return { ...chapterOutline({ ...front, number: null, part: null, notesBefore: [], notesAfter: [] }), front: true };
}

function chapterOutline(chapter: Section): ChapterOutline {
  const body = bodyText(chapter.children);
  // A break ending the chapter (an edition's closing ornament), or standing over its closing line (`* * *` /
  // `THE END`), separates nothing; a numbered section's label (`I.`) counts wherever it stands, and so does a
  // break opening the chapter, which stands for one.
  const kids = chapter.children;
  const last = kids.findLastIndex((b) => b.type !== 'sceneBreak' && b.type !== 'ornament');
  const breaks = (kind: 'hard' | 'soft'): number => kids.filter((b, i) => b.type === 'sceneBreak' && b.kind === kind && (i < last || b.label !== null)).length;
  return {
    number: chapter.number,
    title: chapter.title,
    part: chapter.part,
    line: chapter.position.start.line,
    notesBefore: chapter.notesBefore.map(noteOutline),
    notesAfter: chapter.notesAfter.map(noteOutline),
    sceneBreaks: breaks('hard'),
    softBreaks: breaks('soft'),
    povMarkers: chapter.children.flatMap((b) => (b.type === 'pov' ? [b.name] : [])),
    ornaments: chapter.children.flatMap((b) => (b.type === 'ornament' ? [b.text] : [])),
    firstWords: firstWords(body, 5),
    wordCount: countWords(body),
  };
}

export function outline(m: Manuscript): ManuscriptOutline {
  const titled = m.front.filter((s) => s.title !== null);
  const front = m.front.filter((s) => s.title === null).map((s) => ({ line: s.position.start.line, wordCount: countWords(bodyText(s.children)) }));
  const chapters = [...titled.map(frontOutline), ...m.chapters.map(chapterOutline)];
  return {
    file: m.file,
    encoding: m.encoding,
    title: m.meta.title,
    subtitle: m.meta.subtitle,
    author: m.meta.author,
    description: m.meta.description,
    language: m.meta.language,
    fields: m.meta.fields,
    status: m.meta.status,
    notesBefore: m.notesBefore.map(noteOutline),
    notesAfter: m.notesAfter.map(noteOutline),
    front,
    chapters,
    wordCount: front.reduce((n, s) => n + s.wordCount, 0) + chapters.reduce((n, c) => n + c.wordCount, 0),
    diagnostics: m.diagnostics.map(({ file: _file, ...d }) => d),
    unsure: unsureDecisions(m.diagnostics),
  };
}
