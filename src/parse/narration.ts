/**
 * The plain text a narrated source reads back to (subtitle cues, timed-lyrics lines): paragraphs joined from
 * short pieces, lines of their own for cards and headings, and the few pieces after the closing line (the
 * narrator's thanks, the credits) cut off at the end.
 */

/** At most this many pieces after a closing line are its credits; more are still story. */
const CREDIT_PIECES = 5;

export class Narration {
  private readonly out: string[] = [];
  private paragraph: string[] = [];
  /** Where in the text stand the paragraphs joined from pieces (not the cards and headings). */
  private readonly joined = new Set<number>();
  /** Pieces of narration read so far (cues, timed lines); the credits are counted in them. */
  pieces = 0;
  /** The last closing line: its source line, where the text stood after it, and how many pieces came before it. */
  private closing: { line: number; out: number; pieces: number } | null = null;

  endParagraph(): void {
    if (this.paragraph.length > 0) {
      this.joined.add(this.out.length);
      this.out.push(this.paragraph.join(' '), '');
    }
    this.paragraph = [];
  }

  /** Words that go on the paragraph under way. */
  add(words: string): void {
    this.paragraph.push(words);
  }

  /** Words that go on the last paragraph, even one already ended; on a new one when a card or a heading came last. */
  append(words: string): void {
    const last = this.out.length - 2;
    if (this.paragraph.length === 0 && last >= 0 && this.out[last] !== '' && this.out[last + 1] === '' && this.joined.has(last)) this.out[last] += ` ${words}`;
    else this.add(words);
  }

  /** Lines of their own (a card, a heading, a header's field), the paragraph before them ended. */
  lines(...lines: string[]): void {
    this.endParagraph();
    this.out.push(...lines);
  }

  /** A pause: the paragraph ends, and a blank line sets what came before apart. */
  pause(): void {
    this.endParagraph();
    if (this.out.length > 0 && this.out[this.out.length - 1] !== '') this.out.push('');
  }

  /** The closing line (`The End`, `FIN`, `تامام`): a few pieces after it are the credits. */
  close(words: string, line: number): void {
    this.lines(words, '');
    this.closing = { line, out: this.out.length, pieces: this.pieces };
  }

  /** The text, and the credits cut off after the closing line (its line, how many pieces), if any. */
  finish(): { text: string; credits: { line: number; pieces: number } | null } {
    this.endParagraph();
    const closing = this.closing !== null && this.pieces - this.closing.pieces <= CREDIT_PIECES ? this.closing : null;
    if (closing) this.out.length = closing.out;
    const credits = closing && this.pieces > closing.pieces ? { line: closing.line, pieces: this.pieces - closing.pieces } : null;
    return { text: this.out.join('\n'), credits };
  }
}
