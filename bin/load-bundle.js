import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Runs the bundled CLI (lib/bundle/main.cjs, scripts/bundle-cli.mjs) as a `vm.Script`, the one way Node 20
 * lets a program hand V8 a code cache: with `main.cjs.cache` (made by scripts/warm-code-cache.mjs after a
 * few commands ran) V8 skips parsing and compiling the functions those commands used, about a sixth of a
 * one-story EPUB build. The cache is used only when it was made from these very bytes (its first 32 bytes
 * are the bundle's SHA-256) and V8 accepts it (same V8, same flags); otherwise, or when it is missing or
 * unreadable, the bundle compiles as any script does. Nothing is written here.
 *
 * Returns the CLI's `main`, whether V8 took the cache (`cacheUsed`), and `cacheData()`, the hash and V8's cache
 * of what has run so far.
 */
export function loadBundle(file) {
  const source = readFileSync(file);
  const hash = createHash('sha256').update(source).digest();
  const cachedData = readCache(`${file}.cache`, hash);
  // The file is one function expression, as Node wraps a CommonJS module plus `__quireImport` (the bundle's
  // import() of a computed specifier, a third-party renderer, is this): written so by scripts/bundle-cli.mjs
  // rather than wrapped here, since V8 would copy a wrapped 2 MB source once more (about 4 MB and 5 ms).
  const script = new vm.Script(source.toString('utf8'), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  return {
    main: module.exports.main,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    cacheData: () => Buffer.concat([hash, script.createCachedData()]),
  };
}

function readCache(path, hash) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return bytes.length > hash.length && bytes.subarray(0, hash.length).equals(hash) ? bytes.subarray(hash.length) : undefined;
}
