import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';
import { isDateLine } from '../src/parse/rules/boilerplate.js';

describe("a newsletter's mail saved as text, carrying someone else's story", () => {
  const mail = [
    'From:\tLiving Letters <newsletter@example.org>',
    'Sent:\tFriday, 14 June 2024 18:00',
    'To:\treader@example.com',
    'Subject:\tThe summer story: "The Piano on Merchant Street" – Part 2 of 3',
    '',
    'LIVING LETTERS',
    'A literary newsletter every Friday',
    '',
    'The Piano on Merchant Street',
    '',
    'Author: Miriam Camilleri',
    'Genre: Short novel in episodes',
    '',
    'Chapter Three – The Box',
    '',
    prose('Sara'),
    '',
  ].join('\n');

  it("takes the author from the story's own field, not the newsletter that sent it", () => {
    expect(read(mail).author).toBe('Miriam Camilleri');
  });

  it("takes the title from the line over the fields, not the newsletter's name over its motto", () => {
    expect(read(mail).title).toBe('The Piano on Merchant Street');
  });

  it('still takes the sender as the author of a story the mail does not credit', () => {
    const o = read(mail.replace('Author: Miriam Camilleri\n', ''));
    expect(o.author).toBe('Living Letters');
  });
});

describe("a Tamil blog post's date and its link to the earlier parts", () => {
  it('reads the short weekday Blogger writes as a date, not a name', () => {
    expect(isDateLine('சனி, 12 ஜூன், 2010')).toBe(true);
  });

  it('keeps the link to the earlier parts out of the story and out of its notes', () => {
    const o = read(['சனி, 12 ஜூன், 2010', '', 'நிழல் வீடு – பகுதி 3', '', 'முந்தைய பகுதிகள்: பகுதி 1 | பகுதி 2', '', 'அன்று இரவு மின்சாரம் போனபோது மணி பத்து இருக்கும். பாட்டி அரிக்கேன் விளக்கை ஏற்றி வைத்தாள்.', ''].join('\n'));
    expect(o.notesBefore).toHaveLength(0);
    expect(o.chapters[0]?.firstWords).toBe('அன்று இரவு மின்சாரம் போனபோது மணி');
  });
});
