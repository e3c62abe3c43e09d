import type { DiagnosticSink } from '../../diagnostics.js';
import { BREAK, EM, STRONG } from './markup-blocks.js';

const OPEN_EM = new Set(['emph', 'textit', 'textsl', 'textem']);
const OPEN_STRONG = new Set(['textbf', 'textstrong']);
/** Commands whose argument is text the reader sees, set in another face or case. */
const PLAIN = new Set(['textsc', 'textup', 'textrm', 'textsf', 'texttt', 'textnormal', 'textmd', 'mbox', 'text', 'uline', 'underline', 'textcolor', 'MakeUppercase', 'MakeLowercase', 'enquote', 'hbox', 'makebox', 'fbox', 'centering', 'noindent', 'textls', 'lettrine', 'scshape', 'upshape', 'normalfont', 'small', 'large', 'Large', 'huge', 'footnotesize', 'normalsize', 'par', 'indent', 'centerline']);
/** Switches that set the rest of their group in italics or bold: `{\em …}`. */
const SWITCH_EM = new Set(['em', 'itshape', 'it', 'slshape', 'sl']);
const SWITCH_STRONG = new Set(['bfseries', 'bf']);
/** Commands whose argument is not text of the story (references, space, pictures). */
const SKIP_ARGUMENT = new Set(['label', 'ref', 'pageref', 'index', 'cite', 'vspace', 'hspace', 'includegraphics', 'phantom', 'thispagestyle', 'pagestyle', 'setlength', 'addcontentsline', 'markboth', 'markright', 'color', 'fontsize', 'selectfont']);
const SYMBOLS: Readonly<Record<string, string>> = {
  ldots: '…', dots: '…', textellipsis: '…', textemdash: '—', textendash: '–', textquoteleft: '‘', textquoteright: '’', textquotedblleft: '“', textquotedblright: '”',
  LaTeX: 'LaTeX', TeX: 'TeX', ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', S: '§', P: '¶', textasteriskcentered: '*', dag: '†', textdagger: '†', copyright: '©', pounds: '£', euro: '€', textbullet: '•',
};
const ACCENTS: Readonly<Record<string, string>> = { "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307', c: '\u0327', v: '\u030C', u: '\u0306', H: '\u030B', r: '\u030A', k: '\u0328' };

/**
 * LaTeX inline text to emphasis marks: `\emph{}`/`\textit{}`/`{\em …}`,
 * `\textbf{}`, typographic ligatures (``` `` ``` `''` `` ` `` `'` `--` `---` `~`),
 * accents and escapes; `\\` a line break; a footnote handed to `footnote`, which
 * returns the mark left in the text (without one, the footnote is kept in brackets).
 * One pass with an explicit stack of brace groups, so any nesting is safe.
 * Commands it does not know keep their argument's words and are reported.
 */
export function latexInline(text: string, sink: DiagnosticSink, line: number, footnote?: (marked: string) => string): string {
  let out = '';
  const closers: string[] = [];
  const unknown = new Set<string>();
  let i = 0;
  const skipSpaces = (): void => {
    while (text[i] === ' ' || text[i] === '\n') i++;
  };
  /** Past a balanced `{…}` (or `[…]`) at i, linearly. */
  const skipGroup = (open: string, close: string): void => {
    skipSpaces();
    if (text[i] !== open) return;
    let depth = 0;
    for (; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === open) depth++;
      else if (text[i] === close && --depth === 0) {
        i++;
        return;
      }
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') {
      const name = /^[A-Za-z]+/.exec(text.slice(i + 1, i + 40))?.[0];
      if (name === undefined) {
        const next = text[i + 1] ?? '';
        i += 2;
        if (next === '\\') {
          out += BREAK;
          skipGroup('[', ']');
        } else if (ACCENTS[next] !== undefined && /[{A-Za-z]/.test(text[i] ?? '')) {
          const letter = text[i] === '{' ? /^\{\\?([A-Za-z]?)\}/.exec(text.slice(i, i + 5)) : null;
          const base = letter ? letter[1]! : text[i]!;
          i += letter ? letter[0].length : 1;
          out += (base + ACCENTS[next]).normalize('NFC');
        } else out += next === ' ' ? ' ' : next === ',' || next === '/' || next === '-' ? '' : next;
        continue;
      }
      i += 1 + name.length;
      if (ACCENTS[name] !== undefined && name.length === 1) {
        skipSpaces();
        const letter = text[i] === '{' ? /^\{([A-Za-z]?)\}/.exec(text.slice(i, i + 4)) : /^[A-Za-z]/.exec(text[i] ?? '');
        if (letter) {
          i += letter[0].length;
          out += ((letter[1] ?? letter[0]) + ACCENTS[name]).normalize('NFC');
          continue;
        }
      }
      if (SYMBOLS[name] !== undefined) {
        out += SYMBOLS[name];
        if (text.slice(i, i + 2) === '{}') i += 2;
        continue;
      }
      if (name === 'newline' || name === 'linebreak') {
        out += BREAK;
        continue;
      }
      if (SWITCH_EM.has(name) || SWITCH_STRONG.has(name)) {
        const mark = SWITCH_EM.has(name) ? EM : STRONG;
        out += mark.open;
        if (closers.length > 0) closers[closers.length - 1] = mark.close + closers[closers.length - 1]!;
        else closers.push(mark.close);
        continue;
      }
      if (SKIP_ARGUMENT.has(name)) {
        skipGroup('[', ']');
        skipGroup('{', '}');
        if (name === 'textcolor' || name === 'setlength' || name === 'markboth') skipGroup('{', '}');
        continue;
      }
      skipSpaces();
      const hasArgument = text[i] === '{' || text[i] === '[';
      if (text[i] === '[') skipGroup('[', ']');
      if (name === 'textcolor') skipGroup('{', '}');
      skipSpaces();
      if (text[i] !== '{') {
        if (!PLAIN.has(name) && !hasArgument) unknown.add(name);
        continue;
      }
      if (footnote && (name === 'footnote' || name === 'endnote')) {
        const start = i;
        skipGroup('{', '}');
        out += footnote(latexInline(text.slice(start + 1, i - 1), sink, line));
        continue;
      }
      i++;
      if (OPEN_EM.has(name)) {
        out += EM.open;
        closers.push(EM.close);
      } else if (OPEN_STRONG.has(name)) {
        out += STRONG.open;
        closers.push(STRONG.close);
      } else if (name === 'footnote' || name === 'endnote') {
        out += ' [';
        closers.push(']');
        sink.info('latex-footnote', line, 'footnote kept in the text, in brackets');
      } else {
        if (!PLAIN.has(name)) unknown.add(name);
        closers.push('');
      }
      continue;
    }
    if (c === '{') {
      closers.push('');
      i++;
    } else if (c === '}') {
      out += closers.pop() ?? '';
      i++;
    } else if (c === '-' && text.startsWith('---', i)) {
      out += '—';
      i += 3;
    } else if (c === '-' && text.startsWith('--', i)) {
      out += '–';
      i += 2;
    } else if (c === '`' && text[i + 1] === '`') {
      out += '“';
      i += 2;
    } else if (c === "'" && text[i + 1] === "'") {
      out += '”';
      i += 2;
    } else if (c === '`') {
      out += '‘';
      i++;
    } else if (c === "'") {
      // LaTeX sets every ' as a closing quote or apostrophe.
      out += '’';
      i++;
    } else if (c === '~') {
      out += '\u00A0';
      i++;
    } else if (c === '$') {
      i++;
    } else {
      out += c;
      i++;
    }
  }
  while (closers.length > 0) out += closers.pop();
  if (unknown.size > 0) sink.info('latex-command', line, `LaTeX command${unknown.size > 1 ? 's' : ''} ${[...unknown].map((u) => `\\${u}`).join(', ')} dropped; any argument's words kept`);
  return out;
}
