import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The suffix of this process's temporary files; worker threads share the process id. */
const PARTIAL = `.${process.pid}.partial`;

/** Writes under way on this thread, and whether an interruption asked them to stop. */
const inFlight = new Set<Promise<void>>();
let stopping = false;

/**
 * After an interruption: lets the writes under way on this thread finish
 * (they then drop their temporary file instead of publishing it), and
 * removes every temporary file of this process (any of its threads) in
 * `dir`. No new write starts afterwards.
 */
export async function removePartialFiles(dir: string): Promise<void> {
  stopping = true;
  await Promise.allSettled([...inFlight]);
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith(PARTIAL)).map((n) => rm(join(dir, n), { force: true })));
}

/**
 * Writes a file whole or not at all: the bytes go to a hidden temporary file
 * beside the target, which is renamed over it only when complete, so a
 * reader never finds half a book in the output folder.
 */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}${PARTIAL}`);
  if (stopping) throw new Error(`${path}: not written; the build was interrupted`);
  const write = (async (): Promise<void> => {
    try {
      await writeFile(temp, data);
      if (stopping) await rm(temp, { force: true });
      else await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  })();
  inFlight.add(write);
  try {
    await write;
  } finally {
    inFlight.delete(write);
  }
}
