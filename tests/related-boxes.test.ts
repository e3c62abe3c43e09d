import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

const words = (o: ReturnType<typeof read>): number => o.chapters.reduce((n, c) => n + c.wordCount, 0);

const page = (n: number, extra: string[], related: string[]): string[] => [
  'Feedly',
  'Home   Subscriptions   Videos   Articles   Log in',
  'Maya Fern',
  ...(n === 1 ? ['Stories about ordinary families, yours and mine'] : []),
  '4.1K followers',
  'Follow',
  '',
  `The Blue Teapot. Part ${n}`,
  `${n + 2} March 2023`,
  '2.8K reads · 5 min',
  '',
  ...extra,
  prose(n === 1 ? 'Nora' : 'Ruth'),
  prose('Grandmother'),
  '',
  'Likes 412',
  'Comments 57',
  'Share',
  '',
  'Read also',
  ...related,
  '',
];

describe("a feed's article pages copied one after another, each with a recommended-reading box", () => {
  const text = [
    ...page(1, [], ['The Neighbour Below. Part 1', 'Maya Fern · 1.9K reads', 'A Visit Without Warning', 'Maya Fern · 5.1K reads']),
    ...page(2, ['Part one here: The Blue Teapot. Part 1', ''], ['The Blue Teapot. Part 1', 'Maya Fern · 2.8K reads', 'The Neighbour Below. Part 2', 'Maya Fern · 3.3K reads']),
  ].join('\n');

  it("leaves the box's titles out, so another serial's parts are no headings of this one", () => {
    const o = read(text);
    expect(o.title).toBe('The Blue Teapot');
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(words(o)).toBe(56);
  });

  it('takes the channel name over the follower count, and keeps the link to part one out of the text', () => {
    const o = read(text);
    expect(o.author).toBe('Maya Fern');
    expect(o.chapters[1]?.firstWords).toBe('Ruth went down to the');
  });

  it.each([
    ['Читайте также', 'Бабушкин сервиз. Часть 3', 'Начало здесь: Бабушкин сервиз. Часть 1'],
    ['Baca juga', 'Kereta Terakhir. Bagian 3', 'Bagian sebelumnya: Kereta Terakhir. Bagian 1'],
    ['Lesen Sie auch', 'Der Dachboden. Teil 3', 'Vorheriger Teil: Der Dachboden. Teil 1'],
  ])('reads a box headed %s and an earlier-part link in the same language', (header, other, link) => {
    const o = read(['The Blue Teapot', 'by Maya Fern', '', link, '', prose('Ruth'), prose('Grandmother'), '', header, other, 'Maya Fern · 1.9K reads', ''].join('\n'));
    expect(o.chapters[0]?.firstWords).toBe('Ruth went down to the');
    expect(words(o)).toBe(28);
  });
});
