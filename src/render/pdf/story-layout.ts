/// <reference types="pdfkit" />
import type { Manuscript } from '../../model.js';
import { chapterHeading, type ChapterHeading } from '../chapter-heading.js';
import { countsLine, storyWords } from '../story-stats.js';
import { centredStyle, type BlockLayout, type Struct, type TextStyle } from './block-layout.js';
import type { ContentsEntry } from './contents.js';
import type { PageFlow } from './page-flow.js';

type Outline = PDFKit.PDFOutline;

export interface StoryPlan {
  story: Manuscript;
  /** Contents entries of this story: its title (in an anthology) and its chapters, in order. */
  entries: ContentsEntry[];
  dest: string;
}

/** Contents entries and destination names for a story, before anything is laid out. */
export function planStory(story: Manuscript, n: number, anthology: boolean): StoryPlan {
  const dest = `story-${n}`;
  const entries: ContentsEntry[] = [];
  if (anthology) entries.push({ label: story.meta.title ?? '', level: 0, dest, page: 0 });
  const level = anthology ? 1 : 0;
  story.front.forEach((s, i) => entries.push({ label: s.title ?? 'Preface', level, dest: `${dest}-front-${i + 1}`, page: 0 }));
  story.chapters.forEach((c, i) => {
    const heading = chapterHeading(c, i, story.chapters.length);
    if (heading !== null) entries.push({ label: heading.text, level, dest: `${dest}-chapter-${i + 1}`, page: 0 });
  });
  return { story, entries, dest };
}

/** Sets one story: its title page, front sections and chapters, each chapter on a new page. */
export class StoryLayout {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly flow: PageFlow,
    private readonly blocks: BlockLayout,
    private readonly recto: boolean,
  ) {}

  #mark(plan: StoryPlan, dest: string): void {
    this.doc.addNamedDestination(dest);
    const entry = plan.entries.find((e) => e.dest === dest);
    if (entry) entry.page = this.flow.pageNumber;
  }

  titlePage(plan: StoryPlan, parent: Struct, outline: Outline): Outline {
    const { story } = plan;
    const m = story.meta;
    const t = this.blocks.theme.titlePage;
    const title = m.title ?? '';
    this.flow.setRunning(title, title);
    this.flow.newPage('title', this.recto);
    this.#mark(plan, plan.dest);
    const item = outline.addItem(title);
    this.flow.y = this.flow.top + (this.flow.bottom - this.flow.top) * t.fromTop;
    const line = story.chapters[0]?.position.start.line ?? 1;
    const set = (type: string, text: string, face: 'regular' | 'italic', style: TextStyle): void => this.blocks.text(parent, type, text, face, style, line);
    set('H1', title, 'regular', centredStyle(t.titleSize, t.titleLeading));
    if (m.subtitle) set('P', m.subtitle, 'italic', centredStyle(t.subtitleSize, t.subtitleSize * 1.3));
    this.flow.y += t.authorSize;
    if (m.author) set('P', `by ${m.author}`, 'regular', centredStyle(t.authorSize, t.authorSize * 1.4));
    this.flow.y += t.authorSize * 1.5;
    const small: TextStyle = { size: t.summarySize, leading: t.summarySize * 1.35, indent: 0, align: 'justify', inset: 12, hyphenate: true };
    for (const p of (m.description ?? '').split(/\n\s*\n/).filter((s) => s.trim() !== '')) {
      set('P', p.replace(/\s+/g, ' ').trim(), 'italic', small);
      this.flow.y += 4;
    }
    const fieldStyle: TextStyle = { ...small, size: t.fieldSize, leading: t.fieldSize * 1.35, align: 'left' };
    for (const [key, value] of Object.entries(m.fields)) set('P', `${key}: ${value}`, 'regular', fieldStyle);
    for (const s of m.status) set('P', s, 'italic', centredStyle(t.fieldSize, t.fieldSize * 1.4));
    set('P', countsLine(storyWords(story), story.chapters.length), 'regular', centredStyle(t.fieldSize, t.fieldSize * 1.6));
    this.blocks.flush = true;
    for (const note of story.notesBefore) this.blocks.note(parent, note);
    return item;
  }

  #opening(plan: StoryPlan, dest: string, heading: ChapterHeading | null, part: string | null, line: number, parent: Struct, outline: Outline): void {
    const c = this.blocks.theme.chapter;
    this.flow.setRunning(plan.story.meta.title ?? '', heading?.text ?? plan.story.meta.title ?? '');
    this.flow.newPage('opening', this.recto);
    this.#mark(plan, dest);
    if (heading) outline.addItem(heading.text);
    this.flow.y = this.flow.top + c.dropFromTop;
    if (part) {
      this.blocks.text(parent, 'H2', part.toUpperCase(), 'regular', centredStyle(c.partSize, c.partSize * 1.4), line);
      this.flow.y += c.partSize;
    }
    if (heading) {
      this.blocks.tagged(parent, 'H2', () => {
        if (heading.number) {
          const lines = this.blocks.lines([{ text: heading.number, face: 'regular', smallCaps: true }], centredStyle(c.numberSize, c.numberSize * 1.8), line, false);
          this.blocks.placeLines(lines, centredStyle(c.numberSize, c.numberSize * 1.8));
        }
        if (heading.title) {
          const lines = this.blocks.lines([{ text: heading.title, face: 'regular' }], centredStyle(c.titleSize, c.titleLeading), line, false);
          this.blocks.placeLines(lines, centredStyle(c.titleSize, c.titleLeading));
        }
      });
      this.flow.y += c.gapAfter;
    }
    this.blocks.toGrid();
    this.blocks.flush = true;
  }

  /** Front sections and chapters of the story, with story-end notes after the last chapter. */
  body(plan: StoryPlan, parent: Struct, outline: Outline): void {
    const { story } = plan;
    story.front.forEach((section, i) => {
      const label = section.title ?? 'Preface';
      const sect = this.doc.struct('Sect');
      parent.add(sect);
      this.#opening(plan, `${plan.dest}-front-${i + 1}`, { number: null, title: label, text: label }, null, section.position.start.line, sect, outline);
      for (const b of section.children) this.blocks.block(sect, b);
      sect.end();
    });
    let part: string | null = null;
    story.chapters.forEach((chapter, i) => {
      const heading = chapterHeading(chapter, i, story.chapters.length);
      const newPart = chapter.part !== null && chapter.part !== part ? chapter.part : null;
      part = chapter.part;
      const sect = this.doc.struct('Sect');
      parent.add(sect);
      this.#opening(plan, `${plan.dest}-chapter-${i + 1}`, heading, newPart, chapter.position.start.line, sect, outline);
      for (const note of chapter.notesBefore) this.blocks.note(sect, note);
      for (const b of chapter.children) this.blocks.block(sect, b);
      for (const note of chapter.notesAfter) this.blocks.note(sect, note);
      if (i === story.chapters.length - 1) for (const note of story.notesAfter) this.blocks.note(sect, note);
      sect.end();
    });
  }
}
