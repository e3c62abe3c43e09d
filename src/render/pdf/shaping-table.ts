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
  /** The characters the table knows, each one UTF-16 code unit, with their glyphs. */
  chars: string;
  glyphs: number[];
  /** '1' for a character of the Latin script, '0' for a common one (digits, punctuation, spaces). */
  latin: string;
  /** Advance of each glyph a word of the table can end up with, by glyph id. */
  advances: Record<string, number>;
  /** Per fontkit script, with small capitals or not. */
  plans: Record<PlanName, PlanFile>;
}

type PlanName = 'latn' | 'latn+smcp' | 'zzzz' | 'zzzz+smcp';

interface PlanFile {
  /** The characters whose words the plan shapes. */
  safe: string;
  /** fontkit's substitutions to replay, in its order: single (from, to, …) and ligatures (first glyph, [components…, ligature] in fontkit's order). */
  steps: ({ single: number[] } | { ligature: [number, number[][]][] })[];
  /** Kerning of glyph pairs (first, second, added to the first, added to the second, …), and pairs fontkit does not lay out as two glyphs. */
  kern: number[];
  unknown: number[];
}

type Step = { single: Map<number, number> } | { ligature: Map<number, number[][]> };

interface Plan {
  safe: Uint8Array;
  steps: Step[];
  /** Kerning of a pair at `first * 65536 + second`: [first's, second's], or null for a pair the table cannot tell. */
  pairs: Map<number, readonly [number, number] | null>;
}

const DIR = fileURLToPath(new URL('../../../templates/pdf/shaping/', import.meta.url));

/**
 * fontkit's shaping of words of plain Latin text (letters, digits, punctuation;
 * small capitals too), replayed from a table of the font instead of run through
 * fontkit: its glyphs (ligatures included), advances and kerning, the same to
 * the unit, in a fraction of the time a word's first shaping takes, and without
 * fontkit decoding the font's GSUB and GPOS tables at all when a book has no
 * other words. A word with any other character returns null and goes to fontkit.
 * Why the table is exact: scripts/shaping-tables.mjs; tests/shaping-table.test.ts
 * compares it with fontkit.
 */
export class ShapingTable {
  readonly #file: TableFile;
  readonly #index: Int16Array;
  readonly #latin: Uint8Array;
  readonly #advances = new Map<number, number>();
  readonly #plans = new Map<PlanName, Plan>();

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
    this.#file = file;
    const n = file.chars.length;
    let top = 0;
    for (let k = 0; k < n; k++) top = Math.max(top, file.chars.charCodeAt(k));
    this.#index = new Int16Array(top + 1).fill(-1);
    this.#latin = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      this.#index[file.chars.charCodeAt(k)] = k;
      this.#latin[k] = file.latin.charCodeAt(k) === 0x31 ? 1 : 0;
    }
    for (const [id, advance] of Object.entries(file.advances)) this.#advances.set(Number(id), advance);
  }

  /** A plan's lookup structures, made when a word first needs it (most books never use small capitals of digits). */
  #plan(name: PlanName): Plan {
    let plan = this.#plans.get(name);
    if (plan !== undefined) return plan;
    const made = this.#file.plans[name];
    const safe = new Uint8Array(this.#file.chars.length);
    for (let k = 0; k < made.safe.length; k++) safe[this.#index[made.safe.charCodeAt(k)]!] = 1;
    const steps = made.steps.map((step): Step => {
      if ('single' in step) {
        const map = new Map<number, number>();
        for (let k = 0; k < step.single.length; k += 2) map.set(step.single[k]!, step.single[k + 1]!);
        return { single: map };
      }
      return { ligature: new Map(step.ligature) };
    });
    const pairs = new Map<number, readonly [number, number] | null>();
    for (let k = 0; k < made.kern.length; k += 4) pairs.set(made.kern[k]! * 65536 + made.kern[k + 1]!, [made.kern[k + 2]!, made.kern[k + 3]!]);
    for (let k = 0; k < made.unknown.length; k += 2) pairs.set(made.unknown[k]! * 65536 + made.unknown[k + 1]!, null);
    plan = { safe, steps, pairs };
    this.#plans.set(name, plan);
    return plan;
  }

  /** `text` as fontkit would shape it with the font's default features (and small capitals when asked), or null when the table cannot tell. */
  shape(text: string, smallCaps: boolean): Shaped | null {
    const len = text.length;
    if (len === 0) return null;
    const index = this.#index;
    const ids: number[] = new Array(len);
    const codePoints: number[][] = new Array(len);
    const at: number[] = new Array(len);
    let latin = 0;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      const k = c < index.length ? index[c]! : -1;
      if (k < 0) return null;
      at[i] = k;
      ids[i] = this.#file.glyphs[k]!;
      codePoints[i] = [c];
      latin |= this.#latin[k]!;
    }
    // fontkit takes a word's script from its first letter of a script; a word with none is shaped as common text.
    const plan = this.#plan(`${latin === 1 ? 'latn' : 'zzzz'}${smallCaps ? '+smcp' : ''}`);
    for (let i = 0; i < len; i++) if (plan.safe[at[i]!] === 0) return null;
    for (const step of plan.steps) {
      if ('single' in step) {
        for (let i = 0; i < ids.length; i++) ids[i] = step.single.get(ids[i]!) ?? ids[i]!;
        continue;
      }
      // A ligature replaces the glyphs it is made of, the first of its set (in fontkit's order) that matches.
      for (let i = 0; i < ids.length; i++) {
        const set = step.ligature.get(ids[i]!);
        if (set === undefined) continue;
        for (const ligature of set) {
          const parts = ligature.length - 1;
          let k = 0;
          while (k < parts && ids[i + 1 + k] === ligature[k]) k++;
          if (k < parts) continue;
          ids.splice(i, parts + 1, ligature[parts]!);
          codePoints.splice(i, parts + 1, codePoints.slice(i, i + parts + 1).flat());
          break;
        }
      }
    }
    const count = ids.length;
    const glyphs: Shaped['glyphs'] = new Array(count);
    const xAdvances: number[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const advanceWidth = this.#advances.get(ids[i]!);
      if (advanceWidth === undefined) return null;
      glyphs[i] = { id: ids[i]!, codePoints: codePoints[i]!, advanceWidth };
      xAdvances[i] = advanceWidth;
    }
    let width = 0;
    for (let i = 0; i < count; i++) {
      if (i + 1 < count) {
        const kern = plan.pairs.get(ids[i]! * 65536 + ids[i + 1]!);
        if (kern === null) return null;
        if (kern !== undefined) {
          xAdvances[i]! += kern[0];
          xAdvances[i + 1]! += kern[1];
        }
      }
      width += xAdvances[i]!;
    }
    return { glyphs, xAdvances, offset: false, width: width / this.#file.unitsPerEm, unitsPerEm: this.#file.unitsPerEm };
  }
}
