import stringWidth from 'string-width';
import { cjkBreaks } from '../cjk-breaks.js';

/** One column each: printable ASCII, Latin-1 to spacing modifiers, and general punctuation (curly quotes, dashes, …). */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** Terminal columns of `text`; the common narrow case is counted without string-width, which is slow. */
function columns(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

/** A word cut where a line may break inside it (between CJK characters); most words are one segment. */
function segments(word: string): string[] {
  const cuts = cjkBreaks(word);
  if (cuts.length === 0) return [word];
  return [0, ...cuts].map((at, i) => word.slice(at, cuts[i] ?? word.length));
}

/**
 * Lines of monospaced text: wrapping on word boundaries (a word wider than
 * the line keeps a line of its own, never cut) and centring, measured in
 * terminal columns so wide characters count twice. Width 0 means no
 * wrapping: a paragraph is one line.
 */
export class TextLayout {
  readonly lines: string[] = [];

  constructor(readonly width: number) {}

  blank(count = 1): void {
    let have = 0;
    for (let i = this.lines.length - 1; i >= 0 && this.lines[i] === ''; i--) have++;
    for (let i = have; i < count && this.lines.length > 0; i++) this.lines.push('');
  }

  /** A paragraph, wrapped; `\n` inside it is a line break the author kept. */
  paragraph(text: string, indent = 0): void {
    const pad = ' '.repeat(indent);
    for (const source of text.split('\n')) {
      // A no-break space (Mr.\u00A0Smith, French `Oui\u202F!`) binds its neighbours into one word.
      const words = source.split(/[^\S\u00A0\u202F]+/).filter(Boolean);
      if (this.width === 0) {
        this.lines.push(pad + words.join(' '));
        continue;
      }
      let line = '';
      let used = 0;
      for (const word of words) {
        // Chinese and Japanese have no spaces: a word breaks between its characters, where kinsoku allows.
        segments(word).forEach((segment, k) => {
          const gap = k === 0 ? 1 : 0;
          const w = columns(segment);
          if (line !== '' && indent + used + gap + w > this.width) {
            this.lines.push(pad + line);
            line = '';
            used = 0;
          }
          line = line === '' ? segment : `${line}${gap === 1 ? ' ' : ''}${segment}`;
          used += (used === 0 ? 0 : gap) + w;
        });
      }
      if (line !== '' || words.length === 0) this.lines.push(pad + line);
    }
  }

  /** Centred lines: wrapped first when the text is wider than the page. */
  centred(text: string): void {
    if (this.width === 0) {
      this.lines.push(text);
      return;
    }
    const start = this.lines.length;
    this.paragraph(text);
    for (let i = start; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      this.lines[i] = ' '.repeat(Math.max(0, Math.floor((this.width - columns(line)) / 2))) + line;
    }
  }

  /** A line of `char` across the page (or as wide as `text` when there is no page width). */
  rule(char: string, text = ''): void {
    this.lines.push(char.repeat(this.width > 0 ? this.width : Math.max(3, columns(text))));
  }

  toString(newline: string): string {
    while (this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.join(newline) + newline;
  }
}
