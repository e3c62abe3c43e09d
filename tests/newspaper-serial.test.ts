import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { bodyText } from '../src/model-text.js';

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

  const prose = 'The boats lay on their sides in the mud and the gulls walked between them looking for crabs.';
  const printed = (tail: string): string =>
    [
      '3/9/24, 8:02 AM        The Salt Marsh, Chapter Four: Low Water - by Nora Vale',
      '',
      'The Salt Marsh, Chapter Four: Low Water',
      '',
      'by Nora Vale',
      '',
      prose,
      '',
      'https://saltmarsh.example.com/p/chapter-four                                  1/2',
      '',
      '\f3/9/24, 8:02 AM        The Salt Marsh, Chapter Four: Low Water - by Nora Vale',
      '',
      prose,
      '',
      tail,
      '',
      'https://saltmarsh.example.com/p/chapter-four                                  2/2',
    ].join('\n');

  it("leaves out a printed page's running heads and feet, and the line naming the next installment", () => {
    const o = read(printed('Chapter Five goes out next Saturday.\n\nSubscribe to Marsh Notes'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[4, 'Low Water']]);
    expect(o.wordCount).toBe(2 * 18);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['running-head', 'next-installment']));
  });

  it("reads the afterword over a newsletter's next-issue line as the chapter's end note, the footer below left out", () => {
    const o = read(
      [
        'Kesän viimeinen lautta – Luku 3: Saaren kirjasto',
        '',
        'kirjoittanut Aino Lehtola',
        '',
        'Lautta lähti vasta kuudelta, joten Ilona käveli mäen yli kirjastoon ja istui ikkunan viereen odottamaan iltaa.',
        '',
        'Jälkisanat: Tässä luvussa mainittu lista on isoisäni oikeasta vihosta, vain kolmas kohta on keksitty.',
        '',
        'Luku 4 ilmestyy ensi tiistaina.',
        '',
        '-----------------------------------------',
        '',
        'Jaa Tiistain tarinat ystävälle: https://tiistaintarinat.example.com/subscribe',
      ].join('\n'),
    );
    expect(o.chapters.map((c) => [c.number, c.title, c.notesAfter.map((n) => n.label)])).toEqual([[3, 'Saaren kirjasto', ['Jälkisanat']]]);
    expect(o.wordCount).toBe(16);
  });

  it("keeps the story's own sentence naming a chapter of a life", () => {
    const o = read(printed('Chapter Five of her life began that morning, she said later.'));
    expect(o.wordCount).toBe(2 * 18 + 11);
  });

  it("leaves out a scanned page's head with its page number, but not a contents list", () => {
    const o = read(['THE WEEKLY LANTERN                                  14', '', 'A Winter Tale', '', prose].join('\n'));
    expect([o.title, o.wordCount]).toEqual(['A Winter Tale', 18]);
    const contents = read(['A Winter Tale', '', 'Contents', '', 'The Mill          1', 'The River         9', 'The Bridge       17', '', 'Chapter 1', '', prose].join('\n'));
    expect(contents.diagnostics.some((d) => d.ruleId === 'running-head')).toBe(false);
  });

  it("reads a paper's web pages of a serial picked up at its fifth part: the counted titles head the parts, the name over each date is the author, `Amaiera` closes it", () => {
    const page = (n: string, day: number, body: string): string => ['EGUNKARIA', 'Kultura  Kirola  Iritzia', '', `Errotako ura (${n})`, '', 'Jon Arrieta', `2021eko uztailaren ${day}a`, '', body, ''].join('\n');
    const o = read([page('V', 3, prose), page('VI', 4, `${prose}\n\nAmaiera`)].join('\n'));
    expect([o.title, o.author]).toEqual(['Errotako ura', 'Jon Arrieta']);
    expect(o.chapters.map((c) => [c.number, c.wordCount])).toEqual([[5, 18], [6, 18]]);
  });

  it("reads the serial out of a newspaper page's OCR: the other items around it, the OCR warning and the archive's header left out, the novel's chapter number kept", () => {
    const story = 'Der Müller stand am Wehr und sah dem Waſſer zu, das grau und ſchwer über die Steine ging, und dachte an ſeinen Sohn in der Stadt.';
    const o = read(
      [
        'Zeitungsarchiv',
        '',
        'Zeitung: Linzer Abendbote',
        'Datum: 03.02.1902',
        'Seite: 4',
        '',
        'Hinweis: Dieser Text wurde maschinell erkannt (OCR) und kann Fehler enthalten.',
        '',
        '——————————————————',
        '',
        'Holzpreiſe. Buchenholz 8 Kronen der Klafter, Fichtenholz 6 Kronen.',
        '',
        'Feuilleton.',
        '',
        'Das Wehr',
        'Erzählung aus dem Mühlviertel',
        'von Berta Hanl',
        '',
        'IV.',
        '',
        story,
        '',
        story,
        '',
        '(Fortſetzung folgt.)',
        '',
        '——————————————————',
        '',
        'Verloren wurde ein ſchwarzer Regenſchirm. Abzugeben in der Redaktion.',
      ].join('\n'),
    );
    expect([o.title, o.author, o.fields['Zeitung']]).toEqual(['Das Wehr', 'Berta Hanl', 'Linzer Abendbote']);
    expect(o.chapters.map((c) => c.number)).toEqual([4]);
    expect(o.notesBefore).toHaveLength(0);
    expect(o.wordCount).toBe(2 * 26);
  });

  it("leaves a paper's notice forbidding reprints out of the body, in any language", () => {
    for (const notice of ['Riproduzione riservata.', 'Questo romanzo è proprietà del Corriere. Riproduzione vietata.', 'Tous droits de reproduction réservés.']) {
      const o = read(`Il faro\n\ndi Anna Neri\n\n${prose}\n\n${notice}\n`);
      expect(o.wordCount).toBe(18);
    }
  });

  it("reads a word split by a line-end hyphen as one word, keeping the hyphen of a prefix the text writes with one", () => {
    const text = ['Il-Mitħna', '', 'Miktub minn Pawlu Grech', '', 'Il-mitħna kienet wieqfa fuq l-għolja, u r-riħ kien qed idur bil-', 'mod madwarha. Il-kelb ħares lejha bil-kwiet u ma nbid-', 'dilx, għax kien jaf li l-mitħna kienet qadi-', 'ma daqs il-gżira nfisha.'].join('\n');
    const body = bodyText(parse(Buffer.from(text), 'serial.txt').chapters[0]!.children).replace(/\s+/g, ' ');
    expect(body).toContain('idur bil-mod madwarha');
    expect(body).toContain('ma nbiddilx, għax');
    expect(body).toContain('kienet qadima daqs');
  });

  it("reads an old paper's recap labelled with a full stop and a dash as a note", () => {
    const o = read(['THE MILLER’S DAUGHTER.', '', '(By JANE ASHBY.)', '', 'SYNOPSIS OF PREVIOUS CHAPTERS.— Nell has left the mill for the town.', '', 'CHAPTER IX.—THE FAIR.', '', prose].join('\n'));
    expect(o.notesBefore.map((n) => n.label)).toHaveLength(1);
    expect(o.chapters.map((c) => [c.number, c.wordCount])).toEqual([[9, 18]]);
  });

  it('reads a headline set in capitals over two lines as one title', () => {
    const o = read(['THE LAST FERRY TO', 'GULL ISLAND.', 'BY MARY TALBOT.', '', prose].join('\n'));
    expect([o.title, o.author]).toEqual(['THE LAST FERRY TO GULL ISLAND', 'MARY TALBOT']);
  });

  it("leaves an archive's OCR warning out of the body wherever it stands", () => {
    const o = read(['Le Phare', '', 'par Anne Roux', '', 'Chapitre 1', '', prose, '', prose, '', 'Ce texte a été produit par reconnaissance optique de caractères (OCR) et peut contenir des erreurs.', '', prose, '', 'Chapitre 2', '', prose].join('\n'));
    expect(o.wordCount).toBe(4 * 18);
  });
});
