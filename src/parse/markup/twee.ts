import type { DiagnosticSink } from '../../diagnostics.js';
import { matchByLine } from '../rules/header-labels.js';
import { matchNoteLabel } from '../rules/notes.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, delimit, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/**
 * Twee (Twine's source, as Tweego reads it and Twine 2 shows it under "View as Twee"): passages under
 * `:: Name [tags] {metadata}` headers. The special passages are the header (`StoryTitle`, `StoryData`'s JSON,
 * Twine 1's `StoryAuthor` and `StorySubtitle`) or the game's machinery (`StoryInit`, `StoryCaption`,
 * `StoryMenu`, `PassageHeader`, …), as are passages tagged `script`, `stylesheet`, `widget`, `Twine.private`
 * or Harlowe's `header`/`startup`. Every other passage is a chapter titled by its name, the start passage
 * first. In a passage: links (`[[Go->Hall]]`) keep the words they show, except a passage's one way on
 * standing alone (`[[Weiter->Die Treppe]]`), which is a continue button; macros of SugarCube (`<<set …>>`),
 * Harlowe (`(set: …)`, hooks `[…]`) and Snowman (`<% … %>`) are off, their hooks' words kept; `''bold''`,
 * `//italic//` and HTML emphasis are emphasis; comments are left out unless they open with a note label.
 */

/** A passage header: `:: Name [tags] {metadata}`, the name with `\[`, `\{` escapes. */
export const TWEE_HEADER = /^::\s*((?:[^\\[{]|\\.)+?)\s*(?:\[([^\]]*)\])?\s*(\{.*\})?\s*$/;
/** Passages that hold the story's header or the story format's machinery, not story text. */
export const TWEE_SPECIAL = /^(?:StoryTitle|StoryData|StoryAuthor|StorySubtitle|StoryIncludes|StorySettings|StoryInit|StoryCaption|StoryMenu|StoryBanner|StoryShare|StoryInterface|StoryDisplayTitle|PassageReady|PassageDone|PassageHeader|PassageFooter)$/;
/** Tags of passages that are code, styles or media, or that a story format runs rather than shows. */
const MACHINERY_TAGS = /^(?:script|stylesheet|widget|init|header|footer|startup|debug-header|debug-footer|debug-startup|Twine\.(?:private|image|audio|video|vtt))$/;
/** Comments in any story format, by opener and closer: `/* … *\/`, `<!-- … -->`, SugarCube's `/% … %/`. */
const COMMENT_MARKS: readonly (readonly [string, string])[] = [['/*', '*/'], ['<!--', '-->'], ['/%', '%/']];
/**
 * A link, in each of its forms: `[[Text]]`, `[[Text|Target]]`, `[[Text->Target]]`, `[[Target<-Text]]`, a setter
 * after. Spans here are bounded, so an opener that never closes costs a short look ahead, not the rest of the text.
 */
const LINK = /\[\[((?:[^\]]|\](?!\])){0,1000}?)\]\](?:\[[^\]]{0,1000}\])?/g;

/** Text with its comments replaced by `replace(comment, offset)`: one scan, an unclosed comment running to the end. */
function replaceComments(text: string, replace: (comment: string, at: number) => string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = COMMENT_MARKS.map(([o, c]) => ({ at: text.indexOf(o, from), o, c })).filter((m) => m.at >= 0).sort((a, b) => a.at - b.at)[0];
    if (open === undefined) break;
    const close = text.indexOf(open.c, open.at + open.o.length);
    if (close < 0) break;
    const end = close + open.c.length;
    out += text.slice(from, open.at) + replace(text.slice(open.at, end), open.at);
    from = end;
  }
  return out + text.slice(from);
}

interface Passage {
  name: string;
  tags: string[];
  line: number;
  lines: string[];
}

/** The words a link shows: of `Text|Target` and `Text->Target` the text, of `Target<-Text` the text. */
function linkText(inner: string): string {
  const pipe = inner.indexOf('|');
  if (pipe >= 0) return inner.slice(0, pipe);
  const right = inner.lastIndexOf('->');
  if (right >= 0) return inner.slice(0, right);
  const left = inner.indexOf('<-');
  return left >= 0 ? inner.slice(left + 2) : inner;
}

/** The passage a link leads to. */
function linkTarget(inner: string): string {
  const pipe = inner.indexOf('|');
  if (pipe >= 0) return inner.slice(pipe + 1).trim();
  const right = inner.lastIndexOf('->');
  if (right >= 0) return inner.slice(right + 2).trim();
  const left = inner.indexOf('<-');
  return (left >= 0 ? inner.slice(0, left) : inner).trim();
}

/**
 * A line as the reader sees it: macros off (SugarCube `<<…>>`, Snowman `<% … %>`, Harlowe `(name: …)` and
 * its hooks' brackets), links as their words, HTML tags off save emphasis and `<br>`, wiki emphasis marked.
 */
export function tweeInline(text: string, harlowe = true): string {
  let t = text
    .replace(/<%[\s\S]*?%>/g, '')
    .replace(/<<(?:[^<>]|<(?!<)|>(?!>)){0,1000}?>>/g, '')
    .replace(LINK, (_, inner: string) => linkText(inner))
    .replace(/<br\s*\/?>/gi, BREAK);
  // Harlowe: a macro call, a named hook's name, a hook's brackets (what a hook holds is shown). Only in a story
  // that may be Harlowe's: elsewhere `(see: below)` and `[sic]` are the writer's.
  if (harlowe) {
    t = t
      .replace(/\((?:[a-z][\w-]*):(?:[^()]|\([^()]{0,300}\)){0,1000}\)/gi, '')
      .replace(/\|[\w-]+>\[|\]<[\w-]+\|/g, (m) => (m.startsWith('|') ? '[' : ']'))
      .replace(/(^|[\s>\uE004])\[([^\][]*)\]/g, '$1$2');
  }
  t = t
    .replace(/<(i|em)\b[^>]*>([\s\S]{0,2000}?)<\/\1>/gi, `${EM.open}$2${EM.close}`)
    .replace(/<(b|strong)\b[^>]*>([\s\S]{0,2000}?)<\/\1>/gi, `${STRONG.open}$2${STRONG.close}`)
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    // SugarCube's custom style run `@@color:red;text@@`: the text.
    .replace(/@@(?:[^;@]*;)?([^@]*)@@/g, '$1');
  t = t.replace(/''([^'\n]+)''/g, `${STRONG.open}$1${STRONG.close}`);
  t = delimit(t, '//', EM);
  t = delimit(t, '**', STRONG);
  return t.replace(/__([^_\n]+)__|==([^=\n]+)==|~~([^~\n]+)~~|\^\^([^^\n]+)\^\^/g, (...m: (string | undefined)[]) => m.slice(1, 5).find((g) => g !== undefined) ?? '');
}

/** The passages in the order written; lines before the first header are no passage's (Tweego ignores them). */
function passages(text: string): Passage[] {
  const list: Passage[] = [];
  text.split('\n').forEach((raw, i) => {
    const header = TWEE_HEADER.exec(raw.trimEnd());
    if (header && raw.startsWith('::')) {
      const name = header[1]!.replace(/\\(.)/g, '$1').trim();
      list.push({ name, tags: (header[2] ?? '').split(/\s+/).filter(Boolean), line: i + 1, lines: [] });
    } else list[list.length - 1]?.lines.push(raw);
  });
  return list;
}

export function readTwee(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const list = passages(text);
  let start: string | null = null;
  let format: string | null = null;
  const story: Passage[] = [];
  for (const p of list) {
    const body = p.lines.join('\n').trim();
    if (p.name === 'StoryTitle') meta.title ??= body.split('\n')[0]!.trim() || null;
    else if (p.name === 'StoryAuthor') meta.author ??= unmark(tweeInline(body)) || null;
    else if (p.name === 'StorySubtitle' || p.name === 'StoryCaption' || p.name === 'StoryBanner') {
      const plain = unmark(tweeInline(replaceComments(body, () => '')));
      const by = plain.includes('\n') ? null : matchByLine(plain);
      if (by) meta.author ??= by.author;
      else if (p.name === 'StorySubtitle') meta.subtitle ??= plain || null;
    } else if (p.name === 'StoryData') {
      try {
        const data = JSON.parse(body) as Record<string, unknown>;
        if (typeof data.start === 'string') start = data.start;
        if (typeof data.format === 'string') format = data.format;
        if (typeof data.format === 'string') setHeaderField(meta, 'Story format', [data.format, data['format-version']].filter((v) => typeof v === 'string').join(' '));
      } catch {
        sink.info('twee-story-data', p.line, 'StoryData is not JSON: left out');
      }
    }
    if (TWEE_SPECIAL.test(p.name) || p.tags.some((t) => MACHINERY_TAGS.test(t))) {
      if (!/^Story(?:Title|Data|Author|Subtitle)$/.test(p.name)) sink.info('twee-machinery', p.line, `passage "${p.name}" is the story format's machinery (code, styles, menus), not story text: left out`);
      continue;
    }
    story.push(p);
  }
  // The start passage is read first (StoryData's `start`, else Twine 1's `Start`); the rest as written.
  const first = story.findIndex((p) => p.name === (start ?? 'Start'));
  if (first > 0) story.unshift(...story.splice(first, 1));

  const harlowe = format === null || /harlowe/i.test(format);
  const inline = (t: string): string => tweeInline(t, harlowe);
  const out = new BlockCollector(sink, inline);
  for (const p of story) {
    out.heading(1, p.name, p.line);
    readPassage(p, out, inline, sink);
  }
  out.end();
  return { meta, blocks: out.blocks };
}

/** One passage's text: blank lines part paragraphs, a line break stays one; comments out, or notes when labelled. */
function readPassage(p: Passage, out: BlockCollector, inline: (t: string) => string, sink: DiagnosticSink): void {
  const text = p.lines.join('\n');
  const targets = new Set([...text.matchAll(LINK)].map((m) => linkTarget(m[1]!)));
  // Comments out, each line of one kept blank so line numbers hold; a labelled one is a note where it stood.
  const notes = new Map<number, string>();
  let counted = { at: 0, lines: 0 };
  const lines = replaceComments(text, (comment, at) => {
    for (let k = text.indexOf('\n', counted.at); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) counted = { at: k + 1, lines: counted.lines + 1 };
    const inner = comment.replace(/^(?:\/\*|<!--|\/%)|(?:\*\/|-->|%\/)$/g, '').trim();
    if (matchNoteLabel(inner) !== null) notes.set(counted.lines, inner);
    else sink.info('twee-comment', p.line + 1 + counted.lines, 'comment left out of the story text');
    return comment.replace(/[^\n]/g, '');
  }).split('\n');
  lines.forEach((raw, i) => {
    const n = p.line + 1 + i;
    const note = notes.get(i);
    if (note !== undefined) {
      const inner = new BlockCollector(sink, (t) => t, true);
      note.split('\n').forEach((l, j) => (l.trim() === '' ? inner.end() : inner.line(l.trim(), n + j)));
      out.container(null, inner, n, n + note.split('\n').length - 1, 'comment');
    }
    const line = raw.trim();
    if (line === '') return void out.end();
    // A line of a lone link, the passage's one way on: the continue button of a linear story.
    const only = /^\[\[((?:[^\]]|\](?!\]))*)\]\](?:\[[^\]]*\])?$/.exec(line);
    if (only && targets.size === 1) return void sink.info('twee-continue', n, `the passage's one link "${linkText(only[1]!).trim()}" is a continue button, not story text`);
    if (/^-{3,}$/.test(line) || /^<hr\s*\/?>$/i.test(line)) return void out.sceneBreak(line, n);
    // SugarCube's `!` and Harlowe's `#` headings inside a passage: their words, a line of their own.
    const heading = /^(?:!{1,6}|#{1,6}\s)\s*(.*)$/.exec(line);
    if (heading) {
      out.end();
      out.line(heading[1]!, n);
      return void out.end();
    }
    if (unmark(inline(line)) === '') return;
    out.line(line, n, BREAK);
  });
  out.end();
}
