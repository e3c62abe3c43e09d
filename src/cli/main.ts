import { Command, CommanderError, Option } from 'commander';
import { ConfigError, InputError, RendererLoadError, UsageError } from '../errors.js';
import type { BuildCommandOptions } from './build-command.js';
import type { Io } from './io.js';
import { QUIRE_VERSION } from '../version.js';
import { processIo } from './io.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

function program(io: Io, setCode: (code: number) => void): Command {
  const cli = new Command('quire')
    .description('Bind plain-text stories into books.')
    .version(QUIRE_VERSION, '-V, --version', "print quire's version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run `quire --help` for usage)');
  cli
    .command('inspect')
    .description('Show how quire reads each manuscript: metadata, chapters, notes, breaks, and every guess it made.')
    .argument('[files...]', 'manuscript files (.txt, .md); none with -c: the stories the config describes, with its structure: corrections')
    .option('--json', 'print one JSON object per file (an array for several files)')
    .option('-c, --config <file>', 'the config whose stories to inspect when no files are named')
    .addHelpText('after', '\nExamples:\n  quire inspect story.txt\n  quire inspect --json seeds/*.txt > outline.json\n  quire inspect -c quire.yaml          # as build -c reads them, structure: levers applied')
    .action(async (files: string[], opts: { json?: boolean; config?: string }) =>
      setCode(await (await import('./inspect-command.js')).inspectCommand(files, { json: opts.json === true, config: opts.config ?? null }, io)),
    );
  cli
    .command('build')
    .description('Make books: one per manuscript, or one anthology of them all. With no files, builds what quire.yaml describes.')
    .argument('[files...]', 'manuscript files (.txt)')
    .option('-f, --format <list>', 'formats to make, comma-separated (default: all)')
    .option('-o, --out <dir>', 'folder for the books (default: quire.yaml\'s out, else dist)')
    .option('-c, --config <file>', 'the config to build from when no files are named (default: quire.yaml)')
    .option('--anthology <title>', 'bind all the files into one book with this title')
    .option('--editor <name>', "the anthology's editor, credited on the title page and in the metadata")
    .addOption(new Option('--notes <where>', "author's notes where they stood, gathered at the end, or left out").choices(['inline', 'end', 'omit']).default('inline'))
    .option('--page-size <size>', 'PDF trim size: A5 (default), A4, Letter, 6x9, 5x8, 5.25x8, 5.5x8.5, B-format, A6, pocket, or one with its unit (140x216mm, 5.5x8.5in)')
    .option('--impose <layout>', 'also write <slug>-imposed.pdf for hand binding: folio, quarto, octavo or sextodecimo')
    .option('--sheet <size>', 'imposition sheet: Letter, A4, Legal, A3, Tabloid (default Letter for inch trim sizes, A4 for metric)')
    .option('--signature <n>', 'sheets folded together into a signature (default: about 16 pages)')
    .option('--duplex <mode>', 'how the printer turns the paper: long (default), short, or manual (all fronts, then all backs)')
    .option('--flyleaves <n>', 'blank leaves at the front and back of the imposed book')
    .option('--creep <length>', 'move inner leaves toward the spine by this much a leaf (0.1mm)')
    .option('--calibration', 'also write <slug>-calibration.pdf, a two-sided test sheet for the printer')
    .option('--bleed <length>', 'PDF bleed beyond the trim for print on demand (3mm, 0.125in)')
    .option('--crop-marks', 'PDF: crop marks outside the bleed')
    .option('--paper <paper>', 'cover: white (default) or cream paper, which sets the spine width')
    .option('--recto', 'PDF: open every chapter on a right-hand page')
    .option('--width <columns>', 'plain text: wrap at this many columns, 0 for one line per paragraph (default 72)')
    .option('--crlf', 'plain text: Windows line endings')
    .option('--no-typography', 'keep straight quotes, double hyphens and three dots as written')
    .option('--ascii', 'plain text: fold curly quotes, dashes and ellipses back to ASCII')
    .option('--cover <image>', 'a PNG, JPEG or GIF cover instead of the generated one')
    .option('--embed-fonts', 'embed the book font (EB Garamond) in EPUBs')
    .option('--series <name>', 'the series the book belongs to')
    .option('--series-index <n>', "the book's position in the series")
    .option('--templates <dir>', 'a folder of templates that replace quire\'s own file by file')
    .option('--verbose', 'also print info diagnostics: every guess the parser made')
    .option('--strict', 'fail (exit 1) when there are warnings')
    .option('-q, --quiet', 'no progress bar and no summary table; files and problems only')
    .option('-j, --jobs <n>', 'worker threads for building books in parallel (default: one per core)')
    .option('-w, --watch', 'build again whenever an input, the config or a template changes (Ctrl-C to stop)')
    .option('--renderer <module...>', 'load a third-party renderer by path or package name (then use its name in --format)')
    .addHelpText(
      'after',
      '\nExamples:\n  quire build                                  # the books quire.yaml describes\n  quire build story.txt --renderer ./examples/html-renderer.js --format html\n  quire build --watch --format epub                # rebuild on every save\n  quire build story.txt --format epub\n  quire build a.txt b.txt --anthology "Summer Stories" --editor "Jo Bloggs" --out books\n  SOURCE_DATE_EPOCH=1700000000 quire build story.txt   # reproducible dates',
    )
    .action(async (files: string[], opts: BuildCommandOptions) => setCode(await (await import('./build-command.js')).buildCommand(files, opts, io)));
  cli
    .command('normalize')
    .description('Write what quire recovered from each manuscript as a Markdown manuscript with YAML front matter, to correct and build from.')
    .argument('<files...>', 'manuscript files (.txt)')
    .option('--stdout', 'print the Markdown instead of writing FILE.md beside each file')
    .option('--force', 'replace an existing FILE.md (never one of the files being read)')
    .addHelpText('after', '\nExamples:\n  quire normalize story.txt            # writes story.md\n  quire normalize story.txt --stdout | less')
    .action(async (files: string[], opts: { stdout?: boolean; force?: boolean }) => setCode(await (await import('./normalize-command.js')).normalizeCommand(files, opts, io)));
  cli
    .command('init')
    .description('Write a commented quire.yaml with a book for each manuscript in a folder.')
    .argument('[dir]', 'the folder of manuscripts', '.')
    .option('--force', 'replace an existing quire.yaml')
    .addHelpText('after', '\nExamples:\n  quire init\n  quire init stories/ && quire build --config stories/quire.yaml')
    .action(async (dir: string, opts: { force?: boolean }) => setCode(await (await import('./init-command.js')).initCommand(dir, opts, io)));
  cli
    .command('formats')
    .description('List the formats quire can make, including third-party renderers given with --renderer.')
    .option('--renderer <module...>', 'also load these renderers')
    .addHelpText('after', '\nExamples:\n  quire formats\n  quire formats --renderer ./examples/html-renderer.js')
    .action(async (opts: { renderer?: string[] }) => {
      const { registryWith } = await import('../render/load-renderer.js');
      const registry = await registryWith((opts.renderer ?? []).map((spec) => ({ spec, base: process.cwd() })));
      for (const r of registry.list()) io.out(`${r.name.padEnd(8)} ${r.description}\n`);
    });
  return cli;
}

/**
 * Command modules are imported when their command runs, so `quire inspect`
 * never loads the renderers and `quire build` never loads the config parser
 * unless it reads a config.
 *
 * The one error boundary: runs a command and turns every outcome into an
 * exit code (0 ok, 1 an input failed, 2 usage, 70 internal error).
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof RendererLoadError) {
      io.err(`quire: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`quire: ${error.message}\n`);
      return EXIT.failed;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`quire: internal error (a bug in quire ${QUIRE_VERSION}, on Node.js ${process.version}); please report it with this text:\n${detail}\n`);
    return EXIT.internal;
  }
}
