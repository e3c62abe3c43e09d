import type { DiagnosticSink } from '../../diagnostics.js';
import { textOf, type XmlChild, type XmlElement } from '../xml/xml-tree.js';
import { localName } from './xml-vocabulary.js';

/** The child elements that date an entry: a feed item's `pubDate`, an Atom entry's `published`, a note's `created`. */
const DATE_NAMES = new Set(['pubdate', 'published', 'created', 'date', 'issued']);

function dateOf(el: XmlElement): number | null {
  for (const c of el.children) {
    if (typeof c === 'string' || !DATE_NAMES.has(localName(c.name))) continue;
    // ENEX writes `20201102T081530Z`: made ISO so Date can read it.
    const t = textOf(c).replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/**
 * Children in reading order: a feed lists its newest post first, so sections that each carry a date, every one
 * older than the one before, are read the other way round (oldest first), each in the place of another.
 */
export function readingOrder(children: readonly XmlChild[], isSection: (el: XmlElement) => boolean, sink: DiagnosticSink): readonly XmlChild[] {
  const slots: number[] = [];
  const dates: number[] = [];
  for (const [k, c] of children.entries()) {
    if (typeof c === 'string' || !isSection(c)) continue;
    const d = dateOf(c);
    if (d === null) return children;
    slots.push(k);
    dates.push(d);
  }
  if (slots.length < 2 || !dates.every((d, k) => k === 0 || d < dates[k - 1]!)) return children;
  const out = [...children];
  slots.forEach((slot, k) => (out[slot] = children[slots[slots.length - 1 - k]!]!));
  sink.info('structured-newest-first', (children[slots[0]!] as XmlElement).line, `the ${slots.length} entries are dated newest first: read oldest first`);
  return out;
}
