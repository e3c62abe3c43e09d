import type { Block, Chapter, Diagnostic, Inline, Manuscript, Note, Paragraph, Text } from '../model.js';
import { punctuation } from './punctuation.js';
import { smartQuotes } from './smart-quotes.js';

type Report = (line: number, reason: string) => void;

/** The text nodes of inline content in reading order; a line break counts as one character of space. */
function textNodes(nodes: readonly Inline[], out: (Text | null)[] = []): (Text | null)[] {
  for (const n of nodes) {
    if (n.type === 'text') out.push(n);
    else if (n.type === 'break') out.push(null);
    else textNodes(n.children, out);
  }
  return out;
}

/** Curly quotes decided over the whole run of text (quotes cross emphasis), then dashes and ellipses per node. */
function smartenInline(nodes: readonly Inline[], line: number, report: Report): Inline[] {
  const parts = textNodes(nodes);
  const flat = parts.map((t) => (t === null ? '\n' : t.value)).join('');
  const quoted = smartQuotes(flat, (a) => report(line, a.reason));
  const replaced = new Map<Text, string>();
  let at = 0;
  for (const t of parts) {
    const length = t === null ? 1 : t.value.length;
    if (t !== null) replaced.set(t, punctuation(quoted.slice(at, at + length)));
    at += length;
  }
  const rebuild = (list: readonly Inline[]): Inline[] =>
    list.map((n) => (n.type === 'text' ? { ...n, value: replaced.get(n) ?? n.value } : n.type === 'break' ? n : { ...n, children: rebuild(n.children) }));
  return rebuild(nodes);
}

function smartenText(text: string | null, line: number, report: Report): string | null {
  return text === null ? null : punctuation(smartQuotes(text, (a) => report(line, a.reason)));
}

function paragraph(p: Paragraph, report: Report): Paragraph {
  return { ...p, children: smartenInline(p.children, p.position.start.line, report) };
}

function note(n: Note, report: Report): Note {
  return { ...n, children: n.children.map((p) => paragraph(p, report)) };
}

function block(b: Block, report: Report): Block {
  switch (b.type) {
    case 'paragraph':
      return paragraph(b, report);
    case 'note':
      return note(b, report);
    case 'illustration':
      return { ...b, caption: smartenInline(b.caption, b.position.start.line, report) };
    case 'ornament':
      return { ...b, text: smartenText(b.text, b.position.start.line, report) ?? b.text };
    default:
      return b;
  }
}

function chapter(c: Chapter, report: Report): Chapter {
  return {
    ...c,
    title: smartenText(c.title, c.position.start.line, report),
    notesBefore: c.notesBefore.map((n) => note(n, report)),
    notesAfter: c.notesAfter.map((n) => note(n, report)),
    children: c.children.map((b) => block(b, report)),
  };
}

/**
 * Typography for a manuscript: curly quotes and apostrophes (with leading
 * elisions such as 'em, 'tis, '90s, rock 'n' roll), ellipses, dashes and
 * no-break spaces after titles such as Mr. Applies to the body, notes,
 * chapter titles and the story's title, subtitle and summary. Spots the
 * rules cannot settle are `info` diagnostics with their line.
 */
export function typography(m: Manuscript): { manuscript: Manuscript; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (line, reason) => diagnostics.push({ severity: 'info', ruleId: 'typography-ambiguous-quote', reason, file: m.file, line, column: 1 });
  const meta = { ...m.meta, title: smartenText(m.meta.title, 1, report), subtitle: smartenText(m.meta.subtitle, 1, report), description: smartenText(m.meta.description, 1, report) };
  const manuscript: Manuscript = {
    ...m,
    meta,
    notesBefore: m.notesBefore.map((n) => note(n, report)),
    notesAfter: m.notesAfter.map((n) => note(n, report)),
    front: m.front.map((s) => ({ ...s, children: s.children.map((b) => block(b, report)) })),
    chapters: m.chapters.map((c) => chapter(c, report)),
  };
  return { manuscript, diagnostics };
}
