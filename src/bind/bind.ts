import type { Book, BookMeta, Series } from '../book.js';
import type { Diagnostic, Manuscript } from '../model.js';
import { fileStem, storyDescription, storySeries, storySubjects } from './story-meta.js';

export interface BindOptions {
  /** Binds the stories as an anthology under this title; without it there must be exactly one story. */
  anthology?: string | null;
  editor?: string | null;
  series?: Series | null;
  /** Book metadata that replaces what is merged from the stories. */
  meta?: { subtitle?: string | null; language?: string | null; description?: string | null };
}

export interface Bound {
  book: Book;
  diagnostics: Diagnostic[];
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** Gives an untitled story its file name as title, and says so. */
function titled(m: Manuscript, diagnostics: Diagnostic[]): Manuscript {
  if (m.meta.title) return m;
  const title = fileStem(m.file);
  diagnostics.push({
    severity: 'warning',
    ruleId: 'bind-title-from-file',
    reason: `no title found; the book uses the file name "${title}". Put the title on the first line, or set it in quire.yaml`,
    file: m.file,
    line: 1,
    column: 1,
  });
  return { ...m, meta: { ...m.meta, title } };
}

function storyBook(m: Manuscript, options: Readonly<BindOptions>): BookMeta {
  return {
    kind: 'story',
    title: m.meta.title ?? fileStem(m.file),
    subtitle: m.meta.subtitle,
    authors: m.meta.author ? [m.meta.author] : [],
    editor: options.editor ?? null,
    language: m.meta.language,
    description: storyDescription(m),
    subjects: storySubjects(m),
    series: options.series ?? storySeries(m),
    rights: m.meta.rights,
  };
}

function anthologyBook(title: string, stories: readonly Manuscript[], options: Readonly<BindOptions>): BookMeta {
  const entries = stories.map((m) => `“${m.meta.title}”${m.meta.author ? ` by ${m.meta.author}` : ''}`);
  const rights = unique(stories.map((m) => m.meta.rights ?? ''));
  return {
    kind: 'anthology',
    title,
    subtitle: null,
    authors: unique(stories.flatMap((m) => (m.meta.author ? [m.meta.author] : []))),
    editor: options.editor ?? null,
    language: stories[0]?.meta.language ?? 'en',
    description: `An anthology of ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}: ${entries.join('; ')}.`,
    subjects: unique(stories.flatMap(storySubjects)),
    series: options.series ?? null,
    rights: rights.length === 1 && rights[0] !== '' ? rights[0]! : null,
  };
}

/**
 * Binds parsed stories into a book: one story on its own, or several as an
 * anthology. Book metadata is merged from the stories; nothing is read from
 * disk or the clock.
 */
export function bind(stories: readonly Manuscript[], options: Readonly<BindOptions> = {}): Bound {
  const diagnostics: Diagnostic[] = [];
  const named = stories.map((m) => titled(m, diagnostics));
  if (options.anthology != null) {
    const meta = anthologyBook(options.anthology, named, options);
    const given = options.meta ?? {};
    if (given.subtitle) meta.subtitle = given.subtitle;
    if (given.language) meta.language = given.language;
    if (given.description) meta.description = given.description;
    return { book: { type: 'book', meta, stories: named }, diagnostics };
  }
  const [only] = named;
  if (only === undefined || named.length > 1) throw new TypeError(`\`bind\` needs exactly one story without \`anthology\`; got ${named.length}`);
  return { book: { type: 'book', meta: storyBook(only, options), stories: named }, diagnostics };
}
