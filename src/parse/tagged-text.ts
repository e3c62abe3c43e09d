import type { DiagnosticSink } from '../diagnostics.js';
import type { MarkedHeadings } from './marked-headings.js';
import { parseNumber } from './numbers.js';
import type { HeadingMatch } from './rules/headings.js';

/**
 * Ventura Publisher's tagged text, the file a typesetter loads into a chapter: each paragraph one line, its style
 * named at its start (`@GLAVA = I`), plain body paragraphs untagged, inline codes for dashes, italics and breaks
 * (`<197>`, `<I>…<D>`, `<R>`). (InDesign's tagged text, which declares its styles, is the command reader's.)
 * The style names are the typesetter's own, in any language, so what each tag does is read from how it is used:
 * a tag on short lines recurring with the story between them heads the chapters (two such tags in a row are the
 * heading's number and its title); the tags used once above the first heading are the title page, the title and
 * author told by the tag's name where it says so; a tag that only closes the file is the printed edition's
 * colophon. Read back into plain text line for line, with the headings marked.
 */

const VENTURA = /^@([\p{L}\p{N}][\p{L}\p{N}_ .-]{0,23}?) = (.*)$/u;
/** Ventura's character codes for the dashes, and its style switches (`<I>`, `<B>`, `<D>` back to the default). */
const DASHES: Readonly<Record<string, string>> = { '196': '–', '197': '—' };
const SWITCHES = /<(?:[IBUDNPF]|F\d+|P\d+|%-?\d+)>/g;
/** Tag names that say what they hold, transliterated as typesetters write them. */
const AUTHOR_TAG = /auth|avt|autor|auteur|verf|writer|byline/i;
const TITLE_TAG = /^(?:title|titel|titre|titolo|titulo|t[ií]tulo|nazv\w*|zagl\w*|tit)$/i;

/** Words of story between two headings of one tag, at the least. */
const MIN_WORDS_BETWEEN = 25;
const MAX_HEADING_WORDS = 10;

interface Paragraph {
  /** 0-based line. */
  i: number;
  tag: string | null;
  text: string;
}

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

function tagged(line: string): { tag: string; text: string } | null {
  const m = VENTURA.exec(line);
  return m ? { tag: m[1]!.trim().toUpperCase(), text: m[2]! } : null;
}

/** Tagged text: four tagged paragraphs or more, two tags at least, one of them used again. */
export function isTaggedText(text: string): boolean {
  const lines = text.slice(0, 100_000).split('\n');
  const tags = lines.flatMap((l) => tagged(l.trim())?.tag ?? []);
  if (tags.length < 4 || tags.length * 10 < lines.filter((l) => l.trim() !== '').length) return false;
  const distinct = new Set(tags);
  return distinct.size >= 2 && distinct.size < tags.length;
}

const inline = (t: string): string => t.replace(/<(\d{2,3})>/g, (all, code: string) => DASHES[code] ?? all).replace(SWITCHES, '');

/** The tags that head chapters: short lines, changing, each with the story's words before the next. */
function headingTags(paras: readonly Paragraph[]): Set<string> {
  const out = new Set<string>();
  const byTag = new Map<string, number[]>();
  paras.forEach((p, k) => p.tag !== null && byTag.set(p.tag, [...(byTag.get(p.tag) ?? []), k]));
  for (const [tag, at] of byTag) {
    const texts = at.map((k) => inline(paras[k]!.text).trim());
    if (at.length < 2 || new Set(texts).size < at.length || !texts.every((t) => /[\p{L}\p{N}]/u.test(t) && words(t) <= MAX_HEADING_WORDS && !(/[.!?…]$/u.test(t) && words(t) >= 3))) continue;
    const between = at.slice(1).map((k, j) => paras.slice(at[j]! + 1, k).reduce((n, p) => n + words(p.text), 0));
    if (between.every((n) => n >= MIN_WORDS_BETWEEN)) out.add(tag);
  }
  return out;
}

export function taggedText(text: string, sink: DiagnosticSink): { text: string; headings: MarkedHeadings } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paras: Paragraph[] = lines.flatMap((l, i) => {
    if (l.trim() === '') return [];
    const t = tagged(l.trim());
    return [{ i, tag: t?.tag ?? null, text: t ? t.text : l.trim() }];
  });
  const heads = headingTags(paras);
  const out = lines.map((l) => (l.trim() === '' ? '' : l));
  const headings = new Map<number, HeadingMatch>();
  const first = paras.findIndex((p) => p.tag !== null && heads.has(p.tag));
  // The colophon: a tag that only closes the file, used there three times or more.
  const lastTag = paras.at(-1)?.tag ?? null;
  let colophon = paras.length;
  if (lastTag !== null && !heads.has(lastTag)) {
    while (colophon > 0 && paras[colophon - 1]!.tag === lastTag) colophon--;
    if (paras.length - colophon < 3 || paras.slice(0, colophon).some((p) => p.tag === lastTag)) colophon = paras.length;
  }
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    // (A forced break inside a paragraph, `<R>`, is a space here: the text keeps the file's lines, one a paragraph.)
    const body = inline(p.text).replace(/\s*<R>\s*/gi, ' ');
    if (k >= colophon) {
      out[p.i] = '';
      continue;
    }
    const next = paras[k + 1];
    if (p.tag !== null && heads.has(p.tag)) {
      // A number's tag and a title's, one over the other: one heading.
      const titled = next?.tag != null && next.tag !== p.tag && heads.has(next.tag) ? inline(next.text).trim() : null;
      const number = parseNumber(body);
      const line = titled === null ? body.trim() : `${body.trim()}. ${titled}`;
      headings.set(p.i + 1, { ruleId: 'tagged-heading', level: 'chapter', number, label: null, title: titled ?? (number === null ? body.trim() : null), text: line, marked: true });
      out[p.i] = line;
      if (titled !== null) {
        out[next!.i] = '';
        k++;
      }
      continue;
    }
    out[p.i] = body;
  }
  // The title page: the title's tag first, the author's as a by-line under it, whatever order the file set them in.
  const page = paras.slice(0, Math.max(first, 0)).filter((p) => p.tag !== null && paras.filter((q) => q.tag === p.tag).length === 1);
  const title = page.find((p) => TITLE_TAG.test(p.tag!));
  const author = page.find((p) => AUTHOR_TAG.test(p.tag!));
  if (title && author) {
    const [a, b] = [title, author].sort((x, y) => x.i - y.i) as [Paragraph, Paragraph];
    out[a.i] = inline(title.text).trim();
    out[b.i] = `by ${inline(author.text).trim()}`;
  }
  sink.info('tagged-text', 1, `read as a typesetter's tagged text: ${headings.size} heading(s) from the styles that head the chapters (${[...heads].join(', ') || 'none'})`);
  if (colophon < paras.length) sink.info('tagged-colophon', paras[colophon]!.i + 1, `the printed edition's colophon (${paras.length - colophon} paragraphs tagged ${lastTag}) left out of the story`, { endLine: paras.at(-1)!.i + 1 });
  return { text: out.join('\n'), headings };
}
