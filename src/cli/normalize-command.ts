import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { clashWith, protectedPaths } from '../build/protected-paths.js';
import { formatDiagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { toMarkdown } from '../normalize/to-markdown.js';
import { parseFile } from '../parse-file.js';
import type { Io } from './io.js';

/**
 * `quire normalize FILE…`: each manuscript written as Markdown beside it
 * (`story.txt` → `story.md`), or to stdout with `--stdout`. A target that is
 * one of the inputs is never written; any other existing file only with
 * `--force`, since it may be the writer's own Markdown.
 */
export async function normalizeCommand(files: readonly string[], options: { stdout?: boolean; force?: boolean }, io: Io): Promise<number> {
  const guard = await protectedPaths(files);
  let code = 0;
  for (const file of files) {
    const m = await parseFile(file);
    for (const d of m.diagnostics) if (d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`);
    const markdown = toMarkdown(m);
    if (options.stdout === true) {
      io.out(markdown);
      continue;
    }
    const target = file.replace(/\.[^./\\]+$/, '') + '.md';
    if (target === file) throw new UsageError(`${file} is already Markdown; normalize reads plain-text manuscripts (.txt)`);
    const input = clashWith(guard, target);
    if (input !== null) {
      io.err(`quire: ${target}: not written, because it is the input ${input}; normalize one of them at a time, or use --stdout.\n`);
      code = 1;
    } else if (existsSync(target) && options.force !== true) {
      io.err(`quire: ${target}: not written, because it already exists; pass --force to replace it, or use --stdout.\n`);
      code = 1;
    } else {
      await writeFile(target, markdown);
      io.err(`wrote ${target}\n`);
    }
  }
  return code;
}
