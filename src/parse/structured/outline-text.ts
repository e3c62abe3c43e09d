import type { DiagnosticSink } from '../../diagnostics.js';
import { countWords } from '../../model-text.js';
import { NOT_STORY_SECTION } from './xml-vocabulary.js';

/**
 * A story drafted in an outliner or a mind map (FreeMind, Freeplane, Leo) is a tree of nodes: each a headline,
 * maybe a body of text, and children. The tree is written out as the text it makes, for the plain-text reader to
 * find the header, chapters, notes and breaks as in any text: the work's node's headline as the title line and
 * its body as the header under it, each node below a heading line over its body and children, and a node with no
 * body and no children (a mind map's paragraph) a paragraph of its own. The writer's material beside the story (a
 * characters branch, an ideas notebook, a second top node with less text) is left out.
 */
export interface OutlineNode {
  headline: string;
  /** The node's own text, line by line (empty: none). */
  body: readonly string[];
  children: readonly OutlineNode[];
  line: number;
}

/** Words of a node and all under it. */
const weight = (n: OutlineNode): number => countWords([n.headline, ...n.body].join(' ')) + n.children.reduce((s, c) => s + weight(c), 0);

/** A branch of the writer's material, by its headline's words (`Postavy`, `Nápady (nepoužité)`, `メモ（ネタ帳）`). */
const isMaterial = (n: OutlineNode): boolean => {
  // (A qualifier after the name, in brackets or after a dash, says no more: `Nápady (nepoužité)`, `ідеї — не включати`.)
  const name = n.headline.replace(/\s*[(（][^)）]*[)）]\s*$/u, '').split(/\s+[—–-]\s+/u)[0]!.trim();
  return NOT_STORY_SECTION.test(name);
};

function nodeLines(n: OutlineNode, out: string[], left: OutlineNode[]): void {
  if (isMaterial(n)) {
    left.push(n);
    return;
  }
  if (n.body.length === 0 && n.children.length === 0) {
    out.push(n.headline, '');
    return;
  }
  out.push(n.headline, '');
  if (n.body.length > 0) out.push(...n.body, '');
  for (const c of n.children) nodeLines(c, out, left);
}

/** The outline as plain text: the heaviest top node is the work, its siblings the writer's. */
export function outlineText(tops: readonly OutlineNode[], kind: string, ruleId: string, sink: DiagnosticSink): string {
  const work = tops.reduce((a, b) => (weight(b) > weight(a) ? b : a));
  const left: OutlineNode[] = tops.filter((t) => t !== work);
  const out: string[] = work.headline === '' ? [] : [work.headline, ''];
  if (work.body.length > 0) out.push(...work.body, '');
  for (const c of work.children) nodeLines(c, out, left);
  sink.info(ruleId, work.line, `read as ${kind}: the top node's headline as the title, each node a heading over its text and a childless node a paragraph; lines are the outline's text`);
  for (const n of left) sink.info('outline-material', n.line, `the "${n.headline}" branch is the writer's material, not the story: left out`);
  return out.join('\n');
}
