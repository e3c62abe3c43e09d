import type { DiagnosticSink } from '../diagnostics.js';
import type { Unit } from './units.js';

/** A tracking code: eight letters and digits or more, both kinds in it (`PENANAk2VbQ8xTfL`, `37Please`). */
const CODE = /(?=[\p{L}\p{Nd}]*\p{Nd})(?=[\p{L}\p{Nd}]*\p{L})[\p{L}\p{Nd}]{8,}/gu;
/** A watermark is a short line; prose is not. */
const MAX_WORDS = 12;
/** Copies of one shape, each with its own code, before the lines count as a watermark. */
const MIN_COPIES = 3;

/** Stands for a code in a line's shape: a private-use character, so no line's own `#` passes for one. */
const CODE_MARK = '\uE000';

/** A code mixes letters and digits, so it has a letter beside a digit: the cheap test every line gets first. */
const MIXED = /\p{L}\p{Nd}|\p{Nd}\p{L}/u;
/** Longer lines are prose (twelve words); not split to be counted. */
const MAX_LENGTH = 160;

/** (Codes are written in ASCII digits: a line without one is passed over before the Unicode test.) */
const stamped = (t: string): boolean => t.length <= MAX_LENGTH && /[0-9]/.test(t) && MIXED.test(t) && t.split(/\s+/).length <= MAX_WORDS;

const shape = (t: string): string => t.replace(CODE, CODE_MARK).replace(/\p{Nd}+/gu, '0').replace(/\s+/g, ' ').toLowerCase();

/**
 * A reading site stamps its pages against copying with a short line that carries a code of its own in each copy
 * (`37Please respect copyright.PENANAk2VbQ8xTfL`), set anywhere in a chapter. Lines of one shape once their codes
 * and numbers are folded, found three times or more and different each time, leave the body wherever they stand:
 * a story repeats its refrains word for word, not with a fresh code each time.
 */
export function dropWatermarks(units: Unit[], sink: DiagnosticSink): void {
  const copies = new Map<string, Set<string>>();
  for (const u of units) {
    if (u.kind !== 'text' || u.note !== undefined) continue;
    for (const l of u.lines) {
      if (!stamped(l.trimmed)) continue;
      const key = shape(l.trimmed);
      if (!key.includes(CODE_MARK)) continue;
      copies.set(key, (copies.get(key) ?? new Set()).add(l.trimmed));
    }
  }
  const marks = new Set([...copies].filter(([, texts]) => texts.size >= MIN_COPIES).map(([key]) => key));
  if (marks.size === 0) return;
  let first = 0;
  let count = 0;
  for (const u of units) {
    if (u.kind !== 'text' || u.note !== undefined) continue;
    for (let j = u.lines.length - 1; j >= 0; j--) {
      const l = u.lines[j]!;
      if (!stamped(l.trimmed) || !marks.has(shape(l.trimmed))) continue;
      if (first === 0 || l.no < first) first = l.no;
      count++;
      if (u.lines.length === 1) u.kind = 'dropped';
      else {
        u.lines.splice(j, 1);
        u.joins.splice(Math.max(0, j - 1), 1);
      }
    }
  }
  sink.info('boiler-watermark-code', first, `${count} lines stamped with a code of their own each time (a site's anti-copying watermark) left out of the body`);
}
