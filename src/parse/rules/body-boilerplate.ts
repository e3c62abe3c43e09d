import { alternation, CONTINUED_WORDS, LANGUAGES } from './languages/index.js';
import { NAVIGATION_LINE } from './languages/navigation.js';
import { EARLIER_PARTS, isDateLine, VIDEO_PANELS } from './boilerplate.js';
import { caseless, caselessRegExp } from './caseless-regexp.js';
import { mayStartPhrase, phraseStarts, type PhraseStarts } from './phrase-start.js';

/**
 * Lines inside a chapter that are neither story nor author's note: page
 * navigation, pleas for reviews, "to be continued" formulas, pointers to
 * notes elsewhere, anti-theft notices, site buttons. As data, one row per
 * kind, tried against a whole short paragraph (never a line inside prose).
 */
export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
  /** Longest paragraph (in characters) the row may match. */
  max: number;
  /** Words one of which must occur (lowercase): a cheap test before an unanchored pattern. */
  hint?: readonly string[];
  /** The phrases the pattern opens with (`mayStartPhrase`): a paragraph that starts with none of them is not tried. */
  starts?: PhraseStarts;
}

/** Each language's post-stamp words (`Posted on … by … at …`, `Skrevet av … kl. …`), as regular-expression source. */
const stampWords = (pick: (p: NonNullable<(typeof LANGUAGES)[number]['posted']>) => string[]): string =>
  alternation(LANGUAGES.flatMap((l) => (l.posted ? pick(l.posted) : []))).replace(/ /g, '\\s+');
const STAMP_STARTS = phraseStarts(LANGUAGES.flatMap((l) => l.posted?.verbs ?? []));
/** A word of a date or time written short: a number (`14`, `19:22`, `14/07`), an abbreviation (`Jan.`, `ก.ค.`, `น.`), a separator. */
const STAMP_TOKEN = String.raw`(?:\p{N}[\p{N}:./-]*,?|[\p{L}\p{M}]{1,4}\.(?:[\p{L}\p{M}]{1,4}\.)*,?|[/|·•,-])`;
const STAMP_HEAD = `^(?:${stampWords((p) => p.verbs)})(?:\\s+(?:${stampWords((p) => p.on)})\\s+.{1,40}?)?\\s+(?:${stampWords((p) => p.by)})\\s+\\S`;

export const BODY_BOILERPLATE: readonly BoilerplateRule[] = [
  // AO3 pointers inside note blocks.
  { id: 'boiler-note-pointer', pattern: /^\(?\s*see the (?:end|beginning) of the (?:chapter|work) for (?:more )?notes?\.?\s*\)?$/i, max: 80 },
  { id: 'boiler-note-pointer', pattern: /^\(?\s*(?:more )?notes? (?:at|in) the (?:end|bottom|beginning|top)\.?\s*\)?$/i, max: 60 },
  // "To be continued" and end-of-chapter formulas, in several languages.
  {
    id: 'boiler-continued',
    pattern: /^[~*\-–—=\s(（]*(?:to be continued|tbc|continued in (?:the )?next (?:chapter|part)|continuará|continuara|continua|continuação|à suivre|a suivre|fortsetzung folgt|продолжение следует|未完待续|本章完|（本章完）|つづく|続く|다음 화에 계속|계속|itaendelea|sasa endelea|يتبع|ادامه دارد|क्रमशः|जारी है)[.!?…)）\s~*\-–—=]*$/iu,
    max: 60,
  },
  // A serial's continuation line in brackets, saying when (`(Ikompli l-Ġimgħa d-dieħla)`, `(Continued next week.)`).
  { id: 'boiler-continued', pattern: caselessRegExp(`^[(\\[]\\s*(?:${CONTINUED_WORDS})(?![\\p{L}\\p{N}])[^()\\[\\]]{0,50}[)\\]][.!…]*$`, 'iu'), max: 80 },
  // A digitised paper's warning that its text was machine-read (`… de reconnaissance optique de caractères (OCR) …`).
  { id: 'boiler-ocr-notice', pattern: /^(?=.*\bOCR\b).{0,400}$/su, max: 400, hint: ['ocr'] },
  { id: 'boiler-end-file', pattern: /^(?:end (?:file|of file|of chapter|of part)|end chapter|fin du chapitre|fim do cap[ií]tulo|fin del cap[ií]tulo|kapitelende)[.!]*$/i, max: 40 },
  { id: 'boiler-the-end-question', pattern: /^the end\?+$/i, max: 12 },
  // Pleas and calls to action at the end of a chapter.
  { id: 'boiler-plea', pattern: /^(?:please\s+)?(?:r\s?&\s?r|read\s+(?:and|&)\s+review|review\s+please|please\s+review|reviews?\s+(?:are|is)\s+(?:love|appreciated|welcome))\b.{0,80}$/i, max: 120 },
  { id: 'boiler-plea', pattern: /^(?:please\s+)?(?:vote|comment|like|share|subscribe|upvote|follow)\s*(?:,|and|&|\+)\s*(?:vote|comment|like|share|subscribe|follow|review)\b.{0,80}$/i, max: 120 },
  { id: 'boiler-plea', pattern: /^(?:like|liked|enjoy(?:ed)?|did you (?:like|enjoy)) (?:this|the|it)\b.{0,40}\?.{0,60}(?:upvote|vote|review|comment|e-?mail|subscribe|like|follow|kudos|heart|♥|❤)(?:\b|(?<=[♥❤])).{0,30}$/i, max: 120 },
  { id: 'boiler-plea', pattern: /^did you like it\?+.{0,60}$/i, max: 80 },
  // A blog's footer under the story: did you like it (the story, the book), then subscribe or follow, in the languages posts are written in.
  {
    id: 'boiler-plea',
    pattern: /^(?:liked it|enjoyed it|did you (?:like|enjoy) (?:it|this)|ti [èe] piaciut[oa]|vi [èe] piaciut[oa]|¿?te gust[óo]|¿?os gust[óo]|gostou|hat (?:es )?(?:dir|euch) gefallen|[çc]a vous a plu|tu as aim[ée])(?:\s\p{L}+){0,3}\?+\s.{0,40}?\b(?:subscribe|sign up|follow me|iscriviti|abbonati|seguimi|suscr[ií]bete|s[ií]gueme|inscreva-se|assine|siga-me|abonniere|folge mir|abonne-toi|abonnez-vous)\b.{0,80}$/iu,
    max: 180,
  },
  // Web-novel sites' calls to action under each chapter.
  { id: 'boiler-plea', pattern: /^(?:creation is hard, cheer me up!.{0,60}|vote with power stones|add to library!?|like it\? add to library!?)$/i, max: 80 },
  { id: 'boiler-plea', pattern: /^(?:¡?espero (?:sus|tus|vuestros) comentarios!?.{0,60}|¡?comenten!?.{0,40}|bitte (?:reviewt|kommentiert).{0,60})$/i, max: 100 },
  // `Dziękuję, że czytacie! Komentujcie, …`: thanks for reading, then the plea.
  { id: 'boiler-plea', pattern: /^(?:dziękuję|dzięki)(?: wam)?,? (?:że czytacie|za czytanie)!?\s+komentujcie.{0,100}$/iu, max: 160 },
  // `Если понравилось — подписывайтесь на блог, …`: liking it, then subscribing.
  { id: 'boiler-plea', pattern: /^если (?:вам )?понравил(?:ось|ся|ась)[\s,—–-]+подписывайтесь.{0,100}$/iu, max: 140 },
  { id: 'boiler-plea', pattern: /^(?:comments?|reviews?|kudos|feedback) (?:are|is) (?:love|loved|appreciated|welcome|always welcome)\b.{0,80}$/i, max: 120 },
  {
    id: 'boiler-plea',
    pattern: /^[¡!]?(?:thanks?(?: you)?(?: so much)?(?: all)? for reading|gracias por leer|danke fürs lesen|merci d['’]avoir lu|obrigad[ao] por ler|grazie per aver letto|спасибо за (?:внимание|прочтение))[!.…:)\s]*$/i,
    max: 60,
  },
  // Greetings to the reader above a chapter (Wattpad and web-novel habit): `Happy reading! 💕`, `Selamat membaca~`.
  {
    id: 'boiler-greeting',
    pattern: /^(?:happy reading|enjoy(?: the chapter| reading)?|selamat membaca|boa leitura|buena lectura|feliz lectura|bonne lecture|viel spa(?:ß|ss) beim lesen|buona lettura|приятного чтения|miłej lektury|veel leesplezier|즐감|즐겁게 읽어주세요)[!.~…\s]*(?:\p{Extended_Pictographic}[\uFE0F\u200D]*\s*)*$/iu,
    max: 40,
  },
  // A blog's cut link, in each language's words (`Read more »`, `[続きを読む]`).
  { id: 'boiler-site', pattern: caselessRegExp(`^[\\[(【«»›>\\s]*(?:${alternation(LANGUAGES.flatMap((l) => l.readMore ?? []))})[\\s.…»›>)\\]】]*$`, 'iu'), max: 40, hint: LANGUAGES.flatMap((l) => l.readMore ?? []) },
  // The link to a serial's earlier parts over an installment (`Начало здесь: Бабушкин сервиз. Часть 1`).
  { id: 'boiler-site', pattern: EARLIER_PARTS, max: 200, hint: LANGUAGES.flatMap((l) => l.earlierParts ?? []) },
  // A video page's panels, copied with the story read aloud on it.
  { id: 'boiler-video-page', pattern: VIDEO_PANELS, max: 160 },
  // A post's button that unfolds the text hidden behind a spoiler warning (ふせったー, privatter).
  { id: 'boiler-site', pattern: /^(?:ネタバレを表示する|ネタバレを見る|show spoilers?)$/iu, max: 16 },
  // pixiv's page-turn markup: a page of the web reader, not a scene break.
  { id: 'boiler-page-markup', pattern: /^\[newpage\]$/i, max: 9 },
  // A web reader's page counter in its language (`Seite 1 / 14`, `Página 3 de 9`, `Strona 2 z 5`).
  { id: 'boiler-counter', pattern: /^(?:seite|página|pagina|page|strona|stránka|sayfa|страница|стр\.)\s+\d{1,4}\s*(?:\/|von|de|di|of|z|из|sur)\s*\d{1,4}$/iu, max: 30 },
  // Page counters beside navigation (`1/4`) and a writing-session log (`Day 2 — 1,690 words (total 3,392)`).
  { id: 'boiler-counter', pattern: /^\d{1,4}\s*\/\s*\d{1,4}$/, max: 10 },
  // A chapter's stamp of cells, each with its number (`등록일 2019.03.02 | 조회 1,203 | 추천 88`, `Mar 3, 2022 · 412 words`).
  // In any script's digits: Wattpad's Arabic `١٫٤ ألف قراءة · ١٢٠ تصويت · ٣٣ تعليق`.
  { id: 'boiler-counter', pattern: /^[^|·•\p{Nd}]{0,20}\p{Nd}[^|·•]{0,24}(?:\s[|·•]\s[^|·•\p{Nd}]{0,20}\p{Nd}[^|·•]{0,24})+$/u, max: 100 },
  // A reading app's counters, each after its icon: `👁 2.1천  ★ 184  💬 37` (reads, votes, comments).
  { id: 'boiler-counter', pattern: /^(?:[\p{So}\p{Extended_Pictographic}]\uFE0F?\s?\p{Nd}[\p{Nd}.,٫٬]*\s?\p{L}{0,3}\s*){2,6}$/u, max: 60 },
  // A re-hosting site's watermark, its address disguised (`This chapter is updated by n0velbin.c0m`), and its help lines.
  { id: 'boiler-watermark', pattern: /^(?:this chapter is (?:updated|uploaded|published|first posted) (?:by|at|on)|(?:read|find|visit)\b.{0,40}\b(?:at|on))\s.{0,30}?[\w-]{3,}\s?[.,·]\s?(?:c[o0]m|n[e3]t|[o0]rg)\b.{0,20}$/iu, max: 140 },
  { id: 'boiler-watermark', pattern: /^the source of this (?:content|chapter) is\s.{0,40}$/i, max: 80 },
  { id: 'boiler-site', pattern: /^(?:if you find any errors\b.{0,200}|tip: you can use left, right\b.{0,120})$/i, max: 260 },
  // A web reader's page counter and bookmark button (エブリスタ: `1 / 6ページ`, `しおりを挟む`; `Page 2 of 6`).
  { id: 'boiler-counter', pattern: /^(?:\d{1,4}\s*\/\s*\d{1,4}\s*(?:ページ|頁|页|페이지|pages?)|pages?\s+\d{1,4}\s+(?:of|\/)\s+\d{1,4})$/iu, max: 24 },
  { id: 'boiler-site', pattern: /^(?:しおりを挟む|しおりをはさむ|栞を挟む|ブックマーク(?:する|に追加)?|加入书签|加入書籤|책갈피)$/u, max: 12 },
  { id: 'boiler-session-log', pattern: /^(?:day|session|sprint|tag|jour|día)\s+\d{1,3}\s*[—–:-]\s*[\d,.]+\s*(?:words?|wörter|mots|palabras)\b.{0,40}$/i, max: 80 },
  // An archive's slot for the chapter's picture (HPFF's `Chapter Image:`), with the credit the picture left in the copy.
  // (The credit may stand alone, in brackets: `[ image by NAME at TDA ]`.)
  { id: 'boiler-image-credit', pattern: /^(?:(?:chapter|story) (?:image|banner|graphic)\s*:(?:\s+\S.{0,150})?|\[\s*(?:image|banner|graphic|cover|art)(?: by| credit:?)\s[^\]]{1,100}\])$/isu, max: 180 },
  // Role-play's out-of-character aside in double brackets: `((brb, pizza guy))`.
  { id: 'boiler-ooc', pattern: /^\(\([^()]{1,120}\)\)$/, max: 124 },
  { id: 'boiler-site', pattern: /^sent from my (?:iphone|ipad|android|phone|samsung|galaxy|mobile)\.?$/i, max: 40 },
  // Site buttons and page navigation.
  { id: 'boiler-site', pattern: /^next chapter:.{0,80}estimated time remaining.*$/i, max: 160 },
  { id: 'boiler-site', pattern: /^(?:return to story description|continue to next part|you['’]ve reached the end of the published parts\.?|log in to comment|about the (?:author|creator|writer)|review schreiben|post comment|report (?:this )?chapter)$/i, max: 60 },
  { id: 'boiler-site', pattern: /^(?:reactions|last edited|editado por última vez por|добавлено)(?=[\s:(]).{0,120}$/i, max: 160 },
  // The same under a Chinese reading site's part title, with their words (Wattpad's `閱讀 1.9K`, `投票 120`, `留言 31`).
  { id: 'boiler-counter', pattern: /^(?:阅读|閱讀|投票|留言|评论|評論|收藏)\s?\d[\d.,]*\s?[KkMm万萬]?$/u, max: 16 },
  // Reader counters under a web-novel part title: `4.1K`, `310`.
  { id: 'boiler-counter', pattern: /^\d{1,3}(?:[.,]\d{1,3})?[KkMm]?$/, max: 8 },
  { id: 'boiler-site', pattern: /^you have reached the end of\b.{0,160}$/i, max: 200 },
  // Post and entry bylines under a chapter heading: `NAME · Mar 5, 2022 · #58`, `Publié le 12 novembre 2015 par NAME`.
  { id: 'boiler-post-byline', pattern: /^[^·•|]{1,40}\s[·•|]\s.{0,30}\b(?:19|20)\d\d\b.{0,20}(?:\s[·•|]\s#\d{1,7})$/u, max: 100 },
  { id: 'boiler-post-byline', starts: phraseStarts(['posted', 'publié', 'publicado', 'postado', 'veröffentlicht', 'pubblicato', 'опубликовано']), pattern: caseless(/^(?:posted|publié|publicado|postado|veröffentlicht|pubblicato|опубликовано)\s+(?:on|le|el|em|am|il)\s.{4,40}\s(?:by|par|por|von|da|автором)\s\S.{0,40}$/iu), max: 120 },
  { id: 'boiler-post-byline', pattern: /^post by .{1,40} » .{6,40}$/i, max: 100 },
  // A blog's post stamp in any language, with its date or time (`Skrevet av Ingrid • 03.01.2011 kl. 21:14`, `Eingestellt von NAME um 21:14`)…
  { id: 'boiler-post-stamp', starts: STAMP_STARTS, pattern: caselessRegExp(`${STAMP_HEAD}.{0,40}?(?:\\s*[•·|,]\\s*|\\s+(?:${stampWords((p) => p.at)})\\s+).{0,40}\\d.{0,20}$`, 'iu'), max: 120 },
  // …or alone with a short name (`Publicado por Marta`, `Geplaatst door Anouk`).
  { id: 'boiler-post-stamp', starts: STAMP_STARTS, pattern: caselessRegExp(`${STAMP_HEAD}\\S*(?:\\s+\\S+){0,2}(?<![.!?…])$`, 'iu'), max: 80 },
  // A chapter page's date alone under its heading: `Posted Jan 4, 2026`, `Publicado el 3 de marzo de 2019`.
  { id: 'boiler-post-stamp', starts: STAMP_STARTS, pattern: caselessRegExp(`^(?:${stampWords((p) => p.verbs)})(?:\\s+(?:${stampWords((p) => p.on)}))?\\s+(?=[^.!?]*(?:\\b(?:19|20)\\d\\d\\b|\\d{1,2}[./-]\\d{1,2}))[^.!?]{3,40}$`, 'iu'), max: 60 },
  // …or written in numbers and abbreviations only, its year short and its time after it (`อัปเดตล่าสุด 14 ก.ค. 67 / 19:22 น.`,
  // `Posted 14 Jan. 21, 10:22`): every word a number or an abbreviation, so no sentence reads so.
  { id: 'boiler-post-stamp', starts: STAMP_STARTS, pattern: caselessRegExp(`^(?:${stampWords((p) => p.verbs)})(?:\\s+(?:${stampWords((p) => p.on)}))?(?=.*\\p{N})(?:\\s+${STAMP_TOKEN}){2,8}$`, 'iu'), max: 60 },
  // Comment anchors a word processor's plain-text export appends: `[a]¿Azul o verde?`.
  { id: 'boiler-doc-comment', pattern: /^\[[a-z]{1,2}\]\S.{0,200}$/, max: 220 },
  // A newsletter's furniture around each issue in its plain-text mail (Substack, Mailchimp, Buttondown): the web-view
  // link, buttons written as `Label [ URL ]`, the sender's copyright and postal address, the unsubscribe line.
  {
    id: 'boiler-newsletter',
    pattern: /^(?:view (?:this (?:post|email|e-mail|newsletter|issue)|it) (?:on the web|in (?:your|a|the) browser|online)(?: at \S+)?|view (?:in|this in) (?:your )?browser|(?:unsubscribe|update (?:your )?preferences|manage (?:your )?subscription|start writing|upgrade to paid|get the app)(?: \[ ?\S+ ?\]| <\S+>)?|(?:share|leave a comment|like|restack|reply|forward|subscribe(?: now)?|read (?:in|on) (?:the )?(?:app|web))(?: \[ ?\S+ ?\]| <https?:\S+>)|thank you for reading [^.]{1,60}\. this post is public,? so feel free to share it\.?|you(?:['’]re| are) receiving this (?:email|e-mail|because)\b.{0,160}|©\s*(?:19|20)\d\d\s+\S.{0,60}|\d{1,6} [\w .'-]{2,40}\b(?:st|street|ave|avenue|rd|road|blvd|lane|way)\b.{0,40}, [A-Z]{2} \d{5}(?:-\d{4})?)$/i,
    max: 240,
  },
  // Wattpad's dedication of a part to a reader, named by handle: `Dedicated to @mikaela_reads, salamat…`.
  // The handle may be copied without its `@` (Wattpad's Arabic `مُهدى إلى noor_reads`): then it is alone, and has an underscore or digit.
  {
    id: 'boiler-dedication',
    pattern: /^(?:this (?:chapter|part) is )?(?:dedicated to|dedicado a|dedicada a|dédié à|dédiée à|gewidmet|dedicato a|para kay|untuk|مُ?هد(?:ى|اة) (?:إلى|الى))\s+(?:@\w.{0,140}|(?=[\w.]*[_\d])[\w.]{3,30})$/iu,
    max: 160,
  },
  // An archive's own footer under every story: eFiction's standard disclaimer, and the software's credit line.
  {
    id: 'boiler-site',
    pattern: /^(?:all publicly recognizable characters,? settings,? etc\.? are the property of their respective owners\b.{0,300}|powered by (?:efiction|wordpress|blogger|phpbb|vbulletin|xenforo|invision|mybb|smf)\b.{0,80})$/i,
    max: 400,
    hint: ['publicly recognizable', 'powered by'],
  },
  // A forum's reader mode between posts: the threadmarks menu.
  { id: 'boiler-site', pattern: /^(?:threadmarks|reader mode)$/i, max: 20 },
  // A membership site's lock line under a post's title (Patreon): which tiers may read it, and that this reader may.
  {
    id: 'boiler-tier-lock',
    pattern: /^(?:(?:early access|exclusive|available|only) for .{1,40}(?: and above| tiers?)|for (?:patrons|members) .{1,40}(?: and above| tiers?)|para (?:miembros|mecenas|suscriptores) del? (?:nivel|niveles) .{1,40}|para (?:membros|apoiadores) d[oa] nível .{1,40}|pour les membres d[eu] (?:niveau|palier) .{1,40}|für mitglieder (?:der )?stufe .{1,40}|per i membri del livello .{1,40}|🔒\s*(?:unlocked|desbloqueado|desbloqueada|débloqué|freigeschaltet|sbloccato)|unlocked)$/iu,
    max: 80,
  },
  // Anti-theft notices that sites inject between paragraphs.
  {
    id: 'boiler-anti-theft',
    pattern: /(?:unauthori[sz]ed (?:use|reproduction|duplication)|(?:lifted|taken|stolen) (?:from|without)\b.{0,60}(?:permission|authori[sz]ation|original|site)|read it on royal road|find authori[sz]ed novels in|ensure the author gets (?:the )?credit|report (?:any )?sightings|无限好文，尽在晋江文学城|尽在晋江文学城)/i,
    max: 260,
    hint: ['unauthori', 'lifted', 'taken', 'stolen', 'royal road', 'authori', 'credit', 'sightings', '晋江'],
  },
  // Royal Road's reworded notices name the store a stolen copy turns up in (`…if you spot it on Amazon, report the violation.`).
  {
    id: 'boiler-anti-theft',
    pattern: /^(?=.*\b(?:amazon|royal ?road)\b)(?=.*\b(?:report (?:it|this|the|any|them|sightings|occurrences|appearances)|be reported|stolen|theft|misappropriated|illicitly|unlawfully|without (?:the author['’]s |their )?(?:consent|permission|approval))\b).{20,220}$/i,
    max: 220,
    hint: ['amazon', 'royal'],
  },
];

/** Words page navigation is made of, in several languages. */
const NAV_WORDS = new Set(
  (
    'previous prev next back index contents table of chapter chapters story text description return to home top first last page part masterlist ' +
    'zurück weiter vorheriges nächstes vorheriger nächster titel beitrag kapitel übersicht inhaltsverzeichnis ' +
    'précédent suivant chapitre sommaire retour texte ' +
    'anterior siguiente próximo proximo capítulo capitulo índice indice volver texto ' +
    'precedente successivo capitolo parte testo ' +
    'предыдущая следующая глава оглавление назад далее содержание ' +
    '前へ 次へ 目次 上一章 下一章 目录 返回 이전 다음 목록 화 이전화 다음화'
  ).split(' '),
);
/** Words that point back or forward in page navigation, in several languages. */
const BACK_WORDS = 'previous|prev|back|zurück|vorheriges|vorheriger|précédent|anterior|precedente|предыдущая|назад|前へ|上一章|이전|이전화';
const FORWARD_WORDS = 'next|weiter|nächstes|nächster|suivant|siguiente|próximo|proximo|successivo|следующая|далее|次へ|下一章|다음|다음화';
const NAV_DIRECTION = new RegExp(`^(?:${BACK_WORDS}|${FORWARD_WORDS}|return|retour|volver)$`, 'i');
const NAV_MARKS = /[«»‹›<>＜＞←→⇐⇒|｜·•\[\]()]|-+>|<-+/g;

/** Number words that name chapters in navigation links, beyond English (which the caller knows). */
const SMALL_NUMBERS = new Set(
  'un une deux trois quatre cinq six sept huit neuf dix eins zwei drei vier fünf sechs sieben acht neun zehn uno dos tres cuatro cinco seis siete ocho nueve diez um dois três quatro due tre quattro cinque sei sette otto nove dieci'.split(' '),
);

/**
 * A line of page navigation: only navigation words, numbers and arrows,
 * with at least one word that points somewhere (`Next >`,
 * `« Kapitel zurück   Kapitel weiter »`, `<< Capitolo precedente | Capitolo successivo >>`),
 * or a pair of chapter links set between guillemets (`« Chapitre deux | Chapitre quatre »`).
 */
/** Cheap test first: navigation names a direction or is drawn with arrows, guillemets or bars. */
const NAV_HINT = /prev|next|back|zurück|weiter|vorherig|nächst|précédent|suivant|anterior|siguiente|próximo|proximo|precedente|successivo|предыдущ|следующ|назад|далее|前へ|次へ|上一章|下一章|이전|다음|return|retour|volver|[«<‹＜|｜]/i;

/** `< Prev 2. La pluie Next >`: arrows and directions around a page's chapter selector, whatever it names. */
const NAV_AROUND = caselessRegExp(`^[«<‹←]+\\s*(?:${BACK_WORDS})(?=[\\s|])(?:.*[\\s|])?(?:${FORWARD_WORDS})\\s*[»>›→]+$`, 'iu');

export function isNavigationLine(text: string, isNumberWord: (w: string) => boolean): boolean {
  const isNumber = (w: string): boolean => isNumberWord(w) || SMALL_NUMBERS.has(w);
  const t = text.trim();
  if (t.length > 90 || t.length < 2) return false;
  if (!NAV_HINT.test(t)) return navigationCells(t, isNumberWord);
  if (NAV_AROUND.test(t)) return true;
  const tokens = t.replace(NAV_MARKS, ' ').replace(/\p{Extended_Pictographic}[\uFE0F\u200D]*/gu, ' ').split(/[\s　]+/).filter(Boolean);
  if (tokens.length === 0) return false;
  const words = tokens.map((w) => w.replace(/[.:,;!?]+$/, '').toLowerCase());
  const allNav = words.every((w) => NAV_WORDS.has(w) || /^\d+$/.test(w) || isNumber(w));
  if (allNav && words.some((w) => NAV_DIRECTION.test(w))) return true;
  const pair = /^[«<‹＜]{1,2}.*[|｜].*[»>›＞]{1,2}$/.test(t);
  // `📌 masterlist | parte 2 →`: an arrow at an end points somewhere as a direction word does.
  const arrowed = /^[←«‹]|[→»›]$/u.test(t) && /[|｜]/.test(t);
  return (allNav && (pair || arrowed)) || navigationCells(t, isNumberWord);
}

/** A count a page shows beside its links: `Comments (14)`, `27 comentarios`, `♥ 1,150`. */
const COUNTER_CELL = /^(?:[\p{L}\p{So}]+\s*)?\(?\d[\d,.]*[KkMm]?\)?(?:\s+\p{L}+)?$/u;
/** A page's call to comment or share beside its links. */
const ACTION_CELL = /^(?:leave a (?:comment|review|reply)|add a comment|post a comment|write a review|deja (?:un|tu) comentario|deixe (?:um|seu) coment[aá]rio|laisser un commentaire|lascia un commento|kommentar schreiben|комментировать|gefällt mir|j['’]aime|me gusta|mi piace|curtir|нравится|quote|review|comment|comments|reply|share|vote|subscribe|recommend|favou?rite|like|follow|bookmark|report|rate this (?:chapter|story|work|book)|critique this (?:work|chapter|story)|add to (?:favou?rites|library|reading list|bookshelf))$/iu;

/** Cells of a page's bar (`Comments (14)   Next chapter »`, `Comments (9)    Subscribe    Recommend`): links, counts and calls. */
function navigationCells(t: string, isNumberWord: (w: string) => boolean): boolean {
  const cells = t.split(/\s{3,}|\s+[|｜·•]\s+/).filter(Boolean);
  if (cells.length < 2) return false;
  const nav = cells.filter((c) => isNavigationLine(c, isNumberWord) || NAV_WORDS.has(c.toLowerCase()));
  const action = cells.filter((c) => ACTION_CELL.test(c));
  return (nav.some((c) => NAV_HINT.test(c)) || action.length > 0) && cells.every((c) => nav.includes(c) || action.includes(c) || COUNTER_CELL.test(c));
}

const POINTER_RULES = BODY_BOILERPLATE.filter((r) => r.id === 'boiler-note-pointer');

/** AO3's `(See the end of the chapter for more notes.)` and its kin. */
export function isNotePointerText(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && POINTER_RULES.some((r) => r.pattern.test(t));
}

export function matchBoilerplate(text: string): BoilerplateRule | null {
  const t = text.trim();
  let lower: string | null = null;
  for (const rule of BODY_BOILERPLATE) {
    if (t.length > rule.max) continue;
    if (rule.hint) {
      lower ??= t.toLowerCase();
      const l = lower;
      if (!rule.hint.some((h) => l.includes(h))) continue;
    }
    if (rule.starts && !mayStartPhrase(t, rule.starts)) continue;
    if (rule.pattern.test(t)) return rule;
  }
  return null;
}

/** A recommended-reading box's heading in any language (`Read also`, `Читайте также`), alone on its line. */
const RELATED_SOURCE = new RegExp(`^(?:${alternation(LANGUAGES.flatMap((l) => l.related ?? []))})\\s*:?$`);
/** A story site's box of the writer's other works or like ones (`More hindi story from NAME`, `Similar stories`). */
const MORE_WORKS = String.raw`(?:more|similar)\s+(?:\p{L}+\s+)?(?:stor(?:y|ies)|works|fics?)(?:\s+(?:from|by)\s+.{1,60})?`;
/** Or set before the one post it links, on its line (`اقرأ أيضا: رواية … الفصل الثالث`, `Read also: The Well, part 2`): a title, no sentence. */
const RELATED_LINK = `^(?:${alternation(LANGUAGES.flatMap((l) => l.related ?? []))})\\s*[:：]\\s*[^.!?…。]{1,120}$`;
/** A writer's other works under the story, named by the writer's name: `More by NAME`, `Story อื่นๆ ของ NAME`. */
export const MORE_BY_BOX = caselessRegExp(`^(?:${alternation(LANGUAGES.flatMap((l) => l.moreBy ?? []))})\\s*:?\\s+\\S.{0,60}$`, 'iu');
export const RELATED_HEADER = caselessRegExp(`${RELATED_SOURCE.source}|${RELATED_LINK}|^${MORE_WORKS}$`, 'iu');
/** The label with the one post it links on its line (`இதையும் படிக்கலாம்: நிலா முற்றம் – அத்தியாயம் 13`). */
export const RELATED_LINK_LINE = caselessRegExp(RELATED_LINK, 'iu');

/** A forum's rank under a member's name, on a card or in a post's foot: `Member`, `Senior Member`, `Moderator`, `Thành viên`. */
export const MEMBER_RANK = /^(?:(?:new|junior|senior|active|well-known|established|regular|veteran|super)\s+)?(?:member|moderator|moderatorin|modérateur|moderador|administrator|administrador|admin|newbie|miembro|membro|membre|mitglied|thành viên|участник|użytkownik)$/iu;

/**
 * Lines that only a web page's furniture says (comment boxes, share
 * buttons, forum post footers, blog widgets). Once one of them stands after
 * the story, the short lines from it to the chapter's end are the page, not
 * the chapter (`Kudos` / `… left kudos on this work!` / `Comments (12)`).
 */
export const PAGE_TAIL_ANCHORS: readonly RegExp[] = [
  /^kudos$/i,
  // FanFiction.Net's review button over its review box, the last thing on a chapter's page.
  /^review$/i,
  /left kudos on this work!?$/i,
  /^(?:comments?|comentários|commentaires|kommentare|комментарии|reviews?)\s*\(\d+\)$/i,
  /^(?:post|leave|add|write) (?:a )?(?:comment|reply|review)$/i,
  // Blogger's comment box: its count over the comments (`3 comments:`), each under its writer's `NAME said...`.
  /^\d+ comments?:$|^\S{1,40} said\.\.\.$/i,
  /^\(\s*\d+ comments?\s*[|—–-].*\)$/i,
  /^you must be logged in to (?:comment|review)$/i,
  /^log in to (?:comment|reply)$/i,
  /^share(?: this(?: story| post)?)?\s*:/i,
  /^(?:share|comments?|votes?|restacks|discussion about this post|en línea|online|offline)$/i,
  // A comment section's buttons and sorting, and a post's payout on a blockchain blog (`Reply`, `Sort: Trending`, `$0.03`).
  /^(?:reply|reblog|resteem|follow|unfollow)$|^sort(?: by)?\s*:\s*\S.{0,20}$|^[$€£]\d{1,6}\.\d{2}$/i,
  // A page's tag list under its label, its links to more, and the buttons of its pop-ups (`Related Tags`, `View All`, `OKAY`).
  /^(?:related |popular )?tags:?$|^view all$|^(?:okay|close)$/i,
  // The page telling the reader what to click (`Click on the INTERESTING button to view additional information…`).
  /^(?:click|tap|press)(?: on)? (?:the |any |this )?\S.{0,60}\b(?:button|word|link|icon)\b.{0,80}$/i,
  // The app a post was sent with, under it (`Posted Using InLeo Alpha`, `Posted with Partiko Android`).
  /^posted (?:using|with|via|from) \S.{0,40}$/i,
  /^\d+ likes? · \d+ comments?$/i,
  /^©\s*\d{4}\b/,
  /^[\p{L}.]{2,30} © \d{4}\b/u,
  /^(?:mensajes|posts|beiträge|messages)\s*:\s*\d+$/i,
  /^«\s*(?:respuesta|reply|antwort|réponse)\s*#\d+/i,
  /^«?\s*(?:última modificación|last edit|zuletzt bearbeitet|dernière modification)\s*:/i,
  MEMBER_RANK,
  /^like this\s*:?$/i,
  /^(?:like|j['’]aime) (?:loading|chargement)/i,
  /^(?:categories|catégories|kategorien|categorías)\s*:/i,
  /^(?:группа|сообщений|статус)\s*:\s*\S/i,
  /^(?:дата|date|fecha)\s*:.*\|\s*(?:сообщение|post|mensaje)\s*#\s*\d+$/i,
  /^(?:partager|teilen|compartir|compartilhar|condividi)\s*:?$/i,
  /^follow\/fav$/i,
  /^support ["“].*["”]$/i,
  /^about the (?:author|creator|writer)$/i,
  /^reply\s+report$/i,
  /^(?:reactions|last edited)\s*:/i,
  /^vote\s+comment\s+share$/i,
  RELATED_SOURCE,
  /^j['’]aime ça\s*:?$/i,
  /^(?:publié dans|posted in|filed under|veröffentlicht in)\b/i,
  /^tags\s*:\s*\S.*(?:,|:).*$/i,
  /^\[?back to (?:the )?(?:fiction|story|stories|fic) index\]?$/i,
  /^sign my guestbook\b/i,
  // A blog post's trackback address, in any language (`TrackBack URL for this entry: …`, `A bejegyzés trackback címe: …`).
  /^.{0,60}\btrack-?back\b.{0,40}:\s*https?:\/\/\S+$/i,
  // XenForo post footers: `Likes: A, B and 41 others`, the poster's name and date under the post.
  /^likes?\s*:\s*.{1,200}\band \d+ others?$/i,
  /^[^\s,]{1,40}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$/,
  // Dreamwidth and LiveJournal entry footers.
  /^expand cut tags\b/i,
  /^link\s*\|.*\bcomments?\b/i,
  /^(?:posts|joined|location)\s*:\s*\S/i,
  /^_{8,}$/,
  /^display posts from previous\b/i,
  /^(?:цитата|quote)\s*(?:\(.*\))?\s*:?$/i,
  /^.{1,40} wrote: ↑/,
  // A reader's comment a reading app shows between paragraphs and copies with them, after its speech balloon
  // (Wattpad's `💬 이 장면 너무 설렌다ㅠㅠ`).
  /^💬\s*\p{L}/u,
];

/** The anchors as one pattern, with every language's post footers: one scan per line instead of one per anchor (every anchor reads case-insensitively). */
const PAGE_TAIL_ANCHOR = caselessRegExp(
  [...PAGE_TAIL_ANCHORS.map((re) => re.source), ...LANGUAGES.flatMap((l) => l.pageTail ?? []).map((source) => `^(?:${source})$`)].map((source) => `(?:${source})`).join('|'),
  'iu',
);

/**
 * Shapes of a page's furniture in any language, where the words are unknown: a post's tag line
 * (`#the bees know #my writing`), a count with its label (`312 notes`, `ความคิดเห็น (21)`), a row of
 * buttons between bars (`5 commentaires | Laisser un commentaire`), a tag list of handles
 * (`taglist: @bramble @moth`).
 */
const TAIL_SHAPES: readonly RegExp[] = [
  /^#[^\s#][^#]*(?:\s#[^\s#][^#]*)+$/u,
  /^\d(?:[\d.,]*\d)?[KkMm]?\s+\p{L}{1,15}$/u,
  // (With the buttons beside it: `Commentaires (12) · Ajouter une appréciation`.)
  /^\p{L}[\p{L}\p{M} ]{0,30}\s*[(（]\d[\d.,]*[)）](?:\s[·•|]\s[^·•|.!?]{1,40})*$/u,
  /^[^|.!?]{1,40}(?:\s\|\s[^|.!?]{1,40}){1,5}$/u,
  // A blog post's footer row, its stamp first and two counts among its cells, whatever their words:
  // `31 de agosto de 2006 - 11:47 p.m. - Categoría: Cuentos | Comentarios (0) | Vínculos de referencia (0) | Enviar a un amigo`.
  /^(?=(?:.*?\p{L}\s?\(\d{1,6}\)(?:\s\||$)){2})[^|]{1,80}(?:\s\|\s[^|]{1,40}){2,6}$/u,
  /(?:^|\s)@[\w.-]+(?:\s.*)?\s@[\w.-]+/u,
  // A comment's stamp, its writer and the date and time it was left (`Plume_de_Loire — le 25/10/2020 à 21h14`,
  // `kasia_m – 14.03.2021, 10:22`): a date of numbers and a time, few words besides.
  /^[^\s—–|·]{1,30}(?: [^\s—–|·]{1,30}){0,3} [—–|·] (?=.*\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?=.*\b\d{1,2}[:h]\d{2}\b)(?:\S+ ?){2,7}$/u,
  // A share row, whatever its label's language: two networks' names among a few words (`Paylaş:  Facebook  Twitter  WhatsApp`).
  /^(?=(?:.*?(?:^|[\s:|·•,])(?:Facebook|Twitter|WhatsApp|Telegram|Pinterest|Tumblr|Reddit|LinkedIn|VK|Weibo|WeChat|LINE|Threads|Bluesky)(?=$|[\s|·•,])){2})(?:\S+\s*){2,10}(?<![.!?…。])$/u,
  // A row of buttons or links set apart by wide gaps, a word or two each, no sentence (`Beğen  Alıntı  Yanıtla`).
  /^(?=(?:.*?\p{L}){2})[^\s.!?…。]+(?: [^\s.!?…。]+)?(?: {2,}[^\s.!?…。]+(?: [^\s.!?…。]+)?){2,6}$/u,
  // A row of buttons, each in its brackets: `[ Previous ] [ Next ] [ View Thread (7 articles) ] [ Post Followup ]`.
  /^\[[^\[\]]{1,40}\](?:\s*\[[^\[\]]{1,40}\]){2,}$/u,
];

export const isPageTailAnchor = (text: string): boolean => {
  const t = text.trim();
  // (The link to a serial's earlier parts is a row of links too, but over an installment, not under it.)
  if (t.length > 200 || EARLIER_PARTS.test(t)) return false;
  return PAGE_TAIL_ANCHOR.test(t) || (t.length <= 160 && TAIL_SHAPES.some((re) => re.test(t))) || (t.length <= 40 && !/[.!?…。]$/u.test(t) && t.split(/\s+/).length <= 4 && NAVIGATION_LINE.test(t)) || isButtonsAndDate(t) || isCounterRow(t);
};

/**
 * The line over a page's comments, in every language's word for them: alone, after its count, or before the count in
 * brackets (`Comments`, `3 Responses`, `Пікірлер (3)`), or the comments' sorting (`Sort: Trending`).
 */
const COMMENTS_OPENER = caselessRegExp(
  `^(?:\\d+\\s+)?(?:${LANGUAGES.flatMap((l) => l.comments ?? []).join('|')})(?:\\s*[(（]\\d+[)）])?\\s*:?$|^sort(?: by)?\\s*:\\s*\\S.{0,20}$`,
  'iu',
);
export const isCommentsOpener = (text: string): boolean => text.length <= 40 && COMMENTS_OPENER.test(text.trim());

/** A count as a page prints it: `212`, `1.1万`, `2.4K`, `+215`, `(30)`. */
const COUNT = /[+]?\d(?:[\d.,]*\d)?(?:\s?[KkMm万千천만])?/gu;
/** Dates and clock times, which are stamps, not counts. */
const STAMP = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?/gu;

/**
 * A post's row of counters in any language, each count beside a short word or an emoji (`좋아요 212댓글 18공유`,
 * `❤ 29  😮 7  😢 6Comentarios`, `举报　收藏 1203　转发 3521`, `J’aime · 212Commenter · 18`,
 * `Puntos: +215   Visitas: 12.345`): two counts or more, few words, no sentence's end.
 */
function isCounterRow(t: string): boolean {
  if (t.length > 100 || /[.!?。！？…]$/u.test(t) || /^\d+[.)]\s/u.test(t)) return false;
  const rest = t.replace(STAMP, ' ');
  const counts = rest.match(COUNT)?.length ?? 0;
  if (counts < 2) return false;
  const words = rest.replace(COUNT, ' ').replace(/[\p{Extended_Pictographic}\uFE0F\u200D·•|｜:：()（）«»‹›<>\[\]-]/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length <= Math.min(8, counts * 2 + 1) && words.every((w) => w.length <= 15);
}

/**
 * A post's or comment's foot in any language: its buttons and its date in one row, parted by dots or bars
 * (`მოწონება · რეაქცია · პასუხი · მეტი · 20 მარტი, 20:41`, `Like · Reply · 3h`).
 */
function isButtonsAndDate(t: string): boolean {
  if (t.length > 120) return false;
  const cells = t.split(/\s+[·•|]\s+/u);
  if (cells.length < 3 || !cells.every((c) => c.split(/\s+/).length <= 4 && !/[.!?…。]$/u.test(c))) return false;
  const dated = (c: string): boolean => isDateLine(c) || /^\d{1,2}:\d{2}$|^\d{1,3}\s?\p{L}{1,3}$/u.test(c);
  return dated(cells.at(-1)!) && cells.slice(0, -1).every((c) => !/\d/.test(c));
}
