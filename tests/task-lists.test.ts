import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A writer's checklist kept in a draft (src/parse/task-lists.ts). */
describe("a draft's checklist", () => {
  it('leaves the checklist and its heading out, keeps a list of the story', () => {
    const o = read(['The Sewing Machine', 'by Anuradha Mishra', '', prose('Nani'), '', '* two metres of yellow cloth', '* a reel of white thread', '', prose('Meera'), '', '== To do ==', '', '* [ ] make part two clearer', '* [X] settle the title', ''].join('\n'));
    expect(o.wordCount).toBe(14 + 6 + 6 + 14);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('task-list');
  });
});
