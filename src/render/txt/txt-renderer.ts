import type { Book } from '../../book.js';
import type { Block, Inline, Note } from '../../model.js';
import { readingOrder, type StoryInOrder } from '../reading-order.js';
import type { NotesMode, RenderContext, Renderer } from '../renderer.js';
import { countsLine, storyWords } from '../story-stats.js';
import type { Strings } from '../strings.js';
import type { TxtOptions } from './txt-options.js';
import { toAscii } from '../../transform/ascii.js';
import { TextLayout } from './text-layout.js';

interface TxtTheme {
  width: number;
  sceneBreak: string;
  noteIndent: number;
  headingRule: string;
  titleRule: string;
}

/** Emphasis as `_x_` and strong as `**x**`, the plain-text conventions readers know from email and pandoc. */
function plain(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'break' ? '\n' : n.type === 'emphasis' ? `_${plain(n.children)}_` : `**${plain(n.children)}**`)).join('');
}

class TxtWriter {
  readonly out: TextLayout;

  constructor(
    private readonly theme: TxtTheme,
    width: number,
    private readonly notes: NotesMode,
    private readonly strings: Strings,
  ) {
    this.out = new TextLayout(width);
  }

  note(note: Note, where: string | null = null): void {
    const indent = this.theme.noteIndent;
    this.out.blank();
    this.out.paragraph(`${note.label}:${where ? ` (${where})` : ''}`, indent);
    for (const p of note.children) this.out.paragraph(plain(p.children), indent);
    this.out.blank();
  }

  notesHere(notes: readonly Note[]): void {
    if (this.notes === 'inline') for (const n of notes) this.note(n);
  }

  block(b: Block): void {
    switch (b.type) {
      case 'paragraph':
        this.out.blank();
        return this.out.paragraph(plain(b.children));
      case 'sceneBreak':
        this.out.blank(b.kind === 'soft' && !b.label ? 2 : 1);
        if (b.label) this.out.centred(b.label);
        else if (b.kind === 'hard') this.out.centred(this.theme.sceneBreak);
        return;
      case 'pov':
      case 'ornament':
        this.out.blank();
        return this.out.centred(b.type === 'pov' ? b.name : b.text);
      case 'illustration':
        this.out.blank();
        return this.out.paragraph(`[${this.strings.text('illustration')}${b.caption.length ? `: ${plain(b.caption)}` : ''}]`);
      case 'note':
        return this.notesHere([b]);
    }
  }

  heading(text: string): void {
    this.out.blank(3);
    this.out.centred(text);
    this.out.blank(2);
  }

  titleBlock(title: string, subtitle: string | null, byline: string | null): void {
    this.out.blank(3);
    this.out.rule(this.theme.titleRule, title);
    this.out.blank();
    this.out.centred(title);
    if (subtitle) this.out.centred(subtitle);
    if (byline) {
      this.out.blank();
      this.out.centred(byline);
    }
    this.out.blank();
    this.out.rule(this.theme.titleRule, title);
  }

  story({ story: m, strings, notesBefore, sections, notesAfter }: StoryInOrder, anthology: boolean): void {
    const meta = m.meta;
    this.titleBlock(meta.title ?? '', meta.subtitle, meta.author ? strings.text('by', { author: meta.author }) : null);
    if (meta.description) {
      this.out.blank();
      this.out.paragraph(`${strings.text('summary')}: ${meta.description}`);
    }
    const fields = Object.entries(meta.fields);
    if (fields.length > 0) this.out.blank();
    for (const [k, v] of fields) this.out.paragraph(`${k}: ${v}`);
    for (const s of meta.status) {
      this.out.blank();
      this.out.paragraph(s);
    }
    this.out.blank();
    this.out.paragraph(countsLine(strings, storyWords(m), m.chapters.length));
    if (!anthology) this.contents(headings(sections).map((label) => ({ label, level: 0 })));
    this.notesHere(notesBefore);
    for (const section of sections) {
      if (section.part !== null) this.heading(section.part.toUpperCase());
      if (section.heading) this.heading(section.heading.text);
      else this.out.blank(2);
      this.notesHere(section.notesBefore);
      for (const b of section.children) this.block(b);
      this.notesHere(section.notesAfter);
    }
    this.notesHere(notesAfter);
  }

  contents(entries: readonly { label: string; level: number }[]): void {
    if (entries.length < 2) return;
    this.out.blank(2);
    this.out.paragraph(this.strings.text('contents'));
    this.out.blank();
    for (const e of entries) this.out.paragraph(e.label, 2 + e.level * 4);
  }
}

/** The headings of a story's sections, for its contents. */
const headings = (sections: StoryInOrder['sections']): string[] => sections.flatMap((s) => s.heading?.text ?? []);

function renderTxt(book: Book, context: RenderContext<TxtOptions>): Promise<{ data: string }> {
  const theme = JSON.parse(context.templates.text('txt/theme.json')) as TxtTheme;
  const { options } = context;
  const order = readingOrder(book, { notes: options.notes, templates: context.templates });
  const strings = order.strings;
  const w = new TxtWriter(theme, options.width ?? theme.width, options.notes, strings);
  const anthology = book.meta.kind === 'anthology';
  if (anthology) {
    const m = book.meta;
    w.titleBlock(m.title, m.subtitle, m.editor ? strings.text('editedBy', { editor: m.editor }) : m.authors.length ? strings.text('storiesBy', { authors: strings.list(m.authors) }) : null);
    w.out.blank();
    w.out.centred(countsLine(strings, book.stories.reduce((n, s) => n + storyWords(s), 0), 0, book.stories.length));
    w.contents(order.stories.flatMap((s) => [{ label: s.story.meta.title ?? '', level: 0 }, ...(s.story.chapters.length > 1 ? headings(s.sections.filter((x) => x.kind === 'chapter')).map((label) => ({ label, level: 1 })) : [])]));
  }
  for (const story of order.stories) w.story(story, anthology);
  if (order.notes.size > 0) {
    w.heading(strings.text('authorsNotes'));
    for (const g of order.notes.values()) w.note(g.note, g.where);
  }
  const text = w.out.toString(options.crlf ? '\r\n' : '\n');
  return Promise.resolve({ data: options.ascii ? toAscii(text) : text });
}

export const txtRenderer: Renderer<TxtOptions> = {
  name: 'txt',
  extension: 'txt',
  description: 'plain text, UTF-8, wrapped at --width columns',
  render: renderTxt,
};
