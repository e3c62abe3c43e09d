import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A phpBB 2 post: the member's card (name, rank, profile), the post's subject and date, the post, the signature. */
const post = (name: string, subject: string, body: string[]): string[] => [
  name, 'Senior Member', 'Posts : 842', 'Joined : 17/03/2019', 'Location : Amman',
  `Post subject: ${subject}   Posted: Mon Mar 04, 2024 9:14 pm`, ...body, '', '_________________', 'Look for answers in your grandmother’s house', 'Back to top Go down', '',
];

describe('a story posted in a phpBB 2 thread, copied from the page', () => {
  const o = read([
    'Evening Tales Forum', 'Index  Portal  Register  Log in', '', 'Evening Tales :: Literature :: Members’ novels', 'The Cactus House', 'Author Message',
    ...post('Nour Alhuda', 'The Cactus House', ['Chapter 1: A Letter', '', prose('Hind'), '']),
    ...post('Yasmin Flower', 'Re: The Cactus House', ['Lovely start, Nour!', prose('Yasmin'), 'Chapter two when? Don’t keep us waiting']),
    ...post('Nour Alhuda', 'Re: The Cactus House', ['Chapter 2: The Third Cactus', '', prose('Mazen'), '']),
  ].join('\n'));

  it('reads the starter’s posts as the story and leaves a reader’s reply out', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'A Letter'], [2, 'The Third Cactus']]);
    expect(o.wordCount).toBe(28);
  });

  it('takes the starter for the author', () => {
    expect(o.author).toBe('Nour Alhuda');
  });
});
