import type { DiagnosticSink } from '../../diagnostics.js';
import type { JsonRecord } from './json-blocks.js';
import { jsonRole } from './json-vocabulary.js';

/**
 * A database dump of a fiction archive (mysqldump, phpMyAdmin: eFiction, a forum's or a CMS's tables): the
 * story is in the rows of its `INSERT INTO` statements. The tables are told by their names (a table of
 * stories, one of chapters, one of authors), the columns by the same words a JSON dump's keys use
 * (json-vocabulary.ts), and the rows are joined by their id columns into one JSON-like record: the work's
 * fields, its author by id, its chapters in their order.
 */

type Value = string | number | null;
interface Table {
  name: string;
  columns: string[];
  rows: { values: Value[]; line: number }[];
}

const INSERT = /INSERT\s+(?:IGNORE\s+)?INTO\s+[`"]?([\w$]+)[`"]?\s*(?:\(([^)]*)\))?\s*VALUES\s*/giy;
/** Tables by what they hold, read from their names without a prefix (`fanfiction_stories`, `wp_users`). */
const WORKS = /(?:^|_)(?:stor(?:y|ies)|works?|fics?|fanfics?|books?|novels?)$/i;
const CHAPTERS = /(?:^|_)(?:chapters?|chaps?|episodes?)$/i;
const PEOPLE = /(?:^|_)(?:authors?|users?|members?|writers?)$/i;
/** A chapter's place in its work. */
const ORDER = /^(?:inorder|order|ordering|position|sort(?:order)?|seq(?:uence)?|chapter_?(?:number|num|no)|number|num)$/i;

/** The dump's text as a signature: its tool's header, or a `CREATE TABLE` and an `INSERT INTO`. */
export function looksLikeSqlDump(head: string): boolean {
  return /^-- (?:MySQL dump|phpMyAdmin SQL Dump|PostgreSQL database dump)/m.test(head) || (/^CREATE TABLE\b/im.test(head) && /^INSERT INTO\b/im.test(head));
}

/** Every `INSERT` statement's rows, by table; column names from the statement or the table's `CREATE TABLE`. */
function readTables(text: string): Map<string, Table> {
  const tables = new Map<string, Table>();
  for (const m of text.matchAll(/CREATE TABLE\s+(?:IF NOT EXISTS\s+)?[`"]?([\w$]+)[`"]?\s*\(([\s\S]*?)\n\)/gi)) {
    const columns = [...m[2]!.matchAll(/^\s*[`"]([\w$]+)[`"]/gm)].map((c) => c[1]!);
    tables.set(m[1]!, { name: m[1]!, columns, rows: [] });
  }
  const lineAt = lineIndex(text);
  for (let start = text.search(/INSERT\s+(?:IGNORE\s+)?INTO\b/i); start >= 0; ) {
    INSERT.lastIndex = start;
    const m = INSERT.exec(text);
    if (!m) break;
    const table = tables.get(m[1]!) ?? { name: m[1]!, columns: [], rows: [] };
    tables.set(table.name, table);
    if (m[2]) table.columns = m[2].split(',').map((c) => c.trim().replace(/^[`"]|[`"]$/g, ''));
    let i = INSERT.lastIndex;
    // Tuples until the statement's `;`.
    while (i < text.length && text[i] === '(') {
      const row = readTuple(text, i);
      if (!row) return tables;
      table.rows.push({ values: row.values, line: lineAt(i) });
      i = row.end;
      while (/[\s,]/.test(text[i] ?? '')) i++;
    }
    const next = text.slice(i).search(/INSERT\s+(?:IGNORE\s+)?INTO\b/i);
    start = next < 0 ? -1 : i + next;
  }
  return tables;
}

/** The values of one `( … )` tuple: quoted strings with MySQL's backslash escapes, numbers, NULL. */
function readTuple(text: string, from: number): { values: Value[]; end: number } | null {
  const values: Value[] = [];
  let i = from + 1;
  const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '0': '', Z: '', b: '' };
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i++;
    const c = text[i];
    if (c === "'" || c === '"') {
      let s = '';
      for (i++; i < text.length; i++) {
        const d = text[i]!;
        if (d === '\\') s += ESCAPES[text[++i]!] ?? text[i]!;
        else if (d === c && text[i + 1] === c) s += text[i++]!;
        else if (d === c) break;
        else s += d;
      }
      i++;
      values.push(s);
    } else {
      const raw = /^[^,)]*/.exec(text.slice(i, i + 64))![0];
      i += raw.length;
      const t = raw.trim();
      values.push(/^null$/i.test(t) ? null : /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : t);
    }
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r') i++;
    if (text[i] === ',') i++;
    else if (text[i] === ')') return { values, end: i + 1 };
    else return null;
  }
  return null;
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const recordOf = (table: Table, values: Value[]): Record<string, Value> => Object.fromEntries(table.columns.map((c, k) => [c, values[k] ?? null]));

/**
 * The dump's story as one record for the JSON reader: the first work that has chapters (or the first work),
 * its author looked up by the id column it shares with a table of people, its chapters by the work's id in
 * their order. Null when the dump holds no table of works or chapters.
 */
export function readSqlDump(text: string, sink: DiagnosticSink): JsonRecord[] | null {
  const tables = [...readTables(text).values()].filter((t) => t.rows.length > 0 && t.columns.length > 0);
  const works = tables.find((t) => WORKS.test(t.name));
  const chapters = tables.find((t) => CHAPTERS.test(t.name));
  const people = tables.find((t) => PEOPLE.test(t.name));
  if (!works && !chapters) return null;
  const workKey = works?.columns[0];
  const chaptersOf = (id: Value): Table['rows'] => (chapters && workKey && chapters.columns.includes(workKey) ? chapters.rows.filter((r) => r.values[chapters.columns.indexOf(workKey)] === id) : chapters?.rows ?? []);
  const work = works?.rows.find((r) => chaptersOf(r.values[0]!).length > 0) ?? works?.rows[0];
  const record: Record<string, unknown> = work ? recordOf(works!, work.values) : {};
  // The author by id: the column the work shares with the first column of the table of people.
  if (people && work) {
    const key = people.columns[0]!;
    const id = record[key];
    const person = people.rows.find((r) => r.values[0] === id);
    const name = person ? people.columns.findIndex((c) => jsonRole(c) === 'author') : -1;
    if (person && name >= 0) {
      delete record[key];
      record.author = person.values[name];
      sink.info('sql-author', person.line, `the author named by id ${String(id)} in the table ${people.name}`);
    }
  }
  if (chapters) {
    const rows = [...chaptersOf(work?.values[0] ?? null)];
    const order = chapters.columns.findIndex((c) => ORDER.test(c));
    if (order >= 0) rows.sort((a, b) => Number(a.values[order]) - Number(b.values[order]));
    record.chapters = rows.map((r) => recordOf(chapters, r.values));
  }
  sink.info('sql-dump', work?.line ?? 1, `a database dump: the story from the rows of ${[works, chapters, people].filter(Boolean).map((t) => t!.name).join(', ')}`);
  return [{ value: record, line: work?.line ?? chapters!.rows[0]!.line }];
}
