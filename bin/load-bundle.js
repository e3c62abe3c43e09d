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
 * Returns the CLI's `main` and `cacheData()`, the hash and V8's cache of what has run so far.
 */
export function loadBundle(file) {
  const source = readFileSync(file);
  const hash = createHash('sha256').update(source).digest();
  const cachedData = readCache(`${file}.cache`, hash);
  // Wrapped as Node wraps a CommonJS module, on the first line so line numbers in stack traces still match,
  // plus `__quireImport`: the bundle's import() of a computed specifier (a third-party renderer) is this.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __quireImport) {${source.toString('utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  return { main: module.exports.main, cacheData: () => Buffer.concat([hash, script.createCachedData()]) };
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
