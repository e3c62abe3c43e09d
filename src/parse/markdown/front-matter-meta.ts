import type { RootContent } from 'mdast';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { readYaml, type YamlLimits } from '../../safe-yaml.js';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { StoryMeta } from '../../model.js';
import { languageTag, matchFieldLine, type FieldLine } from '../rules/fields.js';

/** Front matter holds a title and a few tags; anything near these limits is not front matter. */
const FRONT_MATTER_LIMITS: YamlLimits = { maxBytes: 256 * 1024, maxDepth: 16 };

/** Authors among pandoc-style creators: plain names, or `{ role: aut, text: NAME }` entries. */
function creators(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).flatMap((c): string[] => {
    if (typeof c === 'string') return [c.trim()];
    if (c === null || typeof c !== 'object') return [];
    const { role, text: name } = c as { role?: unknown; text?: unknown };
    return typeof name === 'string' && (role === undefined || role === 'aut') ? [name.trim()] : [];
  });
}

const text = (value: unknown): string =>
  Array.isArray(value) ? value.map(text).join(', ') : value === null || value === undefined ? '' : typeof value === 'object' ? Object.values(value).map(text).join(' ') : String(value).trim();

/** Keys of a Markdown manuscript's YAML front matter that fill the story's metadata; the rest become header fields. */
const META: Readonly<Record<string, keyof Pick<StoryMeta, 'title' | 'subtitle' | 'author' | 'description' | 'language' | 'rights'>>> = {
  title: 'title',
  subtitle: 'subtitle',
  author: 'author',
  authors: 'author',
  summary: 'description',
  description: 'description',
  // Jekyll's own summary of a post, shown on its index pages.
  excerpt: 'description',
  language: 'language',
  lang: 'language',
  rights: 'rights',
  license: 'rights',
};

/** Front matter as remark-frontmatter gives it: YAML between `---` fences, or Hugo's TOML between `+++`. */
export interface FrontMatter {
  type: 'yaml' | 'toml';
  value: string;
  position?: { start: { line: number } };
}

export const isFrontMatter = (node: RootContent): node is RootContent & FrontMatter =>
  (node.type === 'yaml' || (node.type as string) === 'toml') && 'value' in node && typeof node.value === 'string';

/** Story metadata from front matter: `title`, `author`, `summary`/`description`, `tags`, `series`, `language`, … */
export function frontMatterMeta(source: string, format: FrontMatter['type'], line: number, sink: DiagnosticSink): StoryMeta {
  const data = format === 'toml' ? readTomlData(source, line, sink) : readYamlData(source, line, sink);
  return metaOfData(data);
}

function readYamlData(yaml: string, line: number, sink: DiagnosticSink): unknown {
  let read = readYaml(yaml, FRONT_MATTER_LIMITS);
  if (!read.ok && read.problem.kind === 'syntax') {
    // Writers often let a quoted value run on to an unindented line; YAML wants that line indented.
    const again = readYaml(yaml.replace(/\n(?=[^\s#][^:\n]*$)/gm, '\n '), FRONT_MATTER_LIMITS);
    if (again.ok) sink.info('md-front-matter', line, 'the YAML front matter has an unindented continuation line; read it as part of the value above');
    else again.problem = read.problem;
    read = again;
  }
  if (!read.ok) {
    // The fence is the line before the YAML's own first line.
    sink.warn('md-front-matter', line + read.problem.line, `the YAML front matter cannot be used (${read.problem.message}); fix it, or the metadata is lost`);
    return null;
  }
  return read.value;
}

/**
 * Hugo's TOML front matter. A date keeps the text it was written as (`2023-09-14T08:00:00+02:00`), as every
 * other field does, not the form a Date object prints.
 */
function readTomlData(toml: string, line: number, sink: DiagnosticSink): unknown {
  if (Buffer.byteLength(toml) > FRONT_MATTER_LIMITS.maxBytes) {
    sink.warn('md-front-matter', line, `the TOML front matter is over ${FRONT_MATTER_LIMITS.maxBytes / 1024} KB; quire leaves it out and the metadata is lost`);
    return null;
  }
  let data: Record<string, unknown>;
  try {
    data = parseToml(toml, { maxDepth: FRONT_MATTER_LIMITS.maxDepth });
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    const message = e.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    sink.warn('md-front-matter', line + e.line, `the TOML front matter cannot be used (${message}); fix it, or the metadata is lost`);
    return null;
  }
  for (const [key, value] of Object.entries(data)) {
    if (!(value instanceof TomlDate)) continue;
    const written = toml.split('\n').map((l) => /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/.exec(l)).find((m) => m?.[1] === key);
    data[key] = written?.[2] ?? value.toISOString();
  }
  return data;
}

/** Story metadata from `Key: value` pairs as a metadata block writes them (MultiMarkdown's), by the same keys as front matter. */
export function fieldsMeta(fields: readonly [string, string][]): StoryMeta {
  return metaOfData(Object.fromEntries(fields));
}

function metaOfData(data: unknown): StoryMeta {
  const meta: StoryMeta = { title: null, subtitle: null, author: null, description: null, fields: {}, language: 'en', status: [], rights: null };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return meta;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key.toLowerCase() === 'status') {
      meta.status.push(...(Array.isArray(value) ? value : [value]).map(text).filter(Boolean));
      if (meta.status.length > 0) meta.fields[key] = meta.status.join(', ');
      continue;
    }
    // Pandoc's EPUB metadata: `creator: [{ role: aut, text: NAME }]`.
    if (/^(?:dc:)?creators?$/i.test(key) && meta.author === null) {
      const authors = creators(value);
      if (authors.length > 0) meta.author = authors.join(', ');
    }
    const v = text(value);
    if (v === '') continue;
    const target = META[key.toLowerCase()];
    if (target) meta[target] = v;
    // Every key is also kept as a field, as written, as plain-text headers keep `Title:` and `Author:`.
    meta.fields[key.charAt(0).toUpperCase() + key.slice(1)] = v;
  }
  return meta;
}

/**
 * A block of `Key: value` lines under the title (Notion page properties,
 * Bear and Google Docs headers): at least two lines, every one a field and
 * at least one a key the header tables know. Known keys fill the metadata
 * that is still empty; all are kept as fields. Returns whether it was one.
 */
export function readPropertyBlock(text: string, meta: StoryMeta): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const fields = lines.map(matchFieldLine);
  if (lines.length < 2 || fields.some((f) => f === null || f.value === '') || !fields.some((f) => f?.known)) return false;
  for (const f of fields as FieldLine[]) {
    meta.fields[f.key] = f.value;
    const key = f.meta;
    if (key === 'language') meta.language = languageTag(f.value) ?? meta.language;
    else if (key !== null && meta[key] === null) meta[key] = f.value;
  }
  return true;
}
