import type { Block, Note, NotePlace, Paragraph, Position } from '../model.js';
import type { DiagnosticSink } from '../diagnostics.js';
import { parseInline } from './inline.js';
import type { Layout } from './layout.js';
import { unitText, type Unit } from './units.js';

/** Turns units into the model's blocks and notes. */

export function positionOf(unit: Unit): Position {
  const first = unit.lines[0];
  const last = unit.lines[unit.lines.length - 1];
  return {
    start: { line: first?.no ?? 1, column: (first?.indent ?? 0) + 1 },
    end: { line: last?.no ?? 1, column: (last?.text.length ?? 0) + 1 },
  };
}

export function toParagraph(unit: Unit, text: string = unitText(unit)): Paragraph {
  return { type: 'paragraph', children: parseInline(text), position: positionOf(unit) };
}

/** AO3 puts this line between chapter notes and the chapter's text. */
const CHAPTER_TEXT_MARKER = /^chapter text$/i;

export function isChapterTextMarker(unit: Unit): boolean {
  return unit.kind === 'text' && unit.lines.length === 1 && CHAPTER_TEXT_MARKER.test(unit.lines[0]?.trimmed ?? '');
}

const isPlainText = (u: Unit | undefined): u is Unit => u !== undefined && u.kind === 'text' && !u.note && !isChapterTextMarker(u);

/**
 * Reads the note that starts at `units[i]`. A label with text on its line is
 * one paragraph; a label alone takes the paragraphs below it up to the next
 * structure (all of them for AO3's note sections, else one). An empty note
 * is dropped with a warning. Returns the note (or null) and the next index.
 */
export function takeNote(units: readonly Unit[], i: number, place: NotePlace, layout: Layout, sink: DiagnosticSink): { note: Note | null; end: number } {
  const head = units[i] as Unit;
  const match = head.note;
  if (!match) return { note: null, end: i + 1 };
  const paragraphs: Paragraph[] = [];
  let end = i + 1;
  if (match.rest !== '') {
    const full = unitText(head);
    const restAt = full.indexOf(match.rest.slice(0, 20));
    let text = restAt >= 0 ? full.slice(restAt) : match.rest;
    if (/^[([]/.test(head.lines[0]?.trimmed ?? '') && /[)\]]$/.test(text)) text = text.slice(0, -1);
    paragraphs.push(toParagraph(head, text.trim()));
  } else {
    const ao3 = match.scope !== null || /^notes$/i.test(match.label);
    while (isPlainText(units[end]) && (paragraphs.length === 0 || (ao3 && (units[end]?.gapBefore ?? 0) < layout.softGap + 1))) {
      paragraphs.push(toParagraph(units[end] as Unit));
      end++;
      if (!ao3) break;
    }
  }
  const line = head.lines[0]?.no ?? 1;
  if (paragraphs.length === 0) {
    sink.warn('note-empty', line, `"${head.lines[0]?.trimmed ?? ''}" has no text; the empty note was dropped. Add the note's text or delete the label`);
    return { note: null, end };
  }
  const last = paragraphs[paragraphs.length - 1] as Paragraph;
  const note: Note = {
    type: 'note',
    label: match.label,
    place,
    children: paragraphs,
    position: { start: positionOf(head).start, end: last.position.end },
  };
  return { note, end };
}

/**
 * Units of one chapter (or front section) to blocks. Notes are returned
 * in place; the caller moves leading and trailing ones to their slots.
 */
export function toBlocks(units: readonly Unit[], layout: Layout, sink: DiagnosticSink): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; ) {
    const u = units[i] as Unit;
    const prev = blocks[blocks.length - 1];
    if (u.note) {
      const { note, end } = takeNote(units, i, 'inline', layout, sink);
      if (note) blocks.push(note);
      i = end;
      continue;
    }
    i++;
    switch (u.kind) {
      case 'text':
        if (isChapterTextMarker(u)) {
          sink.info('note-ao3-chapter-text', u.lines[0]?.no ?? 1, 'AO3 "Chapter Text" marker ends the chapter notes; left out of the body');
          break;
        }
        if (prev && prev.type === 'paragraph' && u.gapBefore >= layout.softGap) {
          blocks.push({ type: 'sceneBreak', kind: 'soft', marker: null, label: null, position: positionOf(u) });
        }
        blocks.push(toParagraph(u));
        break;
      case 'sceneBreak':
        if (prev?.type === 'sceneBreak' && prev.kind === 'hard' && prev.label === null && u.label === undefined) {
          prev.position.end = positionOf(u).end;
          break;
        }
        blocks.push({ type: 'sceneBreak', kind: 'hard', marker: u.lines[0]?.trimmed ?? null, label: u.label ?? null, position: positionOf(u) });
        break;
      case 'pov':
        blocks.push({ type: 'pov', name: u.label ?? '', position: positionOf(u) });
        break;
      case 'ornament':
        blocks.push({ type: 'ornament', text: u.label ?? u.lines[0]?.trimmed ?? '', position: positionOf(u) });
        break;
      case 'illustration':
        blocks.push({ type: 'illustration', caption: parseInline(illustrationCaption(u)), position: positionOf(u) });
        break;
      case 'heading':
        blocks.push(toParagraph(u));
        break;
      case 'dropped':
        break;
    }
  }
  return blocks;
}

function illustrationCaption(unit: Unit): string {
  return unit.lines
    .map((l) => l.trimmed)
    .join('\n')
    .replace(/^\[Illustration:?\s*/i, '')
    .replace(/\]\s*$/, '')
    .trim();
}
