import type { Block, Chapter, FrontSection, Manuscript, Note, NotePlace, Paragraph, StoryMeta } from '../model.js';
import { AFTERWORD_HEADING, matchNoteLabel } from './rules/notes.js';
import { NOTE_TALK_ALONE, noteTalkScore } from './rules/note-talk.js';
import type { ParseOptions } from './parse-text.js';
import { parseNumber } from './numbers.js';
import { matchHeading } from './rules/headings.js';
import { placeStoryNotes } from './story-notes.js';
import type { MdBlock, MdHeading } from './markdown/mdast-blocks.js';
import type { DiagnosticSink } from '../diagnostics.js';
import { dropFences } from './blocks.js';
import { isEditionHeadingText } from './edition-sections.js';
import { inlineText } from './inline.js';
import { matchFieldLine } from './rules/fields.js';
import { matchByLine } from './rules/header-labels.js';
import { isContentsLabel } from './rules/contents-label.js';
import { isCommentsOpener } from './rules/body-boilerplate.js';

const isHeading = (b: MdBlock): b is MdHeading => b.type === 'mdHeading';
/** A paragraph of `Key: value` lines only, two or more. */
const isPropertyBlock = (b: MdBlock): boolean => {
  if (b.type !== 'paragraph') return false;
  const lines = inlineText(b.children).split('\n');
  return lines.length >= 2 && lines.every((l) => matchFieldLine(l.trim())?.value);
};
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Metadata with nothing found yet. */
export function emptyMeta(): StoryMeta {
  return { title: null, subtitle: null, author: null, description: null, fields: {}, language: 'en', status: [], rights: null };
}

/**
 * Notes at the edges of a run of blocks belong to its start and end; the others stay where they are. A picture
 * at an edge (a post's header image above the author's note) does not hide the notes beyond it.
 */
function placeNotes(blocks: readonly Block[], start: NotePlace, end: NotePlace): { before: Note[]; children: Block[]; after: Note[] } {
  const atEdge = (b: Block): boolean => b.type === 'note' || b.type === 'illustration';
  let from = 0;
  while (from < blocks.length && atEdge(blocks[from]!)) from++;
  let to = blocks.length;
  while (to > from && atEdge(blocks[to - 1]!)) to--;
  const notes = (list: readonly Block[], place: NotePlace): Note[] => list.filter((b) => b.type === 'note').map((b) => ({ ...(b as Note), place }));
  const pictures = (list: readonly Block[]): Block[] => list.filter((b) => b.type === 'illustration');
  return {
    before: notes(blocks.slice(0, from), start),
    children: [...pictures(blocks.slice(0, from)), ...blocks.slice(from, to), ...pictures(blocks.slice(to))],
    after: notes(blocks.slice(to), end),
  };
}

/** `Chapter 57: A Title Longer Than Plain-Text Headings Run` (what normalize writes), when no heading rule takes it. */
const NUMBERED = /^(\p{L}+)\s+([\p{L}\p{N}]+):\s+(.+)$/u;

function headingParts(text: string): { number: number | null; label: string | null; title: string | null } | null {
  const m = matchHeading(text);
  if (m) return m;
  // A number and a title set apart by a middle dot (`## 1 · The Frost Fair`, Obsidian Longform's compile).
  const dotted = /^(\d{1,4})\s+[·•]\s+(\S.*)$/u.exec(text);
  if (dotted) return { number: Number(dotted[1]), label: null, title: dotted[2]! };
  const numbered = NUMBERED.exec(text);
  const number = numbered ? parseNumber(numbered[2]!) : null;
  return numbered && number !== null ? { number, label: numbered[1]!, title: numbered[3]! } : null;
}

/** What a source kind adds to sectioning: Markdown reads a header under its title and drops rules at a chapter's edges. */
export interface SectionHooks {
  /** The blocks under the title that are header (tags, by-line, properties), read into `meta` and taken off. */
  lead?: (blocks: MdBlock[], meta: StoryMeta, sink: DiagnosticSink) => MdBlock[];
  /** Separators at a chapter's edge are not scene breaks, except those this keeps (an edition's ornament). */
  keepAtEdge?: (b: Block) => boolean;
}

function chapterOf(heading: MdHeading | null, part: string | null, blocks: readonly Block[], fallbackLine: number, sink: DiagnosticSink, hooks: SectionHooks): Chapter {
  const m = heading ? headingParts(heading.text) : null;
  const placed = placeNotes(hooks.keepAtEdge ? dropFences([...blocks], sink, hooks.keepAtEdge) : blocks, 'chapterStart', 'chapterEnd');
  return {
    type: 'chapter',
    number: m?.number ?? null,
    label: m?.label ?? null,
    title: heading === null ? null : m ? m.title : heading.text,
    heading: heading?.text ?? null,
    part,
    notesBefore: placed.before,
    notesAfter: placed.after,
    children: placed.children,
    position: heading?.position ?? { start: { line: fallbackLine, column: 1 }, end: { line: fallbackLine, column: 1 } },
  };
}

/**
 * A first heading that no rule reads, over a header before the next heading (a by-line, or a `Label: value`
 * line the header tables know, within its first paragraphs), is the title: calibre's Markdown of a
 * publisher's title page (`# Title`, the author's name, `Published: 1893`), whatever other top-level
 * headings follow.
 */
function headsHeader(blocks: readonly MdBlock[]): boolean {
  if (!isHeading(blocks[0]!) || matchHeading(blocks[0].text) !== null) return false;
  for (const b of blocks.slice(1, 5)) {
    if (b.type !== 'paragraph') return false;
    const text = inlineText(b.children).trim();
    if (matchByLine(text) || text.split('\n').some((l) => matchFieldLine(l.trim())?.known === true)) return true;
  }
  return false;
}

/**
 * The text before the first chapter that only sets the title page again (an EPUB's title page through pandoc:
 * the title, the author, `roman`): short lines, the title and the author among them. Left out, as the
 * metadata already holds them.
 */
/** A heading that names a title page (`## Title Page`, `Titelseite`, `Page de titre`). */
const TITLE_PAGE = /^(?:title page|titelseite|titelblatt|page de titre|portada|frontespizio|титульный лист)$/i;

function isTitlePage(blocks: readonly Block[], meta: StoryMeta, sink: DiagnosticSink): boolean {
  if (meta.title === null || blocks.length > 8) return false;
  const lines = blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children).trim() : b.type === 'illustration' ? '' : null));
  if (lines.some((l) => l === null || l.includes('\n') || l.split(/\s+/).length > 8)) return false;
  const has = (value: string | null): boolean => value !== null && lines.some((l) => same(l!, value));
  if (!has(meta.title) || (meta.author !== null && !has(meta.author))) return false;
  sink.info('front-title-page', blocks[0]!.position.start.line, 'title page left out of the body; its title and author are in the metadata', { endLine: blocks[blocks.length - 1]!.position.end.line });
  return true;
}

/**
 * Blocks with headings in reading order (from Markdown or HTML) to a
 * Manuscript: a first heading that repeats the title is the title; one
 * heading level gives chapters, two adjacent levels parts over chapters, and
 * a deeper level section headings; notes at a chapter's edges are its notes.
 */
export function sectionBlocks(input: readonly MdBlock[], meta: StoryMeta, options: Readonly<ParseOptions>, hooks: SectionHooks = {}): Manuscript {
  const { sink } = options;
  let blocks = [...input];
  // A compiled draft's `## Title Page` heading names the page its title and by-line stand on, not a chapter.
  if (blocks[0] && isHeading(blocks[0]) && TITLE_PAGE.test(blocks[0].text.trim())) {
    sink.info('md-title-page-heading', blocks[0].position.start.line, `"${blocks[0].text}" names the title page under it; left out`);
    blocks = blocks.slice(1);
  }
  // A first heading that repeats the title, or the only top-level heading over deeper ones, is the title;
  // pictures may stand above it (a README's centred cover), and stay where they are.
  const above = Math.max(0, blocks.findIndex((b) => b.type !== 'illustration'));
  const pictures = blocks.slice(0, above);
  blocks = blocks.slice(above);
  // A journal app's entry opens on its properties (Day One: `Date:\t…` / `Location:\t…`), then the entry's heading:
  // read under that heading, as a header's fields under its title.
  const headingAt = blocks.findIndex(isHeading);
  // (Not when the title is known already and the heading is a chapter's: `(:title …:)`, fields, `!! Chapter I`.)
  if (headingAt > 0 && blocks.slice(0, headingAt).every(isPropertyBlock) && (meta.title === null || matchHeading((blocks[headingAt] as MdHeading).text)?.level !== 'chapter')) blocks = [blocks[headingAt]!, ...blocks.slice(0, headingAt), ...blocks.slice(headingAt + 1)];
  const first = blocks[0];
  if (first && isHeading(first) && (options.chapterFile !== true || (meta.title !== null && same(first.text, meta.title)))) {
    const ones = blocks.filter((b) => isHeading(b) && b.depth === first.depth).length;
    const deeper = blocks.some((b) => isHeading(b) && b.depth > first.depth);
    // Or a first heading that no rule reads, above headings that all carry chapter numbers (Notion: `# Title`, `# Ch. 1 – …`).
    const numberedRest = ones > 1 && matchHeading(first.text) === null && blocks.every((b) => b === first || !isHeading(b) || b.depth !== first.depth || matchHeading(b.text)?.number != null);
    if ((meta.title !== null && same(first.text, meta.title)) || (meta.title === null && ((ones === 1 && (deeper || blocks.filter(isHeading).length === 1)) || numberedRest || headsHeader(blocks)))) {
      if (meta.title === null) meta.title = first.text;
      sink.info('md-title-heading', first.position.start.line, `heading "${first.text}" read as the story's title, not a chapter`);
      blocks = blocks.slice(1);
    }
  }
  if (hooks.lead) blocks = hooks.lead(blocks, meta, sink);
  blocks = [...pictures, ...blocks];
  // A page's comments section under its own heading (`Comments`, `Komentarze`), after the story: the readers' words.
  const comments = blocks.findIndex((b, k) => isHeading(b) && isCommentsOpener(b.text) && blocks.slice(0, k).some((x) => x.type === 'paragraph'));
  if (comments > 0) {
    const last = blocks[blocks.length - 1]!;
    sink.info('md-comments', blocks[comments]!.position.start.line, `the comments under "${(blocks[comments] as MdHeading).text}" are readers', not the story: left out`, { endLine: last.position.end.line });
    blocks = blocks.slice(0, comments);
  }
  blocks = dropEditionPages(blocks, sink);
  // Two adjacent top levels (`#` over `##`) are parts and chapters; a level further down (`###`) is a section heading.
  const { partDepth, chapterDepth } = headingLevels(blocks, sink);
  const chapters: Chapter[] = [];
  const preamble: Block[] = [];
  let part: string | null = null;
  let current: { heading: MdHeading; part: string | null; blocks: Block[] } | null = null;
  const close = (): void => {
    if (current) chapters.push(chapterOf(current.heading, current.part, current.blocks, current.heading.position.start.line, sink, hooks));
  };
  const fronts: FrontSection[] = [];
  const partAt = sameLevelParts(blocks, partDepth, chapterDepth);
  for (const [k, b] of blocks.entries()) {
    if (isHeading(b) && (b.depth === partDepth || partAt.has(k))) {
      close();
      current = null;
      part = b.text;
    } else if (isHeading(b) && b.depth === chapterDepth && chapters.length === 0 && (matchHeading(b.text)?.level === 'front' || matchNoteLabel(b.text)?.rest === '')) {
      // A preface or foreword before the first chapter is front matter, as in plain text.
      close();
      current = null;
      fronts.push({ type: 'frontSection', title: b.text, children: [], position: b.position });
    } else if (isHeading(b) && b.depth === chapterDepth) {
      close();
      current = { heading: b, part, blocks: [] };
    } else if (isHeading(b) && current !== null && current.blocks.length === 0 && b.depth > current.heading.depth && headingParts(current.heading.text)?.title === null) {
      // `## Chapter 1` over `### The Vane`: a heading that is only a number, its title on the next heading down.
      sink.info('md-title-below-heading', b.position.start.line, `"${b.text}" read as the title of "${current.heading.text}"`);
      current.heading = { ...current.heading, text: `${current.heading.text}: ${b.text}` };
    } else if (current === null && fronts.length > 0) {
      fronts[fronts.length - 1]!.children.push(isHeading(b) ? { type: 'pov', name: b.text, position: b.position } : b);
    } else {
      const block: Block = isHeading(b) ? { type: 'pov', name: b.text, position: b.position } : b;
      (current ? current.blocks : preamble).push(block);
    }
  }
  close();
  titlesBelowNumbers(chapters, sink);
  // A preface holding only notes (`# Preface` over an author's aside) is the story's opening note, not a section.
  for (const f of fronts.filter((f) => f.children.length > 0 && f.children.every((b) => b.type === 'note'))) {
    fronts.splice(fronts.indexOf(f), 1);
    preamble.push(...f.children);
  }
  // So is a section before the first chapter headed by a note's label (`## Author's Note` over paragraphs).
  for (const f of fronts.filter((f) => f.title !== null && matchNoteLabel(f.title)?.rest === '' && f.children.length > 0 && f.children.every((b) => b.type === 'paragraph'))) {
    fronts.splice(fronts.indexOf(f), 1);
    sink.info('md-note-section', f.position.start.line, `the section "${f.title}" before the first chapter is the author's note`);
    preamble.push({ type: 'note', label: f.title!, place: 'storyStart', children: f.children as Paragraph[], position: f.position });
  }
  const headed = chapters.length > 0;
  // Before the first chapter every note is the story's opening note, under a dedication or an epigraph as well.
  const story = headed ? { before: preamble.filter((b): b is Note => b.type === 'note').map((n) => ({ ...n, place: 'storyStart' as const })), children: preamble.filter((b) => b.type !== 'note'), after: [] } : placeNotes(preamble, 'storyStart', 'storyEnd');
  const front: FrontSection[] = [];
  if (!headed) chapters.push(chapterOf(null, null, preamble, 1, sink, hooks));
  // (Separators alone, as round the opening note, make no front section.)
  else if (story.children.some((b) => b.type !== 'sceneBreak') && !isTitlePage(story.children, meta, sink)) front.push({ type: 'frontSection', title: null, children: story.children, position: story.children[0]!.position });
  front.push(...fronts);
  const afterword = headed ? afterwordNote(chapters, sink) : null;
  const m: Manuscript = { type: 'manuscript', file: options.file, encoding: options.encoding, meta, notesBefore: headed ? story.before : [], notesAfter: headed ? [...story.after, ...(afterword ? [afterword] : [])] : [], front, chapters, diagnostics: [] };
  placeStoryNotes(m, headed);
  m.diagnostics = sink.sorted();
  return m;
}

/**
 * The last section, when its heading is a note label (`Author's Note`, `Nota da autora`, `あとがき`), or an
 * afterword whose words are the author talking to readers (`Thank you for reading! … a review helps`), is
 * the story's closing note, not a chapter: calibre's and Word's exports keep it as a section of its own.
 */
function afterwordNote(chapters: Chapter[], sink: DiagnosticSink): Note | null {
  const last = chapters[chapters.length - 1];
  // A smaller heading closing the last chapter that is a note's label (`## あとがき`, `### Author's Note`), over
  // paragraphs only: the author's closing words, the story's note.
  const at = last ? last.children.findIndex((b) => b.type === 'pov' && matchNoteLabel(b.name)?.rest === '') : -1;
  const under = last && at >= 0 ? last.children.slice(at + 1) : [];
  if (last && at > 0 && under.length > 0 && under.every((b) => b.type === 'paragraph')) {
    const heading = last.children[at] as Extract<Block, { type: 'pov' }>;
    last.children.splice(at);
    sink.info('afterword-note', heading.position.start.line, `the closing section "${heading.name}" is the author's note to readers, not the chapter's text`);
    return { type: 'note', label: heading.name, place: 'storyEnd', children: under as Paragraph[], position: heading.position };
  }
  if (chapters.length < 2 || !last || last.heading === null || last.number !== null || last.notesBefore.length + last.notesAfter.length > 0) return null;
  const paragraphs = last.children.filter((b): b is Paragraph => b.type === 'paragraph');
  if (paragraphs.length === 0 || paragraphs.length !== last.children.length) return null;
  const labelled = matchNoteLabel(last.heading) !== null;
  const talk = Math.max(...paragraphs.map((p) => noteTalkScore(inlineText(p.children))));
  if (!labelled && !(AFTERWORD_HEADING.test(last.heading.trim()) && talk >= NOTE_TALK_ALONE)) return null;
  chapters.pop();
  sink.info('afterword-note', last.position.start.line, `the closing section "${last.heading}" is the author's note to readers, not a chapter`);
  return { type: 'note', label: last.heading, place: 'storyEnd', children: paragraphs, position: last.position };
}

/**
 * Which heading level holds the parts and which the chapters. Two adjacent top levels are parts over
 * chapters when most upper headings open a run of lower ones (`#` Part over `##` Chapter); otherwise
 * (FanFicFare's `<h3>` title and contents over `<h2>` chapters) the chapters are the level whose headings
 * read as chapters and stand over text, and no level is parts.
 */
/**
 * With one heading level, a heading a rule reads as a part (`# Part One: Slack Water`) straight over a chapter's
 * heading is that part's, as Markua's `-#` writes it, not a chapter without words.
 */
function sameLevelParts(blocks: readonly MdBlock[], partDepth: number | null, chapterDepth: number | null): Set<number> {
  const parts = new Set<number>();
  if (partDepth !== null) return parts;
  blocks.forEach((b, k) => {
    const next = blocks[k + 1];
    if (isHeading(b) && b.depth === chapterDepth && next && isHeading(next) && next.depth === chapterDepth && matchHeading(b.text)?.level === 'part' && matchHeading(next.text)?.level !== 'part') parts.add(k);
  });
  return parts;
}

function headingLevels(blocks: readonly MdBlock[], sink: DiagnosticSink): { partDepth: number | null; chapterDepth: number | null } {
  const depths = [...new Set(blocks.filter(isHeading).map((h) => h.depth))].sort((a, b) => a - b);
  if (depths.length < 2 || depths[1] !== depths[0]! + 1) return { partDepth: null, chapterDepth: depths[0] ?? null };
  const [upper, lower] = [depths[0]!, depths[1]!];
  // Most upper headings are followed by a lower one before the next upper heading (a closing `# Notes` need not be).
  let uppers = 0;
  let opening = 0;
  let open = false;
  for (const b of blocks) {
    if (!isHeading(b)) continue;
    if (b.depth === upper) {
      uppers++;
      open = true;
    } else if (b.depth === lower && open && matchNoteLabel(b.text)?.rest !== '') {
      // (A note's heading under a chapter, `## Author's Note`, `## あとがき`, opens no run of chapters.)
      opening++;
      open = false;
    }
  }
  // `# Chapitre II` straight over `## L'étiquette`, each upper heading only a numbered label over one lower heading:
  // the lower headings are the chapters' titles, not chapters of parts.
  const titledBelow = blocks.filter((b) => isHeading(b) && b.depth === upper).length > 1 && blocks.every((b, i) => {
    if (!isHeading(b)) return true;
    const next = blocks[i + 1];
    if (b.depth === upper) {
      const m = matchHeading(b.text);
      return m !== null && m.level === 'chapter' && m.title === null && next !== undefined && isHeading(next) && next.depth === lower && matchHeading(next.text)?.number == null;
    }
    const prev = blocks[i - 1];
    return b.depth !== lower || (prev !== undefined && isHeading(prev) && prev.depth === upper);
  });
  if (titledBelow) return { partDepth: null, chapterDepth: upper };
  if (opening * 2 >= uppers) return { partDepth: upper, chapterDepth: lower };
  const evidence = (depth: number): number =>
    blocks.reduce((n, b, i) => {
      if (!isHeading(b) || b.depth !== depth) return n;
      const next = blocks[i + 1];
      const overText = next !== undefined && !isHeading(next);
      const m = matchHeading(b.text);
      return n + (overText ? 1 : 0) + (m !== null && m.level !== 'front' ? 1 : 0);
    }, 0);
  const chapterDepth = evidence(lower) > evidence(upper) ? lower : upper;
  const first = blocks.find((b): b is MdHeading => isHeading(b) && b.depth === chapterDepth);
  if (chapterDepth === lower && first) sink.info('md-heading-levels', first.position.start.line, `the level-${upper} headings do not open runs of level-${lower} ones: the level-${lower} headings are the chapters`);
  return { partDepth: null, chapterDepth };
}

/** Words at most in one entry of a contents list. */
const ENTRY_WORDS = 12;

/** `## Contents` over its entries (a README's list of anchor links): the book builds its own contents. */
function isContentsSection(heading: MdHeading, section: readonly MdBlock[]): boolean {
  const entries = section.filter((b) => b.type !== 'sceneBreak');
  return isContentsLabel(heading.text) && entries.length > 0 && entries.every((b) => b.type === 'paragraph' && !inlineText(b.children).includes('\n') && inlineText(b.children).trim().split(/\s+/).length <= ENTRY_WORDS);
}

/** An edition's own page under its own heading (`# Imprint`, `# Colophon`) to the next heading: not the story. */
function dropEditionPages(blocks: MdBlock[], sink: DiagnosticSink): MdBlock[] {
  const out: MdBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!isHeading(b)) {
      out.push(b);
      continue;
    }
    let end = i + 1;
    while (end < blocks.length && !isHeading(blocks[end]!)) end++;
    // A contents list over the chapters it lists; a file that is only a contents list is the folder reader's to judge.
    const contents = end < blocks.length && isContentsSection(b, blocks.slice(i + 1, end));
    if (!isEditionHeadingText(b.text) && !contents) {
      out.push(b);
      continue;
    }
    // Author's notes there are kept.
    out.push(...blocks.slice(i + 1, end).filter((x) => x.type === 'note'));
    sink.info('edition-section', b.position.start.line, `"${b.text}" is the edition's own page (contents, imprint, colophon, licence), left out of the body`, { endLine: blocks[end - 1]?.position.end.line ?? b.position.end.line });
    i = end - 1;
  }
  return out;
}

/** Few words and no sentence end: a title, not the first line of the text. */
const titleShaped = (b: Block | undefined): b is Extract<Block, { type: 'paragraph' }> => {
  if (b?.type !== 'paragraph') return false;
  const text = inlineText(b.children).trim();
  return text !== '' && text.length <= 80 && text.split(/\s+/).length <= 10 && !/[.!?…:;,"”»。！？」』、]$/u.test(text);
};

/**
 * Every chapter headed by a number alone (`## I`), each with a short line
 * under it (`The Swarm`): an edition's heading group, number over title.
 * Read as a set, so one chapter opening on a short line is never retitled.
 */
function titlesBelowNumbers(chapters: Chapter[], sink: DiagnosticSink): void {
  if (chapters.length < 2 || !chapters.every((c) => c.number !== null && c.title === null && c.notesBefore.length === 0 && titleShaped(c.children[0]))) return;
  for (const c of chapters) {
    const line = c.children.shift() as Extract<Block, { type: 'paragraph' }>;
    c.title = inlineText(line.children).trim();
    sink.info('md-title-below-number', line.position.start.line, `"${c.title}" under the numbered heading read as the chapter's title`);
  }
}
