import { z } from 'zod';

/** A regular expression as text, checked here so a bad one is reported with its line. */
const pattern = z.string().min(1).superRefine((text, ctx) => {
  try {
    new RegExp(text, 'u');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})` });
  }
});

/** Corrections to how the parser reads a story's structure (see parse/levers.ts). */
const structure = z.strictObject({
  start: z.number().int().min(1).optional(),
  headings: pattern.optional(),
  'not-headings': z.array(z.number().int().min(1)).optional(),
  breaks: pattern.optional(),
  'note-labels': z.array(z.string().min(1)).optional(),
  'not-notes': z.array(z.number().int().min(1)).optional(),
});

/** One story of a book: a path, directory or glob, or a file with overrides of what the parser found. */
const storyOverrides = z.strictObject({
  file: z.string().min(1),
  title: z.string().min(1).optional(),
  subtitle: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  language: z.string().min(2).optional(),
  /** Chapter titles by chapter position (1-based): `chapters: { 1: Arrival }`. */
  chapters: z.record(z.string().regex(/^\d+$/, 'chapter keys are chapter positions: 1, 2, 3 …'), z.string().min(1)).optional(),
  structure: structure.optional(),
});

export type StructureConfig = z.infer<typeof structure>;

/** A bare path stands for `{ file: path }`, so errors always point into one shape. */
const story = z.preprocess((value) => (typeof value === 'string' ? { file: value } : value), storyOverrides);

const formats = z.array(z.string().min(1)).min(1);
/** A preset of the PDF theme or a custom size such as `140x216mm`; checked against the theme when the build is planned. */
const pageSize = z.string().min(1);
const notes = z.enum(['inline', 'end', 'omit']);
/** A length with its unit (`3mm`, `0.125in`), checked with the other print settings when the book is built. */
const length = z.string().regex(/^\s*(\d+(\.\d+)?|\.\d+)\s*(pt|in|mm|cm)\s*$/i, 'a length with its unit: 3mm, 0.125in');

/** A renderer's own options (`pdf:`, `epub:`, `txt:`, or a third-party renderer's name), checked by that renderer's schema when the build is planned. */
const section = z.record(z.string(), z.unknown());
const sections = z.record(z.string(), section).optional();

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Moves the keys that are not quire's own and hold a mapping into
 * `sections`: they are renderers' options, which only the renderers loaded
 * for the build can check. Any other unknown key stays, and is an error.
 */
function liftSections(known: ReadonlySet<string>) {
  return (value: unknown): unknown => {
    if (!isMapping(value)) return value;
    const lifted = Object.entries(value).filter(([key, v]) => !known.has(key) && isMapping(v));
    if (lifted.length === 0) return value;
    const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !lifted.some(([k]) => k === key)));
    return { ...rest, sections: Object.fromEntries(lifted) };
  };
}

const withSections = <Shape extends z.ZodRawShape>(shape: Shape) => z.preprocess(liftSections(new Set(Object.keys(shape))), z.strictObject({ ...shape, sections }));

const book = withSections({
  /** The anthology's title; for a one-story book, a replacement for the story's title. */
  title: z.string().min(1).optional(),
  subtitle: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  editor: z.string().min(1).optional(),
  language: z.string().min(2).optional(),
  description: z.string().min(1).optional(),
  stories: z.array(story).min(1),
  formats: formats.optional(),
  'page-size': pageSize.optional(),
  /** Hand binding: `<slug>-imposed.pdf` in this layout, with the settings below (as the `--impose` … flags). */
  impose: z.enum(['folio', 'quarto', 'octavo', 'sextodecimo']).optional(),
  sheet: z.enum(['Letter', 'A4', 'Legal', 'A3', 'Tabloid']).optional(),
  signature: z.number().int().min(1).max(16).optional(),
  duplex: z.enum(['long', 'short', 'manual']).optional(),
  flyleaves: z.number().int().min(0).max(8).optional(),
  creep: length.optional(),
  calibration: z.boolean().optional(),
  /** Print on demand: bleed, crop marks, and the paper whose thickness sets the cover's spine. */
  bleed: length.optional(),
  'crop-marks': z.boolean().optional(),
  paper: z.enum(['white', 'cream']).optional(),
  notes: notes.optional(),
  cover: z.string().min(1).optional(),
  series: z.string().min(1).optional(),
  'series-index': z.number().nonnegative().optional(),
});

/** `quire.yaml`: unknown keys are errors, so a typo never passes silently. */
export const configSchema = withSections({
  out: z.string().min(1).optional(),
  formats: formats.optional(),
  renderers: z.array(z.string().min(1)).optional(),
  books: z.array(book).min(1),
});

export type Config = z.infer<typeof configSchema>;
export type BookConfig = Config['books'][number];
export type StoryConfig = z.infer<typeof story>;
