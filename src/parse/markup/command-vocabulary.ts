/**
 * What a command of a command markup means, by its name: Texinfo (`@chapter`), Pollen (`◊chapter{…}`),
 * ChoiceScript (`*title`), InDesign tagged text (`<ParaStyle:Chapter Title>`) and their kin name their
 * commands and styles in plain words, so one table of words reads them all, and a markup not seen before
 * that names its commands so. Names are compared lower-case, without spaces, hyphens or underscores.
 */
export type CommandRole =
  /** A chapter's heading; its argument is the heading's text. */
  | 'chapter'
  | 'part'
  /** A heading below a chapter's (`@section`): a section inside the chapter. */
  | 'section'
  /** A closing section that is the author's (`@unnumbered Acknowledgements`) when its title says so, else a chapter. */
  | 'unnumbered'
  /** The number of the heading that follows (`<ParaStyle:Chapter Number>1`). */
  | 'number'
  | 'title'
  | 'subtitle'
  | 'author'
  | 'break'
  /** A note: its argument, or the block up to its end, is the author's (`@quotation Author's note`, `◊aside{…}`). */
  | 'note'
  /** The label of the note whose text follows (`<ParaStyle:Note Head>Author's Note`). */
  | 'noteLabel'
  /** A paragraph of a note whose label came before. */
  | 'noteText'
  /** A block of story text set verbatim (`@example`): its lines are body. */
  | 'verbatim'
  /** A block read for its metadata commands only (`@titlepage`). */
  | 'metaBlock'
  /** A block that is not story (`@menu`, `@copying`). */
  | 'dropBlock'
  /** Story text (`<ParaStyle:Body>`, `◊p{…}`). */
  | 'text'
  /** A line the reader takes out: a comment, a directive, a game's logic. */
  | 'drop'
  /** Emphasis inside a paragraph (`@emph{…}`, `◊em{…}`). */
  | 'em'
  | 'strong';

const ROLES: Readonly<Record<string, CommandRole>> = {
  chapter: 'chapter', chap: 'chapter', chapterheading: 'chapter', chaptertitle: 'chapter', chapheading: 'chapter', majorheading: 'chapter', heading: 'chapter', heading1: 'chapter', h1: 'chapter', head1: 'chapter',
  unnumbered: 'unnumbered', appendix: 'unnumbered',
  part: 'part', parttitle: 'part', book: 'part', volume: 'part',
  section: 'section', subsection: 'section', unnumberedsec: 'section', heading2: 'section', h2: 'section', subheading: 'section', scene: 'section',
  chapternumber: 'number', chapternum: 'number', chapno: 'number',
  title: 'title', settitle: 'title', booktitle: 'title', storytitle: 'title',
  subtitle: 'subtitle', author: 'author', byline: 'author', authorname: 'author',
  sectionbreak: 'break', scenebreak: 'break', pagebreak: 'break', hr: 'break', separator: 'break', dinkus: 'break', ornament: 'break', spacebreak: 'break',
  quotation: 'note', aside: 'note', note: 'note', authornote: 'note', authorsnote: 'note', cartouche: 'note',
  notehead: 'noteLabel', notelabel: 'noteLabel', noteheading: 'noteLabel', notetitle: 'noteLabel',
  notetext: 'noteText', notebody: 'noteText',
  example: 'verbatim', smallexample: 'verbatim', display: 'verbatim', format: 'verbatim', verbatim: 'verbatim', lisp: 'verbatim',
  titlepage: 'metaBlock',
  menu: 'dropBlock', detailmenu: 'dropBlock', copying: 'dropBlock', ignore: 'dropBlock', direntry: 'dropBlock', iftex: 'dropBlock', ifhtml: 'dropBlock', tex: 'dropBlock', html: 'dropBlock', macro: 'dropBlock',
  p: 'text', para: 'text', paragraph: 'text', body: 'text', bodytext: 'text', bodyfirst: 'text', text: 'text', normal: 'text', normalparagraphstyle: 'text', firstparagraph: 'text', blockquote: 'text', quote: 'text', center: 'text', centre: 'text', noindent: 'text',
  c: 'drop', comment: 'drop', colophon: 'drop',
  em: 'em', emph: 'em', i: 'em', italic: 'em', italics: 'em', textit: 'em', var: 'em', dfn: 'em', cite: 'em',
  strong: 'strong', b: 'strong', bold: 'strong', textbf: 'strong',
};

/** A style named by its words (`Chapter Title`, `Body First`, `Note Head`) when no entry names it whole. */
const KEYWORDS: readonly [RegExp, CommandRole][] = [
  [/chapter.?(?:number|num|no)|chap.?num/, 'number'],
  [/notehead|notelabel|notetitle/, 'noteLabel'],
  [/note|authorsnote/, 'noteText'],
  [/^(?:chapter|chap)|chapterhead|heading1|^h1/, 'chapter'],
  [/^part/, 'part'],
  [/subtitle/, 'subtitle'],
  [/title/, 'title'],
  [/byline|author/, 'author'],
  [/scene|break|ornament|dinkus|separator/, 'break'],
];

export const commandKey = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * The role of a command or style by its name, or null when its name says nothing the reader knows. A style's
 * name is free words (`Chapter Title 2`) and is also read by its words; a command's only whole (`*scene_list` is
 * no scene break).
 */
export function commandRole(name: string, style = false): CommandRole | null {
  const key = commandKey(name);
  return ROLES[key] ?? (style ? KEYWORDS.find(([pattern]) => pattern.test(key))?.[1] ?? null : null);
}

/** Titles of a closing unnumbered section that hold the author's words about the story, not story. */
export const AUTHOR_SECTION = /^(?:acknowledge?ments?|afterword|author['’]?s? notes?|notes?|about the author|thanks)$/i;

/** Inline commands that stand for a character: `@copyright{}`, `@dots{}`. */
export const SYMBOLS: Readonly<Record<string, string>> = { copyright: '©', dots: '…', enddots: '…', registeredsymbol: '®', bullet: '•', minus: '−', tie: '\u00a0', tm: '™', euro: '€' };
