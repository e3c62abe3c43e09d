import { createRequire } from 'node:module';
import { UsageError } from '../../errors.js';
import type { Templates } from '../templates.js';

export type Face = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'fallback';

export interface PageSize {
  width: number;
  height: number;
  margins: { top: number; bottom: number; inner: number; outer: number };
}

/** Layout values of the PDF: `templates/pdf/theme.json`, so a designer changes them without code. */
export interface Theme {
  pageSizes: Record<string, PageSize>;
  defaultPageSize: string;
  /** Package-relative paths of TTF files, resolved from node_modules. */
  fonts: Record<Face, string>;
  body: { size: number; leading: number; indent: number; hyphenate: boolean };
  chapter: { dropFromTop: number; numberSize: number; titleSize: number; titleLeading: number; gapAfter: number; partSize: number };
  titlePage: { titleSize: number; titleLeading: number; subtitleSize: number; authorSize: number; fromTop: number; summarySize: number; fieldSize: number };
  contents: { title: string; titleSize: number; size: number; leading: number; leader: string };
  pov: { size: number; gapBefore: number; gapAfter: number };
  sceneBreak: { ornament: string; size: number; gap: number };
  softBreak: { gap: number };
  note: { size: number; leading: number; labelSize: number; gap: number; indent: number };
  runningHead: { size: number; fromTop: number };
  folio: { size: number; fromBottom: number };
  notesTitle: string;
}

const require = createRequire(import.meta.url);

export function loadTheme(templates: Templates): Theme {
  return JSON.parse(templates.text('pdf/theme.json')) as Theme;
}

/** Absolute paths of the theme's fonts. */
export function fontPaths(theme: Theme): Record<Face, string> {
  const entries = Object.entries(theme.fonts).map(([face, spec]) => [face, require.resolve(spec)]);
  return Object.fromEntries(entries) as Record<Face, string>;
}

/**
 * The theme's own name for a page size, matched without regard to case; a
 * `UsageError` naming the sizes the theme has for any other (`where` says
 * where the name was found: `quire.yaml:7: `).
 */
export function pageSizeName(theme: Theme, name: string, where = ''): string {
  const key = Object.keys(theme.pageSizes).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) throw new UsageError(`${where}page size "${name}" is not in the theme; it has ${Object.keys(theme.pageSizes).join(', ')}`);
  return key;
}

/** The page size named by `--page-size`, or the theme's default. */
export function pageSize(theme: Theme, name: string | null): PageSize {
  return theme.pageSizes[pageSizeName(theme, name ?? theme.defaultPageSize)]!;
}
