import { groupThousands } from './group-thousands.js';
import { hanNumber } from './han-numerals.js';
import { Templates } from './templates.js';

/** A word that changes with a count: CLDR plural categories (`one`, `few`, `many`, `other`) to patterns with `{count}`. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every word quire writes into a book, as `templates/strings/<tag>.json`
 * holds them. Patterns take `{name}` placeholders, so each language keeps
 * its own word order (`by {author}`, `{author} 著`).
 */
export interface StringTable {
  /** A numbered chapter: `Chapter {number}`, `第{number}章`. */
  chapterNumber: string;
  /** A number and a title on one line: `{number}: {title}`, `{number} : {title}`. */
  chapterTitled: string;
  /** How chapter numbers are written: `western` digits (the default), `han` (第一百零三章) or `kanji` (第百三章). */
  numerals?: 'western' | 'han' | 'kanji';
  preface: string;
  contents: string;
  authorsNotes: string;
  by: string;
  editedBy: string;
  storiesBy: string;
  /** Between names in a list: `, `; `、` in Chinese and Japanese. */
  listSeparator: string;
  summary: string;
  words: PluralText;
  chapters: PluralText;
  stories: PluralText;
  cover: string;
  coverOf: string;
  coverOfBy: string;
  titlePage: string;
  startOfText: string;
  landmarks: string;
  sceneBreak: string;
  illustration: string;
  noteAtBack: string;
  backToText: string;
  beforeStory: string;
  afterStory: string;
  frontMatter: string;
}

type TextKey = { [K in keyof StringTable]-?: StringTable[K] extends string | undefined ? (K extends 'numerals' ? never : K) : never }[keyof StringTable];
type CountKey = 'words' | 'chapters' | 'stories';

const fill = (pattern: string, values: Readonly<Record<string, string>>): string => pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The words of one language, English filling any key its table lacks. */
export class Strings {
  readonly #plural: Intl.PluralRules;
  #digits: Intl.NumberFormat | undefined;

  constructor(
    /** The tag of the table used (`de`, `zh-Hant`, `en`). */
    readonly tag: string,
    readonly table: Readonly<StringTable>,
  ) {
    this.#plural = new Intl.PluralRules(tag);
  }

  /** A word or pattern with its placeholders filled: `text('by', { author: 'Ann' })` is `by Ann`. */
  text(key: TextKey, values: Readonly<Record<string, string>> = {}): string {
    return fill(this.table[key], values);
  }

  /** A count with its word in the right plural form: `6,260 words`, `1 Kapitel`, `5 słów`. */
  count(key: CountKey, n: number): string {
    const forms = this.table[key];
    return fill(forms[this.#plural.select(n)] ?? forms.other, { count: this.#number(n) });
  }

  /** English keeps `en-US` grouping (6,260), the same on every machine whatever its locale. */
  #number(n: number): string {
    if (this.tag === 'en') return groupThousands(n);
    this.#digits ??= new Intl.NumberFormat(this.tag);
    return this.#digits.format(n);
  }

  /** Names joined as the language lists them: `Ann, Bo`; `安、博`. */
  list(names: readonly string[]): string {
    return names.join(this.table.listSeparator);
  }

  /** A chapter number in the language's heading: `Chapter 3`, `Kapitel 3`, `第三章`. */
  chapterNumber(n: number): string {
    const numerals = this.table.numerals ?? 'western';
    return fill(this.table.chapterNumber, { number: numerals === 'western' ? String(n) : hanNumber(n, numerals) });
  }
}

/** The tables to try for a BCP 47 tag, most specific first: `zh-TW` → `zh-Hant`, `zh`; `de-AT` → `de-AT`, `de`. */
function candidates(tag: string): string[] {
  const out: string[] = [];
  try {
    const locale = new Intl.Locale(tag);
    const script = locale.maximize().script;
    out.push(locale.baseName, ...(script ? [`${locale.language}-${script}`] : []), locale.language);
  } catch {
    // Not a well-formed tag: English.
  }
  return [...new Set(out)];
}

const loaded = new WeakMap<Templates, Map<string, Strings>>();

function table(templates: Templates, tag: string): Partial<StringTable> | null {
  const text = templates.textIfAny(`strings/${tag}.json`);
  return text === null ? null : (JSON.parse(text) as Partial<StringTable>);
}

/**
 * The strings for a language (`meta.language`), from the templates (a user
 * folder may add or replace tables): the first table that exists for the
 * tag, with English for every key it does not give.
 */
export function stringsFor(templates: Templates, language: string): Strings {
  let cache = loaded.get(templates);
  if (cache === undefined) loaded.set(templates, (cache = new Map()));
  let strings = cache.get(language);
  if (strings === undefined) {
    const english = table(templates, 'en') as StringTable;
    const found = candidates(language)
      .filter((t) => t !== 'en')
      .map((t) => [t, table(templates, t)] as const)
      .find(([, t]) => t !== null);
    strings = found ? new Strings(found[0], { ...english, ...found[1] }) : new Strings('en', english);
    cache.set(language, strings);
  }
  return strings;
}

let builtIn: Templates | null = null;

/** The strings quire ships for a language, for writers that have no templates folder of their own (the Markdown of `quire normalize`). */
export function builtInStrings(language: string): Strings {
  return stringsFor((builtIn ??= new Templates()), language);
}
