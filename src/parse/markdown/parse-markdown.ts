import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Chapter, FrontSection, Manuscript, Note, NotePlace, StoryMeta } from '../../model.js';
import { placeStoryNotes } from '../story-notes.js';
import { dropFences } from '../blocks.js';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { ParseOptions } from '../parse-text.js';
import { parseNumber } from '../numbers.js';
import { matchHeading } from '../rules/headings.js';
import { frontMatterMeta, readPropertyBlock } from './front-matter-meta.js';
import { convert, HASHTAGS, type MdBlock, type MdHeading } from './mdast-blocks.js';
import { matchByLine } from '../rules/header-labels.js';
import { tameMarkdown, type Tamed } from './tame-markdown.js';
import { inlineText } from '../inline.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Every node's lines moved down by `offset`, without recursion. */
function shiftLines(tree: Root, offset: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += offset;
      node.position.end.line += offset;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/** The chunks tame-markdown cut, each read by remark, as one tree with the file's own line numbers. */
function readChunks(tamed: Tamed): Root {
  const root: Root = { type: 'root', children: [] };
  for (const chunk of tamed.chunks) {
    const tree = processor.parse(chunk.text) as Root;
    if (chunk.lineOffset > 0) shiftLines(tree, chunk.lineOffset);
    root.children.push(...tree.children);
  }
  return root;
}

const isHeading = (b: MdBlock): b is MdHeading => b.type === 'mdHeading';
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function defaultMeta(): StoryMeta {
  return { title: null, subtitle: null, author: null, description: null, fields: {}, language: 'en', status: [], rights: null };
}

/** Notes at the edges of a run of blocks belong to its start and end; the others stay where they are. */
function placeNotes(blocks: readonly Block[], start: NotePlace, end: NotePlace): { before: Note[]; children: Block[]; after: Note[] } {
  let from = 0;
  while (from < blocks.length && blocks[from]!.type === 'note') from++;
  let to = blocks.length;
  while (to > from && blocks[to - 1]!.type === 'note') to--;
  const notes = (list: readonly Block[], place: NotePlace): Note[] => list.map((b) => ({ ...(b as Note), place }));
  return { before: notes(blocks.slice(0, from), start), children: blocks.slice(from, to), after: notes(blocks.slice(to), end) };
}

/**
 * The paragraphs under the title that are a header, not story: a tag line
 * (`#writing/novella #wip`), a by-line (`**by Juniper Vale**`), a block of
 * `Key: value` properties. Reading stops at the first other block.
 */
function readLeadBlocks(blocks: MdBlock[], meta: StoryMeta, sink: DiagnosticSink): MdBlock[] {
  let k = 0;
  for (; k < blocks.length && k < 4; k++) {
    const b = blocks[k]!;
    if (b.type !== 'paragraph') break;
    const text = inlineText(b.children).trim();
    const line = b.position.start.line;
    if (HASHTAGS.test(text)) {
      meta.fields.Tags = text.split(/\s+/).map((t) => t.slice(1)).join(', ');
      continue;
    }
    const by = text.includes('\n') ? null : matchByLine(text);
    if (by && meta.author === null) {
      meta.author = by.author;
      sink.info('md-by-line', line, `author taken from the by-line under the title`);
      continue;
    }
    // `*a story*`, `*a novella*`: a short line set in italics under the title is its subtitle.
    const only = b.children.length === 1 ? b.children[0] : undefined;
    if (only?.type === 'emphasis' && meta.subtitle === null && text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text)) {
      meta.subtitle = text;
      continue;
    }
    if (readPropertyBlock(text, meta)) {
      sink.info('md-property-block', line, 'the `Key: value` lines under the title read as header fields');
      continue;
    }
    break;
  }
  return blocks.slice(k);
}

/** `Chapter 57: A Title Longer Than Plain-Text Headings Run` (what normalize writes), when no heading rule takes it. */
const NUMBERED = /^(\p{L}+)\s+([\p{L}\p{N}]+):\s+(.+)$/u;

function headingParts(text: string): { number: number | null; label: string | null; title: string | null } | null {
  const m = matchHeading(text);
  if (m) return m;
  const numbered = NUMBERED.exec(text);
  const number = numbered ? parseNumber(numbered[2]!) : null;
  return numbered && number !== null ? { number, label: numbered[1]!, title: numbered[3]! } : null;
}

/**
 * `* * *` closing a chapter is kept as the edition's ornament (quire's own
 * normalize writes one so); `---` and `___` there only rule the page off
 * before the next heading, as note apps draw them.
 */
const isAsterism = (b: Block): boolean => b.type === 'sceneBreak' && b.marker !== null && !/^[-_\s]+$/.test(b.marker);

function chapterOf(heading: MdHeading | null, part: string | null, blocks: readonly Block[], fallbackLine: number, sink: DiagnosticSink): Chapter {
  const m = heading ? headingParts(heading.text) : null;
  const placed = placeNotes(dropFences([...blocks], sink, isAsterism), 'chapterStart', 'chapterEnd');
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
 * A Markdown manuscript (unified + remark-parse, YAML front matter) to the
 * same model as plain text: `#`/`##` headings are chapters (parts and
 * chapters when two levels are used; deeper ones are section headings),
 * `***`/`---`/`* * *` hard scene breaks, `<!-- soft break -->` a soft one,
 * `> Author's note: …` notes; POV and ornament lines as in plain text. Raw
 * HTML is kept as text and remote images are never fetched.
 */
export function parseMarkdown(text: string, options: Readonly<ParseOptions>): Manuscript {
  const { sink } = options;
  const tamed = tameMarkdown(text, sink);
  const tree = readChunks(tamed);
  const source = tamed.lines;
  const yaml = tree.children.find((n) => n.type === 'yaml');
  const meta = yaml && 'value' in yaml ? frontMatterMeta(yaml.value, yaml.position?.start.line ?? 1, sink) : defaultMeta();
  let blocks = tree.children.flatMap((n) => convert(n, source, sink)).flatMap((b): MdBlock[] => {
    const literal = b.type === 'paragraph' ? tamed.literals.get(inlineText(b.children)) : undefined;
    if (literal === undefined) return [b];
    return literal.map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p.text }], position: { start: { line: p.line, column: 1 }, end: { line: p.line, column: 1 } } }));
  });
  // A first heading that repeats the title, or the only top-level heading over deeper ones, is the title.
  const first = blocks[0];
  if (first && isHeading(first) && (options.chapterFile !== true || (meta.title !== null && same(first.text, meta.title)))) {
    const ones = blocks.filter((b) => isHeading(b) && b.depth === first.depth).length;
    const deeper = blocks.some((b) => isHeading(b) && b.depth > first.depth);
    // Or a first heading that no rule reads, above headings that all carry chapter numbers (Notion: `# Title`, `# Ch. 1 – …`).
    const numberedRest = ones > 1 && matchHeading(first.text) === null && blocks.every((b) => b === first || !isHeading(b) || b.depth !== first.depth || matchHeading(b.text)?.number != null);
    if ((meta.title !== null && same(first.text, meta.title)) || (meta.title === null && ((ones === 1 && (deeper || blocks.filter(isHeading).length === 1)) || numberedRest))) {
      if (meta.title === null) meta.title = first.text;
      sink.info('md-title-heading', first.position.start.line, `heading "${first.text}" read as the story's title, not a chapter`);
      blocks = blocks.slice(1);
    }
  }
  blocks = readLeadBlocks(blocks, meta, sink);
  // Two adjacent top levels (`#` over `##`) are parts and chapters; a level further down (`###`) is a section heading.
  const depths = [...new Set(blocks.filter(isHeading).map((h) => h.depth))].sort((a, b) => a - b);
  const twoLevels = depths.length >= 2 && depths[1] === depths[0]! + 1;
  const partDepth = twoLevels ? depths[0]! : null;
  const chapterDepth = twoLevels ? depths[1]! : (depths[0] ?? null);
  const chapters: Chapter[] = [];
  const preamble: Block[] = [];
  let part: string | null = null;
  let current: { heading: MdHeading; part: string | null; blocks: Block[] } | null = null;
  const close = (): void => {
    if (current) chapters.push(chapterOf(current.heading, current.part, current.blocks, current.heading.position.start.line, sink));
  };
  const fronts: FrontSection[] = [];
  for (const b of blocks) {
    if (isHeading(b) && b.depth === partDepth) {
      close();
      current = null;
      part = b.text;
    } else if (isHeading(b) && b.depth === chapterDepth && chapters.length === 0 && matchHeading(b.text)?.level === 'front') {
      // A preface or foreword before the first chapter is front matter, as in plain text.
      close();
      current = null;
      fronts.push({ type: 'frontSection', title: b.text, children: [], position: b.position });
    } else if (isHeading(b) && b.depth === chapterDepth) {
      close();
      current = { heading: b, part, blocks: [] };
    } else if (current === null && fronts.length > 0) {
      fronts[fronts.length - 1]!.children.push(isHeading(b) ? { type: 'pov', name: b.text, position: b.position } : b);
    } else {
      const block: Block = isHeading(b) ? { type: 'pov', name: b.text, position: b.position } : b;
      (current ? current.blocks : preamble).push(block);
    }
  }
  close();
  const story = placeNotes(preamble, 'storyStart', 'storyEnd');
  const headed = chapters.length > 0;
  const front: FrontSection[] = [];
  if (!headed) chapters.push(chapterOf(null, null, preamble, 1, sink));
  else if (story.children.length > 0) front.push({ type: 'frontSection', title: null, children: story.children, position: story.children[0]!.position });
  front.push(...fronts);
  const m: Manuscript = { type: 'manuscript', file: options.file, encoding: options.encoding, meta, notesBefore: headed ? story.before : [], notesAfter: headed ? story.after : [], front, chapters, diagnostics: [] };
  placeStoryNotes(m, headed);
  m.diagnostics = sink.sorted();
  return m;
}
