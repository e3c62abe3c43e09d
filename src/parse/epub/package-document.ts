import { posix } from 'node:path';
import type { DiagnosticSink } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import type { StoryMeta } from '../../model.js';
import type { EpubArchive } from '../../read/epub/open-epub.js';
import { findAll, textOf } from '../html/hast-query.js';
import { readHtml } from '../html/read-html.js';
import { languageTag } from '../rules/fields.js';
import { emptyMeta } from '../section-blocks.js';
import { deepAll, readXml, xmlAttr, xmlText } from './xml.js';

export interface ManifestItem {
  id: string;
  /** The entry's name in the archive (resolved against the package file, fragment dropped). */
  entry: string;
  mediaType: string;
  properties: string[];
}

export interface SpineItem extends ManifestItem {
  linear: boolean;
  /** `properties` of the itemref (`calibre:title-page`, `page-spread-left`). */
  refProperties: string[];
}

export interface PackageDocument {
  entry: string;
  meta: StoryMeta;
  generator: string;
  manifest: ManifestItem[];
  spine: SpineItem[];
  /** Entries named by the guide (EPUB 2) by their type: `cover`, `title-page`, `toc`. */
  guide: Map<string, string>;
  ncx: string | null;
}

/** `href` of a package file to an archive entry name. */
export function resolveHref(base: string, href: string): string {
  const path = href.replace(/#.*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray `%` is part of the name.
  }
  return posix.normalize(posix.join(posix.dirname(base), decoded)).replace(/^\.\//, '');
}

/** The package file's path from `META-INF/container.xml`, else the archive's only `.opf`. */
function packageEntry(archive: EpubArchive, sink: DiagnosticSink): string {
  const container = archive.text('META-INF/container.xml');
  const named = container === null ? [] : deepAll(readXml(container, 'META-INF/container.xml', sink), 'rootfile').map((r) => xmlAttr(r, 'full-path')).filter(Boolean);
  const found = named.find((n) => archive.text(n) !== null);
  if (found) return found;
  const opf = archive.names.find((n) => /\.opf$/i.test(n));
  if (opf === undefined) throw new InputError(archive.file, 'has no EPUB package document (META-INF/container.xml names none, and there is no .opf file); it is not an EPUB quire can read.');
  sink.warn('epub-container', 1, `META-INF/container.xml does not name a package document; read ${opf}`);
  return opf;
}

/** Calibre and other tools write HTML in `dc:description`; its text is what a reader sees. */
function plainDescription(value: string): string {
  if (!/<[a-z]/i.test(value)) return value.trim();
  const tree = readHtml(value);
  const paragraphs = findAll(tree, (e) => e.tagName === 'p').map(textOf).filter(Boolean);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : textOf(tree);
}

/** Title, creators, description, subjects, language, rights and series from the OPF metadata. */
function readMeta(pkg: unknown): { meta: StoryMeta; generator: string } {
  const meta = emptyMeta();
  const md = deepAll(pkg, 'metadata')[0] ?? pkg;
  const texts = (key: string): string[] => deepAll(md, key).map(xmlText).filter(Boolean);
  const metas = deepAll(md, 'meta');
  const named = (name: string): string => xmlAttr(metas.find((m) => xmlAttr(m, 'name') === name), 'content');
  const refines = (id: string, property: string): string => xmlText(metas.find((m) => xmlAttr(m, 'refines') === `#${id}` && xmlAttr(m, 'property') === property));
  const titles = deepAll(md, 'title');
  const main = titles.find((t) => refines(xmlAttr(t, 'id'), 'title-type') === 'main') ?? titles[0];
  meta.title = xmlText(main) || null;
  const creators = deepAll(md, 'creator').filter((c) => {
    const role = xmlAttr(c, 'role') || refines(xmlAttr(c, 'id'), 'role');
    return role === '' || role === 'aut';
  });
  meta.author = creators.map(xmlText).filter(Boolean).join(', ') || null;
  const description = texts('description')[0];
  meta.description = description ? plainDescription(description) || null : null;
  meta.language = languageTag(texts('language')[0] ?? '') ?? meta.language;
  meta.rights = texts('rights')[0] ?? null;
  const subjects = texts('subject');
  if (subjects.length > 0) meta.fields.Tags = subjects.join(', ');
  const publisher = texts('publisher')[0];
  if (publisher) meta.fields.Publisher = publisher;
  const series = named('calibre:series');
  const collection = metas.find((m) => xmlAttr(m, 'property') === 'belongs-to-collection');
  if (series) {
    const index = named('calibre:series_index');
    meta.fields.Series = index ? `Part ${Number(index)} of ${series}` : series;
  } else if (collection) {
    const position = refines(xmlAttr(collection, 'id'), 'group-position');
    meta.fields.Series = position ? `Part ${Number(position)} of ${xmlText(collection)}` : xmlText(collection);
  }
  const contributors = texts('contributor').join(' ');
  return { meta, generator: `${named('generator')} ${contributors}`.trim() };
}

/** The package document: metadata, manifest, spine in reading order and guide. Missing spine files are skipped with a warning by the caller. */
export function readPackage(archive: EpubArchive, sink: DiagnosticSink): PackageDocument {
  const entry = packageEntry(archive, sink);
  const pkg = readXml(archive.text(entry) ?? '', entry, sink);
  const { meta, generator } = readMeta(pkg);
  const manifest: ManifestItem[] = deepAll(pkg, 'item').map((i) => ({
    id: xmlAttr(i, 'id'),
    entry: resolveHref(entry, xmlAttr(i, 'href')),
    mediaType: xmlAttr(i, 'media-type'),
    properties: xmlAttr(i, 'properties').split(/\s+/).filter(Boolean),
  }));
  const byId = new Map(manifest.map((m) => [m.id, m]));
  const spine: SpineItem[] = [];
  for (const ref of deepAll(pkg, 'itemref')) {
    const item = byId.get(xmlAttr(ref, 'idref'));
    if (item === undefined) {
      sink.warn('epub-spine', 1, `${entry}: the spine names "${xmlAttr(ref, 'idref')}", which the manifest lacks; skipped`);
      continue;
    }
    spine.push({ ...item, linear: xmlAttr(ref, 'linear') !== 'no', refProperties: xmlAttr(ref, 'properties').split(/\s+/).filter(Boolean) });
  }
  const guide = new Map(deepAll(pkg, 'reference').map((r) => [xmlAttr(r, 'type').toLowerCase(), resolveHref(entry, xmlAttr(r, 'href'))]));
  const spineNode = deepAll(pkg, 'spine')[0];
  const ncxId = xmlAttr(spineNode, 'toc');
  const ncx = byId.get(ncxId)?.entry ?? manifest.find((m) => m.mediaType === 'application/x-dtbncx+xml')?.entry ?? null;
  return { entry, meta, generator, manifest, spine, guide, ncx };
}
