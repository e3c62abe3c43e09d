import { DiagnosticSink } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import type { Manuscript } from '../../model.js';
import { placeFootnotes, type Footnote } from '../html/footnotes.js';
import { sectionBlocks } from '../section-blocks.js';
import { emptyLinesAreLayout, Fb2BodyReader } from './fb2-body.js';
import { fb2Text } from './fb2-bytes.js';
import { fb2Meta } from './fb2-meta.js';
import { attrOf, childNamed, childrenNamed, readFb2Xml } from './fb2-xml.js';

/** Bodies that hold the book's notes rather than its text (`<body name="notes">`, LibRusEc's `comments`). */
const NOTE_BODY = /^(?:notes?|comments?|footnotes?)$/i;

/**
 * A FictionBook 2 (`.fb2`, `.fb2.zip`, or such a file renamed) to a
 * Manuscript: `<description><title-info>` gives the metadata, the main
 * `<body>`'s sections the chapters (parts over chapters when nested), the
 * notes body the footnotes, placed after the chapter that refers to each;
 * `<binary>` pictures are not text. Throws `InputError` (naming `file:line`)
 * when the bytes cannot be read as an FB2.
 */
export function parseFb2(bytes: Uint8Array, file: string): Manuscript {
  try {
    return readFb2(bytes, file);
  } catch (error) {
    // A document nested past the stack is refused like any other that cannot be read.
    if (error instanceof RangeError) throw new InputError(file, 'its elements nest too deeply to be read as a book; check the markup.');
    throw error;
  }
}

function readFb2(bytes: Uint8Array, file: string): Manuscript {
  const sink = new DiagnosticSink(file);
  const { text, encoding } = fb2Text(bytes, file, sink);
  sink.info('fb2', 1, `read as FictionBook 2 (${encoding})`);
  const root = readFb2Xml(text, file, sink);
  const meta = fb2Meta(childNamed(root, 'description'));
  const bodies = childrenNamed(root, 'body');
  const main = bodies.filter((b, k) => k === 0 || !NOTE_BODY.test(attrOf(b, 'name')));
  const layout = emptyLinesAreLayout(main);
  if (layout) sink.info('fb2-empty-lines', main[0]!.line, 'the book puts <empty-line/> between paragraphs; read as spacing, not as scene breaks');
  const reader = new Fb2BodyReader(sink, layout);
  for (const body of main) reader.body(body, meta);
  const footnotes: Footnote[] = bodies.filter((b) => !main.includes(b)).flatMap((b) => reader.footnotes(b));
  const pictures = childrenNamed(root, 'binary');
  if (pictures.length > 0) sink.info('fb2-binary', pictures[0]!.line, `${pictures.length} embedded picture${pictures.length === 1 ? '' : 's'} (<binary>) left out: not text`);
  if (main.length === 0 || reader.out.blocks.length === 0) throw new InputError(file, 'the FB2 has no text in its <body>; there is nothing to bind.');
  const m = sectionBlocks(reader.out.blocks, meta, { file, encoding, sink, chapterFile: true }, { keepAtEdge: () => false });
  placeFootnotes(m, footnotes);
  m.diagnostics = sink.sorted();
  return m;
}
