/**
 * All of one language's vocabulary, as data: headings, numbers, note
 * labels, by-lines and header labels. Adding a language is adding one
 * module beside this file and listing it in `index.ts`; the rule tables
 * (headings.ts, note-labels.ts, header-labels.ts, fields.ts) are built
 * from these modules and nothing else changes.
 *
 * Words are lower case. Where a field holds regular-expression source
 * (`pattern`, `navigation`, `headerNotes`) it says so.
 */
export interface HeadingLanguage {
  /** BCP 47 tag: what `meta.language` becomes when a `Language:` field names this language. */
  tag: string;
  /** Names of the language as `Language:` fields write them, in any language: `deutsch`, `german`, `allemand`. */
  names?: string[];
  /** Words that label a numbered chapter: `Chapter 3`, `Kapitel Eins`. */
  chapter: string[];
  /** Words that label a numbered part above chapters: `Part One`, `Première partie`. */
  part: string[];
  /**
   * Labels believed only when several follow each other and no stronger
   * chapter heading structures the file (`Tag 3 – Montag`, `Day 4`): diary
   * entries are chapters, a word-count log line in a draft with chapters is not.
   */
  weakChapter?: string[];
  /**
   * Calendar words, lower case, for entries titled with a date (`Mandag 3. januar`,
   * `Lunes 3 de enero`, `2011年1月3日`): `months[i]` holds month i+1's names and
   * abbreviations; `counters` the signs written after each number where a date is
   * written so; `leads` what may open a date line (`Dear Diary`, `le`, `den`);
   * `joiners` what may stand between its parts (`de`, `of`, `года`); `clock` what
   * introduces a time after it (`at`, `kl.`, `um`).
   */
  calendar?: {
    weekdays: string[];
    months?: string[][];
    counters?: { year: string; month: string; day: string };
    leads?: string[];
    joiners?: string[];
    clock?: string[];
  };
  /**
   * What a title page calls the work, on a line of its own under or over the title (`a novel`, `Повесть`,
   * `Διήγημα`, `داستان کوتاه`): never the title, never the author's name.
   */
  genres?: string[];
  /**
   * A reading site's word for the kind of work that it prints before the title, on the title's line and set off by a
   * space (Dek-D's `นิยาย ฝนแรกที่เชียงดาว`, a novel called ฝนแรกที่เชียงดาว): never part of the title. Only words no
   * title of the language starts with so.
   */
  titleLeads?: string[];
  /** Closing lines that stand alone, often centred, and are not words of the story: `КОНЕЦ`, `Fortsetzung folgt`, `סוף`. */
  endings?: string[];
  /**
   * Words that open a serial's continuation line, printed in brackets under an installment and going on with when
   * (`(Ikompli l-Ġimgħa d-dieħla)`, `(Continued next week)`, `(Suite au prochain numéro)`): never story.
   */
  continued?: string[];
  /** A paper's or publisher's notice forbidding reprints, inside a line: `Nachdruck verboten`, `Reproduction interdite`. */
  reprint?: string[];
  /** A newspaper's rubric over its serial, alone on its line: `Feuilleton.`, `Folletín`, `RUMANZ TAGĦNA`. */
  rubrics?: string[];
  /** Words that say when a serial's next installment comes, in the line naming it (`Part Four goes out next Friday`, `Bihar: 4. atala`). */
  upcoming?: string[];
  /** What a serial's last installment says in brackets after its heading: `Deel 2 (einde)`, `Часть 3 (последняя)`, `Part 4 (final)`. */
  lastPart?: string[];
  /** Chapters that carry a name instead of a number: `Prologue`, `Epílogo`, `プロローグ`. */
  named: string[];
  /** A book's front matter by its name, before the chapters: `Forord`, `Vorwort`, `Préface` (English's are the front rule's own). */
  front?: string[];
  /**
   * Counter words of languages that write `第十二章`, `第1話`, `제3화`: the text
   * before the number and the counters after it, by level.
   */
  counters?: { prefix: string; chapter: string[]; part: string[] }[];
  /** Number words, cardinal and ordinal in every gender the language has: `eins`, `premier`, `третья`, `перше`. */
  numbers: Record<string, number>;
  /**
   * Number words that are common words elsewhere (Danish `to`, `fire`, `et`; Romanian `opt`):
   * read only right after this language's own chapter or part words (`Kapitel to`), never on their own.
   * Keys may be several words (`al doilea`).
   */
  localNumbers?: Record<string, number>;
  /** Words that stand between a label and its digits, as ordinals take them: Hausa `Babi na 1`, Swahili `Sura ya 2`. */
  numberLinks?: string[];
  /** Words that close a number phrase and add nothing to it: `الثالث والأخير` (the third and last). */
  lastWords?: string[];
  /**
   * Label words written after their number, in languages that put the number first:
   * `1. fejezet`, `III. rész`, `1. luku`, `1 skyrius`.
   */
  numberFirst?: { chapter: string[]; part: string[] };
  /** Words that join number words (`vingt et un`, `treinta y uno`). */
  joiners?: string[];
  /** Words that multiply the number word before them: `hundred` (×100), `puluh` (×10). */
  multipliers?: Record<string, number>;
  /** Words that multiply everything before them by a thousand: `thousand`, `tausend`. */
  thousands?: string[];
  /** Indefinite articles: `Une partie` is not part one, `a story by` opens a by-line. */
  articles?: string[];
  /** Definite articles: titles that share one (`The Shop`, `The River`) are no family of chapter labels. */
  definiteArticles?: string[];
  /** Words that join a title's or a dedication's words (`of`, `and`, `for`): never a by-word before a name. */
  joiningWords?: string[];
  /** Words that give a total after a number: `Part 1 of 3`, `Teil 2 von 5`. */
  totals?: string[];
  /** Author's-note labels, in the order they are tried. */
  notes?: NoteLabelRow[];
  /** Labels of note boxes in an archive's header block, as regular-expression source: `примечани[ея]`. */
  headerNotes?: string[];
  /** Phrases that put the author's name after them: `by`, `geschrieben von`, `verhaal door`. */
  byLines?: string[];
  /** A site's link to the writer's other works, the name after it, lower case (`more by`, `mehr von`): it names the page's author. */
  moreBy?: string[];
  /** By-words believed only alone on their line with the name on the next (Hausa `NA`): inside a line they are common words. */
  byWordsAlone?: string[];
  /**
   * By-line words believed only as written, in lower case: capitalised they open
   * a dedication in another language (Catalan `per Marta Puig`, Italian `Per Luca`).
   */
  lowerByLines?: string[];
  /**
   * By-words believed only as written, before a name set in capitals (Swahili newspapers' `Na HALIMA MWINYI`): in
   * other cases they are common words elsewhere (`Na krawędzi`, `na pokračovanie`).
   */
  capitalsByLines?: string[];
  /** Words written after the author's name, as a book's title page prints it in Korean and Japanese: `한서윤 지음`, `夏目漱石 著`. */
  bySuffixes?: string[];
  /** Labels before a colon that give the author in scripts without case: `作者：`, `작가:`. */
  byLabels?: string[];
  /** A journal's or blog's name over its posts, `{name}` standing for its owner: `{name}'s blog`, `{name}的博客`, `Дневник {name}`. */
  blogOwner?: string[];
  /**
   * A membership site's line under its creator's name saying what they make (Patreon): `{name} is creating {work}`, or
   * the verb alone (`está creando {work}`) under the name on the line above.
   */
  creating?: string[];
  /** A post stamp: `Posted on DATE by NAME at TIME`, the poster being maybe not the author. */
  posted?: { verbs: string[]; on: string[]; by: string[]; at: string[] };
  /** Words that name a work in a sentence, before its title set off in quotes or marks: `called`, `heißt`, `intitulé`. */
  titled?: string[];
  /** A Q&A site's stamp under the answerer's name, before its date: `Answered`, `Beantwortet`, `Respondido`. */
  answered?: string[];
  /** Labels some sites print without a colon before their value, as written: `Thread starter NAME`, `Postado 14/05/2020`. */
  bareLabels?: string[];
  /** Header field keys: the ones that fill metadata, and other keys believed even alone. */
  fields?: {
    title?: string[];
    subtitle?: string[];
    author?: string[];
    description?: string[];
    language?: string[];
    known?: string[];
    /**
     * Keys of a pupil's header over a school assignment (`Turma:`, `Professora:`, `Class:`, `Teacher:`): the block is a
     * form, the line over it names the school, and the work's title stands under it, over the text.
     */
    school?: string[];
  };
  /**
   * Point-of-view markers: `words` say "point of view" before or after a name
   * (`Oren's POV`, `POV: Rarity`, `ミオ視点`); `prefixes` only before it
   * (`Punto de vista de Ana`, `Narra Lucía`).
   * `genitive`: words after a name in the genitive, its `s` no part of the name (`Lenas Sicht`, `Jonas' Sicht`).
   */
  pov?: { words?: string[]; prefixes?: string[]; genitive?: string[] };
  /** Labels of a contents list, as written alone on their line: `contents`, `inhaltsverzeichnis`, `目次`. */
  contents?: string[];
  /**
   * A wiki page's own words in this language, as a copy of the page holds them, lower case: the edit link glued to
   * each section heading (`[edit]`, `[संपादित करें]`), and the jump links under the page's title with their
   * punctuation dropped (`jump to navigation search` for `Jump to: navigation, search`).
   */
  wiki?: { edit?: string[]; jump?: string[] };
  /**
   * Headings of an edition's own pages, never story: a publisher's imprint,
   * colophon or licence page, an e-library's "about this edition".
   */
  editionSections?: string[];
  /**
   * What a blog or forum prints under a post, as regular-expression source in lower
   * case, each matching a whole line: comment counts, share buttons, categories, the
   * post stamp of a blog's footer (`4 kommentarer | Del på Facebook`, `Labels: …`).
   * From such a line to the chapter's end is the page, not the story.
   */
  pageTail?: string[];
  /** A post's age as a site prints it instead of its date, as regular-expression source in lower case matching the whole line (`3 days ago`, `vor 2 Tagen`). */
  postAge?: string[];
  /** Whom a post is shown to, printed between the poster's name and the stamp, lower case (`public`, `всем сотрудникам`). */
  audience?: string[];
  /** The word over a page's comments, lower case (`comments`, `kommentare`, `пікірлер`): alone, after a count, or before one in brackets. */
  comments?: string[];
  /** Page navigation printed beside headings, as regular-expression source in lower case (lines are lower-cased first); never a chapter title. */
  navigation?: string[];
  /** A site's account and menu buttons alone on a line, or a row of them (`Anmelden`, `ورود / ثبت نام`), lower case. */
  account?: string[];
  /** The word a blogging site writes for a collection of posts between the work's and the writer's names on the collection's page (`雾港 - 合集 - 北岸有灯`). */
  collection?: string[];
  /** A blog's link to the rest of a post, on a line of its own where the post was cut (`Read more`, `Weiterlesen`, `続きを読む`), lower case. */
  readMore?: string[];
  /**
   * The heading of a page's recommended-reading box (`Read also`, `Читайте также`, `Baca juga`), lower case: the
   * short lines under it to the next blank line are other posts' titles and bylines, never the story.
   */
  related?: string[];
  /**
   * What opens the link to a serial's earlier parts over an installment, before its colon (`Начало здесь: Часть 1`,
   * `Part one here: …`, `Teil 1 verpasst? Hier: …`), lower case: a page's link, never the installment's first words.
   */
  earlierParts?: string[];
}

/**
 * One author's-note convention: either exact `words` or a `pattern` tried
 * against the label alone (its colon, brackets and emphasis already off).
 * - `scope`: where the label puts its note (AO3's `End Notes`: the story's end); absent when position decides.
 * - `standalone`: the label may stand alone on its line with the text below;
 *   short generic words (`Note`, `AN`) may not.
 * - `edge`: which end of a chapter the label names (`Nachwort`, `後書き`), for diagnostics.
 */
export interface NoteLabelRow {
  id: string;
  words?: string[];
  pattern?: RegExp;
  scope?: 'storyStart' | 'storyEnd' | 'chapterStart' | 'chapterEnd';
  standalone: boolean;
  edge?: 'start' | 'end';
}
