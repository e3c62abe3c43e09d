import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { clashWith, protectedPaths } from '../build/protected-paths.js';
import { parseFile } from '../parse-file.js';
import { Templates } from '../render/templates.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';

/** A YAML scalar that survives any title: double-quoted, with `"` and `\` escaped. */
const yamlString = (text: string): string => JSON.stringify(text);

/** `quire init [DIR]`: a commented quire.yaml with one book per manuscript found, and what quire read in each. */
export async function initCommand(dir: string, options: { force?: boolean }, io: Io): Promise<number> {
  const target = join(dir, 'quire.yaml');
  if (existsSync(target) && options.force !== true) throw new UsageError(`${target} already exists; edit it, or pass --force to replace it`);
  const files = (await glob(['**/*.txt', '**/*.md', '**/*.markdown', '**/*.html', '**/*.htm', '**/*.xhtml', '**/*.epub'], { cwd: dir, ignore: ['node_modules/**', 'dist/**', '.git/**'], onlyFiles: true })).sort();
  if (files.length === 0) throw new UsageError(`no manuscripts (.txt, .md, .html, .epub) in ${dir}; put the stories there first`);
  const stories = [];
  for (const file of files) {
    const m = await parseFile(join(dir, file)).catch(() => null);
    const found = m === null ? `${file}: quire cannot read this file as a manuscript` : `${file}: "${m.meta.title ?? '(no title found)'}"${m.meta.author ? ` by ${m.meta.author}` : ''}, ${m.chapters.length} chapter${m.chapters.length === 1 ? '' : 's'}`;
    stories.push({ file: yamlString(file), found, title: yamlString(m?.meta.title ?? 'The Title'), author: yamlString(m?.meta.author ?? 'The Author') });
  }
  const input = clashWith(await protectedPaths(files.map((f) => join(dir, f))), target);
  if (input !== null) throw new UsageError(`${target} is the manuscript ${input}; move one of them, then run quire init again`);
  const text = new Templates().compile('quire.yaml.ejs')({ stories });
  await writeFile(target, text);
  const shown = relative(process.cwd(), target);
  io.err(`wrote ${shown.startsWith('..') ? target : shown} with ${files.length} ${files.length === 1 ? 'book' : 'books'}; run \`quire build\` to make them\n`);
  return 0;
}
