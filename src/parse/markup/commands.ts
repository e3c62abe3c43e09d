import type { DiagnosticSink } from '../../diagnostics.js';
import type { Note, Paragraph } from '../../model.js';
import { countWords } from '../../model-text.js';
import { inlineText } from '../inline.js';
import { matchHeading } from '../rules/headings.js';
import { isSceneBreak } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { AUTHOR_SECTION, commandRole, SYMBOLS, type CommandRole } from './command-vocabulary.js';
import { at, BlockCollector, EM, paragraphOf, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/**
 * A command markup: one command a line, named in words, with its argument after it or in braces. Texinfo
 * (`@chapter Wicks`, `@quotation Author's note` … `@end quotation`), Pollen (`◊chapter[#:n "1"]{The
 * Reliquary}`, `◊(define-meta author "…")`), ChoiceScript (`*title …`, `*comment …`, `*goto …`) and InDesign
 * tagged text (`<ParaStyle:Chapter Title>Frost`). What each command means comes from its name
 * (command-vocabulary.ts); a command whose name says nothing is a directive and leaves, unless its argument is
 * a paragraph's worth of words, which stay.
 */
type Dialect = { kind: 'sigil'; sigil: string } | { kind: 'styled' };

const STYLED = /^<ParaStyle:([^>]*)>(.*)$/;
/** Tagged text's own header: its encoding, version and style definitions. */
const STYLED_HEADER = /^<(?:ASCII|UNICODE|ANSI)-(?:WIN|MAC)>$|^<(?:Version|Define(?:Para|Char|Table|Cell|Object)?Style|ColorTable|FeatureSet)[:>]/;
const SIGILS = ['@', '◊', '*'] as const;
/** A file's own opening line: `\input texinfo`, `#lang pollen`. */
const PREAMBLE = /^(?:\\input texinfo\b.*|#lang \S+)$/;
/** Pollen's metadata: `◊(define-meta author "Ines Corrow")`. */
const DEFINE_META = /^◊\(define-meta\s+([\w-]+)\s+"((?:[^"\\]|\\.)*)"\)$/u;
/** An argument of this many words stays as text whatever its command. */
const TEXT_WORDS = 8;
/** The block an author's closing section (`@unnumbered Acknowledgements`) opens; it runs to the next heading or the end. */
const AUTHOR_BLOCK = '\u0000author-section';

function dialectOf(lines: readonly string[]): Dialect {
  if (lines.filter((l) => STYLED.test(l)).length >= 3) return { kind: 'styled' };
  const counts = SIGILS.map((s) => ({ sigil: s, n: lines.filter((l) => l.startsWith(s) && /^[\p{L}(]/u.test(l.slice(1))).length }));
  return { kind: 'sigil', sigil: counts.sort((a, b) => b.n - a.n)[0]!.sigil };
}

interface Command {
  name: string;
  attrs: string;
  /** The argument in braces, or the rest of the line. */
  arg: string;
  braced: boolean;
}

function parseCommand(line: string, sigil: string): Command | null {
  if (!line.startsWith(sigil)) return null;
  const m = /^([\p{L}][\w-]*)(\[[^\]]*\])?(?:\{(.*)\}\s*$|\s+(.*)$|\s*$)/u.exec(line.slice(sigil.length));
  if (!m) return null;
  return { name: m[1]!, attrs: m[2] ?? '', arg: (m[3] ?? m[4] ?? '').trim(), braced: m[3] !== undefined };
}

/** The markup's inline commands off: emphasis to marks, symbols to characters, the rest to their argument. */
function inlineOf(sigil: string): (text: string) => string {
  const s = sigil.replace(/[*]/g, '\\$&');
  const command = new RegExp(`${s}([\\p{L}][\\w-]*)(?:\\[[^\\]\\[]*\\])?\\{([^{}]*)\\}`, 'gu');
  return (text: string): string => {
    let t = text;
    // Innermost first, until no command is left.
    for (let guard = 0; guard < 8 && command.test(t); guard++) {
      command.lastIndex = 0;
      t = t.replace(command, (_, name: string, arg: string) => {
        const symbol = SYMBOLS[name.toLowerCase()];
        if (symbol !== undefined && arg === '') return symbol;
        const role = commandRole(name);
        return role === 'em' ? EM.open + arg + EM.close : role === 'strong' ? STRONG.open + arg + STRONG.close : arg;
      });
      command.lastIndex = 0;
    }
    return t
      .replace(/<0x([0-9A-Fa-f]{4,5})>/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/<CharStyle:([^>]*)>([^<]*)<CharStyle:>/g, (_, name: string, inner: string) => {
        const role = commandRole(name, true);
        return role === 'em' ? EM.open + inner + EM.close : role === 'strong' ? STRONG.open + inner + STRONG.close : inner;
      })
      .replace(/<[A-Za-z]+:[^>]*>/g, '')
      .replace(/\[(b|i)\]([^[]*)\[\/\1\]/gi, (_, tag: string, inner: string) => (tag.toLowerCase() === 'i' ? EM : STRONG).open + inner + (tag.toLowerCase() === 'i' ? EM : STRONG).close)
      .replace(/@([@{}])/g, sigil === '@' ? '$1' : '@$1');
  };
}

/** A number given in a command's attributes: `[#:n "1"]`, `[number=3]`. */
function attrNumber(attrs: string): number | null {
  const m = /(?:#:|\b)(?:n|num|number)\s*[=:]?\s*"?(\d{1,4})"?/.exec(attrs);
  return m ? Number(m[1]) : null;
}

export function readCommands(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  const dialect = dialectOf(trimmed);
  const sigil = dialect.kind === 'sigil' ? dialect.sigil : '@';
  const inline = inlineOf(sigil);
  const out = new BlockCollector(sink, (t) => inline(t));
  const numbers = new Map<number, number>();
  let pendingNumber: number | null = null;
  let noteLabel: { label: string; line: number; paragraphs: Paragraph[]; last: number } | null = null;
  /** Open `@name` … `@end name` blocks, innermost last. */
  const blocks: { name: string; role: CommandRole | null; title: string; line: number; inner: BlockCollector }[] = [];
  let dropped = 0;
  // Where each `@end name` last stands, so that opening a block is one lookup, not a scan of the rest of the file.
  const lastEnd = new Map<string, number>();
  trimmed.forEach((l, k) => {
    const end = /^@end\s+([\w-]+)/.exec(l);
    if (end) lastEnd.set(end[1]!, k);
  });
  const target = (): BlockCollector => blocks.findLast((b) => b.role === 'note')?.inner ?? out;
  /** The author's closing sections (`@unnumbered Acknowledgements`): the story's notes after it. */
  const closing: Note[] = [];
  const closeNote = (block: (typeof blocks)[number], endLine: number): void => {
    const into = target();
    if (block.name !== AUTHOR_BLOCK) return void into.container(block.title || null, block.inner, block.line, endLine, `${sigil}${block.name}`, 'Note');
    block.inner.end();
    const children = block.inner.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
    if (children.length > 0) closing.push({ type: 'note', label: block.title, place: 'storyEnd', children, position: at(block.line, endLine) });
    sink.info('markup-note', block.line, `the closing section "${block.title}" read as the author's note after the story`);
  };

  const closeNoteLabel = (): void => {
    if (!noteLabel) return;
    out.end();
    out.blocks.push({ type: 'note', label: noteLabel.label, place: 'inline', children: noteLabel.paragraphs, position: at(noteLabel.line, noteLabel.last) });
    sink.info('markup-note', noteLabel.line, `"${noteLabel.label}" and the paragraphs set in its style read as a note`);
    noteLabel = null;
  };
  const heading = (role: CommandRole, textOf: string, n: number): void => {
    closeNoteLabel();
    // An author's closing section runs to the next heading.
    const open = blocks.findIndex((b) => b.name === AUTHOR_BLOCK);
    if (open >= 0) for (const b of blocks.splice(open).reverse()) if (b.role === 'note') closeNote(b, n - 1);
    const plain = unmark(inline(textOf));
    if (plain === '') return;
    if (pendingNumber !== null) numbers.set(n, pendingNumber);
    pendingNumber = null;
    out.heading(role === 'part' ? 1 : role === 'section' ? 3 : 2, plain, n);
  };

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = trimmed[i]!;
    const inDrop = blocks.some((b) => b.role === 'dropBlock');
    const inMeta = blocks.some((b) => b.role === 'metaBlock');
    if (line === '') {
      target().end();
      continue;
    }
    if (PREAMBLE.test(line) || STYLED_HEADER.test(line)) continue;
    const define = DEFINE_META.exec(line);
    if (define) {
      setHeaderField(meta, define[1]!, define[2]!.replace(/\\(.)/g, '$1'));
      continue;
    }
    if (dialect.kind === 'sigil' && sigil === '@') {
      const end = /^@end\s+([\w-]+)/.exec(line);
      if (end) {
        const k = blocks.map((b) => b.name).lastIndexOf(end[1]!);
        if (k >= 0) {
          const [block] = blocks.splice(k);
          if (block?.role === 'note') closeNote(block, n);
          else target().end();
        }
        continue;
      }
    }
    let cmd: Command | null;
    if (dialect.kind === 'styled') {
      const m = STYLED.exec(line)!;
      cmd = m ? { name: m[1]!, attrs: '', arg: m[2]!, braced: false } : null;
    } else cmd = parseCommand(line, sigil);
    if (!cmd) {
      // A line of text; in a dropped block, nothing.
      if (inDrop || inMeta) continue;
      const verbatim = blocks.some((b) => b.role === 'verbatim');
      target().line(lines[i]!.replace(/\s+$/, ''), n, verbatim ? '\n' : ' ');
      if (dialect.kind === 'styled') target().end();
      continue;
    }
    const role = commandRole(cmd.name, dialect.kind === 'styled');
    const arg = cmd.arg;
    if (inDrop && role !== 'metaBlock') continue;
    // `@name` with no argument opens a block when an `@end name` closes it further on.
    if (sigil === '@' && dialect.kind === 'sigil' && !cmd.braced && (lastEnd.get(cmd.name) ?? -1) > i) {
      target().end();
      blocks.push({ name: cmd.name, role, title: inline(arg), line: n, inner: new BlockCollector(sink, (t) => inline(t), true) });
      continue;
    }
    switch (role) {
      case 'title':
      case 'subtitle':
      case 'author':
        setHeaderField(meta, role, unmark(inline(arg)));
        continue;
      case 'chapter':
      case 'part':
      case 'section':
        if (attrNumber(cmd.attrs) !== null) pendingNumber = attrNumber(cmd.attrs);
        heading(role, arg, n);
        continue;
      case 'unnumbered':
        if (AUTHOR_SECTION.test(unmark(inline(arg)))) {
          closeNoteLabel();
          out.end();
          blocks.push({ name: AUTHOR_BLOCK, role: 'note', title: unmark(inline(arg)), line: n, inner: new BlockCollector(sink, (t) => inline(t), true) });
        } else heading('chapter', arg, n);
        continue;
      case 'number': {
        const num = /^\d{1,4}$/.exec(unmark(inline(arg)));
        if (num) pendingNumber = Number(num[0]);
        else heading('chapter', arg, n);
        continue;
      }
      case 'break':
        closeNoteLabel();
        target().sceneBreak(unmark(inline(arg)) || '* * *', n);
        continue;
      case 'note':
        // Under a note's label (`<ParaStyle:Note Head>`), a paragraph in the note's style is that note's.
        if (noteLabel) {
          noteLabel.paragraphs.push(paragraphOf(inline(arg), n));
          noteLabel.last = n;
        } else if (arg !== '') {
          closeNoteLabel();
          out.end();
          const inner = new BlockCollector(sink, (t) => inline(t), true);
          inner.line(arg, n);
          out.container(null, inner, n, n, `${sigil}${cmd.name}`, 'Note');
        }
        continue;
      case 'noteLabel':
        closeNoteLabel();
        out.end();
        noteLabel = { label: unmark(inline(arg)), line: n, paragraphs: [], last: n };
        continue;
      case 'noteText':
        if (noteLabel) {
          noteLabel.paragraphs.push(paragraphOf(inline(arg), n));
          noteLabel.last = n;
        } else {
          target().line(arg, n);
          target().end();
        }
        continue;
      case 'drop':
        dropped++;
        continue;
      default:
        break;
    }
    const plain = unmark(inline(arg));
    if (role === 'text' || role === 'em' || role === 'strong' || (role === null && countWords(plain) >= TEXT_WORDS)) {
      closeNoteLabel();
      // A centred ornament (`@center * * *`) is a scene break.
      if (isSceneBreak(plain)) target().sceneBreak(plain, n);
      else {
        target().line(arg, n);
        if (dialect.kind === 'styled' || cmd.braced) target().end();
      }
      continue;
    }
    dropped++;
    // A directive's list of names indented under it (`*scene_list` / `  startup`) is the directive's.
    const indent = /^\s*/.exec(lines[i]!)![0].length;
    while (i + 1 < lines.length && /^\s*\S+$/.test(lines[i + 1]!) && /^\s*/.exec(lines[i + 1]!)![0].length > indent && !lines[i + 1]!.trim().startsWith(sigil)) i++;
  }
  closeNoteLabel();
  for (const b of blocks.splice(0).reverse()) if (b.role === 'note') closeNote(b, lines.length);
  out.end();
  promoteHeadingParagraphs(out);
  if (dropped > 0) sink.info('markup-directives', 1, `${dropped} line(s) of the markup's directives (comments, settings, a game's logic) left out of the text`);
  return { meta, blocks: out.blocks, numbers, closing };
}

/** A paragraph that holds only a chapter heading (`[b]Chapter One: The Toll[/b]`) is that heading. */
function promoteHeadingParagraphs(out: BlockCollector): void {
  out.blocks.forEach((b, k) => {
    if (b.type !== 'paragraph') return;
    const text = inlineText(b.children).trim();
    const h = text.length <= 80 ? matchHeading(text) : null;
    if (h && (h.level === 'chapter' || h.level === 'part') && h.number !== null) out.blocks[k] = { type: 'mdHeading', depth: h.level === 'part' ? 1 : 2, text, position: b.position };
  });
}
