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

describe("a page's rows of buttons and share links, in a language quire has no words for", () => {
  const page = (rows: string[]): string =>
    ['Bölüm 1', '', prose('Mahir'), '', prose('Selim'), '', 'Yazar Notu: Okuyan herkese teşekkürler, yorumlarınızı bekliyorum.', '', ...rows, ''].join('\n');

  it('ends the story at a row of buttons set apart by wide gaps, keeping the note above it', () => {
    const o = read(page(['Beğen  Alıntı  Yanıtla', 'Yanıt yazmak için giriş yapmalı veya kayıt olmalısınız.', 'İletişim  Kurallar  Gizlilik politikası  Yardım']));
    expect(o.chapters[0]!.notesAfter.map((n) => n.text)).toEqual(['Okuyan herkese teşekkürler, yorumlarınızı bekliyorum.']);
    expect(o.wordCount).toBe(34);
  });

  it('ends the story at a share row that names two networks, whatever its label', () => {
    const o = read(page(['Paylaş: Facebook Twitter WhatsApp Bağlantı', 'Yanıt yazmak için giriş yapmalı veya kayıt olmalısınız.']));
    expect(o.chapters[0]!.notesAfter.map((n) => n.text)).toEqual(['Okuyan herkese teşekkürler, yorumlarınızı bekliyorum.']);
  });

  it('keeps a last line of the story that names the networks in a sentence, and a drawn asterism', () => {
    const o = read(['Bölüm 1', '', prose('Mahir'), '', '*       *       *', '', prose('Selim'), '', 'She deleted Facebook and Twitter that night.', ''].join('\n'));
    expect(o.wordCount).toBe(41);
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
  });

  it('cuts at a later row when the comments under an earlier one outweigh a short last chapter', () => {
    const comment = 'Harika bir bölüm oldu, devamını sabırsızlıkla bekliyorum ve herkese tavsiye ediyorum';
    const o = read([
      'Bölüm 1', '', prose('Mahir'), '', 'Bölüm 2', '', prose('Selim'), '', 'Paylaş: Facebook  X  WhatsApp  Telegram', '',
      'İLGİNİZİ ÇEKEBİLİR', 'Köyde bir düğün', 'Balıkçının kızı', '',
      ...[1, 2, 3].flatMap((n) => [`okur${n}`, '12.10.2018 14:0' + n, comment, 'Yanıtla', '']),
      'Yorumlar (3)', 'Ahmet', '14.10.2018 09:12', comment, '',
    ].join('\n'));
    expect(o.chapters.at(-1)!.firstWords).toMatch(/^Selim/);
    expect(o.wordCount).toBeLessThan(60);
  });
});

describe("a writing site's comments glued under its links, each comment a card of name, date, verdict and words", () => {
  const page = [
    'Chapitre 1',
    '',
    prose('Anne'),
    '',
    prose('Odile'),
    '',
    'Texte précédent',
    'Texte suivant',
    'Commentaires (2)',
    'Lariviere',
    '12/03/2024',
    'a aimé ce texte',
    'Très bien',
    'La fin est toute simple et c’est parfait, la traversée à vide m’a serré le cœur.',
    'Pimprenelle',
    '13/03/2024',
    'a aimé ce texte',
    'Bien',
    'Joli texte, un peu court peut-être, mais le décor est posé avec beaucoup de soin.',
    '',
  ].join('\n');

  it('leaves the comments out of the story, whatever the cards hold', () => {
    const o = read(page);
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(2 * 17);
  });
});
