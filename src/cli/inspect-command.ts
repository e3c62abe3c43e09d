import { existsSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import type { StructureLevers } from '../parse/levers.js';
import { formatOutline } from '../inspect/format-outline.js';
import { outline, type ManuscriptOutline } from '../inspect/outline.js';
import type { Manuscript } from '../model.js';
import { parseFile } from '../parse-file.js';
import type { Io } from './io.js';

export interface InspectOptions {
  json: boolean;
  /** With no files: the config whose stories to inspect. */
  config?: string | null;
}

/** The stories a config names, each with the structure levers its entry gives. */
async function configStories(file: string): Promise<{ file: string; levers: StructureLevers }[]> {
  if (!existsSync(file)) throw new UsageError(`no manuscripts named and no ${file} here; name the files to inspect (\`quire inspect story.txt\`)`);
  const [{ loadConfig }, { configBooks }] = await Promise.all([import('../config/load-config.js'), import('../config/config-books.js')]);
  const seen = new Map<string, StructureLevers>();
  for (const book of await configBooks(await loadConfig(file), file)) for (const f of book.inputs) if (!seen.has(f) || book.overrides?.[f]?.structure) seen.set(f, book.overrides?.[f]?.structure ?? seen.get(f) ?? {});
  return [...seen].map(([f, levers]) => ({ file: f, levers }));
}

/** `quire inspect FILE…`: outline and diagnostics per file; exit 1 if any file could not be read. */
export async function inspectCommand(files: readonly string[], options: Readonly<InspectOptions>, io: Io): Promise<number> {
  const parsed: Manuscript[] = [];
  let failed = 0;
  if (files.length === 0 && !options.config) throw new UsageError('name the files to inspect (`quire inspect story.txt`), or a config whose stories to inspect (`quire inspect -c quire.yaml`)');
  const stories = files.length > 0 ? files.map((file) => ({ file, levers: {} })) : await configStories(options.config!);
  for (const { file, levers } of stories) {
    try {
      parsed.push(await parseFile(file, levers));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`quire: ${error.message}\n`);
      failed++;
    }
  }
  if (options.json) {
    const outlines: ManuscriptOutline[] = parsed.map(outline);
    const value = stories.length === 1 ? (outlines[0] ?? null) : outlines;
    if (value !== null) io.out(`${JSON.stringify(value, null, 2)}\n`);
  } else {
    io.out(parsed.map(formatOutline).join('\n\n') + (parsed.length ? '\n' : ''));
  }
  return failed > 0 ? 1 : 0;
}
