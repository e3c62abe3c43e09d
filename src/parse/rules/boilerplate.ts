import { caseless, caselessRegExp } from './caseless-regexp.js';
import { isWeekday, matchDateLine } from './dates.js';
import { alternation, LANGUAGES } from './languages/index.js';

/** Every language's account and menu buttons (`Anmelden`, `ログイン`). */
const ACCOUNT = alternation(LANGUAGES.flatMap((l) => l.account ?? []));
/** Every language's jump links on a wiki page, their punctuation (`Jump to: navigation, search`) let in between the words. */
const WIKI_JUMP = alternation(LANGUAGES.flatMap((l) => l.wiki?.jump ?? [])).replace(/ /g, '[\\s:,،、，]+');
/** Every language's word for a blog's collection of posts (`合集`). */
const COLLECTION = alternation(LANGUAGES.flatMap((l) => l.collection ?? []));
const COMMENTS = alternation(LANGUAGES.flatMap((l) => l.comments ?? []));

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
  /** The longest line the rule is tried on, when a notice runs past the 160 characters every other chrome line keeps within. */
  longest?: number;
}

/** The word cookies, as sites' banners write it: most languages borrow it, some translate it. */
const COOKIE_WORD = /cookie|kuki|куки|çerez|ciasteczk|evästei|kakor|informasjonskapsl|쿠키|クッキー|คุกกี้|ملفات تعريف الارتباط|کوکی|עוגיות|कुकी|κουκ(?:ί|ι)δ|sütik|kolačić|piškot/iu;

/** Above or around the title: navigation, banners, app chrome, counters. */
/** One of eFiction's links under a story's title (two of them or more make the row). */
const EFICTION_LINK =
  '(?:\\[(?:reviews?|opiniones|reseñas|comentarios|kommentare|commentaires|recensioni|recenzje)\\s*-\\s*\\d+\\]|printer|print|table of contents|display all chapters|tabla de contenidos|versión para imprimir|índice|inhaltsverzeichnis|druckversion|table des matières|version imprimable|indice|versione stampabile|spis treści)';

/** A count's shorthand for thousands or millions after its number: `24,8K`, `8,1 тыс.`, `1,2 mil`, `3,4 rb`. */
export const COUNT_SHORTHAND = '(?:[KkMm]|\\s?(?:тыс\\.|млн\\.?|mil|mln|rb\\.?|ribu|nghìn))?';

/** The link to a serial's earlier parts over an installment, in each language's words (`Начало здесь: Бабушкин сервиз. Часть 1`). */
export const EARLIER_PARTS = caselessRegExp(`^(?:${alternation(LANGUAGES.flatMap((l) => l.earlierParts ?? []))})\\s*[:：]\\s*\\S.*$`, 'iu');

/**
 * A video page's panels and counts, copied with a story read aloud on it (YouTube's watch page with its transcript
 * open), in the site's interface languages: `Show transcript`, `Search in video`, `27.4K subscribers`,
 * `18K views  5 months ago  #tags`, `...more`. Distinctive wherever they stand.
 */
export const VIDEO_PANELS = caselessRegExp(
  [
    String.raw`^(?:show transcript|hide transcript|search in video|follow along using the transcript\.?|skip navigation|transkripti göster|videoda ara|mostrar transcripción|buscar en el video|mostrar transcrição|pesquisar no vídeo|transkript anzeigen|im video suchen|afficher la transcription|rechercher dans la vidéo)$`,
    String.raw`^(?:\.{3}|…)\s?(?:more|daha fazla|más|mais|mehr|plus)$`,
    String.raw`^[\d.,]+\s?(?:[KkMm]|B|Mn|tn\.|mil|mio\.|k)?\s+(?:subscribers|abone|suscriptores|inscritos|abonnenten|abonnés|подписчиков)$`,
    String.raw`^[\d.,]+\s?(?:[KkMm]|B|Mn|mil|mio\.|k)?\s+(?:views|görüntüleme|visualizaciones|visualizações|aufrufe|vues|просмотров)\b.{0,120}$`,
  ].join('|'),
  'iu',
);
/** The buttons under a video, alone on their lines: words too common to drop anywhere but in a page's header. */
const VIDEO_BUTTONS = /^(?:clip|save|download|transcript|klip|kaydet|indir|transkript|guardar|descargar|transcripción|salvar|baixar|transcrição|speichern|herunterladen|enregistrer|télécharger|transcription)$/iu;

/** A social network's name alone, as a share row prints each button, or after the row's label (`Share: Facebook`). */
export const SHARE_NETWORK = /^(?:\p{L}[\p{L} ]{0,20}:\s*)?(?:facebook|twitter|x \(twitter\)|whatsapp|telegram|pinterest|reddit|linkedin|vk|vkontakte|вконтакте|одноклассники|weibo|wechat|line|threads|bluesky|tumblr|e-?mail)$/iu;

export const HEADER_CHROME: readonly BoilerplateRule[] = [
  // A post's date and time with its counts after it: `2019.07.21. 22:14 조회 1,204 댓글 56 URL 복사`.
  { id: 'post-stamp-counts', needs: /^\d/, pattern: /^(?:\d{4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s+\d{1,2}:\d{2}(?::\d{2})?(?=.*\d.*$)(?:\s+\S+){1,10}$/u },
  // A digitised paper's or book's warning over its machine-read text, in any language: `Hinweis: Der Volltext wurde
  // automatisch erstellt (OCR) und kann Fehler enthalten.`, `This text was generated by OCR and may contain errors.`
  { id: 'ocr-notice', needs: /\bOCR\b/, pattern: /^.{0,200}$/u },
  { id: 'video-page', pattern: VIDEO_PANELS },
  { id: 'earlier-parts', pattern: EARLIER_PARTS },
  { id: 'video-page', pattern: VIDEO_BUTTONS },
  // A site's cookie banner, in any language (most borrow the word): its sentence about them, or its button to accept.
  { id: 'cookie-banner', longest: 400, needs: COOKIE_WORD, pattern: /^(?:\S+\s+){5,}\S.*$|^.{24,}$|^(?:\S+\s+){0,3}(?:accept|akzeptieren|accepter|aceptar|accetta|aceitar|accepteren|akceptuj|принять|kabul et|hyväksy|godkänn|ยอมรับ|同意|동의|承諾|同意する)\b.*$|^.*(?:accept|akzeptieren|accepter|aceptar|accetta|aceitar|ยอมรับ)\S*$/iu },
  { id: 'skip-link', pattern: /^skip to (?:main )?content$|^aller au contenu$|^zum inhalt springen$/i },
  // A post's reprint notice under its stamp (`本文禁止转载或摘编`, `未经授权，禁止转载`, `無断転載禁止`).
  { id: 'reprint-notice', pattern: /^(?:本文)?(?:未经(?:作者)?授权[，,]?\s*)?(?:禁止|严禁|請勿|请勿)(?:任何)?(?:转载|轉載)(?:或摘编|或摘編)?[。.！!]?$|^無断(?:転載|転用)(?:禁止|を禁じます)[。.]?$/u },
  // eFiction's links under a story's title, in its skins' languages: `[Reviews - 17]  Printer  Table of Contents  Display all chapters`.
  { id: 'efiction-links', pattern: new RegExp(`^${EFICTION_LINK}(?:\\s{2,}${EFICTION_LINK})+$`, 'iu') },
  { id: 'account', pattern: /^(?:log ?in|sign ?in|sign ?up|register|follow|follow\/fav|subscribe|menu|home|share|listen|write|open in app|reader mode|add bookmark|download|actions|entire work|chapter index|work header|site navigation|search\b.*|threadmarks|recent threadmarks|view all \d+ threadmarks|watch thread|unwatch thread|watch|unwatch)$/i },
  // The same buttons in other languages, and a blog's menu under its name (`Sobre mim` / `Arquivo` / `Contacto`), alone
  // or in a row, as Ameba and other blogs set them (`ورود / ثبت نام`, `ブログトップ  記事一覧  画像一覧`).
  // (A row of them, apart by a bar, a dot, wide spaces or, three or more, by single spaces: `글씨크기 작게 보통 크게`.)
  { id: 'account', pattern: new RegExp(`^(?:${ACCOUNT})(?:(?:\\s*[/|·]\\s*|\\s{2,})(?:${ACCOUNT}))*$|^(?:${ACCOUNT})(?: (?:${ACCOUNT})){2,}$`, 'iu') },
  // SpaceBattles and Sufficient Velocity: the thread's threadmark categories with their counts (`Story 3`, `Sidestory 1`).
  // A Korean community board's menu under the board's name (DC Inside: `갤러리 이슈박스, 최근방문 갤러리`).
  { id: 'board-menu', pattern: /^(?:갤러리 이슈박스|최근\s?방문 갤러리|갤러리 정보|갤러리 리스트)(?:\s*[,|·]\s*(?:갤러리 이슈박스|최근\s?방문 갤러리|갤러리 정보|갤러리 리스트))*$/u },
  // A paywalled post's badge over its title (Medium: `Member-only story`).
  { id: 'member-badge', pattern: /^(?:member-only story|members-only|members only|subscriber-only|paid subscribers only)$/i },
  // A membership site's menu under its creator's banner (Patreon), in the reader's language.
  { id: 'membership-menu', pattern: /^(?:posts|collections|membership|become a member|join now|colecciones|acerca de|hazte miembro|publicaciones|membresía|coleções|torne-se membro|publicações|à propos|devenir membre|sammlungen|mitglied werden|raccolte|diventa membro)$/iu },
  // A reading app's rating on a story's card: `4.6 ★ 212 ratings`, `★ 4,8 (1,2K)`.
  { id: 'rating', needs: /[★☆⭐]/u, pattern: /^(?:[★☆⭐]\s*)?\d(?:[.,]\d{1,2})?\s*(?:[★☆⭐]\s*)?(?:\(?[\d.,]+[KkMm]?\)?\s*(?:ratings?|reviews?|votes?|avaliações|valoraciones|bewertungen|notes|оценок)?)?$/iu },
  // A manuscript's word count under its by-line (`Approx. 310 words`, `około 4 200 słów`, `ca. 3.000 Wörter`).
  { id: 'word-count', needs: /\d/, pattern: /^(?:approx\.?|approximately|about|around|ca\.?|circa|~|około|environ|unos|cerca de|circa)?\s*\d[\d\s.,]*\s*(?:k\s)?(?:words?|wörter|mots|palabras|palavras|parole|słów|слов|ord)$/iu },
  { id: 'threadmark-counts', pattern: /^(?:story|sidestory|side story|informational|apocrypha|media|omake)\s+\d{1,4}$/i },
  { id: 'archive-banner', pattern: /^archive of our own(?: beta)?$/i },
  // A fan wiki's template box over a member's story (`This article is a fan fiction written by NAME. Please do not
  // edit it without the author's permission…`): the wiki's notice; the infobox under it names the author.
  { id: 'wiki-fanfic-template', longest: 320, needs: /fan/i, pattern: /^this (?:article|page) is (?:a )?fan[ -]?fic(?:tion)?\b.{0,300}$|^(?:este artículo|esta página) es (?:un|una) fan[ -]?fic(?:tion)?\b.{0,300}$|^(?:dieser artikel|diese seite) ist eine fan[ -]?fic(?:tion)?\b.{0,300}$/iu },
  // A subreddit's name over its posts (`r/HFY`), and the site's own name and app button.
  // (And the comments' sorting over the answer that holds the story: `Top comment`, `Sort by: Best`.)
  { id: 'subreddit', pattern: /^(?:r\/[a-z0-9_]{2,21}|reddit|get app\s+log in|top comment|sort by:?\s*(?:best|top|new|controversial|old|q&a))$/i },
  // A site's print view names the page it printed: `Printed from https://www.writing.com/main/view_item/…`.
  { id: 'printed-from', pattern: /^printed from (?:https?:\/\/)?\S+$/i },
  // The count of a post's comments before its language's word (`0 σχόλια`, `12 Kommentare`). (With a colon it is a
  // field, `Comentarios: 4`; the word first, `Пікірлер (3)`, opens the comments themselves, the body reader's.)
  { id: 'comment-count', pattern: caselessRegExp(`^\\d[\\d.,]*\\s*(?:${COMMENTS})$`, 'iu') },
  // A member's level badge beside the name (monogatary, many forums and game-like sites): `Lv.23`, `LV 5`, `Lvl. 12`.
  { id: 'member-level', pattern: /^(?:lv|lvl|level)\.?\s?\d{1,3}$/i },
  // A note-taking app's page stamp: the time alone under the date (`9:14 PM`).
  { id: 'time-stamp', pattern: /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i },
  // A post's category with its date (`Romance 07/14/2022`, `Fiction · 2021-03-04`).
  { id: 'category-date', pattern: /^(?:[\p{L}&/-]+\s+(?:[·|•]\s+)?){1,3}(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/u },
  // A row of counts spaced into cells, each a number with at most a word or symbol beside it (`2.1K views   ♥ 143`).
  // (`Chapters: 3   Words: 342` is a row of labelled fields, the header reader's.)
  // (A Chinese count's measure word stands against its number: `更新至2篇 · 热度 3,512`.)
  { id: 'count-cells', pattern: /^[^\s\d:：]{0,12}\s?\d[\d.,]*[KkMm]?(?:\s[^\s\d]{1,12}|\p{Script=Han})?(?:(?:\s{2,}|\s[·|•]\s)[^\s\d:：]{0,12}\s?\d[\d.,]*[KkMm]?(?:\s[^\s\d]{1,12}|\p{Script=Han})?)+$/u },
  // A blog's collection page names the work and the writer round its word for a collection (LOFTER: `雾港 - 合集 - 北岸有灯`).
  { id: 'collection-line', pattern: new RegExp(`^\\S.{0,40}\\s[-–—|｜·]\\s(?:${COLLECTION})\\s[-–—|｜·]\\s\\S.{0,30}$`, 'u') },
  // A reading site's counts in any language, label and number in turn: `القراءات 48.2K التصويتات 3.9K الأجزاء 12`, `48.2K Reads 3.9K Votes`.
  // Three pairs, or two with a count in thousands (`Part 1 of 3` is a heading).
  { id: 'count-pairs', needs: /\d[^]*\d/, pattern: /^(?:\p{L}[\p{L}\p{M}]*\s+\d[\d.,]*[KkMm]?\s*){3,}$|^(?:\d[\d.,]*[KkMm]?\s+\p{L}[\p{L}\p{M}]*\s*){3,}$|^(?=.*\d[KkMm](?:\s|$))(?:(?:\p{L}[\p{L}\p{M}]*\s+\d[\d.,]*[KkMm]?|\d[\d.,]*[KkMm]?\s+\p{L}[\p{L}\p{M}]*)\s*){2,}$/u },
  // A Chinese download site's notice over the text: `本书由【书香小筑】整理，仅供试读交流，请于下载后24小时内删除。`
  { id: 'download-notice', pattern: /^(?:本[书書]由.{1,40}(?:整理|收集|提供|制作)|.{0,60}(?:下载后|下載後)\s*24\s*小[时時]内?[删刪]除).{0,80}$/u },
  // A wiki's page tools and account prompts (Fandom, MediaWiki): `Sign in to edit`, `History`, `Talk (2)`, `in: Dreams, Places`.
  { id: 'wiki-name', needs: / wiki$/iu, pattern: /^[\p{L}\d' ]{2,40} wiki$/iu },
  // The jump links under a wiki page's title, in its interface's language (`Jump to: navigation, search`).
  { id: 'wiki-jump', pattern: new RegExp(`^(?:${WIKI_JUMP})$`, 'iu') },
  { id: 'wiki-tools', pattern: /^(?:sign in to edit|edit source|view source|history|talk(?: \(\d+\))?|explore|fan central|current|don['’]t have an account\?|in: \S.{0,120}|from wikipedia, the free encyclopedia|aus wikipedia, der freien enzyklopädie)$/i },
  // AO3's menus and work buttons, as a browser copies its page (`Fandoms` / `Browse` / `Chapter by Chapter`).
  // A work page's chapter links among its actions (`← Previous Chapter` / `Next Chapter →` / `Chapter Index`).
  // (Both links on one line, as a copy of the page sets them: `← Previous Chapter  Next Chapter →`.)
  { id: 'page-nav', pattern: /^(?:(?:[«‹<←]+\s*)?(?:previous|prev|next)(?: chapter| work)?(?:\s*[»›>→]+)?(?:\s{2,}|$)){1,2}$/i },
  // (Or the menu on one line, `Fandoms  Browse  Search  About`, and the page's first link, `Skip header`.)
  { id: 'archive-menu', pattern: /^(?:chapter by chapter|fandoms|browse|about|search works|work search:?|tip: .{0,80}|comments|bookmark|mark for later|hide creator['’]s style|show creator['’]s style|skip header|(?:fandoms|browse|search|about)(?:\s{2,}(?:fandoms|browse|search|about)){2,3})$/i },
  // A work page's place in its series, between its arrows (`← Previous Work  Part 3 of the Winter Harbour series  Next Work →`).
  { id: 'series-place', needs: / series\b/i, pattern: /^(?:[«‹<←]\s*(?:previous work\s+)?)?part \d+ of (?:the )?\S.{0,80}? series(?:\s+(?:next work\s*)?[»›>→])?$/i },
  { id: 'site-name', pattern: /^(?:tumblr|wattpad|royal road|spacebattles|sufficient velocity|fanfiction(?:\.net)?|fictionpress(?:\.com)?|asianfanfics|fanfiktion\.de|ficbook|фикбук|livejournal|dreamwidth|quotev|inkitt|scribble ?hub|webnovel|archive of our own|fusetter|ふせったー|privatter|ぷらいべったー|カクヨム|小説家になろう|ハーメルン|アルファポリス|エブリスタ|ノベルアップ[+＋])(?:\s*[|:-].{0,40})?$/i },
  { id: 'counter-list', pattern: /^(?:reads|votes|parts|views|kudos|hits|likes|comments|favs|follows|reviews|قراءات|أصوات|أجزاء|تعليقات|مشاهدات)\s+[\d.,]+[KkMm]?(?:\s.*)?$/iu },
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
  // A supporters' post's tier, in a price: `300円プラン`, `$5 tier`, `€3 Stufe`.
  { id: 'support-tier', pattern: /^(?:[$€£¥]\s?\d[\d.,]*\s?(?:tier|plan|stufe)|\d[\d,]*\s?円プラン|\d[\d,]*\s?원 플랜)$/iu },
  // A count in thousands with its word (`1.3K оценок`, `12K reads`): never a title.
  { id: 'count-thousands', pattern: /^\d[\d.,]*[KkMm]\+?\s\p{L}+$/u },
  { id: 'bare-count', pattern: /^(?:(?!\d$|\d{1,3}\.$)[\d.,]+[KkMm]?|--|—)$/ },
  { id: 'comments-count', pattern: /^(?:comments|comentários|kommentare|commentaires)\s*\(\d+\)$/i },
  { id: 'page-of', pattern: /^(?:page|страница|página|seite)\s+\d+\s+(?:of|из|de|von)\s+\d+\b.*$/i },
  { id: 'pagination', pattern: /^(?:prev|previous|‹|«)?\s*(?:\d+|…)(?:\s+(?:\d+|…))+\s*(?:next|›|»)?$/i },
  { id: 'read-time', pattern: /^.{0,60}\b\d+\s+min read\b.*$/i },
  // A site's address alone, as a reader view heads its copy with it (`drukarnia.com.ua`): lower case, a known kind
  // of ending (a country's two letters or a common generic one), so a file's name (`notes.txt`) is none.
  { id: 'site-domain', needs: /^[a-z\d]/, pattern: /^(?:www\.)?(?:[a-z\d][a-z\d-]*\.)+(?:[a-z]{2}|com|org|net|info|biz|blog|io|app|dev|xyz|online|site|club|page|pub|ink|art|moe|wiki|social|space|press|world)$/ },
  // A reading time alone, as a reader view or a story card prints it: `5 mins`, `9–11 minutes`, `1–2 minit`.
  { id: 'read-time', pattern: /^\d{1,3}(?:\s?[–-]\s?\d{1,3})?\s*(?:mins?|minutes?|minuten|minutos?|minuti|minit|menit|perc|minut[ay]?|minuter|minutter|minuuttia|dakika|минут[аы]?|мин|хвилин[аи]?|хв|דקות|دقائق|دقیقه|分钟|분)\.?$/iu },
  // Or with the verb before it: `อ่าน 5 นาที` (read 5 minutes), `Read 4 min`.
  { id: 'read-time', pattern: /^(?:อ่าน|read|lesen|leer|ler|lire|leggere|czytaj|читать)\s+\d{1,3}\s*(?:นาที|mins?|minutes|minuten|minutos|minuti|minut[ay]?|мин)\.?$/iu },
  // A web reader's reading time in its card: `Waktu 11 mnt`, `Tiempo de lectura 11 min`, `Время чтения 11 мин`.
  { id: 'read-time', pattern: /^(?:waktu(?: baca)?|tiempo(?: de lectura)?|tempo(?: de leitura| di lettura)?|temps(?: de lecture)?|lesezeit|czas czytania|время(?: чтения)?|okuma süresi|reading time)\s*:?\s+\d+\s*(?:mnt|menit|min|minutos?|minuti|minutes?|minuten|мин)\.?$/iu },
  // A scan's watermark on every page (`Digitized by Google`, `Digitized by the Internet Archive`): no by-line.
  { id: 'scan-watermark', pattern: /^digiti[sz]ed by (?:google|microsoft|the internet archive|\S.{0,40}?library)$/i },
  // A share row one network a line, under its label in the site's language (`Бөлісу:` / `Facebook` / `Telegram`).
  { id: 'share-network', pattern: SHARE_NETWORK },
  { id: 'image-credit', pattern: /^(?:photo|image|cover|illustration) by .{1,60} on (?:unsplash|pexels|pixabay)$/i },
  // The poster's word on the picture over the post (`Image made by me in Canva`, `Cover art created with Midjourney`).
  { id: 'image-credit', pattern: /^(?:(?:header|cover|title)\s+)?(?:image|photo|picture|art(?:work)?|illustration|banner)s?\s+(?:made|created|generated|edited|taken|designed)\s+(?:by|with|in|using|on)\s+.{1,50}$/i },
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
    pattern: /^(?:all rights reserved|todos los derechos reservados|todos os direitos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|hak cipta dilindungi(?: undang-undang)?|wszelkie prawa zastrzeżone|все права защищены|tüm hakları saklıdır|bảo lưu mọi quyền|版权所有|版權所有|著作権所有|무단 전재 금지|جميع الحقوق محفوظة|כל הזכויות שמורות)\.?$/iu,
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
  { id: 'share-this', pattern: /^(?:share this|like this|partager|j['’]aime ça|teilen|compartir|condividi|chia sẻ)\s*:?$/iu },
  // A post's reactions under it, the word and its count: `Like 248`, `ถูกใจ 248`, `좋아요 12`, `Gefällt mir 3`.
  { id: 'reaction-count', needs: /\d/, pattern: /^(?:likes?|kudos|hearts?|votes?|claps?|reactions?|ถูกใจ|โหวต|いいね|좋아요|赞|點讚|点赞|gefällt mir|j['’]aime|me gusta|curtidas|mi piace|лайк(?:и|ов)?|нравится|polubienia|beğeni)\s*:?\s*\d[\d.,]*[KkMm]?$/iu },
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
  { id: 'like-loading', pattern: /^(?:like loading|thích đang tải)\.*$/iu },
  { id: 'leave-comment', pattern: /^(?:leave a comment|log in to comment|you must be logged in to comment|laisser un commentaire|review schreiben)$/i },
  { id: 'blogger-nav', pattern: /^newer post\s+older post\s+home$/i },
  { id: 'ao3-plea', pattern: /^please drop by the archive and comment\b.*$/i },
  { id: 'reactions', pattern: /^reactions:\s.*$/i },
  { id: 'sent-from', pattern: /^sent from my (?:iphone|ipad|android|phone)$/i },
  // A board app's signature under a post written in it (DC Inside: `- dc official App`), and the post's vote buttons.
  { id: 'sent-from', pattern: /^-?\s*dc official app$/i },
  { id: 'vote-buttons', pattern: /^(?:추천|비추천|개념 ?추천)$/u },
  { id: 'page-nav', pattern: /^(?:[«‹<←]+\s*)?(?:previous|prev|next)(?: chapter)?(?:\s*[»›>→]+)?$|^next chapter:\s.*$/i },
  // A reading site's buttons into and on through the story, in the reader's language.
  {
    id: 'read-on',
    pattern: /^(?:start reading|continue reading(?: (?:the )?next (?:chapter|part))?|empezar a leer|comenzar a leer|continuar leyendo(?: el siguiente capítulo)?|começar a ler|continuar lendo(?: o próximo capítulo)?|commencer (?:à|a) lire|continuer (?:la lecture|à lire)|weiterlesen|jetzt lesen|inizia a leggere|continua a leggere|mulai membaca|lanjutkan membaca(?: bagian berikutnya)?|начать читать|читать дальше|開始閱讀|开始阅读)$/i,
  },
  { id: 'chapter-nav', pattern: /^[«‹<←]+\s*\S.{0,40}\|\s*\S.{0,40}[»›>→]+$/ },
  { id: 'foreign-nav', pattern: /^[«‹<]*\s*(?:kapitel zurück|capitolo precedente|capítulo anterior|chapitre précédent)\b.*$/i },
  { id: 'end-of-parts', pattern: /^you['’]ve reached the end of the published parts\.?$/i },
  { id: 'return-to', pattern: /^return to (?:story description|“.*”|".*")$/i },
  { id: 'tumblr-notes', pattern: /^\d[\d,]* notes$/i },
  // A post's like count and its comment box's button (Patreon: `♥ 48`, `Load more comments`).
  { id: 'like-count', pattern: /^[♥♡❤💜🤍👍]\uFE0F?\s*\d[\d.,]*[KkMm]?$/u },
  { id: 'more-comments', pattern: /^(?:load more comments|view more comments|cargar más comentarios|ver más comentarios|carregar mais comentários|charger plus de commentaires|weitere kommentare laden|carica altri commenti)$/iu },
  { id: 'collection-nav', pattern: /^(?:next|previous) post in (?:this )?collection$|^(?:siguiente|anterior) publicación de la colección$/iu },
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
  { id: 'no-comments', pattern: /^(?:no comments:?|post a comment|\d+ comments?:?|reply|related|\d+ bình luận|bài liên quan)$/iu },
  // WordPress.com's footer, as its languages write it.
  { id: 'wordpress-footer', pattern: /^(?:blog at|blog tại) wordpress\.com\.?$/iu },
  { id: 'thoughts-on', pattern: /^\d+ (?:thoughts?|responses?|replies) (?:on|to) ["“].*["”]$/i },
  { id: 'newsletter', pattern: /^thanks for reading .{1,80}! subscribe\b.*$|^type your email\W*$|^discussion about this post$|^restacks$/i },
  { id: 'likes-comments', pattern: /^\d+ likes? · \d+ comments?$/i },
  { id: 'copyright-line', pattern: /^© \d{4}\b.{0,60}$/ },
  { id: 'action-row', pattern: /^(?:subscribe|upvote|comment|recommend|vote|share|like|reblog|reply|report|save)(?:\s{2,}(?:subscribe|upvote|comment|recommend|vote|share|like|reblog|reply|report|save))+$/i },
  { id: 'single-action', pattern: /^(?:subscribe|share|comments|follow|upvote|reblog|reblog\s+like|sign in|sign up)$/i },
  // A comment box's placeholder, copied with the page: `Type your review for this chapter here...`.
  { id: 'comment-box', pattern: /^(?:type|write|add|leave) (?:your|a) (?:review|comment|reply) .{1,40}$/i },
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
export const TAIL_START = /^(?:about the (?:author|authors|translator|creator|writer)|connect with \S.{0,40}|(?:also|other (?:books|titles|works)) by \S.{0,40}|über (?:die autorin|den autor)|à propos de l['’]aut(?:eur|rice)|sobre (?:el autor|la autora|o autor|a autora)|sull['’]autore|об авторе|\(\s*\d+ comments?\s*[|—-]\s*leave a comment\s*\)|about me|blog archive|post a comment|newer post\s+older post\s+home|more from \S.{0,60}|written by \S.{0,40}|discussion about this post|you['’]ve reached the end of the published parts\.?|who is online|display posts from previous:.*|return to “.*”|you have reached the end of ["“].*|(?:community )?content is available under \S.{0,60}|more fandoms|more stories like this|weitere (?:beiträge|texte|geschichten|werke) von \S.{0,40}|autres (?:textes|histoires|œuvres) de \S.{0,40}|(?:what did you think(?: of (?:this|the) (?:story|chapter|text))?|was ist dir an diesem text (?:besonders )?aufgefallen|wie hat dir (?:der text|die geschichte) gefallen|qu['’]en avez-vous pensé|¿?qué te pareció(?: (?:la historia|el capítulo|el texto))?)\?|please rate this (?:story|work|chapter)|rate this (?:story|work|chapter)|how would you rate this (?:story|work|chapter|book)\??|\d[\d,.]*\s?[kK]? notes|(?:end of chapter|fin del cap[ií]tulo|fim do cap[ií]tulo|fin du chapitre|ende von kapitel) \d+ (?:of|de|du|von) \d+|(?:did you (?:like|enjoy) this story|¿?te (?:ha gustado|gustó) esta historia|vous avez aimé cette histoire|gostou desta história|ti è piaciuta questa storia) ?\?|story tags|more like this|you (?:may|might) also like|recommended (?:stories|for you)|related (?:stories|posts|works|questions|answers)|more answers(?: below)?|(?:more|other|previous|recent|latest|older) (?:episodes|posts|stories|entries|issues)|credits|crédits|créditos|episode credits|※ ?(?:發信站|发信站)\s*[:：].*)$/i;

/** A post's comment count over its comments (`댓글 12`, `전체 댓글 [3]개`): a serial's chapters may each end on one, so it ends the text only over short lines. */
export const COMMENTS_HEADER = /^(?:전체 )?댓글 ?\[?\d+\]?개?$/u;

/** Keys of a forum profile box beside each post; two or more in a row are the box. */
export const PROFILE_KEY = /^(?:posts|messages|pesan|mensagens|messaggi|berichten|joined|location|rank|reputation|likes received|группа|сообщений|статус|дата|mensajes|registrado|ubicación|beiträge|registriert|wohnort):\s/i;

/** A quote header in a reply; the quoted lines under it are someone else's copy of the story. */
/** A forum's quote header: `name wrote:` alone or with XenForo's arrow, never a sentence (`She wrote: *Two.* Then…`). */
export const QUOTE_HEADER = /^(?:quote:?|цитата(?: \(.*\))?|cita de:? .{0,80}|(?!(?:he|she|i|we|they|you|it)\s)\S{1,40} wrote:\s*(?:↑.*)?)$/i;

/**
 * A mail's or news article's attribution over the lines it quotes (`Gwen Marley <gmarley@dircon.co.uk> wrote:`,
 * `In article <5e6a1f$k2@news.dircon.co.uk>, Gwen Marley wrote:`, `Am 3.2.1998 schrieb Jo:`): a name, never a sentence.
 */
export const ATTRIBUTION = /^(?:in article <[^>\s]+>,?\s*|on .{4,60}?,\s*|am .{4,40}?\s)?(?!(?:he|she|i|we|they|you|it)\s)[^\s.!?"“<](?:[^.!?"“<]|<[^>\s]{1,80}>){0,60}?\s(?:wrote|writes|said|schrieb|a écrit|escribió|escreveu|scrisse|пишет|написал[аи]?)\s*:$/i;
/** The line an attribution set apart over its name: `In article <5e6a1f$k2@news.dircon.co.uk>,`. */
export const ARTICLE_REFERENCE = /^in article <[^>\s]+>,?$/i;

/** `Post by NAME » DATE`: a post header naming its poster. */
export const POST_HEADER = /^post by (\S.{0,40}?) (?:»|on) .*$/i;

/** Keys of a mail or news header; a run of three or more of them is a header block, wherever it sits. */
export const MAIL_HEADER = /^(?:from|to|cc|newsgroups|subject|date|organization|lines|message-id|references|reply-to|path|x-[\w-]+|nntp-posting-host|sender|content-type|mime-version):\s/i;

/** The header chrome that is a reading site's counts (`137 Gelesen · 24 Votes · 6 Kommentare`, `12,3K Gelesen`). */
const COUNT_RULES = HEADER_CHROME.filter((r) => r.id === 'count-cells' || r.id === 'count-pairs' || r.id === 'counter-list');

/** A line of a reading site's counts (reads, votes, comments), in any language: a page's, never a title or a sentence. */
export const isCountRow = (trimmed: string): boolean => matchBoilerplate(COUNT_RULES, trimmed) !== null;

export function matchBoilerplate(rules: readonly BoilerplateRule[], trimmed: string): BoilerplateRule | null {
  if (trimmed.length > 160 && !rules.some((rule) => (rule.longest ?? 0) >= trimmed.length)) return null;
  for (const rule of rules) if (trimmed.length <= (rule.longest ?? 160) && (rule.needs?.test(trimmed) ?? true) && rule.pattern.test(trimmed)) return rule;
  return null;
}

/** `Just In   Community   Forum   More`: three or more short items apart by wide gaps, pipes or dots. */
export function isNavRow(trimmed: string): boolean {
  if (trimmed.length > 320 || /[.!?]["”]?$/.test(trimmed) && !/\.\.\.$/.test(trimmed)) return false;
  // A row of buttons, each in its brackets (`[ Search ] [ Browse Groups ] [ Post ] [ Help ]`).
  if (/^\[[^\[\]]{1,40}\](?:\s*\[[^\[\]]{1,40}\]){2,}$/u.test(trimmed)) return true;
  // Chinese and Japanese menus space their items with one ideographic space (`小説　コミック　書く`).
  const items = trimmed.split(/\s{3,}|\s+[|·•]\s+|\u3000/).filter(Boolean);
  // A long row is a menu only with many items (a literature portal's sections, each a word or two).
  if (items.length >= (trimmed.length > 140 ? 8 : 3) && items.every((it) => it.split(/\s+/).length <= 4 && !/:\s/.test(it))) return true;
  // Five items or more apart by two spaces, none of them a clause (`Почетна  Поезија  Проза  Есеи  Преводи`), or four
  // capitalised ones of a word or three, none ending a sentence (`Forsíða  Blogg  Nýjustu færslur  Innskráning`).
  const cells = trimmed.length > 140 ? [] : trimmed.split(/\s{2,}/);
  const plain = cells.length >= 5 && cells.every((c) => c.split(/\s+/).length <= 3 && !/[.,;:!?"“”«»]/u.test(c));
  return plain || (cells.length >= 4 && cells.every((c) => /^\p{Lu}/u.test(c) && c.split(/\s+/).length <= 3 && !/[.,;:!?]$/.test(c)));
}

/** `Books  »  Tidewater Almanac`, `首页 >> 原创小说 >> 言情`: a breadcrumb trail. */
/** A trail of slashes from the site's home (`Home / Fantasy / The Last Dungeon Cook / Chapter 212: Salt Contract`). */
const SLASH_TRAIL = /^(?:home|accueil|inicio|início|startseite|home page|главная|首页|首頁|홈|ホーム|trang chủ|beranda|strona główna)\s+\/\s+[^/]+\/\s+\S/iu;

export function isBreadcrumb(trimmed: string): boolean {
  return breadcrumbSteps(trimmed) !== null;
}

/** The steps of a breadcrumb trail, from the site's home to the page, or null when the line is none. */
export function breadcrumbSteps(trimmed: string): string[] | null {
  if (trimmed.length <= 200 && SLASH_TRAIL.test(trimmed)) return trimmed.split(/\s+\/\s+/u).map((p) => p.trim());
  if (trimmed.length > 160 || /:\s/.test(trimmed)) return null;
  // (A Japanese site's trail sets a full-width `＞` between its steps: `トップ ＞ オリジナル ＞ 終着駅のユキ`.)
  const parts = trimmed.replace(/\s*＞$/u, '').split(/\s*(?:»|›|‹|>>|\s>\s|\s?＞\s?)\s*/u);
  return parts.length >= 2 && parts.every((p) => p.trim() !== '' && p.split(/\s+/).length <= 8) ? parts.map((p) => p.trim()) : null;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_ONLY = new RegExp(
  `^(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|thurs|fri|sat|sun)\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:\\s*[（(][^）)]{1,3}[）)])?|\\d{4}[./]\\s?\\d{1,2}[./]\\s?\\d{1,2}\\.?|\\d{1,2}/\\d{1,2}/\\d{4})(?:\\s*(?:@|at|,)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?$`,
  'i',
);

/** A line holding only a date (and time): a post's timestamp. */
/**
 * A reading time or a view count after a post's date on its stamp line (`12 апреля 2024 · 7 мин`, `Mar 3, 2021 · 5 min
 * read`, `2019.07.22. 21:14 1,204 읽음`).
 */
export const STAMP_TAIL = /\s+[·•|]\s+(?:อ่าน\s*)?\d{1,3}\s*(?:min(?:ute)?s?(?: read)?|mnt|menit|minutos?|minuti|minuten|мин(?:ут[аы]?)?|хв|dk|นาที)\.?$|\s+(?:[·•|]\s+)?\d[\d,.]*[KkMm]?\s*(?:views?|reads?|읽음|조회|просмотр(?:ов|а)?|閲覧|阅读|閱讀)$/iu;

export function isDateLine(trimmed: string): boolean {
  // A date in another script by its calendar words (`२०८० असार १२, मंगलबार १०:४५`), as the date rules read it; Latin-script
  // dates keep to the shapes above (a diary's `Monday, March 04, 2002 - 10:14 PM` heads its entry).
  // A date written year first with its month's word (`2019ko abuztuaren 7a`, `2011. január 3.`) heads no diary entry.
  if (trimmed.length > 60) return false;
  // (A post's stamp may hang from a dot after the poster's name: `· 4/19/2023, 11:02 PM`.)
  if (DATE_ONLY.test(trimmed.replace(/^[·•]\s*/u, ''))) return true;
  // A weekday in any language before the date (`Þriðjudagur, 4. mars 2008`, `Thứ Hai, 18/05/2009 - 21:34`).
  const weekday = /^(\p{L}+(?: \p{L}+)?),?\s+(?=\d)(.*)$/u.exec(trimmed);
  if (weekday && isWeekday(weekday[1]!) && isDateLine(weekday[2]!.replace(/\s+[-–]\s+(?=\d{1,2}:\d{2})/u, ' '))) return true;
  const date = /\p{N}/u.test(trimmed) ? matchDateLine(trimmed) : null;
  return date !== null && (!/[A-Za-z]/.test(trimmed) || (date.shape === 'ymd' && date.year !== null && date.day !== null));
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

const IP_PREFIX = /\(\d{1,3}\.\d{1,3}\)$/;

/** The poster's name with the post's date and time after it (`윤슬 2020. 11. 3. 21:40`) or before it (`2012.01.14. 23:05  kalmár_dóri`): the name, or null. */
export function nameBesideDate(text: string, isName: (name: string) => boolean): string | null {
  if (isDateLine(text)) return null;
  // (A dot may stand between them: `글쓰는 고양이 ・ 2015. 3. 12. 23:41`.)
  const after = /^(\S+(?:\s\S+){0,2}?)\s+(?:[・·•|]\s+)?(\d.*)$/u.exec(text);
  // A Korean board shows an unregistered writer's address prefix after the nick (`바다소금(211.36)`): the board's, not the name.
  const name = after?.[1]!.replace(IP_PREFIX, '');
  if (after && isDateLine(after[2]!) && !/\d/.test(name!) && isName(name!)) return name!;
  const before = /^(\d.*?)\s+([^\s\d]\S*(?:\s[^\s\d]\S*){0,2})$/u.exec(text);
  return before && isDateLine(before[1]!) && !/\d/.test(before[2]!) && isName(before[2]!) ? before[2]! : null;
}
