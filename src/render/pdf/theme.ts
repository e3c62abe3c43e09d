import { createRequire } from 'node:module';
import type { Templates } from '../templates.js';

/** `cjk`: Chinese, Japanese and Korean characters, in a font loaded only for books that have them (see cjk-font.ts). */
export type Face = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'fallback' | 'cjk';

export interface PageSize {
  width: number;
  height: number;
  margins: { top: number; bottom: number; inner: number; outer: number };
}

/** A trim size of the theme; one without margins takes `marginRatios` of its width and height. */
export interface TrimPreset {
  width: number;
  height: number;
  margins?: PageSize['margins'];
}

/** Layout values of the PDF: `templates/pdf/theme.json`, so a designer changes them without code. */
export interface Theme {
  pageSizes: Record<string, TrimPreset>;
  /** Margins as shares of the page: top and bottom of its height, inner and outer of its width. */
  marginRatios: PageSize['margins'];
  /**
   * Type sizes, leadings and gaps are set for a measure (text width) of `referenceMeasure`
   * points and scaled by (measure / reference) ^ exponent, kept between `min` and `max`.
   */
  typeScale: { referenceMeasure: number; exponent: number; min: number; max: number };
  defaultPageSize: string;
  /** Package-relative paths of TTF files, resolved from node_modules. */
  fonts: Record<Exclude<Face, 'cjk'>, string>;
  /** CJK fonts by language (`ko`) with a `default`; package-relative TTF paths, resolved only for a book with CJK text. */
  cjkFonts?: Record<string, string>;
  body: { size: number; leading: number; indent: number; hyphenate: boolean };
  chapter: { dropFromTop: number; numberSize: number; titleSize: number; titleLeading: number; gapAfter: number; partSize: number };
  titlePage: { titleSize: number; titleLeading: number; subtitleSize: number; authorSize: number; fromTop: number; summarySize: number; fieldSize: number };
  contents: { titleSize: number; size: number; leading: number; leader: string };
  pov: { size: number; gapBefore: number; gapAfter: number };
  sceneBreak: { ornament: string; size: number; gap: number };
  softBreak: { gap: number };
  note: { size: number; leading: number; labelSize: number; gap: number; indent: number };
  runningHead: { size: number; fromTop: number };
  folio: { size: number; fromBottom: number };
}

const require = createRequire(import.meta.url);

export function loadTheme(templates: Templates): Theme {
  return JSON.parse(templates.text('pdf/theme.json')) as Theme;
}

/** Absolute paths of the theme's fonts; the CJK face is the fallback font until a book needs more (`withCjkFont`). */
export function fontPaths(theme: Theme): Record<Face, string> {
  const entries = Object.entries(theme.fonts).map(([face, spec]) => [face, require.resolve(spec)]);
  const paths = Object.fromEntries(entries) as Record<Exclude<Face, 'cjk'>, string>;
  return { ...paths, cjk: paths.fallback };
}

/** Absolute path of a package-relative font file. */
export const resolveFont = (spec: string): string => require.resolve(spec);
