import { writeFile } from 'node:fs/promises';
import { formatDiagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { toMarkdown } from '../normalize/to-markdown.js';
import { parseFile } from '../parse-file.js';
import type { Io } from './io.js';

/** `quire normalize FILE…`: each manuscript written as Markdown beside it (`story.txt` → `story.md`), or to stdout with `--stdout`. */
export async function normalizeCommand(files: readonly string[], options: { stdout?: boolean }, io: Io): Promise<number> {
  for (const file of files) {
    const m = await parseFile(file);
    for (const d of m.diagnostics) if (d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`);
    const markdown = toMarkdown(m);
    if (options.stdout === true) io.out(markdown);
    else {
      const target = file.replace(/\.[^./\\]+$/, '') + '.md';
      if (target === file) throw new UsageError(`${file} is already Markdown; normalize reads plain-text manuscripts (.txt)`);
      await writeFile(target, markdown);
      io.err(`wrote ${target}\n`);
    }
  }
  return 0;
}
