import type { DiagnosticSink } from '../diagnostics.js';
import type { Unit } from './units.js';

/** `xxx`, `ooo` in lower case: kisses or a sound alone, or the separator a writer types between scenes. */
const LOWER_LETTERS = /^(?:x{3,}|o{3,})$/;
/** Times the same line must stand apart before it is believed to be the file's separator. */
const MIN_BREAKS = 2;

/**
 * A lower-case `xxx` alone on its line may close a letter with kisses; the same line standing apart twice or more,
 * between passages, is the writer's scene break (FanFiction.Net's copies keep it when they strip `<hr>`).
 */
export function lowerLetterBreaks(units: Unit[], sink: DiagnosticSink): void {
  const apart = (k: number): boolean => {
    const u = units[k]!;
    return u.kind === 'text' && !u.note && u.lines.length === 1 && LOWER_LETTERS.test(u.lines[0]!.trimmed) && u.gapBefore >= 1 && (units[k + 1]?.gapBefore ?? 1) >= 1;
  };
  const byText = new Map<string, number[]>();
  units.forEach((u, k) => {
    if (apart(k)) byText.set(u.lines[0]!.trimmed, [...(byText.get(u.lines[0]!.trimmed) ?? []), k]);
  });
  for (const [text, at] of byText) {
    if (at.length < MIN_BREAKS) continue;
    for (const k of at) units[k]!.kind = 'sceneBreak';
    sink.info('break-lower-letters', units[at[0]!]!.lines[0]!.no, `"${text}" stands apart ${at.length} times: read as the file's scene break`);
  }
}
