import type { DiagnosticSink } from '../../diagnostics.js';
import type { Manuscript, StoryMeta } from '../../model.js';
import { placeFootnotes, type Footnote } from '../html/footnotes.js';
import { parseHtml, trimBreaks } from '../html/parse-html.js';
import { readLeadBlocks } from '../markdown/lead-blocks.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { parseText, type ParseOptions } from '../parse-text.js';
import { matchHeading } from '../rules/headings.js';
import { sectionBlocks } from '../section-blocks.js';
import { readXmlNodes, xmlFault, type XmlElement } from '../xml/xml-tree.js';
import { detectStructured } from './detect-structured.js';
import { odfBody, readOdfText } from './odf-text.js';
import { readWordXml, wordParts } from './word-xml.js';
import { JsonBlocks, type JsonRecord } from './json-blocks.js';
import { outboxText } from './activity-outbox.js';
import { smsBackupText } from './sms-backup.js';
import { altoText } from './alto-ocr.js';
import { freemindText } from './freemind-map.js';
import { leoText } from './leo-outline.js';
import { messengerLogText } from './messenger-log.js';
import { facebookMessagesText } from './facebook-messages.js';
import { isFinalDraft, readFinalDraft } from './final-draft.js';
import { tomboyContent, tomboyText, tomboyTitle } from './tomboy-note.js';
import { emptyMeta } from '../section-blocks.js';
import { readSqlDump } from './sql-dump.js';
import { diaryMonthText } from './diary-month.js';
import type { Markup } from '../markup/detect.js';
import { parseMarkup } from '../markup/parse-markup.js';
import { XmlBlocks } from './xml-blocks.js';
import { FRONT_PAGE_SECTION } from './xml-vocabulary.js';

export { detectStructured } from './detect-structured.js';

interface Read {
  name: string;
  meta: StoryMeta;
  blocks: MdBlock[];
  /** Footnotes the source sets apart (an OpenDocument's `text:note`), each placed after the chapter citing it. */
  footnotes?: Footnote[];
  /** The one plain-text story value the whole source holds (a notes app's backup of a single note), with its title, and the markup it is written in. */
  soleText?: { text: string; title: string | null; line: number; rule?: string; markup?: Markup };
  /** The one HTML value the whole source holds (a single note's ENEX), with the heading its record gives it. */
  soleHtml?: { html: string; title: string | null; line: number };
}

/**
 * A structured source (XML or JSON) to a Manuscript, or null to read the text as plain text: when it is not
 * one, does not parse, or holds no paragraph of story. Its reader gives metadata and blocks with headings by
 * depth, and the sectioning Markdown uses makes chapters (and parts) of them.
 */
export function parseStructured(text: string, options: Readonly<ParseOptions>): Manuscript | null {
  const { sink } = options;
  const kind = detectStructured(text);
  if (kind === null) return null;
  let read: Read | null;
  try {
    read = kind.kind === 'xml' ? readXml(text, sink) : kind.kind === 'sql' ? readSql(text, sink) : kind.kind === 'yaml' ? readDiary(text, sink) : readJson(text, kind.rule === 'json-lines', sink);
  } catch (error) {
    // A document nested past the stack is read as plain text, like one that does not parse.
    if (!(error instanceof RangeError)) throw error;
    sink.warn('structured-nesting', 1, 'elements nest too deeply to read as a structured document; read as plain text');
    return null;
  }
  if (read === null) return null;
  if (read.soleText) return soleTextManuscript(read, options);
  if (!read.blocks.some((b) => b.type === 'paragraph')) {
    sink.info('structured-empty', 1, `read as ${read.name}, it holds no paragraph of story; read as plain text instead`);
    return null;
  }
  if (read.soleHtml) return soleHtmlManuscript(read, options);
  sink.info(kind.rule, 1, `read as ${read.name}: its elements or keys name the title, author, chapters and notes`);
  const prefix = sharedPrefix(read.blocks, sink);
  const blocks = dropFrontPageHeading(read.blocks, sink);
  const m = sectionBlocks(blocks, read.meta, { ...options, chapterFile: true }, { lead: readLeadBlocks, keepAtEdge: () => false });
  if (m.meta.title === null && prefix !== null) m.meta.title = prefix;
  if (read.footnotes) placeFootnotes(m, read.footnotes);
  trimBreaks(m);
  m.diagnostics = sink.sorted();
  return m;
}

function readXml(text: string, sink: DiagnosticSink): Read | null {
  const fault = xmlFault(text);
  if (fault) {
    sink.warn('xml-malformed', fault.line, `looks like XML but is not well-formed (${fault.message}); read as plain text`);
    return null;
  }
  let nodes;
  try {
    nodes = readXmlNodes(text);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    // Well-formed by the validator yet refused by the parser (an entity past its limits): plain text keeps every word.
    sink.warn('xml-malformed', 1, `looks like XML but cannot be read (${(error as Error).message}); read as plain text`);
    return null;
  }
  const root = nodes.find((c): c is XmlElement => typeof c !== 'string');
  if (!root) return null;
  const odf = odfBody(root);
  if (odf !== null) return { name: 'an OpenDocument text', ...readOdfText(root, odf, sink) };
  const word = wordParts(root);
  if (word !== null) return { name: 'a Word XML document', ...readWordXml(word, sink) };
  const note = tomboyContent(root);
  if (note) return { name: 'a Tomboy note', meta: emptyMeta(), blocks: [], soleText: { text: tomboyText(note, sink), title: tomboyTitle(root), line: note.line, rule: 'tomboy-note' } };
  if (isFinalDraft(root)) return { name: 'a Final Draft script', ...readFinalDraft(root, sink) };
  const log = messengerLogText(root, sink);
  if (log !== null) return { name: 'a Messenger history', meta: emptyMeta(), blocks: [], soleText: { text: log, title: null, line: 1, rule: 'xml-messenger-log' } };
  const map = freemindText(root, sink);
  if (map !== null) return { name: 'a FreeMind mind map', meta: emptyMeta(), blocks: [], soleText: { text: map, title: null, line: 1, rule: 'mindmap-outline' } };
  const leo = leoText(root, sink);
  if (leo !== null) return { name: 'a Leo outline', meta: emptyMeta(), blocks: [], soleText: { text: leo, title: null, line: 1, rule: 'leo-outline' } };
  const ocr = altoText(root, sink);
  if (ocr !== null) return { name: 'an ALTO OCR page', meta: emptyMeta(), blocks: [], soleText: { text: ocr, title: null, line: 1, rule: 'xml-alto' } };
  const sms = smsBackupText(root, sink);
  if (sms !== null) return { name: 'an SMS backup', meta: emptyMeta(), blocks: [], soleText: { text: sms, title: null, line: 1, rule: 'structured-sole-text' } };
  const read = new XmlBlocks(root, sink);
  const headings = read.blocks.filter((b) => b.type === 'mdHeading');
  const sole = read.htmls.length === 1 && headings.length <= 1 ? { ...read.htmls[0]!, title: headings[0]?.text ?? null } : undefined;
  return { name: `${read.dialectName} (<${root.name}>)`, meta: read.meta, blocks: read.blocks, ...(sole && { soleHtml: sole }) };
}

/** A note app's checklist item (ENML's `<div><en-todo checked="true"/>Kapitel 1 kürzen</div>`): the writer's to-do, not story. */
const TODO_ITEM = /<(div|p|li)\b[^>]*>\s*<en-todo\b[^>]*\/?>(?:<\/en-todo>)?[\s\S]*?<\/\1>/gi;

/**
 * A source holding one story as one HTML value (an ENEX export of a single note) is that page: the HTML reader
 * reads its own title, by-line, fields and bold headings, under the name the record gives it when the page names
 * none. Lines stay the file's; to-do items are left out.
 */
function soleHtmlManuscript(read: Read, options: Readonly<ParseOptions>): Manuscript {
  const { html, title, line } = read.soleHtml!;
  let todos = 0;
  const page = html.replace(TODO_ITEM, (item) => {
    todos++;
    return item.replace(/[^\n]+/g, '');
  });
  options.sink.info('structured-sole-html', line, `read as ${read.name} holding one page of HTML: read as that page${todos > 0 ? `; ${todos} to-do item${todos > 1 ? 's' : ''} left out` : ''}`);
  const m = parseHtml('\n'.repeat(Math.max(0, line - 1)) + page, options);
  m.meta.title ??= title ?? read.meta.title;
  m.meta.author ??= read.meta.author;
  m.meta.description ??= read.meta.description;
  return m;
}

function readJson(text: string, lines: boolean, sink: DiagnosticSink): Read | null {
  const records: JsonRecord[] = [];
  const add = (value: unknown, line: number): boolean => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    records.push({ value: value as Record<string, unknown>, line });
    return true;
  };
  try {
    if (lines) {
      const all = text.split('\n');
      for (const [k, l] of all.entries()) if (l.trim() !== '' && !add(JSON.parse(l), k + 1)) return null;
    } else {
      const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((v) => add(v, 1))) return null;
    }
  } catch (error) {
    sink.warn('json-malformed', 1, `looks like JSON but does not parse (${(error as Error).message}); read as plain text`);
    return null;
  }
  if (records.length === 0) return null;
  const outbox = records.length === 1 ? outboxText(records[0]!.value, sink) : null;
  if (outbox !== null) return { name: 'an ActivityPub outbox', meta: emptyMeta(), blocks: [], soleText: { text: outbox, title: null, line: 1, rule: 'structured-sole-text' } };
  const chat = records.length === 1 ? facebookMessagesText(records[0]!.value, sink) : null;
  if (chat !== null) return { name: 'a Messenger conversation', meta: emptyMeta(), blocks: [], soleText: { text: chat, title: null, line: 1, rule: 'json-facebook-messages' } };
  const read = new JsonBlocks(records, sink);
  const soleText = read.texts.length === 1 && read.texts[0]!.text.includes('\n') ? read.texts[0] : undefined;
  return { name: lines ? 'JSON Lines' : 'JSON', meta: read.meta, blocks: read.blocks, ...(soleText && { soleText }) };
}

/**
 * A source holding one story as one plain-text value (a notes app's backup: `{"items": [{"content": {"title": …,
 * "text": "…\n\nChapter One: …"}}, {tag}, {settings}]}`) is that text, with its own headings, breaks and notes:
 * the plain-text parser reads it, under the title the record names unless the text opens with it. Lines are the
 * text's own, counted from its first.
 */
function soleTextManuscript(read: Read, options: Readonly<ParseOptions>): Manuscript {
  const { text, title, line, rule, markup } = read.soleText!;
  const opensWithTitle = title !== null && text.trimStart().split('\n', 1)[0]!.trim() === title;
  options.sink.info(rule ?? 'json-sole-text', line, `read as ${read.name} holding one text: its words read as a ${markup ?? 'plain-text'} manuscript${title !== null && !opensWithTitle ? ' under the title its record names' : ''}`);
  const whole = title !== null && !opensWithTitle ? `${title}\n\n${text}` : text;
  const m = markup ? parseMarkup(markup, whole, options) : parseText(whole, options);
  m.meta.title ??= read.meta.title;
  m.meta.author ??= read.meta.author;
  m.meta.description ??= read.meta.description;
  return m;
}

function readDiary(text: string, sink: DiagnosticSink): Read | null {
  const entries = diaryMonthText(text, sink);
  return entries === null ? null : { name: "a diary's month file", meta: emptyMeta(), blocks: [], soleText: { text: entries, title: null, line: 1, rule: 'diary-month', markup: 'txt2tags' } };
}

function readSql(text: string, sink: DiagnosticSink): Read | null {
  const records = readSqlDump(text, sink);
  if (records === null) return null;
  const read = new JsonBlocks(records, sink);
  return { name: 'a database dump (SQL INSERT rows)', meta: read.meta, blocks: read.blocks };
}

/** Where a heading's leading name ends: ` — `, ` - `, ` – `, `: `, `/`. */
const PREFIX_END = /\s+[—–-]\s+|:\s+|\//u;

/**
 * Headings that all open with the same name and a separator (an ENEX notebook's `Marsh Lights — Ch. 1: The
 * Weir`, `Marsh Lights — Ch. 2: Counting`) carry the work's name: cut off, and returned as the title to use
 * when the source names none.
 */
function sharedPrefix(blocks: MdBlock[], sink: DiagnosticSink): string | null {
  const headings = blocks.filter((b) => b.type === 'mdHeading');
  if (headings.length < 2) return null;
  const prefixes = headings.map((h) => {
    const m = PREFIX_END.exec(h.text);
    return m && m.index > 0 && h.text.slice(m.index + m[0].length).trim() !== '' ? h.text.slice(0, m.index) : null;
  });
  const prefix = prefixes[0];
  if (prefix === null || prefix === undefined || prefixes.some((p) => p !== prefix) || matchHeading(prefix) !== null) return null;
  for (const h of headings) {
    const m = PREFIX_END.exec(h.text)!;
    blocks[blocks.indexOf(h)] = { ...h, text: h.text.slice(m.index + m[0].length).trim() };
  }
  sink.info('structured-heading-prefix', headings[0]!.position.start.line, `"${prefix}" opens every section's heading: the work's name, cut off the chapters' headings`);
  return prefix;
}

/** A first section titled as the title page (`front page`): its lines are the header, read under the title, not a chapter. */
function dropFrontPageHeading(blocks: MdBlock[], sink: DiagnosticSink): MdBlock[] {
  const first = blocks[0];
  if (first?.type !== 'mdHeading' || !FRONT_PAGE_SECTION.test(first.text)) return blocks;
  sink.info('structured-front-page', first.position.start.line, `the section "${first.text}" is the title page: read as the header, not a chapter`);
  return blocks.slice(1);
}
