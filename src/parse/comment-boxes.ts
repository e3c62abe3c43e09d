import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';

/**
 * Text exports that draw their headers in comment boxes, as Fimfiction's TXT download does:
 *
 *     //------------------------------//
 *     // 1. The Letter
 *     // by Quillfeather
 *     //------------------------------//
 *
 * (also `#####` / `# Title` / `#####`, `+----+` / `| Title |` / `+----+`, a BBS banner in `╔═╗` / `║ … ║` /
 * `╚═╝`). The box is drawing: its rules
 * become blank lines and its lines lose the comment marks, so the heading and by-line inside read as written.
 */
const RULE = /^(\S{0,3}?)[-=*#~_+─━═]{5,}\S{0,3}$/u;
/** Box-drawing characters (`╔═╗`, `║`, `┌─┐`, `│`): a frame drawn with them needs no repeated mark. */
const BOX_DRAWING = /^[\u2500-\u257f]/u;
/** The mark that opens each line inside a box: punctuation, never a dash (dialogue) or a letter. */
const INNER = /^([^\p{L}\p{N}\s\-–—"“'‘«(\[]{1,3})\s+(\S.*)$/u;
const MAX_INNER = 5;

export function unboxLines(lines: Line[], sink: DiagnosticSink): void {
  for (let i = 0; i < lines.length; i++) {
    const top = RULE.exec(lines[i]!.trimmed);
    if (!top) continue;
    const inner: { i: number; text: string }[] = [];
    let mark: string | null = null;
    let k = i + 1;
    for (; k < lines.length && k <= i + MAX_INNER; k++) {
      const t = lines[k]!.trimmed;
      if (RULE.test(t)) break;
      const m = INNER.exec(t);
      if (!m || (mark !== null && m[1] !== mark)) break;
      mark = m[1]!;
      inner.push({ i: k, text: withoutClosingMark(m[2]!, mark) });
    }
    const bottom = k < lines.length && inner.length > 0 ? RULE.exec(lines[k]!.trimmed) : null;
    // The rules are drawn with the same mark (`//---//`, `#####`), or a plain frame around `|` lines (`+---+`).
    const drawn = (rule: RegExpExecArray): boolean =>
      mark !== null && (rule[0].startsWith(mark) || (mark === '|' && rule[0].startsWith('+')) || (BOX_DRAWING.test(mark) && BOX_DRAWING.test(rule[0])));
    if (!bottom || !drawn(top) || !drawn(bottom)) continue;
    for (const r of [i, k]) lines[r] = { ...lines[r]!, text: '', trimmed: '', indent: 0, blank: true };
    for (const { i: at, text } of inner) lines[at] = { ...lines[at]!, text, trimmed: text, indent: 0 };
    sink.info('comment-box', lines[i]!.no, `a header drawn in a comment box (${mark}) read without its drawing`, { endLine: lines[k]!.no });
    i = k;
  }
}

/** `| Title |`, `# Title #`: the mark that closes a boxed line, repeated or mirrored. */
function withoutClosingMark(text: string, mark: string): string {
  const mirrored = [...mark].reverse().join('').replace(/[(\[{<]/g, (c) => ({ '(': ')', '[': ']', '{': '}', '<': '>' })[c] ?? c);
  for (const close of [mark, mirrored]) if (text.endsWith(` ${close}`)) return text.slice(0, -close.length).trimEnd();
  return text;
}
