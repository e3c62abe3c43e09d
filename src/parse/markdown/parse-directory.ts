import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { Manuscript } from '../../model.js';

const MANUSCRIPT = /\.(md|markdown|txt)$/i;
const LICENCE = /^(licen[cs]e|copying)(\.|$)/i;
const CONTENTS = /^(table of )?contents$/i;

/**
 * A folder of Markdown files, sorted by name, as one book with the files'
 * chapters in order, as writers keep novels: the first file with front
 * matter gives the metadata, a LICENSE file the rights, and a contents
 * file is left out (the book makes its own).
 */
export async function parseDirectory(dir: string, parseOne: (file: string) => Promise<Manuscript>, sink: DiagnosticSink): Promise<Manuscript> {
  const names = (await readdir(dir)).filter((n) => MANUSCRIPT.test(n)).sort();
  const parts: Manuscript[] = [];
  let rights: string | null = null;
  for (const name of names) {
    const m = await parseOne(join(dir, name));
    const heading = m.chapters[0]?.heading ?? m.meta.title ?? '';
    if (LICENCE.test(name)) {
      rights = heading || name;
      sink.info('md-dir-licence', 1, `${name} read as the book's licence ("${rights}"), not a chapter`);
    } else if (CONTENTS.test(heading.trim())) {
      sink.info('md-dir-contents', 1, `${name} is a table of contents; left out, the book makes its own`);
    } else parts.push(m);
  }
  const withMeta = parts.find((m) => m.meta.title !== null) ?? parts[0];
  const meta = withMeta ? { ...withMeta.meta, rights: withMeta.meta.rights ?? rights } : null;
  return {
    type: 'manuscript',
    file: dir,
    encoding: parts[0]?.encoding ?? 'utf-8',
    meta: meta ?? { title: null, subtitle: null, author: null, description: null, fields: {}, language: 'en', status: [], rights },
    notesBefore: parts.flatMap((m) => m.notesBefore),
    notesAfter: parts.flatMap((m) => m.notesAfter),
    front: parts.flatMap((m) => m.front),
    chapters: parts.flatMap((m) => m.chapters),
    diagnostics: [...sink.sorted(), ...parts.flatMap((m) => m.diagnostics)],
  };
}
