import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe('a HackMD note downloaded as Markdown', () => {
  const note = [
    '---',
    'title: The Rain Postman',
    'tags: fiction, serial',
    '---',
    '',
    '# The Rain Postman',
    '',
    '> [name=Lin Yingxue] [time=Sun, Jun 4, 2023 10:20 PM] [color=#4a90e2]',
    '',
    '[TOC]',
    '',
    '## Chapter 1: The Snail in the Letterbox',
    '',
    prose('Ah-Ching'),
    '',
    'Grandma was shelling beans; ==her hands stopped for a moment==, and she said nothing.',
    '',
    '> [name=Kai] is this plate detail right for 1987? check it',
    '',
    '## Chapter 2: A Letter With No Address',
    '',
    prose('Xiaoping'),
    '',
    ':::info',
    "**Author's note**: chapter two was written in a hurry.",
    ':::',
    '',
    ':::spoiler Chapter 3 outline',
    '- [x] the typhoon night',
    '- [ ] the letters',
    ':::',
    '',
    '###### tags: `fiction` `serial`',
    '',
  ].join('\n');
  const o = read(note, 'note.md');

  it("reads the stamp under the title as the author, and leaves collaborators' comments, the spoiler box and the tags line out", () => {
    expect(o.author).toBe('Lin Yingxue');
    expect(o.chapters.map((c) => c.wordCount)).toEqual([14 + 14, 14]);
    expect(o.chapters[1]!.notesAfter).toHaveLength(1);
  });
});
