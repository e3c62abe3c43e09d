import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Shaped } from './font-set.js';

/** `templates/pdf/shaping/<font>.json`, written by scripts/shaping-tables.mjs. */
interface TableFile {
  /** SHA-256 of the font file the table was made from: any other file is shaped by fontkit. */
  font: string;
  unitsPerEm: number;
  /** The characters the table knows, each one UTF-16 code unit, with their glyphs and advances. */
  chars: string;
  glyphs: number[];
  advances: number[];
  /** '1' for a character of the Latin script, '0' for a common one (digits, punctuation, spaces). */
  latin: string;
  /** Per fontkit script: the characters only pair kerning touches, and the kerning of pairs of them (index, index, first, second). */
  scripts: Record<'latn' | 'zzzz', { safe: string; kern: number[] }>;
}

const DIR = fileURLToPath(new URL('../../../templates/pdf/shaping/', import.meta.url));

interface Script {
  safe: Uint8Array;
  /** Kerning added to the first and to the second glyph of a pair, at `first * n + second`. */
  first: Int16Array;
  second: Int16Array;
}

/**
 * fontkit's shaping of a word made only of characters that no substitution
 * and no positioning but pair kerning can touch (in EB Garamond, every Latin-1
 * letter and punctuation mark but `f`, the digits, `*` and `^`), composed from
 * a table of the font instead of run through fontkit's lookups: the same
 * glyphs and advances, found in a fraction of the time a word's first shaping
 * takes. Other words return null and go to fontkit. Why it is exact:
 * scripts/shaping-tables.mjs.
 */
export class ShapingTable {
  readonly #index: Int16Array;
  readonly #glyphs: readonly number[];
  readonly #advances: readonly number[];
  readonly #latin: Uint8Array;
  readonly #latn: Script;
  readonly #common: Script;
  readonly #n: number;
  readonly #unitsPerEm: number;

  /** The table made from this font file, or null when there is none or it was made from other bytes. */
  static load(fontPath: string, bytes: Uint8Array): ShapingTable | null {
    let text: string;
    try {
      text = readFileSync(`${DIR}${basename(fontPath).replace(/\.[ot]tf$/i, '')}.json`, 'utf8');
    } catch {
      return null;
    }
    const file = JSON.parse(text) as TableFile;
    if (file.font !== createHash('sha256').update(bytes).digest('hex')) return null;
    return new ShapingTable(file);
  }

  private constructor(file: TableFile) {
    const n = file.chars.length;
    this.#n = n;
    this.#unitsPerEm = file.unitsPerEm;
    this.#glyphs = file.glyphs;
    this.#advances = file.advances;
    let top = 0;
    for (let k = 0; k < n; k++) top = Math.max(top, file.chars.charCodeAt(k));
    this.#index = new Int16Array(top + 1).fill(-1);
    this.#latin = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      this.#index[file.chars.charCodeAt(k)] = k;
      this.#latin[k] = file.latin.charCodeAt(k) === 0x31 ? 1 : 0;
    }
    const script = (s: TableFile['scripts']['latn']): Script => {
      const made: Script = { safe: new Uint8Array(n), first: new Int16Array(n * n), second: new Int16Array(n * n) };
      for (let k = 0; k < s.safe.length; k++) made.safe[this.#index[s.safe.charCodeAt(k)]!] = 1;
      for (let k = 0; k < s.kern.length; k += 4) {
        const at = s.kern[k]! * n + s.kern[k + 1]!;
        made.first[at] = s.kern[k + 2]!;
        made.second[at] = s.kern[k + 3]!;
      }
      return made;
    };
    this.#latn = script(file.scripts.latn);
    this.#common = script(file.scripts.zzzz);
  }

  /** `text` as fontkit would shape it with the font's default features, or null when the table cannot tell. */
  shape(text: string): Shaped | null {
    const len = text.length;
    if (len === 0) return null;
    const index = this.#index;
    const at = new Array<number>(len);
    let latin = 0;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      const k = c < index.length ? index[c]! : -1;
      if (k < 0) return null;
      at[i] = k;
      latin |= this.#latin[k]!;
    }
    // fontkit takes a word's script from its first letter of a script; a word with none is shaped as common text.
    const script = latin === 1 ? this.#latn : this.#common;
    for (let i = 0; i < len; i++) if (script.safe[at[i]!] === 0) return null;
    const n = this.#n;
    const glyphs: Shaped['glyphs'] = new Array(len);
    const xAdvances = new Array<number>(len);
    let width = 0;
    for (let i = 0; i < len; i++) {
      const k = at[i]!;
      const advanceWidth = this.#advances[k]!;
      let x = advanceWidth;
      if (i + 1 < len) x += script.first[k * n + at[i + 1]!]!;
      if (i > 0) x += script.second[at[i - 1]! * n + k]!;
      glyphs[i] = { id: this.#glyphs[k]!, codePoints: [text.charCodeAt(i)], advanceWidth };
      xAdvances[i] = x;
      width += x;
    }
    return { glyphs, xAdvances, offset: false, width: width / this.#unitsPerEm, unitsPerEm: this.#unitsPerEm };
  }
}
