import type { RootContent } from 'mdast';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { StoryMeta } from '../../model.js';
import { withoutRuby } from './mdast-blocks.js';

/**
 * Raw HTML elements a Markdown manuscript names by class for its title page (`<p class="title">星拾いの駅</p>`,
 * `<div class="author">…</div>`), as DenDen Converter, pandoc's templates and many e-book workflows write it:
 * read as the metadata they name, not as text.
 */
const CLASSED = /^\s*<(p|div|h[1-6]|span|header)\b[^>]*\bclass\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/\1>\s*$/i;
const ROLES: Readonly<Record<string, 'title' | 'subtitle' | 'author'>> = { title: 'title', 'book-title': 'title', subtitle: 'subtitle', author: 'author', creator: 'author', byline: 'author' };

/** A container opened by class for the work's summary (`<div class="summary" markdown="1">` … `</div>`). */
const SUMMARY_OPEN = /^\s*<div\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:summary|synopsis|description|abstract)\b[^"']*["'][^>]*>\s*$/i;
/** A label over the summary, bracketed or with its colon: `【あらすじ】`, `Summary:`. */
const SUMMARY_LABEL = /^(?:【[^】]{1,12}】|\[[^\]]{1,20}\]|[^\s:：]{1,20}[:：])\s*\n?/u;

/** The words of an mdast node, its markup off. */
const textOf = (node: RootContent): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '');

export function readClassedHtml(input: RootContent[], meta: StoryMeta, sink: DiagnosticSink): RootContent[] {
  const children = [...input];
  const open = children.findIndex((n) => n.type === 'html' && SUMMARY_OPEN.test(n.value));
  const close = open < 0 ? -1 : children.findIndex((n, k) => k > open && n.type === 'html' && /^\s*<\/div>\s*$/i.test(n.value));
  if (close > open + 1 && meta.description === null) {
    const summary = withoutRuby(children.slice(open + 1, close).map(textOf).join('\n\n').trim().replace(SUMMARY_LABEL, '').trim());
    if (summary !== '') {
      meta.description = summary;
      sink.info('md-classed-html', children[open]!.position?.start.line ?? 1, 'the container classed as the summary read as the description');
      children.splice(open, close - open + 1);
    }
  }
  return children.filter((node) => {
    if (node.type !== 'html') return true;
    const m = CLASSED.exec(node.value);
    const role = m?.[2]!.split(/\s+/).map((c) => ROLES[c.toLowerCase()]).find((r) => r !== undefined);
    const text = m?.[3]!.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() ?? '';
    // A colophon (the edition's date, publisher, writer) is the book's record, kept as a field rather than as text.
    if (m && /\bcolophon\b/i.test(m[2]!) && text !== '') {
      meta.fields.Colophon = text;
      sink.info('md-classed-html', node.position?.start.line ?? 1, `<${m[1]} class="${m[2]}"> kept as the Colophon field, not story`);
      return false;
    }
    if (!role || text === '' || text.length > 200) return true;
    if (meta[role] === null) meta[role] = text;
    sink.info('md-classed-html', node.position?.start.line ?? 1, `<${m![1]} class="${m![2]}"> read as the ${role}`);
    return false;
  });
}
