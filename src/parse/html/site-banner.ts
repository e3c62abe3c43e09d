import type { DiagnosticSink } from '../../diagnostics.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { matchHeading } from '../rules/headings.js';
import { parseNumber } from '../numbers.js';

const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** A heading's text. (A logo's description over the page's heading is left to the title reader, which knows a site's name by it.) */
const shown = (b: MdBlock): string | null => (b.type === 'mdHeading' ? b.text : null);

/**
 * A site's banner over a page titled `PAGE - SITE` (a class site on Google Sites, a blog, an archive): both parts
 * of the `<title>` stand in the page as headings, the site's first. The first is the
 * site's name and is left out (`html-site-banner`), so the page's own heading names the work; unless that
 * heading is numbered (`14. Ember Tax | The Lamplighter's Almanac`), when the site is the serial it belongs to.
 */
export function dropSiteBanner(pageTitle: string | null, blocks: readonly MdBlock[], sink: DiagnosticSink): MdBlock[] {
  const parts = pageTitle?.split(/:\s+|\s+[|–—-]\s+/u).map(fold) ?? [];
  if (parts.length !== 2 || parts.some((p) => p === '')) return [...blocks];
  const at = parts.map((p) => blocks.findIndex((b) => { const t = shown(b); return t !== null && fold(t) === p; }));
  if (at.some((i) => i < 0)) return [...blocks];
  const [site, page] = at[0]! < at[1]! ? [at[0]!, at[1]!] : [at[1]!, at[0]!];
  const heading = blocks[page]!;
  if (heading.type !== 'mdHeading') return [...blocks];
  const m = matchHeading(heading.text);
  if (parseNumber(heading.text) !== null || (m !== null && m.number !== null)) return [...blocks];
  sink.info('html-site-banner', blocks[site]!.position.start.line, `"${shown(blocks[site]!)}" is the site's name over the page "${heading.text}"; left out`);
  return blocks.filter((_, i) => i !== site);
}
