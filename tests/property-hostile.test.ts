import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config/load-config.js';
import { InputError } from '../src/errors.js';
import { bodyText } from '../src/model-text.js';
import { parse } from '../src/parse.js';

/** Generated cases per run: modest in `npm test`, more with `npm run test:fuzz`. */
const RUNS = Number(process.env.QUIRE_FUZZ_RUNS ?? 25);
const options = { numRuns: RUNS, seed: Number(process.env.QUIRE_FUZZ_SEED ?? 20261129), endOnFailure: process.env.QUIRE_FUZZ_RUNS === undefined };

/** YAML-ish text: real config keys, anchors and aliases, flow and block nesting, junk. */
const yamlPiece = fc.oneof(
  fc.constantFrom('books:', 'out: dist', 'formats: [epub, txt]', '  - title: A', '    stories: [a.txt]', '    cover: c.png', 'renderers: []', '  - file: x.txt', '    chapters: {1: One}'),
  fc.constantFrom('&a [1, 2, 3]', '*a', '&b [*a, *a, *a, *a]', '*b', '<<: *a', '? complex', '!!binary aGk=', '!tag x', '%YAML 1.2', '---', '...'),
  fc.integer({ min: 1, max: 300 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '{a: '.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 1, max: 120 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- `).join('\n')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const yamlText = fc.array(fc.tuple(fc.constantFrom('', '  ', '    ', '- ', 'key: '), yamlPiece), { maxLength: 25 }).map((lines) => lines.map(([indent, p]) => indent + p).join('\n'));

/** Markdown with containers nested to any depth, dense markup and front matter. */
const mdPiece = fc.oneof(
  fc.integer({ min: 1, max: 3000 }).map((n) => '>'.repeat(n) + ' quoted'),
  fc.integer({ min: 1, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')),
  fc.integer({ min: 1, max: 200 }).map((n) => '1. '.repeat(n) + 'numbered'),
  fc.integer({ min: 1, max: 3000 }).map((n) => '*_['.repeat(n) + 'x'),
  fc.constantFrom('# Chapter 1', '## Part', '***', '---', '```', '~~~', '<!--', '-->', '> A/N: note', '[x]: http://e', '    code', '<aside>', '\\'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const markdown = fc
  .tuple(fc.option(yamlText, { nil: undefined }), fc.array(fc.tuple(mdPiece, fc.constantFrom('\n', '\n\n', '\n\n\n')), { minLength: 1, maxLength: 12 }))
  .map(([front, blocks]) => (front === undefined ? '' : `---\n${front}\n---\n`) + blocks.map(([b, sep]) => b + sep).join('') + '\nlast words here\n');

describe('generated configs', () => {
  it(`are read or refused as a ConfigError naming a line, never another exception (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        try {
          parseConfig(text, 'quire.yaml');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as Error).message).toMatch(/^quire\.yaml(:\d+)?: /);
        }
      }),
      options,
    );
  }, Math.max(30_000, RUNS * 100));
});

describe('generated deep Markdown', () => {
  it(`never makes the parser throw, and the text after the nesting is kept (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdown, (text) => {
        let m;
        try {
          m = parse(new TextEncoder().encode(text), 'generated.md');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        const body = [...m.front, ...m.chapters].map((c) => bodyText(c.children)).join('\n');
        const notes = [...m.notesBefore, ...m.notesAfter, ...m.chapters.flatMap((c) => [...c.notesBefore, ...c.notesAfter])].map((n) => n.children.map((p) => JSON.stringify(p)).join(''));
        expect(`${body}\n${notes.join('\n')}`).toContain('last words here');
      }),
      options,
    );
  }, Math.max(300_000, RUNS * 1_000));
});
