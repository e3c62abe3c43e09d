import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A reading site's work card copied cell by cell, then two chapter pages, each with the work's name over its heading. */
const card = [
  'Лунный архивариус', '4.7', '1.3K оценок', 'Описание', 'Главы', 'Комментарии', 'Отзывы', '',
  'Тип', 'Ранобэ', 'Год релиза', '2021', 'Автор', 'Бай Цинхэ', 'Переводчик', 'Чайный Дом', '',
  'Ночной смотритель городского архива получает от деда ключ, который открывает чужие воспоминания.', '',
];
const page = (heading: string, who: string): string[] => ['Лунный архивариус', heading, '', prose(who), ''];

describe("a reading site's work card and its chapter pages", () => {
  const o = read([...card, ...page('Том 1 Глава 7 - Печать на воде', 'Lin'), ...page('Том 1 Глава 8 - Девятнадцать ступеней', 'Yue')].join('\n'));

  it('reads a table of labels over their values as the header’s fields', () => {
    expect(o.fields).toMatchObject({ Тип: 'Ранобэ', 'Год релиза': '2021', Переводчик: 'Чайный Дом' });
    expect(o.author).toBe('Бай Цинхэ');
  });

  it('takes no tab bar for the summary, and the paragraph under the card is the summary', () => {
    expect(o.description).toMatch(/^Ночной смотритель/);
  });

  it('reads a volume and a chapter in one heading line as the chapter, in that volume', () => {
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[7, 'Печать на воде', 'Том 1'], [8, 'Девятнадцать ступеней', 'Том 1']]);
  });

  it('takes the title from the line set over every chapter’s heading', () => {
    expect(o.title).toBe('Лунный архивариус');
  });
});

describe('a volume and a chapter in one line, in English', () => {
  it('is the chapter, in that part', () => {
    const o = read(['Book 2 Chapter 5: The Ford', '', prose('Anne'), '', 'Book 2 Chapter 6: The Mill', '', prose('Odile'), ''].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[5, 'The Ford', 'Book 2'], [6, 'The Mill', 'Book 2']]);
  });
});
