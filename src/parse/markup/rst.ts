import type { DiagnosticSink } from '../../diagnostics.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, delimit, EM, STRONG } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}$/;
const FIELD = /^:([^:`][^:]*):\s*(.*)$/;
const DIRECTIVE = /^\.\.\s+([\w-]+)::\s*(.*)$/;
/** Directives whose body is prose of the story: read as a quote, a note when labelled. */
const PROSE_DIRECTIVES = new Set(['note', 'admonition', 'epigraph', 'highlights', 'pull-quote', 'sidebar', 'topic', 'rubric', 'tip', 'hint', 'important', 'attention', 'caution', 'warning', 'danger', 'error', 'container', 'compound', 'line-block', 'parsed-literal', 'code', 'code-block', 'literal']);
const LIST_ITEM = /^(?:[-*+•]|\d+[.)]|#\.)\s+/;

/** reStructuredText inline markup to emphasis marks: `**strong**`, `*emphasis*`, ``` ``literal`` ```, roles and link text as their words, escapes undone. */
export function rstInline(text: string): string {
  let t = text
    .replace(/:(?:emphasis|title-reference|t):`([^`]+)`/g, `${EM.open}$1${EM.close}`)
    .replace(/:strong:`([^`]+)`/g, `${STRONG.open}$1${STRONG.close}`)
    .replace(/:[\w-]+:`([^`]+)`/g, '$1')
    .replace(/`([^`<]+?)\s*<[^>]*>`__?/g, '$1')
    .replace(/`([^`]+)`__?/g, '$1')
    .replace(/``([^`]+)``/g, '$1')
    .replace(/\[#?\w*\]_/g, '');
  t = t.replace(/\*\*([^*\s](?:[^*]*[^*\s])?)\*\*/g, `${STRONG.open}$1${STRONG.close}`);
  t = delimit(t, '*', EM);
  t = delimit(t, '`', null);
  return t.replace(/\\(.)/g, '$1');
}

const indentOf = (l: string): number => /^\s*/.exec(l)![0].replace(/\t/g, '        ').length;

/**
 * A reStructuredText manuscript: titles over- or underlined, their levels
 * decided by the order the adornment styles first appear; a docinfo field
 * list (`:Author:`) as fields; `.. note::` and `.. admonition:: Title`
 * directives and indented quotes (notes when labelled); transitions as
 * scene breaks; comments and other directives dropped with a diagnostic.
 */
export function readRst(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, rstInline);
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  const styles: string[] = [];
  let inBody = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '') {
      out.end();
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    const after = lines[i + 2]?.trim() ?? '';
    // Overline, title, underline; or title, underline. A lone adornment between blank lines is a transition.
    if (!out.open && ADORNMENT.test(line) && next !== '' && !ADORNMENT.test(next) && after === line) {
      const depth = level(styles, `over${line[0]}`);
      out.heading(depth, next, n + 1);
      i += 2;
      continue;
    }
    if (!out.open && !ADORNMENT.test(line) && ADORNMENT.test(next) && next.length >= Math.min(line.length, 4) && indentOf(raw) === 0) {
      out.heading(level(styles, `under${next[0]}`), line, n);
      i += 1;
      continue;
    }
    if (!out.open && ADORNMENT.test(line) && line.length >= 4) {
      out.sceneBreak(line, n);
      inBody = true;
      continue;
    }
    const field = out.open ? null : FIELD.exec(line);
    if (field && indentOf(raw) === 0) {
      if (!inBody) setHeaderField(meta, field[1]!, field[2]!);
      else out.line(`${field[1]}: ${field[2]}`, n);
      continue;
    }
    if (!out.open && line.startsWith('..')) {
      const body = indented(lines, i + 1);
      const directive = DIRECTIVE.exec(line);
      const name = directive?.[1]?.toLowerCase();
      const end = i + body.length;
      if (directive && name && PROSE_DIRECTIVES.has(name)) {
        const inner = new BlockCollector(sink, rstInline, true);
        let options = true;
        body.forEach((l, k) => {
          const t = l.trim();
          if (options && /^:[\w-]+:/.test(t)) return void sink.info('rst-option', i + 2 + k, `directive option ${t.slice(0, 30)} dropped`);
          options = false;
          if (t === '') inner.end();
          else inner.line(t, i + 2 + k, name === 'line-block' || name.startsWith('code') || name.endsWith('literal') ? BREAK : ' ');
        });
        const argument = directive[2]!.trim();
        const title = name === 'admonition' || name === 'topic' || name === 'sidebar' || name === 'rubric' ? argument : null;
        if (title === null && argument !== '') inner.blocks.unshift({ type: 'paragraph', children: [{ type: 'text', value: argument }], position: { start: { line: n, column: 1 }, end: { line: n, column: 1 } } });
        out.container(title, inner, n, end + 1, `.. ${name}:: directive`, name === 'note' ? 'Note' : null);
      } else {
        out.end();
        sink.info(directive ? 'rst-directive' : 'rst-comment', n, directive ? `directive .. ${directive[1]}:: dropped` : 'comment dropped', { endLine: end + 1 });
      }
      i = end;
      continue;
    }
    inBody = inBody || out.open || out.blocks.some((b) => b.type !== 'mdHeading');
    if (!out.open && indentOf(raw) > 0) {
      // An indented block is a block quote.
      const body = indented(lines, i, indentOf(raw));
      const inner = new BlockCollector(sink, rstInline, true);
      body.forEach((l, k) => (l.trim() === '' ? inner.end() : inner.line(l.trim(), n + k)));
      out.container(null, inner, n, i + body.length, 'indented quote');
      i += body.length - 1;
      continue;
    }
    if (line.startsWith('| ') || line === '|') {
      out.line(line.slice(2), n, BREAK);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      out.end();
      out.line(line.replace(LIST_ITEM, ''), n);
      continue;
    }
    out.line(line, n);
  }
  out.end();
  return { meta, blocks: out.blocks };
}

/** Adornment styles rank by first appearance: the first seen is level 1. */
function level(styles: string[], style: string): number {
  if (!styles.includes(style)) styles.push(style);
  return styles.indexOf(style) + 1;
}

/** The indented lines from `from` (blank lines inside kept, trailing ones not), at least `min` columns in. */
function indented(lines: readonly string[], from: number, min = 1): string[] {
  let end = from;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.trim() === '') continue;
    if (indentOf(l) < min) break;
    end = k + 1;
  }
  return lines.slice(from, end);
}
