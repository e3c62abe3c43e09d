import type { DiagnosticSink } from '../diagnostics.js';
import { lineKey } from './resolve-headings.js';
import { escapeRegExp } from './rules/languages/index.js';
import type { Unit } from './units.js';

/**
 * A site's widget of recent chapters copied as one line (`Recent threadmarks` / `Part 3: Undertow Part 4: Slack
 * Water Epilogue`): a heading whose title holds its own label again with the next number, one of its entries
 * repeated by a heading of the text (the widget may start with a chapter the copy does not hold). The entries are
 * the widget's, their words the headings' own: left out.
 */
export function dropRunTogetherMenus(units: Unit[], sink: DiagnosticSink): void {
  for (const u of units) {
    const h = u.heading;
    if (u.kind !== 'heading' || !h || h.label == null || h.number == null || h.title == null || !h.title.toLowerCase().includes(h.label.toLowerCase())) continue;
    const next = new RegExp(`(?:^|\\s)${escapeRegExp(h.label)}\\s+${h.number + 1}(?![\\p{N}])`, 'iu').exec(h.title);
    if (!next) continue;
    const entries = menuEntries(h.label, h.number, h.title);
    const repeated = units.some((o) => o !== u && o.kind === 'heading' && o.heading?.number != null && o.heading.title != null && entries.get(o.heading.number) === lineKey(o.heading.title));
    if (!repeated) continue;
    u.kind = 'dropped';
    delete u.heading;
    sink.info('heading-menu-line', u.lines[0]?.no ?? 1, `"${u.lines[0]?.trimmed.slice(0, 60)}" names several chapters on one line (a site's list of recent chapters), left out`);
  }
}

/**
 * A reader's counter over the chapter's own heading (FanFiction.Net mobile: `Ch 1 of 2` / `Chapter 1: Prima scrisoare`):
 * a heading with no title and a total, straight above a heading of the same number, is the page's.
 */
export function dropChapterCounters(units: Unit[], sink: DiagnosticSink): void {
  for (let k = 0; k + 1 < units.length; k++) {
    const u = units[k]!;
    const next = units[k + 1]!;
    const h = u.heading;
    if (u.kind !== 'heading' || next.kind !== 'heading' || !h || h.title !== null || h.number == null || !/\s(?:of|\/|de|di|von|из|z)\s*\d/iu.test(h.text)) continue;
    if (next.heading?.number !== h.number || next.heading.title == null || next.gapBefore > 1) continue;
    u.kind = 'dropped';
    delete u.heading;
    sink.info('heading-counter', u.lines[0]?.no ?? 1, `"${h.text}" counts the chapters over the chapter's own heading, left out`);
  }
}

/** The widget's entries by number: the heading's own title up to the next label, then each `Label N: Title`. */
function menuEntries(label: string, first: number, title: string): Map<number, string> {
  const entries = new Map<number, string>();
  const at = new RegExp(`(?:^|\\s)${escapeRegExp(label)}\\s+(\\d+)(?![\\p{N}])\\s*[:.\\-–—]?\\s*`, 'giu');
  let number = first;
  let from = 0;
  for (const m of title.matchAll(at)) {
    entries.set(number, lineKey(title.slice(from, m.index)));
    number = Number(m[1]);
    from = m.index + m[0].length;
  }
  entries.set(number, lineKey(title.slice(from)));
  return entries;
}
