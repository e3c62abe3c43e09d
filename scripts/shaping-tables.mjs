// Writes templates/pdf/shaping/<font>.json for the PDF theme's four body faces: what fontkit's shaping of a word
// comes to when the word is made only of characters that no substitution and no positioning other than pair
// kerning can touch, so src/render/pdf/shaping-table.ts can shape such words without fontkit (BENCHMARKS.md,
// "Speed, fourth round": shaping each distinct word for the first time was a quarter of a one-seed PDF build).
//
// The table is exact by construction, from the font and fontkit alone:
// 1. the lookups fontkit applies to a word of a script (its default features, for 'latn' and for text of common
//    characters only) are read from fontkit's own processors; a character is "safe" when its glyph is a base
//    glyph that starts no substitution of those lookups (no GSUB coverage it could trigger), and starts no
//    positioning but pair positioning (no single, cursive, mark or contextual positioning);
// 2. in a word of safe glyphs only, each glyph's advance is then its own advance plus what pair kerning gives it
//    with the glyph before and after, and both are read from fontkit's layout of every pair of safe characters.
// Then it checks the composition against fontkit on words of the seeds and of random strings, and stops if one
// differs. Run again after changing a body font: node scripts/shaping-tables.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// The fontkit script tag of text with no letters of a script (digits, punctuation, spaces).
const COMMON = 'zzzz';
const LOCAL_FEATURES = new Set(['frac', 'numr', 'dnom']);

function inCoverage(coverage, gid) {
  if (coverage.version === 1) return coverage.glyphs.includes(gid);
  return coverage.rangeRecords.some((r) => r.start <= gid && gid <= r.end);
}

/** The coverage that must hold the glyph a subtable starts at, after unwrapping extensions. */
function triggers(kind, type, table) {
  const extension = kind === 'GSUB' ? 7 : 9;
  if (type === extension) return triggers(kind, table.lookupType, table.extension);
  const context = kind === 'GSUB' ? 5 : 7;
  const chaining = kind === 'GSUB' ? 6 : 8;
  if (type === context) return { type, coverage: table.version === 3 ? table.coverages[0] : table.coverage };
  if (type === chaining) return { type, coverage: table.version === 3 ? table.inputCoverage[0] : table.coverage };
  if (kind === 'GPOS' && (type === 4 || type === 5)) return { type, coverage: table.markCoverage };
  if (kind === 'GPOS' && type === 6) return { type, coverage: table.mark1Coverage };
  return { type, coverage: table.coverage };
}

function glyphClass(font, gid) {
  const defs = font.GDEF?.glyphClassDef;
  if (!defs) return 0;
  if (defs.version === 1) return gid >= defs.startGlyph && gid < defs.startGlyph + defs.classValueArray.length ? defs.classValueArray[gid - defs.startGlyph] : 0;
  return defs.classRangeRecord.find((r) => r.start <= gid && gid <= r.end)?.class ?? 0;
}

/** Glyph ids that some lookup fontkit applies for `script` could act on other than by pair kerning. */
function unsafeGlyphs(font, script, gids) {
  const run = font.layout('a', [], script);
  const features = Object.keys(run.features).filter((f) => run.features[f] && !LOCAL_FEATURES.has(f));
  const engine = font._layoutEngine.engine;
  const unsafe = new Set();
  for (const [kind, processor] of [['GSUB', engine.GSUBProcessor], ['GPOS', engine.GPOSProcessor]]) {
    if (!processor) continue;
    processor.selectScript(script, null, 'ltr');
    for (const { lookup } of processor.lookupsForFeatures(features)) {
      for (const table of lookup.subTables) {
        const { type, coverage } = triggers(kind, lookup.lookupType, table);
        const kerning = kind === 'GPOS' && type === 2;
        const flags = lookup.flags.flags;
        for (const gid of gids) {
          if (!inCoverage(coverage, gid)) continue;
          // Pair kerning is composed from pairs, as long as it sees every glyph of the word (no flag skips one).
          if (!kerning || flags.ignoreBaseGlyphs || flags.ignoreLigatures || flags.useMarkFilteringSet) unsafe.add(gid);
        }
      }
    }
  }
  return unsafe;
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
    if (g.length !== 1 || g[0].id === 0 || (run.script !== 'latn' && run.script !== COMMON)) continue;
    if (glyphClass(font, g[0].id) === 3 || g[0].isMark) continue;
    chars.push({ ch, gid: g[0].id, advance: g[0].advanceWidth, latin: run.script === 'latn' });
  }
  const gids = chars.map((c) => c.gid);
  const scripts = {};
  for (const script of ['latn', COMMON]) {
    const unsafe = unsafeGlyphs(font, script, gids);
    // A word of script `script` is one with a Latin letter (latn) or with none (common): only those characters.
    const safe = chars.filter((c) => !unsafe.has(c.gid) && (script === 'latn' || !c.latin));
    const kern = [];
    for (const a of safe) {
      for (const b of safe) {
        const run = font.layout(a.ch + b.ch, [], script);
        if (run.glyphs.length !== 2 || run.glyphs[0].id !== a.gid || run.glyphs[1].id !== b.gid) throw new Error(`${file}: ${a.ch}${b.ch} substituted though its glyphs are safe`);
        const [p, q] = run.positions;
        if (p.xOffset || p.yOffset || q.xOffset || q.yOffset || p.yAdvance || q.yAdvance) throw new Error(`${file}: ${a.ch}${b.ch} moved off its baseline`);
        const d1 = p.xAdvance - a.advance;
        const d2 = q.xAdvance - b.advance;
        if (d1 !== 0 || d2 !== 0) kern.push(chars.indexOf(a), chars.indexOf(b), d1, d2);
      }
    }
    scripts[script] = { safe: safe.map((c) => c.ch).join(''), kern };
  }
  return {
    font: createHash('sha256').update(bytes).digest('hex'),
    unitsPerEm: font.unitsPerEm,
    chars: chars.map((c) => c.ch).join(''),
    glyphs: gids,
    advances: chars.map((c) => c.advance),
    latin: chars.map((c) => (c.latin ? 1 : 0)).join(''),
    scripts,
  };
}

const faces = ['regular', 'italic', 'bold', 'boldItalic'];
mkdirSync(outDir, { recursive: true });
for (const face of faces) {
  const file = require.resolve(theme.fonts[face]);
  const started = Date.now();
  const table = tableFor(file);
  const name = `${basename(file).replace(/\.[ot]tf$/i, '')}.json`;
  writeFileSync(join(outDir, name), `${JSON.stringify(table)}\n`);
  const s = table.scripts;
  process.stdout.write(`${name}: ${table.chars.length} characters, safe ${s.latn.safe.length} (latn) ${s[COMMON].safe.length} (common), ${s.latn.kern.length / 4} kerned pairs, ${Date.now() - started} ms\n`);
}
