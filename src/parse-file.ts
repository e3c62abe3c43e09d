import { readFile, stat } from 'node:fs/promises';
import { DiagnosticSink } from './diagnostics.js';
import type { Manuscript } from './model.js';
import { parseText, type ParseOptions } from './parse/index.js';
import { settleLanguage } from './parse/language/story-language.js';
import { applyStart, type StructureLevers } from './parse/levers.js';
import { detectMarkup } from './parse/markup/detect.js';
import { parseMarkup } from './parse/markup/parse-markup.js';
import { parseDirectory } from './parse/markdown/parse-directory.js';
import { isChatExport } from './parse/chat-export.js';
import { detectStructured } from './parse/structured/detect-structured.js';
import { emailText, isEmail } from './parse/email.js';
import { gemtextText, isGemtext } from './parse/gemtext.js';
import { isTaggedText, taggedText } from './parse/tagged-text.js';
import { isProofingText, proofingText } from './parse/proofing-text.js';
import { isKindleClippings, kindleClippingsText } from './parse/kindle-clippings.js';
import { isSubtitles, subtitleText } from './parse/subtitles.js';
import { isLyrics, lyricsText } from './parse/lyrics.js';
import { isPidginHtmlLog, pidginLogText } from './parse/pidgin-log.js';
import { isWebArchive, webArchivePage } from './parse/web-archive.js';
import { icalendarText, isICalendar } from './parse/icalendar.js';
import { enrichedText, isEnrichedText } from './parse/enriched-text.js';
import { describeFsError, readSource, sourceFromBytes, type Source } from './read/read-source.js';
import { InputError } from './errors.js';

/** How a manuscript file is read, by its name. */
export type ManuscriptKind = 'text' | 'markdown' | 'html' | 'epub' | 'fb2';

const KINDS: readonly [RegExp, ManuscriptKind][] = [
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.(html?|xhtml|mht|mhtml)$/i, 'html'],
  [/\.epub$/i, 'epub'],
  [/\.fb2(?:\.zip)?$/i, 'fb2'],
];

export const manuscriptKind = (file: string): ManuscriptKind => KINDS.find(([re]) => re.test(file))?.[1] ?? 'text';

/** How a source is read: by its name, but a page a browser saved as one file is its HTML whatever it is called. */
const sourceKind = (source: Source): ManuscriptKind | 'webArchive' => {
  const kind = manuscriptKind(source.file);
  return (kind === 'text' || kind === 'html') && isWebArchive(source.text) ? 'webArchive' : kind;
};

/** The page a browser saved as one file, read as its HTML part; or as text when it holds none. */
function parseWebArchive(source: Source, text: string, parsers: TextParsers, chapterFile: boolean): Manuscript {
  const page = webArchivePage(text);
  if (page === null) {
    source.sink.warn('web-archive-no-page', 1, 'a saved web page (MHTML) with no HTML part: read as plain text; save the page again as "Webpage, Complete" or as HTML');
    return parseText(text, parseOptions(source, chapterFile));
  }
  source.sink.info('web-archive', page.line, "a web page saved as one file (MHTML): its HTML part read as the page, the style sheets and pictures left out");
  // (Blank lines before the page keep its first lines near their places in the file.)
  return parsers.html('\n'.repeat(page.line - 1) + page.html, parseOptions(source, chapterFile));
}

export const isMarkdown = (file: string): boolean => manuscriptKind(file) === 'markdown';

/**
 * Names of manuscripts a folder or glob in quire.yaml takes in: every kind quire reads (the lightweight markups
 * and structured exports are read as text, see parse/markup/detect.ts and parse/structured/). Plain `.xml` and
 * `.json` are not taken from a folder, where they are as often a tool's data as a story; named, they are read.
 */
export const MANUSCRIPT_FILE = /\.(txt|md|markdown|html?|xhtml|epub|fb2|fb2\.zip|org|adoc|asciidoc|rst|tex|bbcode|ms|mom|roff|jsonl|opml|enex|gmi|gemini)$/i;

export function parseOptions(source: Source, chapterFile = false): ParseOptions {
  return { file: source.file, encoding: source.encoding, sink: source.sink, chapterFile };
}

/** The parsers of text-based kinds; Markdown's and HTML's load their libraries only when such a file is read. */
export interface TextParsers {
  markdown: (text: string, options: ParseOptions) => Manuscript;
  html: (text: string, options: ParseOptions) => Manuscript;
  /** XML and JSON sources (parse/structured): null when the text is not one after all, and it is read as text. */
  structured: (text: string, options: ParseOptions) => Manuscript | null;
}

/** Text, Markdown or HTML from its source, with the user's structure levers applied (see parse/levers.ts). */
export function parseSourceSync(source: Source, levers: Readonly<StructureLevers>, parsers: TextParsers, chapterFile = false): Manuscript {
  const text = applyStart(source.text, levers, source.sink);
  return settleLanguage(parseKind(source, text, levers, parsers, chapterFile));
}

/** What a reader makes of a source: the text the plain-text parser reads, and fields the source states outside it. */
type ReadText = string | { text: string; fields: Record<string, string> };

/** Sources whose text a reader rewrites before the plain-text parser reads it: a test, and the rewrite. */
const TEXT_READERS: readonly [(text: string) => boolean, (text: string, sink: DiagnosticSink) => ReadText][] = [
  [isEmail, emailText],
  [isProofingText, proofingText],
  [isSubtitles, subtitleText],
  [isLyrics, lyricsText],
  [isKindleClippings, kindleClippingsText],
  [isICalendar, icalendarText],
  [isEnrichedText, enrichedText],
];

function parseKind(source: Source, text: string, levers: Readonly<StructureLevers>, parsers: TextParsers, chapterFile: boolean): Manuscript {
  switch (sourceKind(source)) {
    case 'markdown':
      // A chat app's log written as Markdown (signal-export's `chat.md`) is a chat export: one message a line.
      if (isChatExport(text)) return parseText(text, { ...parseOptions(source, chapterFile), levers });
      return parsers.markdown(text, parseOptions(source, chapterFile));
    case 'html':
      // A chat app's log kept as HTML (Pidgin's) is a chat export too.
      if (isPidginHtmlLog(text)) return parseText(pidginLogText(text, source.sink), { ...parseOptions(source, chapterFile), levers });
      return parsers.html(text, parseOptions(source, chapterFile));
    case 'webArchive':
      return parseWebArchive(source, text, parsers, chapterFile);
    default: {
      const structured = parsers.structured(text, parseOptions(source, chapterFile));
      if (structured !== null) return structured;
      // A mail, a proofreaders' text, a subtitle or lyrics file or a Kindle's clippings file is read as the plain text it holds.
      // Gemtext is read as plain text with its headings marked.
      if (isGemtext(source.file, text)) {
        const gem = gemtextText(text, source.sink);
        return parseText(gem.text, { ...parseOptions(source, chapterFile), levers, markedHeadings: gem.headings });
      }
      // A typesetter's tagged text too, its heading styles marked.
      if (isTaggedText(text)) {
        const tagged = taggedText(text, source.sink);
        return parseText(tagged.text, { ...parseOptions(source, chapterFile), levers, markedHeadings: tagged.headings });
      }
      const reader = TEXT_READERS.find(([holds]) => holds(text));
      if (reader) {
        const read = reader[1](text, source.sink);
        if (typeof read === 'string') return parseText(read, { ...parseOptions(source, chapterFile), levers });
        const manuscript = parseText(read.text, { ...parseOptions(source, chapterFile), levers });
        return { ...manuscript, meta: { ...manuscript.meta, fields: { ...read.fields, ...manuscript.meta.fields } } };
      }
      const markup = detectMarkup(source.file, text);
      if (markup !== null) return parseMarkup(markup, text, parseOptions(source, chapterFile));
      return parseText(text, { ...parseOptions(source, chapterFile), levers });
    }
  }
}

/** Markdown's parser (unified and remark, ~40 ms to load), HTML's (rehype) and the structured sources' (rehype too) are imported only when such a file is read. */
async function parseSource(source: Source, chapterFile = false, levers: Readonly<StructureLevers> = {}): Promise<Manuscript> {
  const kind = sourceKind(source);
  const parsers: TextParsers = {
    markdown: kind === 'markdown' ? (await import('./parse/markdown/parse-markdown.js')).parseMarkdown : unreachable,
    html: kind === 'html' || kind === 'webArchive' ? (await import('./parse/html/parse-html.js')).parseHtml : unreachable,
    structured: kind === 'text' && detectStructured(source.text) !== null ? (await import('./parse/structured/parse-structured.js')).parseStructured : () => null,
  };
  return parseSourceSync(source, levers, parsers, chapterFile);
}

function unreachable(): never {
  throw new Error('parser not loaded for this kind of file');
}

/**
 * Reads and parses one manuscript file (`.txt`, `.md` with YAML front
 * matter, `.html`, `.epub`), or a folder of Markdown chapters as one book.
 * Throws `InputError` when it cannot be read.
 */
export async function parseFile(file: string, levers: Readonly<StructureLevers> = {}): Promise<Manuscript> {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return settleLanguage(await parseDirectory(file, async (f) => parseSource(await readSource(f), true), new DiagnosticSink(file)));
  if (manuscriptKind(file) === 'epub') {
    const bytes = await readFile(file).catch((error: unknown) => {
      throw new InputError(file, describeFsError(error));
    });
    return settleLanguage((await import('./parse/epub/parse-epub.js')).parseEpub(bytes, file));
  }
  // Read as bytes first: an FB2 is known by its root element whatever its name, and decoded as its XML declaration says.
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new InputError(file, describeFsError(error));
  });
  const { isFb2 } = await import('./parse/fb2/fb2-bytes.js');
  if (isFb2(bytes, file)) return settleLanguage((await import('./parse/fb2/parse-fb2.js')).parseFb2(bytes, file));
  return parseSource(sourceFromBytes(file, bytes), false, levers);
}
