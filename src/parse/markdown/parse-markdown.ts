import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Manuscript, Paragraph } from '../../model.js';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { ParseOptions } from '../parse-text.js';
import { emptyMeta, sectionBlocks } from '../section-blocks.js';
import { fieldsMeta, frontMatterMeta, isFrontMatter } from './front-matter-meta.js';
import { readClassedHtml } from './classed-html.js';
import { readLeadBlocks } from './lead-blocks.js';
import { convert, type MdBlock } from './mdast-blocks.js';
import { tameMarkdown, type Tamed } from './tame-markdown.js';
import { readPandocSyntax } from './pandoc-syntax.js';
import { readHackmdSyntax } from './hackmd-syntax.js';
import { readMarkuaSyntax } from './markua-syntax.js';
import { readBookdownSyntax } from './bookdown-syntax.js';
import { readMultiMarkdown } from './multimarkdown.js';
import { readObsidianSyntax } from './obsidian-syntax.js';
import { flattenOutline, outlinerMeta, readOutlinerPage } from './outliner-page.js';
import { readAssistantChat } from './assistant-chat.js';
import { isClippedPage, joinLabelledLists, readClippedPage } from './clipped-page.js';
import { inlineText } from '../inline.js';
import { isUrlLine } from '../rules/boilerplate.js';
import { matchBoilerplate } from '../rules/body-boilerplate.js';
import { matchHeading } from '../rules/headings.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

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

/**
 * `* * *` closing a chapter is kept as the edition's ornament (quire's own
 * normalize writes one so); `---` and `___` there only rule the page off
 * before the next heading, as note apps draw them.
 */
const isAsterism = (b: Block): boolean => b.type === 'sceneBreak' && b.marker !== null && !/^[-_\s]+$/.test(b.marker);

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
  // Before Obsidian's reading turns `[[links]]` into their words: an outliner's attributes are kept as written.
  const outliner = readOutlinerPage(text, sink);
  const mmd = readMultiMarkdown(readObsidianSyntax(readMarkuaSyntax(readBookdownSyntax(outliner.text, sink), sink)));
  const hackmd = readHackmdSyntax(mmd.text, sink);
  const pandoc = readPandocSyntax(hackmd.text);
  const tamed = tameMarkdown(pandoc.text, sink);
  const tree = readChunks(tamed);
  if (outliner.line > 0) flattenOutline(tree, sink);
  const source = tamed.lines;
  const matter = tree.children.find(isFrontMatter);
  const meta = matter
    ? frontMatterMeta(matter.value, matter.type, matter.position?.start.line ?? 1, sink)
    : mmd.line > 0
      ? fieldsMeta(mmd.fields)
      : outliner.line > 0
        ? outlinerMeta(outliner.fields)
        : emptyMeta();
  if (!matter && mmd.line > 0) sink.info('md-metadata', mmd.line, "MultiMarkdown's metadata block read as the story's metadata");
  if (pandoc.title !== null && meta.title === null) meta.title = pandoc.title;
  if (pandoc.authors.length > 0 && meta.author === null) meta.author = pandoc.authors.join(', ');
  if (hackmd.author !== null && meta.author === null) meta.author = hackmd.author;
  const clipped = isClippedPage(meta);
  const classed = readClassedHtml(tree.children, meta, sink);
  const children = clipped ? joinLabelledLists(classed) : classed;
  let blocks = convertWithLists(children, source, sink).flatMap((b): MdBlock[] => {
    const literal = b.type === 'paragraph' ? tamed.literals.get(inlineText(b.children)) : undefined;
    if (literal === undefined) return [b];
    return literal.map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p.text }], position: { start: { line: p.line, column: 1 }, end: { line: p.line, column: 1 } } }));
  });
  const chat = readAssistantChat(blocks, sink);
  if (chat) {
    blocks = chat.blocks;
    meta.title ??= chat.title;
  }
  blocks = dropContentsDirectives(blocks, sink);
  dropAppMetadata(blocks, sink);
  dropPublisherTail(blocks, sink);
  dropReaderPlea(blocks, sink);
  boldHeadings(blocks, sink);
  if (clipped) return readClippedPage(blocks, meta, options);
  return sectionBlocks(blocks, meta, options, { lead: readLeadBlocks, keepAtEdge: isAsterism });
}

/** An editor's marker for a generated table of contents: Typora's and Python-Markdown's `[toc]`, `{{TOC}}`, `${toc}`. */
const CONTENTS_DIRECTIVE = /^(?:\[toc\]|\{\{toc\}\}|\$\{toc\})$/i;

/** The editor fills such a marker with the headings when it shows the file; the book builds its own contents. */
function dropContentsDirectives(blocks: MdBlock[], sink: DiagnosticSink): MdBlock[] {
  return blocks.filter((b) => {
    if (b.type !== 'paragraph' || !CONTENTS_DIRECTIVE.test(inlineText(b.children).trim())) return true;
    sink.info('md-contents-directive', b.position.start.line, `"${inlineText(b.children).trim()}" asks the editor for a table of contents; left out (the book builds its own)`);
    return false;
  });
}

/** A note app's own record at the end of an exported note (Joplin's `id: …` … `type_: 1`): lower-case keys, one a line. */
const APP_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_?:(?: .*)?$/;
const APP_KEYS = 6;

function dropAppMetadata(blocks: MdBlock[], sink: DiagnosticSink): void {
  const last = blocks[blocks.length - 1];
  if (last?.type !== 'paragraph') return;
  const lines = inlineText(last.children).split('\n');
  if (lines.length < APP_KEYS || !lines.every((l) => APP_KEY.test(l.trim())) || !lines.some((l) => l.includes('_'))) return;
  blocks.pop();
  sink.info('md-app-metadata', last.position.start.line, `${lines.length} lines of the note app's own record (id, times, flags) left out`, { endLine: last.position.end.line });
}

/**
 * A publisher's last lines after the story (calibre's Markdown of a Feedbooks book: `Food for the mind`,
 * `www.feedbooks.com`): a bare web address ending the file, with at most one short line above it.
 */
function dropPublisherTail(blocks: MdBlock[], sink: DiagnosticSink): void {
  const text = (b: MdBlock | undefined): string => (b?.type === 'paragraph' ? inlineText(b.children).trim() : '');
  const last = blocks[blocks.length - 1];
  if (!last || !isUrlLine(text(last))) return;
  const above = text(blocks[blocks.length - 2]);
  const slogan = above !== '' && !above.includes('\n') && above.split(/\s+/).length <= 6 && !/[.!?…"”]$/.test(above);
  const from = blocks.length - (slogan ? 2 : 1);
  sink.info('md-publisher-tail', blocks[from]!.position.start.line, "the publisher's closing lines (a web address) left out of the story", { endLine: last.position.end.line });
  blocks.splice(from);
}

/** A blog's call to readers closing the file (`*Liked it? Subscribe to the [newsletter](…).*`): the site's, not the story's. */
function dropReaderPlea(blocks: MdBlock[], sink: DiagnosticSink): void {
  const last = blocks[blocks.length - 1];
  if (last?.type !== 'paragraph' || matchBoilerplate(inlineText(last.children))?.id !== 'boiler-plea') return;
  sink.info('md-reader-plea', last.position.start.line, "the call to readers closing the post (subscribe, follow) is the site's, left out of the story");
  blocks.pop();
}

/**
 * A heading set only in bold among real ones (a Word document where one chapter title missed the Heading style,
 * through pandoc): a bold paragraph alone that a heading rule reads takes the level of the headings it matches.
 * In a document with no headings at all (a note app's note, typed with bold for headings), two such paragraphs
 * or more are its chapter headings.
 */
function boldHeadings(blocks: MdBlock[], sink: DiagnosticSink): void {
  const levels = blocks.flatMap((b) => (b.type === 'mdHeading' && matchHeading(b.text) !== null ? [b.depth] : []));
  if (levels.length === 0 && blocks.some((b) => b.type === 'mdHeading')) return;
  const bold = blocks.flatMap((b, k) => {
    if (b.type !== 'paragraph' || b.children.length !== 1 || b.children[0]!.type !== 'strong') return [];
    const text = inlineText(b.children).trim();
    const heading = text.includes('\n') ? null : matchHeading(text);
    if (heading === null || heading.level === 'front' || (heading.number === null && heading.level !== 'part')) return [];
    return [{ k, text, position: b.position }];
  });
  if (levels.length === 0 && bold.length < 2) return;
  const depth = levels.length === 0 ? 2 : Math.min(...levels);
  for (const { k, text, position } of bold) {
    sink.info('md-bold-heading', position.start.line, `"${text}" in bold read as a heading ${levels.length === 0 ? 'of a document set without headings' : "beside the document's headings"}`);
    blocks[k] = { type: 'mdHeading', depth, text, position };
  }
}

/**
 * The blocks of the document's top-level nodes. A note's label alone in its paragraph (`**Notes to self:**`) over a
 * list takes the list's items as its text (a note app's checklist of things still to do on the draft).
 */
function convertWithLists(children: readonly RootContent[], source: readonly string[], sink: DiagnosticSink): MdBlock[] {
  const out: MdBlock[] = [];
  for (let i = 0; i < children.length; i++) {
    const blocks = convert(children[i]!, source, sink);
    const only = blocks.length === 1 ? blocks[0] : undefined;
    const next = children[i + 1];
    if (only?.type === 'note' && only.children.length === 0 && next?.type === 'list') {
      const items = convert(next, source, sink).filter((b): b is Paragraph => b.type === 'paragraph');
      out.push({ ...only, children: items });
      i++;
      continue;
    }
    out.push(...blocks);
  }
  return out;
}
