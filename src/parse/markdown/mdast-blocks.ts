import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { Block, Inline, Note, Paragraph, Position } from '../../model.js';
import { inlineText as plain } from '../inline.js';
import { isSceneBreak, matchOrnament, matchPov } from '../rules/markers.js';
import { matchNoteLabel } from '../rules/notes.js';
import { templateTagBlock } from './template-tags.js';
import { htmlImages, isBadgeParagraph } from './readme-images.js';

/** A heading in reading order, with its depth (1 for `#`). */
export interface MdHeading {
  type: 'mdHeading';
  depth: number;
  text: string;
  position: Position;
  /** Marked as a part heading by its source (quire's own `h2.part`), whatever its depth. */
  part?: boolean;
}

export type MdBlock = Block | MdHeading;

const ATX_WITHOUT_SPACE = /^(#{1,6})(?=[^\s#])(.+)$/;
/** `[Illustration: caption]`, as transcribed print editions mark pictures. */
export const ILLUSTRATION = /^\[Illustration(?::\s*([\s\S]*?))?\]$/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,20}\]:\s/;
/** A soft scene break (extra space, no ornament), which Markdown has no syntax for. */
const SOFT_BREAK = /^<!--\s*soft break\s*-->$/i;

function positionOf(node: Nodes): Position {
  const p = node.position;
  return { start: { line: p?.start.line ?? 1, column: p?.start.column ?? 1 }, end: { line: p?.end.line ?? 1, column: p?.end.column ?? 1 } };
}

/**
 * A reading over CJK text as Japanese e-book tools write it (DenDen, pixiv, Kakuyomu: `{澪|みお}`): the text as
 * read, the reading left out, as Aozora's `｜澪《みお》` is.
 */
const RUBY = /\{([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ヶ]{1,20})\|[^{}|\n]{1,40}\}/gu;
export const withoutRuby = (text: string): string => text.replace(RUBY, '$1');

/** Inline Markdown to the model's inline nodes; raw HTML and code stay literal text, merged with the text around them. */
export function inlines(nodes: readonly PhrasingContent[]): Inline[] {
  const out: Inline[] = [];
  const push = (node: Inline): void => {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  };
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        push({ type: 'text', value: withoutRuby(n.value) });
        break;
      case 'inlineCode':
      case 'html':
        push({ type: 'text', value: n.value });
        break;
      case 'emphasis':
        push({ type: 'emphasis', children: inlines(n.children) });
        break;
      case 'strong':
        push({ type: 'strong', children: inlines(n.children) });
        break;
      case 'break':
        push({ type: 'break' });
        break;
      case 'image':
        push({ type: 'text', value: `[${n.alt || 'image'}]` });
        break;
      default:
        if ('children' in n) for (const c of inlines(n.children as PhrasingContent[])) push(c);
        else if ('value' in n) push({ type: 'text', value: String(n.value) });
    }
  }
  return out;
}


function paragraph(children: Inline[], node: Nodes): Paragraph {
  return { type: 'paragraph', children, position: positionOf(node) };
}

/**
 * Containers deeper than this are read as plain paragraphs, walked without
 * recursion: tame-markdown already bounds what remark builds, and this keeps
 * the converter safe for any tree it is handed.
 */
const MAX_TREE_DEPTH = 100;

/** Every paragraph-like leaf under a node, in reading order, as plain paragraphs: an explicit stack, so no depth overflows it. */
function flatten(node: RootContent, sink: DiagnosticSink): Paragraph[] {
  sink.warn('md-nesting', positionOf(node).start.line, `quotes or lists nested more than ${MAX_TREE_DEPTH} deep; what is inside is kept as plain paragraphs`);
  const out: Paragraph[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
      out.push(paragraph([{ type: 'text', value: mdastText(n) }], n));
    } else if ('value' in n && typeof n.value === 'string' && n.type !== 'yaml' && (n.type as string) !== 'toml') out.push(paragraph([{ type: 'text', value: n.value }], n));
    else if ('children' in n) stack.push(...[...(n.children as Nodes[])].reverse());
  }
  return out;
}

/** `> Author's note: …` (a blockquote that opens with a note label) is a note; any other quote is its paragraphs. */
function blockquote(node: Extract<RootContent, { type: 'blockquote' }>, source: readonly string[], sink: DiagnosticSink, depth: number): MdBlock[] {
  const inner = node.children.flatMap((c) => convert(c, source, sink, depth + 1)).filter((b): b is Paragraph => b.type === 'paragraph');
  const note = labelledNote(inner, node, 'blockquote', sink);
  return note ? [note] : inner;
}

/** Paragraphs that open with a note label (`Author's note: …`, `📝 A/N: …`) as one note, or null. */
function labelledNote(paragraphs: readonly Paragraph[], node: Nodes, what: string, sink: DiagnosticSink): Note | null {
  const first = paragraphs[0];
  const label = first ? matchNoteLabel(plain(first.children)) : null;
  if (!first || !label) return null;
  sink.info('md-note', positionOf(node).start.line, `${what} read as a note ("${label.label}")`);
  const rest = label.rest.trim();
  const firstChildren: Paragraph[] = rest === '' ? [] : [{ ...first, children: [{ type: 'text', value: rest }] }];
  return { type: 'note', label: label.label, place: 'inline', children: [...firstChildren, ...paragraphs.slice(1)], position: positionOf(node) };
}

/** Tags of a block of raw HTML that only wrap text (`<aside>`, `<div class="callout">`, `<br>`), as Notion exports callouts. */
const WRAPPER_TAG = /<\/?(?:aside|div|span|section|details|summary|p|br|center|font|small|big)\b[^>]*>/gi;

/** Raw HTML: wrapper tags taken off and the text inside kept (a note when labelled); other markup stays literal text. */
function htmlBlock(node: Extract<RootContent, { type: 'html' }>, sink: DiagnosticSink): MdBlock[] {
  if (SOFT_BREAK.test(node.value)) return [{ type: 'sceneBreak', kind: 'soft', marker: null, label: null, position: positionOf(node) }];
  // A comment is the writer's note to self, hidden in every rendering of the file: never story text.
  if (/^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(node.value)) {
    sink.info('md-html-comment', positionOf(node).start.line, 'HTML comment left out: it is hidden wherever the Markdown is shown');
    return [];
  }
  const text = node.value.replace(WRAPPER_TAG, '').trim();
  if (text === node.value.trim()) return [paragraph([{ type: 'text', value: node.value }], node)];
  sink.info('md-html-wrapper', positionOf(node).start.line, `HTML wrapper tags (${node.value.trim().slice(0, 30)}…) dropped; the text inside is kept`);
  if (text === '') return [];
  // A break drawn inside a centring wrapper (`<p class="align-center">◇</p>`, `<center>* * *</center>`) is a break.
  if (!text.includes('\n') && isSceneBreak(text)) return [{ type: 'sceneBreak', kind: 'hard', marker: text, label: null, position: positionOf(node) }];
  // A cover centred in HTML (`<p align="center"><img …></p>`, as READMEs set it) is a picture, not text.
  const pictures = htmlImages(text);
  if (pictures) return pictures.map((alt) => ({ type: 'illustration', caption: [{ type: 'text', value: alt }], position: positionOf(node) }));
  const inner = text.split(/\n\s*\n/).map((p) => paragraph([{ type: 'text', value: p.trim() }], node));
  return [labelledNote(inner, node, 'HTML block', sink) ?? inner].flat();
}

/** A line of tags as note apps write them (`#writing/novella #wip`): `#` runs into a word, so CommonMark has no heading there. */
export const HASHTAGS = /^#\p{L}[\p{L}\p{N}_/-]*(?:\s+#\p{L}[\p{L}\p{N}_/-]*)*$/u;

/** An Obsidian or wiki embed alone in a paragraph: `![[sketch.png]]`. */
const WIKI_EMBED = /^!\[\[([^\]]+)\]\]$/;

/** One mdast block to the model's blocks (headings kept as markers for sectioning). */
export function convert(node: RootContent, source: readonly string[], sink: DiagnosticSink, depth = 0): MdBlock[] {
  if (depth > MAX_TREE_DEPTH) return flatten(node, sink);
  const line = positionOf(node).start.line;
  switch (node.type) {
    case 'heading': {
      const p = positionOf(node);
      // `Text` over `---` is a setext heading to CommonMark, but writers mean a line of text and a scene break,
      // unless they drew the underline as long as the heading (`Andra kapitlet` / `--------------`).
      const underline = /^\s*(-{3,})\s*$/.exec(source[p.end.line - 1] ?? '')?.[1];
      const drawn = underline !== undefined && p.end.line - p.start.line === 1 && underline.length >= 5 && underline.length >= 0.6 * (source[p.start.line - 1] ?? '').trim().length;
      if (p.end.line > p.start.line && underline !== undefined && !drawn) {
        sink.info('md-setext-break', p.end.line, '`---` under a line of text read as a scene break, not a heading underline');
        return [paragraph(inlines(node.children), node), { type: 'sceneBreak', kind: 'hard', marker: '---', label: null, position: { start: p.end, end: p.end } }];
      }
      return [{ type: 'mdHeading', depth: node.depth, text: plain(inlines(node.children)).trim(), position: p }];
    }
    case 'paragraph': {
      const children = inlines(node.children);
      const text = plain(children);
      if (HASHTAGS.test(text.trim())) {
        sink.info('md-hashtags', line, `"${text.trim().slice(0, 40)}" read as tags, not a heading`);
        return [paragraph([{ type: 'text', value: text.trim() }], node)];
      }
      const atx = ATX_WITHOUT_SPACE.exec(text);
      if (atx && !text.includes('\n')) {
        sink.info('md-heading-no-space', line, `"${text.slice(0, 40)}" read as a heading although # has no space after it`);
        return [{ type: 'mdHeading', depth: atx[1]!.length, text: atx[2]!.trim(), position: positionOf(node) }];
      }
      // A footnote's text (`[^1]: …`, which CommonMark leaves as a paragraph) is an editor's gloss, not the story's.
      if (FOOTNOTE_DEFINITION.test(text)) {
        sink.info('md-footnote', line, 'footnote text left out of the story text; its mark stays where it stands');
        return [];
      }
      // `\*\*\*`, `~~~`, `xXx`: a break written so Markdown keeps it as text is still a break.
      if (!text.includes('\n') && isSceneBreak(text.trim())) return [{ type: 'sceneBreak', kind: 'hard', marker: text.trim(), label: null, position: positionOf(node) }];
      const tagged = templateTagBlock(text, positionOf(node));
      if (tagged === 'markup') {
        sink.info('md-template-tag', line, `"${text.trim().slice(0, 40)}" is a site generator's template tag, not story text; left out`);
        return [];
      }
      if (tagged) return [tagged];
      const illustration = ILLUSTRATION.exec(text.trim());
      if (illustration) return [{ type: 'illustration', caption: illustration[1] ? [{ type: 'text', value: illustration[1] }] : [], position: positionOf(node) }];
      // One-line POV markers (`~~~Spike~~~`) and ornaments (`~~To be continued?~~`) read as they do in plain text.
      if (!text.includes('\n')) {
        const pov = matchPov(text.trim());
        if (pov) return [{ type: 'pov', name: pov, position: positionOf(node) }];
        const ornament = matchOrnament(text.trim());
        if (ornament) return [{ type: 'ornament', text: ornament, position: positionOf(node) }];
      }
      const embed = WIKI_EMBED.exec(text.trim());
      if (embed) return [{ type: 'illustration', caption: [{ type: 'text', value: embed[1]! }], position: positionOf(node) }];
      // A top-level paragraph that opens with a label is a note, as in plain text; quotes and lists decide for their own paragraphs.
      const note = depth === 0 ? labelledNote([paragraph(children, node)], node, 'paragraph', sink) : null;
      if (note) return [note];
      if (isBadgeParagraph(node)) {
        sink.info('md-badges', line, "the repository's status badges (licence, word count, build) left out: they picture the repository, not the story");
        return [];
      }
      const images = node.children.filter((c) => c.type === 'image');
      for (const img of images) sink.info('md-remote-image', positionOf(img).start.line, `image ${img.url} is not fetched; its description is kept as text`);
      if (images.length > 0 && node.children.every((c) => c.type === 'image' || (c.type === 'text' && c.value.trim() === ''))) {
        return images.map((img) => ({ type: 'illustration', caption: [{ type: 'text', value: img.alt || img.url }], position: positionOf(img) }));
      }
      return [paragraph(children, node)];
    }
    case 'thematicBreak':
      return [{ type: 'sceneBreak', kind: 'hard', marker: source[line - 1]?.trim() ?? '***', label: null, position: positionOf(node) }];
    case 'blockquote':
      return blockquote(node, source, sink, depth);
    case 'html':
      return htmlBlock(node, sink);
    case 'code':
      return [paragraph([{ type: 'text', value: node.value }], node)];
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap((c) => convert(c, source, sink, depth + 1)));
    case 'yaml':
    case 'definition':
      return [];
    default:
      if ('children' in node) return (node.children as RootContent[]).flatMap((c) => convert(c, source, sink, depth + 1));
      return [];
  }
}

/** The words of an mdast node and everything under it, in order, without recursion (nesting may be deep). */
export function mdastText(node: Nodes): string {
  const words: string[] = [];
  const inner: Nodes[] = [node];
  while (inner.length > 0) {
    const m = inner.pop()!;
    if ('value' in m && typeof m.value === 'string') words.push(m.value);
    if ('children' in m) inner.push(...[...(m.children as Nodes[])].reverse());
  }
  return words.join('');
}
