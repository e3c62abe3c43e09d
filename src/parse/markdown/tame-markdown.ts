import type { DiagnosticSink } from '../../diagnostics.js';

/**
 * Bounds on what one Markdown file may make remark do. CommonMark's
 * containers nest without limit and its delimiter, bracket and escape
 * handling is slow on dense markup (remark-parse 11, measured: 5,000 nested
 * `>` overflowed the stack; 200,000 `[` then `]` took 338 s; 1 MB of `\*`
 * 10 s). A line past the nesting bounds is flattened, and a paragraph dense
 * with markup is not handed to remark at all: it stays literal text. No real
 * manuscript comes near these, and every word is kept.
 */
const MAX_CONTAINERS = 16;
const MAX_INDENT = 128;
/** Markup characters and container markers in one blank-line-separated run. */
const MAX_MARKUP = 2000;
/**
 * Blocks handed to remark in one call, and in all. remark's cost grows
 * faster than the number of blocks (4,000 one-line quotes: 4.3 s in one call),
 * so the text goes in chunks cut where no block can span the cut; past a
 * total weight, runs are kept as literal paragraphs.
 */
const CHUNK_RUNS = 400;
/** Each run weighs 1 plus its quote and list markers: deep containers are what cost remark most. */
const MAX_WEIGHT = 20_000;

/** `>` quote markers and list markers that open a line, however they are spaced. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+/;
const CONTAINER_MARKER = /[ \t]*(?:>|[-+*]|\d{1,9}[.)])/g;
const INDENT = /^[ \t]+/;
const MARKUP = /[*_[\]()<>!&`\\]/g;

export interface Literal {
  text: string;
  line: number;
}

export interface Chunk {
  text: string;
  /** Lines before this chunk in the file. */
  lineOffset: number;
}

export interface Tamed {
  /** The text remark is to read, whole lines, in order. */
  chunks: Chunk[];
  /** Lines as remark reads them (with placeholders), for looking back at the source. */
  lines: string[];
  /** Placeholder paragraph → the literal paragraphs it stands for, with their first lines. */
  literals: Map<string, Literal[]>;
}

type Bound = 'containers' | 'indent' | 'markup' | 'runs';

function tameLine(line: string, index: number, hit: Partial<Record<Bound, number>>): { line: string; markers: number } {
  const indent = INDENT.exec(line)?.[0];
  if (indent !== undefined && indent.replace(/\t/g, '    ').length > MAX_INDENT) {
    hit.indent ??= index + 1;
    line = ' '.repeat(MAX_INDENT) + line.slice(indent.length);
  }
  const prefix = CONTAINER_PREFIX.exec(line)?.[0];
  if (prefix === undefined) return { line, markers: 0 };
  const markers = [...prefix.matchAll(CONTAINER_MARKER)];
  if (markers.length <= MAX_CONTAINERS) return { line, markers: markers.length };
  const last = markers[MAX_CONTAINERS - 1]!;
  hit.containers ??= index + 1;
  return { line: line.slice(0, last.index + last[0].length) + ' ' + line.slice(prefix.length).trimStart(), markers: markers.length };
}

/** A private-use character the text does not contain, to make placeholders no input can forge. */
function sentinel(text: string): string {
  for (let c = 0xe000; c <= 0xf8ff; c++) if (!text.includes(String.fromCharCode(c))) return String.fromCharCode(c);
  return '\u0000';
}

export function tameMarkdown(text: string, sink: DiagnosticSink): Tamed {
  const hit: Partial<Record<Bound, number>> = {};
  const literals = new Map<string, Literal[]>();
  /** Lines [from, to) become one placeholder line and blank lines, so every later line keeps its number. */
  const keepLiteral = (from: number, to: number): void => {
    const key = `${mark}${literals.size}${mark}`;
    const paragraphs: Literal[] = [];
    for (let a = from; a < to; ) {
      while (a < to && all[a]!.trim() === '') a++;
      let b = a;
      while (b < to && all[b]!.trim() !== '') b++;
      if (b > a) paragraphs.push({ text: all.slice(a, b).join('\n'), line: a + 1 });
      a = b;
    }
    literals.set(key, paragraphs);
    lines.splice(from, to - from, key, ...Array<string>(to - from - 1).fill(''));
  };
  const all = text.split('\n');
  // Front matter (YAML `---`, Hugo's TOML `+++`) is bounded by its own reader, and must reach it unchanged.
  const opening = all[0]?.trimEnd();
  const fence = opening === '---' ? all.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l)) : opening === '+++' ? all.findIndex((l, i) => i > 0 && /^\+\+\+\s*$/.test(l)) : -1;
  const lines = [...all];
  const mark = sentinel(text);
  const cuts: number[] = [0];
  let start = fence + 1;
  let markup = 0;
  let weight = 0;
  let markers = 0;
  let inChunk = 0;
  let fenceChar: string | null = null;
  let openComments = 0;
  for (let i = start; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.trim() !== '') {
      const tamed = tameLine(lines[i]!, i, hit);
      lines[i] = tamed.line;
      markers += tamed.markers;
      markup += tamed.markers + (lines[i]!.match(MARKUP)?.length ?? 0);
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]!)?.[1]?.[0] ?? null;
      if (f !== null) fenceChar = fenceChar === null ? f : fenceChar === f ? null : fenceChar;
      openComments += (lines[i]!.match(/<!--/g)?.length ?? 0) - (lines[i]!.match(/-->/g)?.length ?? 0);
      continue;
    }
    if (i === start) {
      start = i + 1;
      continue;
    }
    weight += 1 + markers;
    if (weight > MAX_WEIGHT && fenceChar === null) {
      hit.runs = start + 1;
      keepLiteral(start, lines.length);
      break;
    }
    if (markup > MAX_MARKUP) {
      hit.markup ??= start + 1;
      keepLiteral(start, i);
    }
    // A cut is safe before a run that starts at the margin, outside a code fence or an HTML comment, and not at a `---` that would read as front matter.
    const next = lines[i + 1];
    if (++inChunk >= CHUNK_RUNS && fenceChar === null && openComments <= 0 && next !== undefined && /^\S/.test(next) && !/^---\s*$/.test(next)) {
      cuts.push(i + 1);
      inChunk = 0;
    }
    start = i + 1;
    markup = 0;
    markers = 0;
  }
  if (hit.containers !== undefined) sink.warn('md-nesting', hit.containers, `quotes or lists nested more than ${MAX_CONTAINERS} deep; the deeper levels are read as the level above them`);
  if (hit.indent !== undefined) sink.warn('md-nesting', hit.indent, `a line indented more than ${MAX_INDENT} columns; read as if indented ${MAX_INDENT}`);
  if (hit.runs !== undefined) sink.warn('md-markup-limit', hit.runs, `more Markdown blocks than quire reads (${MAX_WEIGHT.toLocaleString('en')} paragraphs, quote and list levels); from here on the text is kept as written, without emphasis, links or quotes`);
  if (hit.markup !== undefined) sink.warn('md-markup-limit', hit.markup, `a paragraph with more than ${MAX_MARKUP} Markdown marks; kept as literal text, without emphasis, links or quotes`);
  cuts.push(lines.length);
  const chunks = cuts.slice(1).map((end, k) => ({ text: lines.slice(cuts[k], end).join('\n'), lineOffset: cuts[k]! }));
  return { chunks, lines, literals };
}
