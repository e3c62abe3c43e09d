import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A story sent in through a form and kept as the form's receipt mail (Google Forms: `Question *` over each answer). */
const receipt = [
  'Google Forms <forms-receipts-noreply@google.com>\tSun, May 14, 2023 at 10:41 PM',
  'To: mira.osei@example.com',
  '',
  "Thanks for filling out Young Writers' Prize 2023",
  "Here's what was received.",
  '',
  '* Indicates required question',
  '',
  'Email *',
  'mira.osei@example.com',
  '',
  'Your name *',
  'Mira Osei',
  '',
  'School',
  'Harbour Road Secondary',
  '',
  'Title of your story *',
  'The Lamp at Low Tide',
  '',
  'Summary (50 words at most) *',
  'A girl keeps a lamp lit for three nights while the sea decides.',
  '',
  'Your story *',
  'I',
  '',
  prose('Mira'),
  '',
  prose('Kofi'),
  '',
  'II',
  '',
  prose('Ama'),
  '',
  prose('Esi'),
  '',
  'Declaration *',
  'I declare that this story is my own original work.',
  '',
  'Create your own Google Form',
  '',
].join('\n');

describe("a form's receipt holding a story", () => {
  const o = read(receipt);

  it("reads each question over its answer as a field, the title and name questions as the work's, and the story's answer as the text", () => {
    expect([o.title, o.author]).toEqual(['The Lamp at Low Tide', 'Mira Osei']);
    expect(o.description).toBe('A girl keeps a lamp lit for three nights while the sea decides.');
    expect(o.fields).toMatchObject({ Email: 'mira.osei@example.com', School: 'Harbour Road Secondary' });
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([28, 28]);
  });
});
