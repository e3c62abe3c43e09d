import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** An iCalendar content line folded at 75 octets, as RFC 5545 writes it (CRLF and a space). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const out: string[] = [];
  for (let at = 0; at < bytes.length; ) {
    let end = Math.min(bytes.length, at + (out.length === 0 ? 75 : 74));
    // (Never inside a character's bytes.)
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    out.push(bytes.subarray(at, end).toString('utf8'));
    at = end;
  }
  return out.join('\r\n ');
}

const memo = (summary: string, description: string): string[] =>
  ['BEGIN:VJOURNAL', 'UID:1@host', 'DTSTAMP:20211120T194402Z', fold(`SUMMARY:${summary}`), fold(`DESCRIPTION:${description.replace(/,/g, '\\,').replace(/\n/g, '\\n')}`), 'END:VJOURNAL'];

const calendar = [
  'BEGIN:VCALENDAR',
  'PRODID:-//Ximian//NONSGML Evolution Calendar//EN',
  'VERSION:2.0',
  ...memo('Бабусина пасіка — картка твору', 'Назва: Бабусина пасіка\nАвторка: Олена Гнатюк\nЖанр: оповідання'),
  ...memo('Розділ перший. Рій', `${prose('Ганна')}\n\n* * *\n\n${prose('Оксана')}`),
  ...memo('Розділ другий. Дим', prose('Бабуся')),
  ...memo('ідеї — не включати', '- Розділ четвертий? Ні, трьох досить.'),
  'END:VCALENDAR',
  '',
].join('\r\n');

describe("a notes app's memos exported as iCalendar, one memo a chapter", () => {
  const o = read(calendar, 'pasika.ics');

  it('unfolds and unescapes each memo, its name the heading and its text the chapter', () => {
    expect([o.title, o.author]).toEqual(['Бабусина пасіка', 'Олена Гнатюк']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([
      [1, 'Рій', 1],
      [2, 'Дим', 0],
    ]);
  });

  it("leaves the writer's memo of ideas out", () => {
    expect(o.wordCount).toBe(3 * 14);
  });
});

const enriched = [
  'Content-Type: text/enriched',
  'Text-Width: 70',
  '',
  '<x-color><param>dark slate blue</param><center><bold>Die Uhr meines Großvaters</bold></center></x-color>',
  '',
  '',
  '<center>Eine Erzählung von Klaus Bergner</center>',
  '',
  '',
  '<bold>I. Das Ticken</bold>',
  '',
  '',
  'Als mein Großvater starb, erbte ich seine Taschenuhr, aus Messing,',
  'der Deckel verbeult, und sie ging seit dreißig Jahren nicht mehr.',
  '',
  '',
  '<bold>II. Der Uhrmacher</bold>',
  '',
  '',
  'An der Tür hing ein Zettel: <<<< Bin gleich zurück. Er kam nach',
  'zwanzig Minuten und hielt die Uhr ans Ohr.',
  '',
].join('\n');

describe('a story saved by Emacs in enriched mode (text/enriched)', () => {
  const o = read(enriched, 'taschenuhr.txt');

  it('reads the text it shows: the tags and their parameters out, a single newline a space, two a line break', () => {
    expect([o.title, o.author]).toEqual(['Die Uhr meines Großvaters', 'Klaus Bergner']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'Das Ticken', 'Als mein Großvater starb, erbte'],
      [2, 'Der Uhrmacher', 'An der Tür hing ein'],
    ]);
    // (`<<<<` is two `<`, one word.)
    expect(o.wordCount).toBe(21 + 21);
  });
});
