import type { DiagnosticSink } from '../diagnostics.js';
import { lineKey } from './resolve-headings.js';
import type { Unit } from './units.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A site's widget of recent chapters copied as one line (`Recent threadmarks` / `Part 3: Undertow Part 4: Slack
 * Water Epilogue`): a heading whose title holds its own label again with the next number, its first entry repeated
 * by a heading of the text. The entries are the widget's, their words the headings' own: left out.
 */
export function dropRunTogetherMenus(units: Unit[], sink: DiagnosticSink): void {
  for (const u of units) {
    const h = u.heading;
    if (u.kind !== 'heading' || !h || h.label == null || h.number == null || h.title == null || !h.title.toLowerCase().includes(h.label.toLowerCase())) continue;
    const next = new RegExp(`(?:^|\\s)${escape(h.label)}\\s+${h.number + 1}(?![\\p{N}])`, 'iu').exec(h.title);
    if (!next) continue;
    const first = lineKey(h.title.slice(0, next.index));
    const repeated = units.some((o) => o !== u && o.kind === 'heading' && o.heading?.number === h.number && lineKey(o.heading.title ?? '') === first);
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
