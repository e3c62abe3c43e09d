import type { BookReport } from '../build/build.js';
import { groupThousands } from '../render/group-thousands.js';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** The table printed after a build: one line per book with its formats, pages, size, words, warnings and time. */
export function formatSummary(books: readonly BookReport[]): string {
  if (books.length === 0) return '';
  const title = Math.min(36, Math.max(4, ...books.map((b) => b.title.length)));
  const head = `${'book'.padEnd(title)}  ${'formats'.padEnd(12)} ${'pages'.padStart(5)} ${'size'.padStart(8)} ${'words'.padStart(9)} ${'warnings'.padStart(8)} ${'time'.padStart(7)}`;
  const rows = books.map(
    (b) =>
      `${clip(b.title, title)}  ${b.formats.join(',').padEnd(12)} ${(b.pages === null ? '-' : String(b.pages)).padStart(5)} ${size(b.bytes).padStart(8)} ${groupThousands(b.words).padStart(9)} ${String(b.warnings).padStart(8)} ${`${(b.ms / 1000).toFixed(1)} s`.padStart(7)}`,
  );
  return [head, ...rows].join('\n') + '\n';
}
