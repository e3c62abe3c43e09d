import type { Book } from '../../book.js';
import type { Block, Inline, Manuscript, Note } from '../../model.js';
import { chapterHeading } from '../chapter-heading.js';
import { gatherNotes } from '../gather-notes.js';
import type { NotesMode, RenderContext, Renderer } from '../renderer.js';
import { countsLine, storyWords } from '../story-stats.js';
import { toAscii } from '../../transform/ascii.js';
import { TextLayout } from './text-layout.js';

interface TxtTheme {
  width: number;
  sceneBreak: string;
  noteIndent: number;
  contentsTitle: string;
  notesTitle: string;
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
        return this.out.paragraph(`[Illustration${b.caption.length ? `: ${plain(b.caption)}` : ''}]`);
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

  story(m: Manuscript, anthology: boolean): void {
    const meta = m.meta;
    this.titleBlock(meta.title ?? '', meta.subtitle, meta.author ? `by ${meta.author}` : null);
    if (meta.description) {
      this.out.blank();
      this.out.paragraph(`Summary: ${meta.description}`);
    }
    const fields = Object.entries(meta.fields);
    if (fields.length > 0) this.out.blank();
    for (const [k, v] of fields) this.out.paragraph(`${k}: ${v}`);
    for (const s of meta.status) {
      this.out.blank();
      this.out.paragraph(s);
    }
    this.out.blank();
    this.out.paragraph(countsLine(storyWords(m), m.chapters.length));
    if (!anthology) this.contents([...m.front.map((s) => s.title ?? 'Preface'), ...this.chapterTitles(m)].map((label) => ({ label, level: 0 })));
    this.notesHere(m.notesBefore);
    for (const section of m.front) {
      this.heading(section.title ?? 'Preface');
      for (const b of section.children) this.block(b);
    }
    m.chapters.forEach((chapter, i) => {
      const heading = chapterHeading(chapter, i, m.chapters.length);
      if (chapter.part !== null && chapter.part !== m.chapters[i - 1]?.part) this.heading(chapter.part.toUpperCase());
      if (heading) this.heading(heading.text);
      else this.out.blank(2);
      this.notesHere(chapter.notesBefore);
      for (const b of chapter.children) this.block(b);
      this.notesHere(chapter.notesAfter);
    });
    this.notesHere(m.notesAfter);
  }

  chapterTitles(m: Manuscript): string[] {
    return m.chapters.flatMap((c, i) => chapterHeading(c, i, m.chapters.length)?.text ?? []);
  }

  contents(entries: readonly { label: string; level: number }[]): void {
    if (entries.length < 2) return;
    this.out.blank(2);
    this.out.paragraph(this.theme.contentsTitle);
    this.out.blank();
    for (const e of entries) this.out.paragraph(e.label, 2 + e.level * 4);
  }
}

function renderTxt(book: Book, context: RenderContext): Promise<string> {
  const theme = JSON.parse(context.templates.text('txt/theme.json')) as TxtTheme;
  const { options } = context;
  const w = new TxtWriter(theme, options.width ?? theme.width, options.notes);
  const anthology = book.meta.kind === 'anthology';
  if (anthology) {
    const m = book.meta;
    w.titleBlock(m.title, m.subtitle, m.editor ? `edited by ${m.editor}` : m.authors.length ? `stories by ${m.authors.join(', ')}` : null);
    w.out.blank();
    w.out.centred(countsLine(book.stories.reduce((n, s) => n + storyWords(s), 0), 0, book.stories.length));
    w.contents(book.stories.flatMap((s) => [{ label: s.meta.title ?? '', level: 0 }, ...(s.chapters.length > 1 ? w.chapterTitles(s).map((label) => ({ label, level: 1 })) : [])]));
  }
  for (const story of book.stories) w.story(story, anthology);
  if (options.notes === 'end') {
    const gathered = gatherNotes(book);
    if (gathered.size > 0) {
      w.heading(theme.notesTitle);
      for (const g of gathered.values()) w.note(g.note, g.where);
    }
  }
  const text = w.out.toString(options.crlf ? '\r\n' : '\n');
  return Promise.resolve(options.ascii ? toAscii(text) : text);
}

export const txtRenderer: Renderer = {
  name: 'txt',
  extension: 'txt',
  description: 'plain text, UTF-8, wrapped at --width columns',
  render: renderTxt,
};
