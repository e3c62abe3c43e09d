import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

const prose = (first: string): string => `${first} htan sto mwlo kai koitaze th 8alassa, opws ka8e vrady prin to fws.`;

describe('Greek typed in Latin letters (Greeklish), as mail programs sent it', () => {
  it('reads Greeklish header fields, note labels and part headings counted by ordinal words', () => {
    const o = read([
      'Titlos: To fanari',
      'Syggrafeas: Nikos P.',
      'Eidos: Diigima',
      '',
      'Shmeiwsh tou syggrafea: Grafw se greeklish.',
      '',
      'MEROS PRWTO: O fylakas',
      '',
      prose('O pappous'),
      '',
      'MEROS DEYTERO: To allo fws',
      '',
      prose('H gynaika'),
      '',
      'TELOS',
      '',
    ].join('\n'));
    expect([o.title, o.author]).toEqual(['To fanari', 'Nikos P.']);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'O fylakas'], [2, 'To allo fws']]);
  });

  it("keeps a reply with an In-Reply-To header out of the story, though it quotes the part's heading", () => {
    const header = (from: string, subject: string, extra: string[] = []) => [`Date: Tue, 12 Nov 2002 09:12:55 +0200`, `From: ${from}`, `Subject: ${subject}`, 'To: list@example.org', ...extra, 'Content-Type: text/plain', ''];
    const o = read([
      ...header('"Nikos P." <np@example.org>', '[List] To fanari (1/2)'),
      'MEROS PRWTO: O fylakas',
      '',
      prose('O pappous'),
      '',
      ...header('Eleni M. <em@example.org>', 'Re: [List] To fanari (1/2)', ['Message-ID: <2@example.org>', 'In-Reply-To: <1@example.org>']),
      '> MEROS PRWTO: O fylakas',
      '',
      'Poly wraia arxh, perimenw th synexeia!',
      '',
      ...header('"Nikos P." <np@example.org>', '[List] To fanari (2/2)'),
      'MEROS DEYTERO: To allo fws',
      '',
      prose('H gynaika'),
      '',
    ].join('\n'));
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.wordCount).toBe(30);
  });
});
