import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { caselessRegExp } from './rules/caseless-regexp.js';
import { CONTINUED_WORDS, RUBRIC_WORDS } from './rules/languages/index.js';

/**
 * A newspaper page captured whole (an archive's OCR of the page, `ANNO`, `Chronicling America`) holds other items
 * around the serial: market prices and a notice above, an advertisement below, each set apart by a rule. The serial
 * stands under its rubric (`Feuilleton.`, `Folletín.`, `RUMANZ TAGĦNA`) and ends with its continuation line
 * (`(Fortsetzung folgt.)`): the items between the rule over the rubric and the rubric, and from the rule under the
 * continuation line to the end, are the page's, and leave the text (as blank lines), the rules with them.
 */

/** The paper's rubric over its serial, alone on its line or with the paper's name (`FEUILLETON DU PETIT MÉRIDIONAL`). */
const RUBRIC = caselessRegExp(`^(?:${RUBRIC_WORDS})(?:\\s+[^\\s.!?,;:]+){0,4}[.:]?$`, 'iu');
/** An archive's warning that the page's text below was machine-read: where the page's own text starts. */
const OCR_NOTICE = /\bOCR\b/;
/** The continuation line closing the installment, in brackets or not: `(Fortsetzung folgt.)`, `To be continued.` */
const CONTINUED = caselessRegExp(`^[(\\[]?\\s*(?:${CONTINUED_WORDS})(?![\\p{L}\\p{N}])[^()\\[\\]]{0,50}[)\\]]?[.!…]*$`, 'iu');
/** A rule drawn across the column between two items: ten dashes, lines or underscores or more. */
const RULE = /^[-–—―_=─━]{10,}$/u;

/** The long s of Fraktur type reads as an s (`Fortſetzung`). */
const plain = (t: string): string => t.replace(/ſ/g, 's');

export function cutNewspaperPage(lines: Line[], sink: DiagnosticSink): void {
  const rubric = lines.findIndex((l) => !l.blank && RUBRIC.test(plain(l.trimmed)));
  if (rubric === -1) return;
  const end = lines.findIndex((l, i) => i > rubric && !l.blank && CONTINUED.test(plain(l.trimmed)));
  const ruleAbove = Math.max(
    lines.slice(0, rubric).findLastIndex((l) => RULE.test(l.trimmed)),
    // Under an archive's OCR warning the page's items start: those above the rubric are other items.
    end === -1 ? -1 : lines.slice(0, rubric).findLastIndex((l) => OCR_NOTICE.test(l.trimmed) && l.trimmed.length <= 300) + 1 || -1,
  );
  // Only another item stands between the rule and the rubric: some text, and not the story's own (a rubric straight under the rule).
  const above = ruleAbove === -1 ? [] : lines.slice(ruleAbove, rubric + 1).map((_, k) => ruleAbove + k);
  const ruleBelow = end === -1 ? -1 : lines.findIndex((l, i) => i > end && !l.blank && RULE.test(l.trimmed));
  const below = ruleBelow === -1 || lines.slice(end + 1, ruleBelow).some((l) => !l.blank) ? [] : lines.slice(ruleBelow).map((_, k) => ruleBelow + k);
  const cut = [...above, ...below];
  if (cut.length === 0) return;
  const name = lines[rubric]!.trimmed;
  for (const i of cut) lines[i] = { ...lines[i]!, text: '', trimmed: '', indent: 0, blank: true };
  // Above and below reported apart, each with its lines, so that the words they held are accounted for.
  for (const part of [above, below].filter((p) => p.length > 0)) {
    sink.info('newspaper-page', lines[part[0]!]!.no, `the page's other items around the serial (above its rubric "${name}", below its continuation line) left out of the text`, { endLine: lines[part.at(-1)!]!.no });
  }
}
