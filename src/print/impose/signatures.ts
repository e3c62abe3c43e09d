/** How a book's pages divide into signatures: the sheets of each, and where blanks go. */
export interface Gathering {
  /** Sheets in each signature, in binding order. */
  signatures: number[];
  /** Blank pages before the book's first page (front flyleaves). */
  before: number;
  /** Blank pages after its last (padding, then back flyleaves). */
  after: number;
  /** Blank pages added to fill the last signature, besides the flyleaves. */
  padding: number;
}

/**
 * Gathers `pages` pages with `flyleaves` blank leaves at each end into
 * signatures of `sheetsPer` sheets of `pagesPerSheet` pages. The last
 * signature takes only the sheets it needs, so at most one sheet's worth of
 * pages is ever left blank (bookbinder-js #27).
 */
export function gather(pages: number, pagesPerSheet: number, sheetsPer: number, flyleaves: number): Gathering {
  const needed = pages + 4 * flyleaves;
  const sheets = Math.max(1, Math.ceil(needed / pagesPerSheet));
  const signatures = Array.from({ length: Math.floor(sheets / sheetsPer) }, () => sheetsPer);
  if (sheets % sheetsPer > 0) signatures.push(sheets % sheetsPer);
  const padding = sheets * pagesPerSheet - needed;
  return { signatures, before: 2 * flyleaves, after: padding + 2 * flyleaves, padding };
}

/** "3 signatures of 4 sheets and 1 of 2 sheets; 5 blank pages at the end". */
export function describeGathering(g: Gathering, flyleaves: number): string {
  const full = g.signatures.filter((s) => s === g.signatures[0]).length;
  const last = g.signatures.length > full ? g.signatures[g.signatures.length - 1]! : 0;
  const sheets = (n: number): string => `${n} ${n === 1 ? 'sheet' : 'sheets'}`;
  let text = `${full} ${full === 1 ? 'signature' : 'signatures'} of ${sheets(g.signatures[0]!)}`;
  if (last > 0) text += ` and 1 of ${sheets(last)}`;
  text += `; ${g.padding} blank ${g.padding === 1 ? 'page' : 'pages'} at the end`;
  if (flyleaves > 0) text += `; ${flyleaves} ${flyleaves === 1 ? 'flyleaf' : 'flyleaves'} at the front and back`;
  return text;
}
