import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BuildFlags, BuildSource } from '../build/plan-build.js';
import { parseShard } from '../build/shard.js';
import { UsageError } from '../errors.js';
import type { NotesMode } from '../render/renderer.js';
import type { BuildArgs } from './build-options.js';
import type { PrintSettings } from '../print/print-options.js';

const CONFIG_FILE = 'quire.yaml';

function whole(value: string | undefined, message: string, pattern = /^\d+$/): number | undefined {
  if (value === undefined) return undefined;
  if (!pattern.test(value)) throw new UsageError(`${message}, not "${value}"`);
  return Number(value);
}

function seriesIndex(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`--series-index must be a number, not "${value}"`);
  return n;
}

/** The print flags given, as print settings (checked with the page size when the build is planned). */
function printFlags(args: Readonly<BuildArgs>): PrintSettings | undefined {
  const settings = Object.fromEntries(
    Object.entries({
      impose: args.impose,
      sheet: args.sheet,
      signature: args.signature,
      duplex: args.duplex,
      flyleaves: args.flyleaves,
      creep: args.creep,
      calibration: args.calibration,
      bleed: args.bleed,
      cropMarks: args.cropMarks,
      paper: args.paper,
    }).filter(([, v]) => v !== undefined),
  ) as PrintSettings;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

/** Only the flags given: one left out must leave quire.yaml's value in place. */
function given(flags: { [K in keyof BuildFlags]: BuildFlags[K] | undefined }): BuildFlags {
  return Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) as BuildFlags;
}

/**
 * `quire build`'s arguments as `planBuild` takes them: the files or the
 * config to build from, and each option as a value (text checked and turned
 * into numbers here, with the option's name in the message).
 */
export function buildFlags(args: Readonly<BuildArgs>, env: NodeJS.ProcessEnv): { source: BuildSource; flags: BuildFlags } {
  if (args.files.length === 0 && args.config === undefined && !existsSync(CONFIG_FILE)) {
    throw new UsageError('no manuscripts named and no quire.yaml here; name the files to build (`quire build story.txt`) or write a config (`quire init`)');
  }
  const epoch = env.SOURCE_DATE_EPOCH === '' ? undefined : env.SOURCE_DATE_EPOCH;
  const flags = given({
    formats: args.format?.split(','),
    out: args.out,
    anthology: args.anthology,
    editor: args.editor,
    notes: args.notes as NotesMode | undefined,
    pageSize: args.pageSize,
    print: printFlags(args),
    recto: args.recto,
    width: whole(args.width, '--width must be a whole number of columns (0 for no wrapping)'),
    crlf: args.crlf,
    typography: args.typography,
    ascii: args.ascii,
    cover: args.cover,
    embedFonts: args.embedFonts,
    series: args.series,
    seriesIndex: seriesIndex(args.seriesIndex),
    templates: args.templates,
    renderers: args.renderer,
    shard: args.shard === undefined ? undefined : parseShard(args.shard),
    // One worker thread per core unless told otherwise.
    jobs: whole(args.jobs, '--jobs must be a whole number of worker threads', /^[1-9]\d*$/) ?? availableParallelism(),
    sourceDateEpoch: whole(epoch, 'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970'),
  });
  return { source: args.files.length > 0 ? { files: args.files } : { config: args.config ?? CONFIG_FILE }, flags };
}
