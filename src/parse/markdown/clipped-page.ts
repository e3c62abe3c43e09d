import type { List, Paragraph, RootContent } from 'mdast';
import type { Manuscript, StoryMeta } from '../../model.js';
import { blocksAsText, MappedSink, mapPositions, splitTabTitle } from '../blocks-as-text.js';
import { parseText, type ParseOptions } from '../parse-text.js';
import { mdastText, type MdBlock } from './mdast-blocks.js';

/** Front-matter keys web clippers (MarkDownload, Obsidian's Web Clipper, Joplin's) record the page's address under. */
const SOURCE_KEYS = ['Source', 'Source_url', 'Url', 'Link'];

/** A Markdown file clipped from a web page: its front matter names the page it came from. */
export function isClippedPage(meta: StoryMeta): boolean {
  return SOURCE_KEYS.some((k) => /^https?:\/\//i.test(meta.fields[k] ?? ''));
}

/**
 * A label paragraph over a list of short items (`Characters:` / `- Marisol Vey` / `- Old Anselm`, as a
 * clipped tag list reads) as one paragraph, `Characters: Marisol Vey, Old Anselm`.
 */
export function joinLabelledLists(children: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const n = children[i]!;
    const next = children[i + 1];
    const label = n.type === 'paragraph' ? mdastText(n).trim() : '';
    if (n.type === 'paragraph' && /^[^\n]{1,40}[:：]$/u.test(label) && next?.type === 'list') {
      const items = (next as List).children.map((item) => mdastText(item).trim()).filter((t) => t !== '');
      if (items.length > 0 && items.every((t) => t.length <= 80 && !t.includes('\n'))) {
        const joined: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `${label} ${items.join(', ')}` }], ...(n.position ? { position: { start: n.position.start, end: next.position?.end ?? n.position.end } } : {}) };
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

/**
 * A clipped page is read as the page it was: its blocks written out as text and read by the plain-text
 * parser, as any HTML page no layout claims. The front matter's fields stay fields; the page's own header
 * names the title and author when it has them (a clipper's title is the browser tab's).
 */
export function readClippedPage(blocks: readonly MdBlock[], front: StoryMeta, options: Readonly<ParseOptions>): Manuscript {
  const page = blocksAsText(blocks);
  const m = parseText(page.text, { ...options, sink: new MappedSink(options.sink, page.sourceLine) });
  mapPositions(m, page.sourceLine);
  m.meta.fields = { ...front.fields, ...m.meta.fields };
  m.meta.title ??= front.title;
  m.meta.author ??= front.author;
  m.meta.description ??= front.description;
  splitTabTitle(m, page.text, options.sink);
  options.sink.info('md-clipped-page', 1, 'a page clipped from the web (its front matter names the source): read as the page\'s text');
  m.diagnostics = options.sink.sorted();
  return m;
}
