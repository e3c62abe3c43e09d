import { realpathSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The files a command reads (manuscripts, the config, covers, templates)
 * that nothing it writes may replace. Paths are compared as the file system
 * sees them: real paths (so `a.txt`, `./a.txt` and a symlink to it are one
 * file) and, for files that exist, device and inode (hard links, and names
 * that differ only in case on a case-insensitive disk).
 *
 * Plain data, so it can travel to a worker thread.
 */
export interface ProtectedPaths {
  /** Real path → the path as the user gave it. */
  byPath: Record<string, string>;
  /** `dev:ino` → the path as the user gave it. */
  byInode: Record<string, string>;
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function inode(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Every file under a folder (a templates folder, a folder of Markdown chapters), or the path itself. */
async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => null);
  if (entries === null) return [path];
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export async function protectedPaths(paths: Iterable<string | null | undefined>): Promise<ProtectedPaths> {
  const guard: ProtectedPaths = { byPath: {}, byInode: {} };
  for (const given of paths) {
    if (!given) continue;
    for (const file of await filesUnder(given)) {
      const shown = file === given ? given : file;
      guard.byPath[realPath(file)] ??= shown;
      const id = inode(file);
      if (id !== null) guard.byInode[id] ??= shown;
    }
  }
  return guard;
}

/** The input a write to `output` would destroy, as the user named it; null when the write is safe. */
export function clashWith(guard: ProtectedPaths, output: string): string | null {
  const byPath = guard.byPath[realPath(output)];
  if (byPath !== undefined) return byPath;
  const id = inode(output);
  return id === null ? null : (guard.byInode[id] ?? null);
}
