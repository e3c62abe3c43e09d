import type { Block, Inline } from '../model.js';
import type { MdBlock } from './markdown/mdast-blocks.js';

const marked = (nodes: readonly Inline[]): string => {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text') s += n.value;
    else if (n.type === 'break') s += '\n';
    else if (n.type === 'emphasis') s += `*${marked(n.children)}*`;
    else s += `**${marked(n.children)}**`;
  }
  return s;
};

function blockLines(b: MdBlock): string[] {
  switch (b.type) {
    case 'mdHeading':
      return [b.text];
    case 'paragraph':
      return marked(b.children).split('\n');
    case 'sceneBreak':
      return [b.marker !== null && b.marker.trim() !== '' ? b.marker : '* * *'];
    case 'pov':
      return [b.name];
    case 'ornament':
      return [b.text];
    case 'illustration':
      return [`[Illustration: ${marked(b.caption)}]`];
    case 'note':
      return b.children.flatMap((p, i) => [...(i === 0 ? [`${b.label}: ${marked(p.children)}`] : marked(p.children).split('\n')), '']).slice(0, -1);
  }
}

/**
 * Blocks read from a page (HTML, a markup) written out as the plain text a reader would copy from it, each
 * block on its source line where the lines allow, so the plain-text reader's diagnostics keep pointing at
 * the source: one blank line between blocks.
 */
export function blocksAsText(blocks: readonly (MdBlock | Block)[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    const lines = blockLines(b as MdBlock).map((l) => l.trim()).filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
    if (lines.length === 0) continue;
    const at = b.position.start.line - 1;
    if (out.length > 0) out.push('');
    while (out.length < at) out.push('');
    out.push(...lines);
  }
  return out.join('\n') + '\n';
}
