import type { DiagnosticSink } from '../../diagnostics.js';
import type { EpubArchive } from '../../read/epub/open-epub.js';
import { attr, findAll, textOf } from '../html/hast-query.js';
import { readHtml } from '../html/read-html.js';
import { resolveHref, type PackageDocument } from './package-document.js';
import { readXml, xmlAttr, xmlText, type XmlNode } from './xml.js';

/** Titles by entry from the NCX's navPoints, in reading order, walked without recursion. */
function ncxTitles(archive: EpubArchive, entry: string, sink: DiagnosticSink, titles: Map<string, string>): void {
  const text = archive.text(entry);
  if (text === null) return;
  const stack: unknown[] = [readXml(text, entry, sink)];
  const points: unknown[] = [];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
      continue;
    }
    if (n === null || typeof n !== 'object') continue;
    const node = n as XmlNode;
    if ('navLabel' in node && 'content' in node) points.push(node);
    const inner = Object.entries(node).filter(([k]) => !k.startsWith('@'));
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]![1]);
  }
  for (const p of points) {
    const node = p as XmlNode;
    const label = xmlText((node.navLabel as XmlNode | undefined)?.text);
    const src = xmlAttr(node.content, 'src');
    const target = resolveHref(entry, src);
    if (label !== '' && src !== '' && !titles.has(target)) titles.set(target, label);
  }
}

/** Titles by entry from the EPUB 3 navigation document's table of contents. */
function navTitles(archive: EpubArchive, entry: string, titles: Map<string, string>): void {
  const text = archive.text(entry);
  if (text === null) return;
  const tree = readHtml(text, true);
  const navs = findAll(tree, (e) => e.tagName === 'nav');
  const toc = navs.find((n) => /\btoc\b/.test(Object.values(n.properties).join(' '))) ?? navs[0];
  if (!toc) return;
  for (const a of findAll(toc, (e) => e.tagName === 'a' && attr(e, 'href') !== '')) {
    const target = resolveHref(entry, attr(a, 'href'));
    if (!titles.has(target) && textOf(a) !== '') titles.set(target, textOf(a));
  }
}

/** The table of contents' title for each spine entry (EPUB 3 nav first, then the NCX). */
export function contentsTitles(archive: EpubArchive, pkg: PackageDocument, sink: DiagnosticSink): Map<string, string> {
  const titles = new Map<string, string>();
  const nav = pkg.manifest.find((m) => m.properties.includes('nav'));
  if (nav) navTitles(archive, nav.entry, titles);
  if (pkg.ncx) ncxTitles(archive, pkg.ncx, sink, titles);
  return titles;
}
