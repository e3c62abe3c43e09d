/** `.001` … `.999` with their trailing zeros dropped (`.5`, `.25`), and `''` for none: the fractions a number can have. */
const FRACTIONS: readonly string[] = Array.from({ length: 1000 }, (_, k) => (k === 0 ? '' : `.${String(k).padStart(3, '0').replace(/0+$/, '')}`));

/**
 * A number for a content stream, rounded to thousandths: the same text as
 * `String(Math.round(n * 1000) / 1000)`, without formatting a double (a
 * long book writes a few numbers for every line). The rounded value k/1000
 * is the double nearest the decimal k·10⁻³, and no shorter decimal lies as
 * near while |k| is far below 2⁵³ (thousandths are then many doubles
 * apart), so its shortest form is k's digits with the point put back.
 */
export function pdfNumber(n: number): string {
  const k = Math.round(n * 1000);
  // Beyond 2³¹ (over two million points) or not finite: as JavaScript writes it.
  if (!(k > -0x80000000 && k < 0x80000000)) return String(k / 1000);
  const m = k < 0 ? -k : k;
  const whole = (m - (m % 1000)) / 1000;
  const text = `${whole}${FRACTIONS[m % 1000]!}`;
  // −0.0004 rounds to −0, which JavaScript writes as 0.
  return k < 0 ? `-${text}` : text;
}
