/**
 * A growing byte buffer for PDF bytes: glyph runs write each line into one
 * and keep each encoded word in another, so a line is bytes copied, not
 * strings joined and then converted (a long book draws 1.7 million words);
 * the document's bytes are gathered in one as pdfkit writes them.
 */
export class ContentBytes {
  data = Buffer.allocUnsafe(1 << 12);
  length = 0;

  #room(n: number): void {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.data.copy(grown, 0, 0, this.length);
    this.data = grown;
  }

  /** Text of single-byte characters (operators, glyph codes), a byte each as latin1 writes them. */
  text(s: string): void {
    this.#room(s.length);
    const { data } = this;
    let at = this.length;
    for (let i = 0; i < s.length; i++) data[at++] = s.charCodeAt(i) & 0xff;
    this.length = at;
  }

  /** Longer text of single-byte characters (PDF objects), by Node's latin1 writer, which keeps the low byte as `text` does. */
  latin1(s: string): void {
    this.#room(s.length);
    this.length += this.data.write(s, this.length, 'latin1');
  }

  bytes(b: Uint8Array): void {
    this.#room(b.length);
    this.data.set(b, this.length);
    this.length += b.length;
  }

  copy(from: ContentBytes, start: number, end: number): void {
    this.#room(end - start);
    const { data } = this;
    const source = from.data;
    let at = this.length;
    for (let i = start; i < end; i++) data[at++] = source[i]!;
    this.length = at;
  }

  /**
   * A number rounded to thousandths, as `pdfNumber` writes it (the digits of
   * k = round(1000·n) with the point put back, trailing zeros dropped),
   * straight into the buffer.
   */
  number(n: number): void {
    const k = Math.round(n * 1000);
    if (!(k > -0x80000000 && k < 0x80000000)) {
      this.text(String(k / 1000));
      return;
    }
    this.#room(13);
    const { data } = this;
    let at = this.length;
    let m = k;
    if (k < 0) {
      data[at++] = 0x2d;
      m = -k;
    }
    const fraction = m % 1000;
    let whole = (m - fraction) / 1000;
    const first = at;
    do {
      const digit = whole % 10;
      data[at++] = 0x30 + digit;
      whole = (whole - digit) / 10;
    } while (whole > 0);
    for (let i = first, j = at - 1; i < j; i++, j--) {
      const t = data[i]!;
      data[i] = data[j]!;
      data[j] = t;
    }
    if (fraction !== 0) {
      const tenths = (fraction - (fraction % 100)) / 100;
      const hundredths = ((fraction - (fraction % 10)) / 10) % 10;
      const thousandths = fraction % 10;
      data[at++] = 0x2e;
      data[at++] = 0x30 + tenths;
      if (hundredths !== 0 || thousandths !== 0) data[at++] = 0x30 + hundredths;
      if (thousandths !== 0) data[at++] = 0x30 + thousandths;
    }
    this.length = at;
  }
}
