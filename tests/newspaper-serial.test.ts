import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'serial.txt'));

describe('an installment of a newspaper serial', () => {
  it('reads a Maltese installment: chapters numbered from twelve, the recap box a note, the continuation line left out', () => {
    const o = read(
      [
        'IS-SAJF MAL-BAĦAR',
        '',
        'Miktub minn KARMENU AZZOPARDI',
        '',
        'Fil-qosor: Rita telqet minn Għawdex biex taħdem il-Belt.',
        '',
        'KAPITLU XII.',
        'Il-vapur tal-għodwa',
        '',
        'Rita qamet kmieni u niżlet lejn il-moll bil-basket f’idha.',
        'Il-vapur kien diġà qed jistenna.',
        '',
        'KAPITLU XIII.',
        'Il-Belt',
        '',
        'Il-Belt kienet mimlija nies u ħoss, u Rita ma kinitx taf fejn tħares.',
        '',
        '(Ikompli l-Ħadd li ġej)',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['IS-SAJF MAL-BAĦAR', 'KARMENU AZZOPARDI']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[12, 'Il-vapur tal-għodwa'], [13, 'Il-Belt']]);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters[1]!.wordCount).toBe(13);
  });

  it('leaves a continuation line in brackets out of the body, in any language', () => {
    for (const line of ['(Continued next week.)', '(Suite au prochain numéro)', '(Wordt vervolgd in ons volgende nummer)']) {
      const o = read(`The Lamp\n\nby Ann Reed\n\nThe lamp burned all night in the window of the mill.\n\n${line}\n`);
      expect(o.wordCount).toBe(11);
    }
  });

  it("splits a post's title into the story's title and the installment's heading, the deck under it the description", () => {
    const o = read(
      [
        'The Salt Marsh, Chapter Four: Low Water',
        'A story in eight chapters. The tide goes out.',
        '',
        'Nora Vale',
        'Mar 9, 2024',
        '',
        'A note before we start: the heron is real.',
        '',
        'The tide had gone out in the night and left the boats on their sides in the mud.',
      ].join('\n'),
    );
    expect([o.title, o.author, o.description]).toEqual(['The Salt Marsh', 'Nora Vale', 'A story in eight chapters. The tide goes out.']);
    expect(o.chapters.map((c) => [c.number, c.title, c.notesBefore.length])).toEqual([[4, 'Low Water', 1]]);
    expect(o.notesBefore).toHaveLength(0);
  });
});
