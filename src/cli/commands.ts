import type { Options, PositionalOptions } from 'yargs';
import { BUILD_OPTIONS, type BuildArgs } from './build-options.js';
import type { Io } from './io.js';

/**
 * A command as data: what `--help` says about it and how to run it. `run`
 * imports the command's module only when that command runs, so `quire
 * inspect` never loads the renderers and `--help` loads no command at all.
 */
export interface CommandSpec {
  name: string;
  /** Positional arguments in yargs' notation: `[files..]`, `<files..>`, `[dir]`. */
  args: string;
  describe: string;
  positionals: Record<string, PositionalOptions>;
  options: Record<string, Options>;
  examples: readonly (readonly [string, string])[];
  run(argv: Record<string, unknown>, io: Io): Promise<number>;
}

const inspect: CommandSpec = {
  name: 'inspect',
  args: '[files..]',
  describe: 'Show how quire reads each manuscript: metadata, chapters, notes, breaks, and every guess it made.',
  positionals: { files: { type: 'string', array: true, describe: 'manuscript files (.txt, .md, .html, .epub); none with -c: the stories the config describes, with its structure: corrections' } },
  options: {
    json: { type: 'boolean', describe: 'print one JSON object per file (an array for several files)' },
    config: { alias: 'c', type: 'string', requiresArg: true, describe: 'the config whose stories to inspect when no files are named' },
  },
  examples: [
    ['quire inspect story.txt', ''],
    ['quire inspect --json seeds/*.txt > outline.json', ''],
    ['quire inspect -c quire.yaml', 'as build -c reads them, structure: levers applied'],
  ],
  async run(argv, io) {
    const { inspectCommand } = await import('./inspect-command.js');
    return inspectCommand(files(argv), { json: argv.json === true, config: typeof argv.config === 'string' ? argv.config : null }, io);
  },
};

const build: CommandSpec = {
  name: 'build',
  args: '[files..]',
  describe: 'Make books: one per manuscript, or one anthology of them all. With no files, builds what quire.yaml describes.',
  positionals: { files: { type: 'string', array: true, describe: 'manuscript files (.txt, .md, .html, .epub)' } },
  options: BUILD_OPTIONS,
  examples: [
    ['quire build', 'the books quire.yaml describes'],
    ['quire build story.txt --format epub', ''],
    ['quire build a.txt b.txt --anthology "Summer Stories" --editor "Jo Bloggs" --out books', ''],
    ['quire build story.txt --renderer ./examples/html-renderer.js --format html', ''],
    ['quire build --watch --format epub', 'rebuild on every save'],
    ['SOURCE_DATE_EPOCH=1700000000 quire build story.txt', 'reproducible dates'],
  ],
  async run(argv, io) {
    const { buildCommand } = await import('./build-command.js');
    return buildCommand(argv as unknown as BuildArgs, io);
  },
};

const normalize: CommandSpec = {
  name: 'normalize',
  args: '<files..>',
  describe: 'Write what quire recovered from each manuscript as a Markdown manuscript with YAML front matter, to correct and build from.',
  positionals: { files: { type: 'string', array: true, describe: 'manuscript files (.txt, .html, .epub)' } },
  options: {
    stdout: { type: 'boolean', describe: 'print the Markdown instead of writing FILE.md beside each file' },
    force: { type: 'boolean', describe: 'replace an existing FILE.md (never one of the files being read)' },
  },
  examples: [
    ['quire normalize story.txt', 'writes story.md'],
    ['quire normalize story.txt --stdout | less', ''],
  ],
  async run(argv, io) {
    const { normalizeCommand } = await import('./normalize-command.js');
    return normalizeCommand(files(argv), { stdout: argv.stdout === true, force: argv.force === true }, io);
  },
};

const init: CommandSpec = {
  name: 'init',
  args: '[dir]',
  describe: 'Write a commented quire.yaml with a book for each manuscript in a folder.',
  positionals: { dir: { type: 'string', default: '.', describe: 'the folder of manuscripts' } },
  options: { force: { type: 'boolean', describe: 'replace an existing quire.yaml' } },
  examples: [
    ['quire init', ''],
    ['quire init stories/ && quire build --config stories/quire.yaml', ''],
  ],
  async run(argv, io) {
    const { initCommand } = await import('./init-command.js');
    return initCommand(String(argv.dir), { force: argv.force === true }, io);
  },
};

const formats: CommandSpec = {
  name: 'formats',
  args: '',
  describe: 'List the formats quire can make, including third-party renderers given with --renderer.',
  positionals: {},
  options: { renderer: { type: 'string', array: true, requiresArg: true, describe: 'also load these renderers' } },
  examples: [
    ['quire formats', ''],
    ['quire formats --renderer ./examples/html-renderer.js', ''],
  ],
  async run(argv, io) {
    const { registryWith } = await import('../render/load-renderer.js');
    const specs = Array.isArray(argv.renderer) ? argv.renderer.map(String) : [];
    const registry = await registryWith(specs.map((spec) => ({ spec, base: process.cwd() })));
    for (const r of registry.list()) io.out(`${r.name.padEnd(8)} ${r.description}\n`);
    return 0;
  },
};

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [inspect, build, normalize, init, formats];

function files(argv: Record<string, unknown>): string[] {
  return Array.isArray(argv.files) ? argv.files.map(String) : [];
}
