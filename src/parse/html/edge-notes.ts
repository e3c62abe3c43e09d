import type { Note, Paragraph } from '../../model.js';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { matchNoteLabel } from '../rules/notes.js';
import { append } from './hast-query.js';

/** How many unlabelled paragraphs may continue a note before its closing separator. */
const MAX_CONTINUATION = 3;

const labelOf = (b: MdBlock | undefined): ReturnType<typeof matchNoteLabel> =>
  b?.type === 'paragraph' ? matchNoteLabel(inlineText(b.children)) : null;

function note(first: Paragraph, label: string, rest: string, more: readonly Paragraph[]): Note {
  const head: Paragraph[] = rest === '' ? [] : [{ ...first, children: [{ type: 'text', value: rest }] }];
  const last = more[more.length - 1] ?? first;
  return { type: 'note', label, place: 'inline', children: [...head, ...more], position: { start: first.position.start, end: last.position.end } };
}

/** Notes at the top of one section (between headings): labelled paragraphs, and what continues them up to a separator. */
function leading(seg: MdBlock[]): MdBlock[] {
  const out: MdBlock[] = [];
  let i = 0;
  for (let m = labelOf(seg[i]); m !== null; m = labelOf(seg[i])) {
    const first = seg[i] as Paragraph;
    let j = i + 1;
    while (j < seg.length && j - i <= MAX_CONTINUATION && seg[j]!.type === 'paragraph' && labelOf(seg[j]) === null) j++;
    const closed = seg[j]?.type === 'sceneBreak' && j > i + 1;
    // A label alone (`<b>Author's Note:</b>` over its `<p>`) heads the paragraph under it.
    const alone = !closed && m.rest === '' && j > i + 1;
    const more = closed ? (seg.slice(i + 1, j) as Paragraph[]) : alone ? [seg[i + 1] as Paragraph] : [];
    out.push(note(first, m.label, m.rest, more));
    i = closed ? j + 1 : alone ? i + 2 : i + 1;
    if (seg[i]?.type === 'sceneBreak' && labelOf(seg[i + 1]) === null) i++;
  }
  return [...out, ...seg.slice(i)];
}

/** Notes at the bottom of one section: a labelled paragraph followed only by a few paragraphs (or other such notes). */
function trailing(seg: MdBlock[]): MdBlock[] {
  let start = seg.length;
  for (let k = seg.length - 1; k >= 0 && seg.length - k <= MAX_CONTINUATION + 1 && seg[k]!.type === 'paragraph'; k--) if (labelOf(seg[k]) !== null) start = k;
  if (start === seg.length || start === 0) return seg;
  const notes: Note[] = [];
  for (let k = start; k < seg.length; k++) {
    const m = labelOf(seg[k]);
    const p = seg[k] as Paragraph;
    if (m) notes.push(note(p, m.label, m.rest, []));
    else {
      const last = notes[notes.length - 1]!;
      last.children.push(p);
      last.position = { start: last.position.start, end: p.position.end };
    }
  }
  const body = seg.slice(0, start);
  if (body[body.length - 1]?.type === 'sceneBreak') body.pop();
  return [...body, ...notes];
}

/**
 * Author's notes written into the text of a page (`A/N: …`, `Disclaimer: …`)
 * at the top or bottom of a chapter become notes, as in plain text; a rule
 * between the note and the story closes the note and is not a scene break.
 */
export function edgeNotes(blocks: readonly MdBlock[]): MdBlock[] {
  const out: MdBlock[] = [];
  let seg: MdBlock[] = [];
  const flush = (): void => {
    append(out, trailing(leading(seg)));
    seg = [];
  };
  for (const b of blocks) {
    if (b.type === 'mdHeading') {
      flush();
      out.push(b);
    } else seg.push(b);
  }
  flush();
  return out;
}
