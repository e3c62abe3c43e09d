import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
// @ts-expect-error: the scorer is plain JavaScript shared with `npm run score`.
import { scoreManuscript } from '../scripts/score-lib.mjs';
import { root } from './helpers/inspect.js';

/** The floor under the convention corpus: quality measured by `npm run score` may rise, never silently fall. */
const FLOOR = 0.975;

describe('structure recovery on the convention corpus', () => {
  it(`scores at least ${FLOOR * 100}% macro over the fixtures, each fixture parsed without a throw`, () => {
    const dir = join(root, 'tests/fixtures/conventions');
    const scores = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => {
        const truth = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { file: string };
        const got = outline(parse(readFileSync(join(dir, truth.file)), truth.file));
        return (scoreManuscript(truth, got, null) as { score: number }).score;
      });
    expect(scores.length).toBeGreaterThanOrEqual(60);
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(FLOOR);
  });
});
