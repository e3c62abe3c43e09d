/// <reference types="pdfkit" />
import type { ChapterHeading } from '../chapter-heading.js';
import type { StoryInOrder } from '../reading-order.js';
import { countsLine, storyWords } from '../story-stats.js';
import { centredStyle, type BlockLayout, type Struct, type TextStyle } from './block-layout.js';
import type { ContentsEntry } from './contents.js';
import type { PageFlow } from './page-flow.js';

type Outline = PDFKit.PDFOutline;

export interface StoryPlan {
  order: StoryInOrder;
  /** Contents entries of this story: its title (in an anthology) and its chapters, in order. */
  entries: ContentsEntry[];
  dest: string;
}

/** Contents entries and destination names for a story, before anything is laid out. */
export function planStory(order: StoryInOrder, n: number, anthology: boolean): StoryPlan {
  const dest = `story-${n}`;
  const entries: ContentsEntry[] = [];
  if (anthology) entries.push({ label: order.story.meta.title ?? '', level: 0, dest, page: 0 });
  const level = anthology ? 1 : 0;
  for (const s of order.sections) if (s.heading !== null) entries.push({ label: s.heading.text, level, dest: sectionDest(dest, s), page: 0 });
  return { order, entries, dest };
}

const sectionDest = (dest: string, s: StoryInOrder['sections'][number]): string => `${dest}-${s.kind}-${s.number}`;

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
    const { story, strings } = plan.order;
    this.blocks.words = strings;
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
    if (m.author) set('P', strings.text('by', { author: m.author }), 'regular', centredStyle(t.authorSize, t.authorSize * 1.4));
    this.flow.y += t.authorSize * 1.5;
    const small: TextStyle = { size: t.summarySize, leading: t.summarySize * 1.35, indent: 0, align: 'justify', inset: 12, hyphenate: true };
    for (const p of (m.description ?? '').split(/\n\s*\n/).filter((s) => s.trim() !== '')) {
      set('P', p.replace(/\s+/g, ' ').trim(), 'italic', small);
      this.flow.y += 4;
    }
    const fieldStyle: TextStyle = { ...small, size: t.fieldSize, leading: t.fieldSize * 1.35, align: 'left' };
    for (const [key, value] of Object.entries(m.fields)) set('P', `${key}: ${value}`, 'regular', fieldStyle);
    for (const s of m.status) set('P', s, 'italic', centredStyle(t.fieldSize, t.fieldSize * 1.4));
    set('P', countsLine(strings, storyWords(story), story.chapters.length), 'regular', centredStyle(t.fieldSize, t.fieldSize * 1.6));
    this.blocks.flush = true;
    for (const note of plan.order.notesBefore) this.blocks.note(parent, note);
    return item;
  }

  #opening(plan: StoryPlan, dest: string, heading: ChapterHeading | null, part: string | null, line: number, parent: Struct, outline: Outline): void {
    const c = this.blocks.theme.chapter;
    const title = plan.order.story.meta.title ?? '';
    this.flow.setRunning(title, heading?.text ?? title);
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

  /** Front sections and chapters of the story, each on a new page, the story's closing notes after the last. */
  body(plan: StoryPlan, parent: Struct, outline: Outline): void {
    for (const section of plan.order.sections) {
      const sect = this.doc.struct('Sect');
      parent.add(sect);
      this.#opening(plan, sectionDest(plan.dest, section), section.heading, section.part, section.line, sect, outline);
      for (const note of section.notesBefore) this.blocks.note(sect, note);
      for (const b of section.children) this.blocks.block(sect, b);
      for (const note of section.notesAfter) this.blocks.note(sect, note);
      sect.end();
    }
    for (const note of plan.order.notesAfter) this.blocks.note(parent, note);
  }
}
