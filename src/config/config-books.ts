import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { BookSpec } from '../build/build.js';
import { mergeSections, type Sections } from '../build/renderer-options.js';
import { ConfigError, configLine } from './load-config.js';
import type { StoryOverrides } from '../bind/overrides.js';
import type { BookConfig, Config, StructureConfig } from './schema.js';
import type { StructureLevers } from '../parse/levers.js';
import type { PrintSettings } from '../print/print-options.js';
import { MANUSCRIPT_FILE as MANUSCRIPT } from '../parse-file.js';


/** Paths as a person typed them: relative to where quire runs, when inside it. */
function display(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

/** A story entry to files: a glob or a folder gives its manuscripts (every kind quire reads) sorted by name. */
async function expand(entry: string, base: string, configFile: string): Promise<string[]> {
  if (isDynamicPattern(entry)) {
    const files = (await glob(entry, { cwd: base, absolute: true, onlyFiles: true })).filter((f) => MANUSCRIPT.test(f)).sort();
    if (files.length === 0) throw new ConfigError(`${configFile}: "${entry}" matches no manuscripts (.txt, .md, .html, .epub)`);
    return files;
  }
  const path = resolve(base, entry);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const files = (await glob('*', { cwd: path, absolute: true, onlyFiles: true })).filter((f) => MANUSCRIPT.test(f)).sort();
    if (files.length === 0) throw new ConfigError(`${configFile}: the folder "${entry}" holds no manuscripts (.txt, .md, .html, .epub)`);
    return files;
  }
  // A missing file is reported by the build like any other unreadable input, with the others still built.
  return [path];
}

/** quire.yaml's `structure:` as the parser takes it: patterns compiled (already checked by the schema). */
function levers(s: StructureConfig): StructureLevers {
  return {
    ...(s.start !== undefined ? { start: s.start } : {}),
    ...(s.headings !== undefined ? { headings: new RegExp(s.headings, 'u') } : {}),
    ...(s['not-headings'] !== undefined ? { notHeadings: s['not-headings'] } : {}),
    ...(s.breaks !== undefined ? { breaks: new RegExp(s.breaks, 'u') } : {}),
    ...(s['note-labels'] !== undefined ? { noteLabels: s['note-labels'] } : {}),
    ...(s['not-notes'] !== undefined ? { notNotes: s['not-notes'] } : {}),
  };
}

/** Only the keys that were given: `undefined` never overrides anything. */
function storyOverrides(o: { [K in keyof StoryOverrides]?: StoryOverrides[K] | undefined }): StoryOverrides | null {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as StoryOverrides) : null;
}

async function bookSpec(book: BookConfig, base: string, configFile: string, index: number, coverLine: (index: number) => number, top: Sections | undefined): Promise<BookSpec> {
  // Renderers' sections: the book's keys over the top level's.
  const sections = top || book.sections ? mergeSections(top, book.sections) : null;
  const inputs: string[] = [];
  const overrides: Record<string, StoryOverrides> = {};
  for (const { file, structure, ...rest } of book.stories) {
    for (const f of await expand(file, base, configFile)) {
      const path = display(f);
      inputs.push(path);
      const o = storyOverrides({ ...rest, structure: structure ? levers(structure) : undefined });
      if (o) overrides[path] = o;
    }
  }
  const anthology = inputs.length > 1;
  if (anthology && !book.title) throw new ConfigError(`${configFile}: books.${index} has ${inputs.length} stories and no title; give the anthology a title`);
  if (!anthology) {
    // A one-story book: its title, author and so on correct the story's own.
    const o = storyOverrides({ title: book.title, subtitle: book.subtitle, author: book.author, description: book.description, language: book.language });
    if (o) overrides[inputs[0]!] = { ...o, ...overrides[inputs[0]!] };
  }
  return {
    inputs,
    anthology: anthology ? (book.title ?? null) : null,
    overrides,
    ...(anthology ? { meta: { subtitle: book.subtitle ?? null, language: book.language ?? null, description: book.description ?? null } } : {}),
    ...(book.editor ? { editor: book.editor } : {}),
    ...(book.formats ? { formats: book.formats } : {}),
    ...(book.notes ? { notes: book.notes } : {}),
    ...(book['page-size'] ? { pageSize: book['page-size'] } : {}),
    ...(sections ? { options: sections } : {}),
    ...printSettings(book),
    ...(book.cover ? { cover: display(resolve(base, book.cover)), coverSource: `${configFile}:${coverLine(index)}` } : {}),
    ...(book.series ? { series: { name: book.series, position: book['series-index'] ?? null } } : {}),
  };
}

/** The book's print keys as build settings, only those given. */
function printSettings(book: BookConfig): { print?: PrintSettings } {
  const given = Object.entries({
    impose: book.impose,
    sheet: book.sheet,
    signature: book.signature,
    duplex: book.duplex,
    flyleaves: book.flyleaves,
    creep: book.creep,
    calibration: book.calibration,
    bleed: book.bleed,
    cropMarks: book['crop-marks'],
    paper: book.paper,
  }).filter(([, v]) => v !== undefined);
  return given.length > 0 ? { print: Object.fromEntries(given) as PrintSettings } : {};
}

/** The books a config describes, with paths resolved against the config's folder. */
export async function configBooks(config: Config, configFile: string): Promise<BookSpec[]> {
  const base = dirname(resolve(configFile));
  const coverLine = (i: number): number => configLine(config, ['books', i, 'cover']);
  return Promise.all(config.books.map((b, i) => bookSpec(b, base, configFile, i, coverLine, config.sections)));
}

export function configOut(config: Config, configFile: string): string | null {
  return config.out ? display(join(dirname(resolve(configFile)), config.out)) : null;
}
