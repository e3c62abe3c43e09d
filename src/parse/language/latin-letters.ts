/**
 * Latin-script languages franc-min does not know (it keeps only languages of
 * eight million speakers or more), told by letters and a few function words
 * that only they use: Latvian ļ ņ ķ ģ, Lithuanian ė į ų, Estonian õ beside
 * ä ö, Slovak ľ ĺ ŕ ô, Danish and Norwegian æ ø or `og`/`ikke` where Swedish
 * has `och`/`inte` (Bokmål, Nynorsk or Danish then by their pronouns and
 * prepositions), Finnish by its density of ä and ö, Catalan by function
 * words that Spanish, Portuguese, French and Italian write otherwise (`amb`, `els`, `però`),
 * Esperanto by its circumflexed ĉ ĝ ĥ ĵ ŝ and ŭ, Icelandic by þ beside ð,
 * Albanian, Welsh and Irish by function words no other language writes
 * (`është`, `dhe`; `roedd`, `wedi`; `agus`, `bhí`).
 * Null when none of them shows; franc decides then.
 */

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/**
 * Whole words of one language, counted in lower-case text: the runs of letters that are one of `words` (each word is
 * letters only), as `(?<!\p{L})(?:word|…)(?!\p{L})` would count them. The text's runs are counted once (`runs`), not
 * scanned again with a pattern per list: each pattern cost a compilation and a pass over the sample.
 */
const wordCount = (runs: ReadonlyMap<string, number>, words: readonly string[]): number => {
  let n = 0;
  for (const w of new Set(words)) n += runs.get(w) ?? 0;
  return n;
};

/** How often each run of letters occurs in the text. */
function letterRuns(text: string): Map<string, number> {
  const runs = new Map<string, number>();
  for (const run of text.match(/\p{L}+/gu) ?? []) runs.set(run, (runs.get(run) ?? 0) + 1);
  return runs;
}

const DANISH = ['af', 'mig', 'dig', 'sig', 'efter', 'hvad', 'nu', 'noget', 'meget', 'havde', 'blev'];
const BOKMAL = ['av', 'meg', 'deg', 'seg', 'etter', 'hva', 'nå', 'noe', 'mye', 'hadde', 'ble'];
const NYNORSK = ['ikkje', 'eg', 'ho', 'kva', 'kvifor', 'frå', 'dei', 'korleis', 'mykje', 'berre', 'vart', 'nokon', 'noko'];
/** The Bokmål (and Danish) forms of the Nynorsk words above. */
const NOT_NYNORSK = ['ikke', 'jeg', 'hun', 'hva', 'hvad', 'hvorfor', 'fra', 'de', 'mye', 'meget', 'bare', 'ble', 'blev', 'noen', 'nogen', 'noe', 'noget'];
/** Danish and Norwegian against Swedish, for text that happens to have no æ or ø. */
const NORDIC = ['og', 'ikke', 'ikkje', 'jeg', 'eg', 'hadde', 'havde', 'noen', 'nokon', 'nogen', 'også', 'fra', 'frå'];
const SWEDISH = ['och', 'inte', 'jag', 'hade', 'är', 'någon', 'också', 'från'];
/** Catalan's own function words, and the Spanish ones in their place (`amb`/`con`, `els`/`los`, `però`/`pero`). */
const CATALAN = ['amb', 'els', 'dels', 'pels', 'però', 'perquè', 'també', 'molt', 'aquest', 'aquesta', 'seva', 'meva', 'quan', 'fins', 'ningú'];
const NOT_CATALAN = ['con', 'los', 'del', 'pero', 'porque', 'también', 'muy', 'este', 'esta', 'suya', 'mía', 'cuando', 'hasta', 'nadie'];
const ALBANIAN = ['dhe', 'është', 'ishte', 'një', 'që', 'për', 'nuk', 'këtë', 'kishte', 'edhe'];
const WELSH = ['roedd', 'oedd', 'wedi', 'mae', 'gyda', 'hefyd', 'ond', 'yr', 'ddim', 'nhw', 'iddo', 'iddi'];
/** Not `sé`, `sí`, `tú` (Spanish too) nor `nach`, `ach` (German too). */
const IRISH = ['agus', 'bhí', 'raibh', 'níor', 'chuig', 'freisin', 'dúirt', 'bhfuil', 'anois', 'arís', 'aige', 'aici', 'uirthi', 'ansin'];
/** English function words, which a page of Welsh or Irish never has many of. */
const ENGLISH = ['the', 'and', 'of', 'to', 'was', 'he', 'she', 'it', 'that'];
const VIETNAMESE = /[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;

export function latinLanguageByLetters(sample: string): string | null {
  const text = sample.toLowerCase();
  const letters = count(text, /\p{L}/gu);
  if (letters === 0) return null;
  const runs = letterRuns(text);
  // Albanian, Welsh and Irish first: Welsh writes ô ŵ ŷ, which the Slovak test below counts.
  const english = wordCount(runs, ENGLISH);
  if (wordCount(runs, ALBANIAN) >= 4 && count(text, /ë/g) / letters >= 0.02) return 'sq';
  if (wordCount(runs, WELSH) >= 4 && wordCount(runs, WELSH) > english) return 'cy';
  if (wordCount(runs, IRISH) >= 4 && wordCount(runs, IRISH) > english) return 'ga';
  if (count(text, /[ĉĝĥĵŝŭ]/g) >= 3) return 'eo';
  // Faroese writes ð but not þ.
  if (count(text, /þ/g) >= 1 && count(text, /ð/g) >= 2) return 'is';
  if (count(text, /[ļņķģ]/g) >= 2) return 'lv';
  if (count(text, /[ėįų]/g) >= 3) return 'lt';
  // Portuguese writes õ too, always beside ã and ç.
  if (count(text, /õ/g) >= 2 && count(text, /[äö]/g) >= 2 && count(text, /[ãç]/g) === 0) return 'et';
  // Czech writes ř ě ů, Slovak never; Vietnamese writes ô among its many tone marks.
  if (count(text, /[ľĺŕô]/g) >= 2 && count(text, /[řěů]/g) === 0 && count(text, VIETNAMESE) === 0) return 'sk';
  if (count(text, /[æø]/g) >= 2 || wordCount(runs, NORDIC) > wordCount(runs, SWEDISH)) {
    if (wordCount(runs, NYNORSK) > wordCount(runs, NOT_NYNORSK)) return 'nn';
    return wordCount(runs, DANISH) > wordCount(runs, BOKMAL) ? 'da' : 'nb';
  }
  const catalan = wordCount(runs, CATALAN);
  if (catalan >= 3 && catalan > wordCount(runs, NOT_CATALAN)) return 'ca';
  // Finnish text is dense with ä and ö and has none of å ü ß é á ő that share them in Swedish, German, Hungarian.
  const umlauts = count(text, /[äö]/g);
  if (umlauts / letters >= 0.025 && count(text, /[åüßéáőűõ]/g) === 0) return 'fi';
  return null;
}
