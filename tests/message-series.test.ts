import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'capture.txt'));
const para = 'The ferry left at dusk with eleven passengers, two goats and a crate of oranges bound for the island.';
const note = (from: string, subject: string, body: string): string =>
  `From: ${from}              Date: 06/02  Time: 9:40 PM\nTo:   ALL\nSubject: ${subject}\n\n${body}\n\nPress J to Jump, N for Next note, R to Reply\n`;

describe('a story posted as a series of messages and captured to one file', () => {
  const capture = [
    'BOARD CAPTURE                          Topic: FICTION',
    '',
    note('QWRT11A  LENA MARSH', 'THE ISLAND FERRY (1 of 3)', `Story: THE ISLAND FERRY\nBy: Lena Marsh\n\n${Array(6).fill(para).join('\n\n')}`),
    note('ZZPK88B  OTTO BRAND', 'THE ISLAND FERRY (1 of 3)', 'Lena, I loved the goats. When is the next part coming? Otto'),
    note('QWRT11A  LENA MARSH', 'THE ISLAND FERRY (2 of 3)', para),
    note('QWRT11A  LENA MARSH', 'THE ISLAND FERRY (3 of 3)', para),
  ].join('\n');

  it("keeps the poster's messages, leaves out the others' and the headers, and reads the counted subjects as chapters", () => {
    const o = read(capture);
    expect([o.title, o.author]).toEqual(['THE ISLAND FERRY', 'Lena Marsh']);
    expect(o.chapters.map((c) => c.number)).toEqual([null, 2, 3]);
    expect(o.chapters.map((c) => c.firstWords)).toEqual(Array(3).fill('The ferry left at dusk'));
    expect(o.wordCount).toBe(8 * 19);
    expect(o.diagnostics.some((d) => d.ruleId === 'message-series')).toBe(true);
  });

  it('runs one story on through messages whose subjects do not count its parts', () => {
    const o = read(capture.replace(/ \(\d of 3\)/g, ''));
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(8 * 19);
  });

  it('leaves a story told in e-mails alone: its letters have subjects of their own', () => {
    const mail = (from: string, subject: string): string => `From: ${from}\nTo: All Staff\nDate: Mon, 3 Feb 2025 09:02\nSubject: ${subject}\n\n${para}\n\n${para}\n`;
    const o = read(['The Stapler Affair', 'by June Hale', '', mail('Gwen Abbot', 'Missing stapler'), mail('Dev Okafor', 'RE: Missing stapler'), mail('Gwen Abbot', 'Fire drill on Friday')].join('\n'));
    expect(o.diagnostics.some((d) => d.ruleId === 'message-series')).toBe(false);
  });

  it("takes a part's subject for its heading among news headers, and the story's title and author from the first part's headers when it opens on its text", () => {
    const article = (from: string, subject: string, body: string): string =>
      `From: ${from}\nNewsgroups: it.arti.scrivere\nSubject: ${subject}\nDate: Sat, 14 Mar 1998 18:22:41 +0100\nOrganization: TIN\nLines: 38\nMessage-ID: <3509bc21@news.tin.it>\n\n${body}\n\n`;
    const o = read([
      article('Marco Ferri <mferri@tin.it>', '[RACCONTO] La corriera delle sei (1/2)', `NdA: il mio primo racconto.\n\n${Array(3).fill(para).join('\n\n')}`),
      article('Lucia Benassi <luciab@iol.it>', 'Re: [RACCONTO] La corriera delle sei (1/2)', 'Bello! Aspetto la seconda parte.'),
      article('Marco Ferri <mferri@tin.it>', '[RACCONTO] La corriera delle sei (2/2)', `Ci misi trent'anni a capire chi fossero. ${para}`),
    ].join('\n'));
    expect([o.title, o.author]).toEqual(['La corriera delle sei', 'Marco Ferri']);
    expect(o.chapters.map((c) => [c.number, c.firstWords, c.notesBefore.length])).toEqual([
      [1, 'The ferry left at dusk', 1],
      [2, "Ci misi trent'anni a capire", 0],
    ]);
  });
});

describe('Fidonet echomail exported from GoldED', () => {
  const box = (n: number) => [
    '======================================================================',
    ' Area : FIC.STORIES',
    ` Msg  : ${n} of 40                          Uns`,
    ' From : Greta Lind                        2:240/5.1     12 Feb 95 23:14:10',
    ' To   : All                                                13 Feb 95 01:02:44',
    ` Subj : Das Wehr (${n}/2)`,
    '======================================================================',
    `@MSGID: 2:240/5.1 2f1a9c21${n}`,
    '@PID: GED 2.50+',
    'Hallo All!',
    '',
    `Teil ${n} - ${n === 1 ? 'Nebel' : 'Tor'}`,
    '',
    para,
    '',
    'Tschuess, Greta',
    '',
    '--- GoldED 2.50+',
    ' * Origin: Nordlicht-Box Kiel (2:240/5.1)',
    'SEEN-BY: 240/5 118',
    '@PATH: 240/5 100',
    '',
  ].join('\n');

  it("leaves out the control lines, the greeting and sign-off on every part, and takes the story's title, author and fields from the first header", () => {
    const o = read(`${box(1)}\n${box(2)}`);
    expect([o.title, o.author]).toEqual(['Das Wehr', 'Greta Lind']);
    expect(o.fields).toMatchObject({ Area: 'FIC.STORIES', From: 'Greta Lind', To: 'All', Subj: 'Das Wehr (1/2)' });
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([[1, 'Nebel', 'The ferry left at dusk'], [2, 'Tor', 'The ferry left at dusk']]);
    expect(o.wordCount).toBe(2 * 19);
  });
});
