import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { HeadingMatch } from './rules/headings.js';
import type { MarkedHeadings } from './marked-headings.js';

/**
 * An abecedarian story heads its sections with the alphabet's letters, one alone on its line after a blank:
 * `A`, `B`, `C` … — where `I`, `V`, `X`, `C`, `D`, `L`, `M` would otherwise read as roman numerals. A run of such
 * lines from `A` on, each the letter after the last, heads the sections, titled by their letters.
 */
const LETTER = /^\p{Lu}$/u;
/** Letters in a row before the alphabet is believed. */
const MIN_RUN = 5;

export function findLetterSections(lines: readonly Line[], sink: DiagnosticSink): MarkedHeadings | null {
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (LETTER.test(t) && (lines[i - 1]?.blank ?? true)) at.push(i);
  }
  // The run from `A`, each letter the next one of the alphabet.
  const start = at.findIndex((i) => lines[i]!.trimmed === 'A');
  if (start === -1) return null;
  const run = [at[start]!];
  for (const i of at.slice(start + 1)) {
    if (lines[i]!.trimmed.codePointAt(0) === lines[run.at(-1)!]!.trimmed.codePointAt(0)! + 1) run.push(i);
  }
  if (run.length < MIN_RUN) return null;
  const headings = new Map<number, HeadingMatch>();
  for (const i of run) {
    const letter = lines[i]!.trimmed;
    headings.set(lines[i]!.no, { ruleId: 'heading-letter', level: 'chapter', number: null, label: null, title: letter, text: letter, marked: true });
  }
  sink.info('heading-letter', lines[run[0]!]!.no, `${run.length} lines holding one letter each, from A on in the alphabet's order, read as the sections' headings (an abecedarian form)`);
  return headings;
}
