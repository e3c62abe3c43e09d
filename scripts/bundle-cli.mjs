// Bundles the compiled CLI (lib/cli/main.js) into lib/bundle/main.cjs, which bin/quire.js runs when it is newer
// than lib/, and makes its V8 code cache (scripts/warm-code-cache.mjs). Why: quire's start-up was mostly Node
// resolving, reading and compiling ~120 ES modules (~200 for a build); one script whose compiled code V8 keeps
// starts in a fraction of the time (BENCHMARKS.md, "Start-up").
// Run after `tsc` (npm run compile); without esbuild (a production install) it does nothing and bin/ runs lib/.
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const lib = join(root, 'lib');
const out = join(lib, 'bundle');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-cli: esbuild is not installed; quire runs unbundled from lib/\n');
  process.exit(0);
}

// Packages bundled in, with whatever they import: the ones every command loads (yargs, the text decoders) and
// the pure JavaScript ones an EPUB build loads. The rest stay ordinary imports from node_modules: native code
// (resvg), packages that read their own data files at run time (pdfkit, fontkit, hyphen), and anything not
// named here, so a new dependency works unbundled until it is measured.
const BUNDLED = new Set(['yargs', 'string-width', 'epub-gen-memory', 'ejs', 'fflate', 'uuid', 'image-size', '@sindresorhus/slugify', 'franc-min']);
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

// lib/errors.js stays one shared module: a third-party renderer importing quire's errors from lib/index.js must
// throw the very classes the CLI's error boundary tests with instanceof.
const SHARED = new Set([join(lib, 'errors.js')]);

// Parts of epub-gen-memory quire never runs, replaced inside the bundle (the unbundled lib/ keeps the
// originals, and tests/cli-bundle.test.ts checks both write the same EPUBs): its HTML round trip and remote
// fetching get the stand-ins in scripts/bundle-stand-ins/, its option checks with ow the no-op module the
// library itself ships for browsers (package.json "browser" field). Keyed by the importing file's ending and
// the specifier, so a new version that moves them simply bundles the originals again.
const STAND_INS = [
  { from: /[/\\]epub-gen-memory[/\\]dist[/\\]lib[/\\]util[/\\]html\.js$/, path: './html-parse', to: join(root, 'scripts', 'bundle-stand-ins', 'epub-html-parse.cjs') },
  { from: /[/\\]epub-gen-memory[/\\]dist[/\\]lib[/\\]util[/\\]fetchable\.js$/, path: 'node-fetch', to: join(root, 'scripts', 'bundle-stand-ins', 'no-fetch.cjs') },
  { from: /[/\\]epub-gen-memory[/\\]dist[/\\]lib[/\\]util[/\\]index\.js$/, path: './predicates', to: './predicates-nop.js' },
  // quire's own import of resvg, for the EPUB cover: the package's loader less its costly glibc test.
  { from: /[/\\]lib[/\\]render[/\\]epub[/\\]cover\.js$/, path: '@resvg/resvg-js', to: join(root, 'scripts', 'bundle-stand-ins', 'resvg.cjs') },
];

/** `from` replaced by `to` in a package's source, or the source left as it is (with a note) when its shape changed. */
function exactly(name, from, to) {
  return (text) => {
    if (text.includes(from)) return text.replace(from, to);
    process.stderr.write(`bundle-cli: ${name} changed shape; bundled as it is\n`);
    return text;
  };
}

/** Several replacements that only work together: all of them, or (when any text is missing) none. */
function exactlyAll(name, pairs) {
  return (text) => {
    if (pairs.every(([from]) => text.includes(from))) return pairs.reduce((t, [from, to]) => t.replace(from, to), text);
    process.stderr.write(`bundle-cli: ${name} changed shape; bundled as it is\n`);
    return text;
  };
}

// Work third-party packages do when they load or after every parse that quire never uses, left out of the bundle
// only (lib/ runs the packages as published; tests/cli-bundle.test.ts checks both say and write the same).
const PATCHES = [
  // string-width creates an Intl.Segmenter and Unicode-property regexes (RGI_Emoji) when it loads, 50–100 ms
  // of ICU set-up on every start, though yargs' help and messages are ASCII, which its fast path counts
  // without them. Here they are created on the first call that needs them.
  { file: /[/\\]string-width[/\\]index\.js$/, apply: lazyStringWidth },
  // transliterate (slugify's) builds a replacement table (a copy of its ~1,000 default ones) and a pattern for
  // each of its ~20 locales when it loads; quire's slugs use the default ones. Each locale's table and pattern
  // are built when first asked for: ~20 ms less CPU per build, and ~4 ms more for the tables.
  {
    file: /[/\\]@sindresorhus[/\\]transliterate[/\\]index\.js$/,
    apply: exactly(
      '@sindresorhus/transliterate',
      `\tconst replacements = new Map(builtinReplacements);
\tfor (const [key, value] of localeMap) {
\t\treplacements.set(key, value);
\t}

\tlocaleCache.set(locale, {
\t\treplacements,
\t\tpattern: buildReplacementPattern(replacements),
\t});`,
      `\tlet replacements;
\tlocaleCache.set(locale, {
\t\tget replacements() {
\t\t\tif (replacements === undefined) {
\t\t\t\treplacements = new Map(builtinReplacements);
\t\t\t\tfor (const [key, value] of localeMap) replacements.set(key, value);
\t\t\t}
\t\t\treturn replacements;
\t\t},
\t\tget pattern() {
\t\t\tconst value = buildReplacementPattern(this.replacements);
\t\t\tObject.defineProperty(this, 'pattern', { value });
\t\t\treturn value;
\t\t},
\t});`,
    ),
  },
  // franc-min turns every language's trigram list into a lookup table when it loads (66 languages, ~20,000
  // entries); quire asks it about Latin-script text and 30 of its languages only. Here each table is made when
  // franc first reads it, and as a Map (the 30 tables quire reads cost about 9 ms of a first parse as objects,
  // which grow as dictionaries, 5 ms as Maps): the same ranks, looked up in the one function that reads them.
  {
    file: /[/\\]franc-min[/\\]index\.js$/,
    apply: exactlyAll('franc-min', [
      [
        `        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams`,
        `        const source = languages[name]
        const key = name
        Object.defineProperty(numericData[script], key, {
          configurable: true,
          enumerable: true,
          get() {
            const model = source.split('|')
            const trigrams = new Map()
            let weight = model.length
            while (weight--) trigrams.set(model[weight], weight)
            Object.defineProperty(this, key, { value: trigrams, configurable: true, enumerable: true, writable: true })
            return trigrams
          },
        })`,
      ],
      [
        `    if (trigram[0] in model) {
      difference = trigram[1] - model[trigram[0]] - 1`,
        `    if (model.has(trigram[0])) {
      difference = trigram[1] - model.get(trigram[0]) - 1`,
      ],
    ]),
  },
  // yargs imports node:assert (and with it Node's assertion-error modules, ~3 ms on every command) for checks that
  // only a misuse of its API fails. The same tests (Object.is, as node:assert's strict equality), and node:assert
  // loaded only to throw its error when one fails.
  {
    file: /[/\\]yargs[/\\]lib[/\\]platform-shims[/\\]esm\.mjs$/,
    apply: exactly(
      'yargs',
      "import { notStrictEqual, strictEqual } from 'assert'",
      [
        "const notStrictEqual = (actual, expected, message) => { if (Object.is(actual, expected)) process.getBuiltinModule('node:assert').notStrictEqual(actual, expected, message) }",
        "const strictEqual = (actual, expected, message) => { if (!Object.is(actual, expected)) process.getBuiltinModule('node:assert').strictEqual(actual, expected, message) }",
      ].join('\n'),
    ),
  },
  // fflate loads node:worker_threads when it loads, for its asynchronous functions; quire calls only zipSync.
  // Here the thread module loads on the first asynchronous call.
  {
    file: /[/\\]fflate[/\\]esm[/\\]index\.mjs$/,
    apply: exactly(
      'fflate',
      `try {
    (_a = require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = Worker ? function (c, _, msg, transfer, cb) {
    var done = false;`,
      `var wk = true ? function (c, _, msg, transfer, cb) {
    (_a = require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
    var done = false;`,
    ),
  },
  // After a command's handler, yargs renders that command's whole help text and keeps it, for a handler that
  // calls showHelp() later; quire's handler only records which command was chosen, and quire never asks
  // yargs for help after parsing. Rendering `build`'s help on every build was ~3 % of a one-story EPUB build.
  {
    file: /[/\\]yargs[/\\]build[/\\]lib[/\\]command\.js$/,
    apply: exactly('yargs', 'yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();', '/* quire: help not kept (scripts/bundle-cli.mjs) */'),
  },
];

const plugin = {
  name: 'quire-cli',
  setup(build) {
    build.onResolve({ filter: /^(\.\/html-parse|node-fetch|\.\/predicates|@resvg\/resvg-js)$/ }, (args) => {
      const standIn = STAND_INS.find((s) => s.path === args.path && s.from.test(args.importer));
      return standIn ? { path: resolve(args.resolveDir, standIn.to) } : undefined;
    });
    // Node's built-ins are required, not imported: an ES import of one makes Node build a facade of all its
    // exports, reading every lazy one (importing node:util loads its MIME parser, and so on).
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!builtinModules.includes(name)) return undefined;
      return args.kind === 'require-call' ? { path: `node:${name}`, external: true } : { path: name, namespace: 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)});`, loader: 'js' }));
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.kind === 'entry-point') return undefined;
      if (args.namespace === 'external') return { path: args.path, external: true };
      const fromPackage = args.importer.includes(`${join('/', 'node_modules')}/`);
      return fromPackage || BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, namespace: 'external' };
    });
    // A package left outside is require()d by the CommonJS bundle. Imported through this small ES module (which
    // esbuild does not treat as Node's), an ES-module package's default export is its `default`, as under
    // import, and a CommonJS package's is its module.exports.
    build.onLoad({ filter: /.*/, namespace: 'external' }, (args) => ({ contents: `export * from ${JSON.stringify(args.path)}; export { default } from ${JSON.stringify(args.path)};`, loader: 'js' }));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = join(args.resolveDir, args.path);
      return SHARED.has(path) ? { path: `./${relative(out, path)}`, external: true } : undefined;
    });
    // Each module keeps its own import.meta.url, so templates/, package.json, fonts, the worker and yargs'
    // locales are found from where the module lies, exactly as unbundled. (Where npm hoists yargs elsewhere,
    // y18n finds no locale file and uses its English keys, which are the same words.)
    // An import() of a computed specifier (a third-party renderer) cannot be bundled; in a vm.Script it would
    // need Node's experimental dynamic-import hook, lost anyway for code from a code cache, so it calls
    // bin/load-bundle.js's own import().
    // A package loaded with `createRequire(import.meta.url)('name')` (franc-min, an ES module loaded on first
    // use) is bundled like an import when named in BUNDLED, so it too comes compiled from the code cache.
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const original = await readFile(args.path, 'utf8');
      let text = PATCHES.reduce((t, patch) => (patch.file.test(args.path) ? patch.apply(t) : t), original);
      text = text.replace(/\bcreateRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g, (call, quote, name) => (BUNDLED.has(packageOf(name)) ? `require(${quote}${name}${quote})` : call));
      const own = `new URL(${JSON.stringify(relative(out, args.path))}, __quireUrl).href`;
      text = text.replaceAll('import.meta.url', own).replace(/\bimport\((?!\s*['"`])/g, '__quireImport(');
      return text === original ? undefined : { contents: text, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** string-width's module body run on the first non-ASCII string; printable ASCII is counted as it counts it. */
function lazyStringWidth(source) {
  const imports = source.match(/^import .*;$/gm) ?? [];
  let body = imports.reduce((text, line) => text.replace(line, ''), source);
  if (!/^export default function stringWidth\(/m.test(body) || /^export (?!default function stringWidth\()/m.test(body)) {
    process.stderr.write('bundle-cli: string-width changed shape; bundled as it is\n');
    return source;
  }
  body = body.replace(/^export default function stringWidth\(/m, 'function stringWidth(');
  return `${imports.join('\n')}
let loaded;
export default function stringWidth(input, options) {
  if (typeof input === 'string' && /^[\\u0020-\\u007E]*$/.test(input)) return input.length;
  loaded ??= (() => {
${body}
    return stringWidth;
  })();
  return loaded(input, options);
}
`;
}

await rm(out, { recursive: true, force: true });
const bundle = join(out, 'main.cjs');
await esbuild.build({
  entryPoints: [join(lib, 'cli', 'main.js')],
  outfile: bundle,
  bundle: true,
  // One CommonJS script, since only a script (vm.Script) can be given a code cache in Node 20. Modules behind
  // dynamic imports are still evaluated only when imported: `--help` runs no command's code, `inspect` no
  // renderer's, an EPUB build no PDF code.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // One function expression, which bin/load-bundle.js compiles and calls as Node calls a CommonJS module's
  // wrapper (written here, not wrapped there, so V8 need not copy the 2 MB source). It passes __filename; every
  // module's import.meta.url is made from it (the plugin above).
  banner: { js: "(function (exports, require, module, __filename, __dirname, __quireImport) { var __quireUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
  plugins: [plugin],
  logLevel: 'warning',
  legalComments: 'inline',
});

// A fresh node without flags or NODE_OPTIONS: V8 takes a code cache only under the flags it was made with.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_OPTIONS'));
const warm = spawnSync(process.execPath, [join(root, 'scripts', 'warm-code-cache.mjs'), bundle], { env, stdio: ['ignore', 'inherit', 'inherit'] });
if (warm.status !== 0) process.stderr.write('bundle-cli: the code cache could not be made; quire runs the bundle without it\n');
