import type { Root } from 'hast';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { Manuscript } from '../../model.js';
import { attr, findAll, positionOf } from './hast-query.js';

/** Library and archive pages name the work in Dublin Core (`DC.title`, `DC.creator`) or Highwire (`citation_title`) meta tags. */
const TITLE_META = /^(?:dc|dcterms)\.title$|^citation_title$/i;
const AUTHOR_META = /^(?:dc|dcterms)\.creator$|^citation_author$/i;

/**
 * A catalogue's name for the author as a reader writes it: `Villalta, Rosario (1849-1911)` → `Rosario Villalta`
 * (the life dates dropped, surname and given name turned round).
 */
export function catalogueName(name: string): string {
  const bare = name.replace(/\s*[([][^()[\]]*\d{3,4}[^()[\]]*[)\]]\s*$/u, '').replace(/,\s*\d{3,4}\s*[-–]\s*(?:\d{3,4})?\s*$/u, '').trim();
  const parts = bare.split(/\s*,\s*/u);
  return parts.length === 2 && parts.every((p) => p !== '' && !/\d/.test(p)) ? `${parts[1]} ${parts[0]}` : bare;
}

/** The work's title and author as the page's catalogue metadata gives them, with the line of each tag. */
export function libraryMeta(tree: Root): { title: string | null; author: string | null; titleLine: number; authorLine: number } {
  const metas = findAll(tree, (e) => e.tagName === 'meta' && attr(e, 'content').trim() !== '');
  const title = metas.find((m) => TITLE_META.test(attr(m, 'name')));
  const author = metas.find((m) => AUTHOR_META.test(attr(m, 'name')));
  return {
    title: title ? attr(title, 'content').trim() : null,
    author: author ? catalogueName(attr(author, 'content').trim()) : null,
    titleLine: title ? positionOf(title).start.line : 1,
    authorLine: author ? positionOf(author).start.line : 1,
  };
}

/**
 * The catalogue's title and author, where the page's markup named neither (`html-dublin-core`): believed over
 * what the text alone suggests (on such pages often the site's banner or menu).
 */
export function applyLibraryMeta(m: Manuscript, catalogue: ReturnType<typeof libraryMeta>, named: { title: string | null; author: string | null }, sink: DiagnosticSink): void {
  if (named.title === null && catalogue.title !== null && catalogue.title !== m.meta.title) {
    m.meta.title = catalogue.title;
    sink.info('html-dublin-core', catalogue.titleLine, `title "${catalogue.title}" taken from the page's catalogue metadata`);
  }
  if (named.author === null && catalogue.author !== null && catalogue.author !== m.meta.author) {
    m.meta.author = catalogue.author;
    sink.info('html-dublin-core', catalogue.authorLine, `author "${catalogue.author}" taken from the page's catalogue metadata`);
  }
}
