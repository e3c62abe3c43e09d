import type { Block, Inline, Manuscript, Note } from '../../model.js';
import type { ChapterHeading } from '../chapter-heading.js';
import type { GatheredNote } from '../gather-notes.js';
import type { NotesMode } from '../renderer.js';
import type { Strings } from '../strings.js';
import type { Template, Templates } from '../templates.js';

export const NOTES_FILE = 'notes.xhtml';

/** The strings table as templates call it: `t('sceneBreak')`. */
const words = (strings: Strings) => strings.text.bind(strings);

/** Where the page being written lives, so a note reference can link back to it. */
export interface PageRef {
  filename: string;
}

export interface ChapterBody {
  kind: 'chapter' | 'front';
  epubType: string;
  part: string | null;
  heading: ChapterHeading | null;
  notesBefore: readonly Note[];
  children: readonly Block[];
  notesAfter: readonly Note[];
}

/**
 * Turns manuscript nodes into XHTML through the EPUB templates. All text
 * goes through EJS escaping (`<%= %>`), so `<script>`, `&` and `]]>` in a
 * story come out as text and every page stays well-formed.
 */
export class XhtmlWriter {
  readonly #t: Record<'inline' | 'blocks' | 'note' | 'noteRef' | 'chapter' | 'titlePage' | 'bookTitlePage' | 'notesSection' | 'cover', Template>;
  readonly #backRefs = new Map<Note, string>();
  #inlineNotes = 0;

  constructor(
    templates: Templates,
    private readonly mode: NotesMode,
    private readonly gathered: ReadonlyMap<Note, GatheredNote>,
  ) {
    this.#t = {
      inline: templates.compile('epub/inline.ejs'),
      blocks: templates.compile('epub/blocks.ejs'),
      note: templates.compile('epub/note.ejs'),
      noteRef: templates.compile('epub/note-ref.ejs'),
      chapter: templates.compile('epub/chapter.ejs'),
      titlePage: templates.compile('epub/title-page.ejs'),
      bookTitlePage: templates.compile('epub/book-title-page.ejs'),
      notesSection: templates.compile('epub/notes-section.ejs'),
      cover: templates.compile('epub/cover.xhtml.ejs'),
    };
  }

  readonly inline = (nodes: readonly Inline[]): string => this.#t.inline({ nodes, inline: this.inline });

  /** A note where it stood: the note itself, a link to the back of the book, or nothing. */
  note(note: Note, page: PageRef, strings: Strings): string {
    if (this.mode === 'omit') return '';
    const t = words(strings);
    if (this.mode === 'inline') {
      this.#inlineNotes += 1;
      return this.#t.note({ id: `note-${this.#inlineNotes}`, note, where: null, endnote: false, backHref: null, inline: this.inline, t });
    }
    const number = this.gathered.get(note)?.number ?? 0;
    this.#backRefs.set(note, `${page.filename}#ref-${number}`);
    return this.#t.noteRef({ refId: `ref-${number}`, href: `${NOTES_FILE}#note-${number}`, note, t });
  }

  notes(notes: readonly Note[], page: PageRef, strings: Strings): string {
    return notes.map((n) => this.note(n, page, strings)).join('');
  }

  blocks(blocks: readonly Block[], page: PageRef, strings: Strings): string {
    return this.#t.blocks({ blocks, inline: this.inline, note: (n: Note) => this.note(n, page, strings), t: words(strings) });
  }

  chapter(body: ChapterBody, strings: Strings, page: PageRef): string {
    return this.#t.chapter({
      kind: body.kind,
      epubType: body.epubType,
      part: body.part,
      heading: body.heading,
      before: this.notes(body.notesBefore, page, strings),
      body: this.blocks(body.children, page, strings),
      after: this.notes(body.notesAfter, page, strings),
    });
  }

  titlePage(story: Manuscript, notesBefore: readonly Note[], counts: string, strings: Strings, page: PageRef): string {
    const m = story.meta;
    return this.#t.titlePage({
      title: m.title,
      subtitle: m.subtitle,
      byline: m.author ? strings.text('by', { author: m.author }) : null,
      t: words(strings),
      summary: (m.description ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
      fields: Object.entries(m.fields).map(([key, value]) => ({ key, value })),
      status: m.status,
      counts,
      notes: this.notes(notesBefore, page, strings),
    });
  }

  bookTitlePage(data: { title: string; subtitle: string | null; editor: string | null; authors: readonly string[]; counts: string }, strings: Strings): string {
    return this.#t.bookTitlePage({
      title: data.title,
      subtitle: data.subtitle,
      editedBy: data.editor ? strings.text('editedBy', { editor: data.editor }) : null,
      storiesBy: data.authors.length > 0 ? strings.text('storiesBy', { authors: strings.list(data.authors) }) : null,
      counts: data.counts,
    });
  }

  cover(src: string, alt: string): string {
    return this.#t.cover({ src, alt });
  }

  /** The "Author's Notes" section of `--notes end`, each note linking back to where it stood. */
  notesSection(title: string, strings: Strings): string {
    const t = words(strings);
    const notes = [...this.gathered.values()].map((g) =>
      this.#t.note({ id: `note-${g.number}`, note: g.note, where: g.where, endnote: true, backHref: this.#backRefs.get(g.note) ?? null, inline: this.inline, t }),
    );
    return this.#t.notesSection({ title, notes: notes.join('') });
  }
}
