/**
 * What a key of a JSON (or JSON Lines) story dump means, by its name: scrapers, archive APIs and writing apps
 * name their fields in plain words (`fiction_title`, `chapter_title`, `content`, `author_note_top`), so one table
 * reads them. Names are compared lower-case without `_`, `-` or spaces. A key no entry names is data (an id, a
 * date, a URL, a count) and left out.
 */
export type JsonRole =
  /** The work's title, on the work or repeated on every chapter. */
  | 'workTitle'
  /** A chapter's heading; on an object with no chapters below, the work's title too. */
  | 'title'
  | 'author'
  | 'description'
  /** The chapter's text: a string (plain or HTML) or a list of paragraphs. */
  | 'content'
  /** An author's note before the chapter's text. */
  | 'noteBefore'
  /** An author's note after it. */
  | 'noteAfter'
  /** The list of the work's chapters. */
  | 'chapters';

const ROLES: Readonly<Record<string, JsonRole>> = {
  fictiontitle: 'workTitle', storytitle: 'workTitle', booktitle: 'workTitle', worktitle: 'workTitle', noveltitle: 'workTitle', seriestitle: 'workTitle', fiction: 'workTitle', story: 'workTitle',
  title: 'title', chaptertitle: 'title', chaptername: 'title', heading: 'title', name: 'title', headline: 'title',
  author: 'author', authorname: 'author', creator: 'author', writer: 'author', byline: 'author', penname: 'author',
  description: 'description', summary: 'description', synopsis: 'description', blurb: 'description',
  content: 'content', contenthtml: 'content', body: 'content', bodyhtml: 'content', text: 'content', chaptertext: 'content', storytext: 'content', chaptercontent: 'content', paragraphs: 'content', html: 'content',
  chapters: 'chapters', items: 'chapters', entries: 'chapters', posts: 'chapters', parts: 'chapters', episodes: 'chapters',
};

/** An author's-note key (`author_note_top`, `notes_after`, `pre_note`) by where its words say the note stands. */
const NOTE_KEY = /note/;
const AFTER = /bottom|after|end|post|foot|closing/;

export const jsonKey = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

export function jsonRole(name: string): JsonRole | null {
  const key = jsonKey(name);
  const role = ROLES[key];
  if (role !== undefined) return role;
  if (NOTE_KEY.test(key)) return AFTER.test(key) ? 'noteAfter' : 'noteBefore';
  return null;
}
