import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { MORE_BY_BOX, RELATED_HEADER, RELATED_LINK_LINE } from './rules/body-boilerplate.js';
import { isProse, unmarkedProse } from './header-rows/kinds.js';
import { isSceneBreak } from './rules/markers.js';
import { matchHeading } from './rules/headings.js';

/** A blog's related-posts entry ends on its category: `In "Short fiction"`. */
const CATEGORY_LINE = /^(?:in|dans|em|en) ["“«].{1,40}["”»]$/i;
const CATEGORY_START = /^(?:in|dans|em|en) ["“«]/i;
/** A chip: a few words, no sentence. */
const CHIP = /^(?=[^.!?…。]{1,40}$)\S+(?: \S+){0,4}$/u;

/** A chapter's heading alone on its line (`SEHEMU YA KUMI NA TATU`), no link's title beside it. */
const bareHeading = (t: string): boolean => !/[:：–—|]/u.test(t) && (matchHeading(t)?.number ?? null) !== null;

/**
 * A page's recommended-reading box (`Related`, `Read also`, `Читайте также`) lists other posts: their titles,
 * bylines and counts to the next blank line (a blog's entries, each closed by `In "Category"`, run on over blank
 * lines). Its lines are marked first, before anything looks for headings: the titles in it may be this
 * serial's other parts or another serial's, and would pass for the story's own headings.
 */
export function skipRelatedBoxes(lines: readonly Line[], from: number, to: number, skip: Set<number>, sink: DiagnosticSink): void {
  let prose = false;
  for (let i = from; i < to; i++) {
    if (lines[i]!.blank) continue;
    // The writer's other works by name (`More by NAME`) are a box of links under the story; over it, the author's link.
    const moreBy = prose && MORE_BY_BOX.test(lines[i]!.trimmed);
    prose ||= isProse(lines[i]!.trimmed) || unmarkedProse(lines[i]!.trimmed);
    if (!moreBy && !RELATED_HEADER.test(lines[i]!.trimmed)) continue;
    // A video page's chips run into it from above, in the same block (`All` / `From CHANNEL` / `Related` / `For you`).
    let top = i;
    while (!moreBy && top > from && CHIP.test(lines[top - 1]!.trimmed)) top--;
    for (let j = top; j < i; j++) skip.add(j);
    let k = i;
    // (A link set on its own line between the story's paragraphs, or a box in a copy with no blank lines at all, runs
    // only over more links: to the next paragraph, break or bare chapter heading.)
    const gapless = !moreBy && (RELATED_LINK_LINE.test(lines[i]!.trimmed) || (lines[i - 1]?.blank === false && lines[i + 1]?.blank === false));
    for (; k < to; k++) {
      const t = lines[k]!.trimmed;
      if (lines[k]!.blank && !CATEGORY_START.test(lines[k - 1]?.trimmed ?? '')) break;
      if (gapless && k > i && (isProse(t) || unmarkedProse(t) || /[.!?…。"”»]$/u.test(t) || isSceneBreak(t) || bareHeading(t))) break;
      if (!lines[k]!.blank) skip.add(k);
      if (CATEGORY_LINE.test(t) && lines[k + 1]?.blank && !/^.{1,80}$/.test(lines[k + 2]?.trimmed ?? '')) break;
    }
    sink.info('boiler-related-box', lines[top]!.no, `a recommended-reading box ("${lines[i]!.trimmed}", ${k - top} lines) left out of the body`, { endLine: k });
    i = k;
  }
}
