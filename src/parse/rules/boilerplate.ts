import { caseless } from './caseless-regexp.js';
import { matchDateLine } from './dates.js';

/**
 * Site chrome as data: lines that archives, blogs, forums and apps print
 * around a story and that are never the story's text. Each entry is a
 * whole-line pattern with an id for diagnostics. HEADER_CHROME is tried on
 * lines of the header zone only (they can be prose-like elsewhere);
 * FOOTER_BOILERPLATE is strict enough to be tried on any short line.
 */
export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
  /**
   * A cheap test every line `pattern` matches passes (a digit, a first character, a last word): a line that fails it
   * is not tried against `pattern`, so a book without such lines never compiles it (a Unicode pattern costs milliseconds).
   */
  needs?: RegExp;
}

/** Above or around the title: navigation, banners, app chrome, counters. */
/** One of eFiction's links under a story's title (two of them or more make the row). */
const EFICTION_LINK =
  '(?:\\[(?:reviews?|opiniones|reseñas|comentarios|kommentare|commentaires|recensioni|recenzje)\\s*-\\s*\\d+\\]|printer|print|table of contents|display all chapters|tabla de contenidos|versión para imprimir|índice|inhaltsverzeichnis|druckversion|table des matières|version imprimable|indice|versione stampabile|spis treści)';

/** A count's shorthand for thousands or millions after its number: `24,8K`, `8,1 тыс.`, `1,2 mil`, `3,4 rb`. */
export const COUNT_SHORTHAND = '(?:[KkMm]|\\s?(?:тыс\\.|млн\\.?|mil|mln|rb\\.?|ribu|nghìn))?';

export const HEADER_CHROME: readonly BoilerplateRule[] = [
  // A post's date and time with its counts after it: `2019.07.21. 22:14 조회 1,204 댓글 56 URL 복사`.
  { id: 'post-stamp-counts', needs: /^\d/, pattern: /^(?:\d{4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s+\d{1,2}:\d{2}(?::\d{2})?(?=.*\d.*$)(?:\s+\S+){1,10}$/u },
  { id: 'skip-link', pattern: /^skip to (?:main )?content$|^aller au contenu$|^zum inhalt springen$/i },
  // A post's reprint notice under its stamp (`本文禁止转载或摘编`, `未经授权，禁止转载`, `無断転載禁止`).
  { id: 'reprint-notice', pattern: /^(?:本文)?(?:未经(?:作者)?授权[，,]?\s*)?(?:禁止|严禁|請勿|请勿)(?:任何)?(?:转载|轉載)(?:或摘编|或摘編)?[。.！!]?$|^無断(?:転載|転用)(?:禁止|を禁じます)[。.]?$/u },
  // eFiction's links under a story's title, in its skins' languages: `[Reviews - 17]  Printer  Table of Contents  Display all chapters`.
  { id: 'efiction-links', pattern: new RegExp(`^${EFICTION_LINK}(?:\\s{2,}${EFICTION_LINK})+$`, 'iu') },
  { id: 'account', pattern: /^(?:log ?in|sign ?in|sign ?up|register|follow|follow\/fav|subscribe|menu|home|share|listen|write|open in app|reader mode|add bookmark|download|actions|entire work|chapter index|work header|site navigation|search\b.*|threadmarks|recent threadmarks|view all \d+ threadmarks|watch thread|unwatch thread|watch|unwatch)$/i },
  // The same buttons in other languages (`Se connecter`, `Anmelden`, `Iniciar sesión`, `Войти`).
  { id: 'account', pattern: /^(?:ホーム|首页|首頁|홈|inicio|accueil|startseite|главная|beranda|trang chủ|se connecter|connexion|s['’]inscrire|inscription|anmelden|einloggen|registrieren|abmelden|iniciar sesión|registrarse|regístrate|entrar|cadastre-se|cadastrar|acessar|accedi|registrati|accesso|войти|вход|регистрация|зарегистрироваться|zaloguj się|zarejestruj się|giriş yap|kaydol|masuk|daftar|đăng nhập|đăng ký|로그인|회원가입|ログイン|新規登録|登录|注册|登入|註冊)$/iu },
  // SpaceBattles and Sufficient Velocity: the thread's threadmark categories with their counts (`Story 3`, `Sidestory 1`).
  { id: 'threadmark-counts', pattern: /^(?:story|sidestory|side story|informational|apocrypha|media|omake)\s+\d{1,4}$/i },
  { id: 'archive-banner', pattern: /^archive of our own(?: beta)?$/i },
  // A subreddit's name over its posts (`r/HFY`), and the site's own name and app button.
  { id: 'subreddit', pattern: /^(?:r\/[a-z0-9_]{2,21}|reddit|get app\s+log in)$/i },
  // A site's print view names the page it printed: `Printed from https://www.writing.com/main/view_item/…`.
  { id: 'printed-from', pattern: /^printed from (?:https?:\/\/)?\S+$/i },
  // A note-taking app's page stamp: the time alone under the date (`9:14 PM`).
  { id: 'time-stamp', pattern: /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i },
  // A post's category with its date (`Romance 07/14/2022`, `Fiction · 2021-03-04`).
  { id: 'category-date', pattern: /^(?:[\p{L}&/-]+\s+(?:[·|•]\s+)?){1,3}(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/u },
  // A row of counts spaced into cells, each a number with at most a word or symbol beside it (`2.1K views   ♥ 143`).
  // (`Chapters: 3   Words: 342` is a row of labelled fields, the header reader's.)
  { id: 'count-cells', pattern: /^[^\s\d:：]{0,12}\s?\d[\d.,]*[KkMm]?(?:\s[^\s\d]{1,12})?(?:(?:\s{2,}|\s[·|•]\s)[^\s\d:：]{0,12}\s?\d[\d.,]*[KkMm]?(?:\s[^\s\d]{1,12})?)+$/u },
  // A reading site's counts in any language, label and number in turn: `القراءات 48.2K التصويتات 3.9K الأجزاء 12`, `48.2K Reads 3.9K Votes`.
  // Three pairs, or two with a count in thousands (`Part 1 of 3` is a heading).
  { id: 'count-pairs', needs: /\d[^]*\d/, pattern: /^(?:\p{L}[\p{L}\p{M}]*\s+\d[\d.,]*[KkMm]?\s*){3,}$|^(?:\d[\d.,]*[KkMm]?\s+\p{L}[\p{L}\p{M}]*\s*){3,}$|^(?=.*\d[KkMm](?:\s|$))(?:(?:\p{L}[\p{L}\p{M}]*\s+\d[\d.,]*[KkMm]?|\d[\d.,]*[KkMm]?\s+\p{L}[\p{L}\p{M}]*)\s*){2,}$/u },
  // A Chinese download site's notice over the text: `本书由【书香小筑】整理，仅供试读交流，请于下载后24小时内删除。`
  { id: 'download-notice', pattern: /^(?:本[书書]由.{1,40}(?:整理|收集|提供|制作)|.{0,60}(?:下载后|下載後)\s*24\s*小[时時]内?[删刪]除).{0,80}$/u },
  // A wiki's page tools and account prompts (Fandom, MediaWiki): `Sign in to edit`, `History`, `Talk (2)`, `in: Dreams, Places`.
  { id: 'wiki-name', needs: / wiki$/iu, pattern: /^[\p{L}\d' ]{2,40} wiki$/iu },
  { id: 'wiki-tools', pattern: /^(?:sign in to edit|edit source|view source|history|talk(?: \(\d+\))?|explore|fan central|current|don['’]t have an account\?|in: \S.{0,120}|jump to (?:navigation|search|content)|from wikipedia, the free encyclopedia|aus wikipedia, der freien enzyklopädie)$/i },
  // AO3's menus and work buttons, as a browser copies its page (`Fandoms` / `Browse` / `Chapter by Chapter`).
  // A work page's chapter links among its actions (`← Previous Chapter` / `Next Chapter →` / `Chapter Index`).
  { id: 'page-nav', pattern: /^(?:[«‹<←]+\s*)?(?:previous|prev|next)(?: chapter| work)?(?:\s*[»›>→]+)?$/i },
  { id: 'archive-menu', pattern: /^(?:chapter by chapter|fandoms|browse|about|search works|work search:?|tip: .{0,80}|comments|bookmark|mark for later|hide creator['’]s style|show creator['’]s style)$/i },
  { id: 'site-name', pattern: /^(?:tumblr|wattpad|royal road|spacebattles|sufficient velocity|fanfiction(?:\.net)?|fictionpress(?:\.com)?|asianfanfics|fanfiktion\.de|ficbook|фикбук|livejournal|dreamwidth|quotev|inkitt|scribble ?hub|webnovel|archive of our own)(?:\s*[|:-].{0,40})?$/i },
  { id: 'counter-list', pattern: /^(?:reads|votes|parts|views|kudos|hits|likes|comments|favs|follows|reviews)\s+[\d.,]+[KkMm]?\b.*$/i },
  // The same counters with the number first, as most sites print them in other languages (`12,3K Gelesen`, `980 Votes`, `3 Teile`).
  {
    id: 'counter-list',
    needs: /^[\d.,]/,
    pattern: /^[\d.,]+\s?[KkMm]?\s+(?:reads|votes|parts|views|kudos|hits|likes|comments|favs|follows|reviews|gelesen|aufrufe|teile|stimmen|kommentare|lecturas|votos|partes|lectures|leituras|letture|voti|parti|visualizzazioni|прочтени[йя]|просмотр(?:ов|а)?|голос(?:ов|а)?|частей|части|okunma|oy|bölüm|dibaca|bagian|suara|komentar|leesbeurten|stemmen|delen|odsłon|głosów|części)$/iu,
  },
  // A page's action links in a row, ending on its view counter, in any language: `Chop etish | Yuklab olish (PDF) | Ko‘rishlar soni: 4 871`.
  // Links carry no label: a row of labelled values (`Pubblicata: 02/04/2019 | Parole: 357`) is the story's fields.
  { id: 'action-row', needs: /\|[^|]*\d\s*$/, pattern: /^(?:[^|:\n]{1,30}\s\|\s){2,}\p{L}[^|:\n]{0,30}:\s*\d[\d\s.,]*$/u },
  // 2channel's read.cgi link bar over a thread: `■掲示板に戻る■ 全部 1- 101- 最新50`.
  { id: 'read-cgi-bar', needs: /掲示板|最新/u, pattern: /^■?掲示板に戻る■?(?:\s+(?:全部|1-|\d+-|最新\d+|スレ一覧|前\d+|次\d+))*\s*$/u },
  // A reading site's rank in a tag, in the reader's language: `#12 in romance`, `#12 di fiksiumum`, `#3 en misterio`.
  { id: 'ranking', pattern: /^#\d+ (?:in|di|en|em|na|auf|dans|w|в|на|trong|sa|içinde)\s\S.*$/iu },
  { id: 'post-number', pattern: /^#\d+$/ },
  // Baidu Tieba's floor footer under each post (`2楼 2016-05-12 21:05`), its reply buttons, and a reply's stamp.
  { id: 'tieba-floor', pattern: /^\d{1,5}楼\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$|^(?:回复|回復)(?:\s*\(\d+\))?$|^收起回复$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+回复$/u },
  // A lone digit is a chapter's bare number (lib.ru's centred `1`), not a counter; so is a number with its point (`1.`).
  { id: 'bare-count', pattern: /^(?:(?!\d$|\d{1,3}\.$)[\d.,]+[KkMm]?|--|—)$/ },
  { id: 'comments-count', pattern: /^(?:comments|comentários|kommentare|commentaires)\s*\(\d+\)$/i },
  { id: 'page-of', pattern: /^(?:page|страница|página|seite)\s+\d+\s+(?:of|из|de|von)\s+\d+\b.*$/i },
  { id: 'pagination', pattern: /^(?:prev|previous|‹|«)?\s*(?:\d+|…)(?:\s+(?:\d+|…))+\s*(?:next|›|»)?$/i },
  { id: 'read-time', pattern: /^.{0,60}\b\d+\s+min read\b.*$/i },
  // A web reader's reading time in its card: `Waktu 11 mnt`, `Tiempo de lectura 11 min`, `Время чтения 11 мин`.
  { id: 'read-time', pattern: /^(?:waktu(?: baca)?|tiempo(?: de lectura)?|tempo(?: de leitura| di lettura)?|temps(?: de lecture)?|lesezeit|czas czytania|время(?: чтения)?|okuma süresi|reading time)\s*:?\s+\d+\s*(?:mnt|menit|min|minutos?|minuti|minutes?|minuten|мин)\.?$/iu },
  { id: 'image-credit', pattern: /^(?:photo|image|cover|illustration) by .{1,60} on (?:unsplash|pexels|pixabay)$/i },
  { id: 'visitor-counter', pattern: /^you are visitor (?:number|no\.?)\b.*$/i },
  { id: 'best-viewed', pattern: /^(?:this (?:page|site) is )?best viewed (?:with|in)\b.*$/i },
  { id: 'under-construction', pattern: /^\W*under construction\W*$/i },
  { id: 'link-row', pattern: /^(?:\[[^\]]{1,30}\]\s*){2,}$|^\[[^\]]*\|[^\]]*\]$/ },
  { id: 'reader-mode', pattern: /^reader mode\b.*$/i },
  { id: 'account-row', pattern: /^(?:log ?in|sign ?in|sign ?up|register|entrar|cadastrar|buscar|search)(?:\s{2,}(?:log ?in|sign ?in|sign ?up|register|entrar|cadastrar|buscar|search))+$/i },
  { id: 'entry-nav', pattern: /^[«‹<]?\s*(?:previous|prev)\s+(?:entry|post)\b.*$/i },
  { id: 'cut-link', pattern: /^\(\s*(?:read more|keep reading)\.*\s*\)$/i },
  // A reading site's rights notice under a story's card, in the site's language.
  {
    id: 'rights-reserved',
    pattern: /^(?:all rights reserved|todos los derechos reservados|todos os direitos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|hak cipta dilindungi(?: undang-undang)?|wszelkie prawa zastrzeżone|все права защищены|tüm hakları saklıdır|bảo lưu mọi quyền|版权所有|版權所有|著作権所有|무단 전재 금지)\.?$/iu,
  },
  { id: 'app-notes', needs: /notes$/iu, pattern: caseless(/^[^\p{L}\p{N}\s]{1,3}\s*notes$/iu) },
  { id: 'tag-row', needs: /^[✧★☆•·]/u, pattern: /^(?:[✧★☆•·]\s*[\p{L} ]{1,20}\s*){2,}[✧★☆•·]?$/u },
  { id: 'action-row', pattern: /^(?:subscribe|upvote|comment|recommend|vote|share|like|reblog|reply|report|save)(?:\s{2,}(?:subscribe|upvote|comment|recommend|vote|share|like|reblog|reply|report|save))+$/i },
  { id: 'forum-reply', pattern: /^post reply\b.*$/i },
  { id: 'submitted-by', pattern: /^submitted .{1,40} by (?:u\/)?\S+$/i },
  { id: 'story-stats', pattern: /^with \d+ chapters?,.*\bwords?$/i },
  { id: 'wrote-in', pattern: /^\S+ \(\S+\) wrote(?: in \S+)?,?$/i },
];

/** Below or between chapters: share widgets, page navigation, comment pleas, signatures. */
export const FOOTER_BOILERPLATE: readonly BoilerplateRule[] = [
  { id: 'share-this', pattern: /^(?:share this|like this|partager|j['’]aime ça|teilen|compartir|condividi)\s*:?$/i },
  { id: 'like-loading-fr', pattern: /^j['’]aime chargement…?\.*$/i },
  { id: 'post-stamp', pattern: /^\S.{0,40} · .{1,30} · #\d+$/ },
  // A chat log's stamp over each message: `[3/14/2024 9:12 PM] wrenfeather`, `[14-Mar-24 09:12] Tallow`, `wren — 03/14/2024 9:12 PM`.
  { id: 'chat-stamp', pattern: /^\[(?:\d{1,4}[-/.](?:\d{1,2}|[A-Za-z]{3})[-/.]\d{1,4},? )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\] ?[^\s:][^:]{0,38}$/ },
  { id: 'chat-stamp', pattern: /^[^\s:][^:]{0,38} [—–-] (?:today at |yesterday at )?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},? )?\d{1,2}:\d{2}(?: ?[AaPp][Mm])?$/i },
  { id: 'chat-export', pattern: /^exported \d+ messages?(?:\(s\))?$/i },
  // Telegram's copy of a channel post: `CHANNEL, [12.03.2021 20:05]` over each message.
  { id: 'chat-stamp', pattern: /^[^\s,][^,]{0,60}, \[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\]$/u },
  // A channel's or account's promotion under each post: `👉 @lbwoled_tarikoch`, `➡️ t.me/channel`.
  { id: 'channel-promo', pattern: /^(?:\p{Extended_Pictographic}|[➡→👉])\uFE0F?\s*(?:@[\w.]{3,40}|t\.me\/\S+)$/u },
  { id: 'post-number', pattern: /^#\d+$/ },
  // Baidu Tieba's floor footer under each post (`2楼 2016-05-12 21:05`), its reply buttons, and a reply's stamp.
  { id: 'tieba-floor', pattern: /^\d{1,5}楼\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$|^(?:回复|回復)(?:\s*\(\d+\))?$|^收起回复$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+回复$/u },
  { id: 'add-bookmark', pattern: /^add bookmark$/i },
  { id: 'pagination', pattern: /^(?:prev|previous|‹|«)\s+(?:\d+|…)(?:\s+(?:\d+|…))+\s+(?:next|›|»)$/i },
  { id: 'list-footer', pattern: /^(?:to unsubscribe\b.*|free web-based e-?mail\b.*)$/i },
  { id: 'mail-me', pattern: /^.{0,40}\be-?mail me\b.*@.*$/i },
  { id: 'lj-comment', pattern: /^\((?:anonymous|reply|thread|link)\)(?:\s*\((?:reply|thread|link)\))*$/i },
  { id: 'share-links', pattern: /^share:?\s+(?:e-?mail|facebook|twitter)\b.*$/i },
  { id: 'like-loading', pattern: /^like loading\.*$/i },
  { id: 'leave-comment', pattern: /^(?:leave a comment|log in to comment|you must be logged in to comment|laisser un commentaire|review schreiben)$/i },
  { id: 'blogger-nav', pattern: /^newer post\s+older post\s+home$/i },
  { id: 'ao3-plea', pattern: /^please drop by the archive and comment\b.*$/i },
  { id: 'reactions', pattern: /^reactions:\s.*$/i },
  { id: 'sent-from', pattern: /^sent from my (?:iphone|ipad|android|phone)$/i },
  { id: 'page-nav', pattern: /^(?:[«‹<←]+\s*)?(?:previous|prev|next)(?: chapter)?(?:\s*[»›>→]+)?$|^next chapter:\s.*$/i },
  // A reading site's buttons into and on through the story, in the reader's language.
  {
    id: 'read-on',
    pattern: /^(?:start reading|continue reading(?: (?:the )?next (?:chapter|part))?|empezar a leer|comenzar a leer|continuar leyendo(?: el siguiente capítulo)?|começar a ler|continuar lendo(?: o próximo capítulo)?|commencer (?:à|a) lire|continuer (?:la lecture|à lire)|weiterlesen|jetzt lesen|inizia a leggere|continua a leggere|mulai membaca|lanjutkan membaca(?: bagian berikutnya)?|начать читать|читать дальше)$/i,
  },
  { id: 'chapter-nav', pattern: /^[«‹<←]+\s*\S.{0,40}\|\s*\S.{0,40}[»›>→]+$/ },
  { id: 'foreign-nav', pattern: /^[«‹<]*\s*(?:kapitel zurück|capitolo precedente|capítulo anterior|chapitre précédent)\b.*$/i },
  { id: 'end-of-parts', pattern: /^you['’]ve reached the end of the published parts\.?$/i },
  { id: 'return-to', pattern: /^return to (?:story description|“.*”|".*")$/i },
  { id: 'tumblr-notes', pattern: /^\d[\d,]* notes$/i },
  { id: 'comment-count', pattern: /^\(\s*\d+ comments?\s*[|—-]\s*(?:leave a comment|reply)\s*\)$/i },
  { id: 'edited', pattern: /^(?:last edited|editado por última vez por|« última modificación)\b.*$/i },
  { id: 'continued', pattern: /^(?:to be continued|continuará|continua|à suivre|продолжение следует|fortsetzung folgt|tbc)\W*$/iu },
  { id: 'continued-bracket', pattern: /^\[(?:continued|to be continued|back to|return to)\b[^\]]*\]$/i },
  { id: 'the-end', pattern: /^[~*=\s-]*(?:the end\??|fin|end|ende|конец|fine)[~*=\s.!-]*$/i },
  { id: 'chapter-end-cjk', pattern: /^[（(]本章完[）)]$/u },
  { id: 'online-status', pattern: /^(?:en línea|online|offline|desconectado)$/i },
  { id: 'post-labels', pattern: /^(?:labels|categories|tags|filed under|publié dans|posted in)\s*:?\s.*$/i },
  { id: 'share-service', pattern: /^(?:twitter|facebook|reddit|pinterest|tumblr|email|print)$/i },
  { id: 'blogger-share', pattern: /^email this\s*blogthis!.*$/i },
  { id: 'no-comments', pattern: /^(?:no comments:?|post a comment|\d+ comments?:?|reply|related)$/i },
  { id: 'thoughts-on', pattern: /^\d+ (?:thoughts?|responses?|replies) (?:on|to) ["“].*["”]$/i },
  { id: 'newsletter', pattern: /^thanks for reading .{1,80}! subscribe\b.*$|^type your email\W*$|^discussion about this post$|^restacks$/i },
  { id: 'likes-comments', pattern: /^\d+ likes? · \d+ comments?$/i },
  { id: 'copyright-line', pattern: /^© \d{4}\b.{0,60}$/ },
  { id: 'action-row', pattern: /^(?:subscribe|upvote|comment|recommend|vote|share|like|reblog|reply|report|save)(?:\s{2,}(?:subscribe|upvote|comment|recommend|vote|share|like|reblog|reply|report|save))+$/i },
  { id: 'single-action', pattern: /^(?:subscribe|share|comments|follow|upvote|reblog|reblog\s+like|sign in|sign up)$/i },
  { id: 'support-author', pattern: /^(?:support ["“].{1,80}["”]|about the (?:author|creator|writer)|view my complete profile|subscribe to: post comments.*)$/i },
  { id: 'reply-subject', pattern: /^re: .{1,120}$/i },
  { id: 'post-count', pattern: /^(?:posts|сообщений|mensajes|beiträge|messages):\s*[\d.,]+$/i },
  { id: 'top-link', pattern: /^(?:top|back to top|↑ top|[▼▲↓↑]?\s*ページ(?:の)?(?:最下部|最上部|下部|上部|先頭|末尾)へ)$/iu },
  { id: 'page-of', pattern: /^(?:page|страница|página|seite)\s+\d+\s+(?:of|из|de|von)\s+\d+\b.*$/i },
  { id: 'reply-stamp', pattern: /^« (?:respuesta|reply|antwort) #\d+.*»$/i },
  { id: 'level', pattern: /^level \d+$/i },
  { id: 'forum-added', pattern: caseless(/^добавлено \(.*\)$/iu) },
  { id: 'hashtags', needs: /^#/, pattern: /^(?:#[\p{L}\p{N}][\p{L}\p{N} _'-]*\s*){2,}$/u },
];

/**
 * Lines after which a page holds only site furniture (comment forms, sidebars,
 * author cards): from such a line to the end nothing is story text, as long
 * as no prose or heading follows.
 */
export const TAIL_START = /^(?:about the (?:author|authors|translator|creator|writer)|connect with \S.{0,40}|(?:also|other (?:books|titles|works)) by \S.{0,40}|über (?:die autorin|den autor)|à propos de l['’]aut(?:eur|rice)|sobre (?:el autor|la autora|o autor|a autora)|sull['’]autore|об авторе|\(\s*\d+ comments?\s*[|—-]\s*leave a comment\s*\)|about me|blog archive|post a comment|newer post\s+older post\s+home|more from \S.{0,60}|written by \S.{0,40}|discussion about this post|you['’]ve reached the end of the published parts\.?|who is online|display posts from previous:.*|return to “.*”|you have reached the end of ["“].*|(?:community )?content is available under \S.{0,60}|more fandoms|more stories like this|weitere (?:beiträge|texte|geschichten|werke) von \S.{0,40}|autres (?:textes|histoires|œuvres) de \S.{0,40}|(?:what did you think(?: of (?:this|the) (?:story|chapter|text))?|was ist dir an diesem text (?:besonders )?aufgefallen|wie hat dir (?:der text|die geschichte) gefallen|qu['’]en avez-vous pensé|¿?qué te pareció(?: (?:la historia|el capítulo|el texto))?)\?|please rate this (?:story|work|chapter)|rate this (?:story|work|chapter)|story tags|more like this|you (?:may|might) also like|recommended (?:stories|for you)|related (?:stories|posts|works|questions|answers)|more answers(?: below)?|(?:more|other|previous|recent|latest|older) (?:episodes|posts|stories|entries|issues)|credits|crédits|créditos|episode credits)$/i;

/** Keys of a forum profile box beside each post; two or more in a row are the box. */
export const PROFILE_KEY = /^(?:posts|messages|pesan|mensagens|messaggi|berichten|joined|location|rank|reputation|likes received|группа|сообщений|статус|дата|mensajes|registrado|ubicación|beiträge|registriert|wohnort):\s/i;

/** A quote header in a reply; the quoted lines under it are someone else's copy of the story. */
/** A forum's quote header: `name wrote:` alone or with XenForo's arrow, never a sentence (`She wrote: *Two.* Then…`). */
export const QUOTE_HEADER = /^(?:quote:?|цитата(?: \(.*\))?|cita de:? .{0,80}|(?!(?:he|she|i|we|they|you|it)\s)\S{1,40} wrote:\s*(?:↑.*)?)$/i;

/** `Post by NAME » DATE`: a post header naming its poster. */
export const POST_HEADER = /^post by (\S.{0,40}?) (?:»|on) .*$/i;

/** Keys of a mail or news header; a run of three or more of them is a header block, wherever it sits. */
export const MAIL_HEADER = /^(?:from|to|cc|newsgroups|subject|date|organization|lines|message-id|references|reply-to|path|x-[\w-]+|nntp-posting-host|sender|content-type|mime-version):\s/i;

export function matchBoilerplate(rules: readonly BoilerplateRule[], trimmed: string): BoilerplateRule | null {
  if (trimmed.length > 160) return null;
  for (const rule of rules) if ((rule.needs?.test(trimmed) ?? true) && rule.pattern.test(trimmed)) return rule;
  return null;
}

/** `Just In   Community   Forum   More`: three or more short items apart by wide gaps, pipes or dots. */
export function isNavRow(trimmed: string): boolean {
  if (trimmed.length > 320 || /[.!?]["”]?$/.test(trimmed) && !/\.\.\.$/.test(trimmed)) return false;
  // Chinese and Japanese menus space their items with one ideographic space (`小説　コミック　書く`).
  const items = trimmed.split(/\s{3,}|\s+[|·•]\s+|\u3000/).filter(Boolean);
  // A long row is a menu only with many items (a literature portal's sections, each a word or two).
  if (items.length >= (trimmed.length > 140 ? 8 : 3) && items.every((it) => it.split(/\s+/).length <= 4 && !/:\s/.test(it))) return true;
  // A menu copied with two spaces between its items (`Forsíða  Blogg  Nýjustu færslur  Innskráning`): four or more
  // capitalised items of a word or three, none ending a sentence or a clause.
  const cells = trimmed.length > 140 ? [] : trimmed.split(/\s{2,}/);
  return cells.length >= 4 && cells.every((c) => /^\p{Lu}/u.test(c) && c.split(/\s+/).length <= 3 && !/[.,;:!?]$/.test(c));
}

/** `Books  »  Tidewater Almanac`, `首页 >> 原创小说 >> 言情`: a breadcrumb trail. */
/** A trail of slashes from the site's home (`Home / Fantasy / The Last Dungeon Cook / Chapter 212: Salt Contract`). */
const SLASH_TRAIL = /^(?:home|accueil|inicio|início|startseite|home page|главная|首页|首頁|홈|ホーム|trang chủ|beranda|strona główna)\s+\/\s+[^/]+\/\s+\S/iu;

export function isBreadcrumb(trimmed: string): boolean {
  if (trimmed.length <= 200 && SLASH_TRAIL.test(trimmed)) return true;
  if (trimmed.length > 160 || /:\s/.test(trimmed)) return false;
  const parts = trimmed.split(/\s*(?:»|›|‹|>>|\s>\s)\s*/);
  return parts.length >= 2 && parts.every((p) => p.trim() !== '' && p.split(/\s+/).length <= 8);
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_ONLY = new RegExp(
  `^(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|thurs|fri|sat|sun)\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:\\s*[（(][^）)]{1,3}[）)])?|\\d{4}[./]\\s?\\d{1,2}[./]\\s?\\d{1,2}\\.?)(?:\\s*(?:@|at|,)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?$`,
  'i',
);

/** A line holding only a date (and time): a post's timestamp. */
export function isDateLine(trimmed: string): boolean {
  // A date in another script by its calendar words (`२०८० असार १२, मंगलबार १०:४५`), as the date rules read it; Latin-script
  // dates keep to the shapes above (a diary's `Monday, March 04, 2002 - 10:14 PM` heads its entry).
  return trimmed.length <= 60 && (DATE_ONLY.test(trimmed) || (!/[A-Za-z]/.test(trimmed) && /\p{N}/u.test(trimmed) && matchDateLine(trimmed) !== null));
}

/** A web address anywhere in a line (`ARCHIVE  --  http://…`, `www.site.am`). */
export function hasWebAddress(text: string): boolean {
  return /https?:\/\/|\bwww\.\S/i.test(text);
}

/** A line holding only a web address. */
export function isUrlLine(trimmed: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(trimmed);
}

/** (eFiction's row names the chapter shown between its links: `Story Index   Chapter 1: Inventory   Next >>`.) */
const NAV_ITEM = /^(?:[«‹<←]+\s*)?(?:previous|prev|next|last|first)(?: chapter| entry| post| page)?(?:\s*[»›>→]+)?$|^(?:(?:story |chapter |work )?index|table of contents|contents|home)$|^chapter\s+\d{1,4}(?:[:.]\s*\S.{0,60})?$/i;

/** `Previous Chapter   Index   Next Chapter`, `← Previous Chapter | Next Chapter →`: page navigation. */
export function isPageNav(trimmed: string): boolean {
  if (trimmed.length > 120 || !/next|prev/i.test(trimmed)) return false;
  const items = trimmed.split(/\s{2,}|\s*\|\s*/).filter(Boolean);
  // One item alone is navigation only with its arrow (`Next >`, `« Prev`): `Next` alone may be a line of dialogue.
  const enough = items.length >= 2 || /[«‹<←»›>→]/.test(trimmed);
  return enough && items.every((it) => NAV_ITEM.test(it)) && items.some((it) => /next|previous|prev/i.test(it));
}

/**
 * A page's chapter selector flattened onto one line: numbered titles counting up from one
 * (`1. Premier pavé 2. La pluie 3. Barricade`).
 */
export function isChapterSelector(trimmed: string): boolean {
  const numbers = [...trimmed.matchAll(/(?:^|\s)(\d{1,3})\.\s+\D/gu)].map((m) => Number(m[1]));
  return numbers.length >= 2 && /^1\.\s/.test(trimmed) && numbers.every((n, k) => n === k + 1);
}

/** A footer line that is never story text: a table entry, page navigation or a chapter selector. */
export function isFooterBoilerplate(trimmed: string): BoilerplateRule | null {
  const rule = matchBoilerplate(FOOTER_BOILERPLATE, trimmed);
  // `Monday, March 04, 2002 - 10:14 PM` is an entry's date with its time, not a chat message's sender and time.
  if (rule?.id === 'chat-stamp' && matchDateLine(trimmed) !== null) return null;
  if (rule) return rule;
  if (isChapterSelector(trimmed)) return { id: 'chapter-selector', pattern: /^1\.\s/ };
  return isPageNav(trimmed) ? { id: 'page-nav', pattern: NAV_ITEM } : null;
}

/** The poster's name with the post's date and time after it (`윤슬 2020. 11. 3. 21:40`): the name, or null. */
export function nameBesideDate(text: string, isName: (name: string) => boolean): string | null {
  const m = /^(\S+(?:\s\S+){0,2}?)\s+(\d.*)$/u.exec(text);
  return m && !isDateLine(text) && isDateLine(m[2]!) && !/\d/.test(m[1]!) && isName(m[1]!) ? m[1]! : null;
}
