import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'pages.txt'));
const prose = 'The harbour was empty by the time she came down the steps, and the last boat was a light on the water.';

describe('a story kept as its web pages copied one after another', () => {
  const page = (title: string, n: number): string =>
    ['noticeboard > old town > lost and found', '', `Posted: 2011-06-0${n}, 8:1${n}PM`, '', title, '', prose, '', prose, '', 'Report this post   Share', ''].join('\n');

  it("reads each page's own title line, under the site's repeated first line, as its chapter heading", () => {
    const o = read([page('Blue scarf on the ferry', 1), page('RE: blue scarf (found it)', 2), page('The scarf goes home', 3)].join('\n'));
    expect(o.chapters.map((c) => c.title)).toEqual(['Blue scarf on the ferry', 'RE: blue scarf (found it)', 'The scarf goes home']);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([44, 44, 44]);
  });

  it('leaves pages with chapter headings of their own to those', () => {
    const o = read([page('Chapter 1: Blue scarf', 1), page('Chapter 2: The ferry', 2)].join('\n'));
    expect(o.chapters.map((c) => c.title)).toEqual(['Blue scarf', 'The ferry']);
    expect(o.diagnostics.some((d) => d.ruleId === 'heading-page-copy')).toBe(false);
  });
});

describe("chapter pages copied with the site's chapter menu and no headings of their own", () => {
  const page = (n: number, summary: string): string =>
    ['Archive', 'Browse', 'Books » Lighthouses', 'Keeper of the Last Light', 'By: gannet', summary, 'Rated: K - English - Chapters: 3 - Words: 900', '', '1. The Stair', '2. Fog Bell', '3. Relief', '', `${prose} (page ${n})`, '', prose, '', 'Review', ''].join('\n');
  const summary = 'A keeper, a storm and three nights on the rock.';

  it('reads the k-th page as chapter k, named by the k-th entry of the menu, and keeps the menus out of the body', () => {
    const o = read([1, 2, 3].map((n) => page(n, summary)).join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'The Stair'],
      [2, 'Fog Bell'],
      [3, 'Relief'],
    ]);
    expect(o.chapters.map((c) => c.firstWords.split(' ').slice(0, 3).join(' '))).toEqual(['The harbour was', 'The harbour was', 'The harbour was']);
    expect(o.diagnostics.some((d) => d.ruleId === 'heading-menu-page')).toBe(true);
  });

  it("reads pages whose selector was copied as the chosen chapter alone, between the page's links", () => {
    const selected = (n: number, title: string): string =>
      ['Archive', 'Books » Lighthouses', 'Keeper of the Last Light', 'By: gannet', '', `${n > 1 ? '< Prev   ' : ''}${n}. ${title}   Next >`, '', prose, '', prose, '', `${n}. ${title}   Next >`, '', 'Review', 'Type your review for this chapter here...', ''].join('\n');
    const o = read([selected(1, 'The Stair'), selected(2, 'Fog Bell')].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title, c.wordCount])).toEqual([
      [1, 'The Stair', 44],
      [2, 'Fog Bell', 44],
    ]);
  });

  it("reads the selector copied with single spaces, the site's review box naming the last chapter again under it", () => {
    const head = ['FictionPress | unleash your imagination', '', 'Follow/Fav Keeper of the Last Light', '', 'By: gannet', ''];
    const page = (n: number, title: string): string[] => [`< Prev ${n}. ${title} Next >`, '', prose, '', prose, '', `< Prev ${n}. ${title} Next >`, ''];
    const o = read([...head, ...page(1, 'The Stair'), ...page(2, 'Fog Bell'), 'Review', '', 'Chapter 2: Fog Bell', '', 'Post Review as Guest', ''].join('\n'));
    expect(o.title).toBe('Keeper of the Last Light');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'The Stair'],
      [2, 'Fog Bell'],
    ]);
  });

  it('leaves a numbered list that is not copied once per page in the text', () => {
    const o = read(page(1, summary));
    expect(o.diagnostics.some((d) => d.ruleId === 'heading-menu-page')).toBe(false);
  });
});

describe('FanFiction.Net mobile pages', () => {
  it("reads a lower-case pen name after `By:`, the summary under it, `Story: follow/fav` as the site's, and `Ch 1 of 2` as the page's counter", () => {
    const page = (n: number, title: string): string[] => ['FanFiction  | unleash your imagination', 'Books » Harry Potter', 'Author: luna de argint', `Ch ${n} of 2`, `Chapter ${n}: ${title}`, '', prose, '', prose, ''];
    const o = read(['FanFiction  | unleash your imagination', 'Books » Harry Potter', 'Scrisori către Hogwarts', 'By: luna de argint', 'O bufniță bătrână aduce o scrisoare care nu era pentru Hermione. Un secret de familie.', 'Rated: Fiction T - Romanian - Family/Drama - Chapters: 2 - Words: 1,043', 'Story: follow/fav', '', ...page(1, 'Prima scrisoare'), ...page(2, 'A doua scrisoare')].join('\n'));
    expect([o.title, o.author]).toEqual(['Scrisori către Hogwarts', 'luna de argint']);
    expect(o.description?.startsWith('O bufniță')).toBe(true);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'Prima scrisoare'],
      [2, 'A doua scrisoare'],
    ]);
  });
});
