import { DiagnosticSink } from '../diagnostics.js';
import { matchHeading } from './rules/headings.js';
import type { Inline, Manuscript, Position } from '../model.js';
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
      return [b.marker ?? b.name];
    case 'ornament':
      return [b.text];
    case 'illustration':
      return [`[Illustration: ${marked(b.caption)}]`];
    case 'note':
      return b.children.flatMap((p, i) => ['', ...(i === 0 ? `${b.label}: ${marked(p.children)}` : marked(p.children)).split('\n')]).slice(1);
  }
}

/** Text written from a page's blocks, and for each of its lines the source line it came from. */
export interface PageText {
  text: string;
  sourceLine: (textLine: number) => number;
  /** The text line (1-based) each block starts on, or 0 for a block that wrote nothing. */
  blockLine: readonly number[];
}

/**
 * Blocks read from a page (HTML, a markup) written out as the plain text a reader would copy from it:
 * one blank line between blocks, a `<br>` a line break. The line map keeps diagnostics on the source.
 */
export function blocksAsText(blocks: readonly MdBlock[]): PageText {
  const out: string[] = [];
  const from: number[] = [];
  const blockLine: number[] = [];
  for (const b of blocks) {
    const lines = blockLines(b).map((l) => l.trim());
    while (lines[0] === '') lines.shift();
    while (lines[lines.length - 1] === '') lines.pop();
    blockLine.push(0);
    if (lines.length === 0) continue;
    if (out.length > 0) {
      out.push('');
      from.push(b.position.start.line);
    }
    blockLine[blockLine.length - 1] = out.length + 1;
    lines.forEach((l, k) => {
      out.push(l);
      from.push(Math.min(b.position.start.line + k, Math.max(b.position.end.line, b.position.start.line)));
    });
  }
  return { text: out.join('\n') + '\n', sourceLine: (n) => from[n - 1] ?? from[from.length - 1] ?? 1, blockLine };
}

/** A sink that files the plain-text reader's findings under the source lines they came from. */
export class MappedSink extends DiagnosticSink {
  constructor(
    private readonly target: DiagnosticSink,
    private readonly map: (line: number) => number,
  ) {
    super(target.file);
  }

  override add(...[severity, ruleId, line, reason, extra = {}]: Parameters<DiagnosticSink['add']>): void {
    const endLine = extra.endLine === undefined ? undefined : this.map(extra.endLine);
    this.target.add(severity, ruleId, this.map(line), reason, { ...extra, ...(endLine === undefined ? {} : { endLine }) });
  }
}

/** Every position in a manuscript read from page text moved back onto the page's source lines. */
export function mapPositions(m: Manuscript, map: (line: number) => number): void {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const o = node as Record<string, unknown>;
    const p = o.position as Position | undefined;
    if (p && typeof p === 'object' && p.start && p.end) {
      p.start = { ...p.start, line: map(p.start.line) };
      p.end = { ...p.end, line: map(p.end.line) };
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'position' && k !== 'diagnostics') visit(v);
  };
  visit(m);
}

/**
 * A browser tab's title taken for the story's (`Salt Roads - hedgewitch_ink - Original Work [Archive of Our
 * Own]`): when its first part stands on a line of its own in the page, that is the title, and a second part
 * on a line of its own is the author.
 */
export function splitTabTitle(m: Manuscript, text: string, sink: DiagnosticSink): void {
  const lines = new Set(text.split('\n').map((l) => l.trim().toLowerCase()));
  // `Title - Author - Fandom` already split once at its first dash: the author keeps the fandom.
  const name = m.meta.author?.split(/\s+[-–—|]\s+/u);
  if (name && name.length > 1 && lines.has(name[0]!.toLowerCase())) m.meta.author = name[0]!;
  const title = m.meta.title;
  if (title === null) return;
  const parts = title.replace(/\s*\[[^\]]*\]$/u, '').split(/\s+[-–—|]\s+/u);
  if (parts.length < 2) return;
  // A chapter's page puts the chapter first and the work after it (`Chương 3: Người giữ đèn - Đèn Lồng Không Tắt - SITE`).
  const lead = matchHeading(parts[0]!);
  if (lead !== null && lead.number !== null && (lead.level === 'chapter' || lead.level === 'part') && matchHeading(parts[1]!) === null) {
    m.meta.title = parts[1]!;
    sink.info('page-tab-title', 1, `"${title}" is the browser tab's title, the chapter's first; the work after it is "${parts[1]!}"`);
    return;
  }
  // `Site - Title - Blog`: the part the page shows as a line of its own names the story (`MySpace.com Blogs - The
  // Hollow Oak (part 2) - Kayleigh's MySpace Blog`), its part counter taken off.
  const shown = parts.length >= 3 && !lines.has(parts[0]!.toLowerCase()) ? parts.slice(1).findIndex((p) => lines.has(p.toLowerCase())) + 1 : 0;
  const [first, second] = shown > 0 ? [parts[shown]!.replace(/\s*\((?:part|chapter|ch\.)\s*\d{1,3}\)$/iu, ''), undefined] : parts;
  if (first === undefined || (shown === 0 && !lines.has(first.toLowerCase()))) return;
  m.meta.title = first;
  // An author the title line's own split gave (`hedgewitch_ink - Original Work`) is the tab title's rest, not a name.
  if (second !== undefined && (m.meta.author === null || title.includes(m.meta.author)) && lines.has(second.toLowerCase())) m.meta.author = second;
  sink.info('page-tab-title', 1, `"${title}" is the browser tab's title; the page names the story "${first}"`);
}
