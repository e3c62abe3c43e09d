/**
 * A whole number as `Intl.NumberFormat('en-US')` writes it (`6,260`), without starting ICU's number formatting:
 * its first use costs about 20 ms of CPU, a tenth of what a one-story build is over Node's own start. Other
 * numbers (fractions, negative zero, past 2^53) go to Intl itself, made on first need.
 */
export function groupThousands(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return (english ??= new Intl.NumberFormat('en-US')).format(n);
  const digits = String(Math.abs(n));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

let english: Intl.NumberFormat | undefined;
