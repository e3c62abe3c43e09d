import type { Block, Inline, Manuscript, Note } from '../../model.js';
import type { ChapterHeading } from '../chapter-heading.js';
import type { GatheredNote } from '../gather-notes.js';
import type { NotesMode } from '../renderer.js';
import type { Template, Templates } from '../templates.js';

export const NOTES_FILE = 'notes.xhtml';

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
  note(note: Note, page: PageRef): string {
    if (this.mode === 'omit') return '';
    if (this.mode === 'inline') {
      this.#inlineNotes += 1;
      return this.#t.note({ id: `note-${this.#inlineNotes}`, note, where: null, endnote: false, backHref: null, inline: this.inline });
    }
    const number = this.gathered.get(note)?.number ?? 0;
    this.#backRefs.set(note, `${page.filename}#ref-${number}`);
    return this.#t.noteRef({ refId: `ref-${number}`, href: `${NOTES_FILE}#note-${number}`, note });
  }

  notes(notes: readonly Note[], page: PageRef): string {
    return notes.map((n) => this.note(n, page)).join('');
  }

  blocks(blocks: readonly Block[], page: PageRef): string {
    return this.#t.blocks({ blocks, inline: this.inline, note: (n: Note) => this.note(n, page) });
  }

  chapter(body: ChapterBody, page: PageRef): string {
    return this.#t.chapter({
      kind: body.kind,
      epubType: body.epubType,
      part: body.part,
      heading: body.heading,
      before: this.notes(body.notesBefore, page),
      body: this.blocks(body.children, page),
      after: this.notes(body.notesAfter, page),
    });
  }

  titlePage(story: Manuscript, counts: string, page: PageRef): string {
    const m = story.meta;
    return this.#t.titlePage({
      title: m.title,
      subtitle: m.subtitle,
      author: m.author,
      summary: (m.description ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
      fields: Object.entries(m.fields).map(([key, value]) => ({ key, value })),
      status: m.status,
      counts,
      notes: this.notes(story.notesBefore, page),
    });
  }

  bookTitlePage(data: { title: string; subtitle: string | null; editor: string | null; authors: readonly string[]; counts: string }): string {
    return this.#t.bookTitlePage({ ...data });
  }

  cover(src: string, alt: string): string {
    return this.#t.cover({ src, alt });
  }

  /** The "Author's Notes" section of `--notes end`, each note linking back to where it stood. */
  notesSection(title: string): string {
    const notes = [...this.gathered.values()].map((g) =>
      this.#t.note({ id: `note-${g.number}`, note: g.note, where: g.where, endnote: true, backHref: this.#backRefs.get(g.note) ?? null, inline: this.inline }),
    );
    return this.#t.notesSection({ title, notes: notes.join('') });
  }
}
