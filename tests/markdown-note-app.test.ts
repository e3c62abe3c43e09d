import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { inspectText } from './helpers/inspect.js';

const read = (text: string): ReturnType<typeof inspectText> => inspectText(text, 'story.md');

describe("a note app's Markdown export of a draft (Bear): title, tags, an attachment, header lines, a checklist note", () => {
  const text = [
    '# The Back Lane',
    '#writing/stories #draft',
    '',
    '![](The%20Back%20Lane/IMG_2043.jpeg)',
    '',
    'Author: Ffion Rhys',
    'Status: Draft 3',
    'Summary: A boy learns why the gate at the foot of the lane must be shut.',
    '',
    '**Note to self:**',
    '- [x] Finish part one',
    '- [ ] Check the mutations in part two',
    '',
    '---',
    '',
    '## Chapter 1 – The Lane',
    '',
    'Nobody used the back lane to the farm but me and the postman.',
    '',
  ].join('\n');

  it('reads the header fields under the attachment picture', () => {
    const o = read(text);
    expect(o.author).toBe('Ffion Rhys');
    expect(o.fields?.Status).toBe('Draft 3');
    expect(o.description).toMatch(/^A boy learns why/);
  });

  it("takes the checklist under a note's label alone as the note's text, not the story's", () => {
    const m = parse(Buffer.from(text), 'story.md');
    expect(m.notesBefore).toHaveLength(1);
    expect(m.notesBefore[0]?.children).toHaveLength(2);
    expect(outline(m).wordCount).toBe(13);
  });
});
