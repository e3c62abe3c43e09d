/**
 * What an element of a structured XML source means, by its local name (namespace prefix off, lower-case):
 * DocBook, TEI, Evernote's ENEX, OPML outlines, RSS feeds and MediaWiki's Special:Export all name their parts
 * in plain words, so one table reads them, and a dialect (known by its root element) only overrides the few
 * names it uses otherwise (TEI's `<note>` is a footnote, ENEX's a chapter). An element no table names is read
 * by its shape (xml-blocks.ts): a container is walked, a leaf of prose is a paragraph, a short leaf is data.
 */
export type XmlRole =
  /** The work's metadata block (`<info>`, `<teiHeader>`, OPML's `<head>`): titles, authors and fields. */
  | 'header'
  /** The name of what encloses it: the work's title at the top, a chapter's heading inside one. */
  | 'title'
  | 'subtitle'
  /** An author: the work's (the first found), whether in the header or repeated on each chapter. */
  | 'author'
  | 'description'
  /** A chapter, section or entry: its `title`/`heading` child heads it. */
  | 'section'
  /** A part over chapters. */
  | 'part'
  /** A heading inside a section (TEI's `<head>`). */
  | 'heading'
  | 'paragraph'
  | 'em'
  | 'strong'
  /** A footnote inside the text: not body; left out and reported. */
  | 'footnote'
  /** A scene break (`<milestone/>`, `<hr/>`). */
  | 'break'
  /** A line break inside a paragraph or heading (`<lb/>`). */
  | 'lineBreak'
  /** HTML held as text (RSS `content:encoded`, ENEX `content`): read by the HTML reader's block conversion. */
  | 'html'
  /** MediaWiki wikitext held as text: read by the wikitext reader. */
  | 'wikitext'
  /**
   * A run of text keeping its own line breaks, its formatting in attributes (CherryTree's `rich_text`): the runs
   * in a row make plain text, each line a paragraph; a struck-out run is left out.
   */
  | 'textRun'
  /** Walked through, adding nothing of its own (`<body>`, `<revision>`, a list). */
  | 'through'
  /** Not story and not metadata: left out (`<siteinfo>`, `<pb/>`, a feed item's link). */
  | 'ignored';

/** An element's role, and for elements that keep their text in attributes (OPML) which attributes. */
export interface XmlEntry {
  role: XmlRole;
  /** The attribute holding the heading (OPML `text`). */
  heading?: string;
  /** The attribute holding the body as plain text, paragraphs on their own lines (Scrivener's `_note`). */
  body?: string;
}

const r = (role: XmlRole): XmlEntry => ({ role });

const GENERIC: Readonly<Record<string, XmlEntry>> = {
  info: r('header'), bookinfo: r('header'), articleinfo: r('header'), teiheader: r('header'), metadata: r('header'), titlestmt: r('header'), filedesc: r('header'),
  title: r('title'), booktitle: r('title'), storytitle: r('title'), titlepart: r('title'), doctitle: r('title'),
  subtitle: r('subtitle'),
  author: r('author'), creator: r('author'), docauthor: r('author'), ownername: r('author'), byline: r('author'),
  abstract: r('description'), summary: r('description'), synopsis: r('description'),
  chapter: r('section'), section: r('section'), sect1: r('section'), sect2: r('section'), div: r('section'), div1: r('section'), div2: r('section'), preface: r('section'), appendix: r('section'), afterword: r('section'), story: r('section'), article: r('section'), entry: r('section'), item: r('section'), page: r('section'),
  part: r('part'), volume: r('part'),
  // DAISY's DTBook nests `level1`…`level6` (or `level`) headed by `h1`…`h6` (or `hd`).
  level: r('section'), level1: r('section'), level2: r('section'), level3: r('section'), level4: r('section'), level5: r('section'), level6: r('section'),
  head: r('heading'), heading: r('heading'), hd: r('heading'), h1: r('heading'), h2: r('heading'), h3: r('heading'), h4: r('heading'), h5: r('heading'), h6: r('heading'),
  p: r('paragraph'), para: r('paragraph'), simpara: r('paragraph'), ab: r('paragraph'), l: r('paragraph'), listitem: r('paragraph'), paragraph: r('paragraph'),
  emphasis: r('em'), emph: r('em'), em: r('em'), i: r('em'), hi: r('em'), foreign: r('em'), italic: r('em'),
  strong: r('strong'), b: r('strong'), bold: r('strong'),
  footnote: r('footnote'), note: r('footnote'), ref: r('footnote'), foot: r('footnote'), endnote: r('footnote'),
  milestone: r('break'), hr: r('break'), scenebreak: r('break'), separator: r('break'),
  lb: r('lineBreak'), br: r('lineBreak'),
  body: r('through'), text: r('through'), outline: { role: 'section', heading: 'text', body: '_note' }, itemizedlist: r('through'), orderedlist: r('through'), list: r('through'), quote: r('through'), q: r('through'), channel: r('through'), revision: r('through'),
  // What a word processor or notes app keeps of a deletion: struck out of the text the reader gets.
  del: r('ignored'), deletion: r('ignored'), strikethrough: r('ignored'), strike: r('ignored'),
  // A printed book's page numbers, a producer's note for the blind reader, an image's caption, a note's reference mark.
  pagenum: r('ignored'), prodnote: r('ignored'), caption: r('ignored'), noteref: r('ignored'), annoref: r('ignored'),
  pb: r('ignored'), cb: r('ignored'), comment: r('ignored'), keywordset: r('ignored'), front: r('ignored'), back: r('ignored'), siteinfo: r('ignored'), link: r('ignored'), guid: r('ignored'),
  email: r('ignored'), address: r('ignored'), contributor: r('ignored'), respstmt: r('ignored'), sourcedesc: r('ignored'), encodingdesc: r('ignored'), profiledesc: r('ignored'), revisiondesc: r('ignored'), publicationstmt: r('ignored'),
};

/** A dialect, known by its root element's local name: what it names otherwise, and how it titles its work. */
interface Dialect {
  name: string;
  roles: Readonly<Record<string, XmlEntry>>;
  /** The work's title carries more than the title: what to cut off (`: edizione digitale`, ` – Site name`). */
  titleTail?: RegExp;
}

const DIALECTS: Readonly<Record<string, Dialect>> = {
  book: { name: 'DocBook', roles: {} },
  article: { name: 'DocBook', roles: {} },
  tei: { name: 'TEI', roles: {}, titleTail: /\s*[:.,]\s*(?:an? )?(?:electronic|digital|machine-readable|online|edizione|édition|edición|edição|elektronische|digitale)\b.*$/iu },
  teicorpus: { name: 'TEI', roles: {} },
  'en-export': { name: 'Evernote export (ENEX)', roles: { note: r('section'), content: r('html'), tag: r('ignored'), created: r('ignored'), updated: r('ignored'), source: r('ignored'), 'source-url': r('ignored') } },
  opml: { name: 'OPML outline', roles: { head: r('header'), datecreated: r('ignored'), datemodified: r('ignored'), expansionstate: r('ignored') } },
  // WordPress's WXR export is RSS too: its `excerpt:encoded` repeats the post's opening, `wp:comment`s are readers'.
  rss: { name: 'RSS feed', roles: { description: r('ignored'), encoded: r('html'), 'excerpt:encoded': r('ignored'), category: r('ignored'), comments: r('ignored'), commentrss: r('ignored'), pubdate: r('ignored'), lastbuilddate: r('ignored'), generator: r('ignored'), language: r('ignored') }, titleTail: /\s+[–—|]\s+.*$/u },
  feed: { name: 'Atom feed', roles: { content: r('html'), summary: r('ignored'), subtitle: r('ignored'), name: r('author'), updated: r('ignored'), published: r('ignored'), id: r('ignored') }, titleTail: /\s+[–—|]\s+.*$/u },
  cherrytree: { name: 'CherryTree notes', roles: { node: { role: 'section', heading: 'name' }, rich_text: r('textRun'), bookmarks: r('ignored'), encoded_png: r('ignored'), codebox: r('ignored'), table: r('ignored') } },
  dtbook: { name: 'DAISY DTBook', roles: { head: r('header') } },
  // TTML/DFXP captions: the document's metadata in the head, each `<div>` titled in its own metadata, `<p>` a caption.
  tt: { name: 'TTML captions', roles: { head: r('header'), metadata: r('through'), desc: r('description'), copyright: r('ignored'), styling: r('ignored'), layout: r('ignored'), agent: r('ignored'), span: r('through') } },
  mediawiki: { name: 'MediaWiki export', roles: { text: r('wikitext'), ns: r('ignored'), id: r('ignored'), sha1: r('ignored'), model: r('ignored'), format: r('ignored'), timestamp: r('ignored'), parentid: r('ignored') } },
};

const GENERIC_DIALECT: Dialect = { name: 'XML', roles: {} };

/** The local name an element is looked up by: `content:encoded` → `encoded`, `TEI` → `tei`. */
export const localName = (name: string): string => name.replace(/^.*:/, '').toLowerCase();

/** The dialect of a document by its root element, or the generic one. */
export function dialectOf(root: string): Dialect {
  return DIALECTS[localName(root)] ?? GENERIC_DIALECT;
}

/** Whether a root element is one of the dialects above, or an OpenDocument's (odf-text.ts): such a document is XML whatever its file is named. */
export const isKnownRoot = (root: string): boolean =>
  (localName(root) in DIALECTS && localName(root) !== 'article' && localName(root) !== 'book') || /^office:document(?:-content)?$/.test(root);

/** An element's entry: by its qualified name first (`excerpt:encoded` is not `content:encoded`), then its local name. */
export function xmlEntry(dialect: Dialect, name: string): XmlEntry | null {
  const key = localName(name);
  return dialect.roles[name.toLowerCase()] ?? dialect.roles[key] ?? GENERIC[key] ?? null;
}

/** Sections by their heading: a writing app's folders that are not the story (Scrivener's Research, Trash) or only hold it (Draft). */
export const NOT_STORY_SECTION = /^(?:research|trash|characters?|places|locations|settings|ideas|outline|plot notes|template sheets|front matter|back matter|dàn ý|nhân vật|ghi chú|figuren|notizen|recherche|personnages|plan|personajes|notas|esquema|personaggi|appunti|scaletta|personagens|персонажи|заметки|план|ідеї|нотатки|персонажі|идеи|postacie|notatki|postavy|nápady|poznámky|osnova|メモ|ネタ帳|設定|登場人物|プロット|人物|大纲|设定|笔记)$/iu;
export const THROUGH_SECTION = /^(?:draft|manuscript)$/i;
/** A section that is the work's title page: its lines are the header (title, by-line, summary, notes). */
export const FRONT_PAGE_SECTION = /^(?:front ?page|title ?page|cover(?: page)?|story info(?:rmation)?|info)$/i;
/** The child of an author element that holds the name to show (DocBook's `personname`, Atom's `name`, WXR's `author_display_name`). */
export const AUTHOR_NAME = /^(?:personname|name|display_?name|author_display_name|fullname)$/;
/** A section whose `type` says it is a part (TEI's `<div type="part">`). */
export const PART_TYPE = /^(?:part|book|volume)$/i;
/** A section the `class` attribute makes the book's contents list, left out, or its colophon, read as fields. */
export const CONTENTS_CLASS = /^(?:toc|contents|table-of-contents)$/i;
export const COLOPHON_CLASS = /^(?:colophon|copyright-page|imprint|titlepage-verso)$/i;
/** A paragraph's style named as a heading's (`Heading 1`, `heading2`, `Überschrift 1`): a heading of that level. */
export const HEADING_STYLE = /^(?:heading|h|überschrift|titre|título|titolo|kop|rubrik|otsikko|nagłówek|заголовок)\s*(\d)$/iu;
/** An element the `type` attribute makes a page's running header or footer (AbiWord's `<section type="footer">`). */
export const PAGE_FURNITURE_TYPE = /^(?:header|footer)(?:-\w+)?$/i;
/** A change the file tracks as deleted (AbiWord's negative `revision`, `ct:deleted`). */
export const DELETED_REVISION = /^-\d|^deleted$/i;
/** A metadata entry's key (`<m key="dc.creator">`, `<meta name="dc:title">`): its vocabulary prefix off. */
export const METADATA_KEY = /^(?:dc|dcterms|dtb|meta|cp|abiword|xmp)[.:]/i;
/** A title that is a file's name (`tranvia_concurso_v3`, `draft2.doc`): the document's, not the work's. */
export const FILE_NAME_TITLE = /^[\p{L}\p{N}-]*(?:_[\p{L}\p{N}-]*)+$|^\S+\.(?:docx?|odt|abw|rtf|txt)$/iu;

/** What a caption's role says it is when it is no story text: the programme's spoken titles, music, sounds, credits (TTML's `ttm:role`). */
export const NOT_TEXT_ROLE = /^(?:title|music|sound|credits?|caption|description|source|x-\S+)$/i;

/** An element whose role, type or rendition attribute says it is a scene break (`<para role="scenebreak">`). */
export const BREAK_ATTRIBUTE = /^(?:scene.?break|section.?break|separator|dinkus|asterism|ornament)$/i;
