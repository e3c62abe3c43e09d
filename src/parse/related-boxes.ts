import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { RELATED_HEADER } from './rules/body-boilerplate.js';

/** A blog's related-posts entry ends on its category: `In "Short fiction"`. */
const CATEGORY_LINE = /^(?:in|dans|em|en) ["“«].{1,40}["”»]$/i;
const CATEGORY_START = /^(?:in|dans|em|en) ["“«]/i;

/**
 * A page's recommended-reading box (`Related`, `Read also`, `Читайте также`) lists other posts: their titles,
 * bylines and counts to the next blank line (a blog's entries, each closed by `In "Category"`, run on over blank
 * lines). Its lines are marked first, before anything looks for headings: the titles in it may be this
 * serial's other parts or another serial's, and would pass for the story's own headings.
 */
export function skipRelatedBoxes(lines: readonly Line[], from: number, to: number, skip: Set<number>, sink: DiagnosticSink): void {
  for (let i = from; i < to; i++) {
    if (lines[i]!.blank || !RELATED_HEADER.test(lines[i]!.trimmed)) continue;
    let k = i;
    for (; k < to; k++) {
      const t = lines[k]!.trimmed;
      if (lines[k]!.blank && !CATEGORY_START.test(lines[k - 1]?.trimmed ?? '')) break;
      if (!lines[k]!.blank) skip.add(k);
      if (CATEGORY_LINE.test(t) && lines[k + 1]?.blank && !/^.{1,80}$/.test(lines[k + 2]?.trimmed ?? '')) break;
    }
    sink.info('boiler-related-box', i + 1, `a recommended-reading box ("${lines[i]!.trimmed}", ${k - i} lines) left out of the body`, { endLine: k });
    i = k;
  }
}
