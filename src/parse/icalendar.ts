import type { DiagnosticSink } from '../diagnostics.js';
import { outlineText, type OutlineNode } from './structured/outline-text.js';

/**
 * An iCalendar file (RFC 5545, `.ics`) of a notes app's memos or journal entries (GNOME Evolution, Thunderbird,
 * a CalDAV export): each `VJOURNAL` (or `VTODO`, `VEVENT`) is one memo, its `SUMMARY` the memo's name and its
 * `DESCRIPTION` the text. Lines are folded at 75 octets (a line break and one space to undo) and text values
 * escaped (`\n`, `\,`, `\;`). A story kept as memos, one a chapter, is read as an outline of them: the memos in
 * the file's order, each its name over its text, the writer's memos of material (`Ideas`) left out.
 */

export const isICalendar = (text: string): boolean => /^\uFEFF?BEGIN:VCALENDAR\r?\n/.test(text);

/** A property's value unescaped: `\n` a line break, `\,` `\;` `\\` the character. */
const unescape = (value: string): string => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const COMPONENT = /^(?:VJOURNAL|VTODO|VEVENT)$/;

export function icalendarText(text: string, sink: DiagnosticSink): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
  const memos: OutlineNode[] = [];
  let current: { summary: string; description: string; line: number } | null = null;
  lines.forEach((l, n) => {
    const m = /^([A-Za-z-]+)(?:;[^:]*)?:(.*)$/.exec(l);
    if (!m) return;
    const [, name, value] = m as unknown as [string, string, string];
    const key = name.toUpperCase();
    if (key === 'BEGIN' && COMPONENT.test(value)) current = { summary: '', description: '', line: n + 1 };
    else if (key === 'END' && COMPONENT.test(value) && current) {
      const { summary, description, line } = current;
      if (summary !== '' || description !== '') memos.push({ headline: summary, body: description === '' ? [] : description.split('\n'), children: [], line });
      current = null;
    } else if (current && key === 'SUMMARY') current.summary = unescape(value).trim();
    else if (current && key === 'DESCRIPTION') current.description = unescape(value).trim();
  });
  if (memos.length === 0) return text;
  return outlineText([{ headline: '', body: [], children: memos, line: 1 }], 'an iCalendar file of memos', 'icalendar-memos', sink);
}
