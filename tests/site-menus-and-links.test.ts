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

describe("a blog's post copied whole: its stamp row under the title, its comments, form and sidebar after the story", () => {
  const o = read(
    [
      'Kačenčiny povídky',
      'Úvod',
      'Povídky',
      'Básně',
      'O mně',
      'Sklenice s knoflíky',
      '12. března 2024 v 18:40 | Kačenka |  Povídky',
      'Žánr: rodinné drama',
      '',
      'Kapitola první: Půda',
      '',
      prose('Anička'),
      '',
      'Kapitola druhá: Knoflík',
      '',
      prose('Babička'),
      '',
      'Komentáře',
      '1 Jana z Kolína | Web | 12. března 2024 v 20:15 | Reagovat',
      'Kapitola druhá mě dostala. Taky máme doma takovou sklenici, jen nikdo nespočítal, kolik v ní je.',
      'Nový komentář',
      'Jméno:',
      'E-mail:',
      'Odeslat',
      'Rubriky',
      'Povídky',
      'Anketa',
      'Čtete raději kratší, nebo delší povídky?',
      'kratší (12)',
      'Blog.cz © 2024 Nahlásit protiprávní obsah',
      '',
    ].join('\n'),
  );

  it("reads the stamp row as the page's, the one name in it no menu repeats as the poster", () => {
    expect([o.title, o.author]).toEqual(['Sklenice s knoflíky', 'Kačenka']);
  });

  it('leaves out everything under the comments’ opener: the comments, the form, the sidebar and its poll', () => {
    expect(o.chapters).toHaveLength(2);
    expect(o.wordCount).toBe(2 * 14);
  });
});

describe("an Arabic article's line under its title: the date (a month's two names) and the by-line after a comma", () => {
  it('reads the by-line after the date, the title above it', () => {
    const o = read(['ديوان العرب', 'الصفحة الأساسية > أدب > قصة', 'ساعة الجدار', 'الأحد ١٠ آذار (مارس) ٢٠٢٤، بقلم سلمى الحوراني', '', prose('Salma'), '', prose('Layla'), ''].join('\n'));
    expect([o.title, o.author]).toEqual(['ساعة الجدار', 'سلمى الحوراني']);
  });
});
