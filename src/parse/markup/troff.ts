import type { DiagnosticSink } from '../../diagnostics.js';
import { isSceneBreak } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';
import { MOM_BLOCK_END, MOM_BLOCKS, MOM_BREAKS, MOM_HEADINGS, MOM_LAYOUT, MOM_META, MOM_NAME } from './mom.js';
import { requestArguments, troffInline } from './troff-inline.js';

/** A control line: `.` or `'`, the request or macro name, its arguments. */
const CONTROL = /^[.']\s*([^\s\\]+)(?:\s+(.*))?$/;
const COMMENT = /^(?:[.']\s*)?\\["#]/;
/** Macros that start a paragraph (ms, man, me, mm). */
const PARAGRAPH = new Set(['PP', 'LP', 'QP', 'HP', 'TP', 'P', 'IP', 'XP', 'pp', 'lp', 'hp', 'ip', 'np', 'bu', 'LI']);
/** Font macros whose arguments are text: ms and man fonts, me's lower-case ones. */
const FONT_MACRO = /^(?:[IBR]|BI|IB|RI|IR|BR|RB|UL|CW|BX|[ibr]|bi|u)$/;
/** Blocks set off from the text (quotes, displays, indents, keeps): their words stay in the flow. */
const QUOTE_OPEN = new Set(['QS', '(q', '(b', '(z', '(l', 'DS', 'ID', 'LD', 'CD', 'BD']);
const QUOTE_CLOSE = new Set(['QE', ')q', ')b', ')z', ')l', 'DE']);
/** Requests and macros that only set the page or the type; their arguments are never words. */
const LAYOUT = new Set([
  'br', 'sp', 'bp', 'ne', 'nr', 'ft', 'ps', 'vs', 'in', 'ti', 'll', 'ad', 'na', 'hy', 'nh', 'ls', 'so', 'pl', 'po', 'ev', 'ta', 'tc', 'lc',
  'mk', 'rt', 'ss', 'cs', 'cu', 'lg', 'fp', 'nm', 'nn', 'mc', 'tr', 'uf', 'cc', 'c2', 'ec', 'eo', 'hc', 'hw', 'rm', 'rn', 'pn', 'pc', 'lt',
  'RS', 'RE', 'KS', 'KE', 'KF', 'SM', 'LG', 'NL', 'DA', 'ND', 'RP', 'MC', '1C', '2C', 'TA', 'CT', 'BT', 'PT', 'HD', 'FS', 'FE', 'XS', 'XE', 'XA', 'TC',
  'PD', 'IX', 'fo', 'he', 'ef', 'eh', 'of', 'oh', 'ba', 'xp', 'tp', 'ld', 'lo', 'sz', 're', 'ul', 'UC', 'AM', 'NE',
]);

/** Macros and requests read by name, besides the sets above. */
const NAMED = new Set(['TL', 'AU', 'AI', 'AB', 'AE', 'TH', 'NH', 'SH', 'SS', 'sh', 'ds', 'de', 'am', 'ig', 'di', 'da', 'nf', 'fi', 'ce', '.']);
const MOM_CHAPTER = new Set(['CHAPTER', 'CHAPTER_TITLE', 'CHAPTER_STRING', 'HEADING']);
const isMom = (name: string): boolean =>
  name in MOM_META || name in MOM_HEADINGS || MOM_BREAKS.has(name) || MOM_BLOCKS.has(name) || MOM_LAYOUT.has(name) || MOM_CHAPTER.has(name) || MOM_NAME.test(name);
const known = (name: string): boolean =>
  NAMED.has(name) || PARAGRAPH.has(name) || QUOTE_OPEN.has(name) || QUOTE_CLOSE.has(name) || LAYOUT.has(name) || FONT_MACRO.test(name) || isMom(name);

/**
 * A control line, or null for text. A line opened by `'` is one only for a name quire knows (`'Tis the
 * season` is prose), and one opened by `.` only for a name shaped like a macro's (`...and then` is prose).
 */
function controlLine(raw: string): RegExpExecArray | null {
  const control = CONTROL.exec(raw);
  if (!control) return null;
  const name = control[1]!;
  if (raw.startsWith("'")) return known(name) ? control : null;
  return known(name) || /^[A-Za-z][A-Za-z0-9]{0,3}$/.test(name) ? control : null;
}

type Mode = 'text' | 'title' | 'author' | 'institution' | 'abstract' | 'heading';

/**
 * A troff manuscript in the ms macros (and man's and me's headings and
 * paragraphs): `.TL`, `.AU`, `.AI` and `.AB`…`.AE` as title, author,
 * institution and summary; `.NH`/`.SH` (`.SS`, me's `.sh N`) headings with
 * their text on the lines below (or as arguments); `.PP`/`.LP`/`.IP`
 * paragraphs; `.I "words"` and `\fI…\fP` emphasis; centred `* * *` lines as
 * scene breaks; `.QS`/`.QE` and displays as quotes (notes when labelled).
 * Comments, macro definitions and layout requests carry no words and are
 * dropped with a diagnostic; an unknown macro keeps its arguments' words.
 * The mom macros too: `.TITLE`/`.AUTHOR`, `.CHAPTER n` and `.CHAPTER_TITLE`
 * (or a `.TITLE` after `.COLLATE`) made one heading at `.START`, `.HEADING n`,
 * `.LINEBREAK` as a scene break, `.QUOTE`…`.QUOTE OFF` blocks, style macros dropped.
 */
export function readTroff(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const strings = new Map<string, string>();
  const inline = (t: string): string => troffInline(t, strings);
  let out = new BlockCollector(sink, inline);
  // Cast, not annotated: the closures below assign it, which narrowing from `= null` would not see.
  let outer = null as { collector: BlockCollector; line: number } | null;
  let quoteDepth = 0;
  const lines = text.split('\n');
  let mode: Mode = 'text';
  let gathered: string[] = [];
  let heading = { depth: 1, line: 1 };
  let centred = 0;
  let noFill = false;
  // mom: a chapter's number, label and title wait for `.START`, which sets them as one heading.
  const chapter: { number: string; label: string; title: string; line: number } = { number: '', label: 'Chapter', title: '', line: 0 };
  let started = false;

  const finish = (): void => {
    const value = unmark(inline(gathered.join(' ')));
    gathered = [];
    if (mode === 'heading') out.heading(heading.depth, value, heading.line);
    else if (mode === 'title' && meta.title === null) meta.title = value || null;
    else if (mode === 'author' && value !== '') meta.author = meta.author === null ? value : `${meta.author}, ${value}`;
    else if (mode === 'institution') setHeaderField(meta, 'Institution', value);
    else if (mode === 'abstract') setHeaderField(meta, 'Abstract', value);
    mode = 'text';
  };

  const openBlock = (n: number): void => {
    out.end();
    // A block inside a block stays in the outer one: quotes are set off once, and nesting costs nothing.
    if (quoteDepth++ === 0) {
      outer = { collector: out, line: n };
      out = new BlockCollector(sink, inline, true);
    }
  };
  const closeBlock = (n: number, what: string): void => {
    out.end();
    if (quoteDepth > 0 && --quoteDepth === 0 && outer) {
      outer.collector.container(null, out, outer.line, n, what);
      out = outer.collector;
      outer = null;
    }
  };
  const readMom = (name: string, args: readonly string[], n: number): void => {
    const words = args.join(' ').trim();
    const key = MOM_META[name];
    if (key !== undefined) {
      const value = unmark(inline(words));
      // Once a document has started, a `.TITLE` (after `.COLLATE`) names the next one of a collection: a chapter.
      if (key === 'title' && started && value !== meta.title) Object.assign(chapter, { title: words, line: n });
      else if (meta[key] === null && value !== '') meta[key] = value;
    } else if (name === 'CHAPTER') Object.assign(chapter, { number: words, line: n });
    else if (name === 'CHAPTER_TITLE') Object.assign(chapter, { title: words, line: chapter.line || n });
    else if (name === 'CHAPTER_STRING') chapter.label = words;
    else if (name === 'START') {
      out.end();
      started = true;
      const heading = [chapter.number && `${chapter.label} ${chapter.number}`, chapter.title].filter(Boolean).join(': ');
      if (heading !== '') out.heading(1, inline(heading), chapter.line || n);
      Object.assign(chapter, { number: '', title: '', line: 0 });
    } else if (name === 'HEADING' || name in MOM_HEADINGS) {
      out.end();
      const level = name === 'HEADING' ? Number(args[0]) : MOM_HEADINGS[name]!;
      const text = (name === 'HEADING' ? args.slice(1) : args).join(' ');
      if (Number.isInteger(level) && level > 0 && text !== '') out.heading(level, inline(text), n);
    } else if (MOM_BREAKS.has(name)) {
      out.end();
      out.sceneBreak(`.${name}`, n);
    } else if (MOM_BLOCKS.has(name)) {
      if (args[0] !== undefined && MOM_BLOCK_END.test(args[0])) closeBlock(n, `.${name} block`);
      else openBlock(n);
    } else {
      if (name === 'COLLATE' || name === 'NEWPAGE') out.end();
      sink.info('troff-mom-style', n, `.${name} dropped: mom layout or style, not story`);
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!.replace(/\s+$/, '');
    if (COMMENT.test(raw)) {
      if (/[\p{L}\p{N}]/u.test(raw)) sink.info('troff-comment', n, 'comment dropped');
      continue;
    }
    const control = controlLine(raw);
    if (!control) {
      if (raw.trim() === '') {
        if (mode === 'heading') finish();
        if (mode === 'text') out.end();
        continue;
      }
      if (mode !== 'text') {
        // A heading's line is where its words are, not its macro's.
        if (mode === 'heading' && gathered.length === 0) heading.line = n;
        gathered.push(raw.trim());
        continue;
      }
      const plain = unmark(inline(raw)).trim();
      if (centred > 0 || (!out.open && isSceneBreak(plain))) {
        centred = Math.max(0, centred - 1);
        out.end();
        if (isSceneBreak(plain)) out.sceneBreak(plain, n);
        else {
          out.line(raw, n);
          out.end();
        }
        continue;
      }
      out.line(raw, n, noFill ? BREAK : ' ');
      continue;
    }
    const name = control[1]!;
    const rest = control[2] ?? '';
    const args = requestArguments(rest);
    if (name === '.' || name === 'de' || name === 'am' || name === 'ig' || name === 'di' || name === 'da') {
      if (name === '.') continue;
      // A macro definition or an ignored block runs to its `..` line.
      let end = i + 1;
      while (end < lines.length && !/^[.']\s*\.\s*$/.test(lines[end]!)) end++;
      sink.info('troff-definition', n, `.${name} ${args[0] ?? ''} block dropped: it defines layout, not story`.replace(/ +/g, ' '), { endLine: Math.min(end + 1, lines.length) });
      i = end;
      continue;
    }
    if (mode !== 'text' && FONT_MACRO.test(name)) {
      // `.I word` inside a title, an abstract or a heading is part of it.
      if (args.length > 0) gathered.push(fontRun(name, args));
      continue;
    }
    if (mode !== 'text') finish();
    if (isMom(name)) {
      readMom(name, args, n);
      continue;
    }
    if (name === 'TL' || name === 'AU' || name === 'AI' || name === 'AB') {
      out.end();
      mode = name === 'TL' ? 'title' : name === 'AU' ? 'author' : name === 'AI' ? 'institution' : 'abstract';
      continue;
    }
    if (name === 'AE') continue;
    if (name === 'TH') {
      if (meta.title === null && args[0]) meta.title = args[0];
      if (args[1]) setHeaderField(meta, 'Section', args[1]);
      continue;
    }
    if (name === 'NH' || name === 'SH' || name === 'SS' || name === 'sh') {
      out.end();
      const numeric = args.length > 0 && /^\d+$/.test(args[0]!);
      const depth = name === 'SS' ? 2 : numeric ? Math.max(1, Number(args[0])) : 1;
      const words = (name === 'sh' || numeric ? args.slice(1) : args).join(' ');
      heading = { depth, line: n };
      if (words !== '') out.heading(depth, words, n);
      else mode = 'heading';
      continue;
    }
    if (name === 'ds') {
      const [key, ...value] = rest.split(/\s+/);
      if (key) strings.set(key, value.join(' ').replace(/^"/, ''));
      sink.info('troff-request', n, `.ds ${key ?? ''} string definition dropped`);
      continue;
    }
    if (FONT_MACRO.test(name)) {
      if (args.length === 0) continue;
      out.line(fontRun(name, args), n);
      continue;
    }
    if (PARAGRAPH.has(name)) {
      out.end();
      if ((name === 'IP' || name === 'ip') && args[0]) out.line(args[0], n);
      continue;
    }
    if (QUOTE_OPEN.has(name)) {
      openBlock(n);
      continue;
    }
    if (QUOTE_CLOSE.has(name)) {
      closeBlock(n, `.${name} block`);
      continue;
    }
    if (name === 'nf' || name === 'fi') {
      out.end();
      noFill = name === 'nf';
      continue;
    }
    if (name === 'ce') {
      out.end();
      centred = args[0] && /^\d+$/.test(args[0]) ? Number(args[0]) : 1;
      continue;
    }
    if (LAYOUT.has(name) || /^[a-z]{1,2}$/.test(name)) {
      if (name === 'sp' || name === 'bp' || name === 'br') out.end();
      sink.info('troff-request', n, `.${name} request dropped: layout, not story`);
      continue;
    }
    // An unknown macro: its name is markup, its arguments may be words.
    sink.info('troff-macro', n, `unknown macro .${name} taken off; its arguments kept as text`);
    if (args.length > 0) out.line(args.join(' '), n);
  }
  if (mode !== 'text') finish();
  if (outer) {
    outer.collector.container(null, out, outer.line, lines.length, 'unclosed block');
    out = outer.collector;
  }
  out.end();
  return { meta, blocks: out.blocks };
}

/** `.I words post pre` (ms), `.BI a b c` (man's alternating fonts) as text with font escapes. */
function fontRun(name: string, args: readonly string[]): string {
  const font = (letter: string): string => (letter === 'I' || letter === 'i' || letter === 'u' ? '\\fI' : letter === 'B' || letter === 'b' ? '\\fB' : '\\fR');
  if (name.length === 2 && name !== 'UL' && name !== 'CW' && name !== 'BX' && name !== 'bi') {
    return args.map((a, k) => `${font(name[k % 2]!)}${a}`).join('') + '\\fR';
  }
  const [words = '', post = '', pre = ''] = args;
  return `${pre}${font(name === 'bi' ? 'B' : name[0]!)}${words}\\fR${post}`;
}
