import type { Element, Root } from 'hast';
import type { Inline, Manuscript, Position } from '../../model.js';
import type { ParseOptions } from '../parse-text.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { emptyMeta, sectionBlocks } from '../section-blocks.js';
import { classify } from './hast-blocks.js';
import { attr, findAll, findFirst, positionOf } from './hast-query.js';

/** A line that is only a story format's macro (`(set: $heard to true)`, `<<set $x to 1>>`): code, not prose. */
const MACRO_LINE = /^(?:\([\w-]+:[^\n]*\)|<<[^\n]*>>)$/u;
/** Harlowe and SugarCube markup: `''bold''`, `//italic//`, `[[label->target]]` links. */
const MARKUP = /''(.{1,500}?)''|\/\/(.{1,500}?)\/\/|\[\[(.{1,500}?)\]\]/gu;

/** A link shows its label: `[[Go home]]`, `[[Go home->Home]]`, `[[Home<-Go home]]`, `[[Go home|Home]]`. */
function linkLabel(link: string): string {
  if (link.includes('->')) return link.slice(0, link.indexOf('->'));
  if (link.includes('<-')) return link.slice(link.lastIndexOf('<-') + 2);
  return link.includes('|') ? link.slice(0, link.indexOf('|')) : link;
}

function inlines(line: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(MARKUP)) {
    if (m.index > at) out.push({ type: 'text', value: line.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ type: 'strong', children: [{ type: 'text', value: m[1] }] });
    else if (m[2] !== undefined) out.push({ type: 'emphasis', children: [{ type: 'text', value: m[2] }] });
    else out.push({ type: 'text', value: linkLabel(m[3]!) });
    at = m.index + m[0].length;
  }
  if (at < line.length) out.push({ type: 'text', value: line.slice(at) });
  return out;
}

/** A passage's raw text to blocks: paragraphs at blank lines, a line break kept, macro lines left out. */
function passageBlocks(text: string, position: Position): MdBlock[] {
  const out: MdBlock[] = [];
  for (const para of text.split(/\n\s*\n/u)) {
    const lines = para.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !MACRO_LINE.test(l));
    if (lines.length === 0) continue;
    const children: Inline[] = [];
    lines.forEach((l, i) => {
      if (i > 0) children.push({ type: 'break' });
      children.push(...inlines(l));
    });
    out.push(classify(children, position));
  }
  return out;
}

const passageText = (p: Element): string => p.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/**
 * A Twine archive or published story's data (`<tw-storydata name="…">` with one `<tw-passagedata name="…">`
 * per passage): the story's name is the title, each passage a chapter headed by its name, in the order
 * of its `pid`, its text read as Harlowe/SugarCube write it. Returns null for any other page.
 */
export function readTwine(tree: Root, options: Readonly<ParseOptions>): Manuscript | null {
  const story = findFirst(tree, (e) => e.tagName === 'tw-storydata');
  if (story === null) return null;
  const passages = findAll(story, (e) => e.tagName === 'tw-passagedata');
  if (passages.length === 0) return null;
  const meta = emptyMeta();
  meta.title = attr(story, 'name').trim() || null;
  const ordered = [...passages].sort((a, b) => (Number(attr(a, 'pid')) || 0) - (Number(attr(b, 'pid')) || 0));
  options.sink.info('twine-archive', positionOf(story).start.line, `read as a Twine story: ${passages.length} passages, each a chapter`);
  const blocks: MdBlock[] = [];
  for (const p of ordered) {
    const position = positionOf(p);
    blocks.push({ type: 'mdHeading', depth: 2, text: attr(p, 'name').trim() || `Passage ${attr(p, 'pid')}`, position });
    blocks.push(...passageBlocks(passageText(p), position));
  }
  return sectionBlocks(blocks, meta, options);
}
