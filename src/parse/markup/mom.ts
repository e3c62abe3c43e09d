/**
 * The mom macros (groff_mom(7)) as data for the troff reader: their names
 * are whole words in capitals, longer than ms's, so a `.` line names one
 * only from these lists (or as an underscored style name such as `.PT_SIZE`).
 * Short names mom shares with ms and man (`.SS`, `.IR`, `.FT`) stay theirs.
 */

/** Document-info macros whose argument is metadata. */
export const MOM_META: Readonly<Record<string, 'title' | 'author' | 'subtitle'>> = {
  TITLE: 'title',
  DOCTITLE: 'title',
  AUTHOR: 'author',
  SUBTITLE: 'subtitle',
};

/** Heading macros by depth: mom 2's `.HEADING n "…"`, older mom's `.HEAD`, `.SUBHEAD`, `.SUBSUBHEAD`. */
export const MOM_HEADINGS: Readonly<Record<string, number>> = { HEAD: 1, SUBHEAD: 2, SUBSUBHEAD: 3, PARAHEAD: 4 };

/** The author's break between passages (`.LINEBREAK`, renamed `.SECTION` in mom 2): a scene break. */
export const MOM_BREAKS = new Set(['LINEBREAK', 'SECTION', 'SECTIONBREAK']);

/** Blocks set off from the text, closed by the same macro with `OFF` (or `QUIT`, `END`, `X`); notes' words stay in the flow. */
export const MOM_BLOCKS = new Set(['QUOTE', 'BLOCKQUOTE', 'EPIGRAPH', 'CODE', 'FOOTNOTE', 'ENDNOTE', 'SIDENOTE']);
export const MOM_BLOCK_END = /^(?:OFF|QUIT|END|X|NO|EXIT|DONE)$/i;

/** Layout and style macros without words (their arguments are sizes, names, switches). */
export const MOM_LAYOUT = new Set([
  'DOCTYPE', 'PRINTSTYLE', 'PAPER', 'COPYSTYLE', 'COLLATE', 'START', 'NEWPAGE', 'FAMILY', 'QUAD', 'JUSTIFY', 'LEFT', 'RIGHT', 'CENTER',
  'CENTRE', 'DOCHEADER', 'PAGINATE', 'HEADERS', 'FOOTERS', 'PAGE', 'LEADING', 'AUTOLEAD', 'KERN', 'LIGATURES', 'SMARTQUOTES', 'SPACE',
  'SETUP', 'DRAFT', 'REVISION', 'MISC', 'COVERTITLE', 'COVER', 'FINIS', 'BLANKPAGE', 'RULE', 'TOC',
]);

/** An underscored capital name (`.PT_SIZE`, `.PARA_INDENT`, `.CHAPTER_STRING`): a mom control, never prose. */
export const MOM_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** mom's inline font strings (`\*[IT]…\*[PREV]`) as the troff fonts they select. */
export const MOM_FONTS: Readonly<Record<string, string>> = {
  IT: 'I', ITAL: 'I', SLANT: 'I', BD: 'B', BOLD: 'B', BDI: 'B', ROM: 'R', MED: 'R', PREV: 'P', SLANTX: 'P',
};
