import { af } from './af.js';
import { am } from './am.js';
import { ar } from './ar.js';
import { ast } from './ast.js';
import { az } from './az.js';
import { uz } from './uz.js';
import { ug } from './ug.js';
import { se } from './se.js';
import { et, lt, lv } from './baltic.js';
import { be } from './be.js';
import { bg } from './bg.js';
import { bn } from './bn.js';
import { ca } from './ca.js';
import { cs } from './cs.js';
import { cy } from './cy.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { elLatn } from './el-latn.js';
import { eo } from './eo.js';
import { en } from './en.js';
import { es } from './es.js';
import { eu } from './eu.js';
import { fa } from './fa.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { fy } from './fy.js';
import { ga } from './ga.js';
import { gd } from './gd.js';
import { gl } from './gl.js';
import { gu } from './gu.js';
import { he } from './he.js';
import { hi } from './hi.js';
import { bs, hr, sr } from './hr.js';
import { hu } from './hu.js';
import { hy } from './hy.js';
import { id } from './id.js';
import { is } from './is.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ka } from './ka.js';
import { kk } from './kk.js';
import { ky } from './ky.js';
import { kn } from './kn.js';
import { km } from './km.js';
import { ko } from './ko.js';
import { la } from './la.js';
import { lb } from './lb.js';
import { mk } from './mk.js';
import { ml } from './ml.js';
import { mn } from './mn.js';
import { mt } from './mt.js';
import { mr } from './mr.js';
import { ms } from './ms.js';
import { my } from './my.js';
import { ne } from './ne.js';
import { nl } from './nl.js';
import { oc } from './oc.js';
import { nb, nn, no } from './no.js';
import { pa } from './pa.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { si } from './si.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import { so } from './so.js';
import { sq } from './sq.js';
import { sv } from './sv.js';
import { sw } from './sw.js';
import { ha } from './ha.js';
import { ta } from './ta.js';
import { te } from './te.js';
import { th } from './th.js';
import { ti } from './ti.js';
import { tl } from './tl.js';
import { tr } from './tr.js';
import type { HeadingLanguage } from './types.js';
import { uk } from './uk.js';
import { ur } from './ur.js';
import { vi } from './vi.js';
import { yi } from './yi.js';
import { yo } from './yo.js';
import { zu } from './zu.js';
import { zh } from './zh.js';
import { qu } from './qu.js';
import { mi } from './mi.js';
import { ku } from './ku.js';
import { co } from './co.js';
import { scn } from './scn.js';
import { tpi } from './tpi.js';
import { ilo } from './ilo.js';
import { ba } from './ba.js';
import { ht } from './ht.js';
import { pap } from './pap.js';
import { lad } from './lad.js';
import { su } from './su.js';
import { or } from './or.js';

export type { HeadingLanguage, NoteLabelRow } from './types.js';
export { cjkToNumber, CJK_NUMERAL_CHARS } from './cjk.js';

/**
 * Every language quire reads. A file rarely says its language, and the
 * words hardly collide, so the tables are merged: `Kapitel Eins` and
 * `Chapitre premier` are read in the same pass. Where two languages give
 * one word different meanings, the earlier language in this list wins.
 */
export const LANGUAGES: readonly HeadingLanguage[] = [
  en, de, fr, es, it, pt, ru, uk, nl, pl, sv, cs, tr, id, zh, ja, ko,
  vi, th, ar, fa, he, yi, el, hu, fi, no, nb, nn, da, ro, sk, hr, bs, sr, bg, hi, ms, tl, et, lv, lt, la,
  ca, eo, ur, bn, gl, sl, eu, is, af, sw, ha, yo, zu,
  ka, ta, hy, az, uz, kk, ky, mr, te, kn, ml, ne, pa, gu, si, my, km, am, ti, mn, be, mk, sq, cy, ga, gd, mt, lb, oc, so, fy, qu, mi, tpi, ht, pap, lad, su, or, ast, ku, co, scn, ilo, ba, ug, se,
  elLatn,
];

const lower = (w: string): string => w.toLowerCase();
const unique = (words: string[]): string[] => [...new Set(words.map(lower))].sort((a, b) => b.length - a.length);
export const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as one alternation, longest first so `chap.` wins over `chap`. */
/** Words as one pattern. Turkish capital `İ` folds to no `i` in JavaScript's case-insensitive matching: it is spelled out. */
export const alternation = (words: string[]): string =>
  unique(words)
    .map((w) => escapeRegExp(w).replace(/i/g, '[iİ]'))
    .join('|');
const all = <T>(pick: (l: HeadingLanguage) => T[] | undefined): T[] => LANGUAGES.flatMap((l) => pick(l) ?? []);

export const CHAPTER_WORDS = alternation(all((l) => l.chapter));
export const PART_WORDS = alternation(all((l) => l.part));
export const WEAK_CHAPTER_WORDS = alternation(all((l) => l.weakChapter));
export const NAMED_WORDS = alternation(all((l) => l.named));
export const FRONT_WORDS = alternation(all((l) => l.front));

/** Chapters named in scripts written without spaces (`プロローグ`, `楔子`): they may run straight into their title. */
export const CJK_NAMED: readonly string[] = all((l) => l.named).filter((w) => w.charCodeAt(0) >= 0x2e80);

/** Counter-word heading shapes (`第…章`, `제…화`), merged by the text before the number. */
export const CJK_SHAPES: readonly { prefix: string; chapter: string[]; part: string[] }[] = (() => {
  const byPrefix = new Map<string, { prefix: string; chapter: string[]; part: string[] }>();
  for (const c of all((l) => l.counters)) {
    const shape = byPrefix.get(c.prefix) ?? { prefix: c.prefix, chapter: [], part: [] };
    shape.chapter = [...new Set([...shape.chapter, ...c.chapter])];
    shape.part = [...new Set([...shape.part, ...c.part])];
    byPrefix.set(c.prefix, shape);
  }
  return [...byPrefix.values()];
})();

/** Every word a heading can start with, lower case: a fast test before the rules run on a line of prose. */
export const HEADING_FIRST_WORDS: ReadonlySet<string> = new Set(
  all((l) => [...l.chapter, ...l.part, ...(l.weakChapter ?? []), ...l.named, ...(l.front ?? [])]).map((w) => lower(w.split(/\s+/)[0] ?? '')),
);

/** Apostrophes as one character, so `п’ять` and `п'ять` are one word, and Uzbek's `to‘rt`, `toʻrt`, `to'rt` too. */
export const normaliseApostrophes = (w: string): string => w.replace(/[’ʼ`‘ʻ]/g, "'");

const firstWins = <V>(entries: [string, V][]): Map<string, V> => {
  const map = new Map<string, V>();
  for (const [k, v] of entries) if (!map.has(k)) map.set(k, v);
  return map;
};

export const NUMBER_WORDS: ReadonlyMap<string, number> = firstWins(all((l) => Object.entries(l.numbers)));
/** Words that close a number phrase and add nothing (`والأخير`, and last). */
export const LAST_WORDS: ReadonlySet<string> = new Set(all((l) => l.lastWords).map(lower));

/**
 * Each label word's own number words, for the words that are common words in
 * other languages (`Kapitel to`, `Capitolul al doilea`): a label word shared by
 * several languages (`kapitel`, `del`) reads the local numbers of all of them.
 */
/** Label → the words its language may set between it and its digits (`babi` → `na`). */
export const NUMBER_LINKS: ReadonlyMap<string, RegExp> = (() => {
  const byLabel = new Map<string, RegExp>();
  for (const l of LANGUAGES) {
    if (!l.numberLinks) continue;
    // (Before digits or a roman numeral: `Babi na 1`, Romanian `Capitolul al II-lea`.)
    const link = new RegExp(`^(?:${alternation(l.numberLinks)})\\s+(?=\\d|[IVXLCDM]{1,9}(?![\\p{L}\\p{N}]))`, 'iu');
    for (const label of [...l.chapter, ...l.part]) if (!byLabel.has(lower(label))) byLabel.set(lower(label), link);
  }
  return byLabel;
})();

export const LOCAL_NUMBERS: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const byLabel = new Map<string, Map<string, number>>();
  for (const l of LANGUAGES) {
    if (!l.localNumbers) continue;
    for (const label of [...l.chapter, ...l.part, ...(l.numberFirst?.chapter ?? []), ...(l.numberFirst?.part ?? [])]) {
      const map = byLabel.get(lower(label)) ?? new Map<string, number>();
      for (const [w, n] of Object.entries(l.localNumbers)) if (!map.has(w)) map.set(w, n);
      byLabel.set(lower(label), map);
    }
  }
  return byLabel;
})();

/** Label words written after their number (`1. fejezet`, `III. rész`). */
export const NUMBER_FIRST_CHAPTER_WORDS = alternation(all((l) => l.numberFirst?.chapter));
export const NUMBER_FIRST_PART_WORDS = alternation(all((l) => l.numberFirst?.part));

export const NUMBER_JOINERS: ReadonlySet<string> = new Set(all((l) => l.joiners));
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = firstWins(all((l) => Object.entries(l.multipliers ?? {})));
export const THOUSAND_WORDS: ReadonlySet<string> = new Set(all((l) => l.thousands));
/** Indefinite articles: `Une partie`, `Ein Buch` are not part one. */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(all((l) => l.articles));
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(all((l) => l.definiteArticles));
export const JOINING_WORDS: ReadonlySet<string> = new Set(all((l) => l.joiningWords));

/** A last installment's word in brackets after its heading, and the closing words that stand alone (`(einde)`, `(Hết)`). */
export const LAST_PART_WORDS = alternation(all((l) => [...(l.lastPart ?? []), ...(l.endings ?? [])]));

/** Words that open a serial's continuation line in brackets (`(Continued next week)`, `(Ikompli …)`). */
export const CONTINUED_WORDS = alternation(all((l) => l.continued));

/** A newspaper's rubric over its serial (`Feuilleton`, `Folletín`). */
export const RUBRIC_WORDS = alternation(all((l) => l.rubrics));

/** Words that say when a serial's next installment comes (`next`, `tomorrow`, `bihar`). */
export const UPCOMING_WORDS = alternation(all((l) => l.upcoming));

/** Words that give a total after a number: `Part 1 of 3`, `Teil 2 von 5`. */
export const TOTAL_WORDS = alternation(all((l) => l.totals));

/** Labels of a contents list in every language. */
export const CONTENTS_WORDS = alternation(all((l) => l.contents));
/** Headings of an edition's own pages (imprint, colophon, licence) in every language. */
export const EDITION_SECTION_WORDS = alternation(all((l) => l.editionSections));
