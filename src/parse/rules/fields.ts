import { en } from './languages/en.js';
import { alternation, HEADING_FIRST_WORDS, LANGUAGES } from './languages/index.js';

/**
 * Labelled header fields of story front matter. Keys are kept as written in
 * `fields`; the ones listed in META_KEYS fill the story's metadata instead.
 */
export type MetaKey = 'title' | 'author' | 'description' | 'language' | 'subtitle';

const META_FIELDS: readonly MetaKey[] = ['title', 'subtitle', 'author', 'description', 'language'];

/** Header keys that fill metadata, from every language's `fields` (rules/languages/); the first language to name a key wins. */
export const META_KEYS: Readonly<Record<string, MetaKey>> = Object.fromEntries(
  LANGUAGES.flatMap((l) => META_FIELDS.flatMap((meta) => (l.fields?.[meta] ?? []).map((key) => [key, meta] as const))).reverse(),
);

/** The metadata a header key fills, the key as written: any case, a CJK label spread with ideographic spaces (`作　　者`). */
export const metaOfKey = (key: string): MetaKey | undefined => META_KEYS[key.toLowerCase().replace(/\u3000/g, '')];

/** Keys believed even alone; any other `Key: value` needs a neighbour field to count. */
export const KNOWN_FIELD_KEYS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...(l.fields?.known ?? []), ...(l.fields?.school ?? [])]));
/** Keys of a pupil's header over a school assignment (see `school` in languages/types.ts). */
export const SCHOOL_KEYS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.fields?.school ?? []));

/** The colon after a label, ASCII, full-width or Ethiopic (`ርዕስ፦`). */
const FIELD_LINE = /^([\p{Lu}][\p{L}\p{M}'’()/ -]{0,32}?)\s*[:：፦]\s*(.*)$/u;
const LOWER_KEY_LINE = /^(\p{Ll}[\p{L}\p{M}'’ -]{0,32}?)\s*:\s*(\S.*)$/u;
/** Keys in scripts without case (`作者：`, `작품 소개:`, `ผู้แต่ง:`, `המחבר:`): short, letters (and their vowel marks) only. */
const FIELD_LINE_CASELESS = /^((?:[\p{Lo}\p{Lm}][\p{Lo}\p{Lm}\p{M}\u05f3]*(?:-[\p{Lo}\p{Lm}][\p{Lo}\p{Lm}\p{M}]*)? ?){1,3}?)\s*[:：፦]\s*(.*)$/u;
/** A CJK character is a word: keys longer than 8 of them are a sentence. Alphabets without case (Arabic, Hebrew, Thai) spell words out. */
const CJK_KEY = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export interface FieldLine {
  key: string;
  value: string;
  known: boolean;
  meta: MetaKey | null;
}

/** `Rating: Teen` → key and value; `Rating:` alone gives an empty value (AO3 puts it on the next line). */
/** A label and its value set apart by spaces, no colon (a BBS post's `作者  mooncat`): a field only under a known label. */
const SPACED_FIELD = /^([^\s:：]{1,12}) {2,}(\S.*)$/u;

/** The same, any label: used beside a known field on its row (`作者  mooncat        看板  story`). */
export function matchSpacedField(t: string): [string, string] | null {
  const m = SPACED_FIELD.exec(t.trim());
  return m ? [m[1] ?? '', (m[2] ?? '').trim()] : null;
}

/** A label set in bold or italics, its colon inside or after the marks: `**Rating:** K+`, `*Genre*: Humor`. */
const EMPHASISED_LABEL = /^(\*\*|__|\*|_)([^*_\n:：]{1,40}?)\s*([:：])?\1(?:\s*([:：]))?\s*/u;

const INLINE_FIELD = /^(\p{L}[\p{L}\p{N} _-]{0,30})::\s+(\S.*)$/u;

/** A CJK label spread with ideographic spaces to line up with longer ones (`作　　者：`, `長　　さ：`). */
const SPREAD_LABEL = /^(\p{Lo}+(?:\u3000+\p{Lo}+)+)(?=\s*[:：])/u;

export function matchFieldLine(raw: string): FieldLine | null {
  const spread = raw.includes('\u3000') ? SPREAD_LABEL.exec(raw) : null;
  if (spread) {
    // Read as the label it spells (`作者` is the author), kept as written.
    const field = matchLabelledLine(raw.replace(spread[1]!, spread[1]!.replace(/\u3000/g, '')));
    return field && { ...field, key: spread[1]! };
  }
  return matchLabelledLine(raw);
}

function matchLabelledLine(raw: string): FieldLine | null {
  if (raw.length > 400) return null;
  // A label dressed with an emoji, as chat and social posts write them (`✍️ نویسنده: …`, `📖 Title: …`).
  // (`©` and `®` are pictographs to Unicode, but `© Copyright: …` is a notice.)
  const line = /^(?![©®™])\p{Extended_Pictographic}/u.test(raw) ? raw.replace(/^(?:(?![©®™])\p{Extended_Pictographic}[\uFE0F\u200D]*\s*)+/u, '') : raw;
  const marked = EMPHASISED_LABEL.exec(line);
  // A label written as a hashtag (`#লেখিকা: NAME`, a Facebook serial's header) is the label.
  const trimmed = marked && (marked[3] ?? marked[4]) ? `${marked[2]}: ${line.slice(marked[0].length)}` : /^#\p{L}[^:：#]{0,30}[:：]\s*\S/u.test(line) ? line.slice(1) : line;
  // Every pattern below but the spaced label's needs a colon: without one they are not tried (nor compiled, for a book without one).
  const colon = /[:：፦]/.test(trimmed);
  // Dataview's and Logseq's inline fields (`forfatter:: Signe Holm`): the doubled colon says field, whatever the key.
  const inline = colon ? INLINE_FIELD.exec(trimmed) : null;
  if (inline) {
    const key = inline[1]!.trim();
    const meta = META_KEYS[key.toLowerCase()] ?? null;
    return { key, value: inline[2]!.trim(), known: meta !== null || KNOWN_FIELD_KEYS.has(key.toLowerCase()), meta };
  }
  const lowerCase = colon ? LOWER_KEY_LINE.exec(trimmed) : null;
  // `title: …` / `author: …` in lower case (YAML-like e-text headers) only for keys the tables know.
  const lowerKey = (lowerCase?.[1] ?? '').toLowerCase();
  const known = lowerCase !== null && (META_KEYS[lowerKey] !== undefined || KNOWN_FIELD_KEYS.has(lowerKey));
  const spaced = SPACED_FIELD.exec(trimmed);
  const spacedKnown = spaced !== null && !/^[^\s:：]{1,20}\s?[:：]/u.test(spaced[2] ?? '') && (META_KEYS[(spaced[1] ?? '').toLowerCase()] !== undefined || KNOWN_FIELD_KEYS.has((spaced[1] ?? '').toLowerCase()));
  const m = (colon ? FIELD_LINE.exec(trimmed) ?? FIELD_LINE_CASELESS.exec(trimmed) : null) ?? (known ? lowerCase : null) ?? (spacedKnown ? spaced : null);
  if (!m) return colon ? numberedField(trimmed) : dashedField(trimmed);
  const key = (m[1] ?? '').trim();
  if (/^\p{Lo}/u.test(key) && key.replace(/\s/g, '').length > (CJK_KEY.test(key) ? 8 : 20)) return null;
  const lower = key.toLowerCase();
  // The colon of a web address (`Printed from https://…`) ends no label.
  if (key.split(/\s+/).length > 4 || /(?:^|\s)https?$/i.test(key)) return null;
  const meta = META_KEYS[lower] ?? null;
  return { key, value: (m[2] ?? '').trim(), known: meta !== null || KNOWN_FIELD_KEYS.has(lower), meta };
}

/** A known label set off by a dash instead of a colon (`ရေးသူ - ခင်သီတာဝင်း`, `लेखक - नाम`, `Author - Jane Doe`). */
const DASHED_FIELD = /^([\p{L}\p{M}][\p{L}\p{M} ]{0,24}?)\s+[-–—]\s+(\S.*)$/u;

function dashedField(line: string): FieldLine | null {
  const m = /\s[-–—]\s/.test(line) ? DASHED_FIELD.exec(line) : null;
  const key = m?.[1]?.trim() ?? '';
  const lower = key.toLowerCase();
  const meta = META_KEYS[lower] ?? null;
  if (!m || (meta === null && !KNOWN_FIELD_KEYS.has(lower))) return null;
  return { key, value: m[2]!.trim(), known: true, meta };
}

/** A known label with a number before its colon: `Cystadleuaeth 148: Stori Fer` (competition 148), the number the value's. */
const NUMBERED_FIELD = /^(\p{Lu}[\p{L}\p{M}'’ -]{1,30}?)\s+(\d{1,5})\s*[:：]\s*(\S.*)$/u;

function numberedField(line: string): FieldLine | null {
  const m = NUMBERED_FIELD.exec(line);
  const key = m?.[1]?.trim() ?? '';
  // `Kapitel 1: Der Brief` is a heading, whatever the tables know `Kapitel:` as.
  if (!m || !KNOWN_FIELD_KEYS.has(key.toLowerCase()) || HEADING_FIRST_WORDS.has(key.toLowerCase().split(/\s+/)[0]!)) return null;
  return { key, value: `${m[2]}: ${m[3]!.trim()}`, known: true, meta: null };
}

/** Names of languages as header fields write them (`Deutsch`, `German`, `Allemand`), to BCP 47. */
const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map(LANGUAGES.flatMap((l) => (l.names ?? []).map((n) => [n, l.tag] as const)));

/** A `Language:` value as a BCP 47 tag: `Deutsch` → `de`, `pt-br` → `pt-BR`; null when unknown. */
export function languageTag(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(v)) return LANGUAGE_NAMES.get(v) ?? null;
  // BCP 47's conventional case: region upper case, script title case (`zh-Hant-TW`).
  return v.split('-').map((s, i) => (i === 0 ? s : s.length === 2 ? s.toUpperCase() : s.length === 4 ? s[0]?.toUpperCase() + s.slice(1) : s)).join('-');
}

/** Whole-line status notes: `(Now considered "Alternate Universe")`, `[COMPLETE]`, `Complete`. */
const STATUS_WORDS =
  /^(?:(?:story |histoire |storia |historia |hist[oó]ria |geschichte )?(?:complete[d]?|in progress|on hiatus|hiatus|discontinued|abandoned|wip|ongoing|unfinished|incomplete|termin[ée]e?|achev[ée]e?|en cours|completa|completo|completad[ao]|conclu[ií]d[ao]|in corso|finita|en curso|em andamento|abgeschlossen|fertig|laufend|in arbeit)|(?:завершённая|завершенная) история|завершён|завершено|завершена|в процессе|zakończone|w trakcie|tamamlandı|devam ediyor|selesai|tamat|hoàn thành|đang tiến hành|مكتملة|مكتمل|مستمرة|مستمر|قيد الكتابة|已?完結|已?完结|連載中|连载中|완결|연재\s?중)[.!]?$/iu;

/**
 * A reading site's category tags on a story's card, one or a few a line (`Fantasy`, `Original`, `Teen Fiction`):
 * the card's, never a name or a title.
 */
const CATEGORY_WORDS = new Set(
  (
    'fantasy|romance|sci-fi|science fiction|horror|mystery|thriller|action|adventure|comedy|drama|original|fanfiction|fan fiction|' +
    'urban|historical|xianxia|xuanhuan|wuxia|litrpg|gamelit|isekai|slice of life|teen fiction|young adult|paranormal|werewolf|vampire|' +
    'general fiction|poetry|non-fiction|short story|humor|humour|tragedy|supernatural|dystopian|post-apocalyptic|contemporary|' +
    'fantasía|fantasia|fantastique|romantik|romantico|romântico|fantastik|фэнтези|романтика|мистика|ужасы'
  ).split('|'),
);

export function isCategoryTags(trimmed: string): boolean {
  if (trimmed.length > 60) return false;
  const tags = trimmed.toLowerCase().split(/\s*[·•|,/]\s*/).filter(Boolean);
  return tags.length > 0 && tags.every((t) => CATEGORY_WORDS.has(t));
}

/** A label whose value is a status word (`Статус:` / `завершён`): there the word is the value, not a note of its own. */
export const STATUS_LABEL = /^(?:status|statut|stato|estado|estatus|статус|стан|stan|durum|trạng thái|状态|狀態|状態|상태)$/iu;

export function matchStatus(trimmed: string): string | null {
  if (trimmed.length > 120) return null;
  const wrapped = /^[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(trimmed);
  if (wrapped && !/^illustration/i.test(wrapped[1] ?? '')) return trimmed;
  return STATUS_WORDS.test(trimmed) ? trimmed : null;
}

/** A licence or copyright statement (kept as `rights`, not body). */
/** Notices forbidding reprints, in every language (`Nachdruck verboten`, `Reproduction interdite`). */
const REPRINT = new RegExp(`(?:${alternation(LANGUAGES.flatMap((l) => l.reprint ?? []))})`, 'iu');

export function isRightsStatement(text: string): boolean {
  if (REPRINT.test(text.replace(/[’ʼ]/g, "'"))) return true;
  return /\b(?:licen[cs]ed under|licen[cs]ed for your personal (?:enjoyment|use)|creative commons|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|(?:is|are) in the public domain|w domenie publicznej|dans le domaine public|(?:en el|no) dom[ií]nio p[uú]blico|in pubblico dominio|gemeinfrei)/iu.test(text);
}

/** A line that opens with the copyright sign or word (`© Ilze Kalniņa, 2004`, `(c) Name, 1998. Reprinted with…`). */
export const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)/iu;

/** A short copyright notice standing alone: the work's rights, never its story. */
/** A zine's or magazine's notice naming itself first: `Scrivener's Itch is (c) 1994 Dana Kowalczyk.` */
const NAMED_COPYRIGHT = /^[^.!?]{1,60}\s(?:is|are)\s+(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b/iu;

export function isCopyrightNotice(text: string): boolean {
  return (COPYRIGHT_LINE.test(text) || NAMED_COPYRIGHT.test(text) || REPRINT.test(text.replace(/[’ʼ]/g, "'"))) && text.split(/\s+/).length <= 30;
}

/** `by Author`, `Written by Author`: an author line under a title. */
export const BY_LINE = new RegExp(`^(?:${alternation(en.byLines?.filter((w) => w !== 'story by') ?? [])}|author:)\\s+(.{1,60})$`, 'i');

/** A summary label standing alone on its line. */
export const DESCRIPTION_LABEL = new RegExp(`^(?:${alternation(en.fields?.description ?? [])})\\s*[:.]?$`, 'i');

/** A summary label in any language, alone on its line (`Kurzbeschreibung`, `Описание:`, `文案：`). */
export function isDescriptionLabel(trimmed: string): boolean {
  // (Or naming the book it describes: `Анотація до книги "Перша ніч після снігу"`, Booknet's.)
  const m = /^(.{1,30}?)(?:\s+\p{L}{1,12}(?:\s+\p{L}{1,12})?\s+["«„“][^"«»„“”]{1,80}["»“”])?\s*[:：.]?$/u.exec(trimmed);
  return m !== null && META_KEYS[(m[1] ?? '').toLowerCase()] === 'description';
}

/** A front-matter line that never continues the line above it: a by-line, a field, a label. */
export function isFrontLabelLine(trimmed: string): boolean {
  return BY_LINE.test(trimmed) || DESCRIPTION_LABEL.test(trimmed) || /^(?:(?:table of )?contents)$/i.test(trimmed) || matchFieldLine(trimmed) !== null;
}
