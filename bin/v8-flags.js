/**
 * V8 settings for quire's command line, set before any of quire's code loads.
 *
 * `--no-regexp-tier-up`: V8 compiles a regular expression to bytecode on its first use and again to machine code
 * on its second, so each of the ~500 patterns one story's parse uses (many case-insensitive Unicode patterns over
 * every language's words, whose compilation is the cost) is compiled twice in a process that reads one story.
 * Compiled once, straight to machine code, a seed's first parse takes about half the CPU time (BENCHMARKS.md,
 * "Start-up", third round); what a pattern matches is the same either way, and long inputs run the same machine
 * code.
 *
 * The flag is read whenever a pattern is compiled, so setting it at run time is safe. V8 takes a code cache only
 * under the flags it was made with, so scripts/warm-code-cache.mjs sets the same ones (bin/load-bundle.js).
 */
export function setV8Flags() {
  // process.getBuiltinModule, not an import: an ES import of a built-in builds a facade reading all its exports.
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-regexp-tier-up');
}
