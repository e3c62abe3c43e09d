import PDFDocument from 'pdfkit';
import type { Book } from '../../book.js';
import type { Manuscript } from '../../model.js';
import { bookDate } from '../book-identity.js';
import { readingOrder } from '../reading-order.js';
import { countsLine, storyWords } from '../story-stats.js';
import { BlockLayout, centredStyle, type TextStyle } from './block-layout.js';
import { withCjkFont } from './cjk-font.js';
import { ContentBytes } from './content-bytes.js';
import { contentsPageCount, drawContents, type ContentsEntry } from './contents.js';
import { FontSet } from './font-set.js';
import { hyphenatorFor } from './hyphenate.js';
import { drawPageFurniture } from './page-furniture.js';
import { deflatePage } from './page-deflate.js';
import { PageFlow } from './page-flow.js';
import { planStory, StoryLayout } from './story-layout.js';
import { fontPaths, type Face, type PageSize, type Theme } from './theme.js';
import type { PdfContext } from './interior.js';

const FACES: readonly Face[] = ['regular', 'italic', 'bold', 'boldItalic', 'fallback', 'cjk'];

/** Fonts read and measured once per thread: a batch of many books would otherwise parse them for every book. */
const fontSets = new Map<string, FontSet>();

export function fontSetFor(paths: Readonly<Record<Face, string>>): FontSet {
  const key = FACES.map((f) => paths[f]).join('\u0000');
  let set = fontSets.get(key);
  if (set === undefined) {
    set = new FontSet(paths);
    fontSets.set(key, set);
  }
  return set;
}

const NOTES_DEST = 'authors-notes';

/** pdfkit's (0.20) output of a document: where it writes each object's bytes, and how many it has written. */
interface DocumentOutput {
  _offset: number;
  _write(data: string | Uint8Array): void;
}

function newDocument(book: Book, date: Date): PDFKit.PDFDocument {
  const m = book.meta;
  return new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: m.language,
    displayTitle: true,
    info: {
      Title: m.title,
      Author: [...m.authors, ...(m.editor ? [m.editor] : [])].join(', '),
      Subject: m.description,
      Keywords: m.subjects.join(', '),
      Creator: 'quire',
      Producer: 'quire (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
}

/**
 * Sets the book on pages of `size` with `theme` (already scaled to the page)
 * and returns the PDF with its page count. `interior.ts` decides the size
 * and margins and calls this again when the page count asks for a wider gutter.
 */
export async function typesetPdf(book: Book, context: PdfContext, size: PageSize, theme: Theme): Promise<{ data: Uint8Array; pages: number }> {
  const { options } = context;
  const paths = withCjkFont(fontPaths(theme), book, theme);
  const fonts = fontSetFor(paths);
  const doc = newDocument(book, bookDate(book, context.sourceDateEpoch));
  // pdfkit takes the font set's own fontkit fonts: parsed once per thread, not once per book.
  for (const face of FACES) doc.registerFont(face, fonts.fontkitFont(face) as unknown as PDFKit.Mixins.PDFFontSource);
  // The document's bytes gathered in one buffer as pdfkit writes them, as its own `_write` would turn them into
  // bytes (a string as latin1 and a newline), without a stream chunk, a conversion and a 'data' event for every
  // part of every object (a long book writes about a million). The stream still ends when the document does.
  const bytes = new ContentBytes();
  // What the document wrote before this (its header) is waiting in the stream: taken first.
  const header = doc.read() as Buffer | null;
  if (header !== null) bytes.bytes(header);
  const output = doc as unknown as DocumentOutput;
  output._write = (data) => {
    const before = bytes.length;
    if (data instanceof Uint8Array) bytes.bytes(data);
    else {
      bytes.latin1(String(data));
      bytes.text('\n');
    }
    output._offset += bytes.length - before;
  };
  doc.resume();
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  let story: Manuscript | null = null;
  const reported = new Set<string>();
  const missing = (ch: string, line: number): void => {
    const file = story?.file ?? '';
    if (reported.has(`${file}\u0000${ch}`)) return;
    reported.add(`${file}\u0000${ch}`);
    const cp = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    context.report({ severity: 'warning', ruleId: 'pdf-missing-glyph', reason: `no font in the PDF can draw "${ch}" (${cp}); it prints as an empty box. Replace it, or make an EPUB, where the reader's fonts may have it`, file, line, column: 1 });
  };

  const flow = new PageFlow(doc, size, fonts, theme.body.leading);
  // Each page is finished as the text moves on (its running head and folio drawn, its content deflated),
  // except the contents pages, filled at the end.
  flow.onPageDone = (page) => {
    if (flow.pages[page - 1]!.kind === 'contents') return;
    drawPageFurniture(doc, flow, theme, page);
    deflatePage(doc);
  };
  const hyphenate = theme.body.hyphenate ? hyphenatorFor(book.meta.language) : null;
  const blocks = new BlockLayout(doc, flow, fonts, theme, hyphenate, missing, options.notes);
  const recto = options.recto ?? false;
  const layout = new StoryLayout(doc, flow, blocks, recto);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const anthology = book.meta.kind === 'anthology';
  const order = readingOrder(book, { notes: options.notes, templates: context.templates });
  const { strings } = order;
  const notesTitle = strings.text('authorsNotes');
  const plans = order.stories.map((s, i) => planStory(s, i + 1, anthology));
  const gathered = order.notes;
  const entries: ContentsEntry[] = plans.flatMap((p) => p.entries);
  if (gathered.size > 0) entries.push({ label: notesTitle, level: 0, dest: NOTES_DEST, page: 0 });

  const set = (type: string, text: string, face: Face, style: TextStyle): void => blocks.text(root, type, text, face, style, 1);
  const tp = theme.titlePage;
  if (anthology) {
    const m = book.meta;
    flow.setRunning(m.title, m.title);
    flow.newPage('title');
    flow.y = flow.top + (flow.bottom - flow.top) * 0.3;
    set('P', m.title, 'regular', centredStyle(tp.titleSize * 0.8, tp.titleLeading * 0.8));
    flow.newPage('blank');
    flow.newPage('title');
    flow.y = flow.top + (flow.bottom - flow.top) * tp.fromTop;
    set('H1', m.title, 'regular', centredStyle(tp.titleSize, tp.titleLeading));
    if (m.subtitle) set('P', m.subtitle, 'italic', centredStyle(tp.subtitleSize, tp.subtitleSize * 1.3));
    flow.y += tp.authorSize;
    if (m.editor) set('P', strings.text('editedBy', { editor: m.editor }), 'regular', centredStyle(tp.authorSize, tp.authorSize * 1.4));
    if (m.authors.length > 0) set('P', strings.text('storiesBy', { authors: strings.list(m.authors) }), 'italic', centredStyle(tp.fieldSize + 1, (tp.fieldSize + 1) * 1.4));
    set('P', countsLine(strings, book.stories.reduce((n, s) => n + storyWords(s), 0), 0, book.stories.length), 'regular', centredStyle(tp.fieldSize, tp.fieldSize * 1.6));
  }
  // Contents come after the book's title page, or after the story's own title page in a single-story book.
  let contentsPage = 0;
  const reserveContents = (): void => {
    if (entries.length < 2) return;
    flow.newPage('contents', true);
    contentsPage = flow.pageNumber;
    for (let i = 1; i < contentsPageCount(entries.length, flow, theme); i++) flow.newPage('contents');
  };
  if (anthology) reserveContents();

  for (const plan of plans) {
    story = plan.order.story;
    const sect = doc.struct('Sect');
    root.add(sect);
    const item = layout.titlePage(plan, sect, doc.outline);
    if (!anthology) reserveContents();
    layout.body(plan, sect, item);
    sect.end();
  }

  if (gathered.size > 0) {
    const sect = doc.struct('Sect');
    root.add(sect);
    flow.setRunning(book.meta.title, notesTitle);
    flow.newPage('opening', recto);
    doc.addNamedDestination(NOTES_DEST);
    doc.outline.addItem(notesTitle);
    entries[entries.length - 1]!.page = flow.pageNumber;
    flow.y = flow.top + theme.chapter.dropFromTop;
    blocks.text(sect, 'H2', notesTitle, 'regular', centredStyle(theme.chapter.titleSize, theme.chapter.titleLeading), 1);
    flow.y += theme.chapter.gapAfter;
    blocks.toGrid();
    for (const g of gathered.values()) {
      blocks.centred(sect, 'P', g.where, 'italic', theme.note.size, theme.note.gap, 0);
      blocks.note(sect, g.note, true);
    }
    sect.end();
  }

  if (contentsPage > 0) {
    const toc = doc.struct('TOC');
    root.add(toc);
    drawContents(doc, toc, flow, contentsPage, strings.text('contents'), entries, theme);
    toc.end();
  }
  // The last page and the contents pages were not finished as the text went on.
  const unfinished = flow.pages.flatMap((p, i) => (p.kind === 'contents' || i === flow.pageNumber - 1 ? [i + 1] : []));
  for (const page of unfinished) {
    doc.switchToPage(page - 1);
    drawPageFurniture(doc, flow, theme, page);
  }
  root.end();
  doc.end();
  await finished;
  return { data: new Uint8Array(bytes.data.subarray(0, bytes.length)), pages: flow.pageNumber };
}
