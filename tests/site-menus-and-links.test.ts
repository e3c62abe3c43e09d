import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a site's menu one item to a line, one of its items a label the tables know", () => {
  it('reads no field from the menu: the by-line under the title names the author', () => {
    const o = read(
      ['Relats en Català', 'Inici', 'Relats', 'Autors', 'Reptes', 'Fòrum', 'Ajuda', 'Entra', 'Inici > Relats > Narrativa', 'Les claus de la masia', 'Un relat de: Roser Vilagran', '', 'Categoria: Records', '', prose('Montse'), '', prose('Mare'), ''].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['Les claus de la masia', 'Roser Vilagran']);
    expect(o.fields).not.toHaveProperty('Autors');
  });
});

describe("a link to another post set on its own line between a chapter's paragraphs, no blank line round it", () => {
  const page = (between: string[]): string =>
    [
      'நிலா முற்றம்',
      'எழுத்து: ஜெ. வசந்தா',
      'அத்தியாயம் – 14',
      'மொட்டை மாடியில் வடாம் காய வைத்துக்கொண்டிருந்தாள் கமலா. வெயில் சுள்ளென்று அடித்தது.',
      ...between,
      'அன்று இரவு மின்சாரம் போய்விட்டது. பிரியா மெழுகுவர்த்தியுடன் மாடிக்கு வந்தாள்.',
      'இருவரும் முற்றத்தில் பாய் விரித்து உட்கார்ந்தார்கள். வானத்தில் நிலா இருந்தது.',
      '',
    ].join('\n');

  it('leaves out the link alone, the scene break and the text under it kept', () => {
    const o = read(page(['இதையும் படிக்கலாம்: நிலா முற்றம் – அத்தியாயம் 13', '◆ ◆ ◆']));
    expect([o.title, o.author]).toEqual(['நிலா முற்றம்', 'ஜெ. வசந்தா']);
    expect(o.chapters.map((c) => [c.number, c.sceneBreaks])).toEqual([[14, 1]]);
    expect(o.wordCount).toBe(9 + 8 + 8);
  });
});
