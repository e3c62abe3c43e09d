import type { DiagnosticSink } from '../diagnostics.js';
import type { Unit } from './units.js';

/** The counter a CJK heading ends its number with (`第一章`, `第三話`, `3화`), or the label's word. */
function family(u: Unit): string | null {
  const h = u.heading!;
  if (h.label !== null) return h.label.toLowerCase();
  return /^第?\s*[\d０-９〇零一二三四五六七八九十百千]+\s*([章話话回节節화장편권卷])/u.exec(h.text)?.[1] ?? null;
}

/** CJK counters by the size of the unit they count: a volume holds chapters, a chapter holds episodes. */
const COUNTER_RANK: Record<string, number> = { 卷: 3, 권: 3, 章: 2, 장: 2, 話: 1, 话: 1, 回: 1, 节: 1, 節: 1, 화: 1 };

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
  // One outer heading is enough when its counter names the larger unit (`第一章` over `第1話`, `第一卷` over `第一章`).
  const larger = (COUNTER_RANK[outer] ?? 0) > (COUNTER_RANK[inner] ?? Infinity);
  if (!runs.every(Boolean) || !longRun || (kinds.filter((k) => k === outer).length < 2 && !larger)) return;
  const parts = headings.filter((_, n) => kinds[n] === outer);
  for (const u of parts) u.heading = { ...u.heading!, level: 'part' };
  sink.info('heading-nested', parts[0]!.lines[0]!.no, `${parts.length} headings of one kind each open a run of the other: read as parts`);
}
