import type { DiagnosticSink } from '../../diagnostics.js';
import type { StoryMeta } from '../../model.js';
import { matchByLine } from '../rules/header-labels.js';
import { matchNoteLabel } from '../rules/notes.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, EM, STRONG } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/** `=== knot ===`, `== knot(arg) ==`, `=== function name(x) ===`: a knot, the unit of an Ink story. */
export const INK_KNOT = /^={2,}\s*(function\s+)?([A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*=*\s*$/;
/** `= stitch`: a subsection of a knot. */
const STITCH = /^=\s*([A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*$/;
/** Statements that run the story rather than tell it: declarations, logic, includes. */
export const INK_STATEMENT = /^(?:VAR|CONST|LIST|INCLUDE|EXTERNAL|TODO:?)\s|^~/;
/** A divert, tunnel or thread standing alone: `-> knot`, `->->`, `<- thread`. */
const DIVERT_LINE = /^(?:->|<-)/;
/** Diverts, tunnels and threads ending a line: `-> knot`, `-> tunnel ->`, `->->`, `-> knot(x)`. */
const TRAILING_DIVERTS = /(?:\s*(?:->|<-)\s*[\w.]*(?:\([^)]*\))?)+\s*$/;
/** What stands before a branch's `:` in a multi-line conditional (`- else:`, `- oil > 2:`, `- heard_bell:`): a condition, not words. */
const CONDITION = /^(?:else|not\s+[\w.]+|[\w.]+|.*[<>=!&|()?].*)$/;
/** A choice: `*`/`+` bullets (nested `* *`), an optional `(label)` and `{condition}`s before its words. */
const CHOICE = /^([*+](?:\s*[*+])*)\s*(?:\(\w+\)\s*)?(?:\{[^{}]*\}\s*)*(.*)$/;
/** A gather: `-` bullets (nested `- -`) and an optional `(label)`; not a divert's arrow. */
const GATHER = /^(-(?:\s*-(?!>))*)(?!>)\s*(?:\(\w+\)\s*)?(.*)$/;

/**
 * A line's words as the player reads them: glue (`<>`) and escapes taken off, a trailing divert and the line's
 * tags (`#mood`) dropped; of `{condition: shown|otherwise}` and `{one|two}` the first branch, a printed
 * variable (`{oil}`) dropped.
 */
export function inkLine(text: string): string {
  let t = text.replace(TRAILING_DIVERTS, '').replace(/<>/g, '');
  t = t.replace(/(^|[^\\])#.*$/, '$1');
  for (let k = 0; k < 10 && /\{[^{}]*\}/.test(t); k++) {
    t = t.replace(/\{([^{}]*)\}/g, (_, inner: string) => {
      const branch = /^[^:|]*:(.*)$/.exec(inner)?.[1] ?? (inner.includes('|') ? inner.replace(/^[~&!$]/, '') : '');
      return branch.split('|')[0]!.trim();
    });
  }
  return t.replace(/\\(.)/g, '$1').trim();
}

/** `<i>`/`<b>` tags, which Ink passes on to the game, as emphasis; other tags dropped. */
const inkMarks = (text: string): string =>
  text
    .replace(/<(i|em)>(.*?)<\/\1>/gi, `${EM.open}$2${EM.close}`)
    .replace(/<(b|strong)>(.*?)<\/\1>/gi, `${STRONG.open}$2${STRONG.close}`)
    .replace(/<\/?[a-z][^<>]*>/gi, '');

/** `/* … *\/` comments out of the text, each line of one kept blank so line numbers hold; the comments by line. */
function blockComments(lines: string[]): { line: number; end: number; text: string }[] {
  const found: { line: number; end: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.indexOf('/*');
    if (at === -1 || lines[i]!.slice(0, at).includes('//')) continue;
    let k = i;
    while (k < lines.length && !lines[k]!.includes('*/', k === i ? at + 2 : 0)) k++;
    if (k === lines.length) break;
    const parts: string[] = [];
    for (let j = i; j <= k; j++) {
      const l = lines[j]!;
      const from = j === i ? at + 2 : 0;
      const to = j === k ? l.indexOf('*/', from) : l.length;
      parts.push(l.slice(from, to).replace(/^\s*\*(?!\/)\s?/, '').trim());
      lines[j] = (j === i ? l.slice(0, at) : '') + (j === k ? l.slice(to + 2) : '');
    }
    found.push({ line: i + 1, end: k + 1, text: parts.join('\n').trim() });
    i = k;
  }
  return found;
}

/** With no `# author:` tag, a by-line among the opening comments names the writer, and the comment over it the story. */
function openingByLine(lines: readonly string[], meta: StoryMeta, sink: DiagnosticSink): void {
  for (let i = 0; i < lines.length && i < 12; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (!line.startsWith('//')) return;
    const by = matchByLine(line.replace(/^\/\/\s*/, ''));
    if (!by) continue;
    setHeaderField(meta, 'author', by.author);
    const over = lines[i - 1]?.trim().replace(/^\/\/\s*/, '') ?? '';
    if (i > 0 && lines[i - 1]!.trim().startsWith('//') && over !== '' && !/\.ink\b/i.test(over)) setHeaderField(meta, 'title', over);
    sink.info('ink-byline', i + 1, 'the opening comment\'s by-line read as the author');
    return;
  }
}

/**
 * A story written in inkle's Ink (`.ink`, for inklecate and Inky): the text is what the player reads. Knots
 * (`=== name ===`) are its chapters, titled by their names; a stitch (`= name`) inside one after its text a
 * scene break. Each line of text is a paragraph; of a choice the words it leaves in the story (`* Yes[.]," she
 * said` → `Yes," she said`), of a gather its words. Not story text: comments, declarations (`VAR`, `CONST`,
 * `INCLUDE`), logic (`~ …`), diverts, tags and function knots. The global tags above the first knot
 * (`# title: …`, `# author: …`) are the metadata; a comment that opens with a note label (`/* Author's note:`)
 * is the author's note.
 */
export function readInk(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, inkMarks);
  const lines = text.split('\n');
  const comments = new Map(blockComments(lines).map((c) => [c.line, c]));
  let inKnot = false;
  let inFunction = false;
  let knotHasText = false;
  let left = 0;
  // Whether the last line of text ended in glue, which runs the next line on into it.
  let glued = false;
  // How deep the lines stand inside multi-line conditionals and sequences (`{ oil > 2:` … `}`).
  let braces = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const comment = comments.get(n);
    if (comment) {
      out.end();
      if (matchNoteLabel(comment.text.split('\n')[0]!) !== null) {
        const inner = new BlockCollector(sink, (t) => t, true);
        comment.text.split('\n').forEach((l, k) => (l === '' ? inner.end() : inner.line(l, n + k)));
        out.container(null, inner, n, comment.end, 'comment');
      } else sink.info('ink-comment', n, 'comment left out of the story text', { endLine: comment.end });
    }
    let line = lines[i]!.trim();
    if (line.startsWith('//')) {
      // A run of line comments that opens with a note label is the author's note; any other comment is the writer's aside.
      let k = i;
      while (k + 1 < lines.length && lines[k + 1]!.trim().startsWith('//')) k++;
      const run = lines.slice(i, k + 1).map((l) => l.trim().replace(/^\/\/\s?/, ''));
      out.end();
      if (matchNoteLabel(run[0]!) !== null) {
        const inner = new BlockCollector(sink, (t) => t, true);
        run.forEach((l, j) => inner.line(l, n + j));
        out.container(null, inner, n, k + 1, 'comment');
      } else sink.info('ink-comment', n, 'comment left out of the story text', { endLine: k + 1 });
      i = k;
      continue;
    }
    line = line.replace(/\s\/\/.*$/, '');
    if (line === '') continue;
    const knot = INK_KNOT.exec(line);
    if (knot) {
      inKnot = true;
      inFunction = knot[1] !== undefined;
      knotHasText = false;
      if (inFunction) sink.info('ink-function', n, `function ${knot[2]} left out: logic, not story text`);
      else out.heading(1, knot[2]!.replace(/_/g, ' '), n);
      continue;
    }
    if (inFunction) continue;
    const stitch = STITCH.exec(line);
    if (stitch) {
      if (knotHasText) out.sceneBreak(`= ${stitch[1]}`, n);
      continue;
    }
    const tag = /^#\s*([\p{L}][\w -]*?)\s*:\s*(.+)$/u.exec(line);
    if (tag && !inKnot && !knotHasText) {
      setHeaderField(meta, tag[1]!, tag[2]!);
      sink.info('ink-global-tag', n, `global tag "${tag[1]}" read as the story's ${tag[1]}`);
      continue;
    }
    if (INK_STATEMENT.test(line) || DIVERT_LINE.test(line) || line.startsWith('#')) {
      left++;
      continue;
    }
    if (/^\{[^{}]*$/.test(line) || (line === '}' && braces > 0)) {
      braces += line === '}' ? -1 : 1;
      left++;
      continue;
    }
    // A branch of a multi-line conditional: its words without the condition before its colon.
    const branch = braces > 0 ? /^-\s*(?:([^:]*):)?\s*(.*)$/.exec(line) : null;
    const choice = branch ? null : CHOICE.exec(line);
    const gather = branch || choice ? null : GATHER.exec(line);
    // Of a choice, the words outside its brackets go on into the story; those inside are the menu's only.
    const words = branch
      ? branch[1] !== undefined && !CONDITION.test(branch[1].trim())
        ? line.replace(/^-\s*/, '')
        : branch[2]!
      : choice
        ? choice[2]!.replace(/\[[^\]]*\]/g, '')
        : gather
          ? gather[2]!
          : line;
    const shown = inkLine(words);
    if (shown === '') {
      if (choice) sink.info('ink-choice', n, "a choice's menu words left out: the story goes on without them");
      else left++;
      continue;
    }
    if (/\{[^{}]*\|[^{}]*\}/.test(words)) sink.info('ink-alternatives', n, "of the line's alternatives (`{a|b}`, `{x: a|b}`) the first kept, as a first reading shows it");
    // Glue at a line's end or start runs the two lines into one; otherwise each line of ink is a paragraph.
    if (!glued && !/^<>/.test(words)) out.end();
    out.line(shown, n);
    glued = /<>\s*$/.test(words.replace(TRAILING_DIVERTS, '').replace(/(^|[^\\])#.*$/, '$1'));
    knotHasText = true;
  }
  out.end();
  if (meta.author === null) openingByLine(lines, meta, sink);
  if (left > 0) sink.info('markup-directives', 1, `${left} line(s) of the script's declarations, logic and diverts left out of the text`);
  return { meta, blocks: out.blocks };
}
