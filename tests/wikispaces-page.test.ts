import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

// A class wiki's page source as Wikispaces kept it: `= Title =` the highest heading, DokuWiki's `**bold**` and
// `//italic//`, the wiki's own `[[image:…]]` and `[[toc]]` lines, bold-labelled particulars under the title.
describe('a Wikispaces page source', () => {
  const page = [
    '[[image:banner_5sampaguita.jpg width="800" height="150" align="center"]]',
    '= Ti Bituen ti Baybay =',
    '//Maysa nga ubing a mangngalap ti nakasarak iti bato a naraniag.//',
    '',
    '**Dagiti nagsurat:** Grade 5 – Sampaguita',
    '**Maestra:** Gng. Remedios Agbayani',
    '',
    '[[toc]]',
    '',
    '**Bilin ti maestra:** Tunggal grupo ket agsurat iti maysa a kapitulo.',
    '',
    '== Kapitulo 1: Ti Bato iti Kadaratan ==',
    '',
    prose('Lando'),
    '# maysa a bote ti danum',
    '# tinapay ken keso',
    '',
    '== Kapitulo 2: Ti Sarita ni Lola ==',
    '',
    prose('Lola'),
    '',
  ].join('\n');

  it('reads the title, the italic summary under it, and the writers named in Ilokano', () => {
    const o = read(page, 'bituen.txt');
    expect([o.title, o.author, o.description]).toEqual(['Ti Bituen ti Baybay', 'Grade 5 – Sampaguita', 'Maysa nga ubing a mangngalap ti nakasarak iti bato a naraniag.']);
    expect(o.fields).toMatchObject({ Maestra: 'Gng. Remedios Agbayani' });
    expect(o.diagnostics.map((d) => d.ruleId)).not.toContain('json-malformed');
  });

  it("takes the teacher's instruction as a note and the chapters with their list items", () => {
    const o = read(page, 'bituen.txt');
    expect(o.notesBefore.map((n) => n.label)).toEqual(['Bilin ti maestra']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Ti Bato iti Kadaratan'], [2, 'Ti Sarita ni Lola']]);
    expect(o.wordCount).toBe(14 + 8 + 14);
  });
});
