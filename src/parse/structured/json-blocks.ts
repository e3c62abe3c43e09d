import type { DiagnosticSink } from '../../diagnostics.js';
import type { Note, Paragraph, StoryMeta } from '../../model.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { at } from '../markup/markup-blocks.js';
import { emptyMeta } from '../section-blocks.js';
import { htmlBlocks, looksLikeHtml, plainBlocks } from './embedded-text.js';
import { jsonRole } from './json-vocabulary.js';

/** One JSON object of the source, with the line it starts on. */
export interface JsonRecord {
  value: Record<string, unknown>;
  line: number;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const words = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : null);

/**
 * JSON story records to blocks and metadata: each record is a chapter (a JSON Lines file, one object a line), or
 * one record holds the work's fields and a list of chapter objects. What each key means comes from the
 * vocabulary (json-vocabulary.ts); the work's title and author may repeat on every chapter.
 */
export class JsonBlocks {
  readonly meta: StoryMeta = emptyMeta();
  readonly blocks: MdBlock[] = [];
  /** Every plain-text (not HTML) story value read, with its record's title and line: one alone may be a whole manuscript. */
  readonly texts: { text: string; title: string | null; line: number }[] = [];
  private data = { count: 0, line: 0 };

  constructor(records: readonly JsonRecord[], private readonly sink: DiagnosticSink) {
    const nested = records.length === 1 ? Object.entries(records[0]!.value).find(([k, v]) => jsonRole(k) === 'chapters' && Array.isArray(v) && v.some(isObject)) : undefined;
    if (nested) {
      const work = records[0]!;
      const notes = this.workFields(work.value, work.line, true);
      this.blocks.push(...notes.before);
      for (const c of (nested[1] as unknown[]).filter(isObject)) this.chapter(c, work.line, true);
      this.blocks.push(...notes.after);
    } else {
      for (const r of records) this.chapter(r.value, r.line, records.length > 1);
    }
    if (this.data.count > 0) sink.info('json-data', this.data.line, `left out ${this.data.count} data field${this.data.count === 1 ? '' : 's'} (identifiers, dates, links, counts): not story text`);
  }

  /** The work's own fields; `title` is the work's when it has chapters below. */
  private workFields(o: Record<string, unknown>, line: number, hasChapters: boolean): { before: Note[]; after: Note[] } {
    const notes = { before: [] as Note[], after: [] as Note[] };
    for (const [k, v] of Object.entries(o)) {
      const role = jsonRole(k);
      // The work's own notes (`storynotes`) stand before its first chapter, or after its last.
      const note = role === 'noteBefore' || role === 'noteAfter' ? this.note(v, line) : null;
      if (note) notes[role === 'noteAfter' ? 'after' : 'before'].push(note);
      else if (role === 'workTitle' || (role === 'title' && hasChapters)) this.meta.title ??= words(v);
      else if (role === 'author') this.meta.author ??= authorOf(v);
      else if (role === 'description') this.meta.description ??= words(v);
      else if (role === null && words(v) !== null) this.noteData(line);
    }
    return notes;
  }

  private chapter(o: Record<string, unknown>, line: number, many: boolean): void {
    let heading: string | null = null;
    const before: MdBlock[] = [];
    const body: MdBlock[] = [];
    const after: MdBlock[] = [];
    let plain: string | null = null;
    let named: string | null = null;
    for (const [k, v] of Object.entries(fieldsOf(o))) {
      const role = jsonRole(k);
      if (role === 'content' && typeof v === 'string' && !looksLikeHtml(v) && words(v) !== null) plain = v;
      if (role === 'title' || role === 'workTitle') named ??= words(v);
      if (role === 'title' && many) heading ??= words(v);
      else if (role === 'title' || role === 'workTitle') this.meta.title ??= words(v);
      else if (role === 'author') this.meta.author ??= authorOf(v);
      else if (role === 'description') this.meta.description ??= words(v);
      else if (role === 'content') body.push(...this.content(v, line));
      else if (role === 'noteBefore' || role === 'noteAfter') {
        const note = this.note(v, line);
        if (note) (role === 'noteBefore' ? before : after).push(note);
      } else if (role === null && words(v) !== null) this.noteData(line);
    }
    if (plain !== null) this.texts.push({ text: plain, title: named, line });
    if (heading !== null && body.length > 0) this.blocks.push({ type: 'mdHeading', depth: 1, text: heading, position: at(line) });
    this.blocks.push(...before, ...body, ...after);
  }

  /** A chapter's text: paragraphs in a list, or one string of HTML or of plain text. */
  private content(v: unknown, line: number): MdBlock[] {
    const parts = Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string') : typeof v === 'string' ? [v] : [];
    const html = parts.some(looksLikeHtml);
    if (html) return htmlBlocks(parts.join('\n'), line, this.sink);
    return parts.flatMap((p) => plainBlocks(p, line, this.sink));
  }

  /** An author's note field: its words as one note, whatever label they carry. */
  private note(v: unknown, line: number): Note | null {
    const blocks = this.content(v, line);
    const paragraphs = blocks.flatMap((b): Paragraph[] => (b.type === 'paragraph' ? [b] : b.type === 'note' ? b.children : []));
    if (paragraphs.length === 0) return null;
    const labelled = blocks.find((b): b is Note => b.type === 'note');
    this.sink.info('json-note', line, "an author's note field read as the chapter's note");
    return { type: 'note', label: labelled?.label ?? "Author's Note", place: 'inline', children: paragraphs, position: at(line) };
  }

  private noteData(line: number): void {
    if (this.data.count++ === 0) this.data.line = line;
  }
}

/**
 * A record's fields, with those of a `content` object lifted beside them: note apps wrap a note's own fields in
 * one (Standard Notes' `{"uuid": …, "content": {"title": …, "text": …}}`), beside the item's ids and dates.
 */
function fieldsOf(o: Record<string, unknown>): Record<string, unknown> {
  const wrapped = Object.entries(o).find(([k, v]) => jsonRole(k) === 'content' && isObject(v));
  if (wrapped === undefined) return o;
  const rest = Object.fromEntries(Object.entries(o).filter(([k]) => k !== wrapped[0]));
  return { ...rest, ...(wrapped[1] as Record<string, unknown>) };
}

/** An author as a name, or as an object holding one (`{"name": "…", "url": "…"}`). */
function authorOf(v: unknown): string | null {
  if (isObject(v)) return words(v.name ?? v.username ?? v.penname ?? null);
  return words(v);
}
