import type { Options } from 'yargs';

/**
 * Every option of `quire build`, in the order `--help` lists them: the one
 * place a new flag is added. Values stay strings where quire checks them
 * itself (numbers, sizes), so a bad one gets quire's message and exit 2
 * rather than a silent NaN.
 */
export const BUILD_OPTIONS = {
  format: { alias: 'f', type: 'string', requiresArg: true, describe: 'formats to make, comma-separated (default: all)' },
  out: { alias: 'o', type: 'string', requiresArg: true, describe: "folder for the books (default: quire.yaml's out, else dist)" },
  config: { alias: 'c', type: 'string', requiresArg: true, describe: 'the config to build from when no files are named (default: quire.yaml)' },
  anthology: { type: 'string', requiresArg: true, describe: 'bind all the files into one book with this title' },
  editor: { type: 'string', requiresArg: true, describe: "the anthology's editor, credited on the title page and in the metadata" },
  notes: { type: 'string', requiresArg: true, choices: ['inline', 'end', 'omit'], describe: "author's notes where they stood (default), gathered at the end, or left out" },
  'page-size': { type: 'string', requiresArg: true, describe: 'PDF trim size: A5 (default), A4, Letter, 6x9, 5x8, 5.25x8, 5.5x8.5, B-format, A6, pocket, or one with its unit (140x216mm, 5.5x8.5in)' },
  impose: { type: 'string', requiresArg: true, describe: 'also write <slug>-imposed.pdf for hand binding: folio, quarto, octavo or sextodecimo' },
  sheet: { type: 'string', requiresArg: true, describe: 'imposition sheet: Letter, A4, Legal, A3, Tabloid (default Letter for inch trim sizes, A4 for metric)' },
  signature: { type: 'string', requiresArg: true, describe: 'sheets folded together into a signature (default: about 16 pages)' },
  duplex: { type: 'string', requiresArg: true, describe: 'how the printer turns the paper: long (default), short, or manual (all fronts, then all backs)' },
  flyleaves: { type: 'string', requiresArg: true, describe: 'blank leaves at the front and back of the imposed book' },
  creep: { type: 'string', requiresArg: true, describe: 'move inner leaves toward the spine by this much a leaf (0.1mm)' },
  calibration: { type: 'boolean', describe: 'also write <slug>-calibration.pdf, a two-sided test sheet for the printer' },
  bleed: { type: 'string', requiresArg: true, describe: 'PDF bleed beyond the trim for print on demand (3mm, 0.125in)' },
  'crop-marks': { type: 'boolean', describe: 'PDF: crop marks outside the bleed' },
  paper: { type: 'string', requiresArg: true, describe: 'cover: white (default) or cream paper, which sets the spine width' },
  recto: { type: 'boolean', describe: 'PDF: open every chapter on a right-hand page' },
  width: { type: 'string', requiresArg: true, describe: 'plain text: wrap at this many columns, 0 for one line per paragraph (default 72)' },
  crlf: { type: 'boolean', describe: 'plain text: Windows line endings' },
  typography: { type: 'boolean', default: true, describe: 'curly quotes, dashes and ellipses; --no-typography keeps them as written' },
  ascii: { type: 'boolean', describe: 'plain text: fold curly quotes, dashes and ellipses back to ASCII' },
  cover: { type: 'string', requiresArg: true, describe: 'a PNG, JPEG or GIF cover instead of the generated one' },
  'embed-fonts': { type: 'boolean', describe: 'embed the book font (EB Garamond) in EPUBs' },
  series: { type: 'string', requiresArg: true, describe: 'the series the book belongs to' },
  'series-index': { type: 'string', requiresArg: true, describe: "the book's position in the series" },
  templates: { type: 'string', requiresArg: true, describe: "a folder of templates that replace quire's own file by file" },
  shard: { type: 'string', requiresArg: true, describe: 'build only the i-th of n slices of the batch (i/n: every n-th book from the i-th), one per CI job' },
  verbose: { type: 'boolean', describe: 'also print info diagnostics: every guess the parser made' },
  strict: { type: 'boolean', describe: 'fail (exit 1) when there are warnings' },
  quiet: { alias: 'q', type: 'boolean', describe: 'no progress bar and no summary table; files and problems only' },
  jobs: { alias: 'j', type: 'string', requiresArg: true, describe: 'worker threads for building books in parallel (default: one per core)' },
  watch: { alias: 'w', type: 'boolean', describe: 'build again whenever an input, the config or a template changes (Ctrl-C to stop)' },
  renderer: { type: 'string', array: true, requiresArg: true, describe: 'load a third-party renderer by path or package name (then use its name in --format)' },
} as const satisfies Record<string, Options>;

/** What yargs hands `quire build` (dashed names arrive camel-cased). */
export interface BuildArgs {
  files: string[];
  format?: string;
  out?: string;
  config?: string;
  anthology?: string;
  editor?: string;
  notes?: string;
  pageSize?: string;
  impose?: string;
  sheet?: string;
  signature?: string;
  duplex?: string;
  flyleaves?: string;
  creep?: string;
  calibration?: boolean;
  bleed?: string;
  cropMarks?: boolean;
  paper?: string;
  recto?: boolean;
  width?: string;
  crlf?: boolean;
  typography: boolean;
  ascii?: boolean;
  cover?: string;
  embedFonts?: boolean;
  series?: string;
  seriesIndex?: string;
  templates?: string;
  shard?: string;
  verbose?: boolean;
  strict?: boolean;
  quiet?: boolean;
  jobs?: string;
  watch?: boolean;
  renderer?: string[];
}
