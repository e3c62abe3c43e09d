/**
 * Labelled header fields of story front matter. Keys are kept as written in
 * `fields`; the ones listed in META_KEYS fill the story's metadata instead.
 */
export type MetaKey = 'title' | 'author' | 'description' | 'language' | 'subtitle';

export const META_KEYS: Readonly<Record<string, MetaKey>> = {
  title: 'title',
  'story title': 'title',
  story: 'title',
  'category archives': 'title',
  'archives de catégorie': 'title',
  título: 'title',
  titulo: 'title',
  titre: 'title',
  titel: 'title',
  titolo: 'title',
  название: 'title',
  标题: 'title',
  作品名: 'title',
  タイトル: 'title',
  제목: 'title',
  subtitle: 'subtitle',
  author: 'author',
  authors: 'author',
  'written by': 'author',
  writer: 'author',
  by: 'author',
  penname: 'author',
  'pen name': 'author',
  autor: 'author',
  autora: 'author',
  auteur: 'author',
  auteure: 'author',
  autore: 'author',
  autrice: 'author',
  автор: 'author',
  作者: 'author',
  著者: 'author',
  작가: 'author',
  summary: 'description',
  description: 'description',
  blurb: 'description',
  synopsis: 'description',
  sinopsis: 'description',
  sinopse: 'description',
  resumen: 'description',
  résumé: 'description',
  kurzbeschreibung: 'description',
  beschreibung: 'description',
  zusammenfassung: 'description',
  introduzione: 'description',
  trama: 'description',
  описание: 'description',
  аннотация: 'description',
  саммари: 'description',
  文案: 'description',
  内容简介: 'description',
  简介: 'description',
  あらすじ: 'description',
  '작품 소개': 'description',
  줄거리: 'description',
  language: 'language',
  idioma: 'language',
  langue: 'language',
  sprache: 'language',
  lingua: 'language',
  язык: 'language',
};

/** Keys believed even alone; any other `Key: value` needs a neighbour field to count. */
export const KNOWN_FIELD_KEYS = new Set([
  'rating', 'rated', 'fandom', 'fandoms', 'category', 'categories', 'genre', 'genres', 'character', 'characters',
  'pairing', 'pairings', 'relationship', 'relationships', 'warning', 'warnings', 'archive warning', 'archive warnings',
  'tags', 'additional tags', 'series', 'status', 'stats', 'published', 'updated', 'completed', 'words', 'word count',
  'chapters', 'kudos', 'bookmarks', 'hits', 'comments', 'beta', 'beta reader', 'beta reader(s)', 'spoilers', 'timeline',
  'setting', 'crossover', 'source', 'url', 'link', 'story link', 'posted', 'date', 'collections', 'release date',
  'posting date', 'produced by', 'credits', 'cover art', 'universe', 'prompt', 'prompts', 'length', 'content warnings',
  'email', 'e-mail', 'archive', 'format', 'keywords', 'goal', 'created', 'last edited', 'current mood', 'current music',
  'thread starter', 'start date', 'first published', 'last modified', 'complete', 'recs', 'reviews', 'favs', 'follows',
  // other languages, as the sites print them
  'género', 'genero', 'gênero', 'gêneros', 'genere', 'clasificación', 'classificação', 'palabras', 'palavras', 'wörter',
  'capítulos', 'capitoli', 'kapitel', 'veröffentlicht', 'aktualisiert', 'abgeschlossen', 'postado', 'atualizado',
  'publicado', 'actualizado', 'avvertimenti', 'categoria', 'categorias', 'catégorie', 'kategorie', 'personajes',
  'personagens', 'personaggi', 'visualizações', 'favoritos', 'comentários', 'etiquetas',
  'направленность', 'фэндом', 'рейтинг', 'жанр', 'жанры', 'размер', 'статус', 'метки', 'пейринг', 'персонажи', 'предупреждения',
  '类型', '状态', '标签', '内容标签', '搜索关键字', '一句话简介', '立意', 'ジャンル', 'キーワード', '장르', '연재',
]);

const FIELD_LINE = /^([\p{Lu}][\p{L}\p{M}'’()/ -]{0,32}?)\s*[:：]\s*(.*)$/u;
const LOWER_KEY_LINE = /^(\p{Ll}[\p{L}\p{M}'’ -]{0,32}?)\s*:\s*(\S.*)$/u;
/** Keys in scripts without case (`作者：`, `작품 소개:`): short, letters only. */
const FIELD_LINE_CASELESS = /^((?:[\p{Lo}\p{Lm}]+ ?){1,3}?)\s*[:：]\s*(.*)$/u;

export interface FieldLine {
  key: string;
  value: string;
  known: boolean;
  meta: MetaKey | null;
}

/** `Rating: Teen` → key and value; `Rating:` alone gives an empty value (AO3 puts it on the next line). */
export function matchFieldLine(trimmed: string): FieldLine | null {
  if (trimmed.length > 400) return null;
  const lowerCase = LOWER_KEY_LINE.exec(trimmed);
  // `title: …` / `author: …` in lower case (YAML-like e-text headers) only for keys the tables know.
  const lowerKey = (lowerCase?.[1] ?? '').toLowerCase();
  const known = lowerCase !== null && (META_KEYS[lowerKey] !== undefined || KNOWN_FIELD_KEYS.has(lowerKey));
  const m = FIELD_LINE.exec(trimmed) ?? FIELD_LINE_CASELESS.exec(trimmed) ?? (known ? lowerCase : null);
  if (!m) return null;
  const key = (m[1] ?? '').trim();
  if (/^\p{Lo}/u.test(key) && key.replace(/\s/g, '').length > 8) return null;
  const lower = key.toLowerCase();
  if (key.split(/\s+/).length > 4 || /^https?$/i.test(key)) return null;
  const meta = META_KEYS[lower] ?? null;
  return { key, value: (m[2] ?? '').trim(), known: meta !== null || KNOWN_FIELD_KEYS.has(lower), meta };
}

/** Names of languages as header fields write them, to BCP 47. */
export const LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  english: 'en', french: 'fr', français: 'fr', german: 'de', deutsch: 'de', spanish: 'es', español: 'es',
  italian: 'it', italiano: 'it', portuguese: 'pt', português: 'pt', dutch: 'nl', nederlands: 'nl', russian: 'ru',
  polish: 'pl', swedish: 'sv', danish: 'da', norwegian: 'no', finnish: 'fi', czech: 'cs', hungarian: 'hu',
  latin: 'la', greek: 'el', japanese: 'ja', chinese: 'zh', korean: 'ko', indonesian: 'id', turkish: 'tr',
};

export function languageTag(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(v)) return v;
  return LANGUAGE_TAGS[v] ?? null;
}

/** Whole-line status notes: `(Now considered "Alternate Universe")`, `[COMPLETE]`, `Complete`. */
const STATUS_WORDS = /^(?:complete[d]?|in progress|on hiatus|hiatus|discontinued|abandoned|wip|ongoing|unfinished|incomplete)[.!]?$/i;

export function matchStatus(trimmed: string): string | null {
  if (trimmed.length > 120) return null;
  const wrapped = /^[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(trimmed);
  if (wrapped && !/^illustration/i.test(wrapped[1] ?? '')) return trimmed;
  return STATUS_WORDS.test(trimmed) ? trimmed : null;
}

/** A licence or copyright statement (kept as `rights`, not body). */
export function isRightsStatement(text: string): boolean {
  return /\b(?:licen[cs]ed under|licen[cs]ed for your personal (?:enjoyment|use)|creative commons|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4})/i.test(text);
}

/** `by Author`, `Written by Author`: an author line under a title. */
export const BY_LINE = /^(?:by|written by|a story by|author:)\s+(.{1,60})$/i;

/** A summary label standing alone on its line. */
export const DESCRIPTION_LABEL = /^(?:summary|description|blurb|synopsis)\s*[:.]?$/i;

/** A summary label in any language, alone on its line (`Kurzbeschreibung`, `Описание:`, `文案：`). */
export function isDescriptionLabel(trimmed: string): boolean {
  const m = /^(.{1,30}?)\s*[:：.]?$/u.exec(trimmed);
  return m !== null && META_KEYS[(m[1] ?? '').toLowerCase()] === 'description';
}

/** A front-matter line that never continues the line above it: a by-line, a field, a label. */
export function isFrontLabelLine(trimmed: string): boolean {
  return BY_LINE.test(trimmed) || DESCRIPTION_LABEL.test(trimmed) || /^(?:(?:table of )?contents)$/i.test(trimmed) || matchFieldLine(trimmed) !== null;
}
