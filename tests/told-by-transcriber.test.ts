import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** A storyteller's by-line and a transcriber's closing note, as typed-up notebooks carry them. */
const PROSE =
  'She walked along the river for a long time, thinking about everything that had happened, and the water was grey and slow under the bridge.\n\n' +
  'Nobody came. The lamps went on one by one along the quay, and still nobody came, and at last she turned for home.';

describe('told-by lines and transcriber notes', () => {
  it('reads `Told by NAME` as the author under the title', () => {
    const book = outline(parse(Buffer.from(`THE NIGHT-FERRY TALES\nTold by Ishbel Marrow\n\n${PROSE}\n`), 'test.txt'));
    expect([book.title, book.author]).toEqual(['THE NIGHT-FERRY TALES', 'Ishbel Marrow']);
  });

  it("reads a closing `Transcriber's note:` as a note, not story", () => {
    const text = `My Story\nby Someone\n\nChapter 1\n\n${PROSE}\n\nChapter 2\n\n${PROSE}\n\nTranscriber's note: spellings have been kept as in the notebooks.\n`;
    const last = outline(parse(Buffer.from(text), 'test.txt')).chapters.at(-1);
    expect(last?.notesAfter.map((n) => n.text)).toEqual(['spellings have been kept as in the notebooks.']);
  });
});
