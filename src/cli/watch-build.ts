import { watch } from 'chokidar';
import { removePartialFiles } from '../build/write-atomic.js';
import type { Io } from './io.js';

export interface BuildRun {
  code: number;
  /** Inputs, config, templates and renderer modules the build read: a change to any means a rebuild. */
  watched: string[];
  outDir: string;
}

const SETTLE_MS = 250;

/**
 * `--watch`: rebuilds whenever something the last build read changes
 * (waiting for a burst of saves to settle), until Ctrl-C. The set of watched
 * files follows each build, so a story added to quire.yaml is watched too.
 */
export function watchBuild(first: BuildRun, rebuild: () => Promise<BuildRun>, io: Io): Promise<number> {
  return new Promise((resolve) => {
    let watched = new Set(first.watched);
    const watcher = watch([...watched], { ignoreInitial: true });
    let timer: NodeJS.Timeout | null = null;
    let running: Promise<void> = Promise.resolve();
    let last = first.code;
    let outDir = first.outDir;
    const run = (): void => {
      running = running.then(async () => {
        io.err('quire: change seen; building again\n');
        const next = await rebuild().catch((error: unknown) => {
          io.err(`quire: ${error instanceof Error ? error.message : String(error)}\n`);
          return { code: 2, watched: [...watched], outDir };
        });
        last = next.code;
        outDir = next.outDir;
        const now = new Set(next.watched);
        watcher.unwatch([...watched].filter((p) => !now.has(p)));
        watcher.add([...now].filter((p) => !watched.has(p)));
        watched = now;
        io.err('quire: watching for changes (Ctrl-C to stop)\n');
      });
    };
    watcher.on('all', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, SETTLE_MS);
    });
    watcher.on('ready', () => io.err('quire: watching for changes (Ctrl-C to stop)\n'));
    process.once('SIGINT', () => {
      void Promise.all([watcher.close(), removePartialFiles(outDir)]).then(() => resolve(last));
    });
  });
}
