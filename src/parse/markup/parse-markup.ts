import type { Manuscript } from '../../model.js';
import { placeFootnotes } from '../html/footnotes.js';
import type { ParseOptions } from '../parse-text.js';
import { readLeadBlocks } from '../markdown/lead-blocks.js';
import { sectionBlocks } from '../section-blocks.js';
import { closingNoteSection } from '../story-notes.js';
import { readAmigaGuide } from './amigaguide.js';
import { readAozora } from './aozora.js';
import { readAsciidoc } from './asciidoc.js';
import { readBbcode } from './bbcode.js';
import { readCommands } from './commands.js';
import { readDokuWiki, readWikispaces } from './dokuwiki.js';
import { readInk } from './ink.js';
import { readConfluence } from './confluence.js';
import { readHeadingMarkup } from './heading-markups.js';
import { readPml } from './pml.js';
import { readRenpy } from './renpy.js';
import type { Markup } from './detect.js';
import { readLatex } from './latex.js';
import { readLyx } from './lyx.js';
import { readMoinMoin } from './moinmoin.js';
import { readMediaWiki } from './mediawiki.js';
import { readOrg } from './org.js';
import type { MarkupRead } from './read-result.js';
import { readRst } from './rst.js';
import { readSubStation } from './substation.js';
import { readTextile } from './textile.js';
import { readTroff } from './troff.js';
import { readTwee } from './twee.js';
import { readZim } from './zim.js';

const READERS: Readonly<Record<Markup, (text: string, sink: ParseOptions['sink']) => MarkupRead>> = {
  org: readOrg,
  asciidoc: readAsciidoc,
  rst: readRst,
  latex: readLatex,
  bbcode: readBbcode,
  aozora: readAozora,
  textile: readTextile,
  troff: readTroff,
  mediawiki: readMediaWiki,
  zim: readZim,
  commands: readCommands,
  txt2tags: (text, sink) => readHeadingMarkup('txt2tags', text, sink),
  tiddlywiki: (text, sink) => readHeadingMarkup('tiddlywiki', text, sink),
  novelwriter: (text, sink) => readHeadingMarkup('novelwriter', text, sink),
  pmwiki: (text, sink) => readHeadingMarkup('pmwiki', text, sink),
  vimwiki: (text, sink) => readHeadingMarkup('vimwiki', text, sink),
  foswiki: (text, sink) => readHeadingMarkup('foswiki', text, sink),
  renpy: readRenpy,
  pml: readPml,
  amigaguide: readAmigaGuide,
  confluence: readConfluence,
  ink: readInk,
  dokuwiki: readDokuWiki,
  wikispaces: readWikispaces,
  lyx: readLyx,
  moinmoin: readMoinMoin,
  substation: readSubStation,
  twee: readTwee,
};

const NAMES: Readonly<Record<Markup, string>> = { org: 'Org-mode', asciidoc: 'AsciiDoc', rst: 'reStructuredText', latex: 'LaTeX', bbcode: 'BBCode', aozora: 'Aozora Bunko text', textile: 'Textile', troff: 'troff (ms, man, me or mom macros)', mediawiki: 'MediaWiki wikitext', zim: 'Zim wiki text', commands: 'a command markup (Texinfo, Pollen, ChoiceScript, tagged text)', txt2tags: 'txt2tags', tiddlywiki: 'a TiddlyWiki tiddler', novelwriter: "novelWriter's markup", renpy: "a Ren'Py script", pml: 'Palm Markup Language (eReader)', amigaguide: 'AmigaGuide hypertext', confluence: 'Confluence wiki markup', ink: "inkle's Ink", dokuwiki: 'DokuWiki page source', wikispaces: 'Wikispaces or Wikidot page source', lyx: 'a LyX document', moinmoin: 'MoinMoin wiki page source', substation: 'a SubStation Alpha subtitle script (.ass, .ssa)', twee: 'Twee (Twine story source)', pmwiki: 'PmWiki page source', vimwiki: 'Vimwiki page source', foswiki: 'Foswiki or TWiki topic text' };

/**
 * A manuscript in a lightweight markup to the same model as Markdown: the
 * markup's reader gives metadata and blocks with headings by depth, and the
 * sectioning Markdown uses makes chapters (and parts, over two levels) of them.
 */
export function parseMarkup(markup: Markup, text: string, options: Readonly<ParseOptions>): Manuscript {
  options.sink.info('markup', 1, `read as ${NAMES[markup]}`);
  const { meta, blocks, numbers, closing, footnotes } = READERS[markup](text.replace(/\r\n?/g, '\n'), options.sink);
  // Only reStructuredText makes its title a heading; in the others a first heading is a chapter unless it repeats the title.
  const m = sectionBlocks(blocks, meta, { ...options, chapterFile: options.chapterFile === true || markup !== 'rst' }, { lead: readLeadBlocks, keepAtEdge: () => false });
  for (const c of m.chapters) if (c.number === null) c.number = numbers?.get(c.position.start.line) ?? null;
  if (footnotes) placeFootnotes(m, footnotes);
  if (closing) m.notesAfter.push(...closing.map((n) => ({ ...n, place: 'storyEnd' as const })));
  if (closingNoteSection(m, options.sink)) m.diagnostics = options.sink.sorted();
  return m;
}

