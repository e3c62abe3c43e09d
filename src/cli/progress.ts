import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Progress {
  /** True while a bar is drawn; the caller then leaves the per-file lines out. */
  readonly live: boolean;
  tick(): void;
  stop(): void;
}

/** A progress bar on a terminal (cli-progress), nothing otherwise: plain lines are the caller's. */
export function startProgress(total: number, terminal: boolean): Progress {
  if (!terminal || total === 0) return { live: false, tick: () => undefined, stop: () => undefined };
  // Loaded only on a terminal: batch runs in scripts never pay for it.
  const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar({ format: 'building {bar} {value}/{total} files', stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { live: true, tick: () => bar.increment(), stop: () => bar.stop() };
}
