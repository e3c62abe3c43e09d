import { alternation, LANGUAGES } from './languages/index.js';
import { caselessRegExp } from './caseless-regexp.js';

/**
 * What social sites and their unroll apps put around a story told as a thread of posts
 * (Twitter/X, Mastodon, Bluesky, Threads, Thread Reader App): data for `parse/social-thread.ts`.
 */

/** Emoji and their joiners and variation selectors, and the wavy dash drawn with them (`〰️`): no letters of a title or a name. */
export const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{3030}]/gu;

/** A handle alone on its line, with the poster's name above it: `@iriskael_writes`, `@oonapb@writing.exchange`, `@ana.bsky.social`. */
export const HANDLE = /^@([\p{L}\p{N}_.]{1,40}(?:@[\p{L}\p{N}.-]+\.\p{L}{2,})?)(?:\s*·.*)?$/u;

/** An unroll app's page title names the thread's owner: `Thread by @lanternwren on Thread Reader App`. */
export const UNROLL_TITLE = /^(?:thread by|unrolled thread from|thread de|hilo de)\s+@([\p{L}\p{N}_.]{1,40})\b.*$/iu;

/** `Replying to @iriskael_writes`: the first line of a reply under its card. */
export const REPLYING = /^(?:replying to|en réponse à|en respuesta a|antwort an)\s+@/i;

/**
 * Words of a post's stamp and counters (`12:04 AM · Mar 3, 2023 · 48.2K Views`, `1.2K boosts · 2.3K favourites`,
 * `Oct 28, 2023, 21:04 · Edited · 🌐 · Web`, `Mar 14, 2022 • 17 tweets • 4 min read`).
 */
export const STAMP_WORDS = new Set([
  'views', 'view', 'boosts', 'boost', 'favourites', 'favorites', 'favourite', 'favorite', 'likes', 'like', 'reposts', 'repost',
  'retweets', 'retweet', 'quotes', 'quote', 'replies', 'reply', 'bookmarks', 'bookmark', 'tweets', 'posts', 'toots', 'min', 'read',
  'edited', 'web', 'public', 'unlisted', 'followers-only', 'am', 'pm', 'ago', 'h', 'm', 'd', 's', 'at',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Stamp words that make a line a stamp by themselves (a month or a count's noun); `am` or `at` alone do not. */
export const STAMP_NOUNS = new Set([
  'views', 'boosts', 'favourites', 'favorites', 'likes', 'reposts', 'retweets', 'quotes', 'replies', 'bookmarks', 'tweets', 'toots', 'edited',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** The app's own lines above and below a thread: menus, buttons, widgets. */
export const APP_LINES = new Set([
  'post', 'see new posts', 'conversation', 'thread', 'show more replies', 'show replies', 'show this thread', 'discover more',
  'sourced from across x', 'translate post', 'mastodon', 'back', 'bluesky', 'threads', 'thread reader app', 'discover', 'help',
  'blog', 'login', 'log in', 'sign up', 'bookmark', 'save as pdf', 'my authors', 'read all threads', 'follow', 'following',
  'share', 'more', 'explore', 'home', 'notifications', 'messages', 'profile',
  // Bluesky's menu, its post's reply setting and action row.
  'search', 'chat', 'feeds', 'lists', 'settings', 'everybody can reply', 'reply', 'repost', 'like', 'terms of service', 'privacy policy',
]);

/** A line from which everything to the end is the unroll app's page: `Missing some Tweet in this thread?`. */
export const APP_TAIL = /^(?:missing some tweets? in this thread\?.*|help us keep this thread|keep current with \S.*|more from @\S+|discover more|show more replies)$/i;

/** What a thread's opening post says of itself: `a thread 🧵`, `a very small ghost story, in 9 toots`, `🧵`. */
export const THREAD_MARK = /🧵|\bthread\b|\b(?:toots?|tweets?|skeets?|posts?)\b|\bhilo\b|\bfil\b|ثريد|تريد|رشته|тред|スレッド|스레드/iu;
/** The word `thread` alone on the opening post's first line (`ثريد 🧵`, `Thread:`), in any language. */
export const THREAD_WORD_ALONE = /^(?:a\s+)?(?:thread|hilo|fil|ثريد|تريد|رشته|тред|スレッド|스레드)\s*[:：.!]*$/iu;

/** A post's counter: `2/`, `3/12`, `(4/9)`, at the post's start or end. */
export const COUNTER_START = /^[(\[]?(\d{1,3})\s*\/\s*(\d{1,3})?[)\]]?(?=\s|$)\s*/u;
export const COUNTER_END = /\s+[(\[]?(\d{1,3})\s*\/\s*(\d{1,3})?[)\]]?$/u;

/** A handle set without its `@`, as Threads and Instagram print a post's card: `marianaferrinho`, `ana.lu_escreve` (a like count is no handle). */
export const BARE_HANDLE = /^(?=[a-z0-9._]*[a-z])[a-z0-9](?:[a-z0-9._]{1,28}[a-z0-9_])$/u;

/** A post's age on its card, in the app's languages: `8 sem`, `3 d`, `5h`, `2 Wo.`, `4 sett`, `12 min`. */
export const AGE_STAMP = /^\d{1,3}\s?(?:s|m|min|h|d|w|sem|sett|wo|j|g|t|tg|wk|y|a|mo|n)\.?$/iu;

/** The piece's kind before its title in the opening post (`CONTO: A vizinha do 302`, `Short story: The Well`): no part of the title. */
export const GENRE_LABEL = caselessRegExp(`^(?:${alternation(LANGUAGES.flatMap((l) => l.genres ?? []))})\\s*[:：]\\s*(\\S.*)$`, 'iu');


/**
 * What a photo app prints under a post's caption: its age (`2w`), its likes (`♡ 1,204 likes`, `Liked by ana and
 * others`), the comments' link (`View all 87 comments`) and box (`Add a comment…`). The first of them ends the caption.
 */
export const CAPTION_TAIL = /^(?:[♡❤🤍]\uFE0F?\s*)?[\d.,\s]*\d[KkMm]?\s+(?:likes?|me gusta|curtidas|j[’']aime|mi piace|gefällt mir|vind-ik-leuks|polubień|лайков|отметок «нравится»|beğenme|suka|lượt thích|لایک|إعجاب|いいね！|좋아요)$|^(?:liked by|curtido por|le gusta a|aimé par|gefällt|piace a)\s.+$|^(?:view all|ver los|ver todos os|voir les|alle|visualizza tutti i|wyświetl wszystkie|مشاهده همه)\b.{0,20}\d.{0,20}$|^(?:add a comment|añade un comentario|adicione um comentário|ajouter un commentaire|kommentieren|aggiungi un commento|افزودن نظر)\s*(?:…|\.\.\.)?$/iu;
