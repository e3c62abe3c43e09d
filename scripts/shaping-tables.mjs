// Writes templates/pdf/shaping/<font>.json for the PDF theme's four body faces: fontkit's shaping of words of
// plain Latin text (letters, digits, punctuation), as a small table, so src/render/pdf/shaping-table.ts can shape
// them without running fontkit (BENCHMARKS.md, "Speed, fourth round": a first fontkit layout per distinct word,
// and fontkit decoding its GSUB and GPOS tables on the first, were a quarter of a one-seed PDF build).
//
// For each of the four ways quire shapes text (Latin words or words of common characters only, each with and
// without small capitals), the lookups fontkit applies are taken from fontkit's own processors, in its order, and
// sorted out against the glyphs of the characters below:
// - single and ligature substitutions are kept, to be replayed (`f` + `i` → `f_i`), when nothing else fontkit
//   applies could then act on the glyph they make;
// - a contextual lookup with a position no glyph of such words can fill never applies; when every position can
//   be filled, the characters of its fewest-glyph position fall back to fontkit (EB Garamond's superior figures
//   ¹²³, which change a digit after them, not the digits);
// - any other substitution or positioning a glyph could start, other than pair kerning, makes the characters
//   that can become that glyph fall back to fontkit (in EB Garamond `*` and `^`, which start ligatures into
//   ornaments).
// Then the kerning of every pair of glyphs such words can hold is read from fontkit's layout of the pair; a pair
// fontkit does not lay out as those two glyphs (it substitutes across them) is marked, and a word holding it is
// left to fontkit. tests/shaping-table.test.ts compares the table with fontkit word for word.
// Run again after changing a body font: node scripts/shaping-tables.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const theme = JSON.parse(readFileSync(join(root, 'templates/pdf/theme.json'), 'utf8'));
const outDir = join(root, 'templates/pdf/shaping');

// Characters a table may cover (others always go to fontkit): printable ASCII, Latin-1, and the punctuation of
// prose (dashes, quotes, daggers, bullet, ellipsis, per mille, primes, guillemets). Not U+00AD (fontkit hides
// default ignorables) nor U+2044 (the fraction slash switches on fontkit's fraction features around it).
const CANDIDATES = [];
for (let c = 0x20; c <= 0x7e; c++) CANDIDATES.push(c);
for (let c = 0xa0; c <= 0xff; c++) if (c !== 0xad) CANDIDATES.push(c);
for (let c = 0x2010; c <= 0x2027; c++) CANDIDATES.push(c);
for (let c = 0x2030; c <= 0x203a; c++) CANDIDATES.push(c);

/** fontkit's script tags: Latin, and text with no letter of any script (digits, punctuation, spaces). */
const SCRIPTS = ['latn', 'zzzz'];
const MODES = [{ name: '', features: [] }, { name: 'smcp', features: ['smcp'] }];
/** Features fontkit switches on only around a fraction slash, which no table covers. */
const LOCAL_FEATURES = new Set(['frac', 'numr', 'dnom']);

const glyphsOf = (coverage) => (coverage.version === 1 ? coverage.glyphs : coverage.rangeRecords.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i)));
const coverageIndex = (coverage, gid) => (coverage.version === 1 ? coverage.glyphs.indexOf(gid) : (() => {
  const r = coverage.rangeRecords.find((x) => x.start <= gid && gid <= x.end);
  return r ? r.startCoverageIndex + gid - r.start : -1;
})());

function glyphClass(font, gid) {
  const defs = font.GDEF?.glyphClassDef;
  if (!defs) return 0;
  if (defs.version === 1) return gid >= defs.startGlyph && gid < defs.startGlyph + defs.classValueArray.length ? defs.classValueArray[gid - defs.startGlyph] : 0;
  return defs.classRangeRecord.find((r) => r.start <= gid && gid <= r.end)?.class ?? 0;
}

/** The subtable an extension lookup wraps, with its real type. */
function unwrap(kind, type, table) {
  return type === (kind === 'GSUB' ? 7 : 9) ? unwrap(kind, table.lookupType, table.extension) : { type, table };
}

/** For a contextual subtable: the coverage of the glyph it starts at, and every coverage it needs (format 3), else null. */
function context(kind, type, table) {
  const plain = kind === 'GSUB' ? 5 : 7;
  const chaining = kind === 'GSUB' ? 6 : 8;
  if (type === plain) return { start: table.version === 3 ? table.coverages[0] : table.coverage, all: table.version === 3 ? table.coverages : null };
  if (type === chaining) return { start: table.version === 3 ? table.inputCoverage[0] : table.coverage, all: table.version === 3 ? [...table.backtrackCoverage, ...table.inputCoverage, ...table.lookaheadCoverage] : null };
  return null;
}

/** The coverage a positioning subtable starts at (marks for the mark attachments). */
function gposStart(type, table) {
  if (type === 4 || type === 5) return table.markCoverage;
  if (type === 6) return table.mark1Coverage;
  return table.coverage;
}

/** The lookups fontkit applies for `script` and `features`, in its order, from its own processors. */
function appliedLookups(font, script, features) {
  const run = font.layout('a', features, script);
  const tags = Object.keys(run.features).filter((f) => run.features[f] && !LOCAL_FEATURES.has(f));
  const engine = font._layoutEngine.engine;
  const out = [];
  for (const [kind, processor] of [['GSUB', engine.GSUBProcessor], ['GPOS', engine.GPOSProcessor]]) {
    if (!processor) continue;
    processor.selectScript(script, null, 'ltr');
    for (const { lookup } of processor.lookupsForFeatures(tags)) out.push({ kind, lookup });
  }
  return out;
}

/** One way of shaping (script and features): the substitutions to replay, the safe characters, the kerning. */
function plan(font, chars, script, mode) {
  const lookups = appliedLookups(font, script, mode.features);
  const base = new Set(chars.map((c) => c.gid));
  // Every glyph any applied lookup could act on other than by pair kerning, to test what substitutions make.
  const touched = new Set();
  for (const { kind, lookup } of lookups) {
    for (const raw of lookup.subTables) {
      const { type, table } = unwrap(kind, lookup.lookupType, raw);
      if (kind === 'GPOS' && type === 2) continue;
      const ctx = context(kind, type, table);
      const covs = ctx ? (ctx.all ?? [ctx.start]) : [kind === 'GSUB' ? table.coverage : gposStart(type, table)];
      for (const c of covs) for (const g of glyphsOf(c)) touched.add(g);
    }
  }
  const reach = new Set(base);
  const poison = new Set();
  const steps = [];
  for (const { kind, lookup } of lookups) {
    const flags = lookup.flags.flags;
    for (const raw of lookup.subTables) {
      const { type, table } = unwrap(kind, lookup.lookupType, raw);
      if (kind === 'GPOS' && type === 2) {
        if (flags.ignoreBaseGlyphs || flags.ignoreLigatures || flags.useMarkFilteringSet) for (const g of glyphsOf(table.coverage)) if (reach.has(g)) poison.add(g);
        continue;
      }
      const ctx = context(kind, type, table);
      if (ctx) {
        // A rule needing a glyph no word here can hold never applies. Otherwise the fewest glyphs that keep it from
        // applying are left to fontkit: those of one position it needs (EB Garamond's superior figures ¹²³, which
        // change the digits after them), or the glyph it starts at.
        const needed = (ctx.all ?? [ctx.start]).map((c) => glyphsOf(c).filter((g) => reach.has(g)));
        if (needed.some((n) => n.length === 0)) continue;
        for (const g of needed.reduce((a, b) => (b.length < a.length ? b : a))) poison.add(g);
        continue;
      }
      if (kind === 'GSUB' && type === 1) {
        const map = [];
        for (const g of glyphsOf(table.coverage)) {
          if (!reach.has(g)) continue;
          const to = table.version === 1 ? (g + table.deltaGlyphID) & 0xffff : table.substitute.get(coverageIndex(table.coverage, g));
          // Replayed only when nothing else could act on the glyph it makes.
          if (touched.has(to) && to !== g) poison.add(g);
          else map.push([g, to]);
        }
        for (const [, to] of map) reach.add(to);
        if (map.length > 0) steps.push({ single: map.flat() });
        continue;
      }
      if (kind === 'GSUB' && type === 4) {
        const sets = [];
        for (const g of glyphsOf(table.coverage)) {
          if (!reach.has(g)) continue;
          const ligatures = table.ligatureSets.get(coverageIndex(table.coverage, g)).filter((l) => l.components.every((c) => reach.has(c)));
          if (ligatures.length === 0) continue;
          if (ligatures.some((l) => touched.has(l.glyph) || glyphClass(font, l.glyph) === 3)) {
            poison.add(g);
            continue;
          }
          sets.push([g, ligatures.map((l) => [...l.components, l.glyph])]);
        }
        for (const [, ligatures] of sets) for (const l of ligatures) reach.add(l[l.length - 1]);
        if (sets.length > 0) steps.push({ ligature: sets });
        continue;
      }
      const start = kind === 'GSUB' ? table.coverage : gposStart(type, table);
      for (const g of glyphsOf(start)) if (reach.has(g)) poison.add(g);
    }
  }
  // What each glyph can become through the replayed steps; a character is safe when none of that is poisoned.
  const becomes = (gid) => {
    const seen = new Set([gid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const step of steps) {
        if (step.single) for (let k = 0; k < step.single.length; k += 2) if (seen.has(step.single[k]) && !seen.has(step.single[k + 1])) seen.add(step.single[k + 1]), (grew = true);
        if (step.ligature) for (const [, ligatures] of step.ligature) for (const l of ligatures) if (l.slice(0, -1).some((c) => seen.has(c)) && !seen.has(l[l.length - 1])) seen.add(l[l.length - 1]), (grew = true);
      }
    }
    return seen;
  };
  const safe = chars.filter((c) => (script === 'latn' || !c.latin) && ![...becomes(c.gid)].some((g) => poison.has(g) || glyphClass(font, g) === 3));
  // The glyphs such words end up with, each with a string that makes it alone: single characters, then ligatures.
  const witness = new Map();
  for (const c of safe) {
    const run = font.layout(c.ch, mode.features, script);
    if (run.glyphs.length !== 1) throw new Error(`${c.ch} shaped as ${run.glyphs.length} glyphs`);
    if (!witness.has(run.glyphs[0].id)) witness.set(run.glyphs[0].id, c.ch);
  }
  for (const step of steps) {
    for (const [first, ligatures] of step.ligature ?? []) {
      for (const l of ligatures) {
        const parts = [first, ...l.slice(0, -1)].map((g) => witness.get(g));
        if (parts.some((p) => p === undefined)) continue;
        const text = parts.join('');
        const run = font.layout(text, mode.features, script);
        if (run.glyphs.length === 1 && run.glyphs[0].id === l[l.length - 1] && !witness.has(l[l.length - 1])) witness.set(l[l.length - 1], text);
      }
    }
  }
  const glyphs = [...witness.keys()];
  const kern = [];
  const unknown = [];
  for (const a of glyphs) {
    for (const b of glyphs) {
      const run = font.layout(witness.get(a) + witness.get(b), mode.features, script);
      if (run.glyphs.length !== 2 || run.glyphs[0].id !== a || run.glyphs[1].id !== b) {
        unknown.push(a, b);
        continue;
      }
      const [p, q] = run.positions;
      if (p.xOffset || p.yOffset || q.xOffset || q.yOffset || p.yAdvance || q.yAdvance) {
        unknown.push(a, b);
        continue;
      }
      const d1 = p.xAdvance - run.glyphs[0].advanceWidth;
      const d2 = q.xAdvance - run.glyphs[1].advanceWidth;
      if (d1 !== 0 || d2 !== 0) kern.push(a, b, d1, d2);
    }
  }
  return { safe: safe.map((c) => c.ch).join(''), steps, glyphs, kern, unknown };
}

function tableFor(file) {
  const bytes = readFileSync(file);
  const font = fontkit.create(bytes);
  if (font.morx || font.kern) throw new Error(`${file}: AAT or kern-table fonts are not covered`);
  const chars = [];
  for (const c of CANDIDATES) {
    const ch = String.fromCharCode(c);
    const run = font.layout(ch);
    const g = run.glyphs;
    if (g.length !== 1 || g[0].id === 0 || !SCRIPTS.includes(run.script)) continue;
    chars.push({ ch, gid: font.glyphForCodePoint(c).id, latin: run.script === 'latn' });
  }
  const plans = {};
  const advances = {};
  for (const script of SCRIPTS) {
    for (const mode of MODES) {
      const made = plan(font, chars, script, mode);
      plans[`${script}${mode.name ? `+${mode.name}` : ''}`] = made;
      for (const g of made.glyphs) advances[g] = font.getGlyph(g).advanceWidth;
    }
  }
  return {
    font: createHash('sha256').update(bytes).digest('hex'),
    unitsPerEm: font.unitsPerEm,
    chars: chars.map((c) => c.ch).join(''),
    glyphs: chars.map((c) => c.gid),
    latin: chars.map((c) => (c.latin ? 1 : 0)).join(''),
    advances,
    plans,
  };
}

mkdirSync(outDir, { recursive: true });
for (const face of ['regular', 'italic', 'bold', 'boldItalic']) {
  const file = require.resolve(theme.fonts[face]);
  const started = Date.now();
  const table = tableFor(file);
  const name = `${basename(file).replace(/\.[ot]tf$/i, '')}.json`;
  writeFileSync(join(outDir, name), `${JSON.stringify(table)}\n`);
  const summary = Object.entries(table.plans).map(([k, p]) => `${k}: ${p.safe.length} safe, ${p.glyphs.length} glyphs, ${p.kern.length / 4} kerned, ${p.unknown.length / 2} unknown pairs`).join('; ');
  process.stdout.write(`${name} (${table.chars.length} characters, ${Date.now() - started} ms): ${summary}\n`);
}
