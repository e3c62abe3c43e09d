import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'post.txt'));
const prose = 'The lamp room smelled of paraffin and salt, and the glass was cold under her hand when the first gust came.';

describe("a membership site's post (Patreon) copied from the browser", () => {
  const post = (banner: string[], lock: string[]): string =>
    [...banner, 'Posts', 'Collections', 'About', 'Become a member', '', 'Mar 14, 2024 at 6:02 PM', '', 'The Lamp Room – Chapter 14: The Gale', '', ...lock, '', prose, '', prose, '', '♥ 48', '9 comments', 'Load more comments', ''].join('\n');

  it("takes the author from the creator's banner and keeps the banner, menu, tier lock and like count out of the text", () => {
    const o = read(post(['Thea Marrick', 'Thea Marrick is creating fantasy serial fiction'], ['Early access for Ember and above', '🔒 Unlocked']));
    expect(o.author).toBe('Thea Marrick');
    expect(o.description).toBeNull();
    expect(o.chapters[0]?.firstWords.startsWith('The lamp room smelled')).toBe(true);
    expect(o.chapters[0]?.wordCount).toBe(42);
  });

  it('reads the banner in Spanish, the verb under the name', () => {
    const o = read(post(['Inés Arriaga', 'está creando novelas por entregas'], ['Para miembros del nivel Grumete y superiores', '🔒 Desbloqueado']));
    expect(o.author).toBe('Inés Arriaga');
    expect(o.chapters[0]?.firstWords.startsWith('The lamp room smelled')).toBe(true);
  });

  it('takes no creator from a notice whose verb matches but whose subject is no name', () => {
    const o = read(['Hinweis: Der Volltext wurde automatisch erstellt (OCR) und kann Fehler enthalten.', '', 'Die Laterne', '', 'von Anna Leitgeb', '', prose, ''].join('\n'));
    expect(o.author).toBe('Anna Leitgeb');
  });
});
