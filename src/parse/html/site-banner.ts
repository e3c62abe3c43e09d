import type { DiagnosticSink } from '../../diagnostics.js';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { matchHeading } from '../rules/headings.js';
import { parseNumber } from '../numbers.js';
import { fold } from './heading-marks.js';


/** A heading's text. (A logo's description over the page's heading is left to the title reader, which knows a site's name by it.) */
const shown = (b: MdBlock): string | null => (b.type === 'mdHeading' ? b.text : null);

/**
 * A site's banner over a page titled `PAGE - SITE` (a class site on Google Sites, a blog, an archive): both parts
 * of the `<title>` stand in the page as headings, the site's first. The first is the
 * site's name and is left out (`html-site-banner`), so the page's own heading names the work; unless that
 * heading is numbered (`14. Ember Tax | The Lamplighter's Almanac`), when the site is the serial it belongs to.
 */
export function dropSiteBanner(pageTitle: string | null, blocks: readonly MdBlock[], sink: DiagnosticSink): MdBlock[] {
  const headingAt = (p: string): number => (p === '' ? -1 : blocks.findIndex((b) => { const t = shown(b); return t !== null && fold(t) === p; }));
  // (The page's own name may hold a dash too, `Les heures creuses – chapitres 3 et 4 - Les carnets de Maëlle`: the
  // title splits in two at whichever separator leaves both halves standing as headings.)
  const at = separatorsOf(pageTitle ?? '').map(([from, to]) => [headingAt(fold(pageTitle!.slice(0, from))), headingAt(fold(pageTitle!.slice(to)))]).find((pair) => pair.every((i) => i >= 0));
  if (at === undefined) return [...blocks];
  const [site, page] = at[0]! < at[1]! ? [at[0]!, at[1]!] : [at[1]!, at[0]!];
  const heading = blocks[page]!;
  if (heading.type !== 'mdHeading') return [...blocks];
  const m = matchHeading(heading.text);
  if (parseNumber(heading.text) !== null || (m !== null && m.number !== null)) return [...blocks];
  sink.info('html-site-banner', blocks[site]!.position.start.line, `"${shown(blocks[site]!)}" is the site's name over the page "${heading.text}"; left out`);
  return blocks.filter((_, i) => i !== site);
}

/** Where a page's `<title>` may split into the page's name and the site's: each separator's start and end. */
function separatorsOf(title: string): [number, number][] {
  return [...title.matchAll(/:\s+|\s+[|–—-]\s+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

/** Longer than this a paragraph naming the site is the story's. */
const MAX_FOOTER = 300;

/**
 * The site's footer: the paragraphs closing a page titled `WORK | SITE` that name the site, which its logo or
 * banner also names over the story (`Biblioteca Virtual Miguel de Cervantes, Alicante, 1999-2024 | Aviso legal`,
 * `Fundación Biblioteca Virtual …`). Left out (`html-site-footer`).
 */
export function dropSiteFooter(pageTitle: string | null, blocks: readonly MdBlock[], sink: DiagnosticSink): MdBlock[] {
  const bar = pageTitle?.lastIndexOf(' | ') ?? -1;
  const site = bar < 0 ? '' : fold(pageTitle!.slice(bar + 3));
  const says = (b: MdBlock): string => fold(b.type === 'paragraph' ? inlineText(b.children) : b.type === 'illustration' ? inlineText(b.caption) : b.type === 'mdHeading' ? b.text : '');
  const top = blocks.findIndex((b) => b.type === 'mdHeading');
  if (site.length < 4 || top < 0 || !blocks.slice(0, top).some((b) => says(b).includes(site))) return [...blocks];
  let end = blocks.length;
  while (end > top + 1 && blocks[end - 1]!.type === 'paragraph' && says(blocks[end - 1]!).length <= MAX_FOOTER && says(blocks[end - 1]!).includes(site)) end--;
  for (const b of blocks.slice(end)) sink.info('html-site-footer', b.position.start.line, `"${says(b).slice(0, 40)}" names the site in its footer; left out`);
  return blocks.slice(0, end);
}
