import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A story written as a Yarn Spinner dialogue script (src/parse/dialogue-script.ts), saved as text. */
describe('Yarn Spinner scripts', () => {
  const script = [
    '// The Lantern Keeper',
    '// Author: Wren Halloway',
    '// File: Assets/Dialogue/Keeper.yarn',
    '// TODO: add the storm sound at the end of chapter 2',
    '',
    'title: Start',
    'tags: system',
    'position: -200,0',
    '---',
    '<<fade_in 2>>',
    '<<jump Chapter1>>',
    '===',
    '',
    'title: Chapter1',
    'tags: chapter',
    'position: 100,0',
    '---',
    '<<set_background "harbour">>',
    'Chapter 1: The Harbour #card',
    prose('Tomas'),
    'Keeper: The lamp must never go [wave]dark[/wave]. #line:a1f2',
    '// Tomas does not answer',
    '<<wait 1>>',
    '-> Climb the stairs',
    '===',
    '',
    'title: Chapter2',
    'tags: chapter',
    'position: 400,0',
    '---',
    'Chapter 2: The Storm #card',
    prose('Ilse'),
    '* * *',
    prose('Marta'),
    '===',
    '',
    'title: End',
    'tags: system',
    '---',
    'The End #card',
    'Writing: Wren Halloway #credits',
    'Thanks for playing! #credits',
    '<<quit>>',
    '===',
  ].join('\n');

  it('reads the lines a player sees: node headers, fences, commands, comments, tags and markup left out; the chapter cards as headings', () => {
    const o = read(script, 'keeper.txt');
    expect([o.title, o.author]).toEqual(['The Lantern Keeper', 'Wren Halloway']);
    // A to-do and the file's own path are the developer's, not the story's.
    expect(Object.keys(o.fields)).not.toEqual(expect.arrayContaining(['File']));
    expect(JSON.stringify(o)).not.toContain('TODO');
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords, c.sceneBreaks])).toEqual([
      [1, 'The Harbour', 'Tomas went down to the', 0],
      [2, 'The Storm', 'Ilse went down to the', 1],
    ]);
    // Two prose lines of fourteen words, the keeper's line (7 words with its speaker), the option (3); the end card and credits out.
    expect(o.wordCount).toBe(14 + 7 + 3 + 14 + 14);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('dialogue-script');
  });

  it('leaves a story whose scene breaks are --- and === lines alone', () => {
    const o = read(['title: not a node', '', prose('Anna'), '', '---', '', prose('Ben'), '', '===', '', prose('Cara')].join('\n'));
    expect(o.diagnostics.map((d) => d.ruleId)).not.toContain('dialogue-script');
    expect(o.wordCount).toBe(42);
  });
});
