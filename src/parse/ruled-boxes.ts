import type { DiagnosticSink } from '../diagnostics.js';
import { matchNoteLabel } from './rules/notes.js';
import type { Unit } from './units.js';

/** A rule across the page (`=====`, `-----`) that boxes a label or a piece's title: shorter lines of one mark are scene breaks. */
export const PAGE_RULE = /^([=\-_*~#+])\1{15,}$/;

const isRule = (u: Unit | undefined): boolean => u?.kind === 'sceneBreak' && u.lines.length === 1 && PAGE_RULE.test(u.lines[0]!.trimmed);

/**
 * An e-zine's or a digest's text boxes its section labels between two rules (`=====` / `EDITOR'S NOTE` / `=====`).
 * The rules are the box, not scene breaks; a note's label boxed so heads the paragraphs under it as a note.
 */
export function readRuledBoxes(units: Unit[], sink: DiagnosticSink): void {
  for (let k = 1; k + 1 < units.length; k++) {
    const [above, u, below] = [units[k - 1], units[k]!, units[k + 1]!];
    if (!isRule(above) || !isRule(below) || u.kind !== 'text' || u.lines.length !== 1 || u.gapBefore > 0 || below.gapBefore > 0) continue;
    above!.kind = 'dropped';
    below.kind = 'dropped';
    const text = u.lines[0]!.trimmed;
    // A label standing alone in its box (`EDITOR'S NOTE`) is a note's label as much as `Editor's note:` is.
    const boxedLabel = u.note ? null : matchNoteLabel(`${text}:`);
    if (boxedLabel) u.note = { ...boxedLabel, label: text, rest: '' };
    const note = u.note !== undefined;
    sink.info('ruled-box', u.lines[0]!.no, `"${text.slice(0, 40)}" boxed between rules: the rules are its box, not scene breaks${note ? '; the label heads a note' : ''}`);
  }
}
