import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written now, removed if the process is interrupted. */
const pending = new Set<string>();

/** Removes every temporary file still being written (on Ctrl-C, say). Safe to call at any time. */
export async function removePartialFiles(): Promise<void> {
  await Promise.all([...pending].map((file) => rm(file, { force: true })));
  pending.clear();
}

/**
 * Writes a file whole or not at all: the bytes go to a hidden temporary file
 * beside the target, which is renamed over it only when complete, so a
 * reader never finds half a book in the output folder.
 */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.partial`);
  pending.add(temp);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}
