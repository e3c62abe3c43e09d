import type { Block, Chapter, Diagnostic, Inline, Manuscript, Note, Paragraph, Text } from '../model.js';
import { frenchSpacing } from './french-spacing.js';
import { punctuation } from './punctuation.js';
import { quoteStyleFor, type QuoteStyle } from './quote-styles.js';
import { smartQuotes } from './smart-quotes.js';

type Report = (line: number, reason: string) => void;

/** The story language's typography: its quote marks, or null (CJK) for quotes left as written. */
interface Rules {
  quotes: QuoteStyle | null;
  report: Report;
}

/** Quotes of the language, one character for one (null: none curled). */
function quote(text: string, line: number, rules: Rules): string {
  return rules.quotes === null ? text : smartQuotes(text, (a) => rules.report(line, a.reason), rules.quotes);
}

/** Dashes, ellipses and no-break spaces in one node's text; `before` is the text just before it. */
function finish(text: string, before: string, rules: Rules): string {
  const p = punctuation(text);
  return rules.quotes?.spaced === true ? frenchSpacing(p, before) : p;
}

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
function smartenInline(nodes: readonly Inline[], line: number, rules: Rules): Inline[] {
  const parts = textNodes(nodes);
  const flat = parts.map((t) => (t === null ? '\n' : t.value)).join('');
  const quoted = quote(flat, line, rules);
  const replaced = new Map<Text, string>();
  let at = 0;
  let before = '';
  for (const t of parts) {
    const length = t === null ? 1 : t.value.length;
    before = t === null ? '\n' : finish(quoted.slice(at, at + length), before, rules);
    if (t !== null) replaced.set(t, before);
    at += length;
  }
  const rebuild = (list: readonly Inline[]): Inline[] =>
    list.map((n) => (n.type === 'text' ? { ...n, value: replaced.get(n) ?? n.value } : n.type === 'break' ? n : { ...n, children: rebuild(n.children) }));
  return rebuild(nodes);
}

function smartenText(text: string | null, line: number, rules: Rules): string | null {
  return text === null ? null : finish(quote(text, line, rules), '', rules);
}

function paragraph(p: Paragraph, rules: Rules): Paragraph {
  return { ...p, children: smartenInline(p.children, p.position.start.line, rules) };
}

function note(n: Note, rules: Rules): Note {
  return { ...n, children: n.children.map((p) => paragraph(p, rules)) };
}

function block(b: Block, rules: Rules): Block {
  switch (b.type) {
    case 'paragraph':
      return paragraph(b, rules);
    case 'note':
      return note(b, rules);
    case 'illustration':
      return { ...b, caption: smartenInline(b.caption, b.position.start.line, rules) };
    case 'ornament':
      return { ...b, text: smartenText(b.text, b.position.start.line, rules) ?? b.text };
    default:
      return b;
  }
}

function chapter(c: Chapter, rules: Rules): Chapter {
  return {
    ...c,
    title: smartenText(c.title, c.position.start.line, rules),
    notesBefore: c.notesBefore.map((n) => note(n, rules)),
    notesAfter: c.notesAfter.map((n) => note(n, rules)),
    children: c.children.map((b) => block(b, rules)),
  };
}

/**
 * Typography for a manuscript: curly quotes and apostrophes (with leading
 * elisions such as 'em, 'tis, '90s, rock 'n' roll), ellipses, dashes and
 * no-break spaces after titles such as Mr. Applies to the body, notes,
 * chapter titles and the story's title, subtitle and summary. The quotes
 * are the language's (`language`, else `meta.language`; see quote-styles.ts):
 * `„…“` in German, `« … »` with narrow no-break spaces in French, none
 * curled in Chinese, Japanese and Korean. Spots the rules cannot settle are
 * `info` diagnostics with their line.
 */
export function typography(m: Manuscript, language: string = m.meta.language): { manuscript: Manuscript; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (line, reason) => diagnostics.push({ severity: 'info', ruleId: 'typography-ambiguous-quote', reason, file: m.file, line, column: 1 });
  const rules: Rules = { quotes: quoteStyleFor(language), report };
  const meta = { ...m.meta, title: smartenText(m.meta.title, 1, rules), subtitle: smartenText(m.meta.subtitle, 1, rules), description: smartenText(m.meta.description, 1, rules) };
  const manuscript: Manuscript = {
    ...m,
    meta,
    notesBefore: m.notesBefore.map((n) => note(n, rules)),
    notesAfter: m.notesAfter.map((n) => note(n, rules)),
    front: m.front.map((s) => ({ ...s, children: s.children.map((b) => block(b, rules)) })),
    chapters: m.chapters.map((c) => chapter(c, rules)),
  };
  return { manuscript, diagnostics };
}
