import type { ListItem, Root, RootContent } from 'mdast';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { StoryMeta } from '../../model.js';
import { languageTag, META_KEYS } from '../rules/fields.js';
import { emptyMeta } from '../section-blocks.js';

/**
 * An outliner's page exported as Markdown (Roam Research, Logseq): every line a `- ` block nested by
 * indentation, the page's attributes as `Key:: value` blocks at its top. The attributes are the header's
 * fields, kept as written (`[[links]]`, `#tags`, `{{[[TODO]]}}` and all); the metadata takes their words.
 * The blocks under them, once unnested, are the page's paragraphs, headings (`- ## 1 — Title`), breaks
 * (`- ---`) and notes, which the Markdown path already reads.
 */
const BLOCK_OR_CONTINUED = /^(?:\s*- |\s*-$|\s+\S)/;
/** A page attribute: a top-level block (Logseq may write the page's own without the dash), the doubled colon after its key. */
const ATTRIBUTE = /^(?:- )?(\p{L}[\p{L}\p{N} _-]{0,30})::[ \t]+(\S.*?)\s*$/u;
/** Share of the filled lines that must be blocks (or lines continuing one) for the file to be an outline. */
const OUTLINE_SHARE = 0.9;
const NUMBERED_BLOCK = /^(\s*- )(\d{1,9})([.)] )/;
/** A block's own property under its text (Logseq's `collapsed:: true`, `id:: 64f…`): the app's, not the writer's words. */
const BLOCK_PROPERTY = /^\s+[a-z][a-z0-9_-]{0,30}::(?:\s.*)?$/;
/** A to-do block (Logseq's `TODO`, `LATER`, …; Roam's `{{[[TODO]]}}`, its link read as `{{TODO}}` by then): the writer's task list, with the blocks under it. */
const TASK = /^(?:(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)(?: |$)|\{\{(?:\[\[)?(?:TODO|DONE)(?:\]\])?\}\})/;
const MIN_ATTRIBUTES = 2;

export interface OutlinerPage {
  /** The source with the attribute and block-property lines blanked, so every other line keeps its number. */
  text: string;
  fields: [string, string][];
  /** The first attribute's line, or 0 when the file is no outliner page. */
  line: number;
}

export function readOutlinerPage(source: string, sink: DiagnosticSink): OutlinerPage {
  const none: OutlinerPage = { text: source, fields: [], line: 0 };
  if (!source.includes(':: ')) return none;
  const lines = source.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return none;
  const fields: [string, string][] = [];
  let end = first;
  for (let m: RegExpExecArray | null; end < lines.length && (m = ATTRIBUTE.exec(lines[end]!)) !== null; end++) fields.push([m[1]!.trim(), m[2]!]);
  if (fields.length < MIN_ATTRIBUTES) return none;
  // Under the attributes, the page is blocks.
  const filled = lines.slice(end).filter((l) => l.trim() !== '');
  if (filled.length === 0 || filled.filter((l) => BLOCK_OR_CONTINUED.test(l)).length < filled.length * OUTLINE_SHARE) return none;
  for (let i = first; i < end; i++) lines[i] = '';
  // An outliner shows a block's text as typed: `- 1. Salt` is a block reading "1. Salt", not a list inside one.
  for (let i = end; i < lines.length; i++) lines[i] = BLOCK_PROPERTY.test(lines[i]!) ? '' : lines[i]!.replace(NUMBERED_BLOCK, '$1$2\\$3');
  sink.info('md-outliner-attributes', first + 1, `${fields.length} \`Key:: value\` blocks opening an outliner's page read as its header fields`, { endLine: end });
  return { text: lines.join('\n'), fields, line: first + 1 };
}

/** A value's words without the outliner's markup: `[[page]]` and `#[[tag]]` links are their words, `{{[[TODO]]}}` widgets none. */
const words = (value: string): string =>
  value
    .replace(/\{\{.*?\}\}/g, '')
    .replace(/#?\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The attributes as metadata: every one a field as written, the keys the header tables know (`Author`, `Working title`) filling the metadata. */
export function outlinerMeta(fields: readonly [string, string][]): StoryMeta {
  const meta = emptyMeta();
  for (const [key, value] of fields) {
    meta.fields[key] = value;
    const target = META_KEYS[key.toLowerCase()];
    const plain = words(value);
    if (target === undefined || plain === '') continue;
    if (target === 'language') meta.language = languageTag(plain) ?? meta.language;
    else meta[target] ??= plain;
  }
  return meta;
}

/**
 * The page's blocks as the story's paragraphs, whatever their nesting: the outliner nests a chapter's
 * paragraphs under its heading block, and a note block (`- NOTE: …`) at the top is a note as a paragraph
 * standing alone would be. To-do blocks are left out with the blocks under them.
 */
export function flattenOutline(tree: Root, sink: DiagnosticSink): void {
  const out: RootContent[] = [];
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'list') {
      out.push(node);
      continue;
    }
    const kept = node.children.filter((item) => !isTask(item, sink));
    for (const item of kept.reverse()) stack.push(...[...item.children].reverse());
  }
  tree.children = out;
}

function isTask(item: ListItem, sink: DiagnosticSink): boolean {
  const first = item.children[0];
  const lead = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  if (!TASK.test(lead)) return false;
  sink.info('md-outliner-task', item.position?.start.line ?? 1, `the to-do block "${lead.split('\n')[0]!.slice(0, 40)}" is the writer's task, not the story; left out with the blocks under it`);
  return true;
}
