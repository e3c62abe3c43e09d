import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

const prose = (first: string): string => `${first} went down to the river before the others were awake, and waited there for the ferry.`;

describe("readers' comments under a story page, each under its writer's name and the date it was left", () => {
  it.each([
    ['Commentaires (2) · Ajouter une appréciation', 'Plume_de_Loire — le 25/10/2020 à 21h14', 'Clémence Roussel — le 25/10/2020 à 22h02'],
    ['Komentarze (2)', 'kasia_m – 14.03.2021, 10:22', 'Autorka – 14.03.2021, 11:05'],
  ])('leaves the comment box under %s out of the story', (count, first, second) => {
    const o = read(['Chapter 1', '', prose('Anne'), '', prose('Odile'), '', count, '', first, '« Frisson garanti. » Bravo pour ce défi !', second, 'Merci beaucoup ! Le chapitre deux était le plus dur.', ''].join('\n'));
    expect(o.wordCount).toBe(34);
  });

  it('keeps a diary entry headed by a name and a date, its prose under it', () => {
    const o = read(['Chapter 1', '', prose('Anne'), '', 'Odile — 25/10/2020 à 21h14', prose('Odile'), prose('Marc'), ''].join('\n'));
    expect(o.wordCount).toBe(56);
  });
});
