import type { DiagnosticSink } from '../../diagnostics.js';
import { readYaml } from '../../safe-yaml.js';

/**
 * A diary app's month file: RedNotebook keeps each month as YAML mapping the day of the month to that day's
 * entry (`5: {text: '…'}`, or the day's categories beside its `text:`), the entries written in txt2tags markup.
 * A story drafted over several days is those entries in day order; the categories (`Weather: {rain: null}`)
 * are tags, not text.
 */

/** The entries' texts in day order, each its own stretch of text, or null when the YAML holds no such entries. */
export function diaryMonthText(text: string, sink: DiagnosticSink): string | null {
  const read = readYaml(text, { maxBytes: 50_000_000, maxDepth: 8 });
  if (!read.ok || typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) return null;
  const days = Object.entries(read.value as Record<string, unknown>)
    .filter(([day]) => /^\d{1,2}$/.test(day))
    .sort(([a], [b]) => Number(a) - Number(b));
  const texts = days.flatMap(([, entry]) => {
    const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).text : undefined;
    // The writer's every Enter is a new line on the diary's page: each line of an entry is its own paragraph.
    return typeof value === 'string' && value.trim() !== '' ? [value.trim().replace(/\n+/g, '\n\n')] : [];
  });
  if (texts.length === 0) return null;
  sink.info('diary-month', 1, `read as a diary's month file (RedNotebook): ${texts.length} day entr${texts.length === 1 ? 'y' : 'ies'} in day order, read as txt2tags; line numbers count in the joined entries`);
  // An entry is txt2tags' body only: the blank first line says the file has no txt2tags header (title, author, date lines).
  return `\n${texts.join('\n\n')}`;
}
