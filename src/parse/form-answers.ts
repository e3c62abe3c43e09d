import type { DiagnosticSink } from '../diagnostics.js';
import { retext, type Line } from './lines.js';

/** A form's question as its receipt prints it, the required ones marked: `Story title *`, `ଗଳ୍ପର ଶିରୋନାମା *`. */
const REQUIRED = /^(\S.{0,150}?)\s\*$/u;
/** The hint a question carries in brackets after it: `Summary (50 words at most)`. */
const HINT = /\s*[(（][^()（）]{1,60}[)）]$/u;
/** Questions marked required before a file is read as a form's receipt. */
const MIN_REQUIRED = 3;

interface Answer {
  /** The question's line; the answer is the line under it. */
  at: number;
  required: boolean;
}

const blank = (lines: readonly Line[], i: number): boolean => lines[i] === undefined || lines[i]!.blank;

/**
 * A form's response receipt (Google Forms' mail, Microsoft Forms'): each question over its answer, a block of two lines,
 * the required questions marked with ` *`, and the story one question's answer, running on over paragraphs. The
 * questions over a line's answer are the header's fields (`Question: answer`, the hint in brackets off); the story's
 * question leaves its answer as the text; questions after the story (a declaration) are the form's (`form-answers`).
 */
export function readFormAnswers(lines: Line[], sink: DiagnosticSink): void {
  const pairs: Answer[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!blank(lines, i - 1) || blank(lines, i) || blank(lines, i + 1) || !blank(lines, i + 2)) continue;
    pairs.push({ at: i, required: REQUIRED.test(lines[i]!.trimmed) });
  }
  const required = pairs.filter((p) => p.required);
  if (required.length < MIN_REQUIRED) return;
  const first = required[0]!.at;
  const run = pairs.filter((p) => p.at >= first);
  // The story's question: its answer runs on past its block, to text that is no question's block.
  const next = (p: Answer): number => {
    let k = p.at + 2;
    while (k < lines.length && lines[k]!.blank) k++;
    return k;
  };
  const story = run.find((p) => next(p) < lines.length && !run.some((q) => q.at === next(p)));
  const set = (i: number, text: string): void => {
    lines[i] = retext({ ...lines[i]!, indent: 0 }, text);
  };
  // The receipt's key to its marks (`* Indicates required question`) is the form's.
  const key = lines.findIndex((l) => /^\*\s+\S.{0,60}$/u.test(l.trimmed) && l.no - 1 < first);
  if (key >= 0) set(key, '');
  const storyQuestion = story === undefined ? null : lines[story.at]!.trimmed.replace(/\s\*$/u, '');
  let fields = 0;
  for (const p of run) {
    const question = lines[p.at]!.trimmed.replace(/\s\*$/u, '').replace(HINT, '');
    if (story !== undefined && p.at === story.at) {
      set(p.at, '');
      continue;
    }
    if (story !== undefined && p.at > story.at) {
      set(p.at, '');
      set(p.at + 1, '');
      continue;
    }
    set(p.at, `${question}: ${lines[p.at + 1]!.trimmed}`);
    set(p.at + 1, '');
    fields++;
  }
  sink.info('form-answers', lines[first]!.no, `a form's receipt: ${fields} answers read as header fields${storyQuestion === null ? '' : `, the answer to "${storyQuestion}" as the story`}`);
}
