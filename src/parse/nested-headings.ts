import type { DiagnosticSink } from '../diagnostics.js';
import type { Unit } from './units.js';

/** The counter a CJK heading ends its number with (`第一章`, `第三話`, `3화`), or the label's word. */
function family(u: Unit): string | null {
  const h = u.heading!;
  if (h.label !== null) return h.label.toLowerCase();
  return /^第?\s*[\d０-９〇零一二三四五六七八九十百千]+\s*([章話话回节節화장편권卷])/u.exec(h.text)?.[1] ?? null;
}

/**
 * Two kinds of chapter heading, one always opening a run of the other (`第一章　冬` / `第一話` / `第二話` / `第二章　春` /
 * `第三話`, as Japanese and Chinese web novels set volume and episode): the outer kind heads parts.
 */
export function nestChapterFamilies(units: Unit[], sink: DiagnosticSink): void {
  const headings = units.filter((u) => u.kind === 'heading' && u.heading?.level === 'chapter');
  const kinds = headings.map(family);
  const [outer, inner] = [...new Set(kinds)];
  if (outer == null || inner == null || new Set(kinds).size !== 2) return;
  // Each outer heading is followed by at least one inner one before the next outer one, and the first is outer.
  const runs = kinds.map((k, n) => (k === outer ? kinds[n + 1] === inner : true));
  // One run at least holds two inner headings: an outer heading over a single inner one of the same number is a heading
  // set twice (a page's title over the story's own `Capítulo 1`), not a part.
  const longRun = kinds.some((k, n) => k === outer && kinds[n + 1] === inner && kinds[n + 2] === inner);
  if (!runs.every(Boolean) || !longRun || kinds.filter((k) => k === outer).length < 2) return;
  const parts = headings.filter((_, n) => kinds[n] === outer);
  for (const u of parts) u.heading = { ...u.heading!, level: 'part' };
  sink.info('heading-nested', parts[0]!.lines[0]!.no, `${parts.length} headings of one kind each open a run of the other: read as parts`);
}
