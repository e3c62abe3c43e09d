import type { PageSize, Theme } from './theme.js';

/** Theme sections whose numbers are type sizes, leadings and distances, all scaled together. */
const SCALED = ['body', 'chapter', 'titlePage', 'contents', 'pov', 'sceneBreak', 'softBreak', 'note', 'runningHead', 'folio'] as const;
/** Numbers in those sections that are shares of the page, not distances. */
const SHARES = new Set(['titlePage.fromTop']);

/** How much the theme's type grows or shrinks on a page of this size (1 on the reference measure). */
export function typeScale(theme: Theme, size: PageSize): number {
  const t = theme.typeScale;
  const measure = size.width - size.margins.inner - size.margins.outer;
  return Math.min(t.max, Math.max(t.min, (measure / t.referenceMeasure) ** t.exponent));
}

/**
 * The theme with its type sizes, leadings, indents and gaps scaled to the
 * page's measure, so a pocket book is not set in the type of an A4 page and a
 * line keeps a comfortable number of characters. On the reference measure the
 * theme is returned as it is.
 */
export function scaleTheme(theme: Theme, size: PageSize): Theme {
  const k = typeScale(theme, size);
  if (k === 1) return theme;
  const scaled: Record<string, unknown> = { ...theme };
  for (const section of SCALED) {
    const values = Object.entries(theme[section]).map(([key, value]) => [key, typeof value === 'number' && !SHARES.has(`${section}.${key}`) ? Math.round(value * k * 100) / 100 : value]);
    scaled[section] = Object.fromEntries(values);
  }
  return scaled as unknown as Theme;
}
