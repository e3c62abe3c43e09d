import type { Element, ElementContent, Root } from 'hast';
import type { Note, Paragraph, StoryMeta } from '../../model.js';
import { walk, type Claim } from '../html/hast-blocks.js';
import { childElements, classes, findAll, findFirst, hasClass, positionOf, textOf } from '../html/hast-query.js';
import { languageTag } from '../rules/fields.js';

/**
 * FanFicFare's EPUB (fanficfare/writers/writer_epub.py): a title page
 * (`body.fff_titlepage`) whose entries are `<b>Label:</b> value<br/>` lines
 * in a `div`, or `<tr><td><b>Label:</b></td><td>value</td></tr>` rows with
 * `titlepage_use_table`; chapters headed `h3.fff_chapter_title`; and the
 * site's notes gathered in `div.fff_chapter_notes` (`fff_head_notes` before
 * the text, `fff_foot_notes` after), each note a `<b>Label:</b>` followed by
 * a `<blockquote>`.
 */

/** FanFicFare names itself a contributor in the OPF, and marks its pages' bodies `fff_…`. */
export const isFanFicFare = (generator: string, trees: readonly Root[]): boolean =>
  /fanficfare/i.test(generator) || trees.some((t) => findFirst(t, (e) => e.tagName === 'body' && classes(e).some((c) => c.startsWith('fff_'))) !== null);

/** Title-page labels that are metadata rather than fields. */
const META_LABELS: Readonly<Record<string, 'description' | 'language' | 'skip'>> = {
  summary: 'description', description: 'description', language: 'language', title: 'skip', author: 'skip',
  'story url': 'skip', 'author url': 'skip',
};

function setEntry(meta: StoryMeta, label: string, value: string): void {
  const key = label.replace(/:\s*$/, '').trim();
  const v = value.trim();
  if (key === '' || v === '') return;
  const role = META_LABELS[key.toLowerCase()];
  if (role === 'description') meta.description = v;
  else if (role === 'language') {
    meta.fields[key] = v;
    meta.language = languageTag(v) ?? meta.language;
  } else if (role !== 'skip' && !(key === 'Series' && meta.fields.Series)) meta.fields[key] = v;
}

/** `<b>Label:</b> value<br/>` lines: a label starts an entry, a `<br>` ends it. */
function lineEntries(div: Element, meta: StoryMeta): void {
  let label: string | null = null;
  let value: ElementContent[] = [];
  const close = (): void => {
    if (label !== null) setEntry(meta, label, textOf(value));
    label = null;
    value = [];
  };
  for (const n of div.children) {
    if (n.type === 'element' && (n.tagName === 'b' || n.tagName === 'strong') && /:\s*$/.test(textOf(n))) {
      close();
      label = textOf(n);
    } else if (n.type === 'element' && n.tagName === 'br') close();
    else value.push(n);
  }
  close();
}

/** The title page's entries into fields (and summary, language); the page itself is not a chapter. */
export function fanFicFareTitlePage(tree: Root, meta: StoryMeta): void {
  for (const row of findAll(tree, (e) => e.tagName === 'tr')) {
    const cells = childElements(row).filter((c) => c.tagName === 'td' || c.tagName === 'th');
    if (cells.length >= 2) setEntry(meta, textOf(cells[0]!), textOf(cells.slice(1).flatMap((c) => c.children)));
    else if (cells[0]) lineEntries(cells[0], meta);
  }
  const body = findFirst(tree, (e) => e.tagName === 'body');
  for (const div of body ? childElements(body).filter((c) => c.tagName === 'div') : []) lineEntries(div, meta);
}

/** `div.fff_chapter_notes`: each `<b>Label:</b>` and what follows it up to the next label is one note. */
export const fanFicFareNotes: Claim = (el, state) => {
  if (!(el.tagName === 'div' && hasClass(el, 'fff_chapter_notes'))) return null;
  const notes: Note[] = [];
  let current: { label: string; nodes: ElementContent[]; at: Element } | null = null;
  const close = (): void => {
    if (current === null) return;
    const children = walk(current.nodes, state).flatMap((b): Paragraph[] => (b.type === 'paragraph' ? [b] : b.type === 'note' ? b.children : []));
    if (children.length > 0) notes.push({ type: 'note', label: current.label, place: 'inline', children, position: positionOf(current.at) });
    current = null;
  };
  for (const n of el.children) {
    if (n.type === 'element' && (n.tagName === 'b' || n.tagName === 'strong') && /:\s*$/.test(textOf(n))) {
      close();
      current = { label: textOf(n).replace(/:\s*$/, ''), nodes: [], at: n };
    } else if (current !== null) current.nodes.push(n);
    else if (n.type === 'element') current = { label: 'Notes', nodes: [n], at: n };
  }
  close();
  return notes;
};
