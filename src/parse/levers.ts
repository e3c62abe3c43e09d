import type { DiagnosticSink } from '../diagnostics.js';
import { parseNumber } from './numbers.js';
import type { Unit } from './units.js';

/**
 * A person's corrections to how a plain-text story's structure is read
 * (`structure:` in quire.yaml). Each names lines or line shapes, and acts on
 * the parser's units after it has guessed and before chapters, notes and
 * metadata are built from them, so one line fixes one wrong guess.
 */
export interface StructureLevers {
  /** 1-based line where the story starts; everything above it is ignored. */
  start?: number;
  /** Lines matching are chapter headings; groups `number` and `title` when given. */
  headings?: RegExp;
  /** Source lines that are not headings. */
  notHeadings?: number[];
  /** Lines matching are scene breaks. */
  breaks?: RegExp;
  /** More labels that open an author's note (`Nota:`, `PS:`). */
  noteLabels?: string[];
  /** Source lines whose paragraph the parser read as a note but is the story's text. */
  notNotes?: number[];
}

/** `start`: the lines above the story become blank, so every line keeps its number. */
export function applyStart(text: string, levers: Readonly<StructureLevers>, sink: DiagnosticSink): string {
  if (levers.start === undefined || levers.start <= 1) return text;
  const lines = text.split('\n');
  const from = Math.min(levers.start - 1, lines.length);
  for (let i = 0; i < from; i++) lines[i] = '';
  sink.info('lever-start', levers.start, `structure.start: lines 1–${from} are left out; the story starts at line ${levers.start}`);
  return lines.join('\n');
}

const SEPARATOR = /\s*(?::|\s[-–—]\s|\s—|—\s)\s*/;

/** Number and title of a heading the user's pattern matched: its groups, else the count so far and the text after a separator. */
function headingParts(line: string, match: RegExpExecArray, ordinal: number): { number: number | null; title: string | null } {
  const groups = match.groups ?? {};
  const number = groups.number !== undefined ? parseNumber(groups.number.trim()) : ordinal;
  if (groups.title !== undefined) return { number, title: groups.title.trim() || null };
  const sep = SEPARATOR.exec(line);
  return { number, title: sep ? line.slice(sep.index + sep[0].length).trim() || null : null };
}

/** A copy of a unit without its heading and note guesses. */
function plain(unit: Unit, kind: Unit['kind']): Unit {
  const { heading: _heading, note: _note, ...rest } = unit;
  return { ...rest, kind };
}

/** A unit cut before each line a heading or break pattern names, so that line stands alone. */
function cutAtNamedLines(unit: Unit, named: (text: string) => boolean): Unit[] {
  const pieces: Unit[] = [];
  let from = 0;
  for (let i = 1; i <= unit.lines.length; i++) {
    const cut = i === unit.lines.length || named(unit.lines[i]!.trimmed) || named(unit.lines[i - 1]!.trimmed);
    if (!cut) continue;
    pieces.push({ ...unit, kind: from === 0 ? unit.kind : 'text', lines: unit.lines.slice(from, i), joins: unit.joins.slice(from, i - 1), gapBefore: from === 0 ? unit.gapBefore : 0 });
    from = i;
  }
  return pieces.length > 1 ? pieces.map((p) => plain(p, 'text')) : [unit];
}

/** Applies `headings`, `not-headings`, `breaks`, `note-labels` and `not-notes` to the units, each change an info diagnostic. */
export function applyUnitLevers(units: readonly Unit[], levers: Readonly<StructureLevers>, sink: DiagnosticSink): Unit[] {
  const { headings, breaks } = levers;
  const notHeadings = new Set(levers.notHeadings ?? []);
  const labels = levers.noteLabels ?? [];
  const notNotes = new Set(levers.notNotes ?? []);
  if (!headings && !breaks && notHeadings.size === 0 && labels.length === 0 && notNotes.size === 0) return [...units];
  const named = (text: string): boolean => headings?.test(text) === true || breaks?.test(text) === true;
  const out: Unit[] = [];
  let count = 0;
  for (const whole of units) {
    for (const u of whole.kind === 'dropped' ? [whole] : cutAtNamedLines(whole, named)) {
      const first = u.lines[0];
      if (u.kind === 'dropped' || first === undefined) {
        out.push(u);
        continue;
      }
      const text = first.trimmed;
      const match = u.lines.length === 1 && !notHeadings.has(first.no) ? headings?.exec(text) : null;
      if (match) {
        const parts = headingParts(text, match, ++count);
        sink.info('lever-heading', first.no, `structure.headings: "${text}" read as a chapter heading`);
        out.push({ ...plain(u, 'heading'), heading: { ruleId: 'lever-heading', level: 'chapter', number: parts.number, label: null, title: parts.title, text, marked: true } });
      } else if (u.kind === 'heading' && notHeadings.has(first.no)) {
        sink.info('lever-not-heading', first.no, `structure.not-headings: "${text}" is body text, not a heading`);
        out.push(plain(u, 'text'));
      } else if (u.note && notNotes.has(first.no)) {
        sink.info('lever-not-note', first.no, `structure.not-notes: "${u.note.label}" opens no note here; the paragraph is the story's text`);
        out.push(plain(u, u.kind));
      } else if (u.lines.length === 1 && breaks?.test(text) === true) {
        sink.info('lever-break', first.no, `structure.breaks: "${text}" read as a scene break`);
        out.push(plain(u, 'sceneBreak'));
      } else {
        const label = u.kind === 'text' ? labels.find((l) => text.startsWith(l)) : undefined;
        if (label === undefined) out.push(u);
        else {
          sink.info('lever-note-label', first.no, `structure.note-labels: "${label}" opens an author's note`);
          out.push({ ...u, note: { ruleId: 'lever-note-label', label: label.replace(/[:.\s]+$/, ''), scope: null, rest: text.slice(label.length).trim() } });
        }
      }
    }
  }
  return out;
}
