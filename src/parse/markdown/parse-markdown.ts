import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Manuscript } from '../../model.js';
import type { ParseOptions } from '../parse-text.js';
import { emptyMeta, sectionBlocks } from '../section-blocks.js';
import { frontMatterMeta } from './front-matter-meta.js';
import { convert, type MdBlock } from './mdast-blocks.js';
import { tameMarkdown, type Tamed } from './tame-markdown.js';
import { inlineText } from '../inline.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Every node's lines moved down by `offset`, without recursion. */
function shiftLines(tree: Root, offset: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += offset;
      node.position.end.line += offset;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/** The chunks tame-markdown cut, each read by remark, as one tree with the file's own line numbers. */
function readChunks(tamed: Tamed): Root {
  const root: Root = { type: 'root', children: [] };
  for (const chunk of tamed.chunks) {
    const tree = processor.parse(chunk.text) as Root;
    if (chunk.lineOffset > 0) shiftLines(tree, chunk.lineOffset);
    root.children.push(...tree.children);
  }
  return root;
}

/**
 * A Markdown manuscript (unified + remark-parse, YAML front matter) to the
 * same model as plain text: `#`/`##` headings are chapters (parts and
 * chapters when two levels are used; deeper ones are section headings),
 * `***`/`---`/`* * *` hard scene breaks, `<!-- soft break -->` a soft one,
 * `> Author's note: …` notes; POV and ornament lines as in plain text. Raw
 * HTML is kept as text and remote images are never fetched.
 */
export function parseMarkdown(text: string, options: Readonly<ParseOptions>): Manuscript {
  const { sink } = options;
  const tamed = tameMarkdown(text, sink);
  const tree = readChunks(tamed);
  const source = tamed.lines;
  const yaml = tree.children.find((n) => n.type === 'yaml');
  const meta = yaml && 'value' in yaml ? frontMatterMeta(yaml.value, yaml.position?.start.line ?? 1, sink) : emptyMeta();
  const blocks = tree.children.flatMap((n) => convert(n, source, sink)).flatMap((b): MdBlock[] => {
    const literal = b.type === 'paragraph' ? tamed.literals.get(inlineText(b.children)) : undefined;
    if (literal === undefined) return [b];
    return literal.map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p.text }], position: { start: { line: p.line, column: 1 }, end: { line: p.line, column: 1 } } }));
  });
  return sectionBlocks(blocks, meta, options);
}
