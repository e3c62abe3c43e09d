import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontkitShape } from '../src/render/pdf/font-set.js';
import { ShapingTable } from '../src/render/pdf/shaping-table.js';
import { fontPaths, loadTheme } from '../src/render/pdf/theme.js';
import { Templates } from '../src/render/templates.js';
import { corpusDir, root } from './helpers/inspect.js';

const paths = fontPaths(loadTheme(new Templates()));
const FACES = ['regular', 'italic', 'bold', 'boldItalic'] as const;

/** Words as the PDF shapes them: whitespace-separated, and every piece between hyphenation points or dashes too. */
function words(): string[] {
  const texts = readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const moby = join(corpusDir, 'pg-moby-dick.txt');
  if (existsSync(moby)) texts.push(readFileSync(moby, 'utf8'));
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/\s+/)) {
      found.add(word);
      for (const piece of word.split(/(?<=[-—–])/)) found.add(piece);
    }
  }
  return [...found].filter((w) => w !== '');
}

/** Deterministic strings of the characters the table knows, so pairs and runs the books lack are covered too. */
function randomStrings(chars: string, count: number): string[] {
  let seed = 16;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => chars[Math.floor(next() * chars.length)]).join(''));
}

describe('shaping from a table of the font', () => {
  const texts = words();
  for (const face of FACES) {
    it(`gives what fontkit gives, glyph for glyph (${face})`, () => {
      const bytes = readFileSync(paths[face]);
      const table = ShapingTable.load(paths[face], bytes);
      expect(table).not.toBeNull();
      const font = fontkit.create(bytes) as fontkit.Font;
      const known = JSON.parse(readFileSync(join(root, 'templates/pdf/shaping', `${paths[face].replace(/.*\//, '').replace('.ttf', '')}.json`), 'utf8')) as { chars: string };
      const all = [...texts, ...randomStrings(known.chars, 3000), ...randomStrings('fffiilltaA1²*^ .', 1000), ' ', 'a b', 'of', 'fi', 'ﬁ', 'ffi', 'fffl', '1984', '²1', '*common', '—', 'naïve', 'Œuvre'];
      let shapedByTable = 0;
      for (const [i, text] of all.entries()) {
        // Small capitals (chapter numbers and words) for a share of the texts, to keep the test short.
        for (const smallCaps of i % 8 === 0 ? [false, true] : [false]) {
          const shaped = table!.shape(text, smallCaps);
          if (shaped === null) continue;
          if (!smallCaps) shapedByTable++;
          expect(shaped, `${text}${smallCaps ? ' (small capitals)' : ''}`).toEqual(fontkitShape(font, text, smallCaps));
        }
      }
      // Most words of prose are plain Latin: the table must be doing the work, or it stopped loading.
      expect(shapedByTable).toBeGreaterThan(all.length / 2);
      // Every word of the seeds and Moby-Dick through fontkit, per face: about 10 s alone, several times that on a
      // loaded machine.
    }, 180_000);
  }

  it('is not used for a font file other than the one it was made from', () => {
    const bytes = Buffer.from(readFileSync(paths.regular));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    expect(ShapingTable.load(paths.regular, bytes)).toBeNull();
  });
});
