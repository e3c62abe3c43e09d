/** `linebreak` (UAX #14, by the pdfkit authors) ships no types; the part quire uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: `position` is the UTF-16 offset the next line would start at. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
