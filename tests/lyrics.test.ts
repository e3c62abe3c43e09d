import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

/** Timed-lyrics (LRC) files of a narrated story (src/parse/lyrics.ts): ID tags as fields, the narration unstamped. */
describe('LRC files', () => {
  it('reads ID tags as fields, the title and writer from their tags, chapters announced on their own lines, and leaves the thanks after the end out', () => {
    const o = read(
      [
        '[ti:The Lamplighter of Wexcombe]',
        '[ar:Story Hour Radio]',
        '[au:Margery Thistlewood]',
        '[by:lrc-maker]',
        '[length:04:12]',
        '[00:01.00]Chapter One',
        '[00:02.50]Every evening at dusk, old Amos climbed',
        '[00:05.10]the hill with his ladder and his little flame.',
        '[00:08.00]He lit forty lamps, one for each year he had lived there.',
        '[00:12.20][00:40.00]Nobody ever thanked him, and he never minded.',
        '[00:15.00]Chapter Two',
        '[00:16.30]One winter the flame went out <00:18.10>halfway up the hill.',
        '[00:20.00]A girl with a candle walked beside him the rest of the way.',
        '[00:24.00]The End',
        '[00:25.00]Thank you for listening to Story Hour Radio.',
        '[00:28.00]Subscribe for a new story every Sunday.',
      ].join('\n'),
      'lamplighter.lrc.txt',
    );
    expect([o.title, o.author]).toEqual(['The Lamplighter of Wexcombe', 'Margery Thistlewood']);
    expect(o.fields).toMatchObject({ ar: 'Story Hour Radio', by: 'lrc-maker', length: '04:12' });
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([
      [1, 'Every evening at dusk, old'],
      [2, 'One winter the flame went'],
    ]);
    // Without pauses a sentence's end closes the paragraph; a line with two stamps is said once.
    expect(o.wordCount).toBe(16 + 12 + 8 + 10 + 13);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['lyrics', 'lyrics-credits']));
  });

  it('takes a pause (a stamp with no words) as a paragraph break and reads the cards before it as the header', () => {
    const o = read(
      [
        '[offset:0]',
        '[00:00.000] 作词 : Lin Yue',
        '[00:02.14]The Well Under the Sand',
        '[00:05.38]Written by Lin Yue',
        '[00:08.00]',
        '[00:09.10]Long ago, at the edge of the desert,',
        '[00:12.40]there lived a girl called Nurgul.',
        '[00:15.00]',
        '[00:16.00]One day a storm came',
        '[00:18.00]and she lost her way.',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['The Well Under the Sand', 'Lin Yue']);
    expect(o.fields).toMatchObject({ offset: '0', 作词: 'Lin Yue' });
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.firstWords).toBe('Long ago, at the edge');
    expect(o.wordCount).toBe(14 + 10);
  });

  it('leaves a text whose lines merely start with a bracketed number alone', () => {
    const o = read(['[1] A note on sources.', '', prose('Hazel'), '', '[2] Another note.'].join('\n'));
    expect(o.diagnostics.map((d) => d.ruleId)).not.toContain('lyrics');
  });
});

const prose = (first: string): string => `${first} went down to the river before the others were awake, and waited there.`;
