import type { DiagnosticSink } from '../../diagnostics.js';
import type { StoryMeta } from '../../model.js';
import { inlineText } from '../inline.js';
import { TAIL_START } from '../rules/boilerplate.js';
import { matchHeading } from '../rules/headings.js';
import { matchFieldLine } from '../rules/fields.js';
import { isNameLike, matchByLine } from '../rules/header-labels.js';
import { readPropertyBlock } from './front-matter-meta.js';
import { HASHTAGS, type MdBlock } from './mdast-blocks.js';

/** How many paragraphs under the title a header may take: a title page's name line and its fields, one a paragraph. */
const LEAD_BLOCKS = 10;

/** A line a title could be: one line, a dozen words at most, ending no sentence. */
const titleShaped = (text: string): boolean => !text.includes('\n') && text.split(/\s+/).length <= 12 && !/[.!?:;,]$/.test(text);
/** A name alone on its line: a few capitalised words or a handle. */
const bareName = (text: string): boolean => !text.includes('\n') && isNameLike(text) && text.split(/\s+/).length <= 4;

/**
 * The paragraphs under the title that are a header, not story: a tag line (`#writing/novella #wip`), a
 * by-line (`**by Juniper Vale**`), a block of `Key: value` properties or such lines one a paragraph, and the
 * author's name alone over them (a publisher's title page through calibre). Reading stops at the first other
 * block; a section about the author right after the header (`# About Pellow:`) is the publisher's too.
 */
export function readLeadBlocks(blocks: MdBlock[], meta: StoryMeta, sink: DiagnosticSink): MdBlock[] {
  let k = 0;
  // A note app's first line is the note's title, written as plain text: believed when a by-line follows it.
  const first = blocks[0];
  const second = blocks[1];
  if (meta.title === null && first?.type === 'paragraph' && second?.type === 'paragraph') {
    const title = inlineText(first.children).trim();
    const by = matchByLine(inlineText(second.children).trim());
    if (by && titleShaped(title)) {
      meta.title = title;
      sink.info('md-title-line', first.position.start.line, 'the first line, over a by-line, read as the title');
      k = 1;
    }
  }
  // A title set in bold on its own line, the author's name under it (a Word title page through pandoc).
  const name = second?.type === 'paragraph' ? inlineText(second.children).trim() : '';
  if (meta.title === null && k === 0 && first?.type === 'paragraph' && first.children.length === 1 && first.children[0]!.type === 'strong' && bareName(name)) {
    const title = inlineText(first.children).trim();
    if (titleShaped(title) && matchHeading(title) === null) {
      meta.title = title;
      if (meta.author === null) meta.author = name;
      sink.info('md-title-line', first.position.start.line, 'the bold first line read as the title, the name under it as the author');
      k = 2;
    }
  }
  let fields = 0;
  const pictures: MdBlock[] = [];
  for (; k < blocks.length && k < LEAD_BLOCKS; k++) {
    const b = blocks[k]!;
    // A by-line set as a smaller heading right under the title (`# A voce di u pastore` / `### di NAME`).
    const headed = b.type === 'mdHeading' ? matchByLine(b.text.trim()) : null;
    if (headed && meta.author === null) {
      meta.author = headed.author;
      sink.info('md-by-line', b.position.start.line, 'author taken from the by-line set as a heading under the title');
      continue;
    }
    // A picture under the title (a note app's attachment: Bear's `![](Title/IMG_2043.jpeg)`) stays, and the header goes on under it.
    if (b.type === 'illustration') {
      pictures.push(b);
      continue;
    }
    if (b.type !== 'paragraph') break;
    const text = inlineText(b.children).trim();
    const line = b.position.start.line;
    if (HASHTAGS.test(text)) {
      meta.fields.Tags = text.split(/\s+/).map((t) => t.slice(1)).join(', ');
      continue;
    }
    const by = text.includes('\n') ? null : matchByLine(text);
    // A by-line naming the author the metadata already holds (an ENEX note's author) is header all the same.
    if (by && (meta.author === null || meta.author.toLowerCase() === by.author.toLowerCase())) {
      meta.author ??= by.author;
      sink.info('md-by-line', line, `author taken from the by-line under the title`);
      continue;
    }
    // `*a story*`, `*a novella*`: a short line set in italics under the title is its subtitle.
    const only = b.children.length === 1 ? b.children[0] : undefined;
    // Under a title page's title and author it may run longer (`*Relato presentado al certamen «Letras del Sur»*`).
    const subtitleWords = meta.author !== null && k <= 3 ? 16 : 6;
    if (only?.type === 'emphasis' && meta.subtitle === null && text.split(/\s+/).length <= subtitleWords && !/[.!?]$/.test(text)) {
      meta.subtitle = text;
      continue;
    }
    if (readPropertyBlock(text, meta)) {
      sink.info('md-property-block', line, 'the `Key: value` lines under the title read as header fields');
      fields++;
      continue;
    }
    // One field a paragraph: a known label, or any label once the header has begun.
    const field = text.includes('\n') ? null : matchFieldLine(text);
    if (field && field.value !== '' && (field.known || fields > 0)) {
      meta.fields[field.key] = field.value;
      if (field.meta !== null && field.meta !== 'language' && meta[field.meta] === null) meta[field.meta] = field.value;
      sink.info('md-field-line', line, `"${field.key}" under the title read as a header field`);
      fields++;
      continue;
    }
    // The author's name alone under the title, over the header's fields.
    const next = blocks[k + 1];
    const nextText = next?.type === 'paragraph' ? inlineText(next.children).trim() : '';
    const nextField = matchFieldLine(nextText);
    if (meta.author === null && fields === 0 && bareName(text) && nextField?.known === true) {
      // (Over a field that names the author, the word is what the work is: `opowiadanie` / `Autorka: NAME`.)
      if (nextField.meta === 'author') {
        meta.subtitle ??= text;
        sink.info('md-genre-line', line, 'the word alone under the title, over the author field, read as what the work is');
        continue;
      }
      meta.author = text;
      sink.info('md-name-line', line, 'the name alone under the title, over header fields, read as the author');
      continue;
    }
    break;
  }
  return [...pictures, ...dropAboutAuthor(blocks.slice(k), meta, sink)];
}

/** `About the Author`, `À propos de l'auteur`, or `About` and a word of the author's name. */
function isAboutAuthor(heading: string, author: string | null): boolean {
  const text = heading.trim().replace(/[:.]$/, '');
  if (TAIL_START.test(text) && /^(?:about|über|à propos|sobre|sull|об)\b/iu.test(text)) return true;
  const about = /^about\s+(.{1,40})$/iu.exec(text);
  const names = (author ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  return about !== null && about[1]!.toLowerCase().split(/\s+/).every((w) => names.includes(w));
}

/** A section about the author between the header and the story (a publisher's page) is left out with its heading. */
function dropAboutAuthor(blocks: MdBlock[], meta: StoryMeta, sink: DiagnosticSink): MdBlock[] {
  const at = blocks.findIndex((b) => b.type !== 'sceneBreak');
  const heading = blocks[at];
  if (heading?.type !== 'mdHeading' || !isAboutAuthor(heading.text, meta.author)) return blocks;
  let end = at + 1;
  const closes = (b: MdBlock): boolean => b.type === 'mdHeading' && b.depth <= heading.depth;
  while (end < blocks.length && !closes(blocks[end]!)) end++;
  sink.info('md-about-author', heading.position.start.line, `the section "${heading.text}" is the publisher's page about the author, not the story; left out`, { endLine: blocks[end - 1]!.position.end.line });
  return blocks.slice(end);
}
