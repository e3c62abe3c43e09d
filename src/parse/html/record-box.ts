import type { DiagnosticSink } from '../../diagnostics.js';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { fold } from './heading-marks.js';

/** Longer than this, a paragraph before the title's second showing is the story's, not a catalogue record. */
const MAX_RECORD_LINE = 300;

const said = (b: MdBlock | undefined): string =>
  b === undefined ? '' : b.type === 'mdHeading' ? b.text : b.type === 'paragraph' ? inlineText(b.children).trim() : '';

/**
 * A library's record of the work over its text (a catalogue card: author, title, `Edición digital basada en…`,
 * `Marcado por:`): the page shows the work's title twice, the record's first and the text's own title page
 * after it. Everything from the first showing to the title page of the text is left out (`html-record-box`).
 */
export function dropRecordBox(blocks: readonly MdBlock[], title: string | null, author: string | null, sink: DiagnosticSink): MdBlock[] {
  if (title === null) return [...blocks];
  const names = new Set([title, author].filter((t): t is string => t !== null).map(fold));
  const titled = blocks.flatMap((b, i) => (fold(said(b)) === fold(title) ? [i] : []));
  if (titled.length < 2) return [...blocks];
  let first = titled[0]!;
  while (first > 0 && names.has(fold(said(blocks[first - 1])))) first--;
  let second = titled[titled.length - 1]!;
  while (second > titled[0]! + 1 && names.has(fold(said(blocks[second - 1])))) second--;
  const record = blocks.slice(first, second);
  if (record.some((b) => said(b).length > MAX_RECORD_LINE || (b.type !== 'paragraph' && b.type !== 'mdHeading' && b.type !== 'illustration'))) return [...blocks];
  sink.info('html-record-box', record[0]!.position.start.line, `${record.length} blocks before the text's own title page repeat the work's title: the library's record of it, not story`);
  return [...blocks.slice(0, first), ...blocks.slice(second)];
}
