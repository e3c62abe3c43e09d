import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string, file = 'story.txt') => outline(parse(Buffer.from(text), file));
const prose = (seed: string) => `${seed} a selle ouzh ar gwagennoù o tont war an traezh, hag e vreur a gerze a-hed an aod, hep lavarout ger ebet d'e vreur bihan, rak an noz a oa o tont buan war ar mor.`;

/** A story whose chapter word no language table holds, headed `WORD NUMBER: TITLE`. */
const chapters = (word: string, titles: string[], sep = ': ') =>
  titles.flatMap((t, k) => [`${word} ${k + 1}${t === '' ? '' : sep + t}`, '', prose(`Yann ${k}`), '', prose(`Loig ${k}`), '']);

describe('a chapter word quire has no language data for, found by how the file uses it', () => {
  it('reads a word before numbers counting up, set apart with the story between, as chapter headings', () => {
    const o = read(['Ar Vag Kollet', '', ...chapters('Pennad', ['An Aod', 'Ar Glav', 'Ar Vag'])].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'An Aod'], [2, 'Ar Glav'], [3, 'Ar Vag']]);
    expect(o.chapters[0]?.firstWords).toMatch(/^Yann 0/);
  });

  it('takes roman numerals, a script with no spaces before its digits, and a heading with no title', () => {
    expect(read(chapters('Kapittul', ['', '', '']).join('\n').replace(/Kapittul (\d)/g, (_, n: string) => `Kapittul ${'I'.repeat(Number(n))}`)).chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(read(chapters('ບົດທີ', ['ທະເລ', 'ຝົນ'], ' ').join('\n').replace(/ບົດທີ (\d)/g, 'ບົດທີ$1')).chapters.map((c) => [c.number, c.title])).toEqual([[1, 'ທະເລ'], [2, 'ຝົນ']]);
  });

  it('reads a number in brackets before a title as the family, a bracketed page number without a title as none', () => {
    const titled = chapters('', ['첫눈', '답장', '봄'], ' ').map((l) => l.replace(/^ (\d) /, (_, n: string) => `[0${n}] `));
    expect(read(titled.join('\n')).chapters.map((c) => [c.number, c.title])).toEqual([[1, '첫눈'], [2, '답장'], [3, '봄']]);
    const pages = chapters('', ['', '', '']).map((l) => l.replace(/^ (\d)$/, (_, n: string) => `[ ${Number(n) + 411} ]`));
    expect(read(pages.join('\n')).chapters).toHaveLength(1);
  });

  it('reads a smaller family whose lines each open a run of chapters as the parts', () => {
    const text = ['Rann 1', '', ...chapters('Pennad', ['An Aod', 'Ar Glav']), 'Rann 2', '', ...chapters('Pennad', ['', '', '']).map((l) => l.replace(/^Pennad (\d)/, (_, n: string) => `Pennad ${Number(n) + 2}`))].join('\n');
    const o = read(text);
    expect(o.chapters.map((c) => [c.number, c.part])).toEqual([[1, 'Rann 1'], [2, 'Rann 1'], [3, 'Rann 2'], [4, 'Rann 2'], [5, 'Rann 2']]);
  });

  it('reads a word that changes beside one that does not as a count in words, numbered in order when the words are unknown', () => {
    const javanese = ['Bab Kapisan: Udan Sore', 'Bab Kapindho: Isine Layang', 'Bab Katelu: Bali'].flatMap((h, k) => [h, prose(`Rini ${k}`), prose(`Darto ${k}`)]);
    expect(read(javanese.join('\n')).chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Udan Sore'], [2, 'Isine Layang'], [3, 'Bali']]);
    const capitals = ['IGICE CYA MBERE', 'IGICE CYA KABIRI', 'IGICE CYA GATATU'].flatMap((h, k) => [h, '', prose(`Mukamana ${k}`), '']);
    expect(read(capitals.join('\n')).chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, null], [3, null]]);
    const wordFirst = ['Беренче бүлек. Кар', 'Икенче бүлек. Җыр', 'Өченче бүлек. Яз'].flatMap((h, k) => [h, '', prose(`Алсу ${k}`), '']);
    expect(read(wordFirst.join('\n')).chapters.map((c) => c.title)).toEqual(['Кар', 'Җыр', 'Яз']);
  });

  it('takes the short line under a heading as its title', () => {
    const hawaiian = ['MOKUNA ʻEKAHI', 'MOKUNA ʻELUA', 'MOKUNA ʻEKOLU'].flatMap((h, k) => [h, ['Ka Pō', 'Ke Ala', 'Ka Pueo'][k]!, '', prose(`Leilani ${k}`), '']);
    const o = read(hawaiian.join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Ka Pō'], [2, 'Ke Ala'], [3, 'Ka Pueo']]);
    expect(o.chapters[0]?.firstWords).toMatch(/^Leilani 0/);
  });

  it('reads a title straight over the prose, and a file of indented paragraphs with no blank lines, parts over restarts', () => {
    const manx = ['Caibdil Nane', 'Caibdil Jees', 'Caibdil Tree'].flatMap((h, k) => [h, ['Yn Chibbyr', 'Yn Fer Aeg', 'Yn Oie'][k]!, prose(`Fenella ${k}`), prose(`Illiam ${k}`), '']);
    expect(read(manx.join('\n')).chapters.map((c) => [c.number, c.title, c.firstWords.split(' ')[0]])).toEqual([[1, 'Yn Chibbyr', 'Fenella'], [2, 'Yn Fer Aeg', 'Fenella'], [3, 'Yn Oie', 'Fenella']]);
    const chapter = (n: number, title: string) => [`Chaptra ${n}`, title, `\t${prose('Jowan')}`, `\t${prose('Mighal')}`];
    const cornish = ['RANN ONAN', ...chapter(1, 'An Kok'), ...chapter(2, 'Nos'), 'RANN DEW', ...chapter(1, 'An Mor'), ...chapter(2, 'Dehwelans')].join('\n');
    expect(read(cornish).chapters.map((c) => [c.number, c.title, c.part])).toEqual([[1, 'An Kok', 'RANN ONAN'], [2, 'Nos', 'RANN ONAN'], [1, 'An Mor', 'RANN DEW'], [2, 'Dehwelans', 'RANN DEW']]);
  });

  it("reads headings after the story's name, as a blog titles its posts, and takes the post's date over each for its stamp", () => {
    const post = (date: string, n: string, title: string) => [date, '', `The Haar Kist — Chaipter ${n}: ${title}`, '', prose(`Jeannie ${n}`), '', prose(`Morag ${n}`), ''];
    const o = read([...post('Tuesday, 3 March 2015', 'Ane', 'The Kist'), ...post('Tuesday, 10 March 2015', 'Twa', 'Haar in the Hoose'), ...post('Tuesday, 17 March 2015', 'Three', 'Lowsin the Lid')].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Kist'], [2, 'Haar in the Hoose'], [3, 'Lowsin the Lid']]);
  });

  it('reads a family glued under part headings quire knows as the chapters, the parts over them', () => {
    const chapter = (n: number, title: string, part?: string) => [...(part ? [part] : []), `Capìtoło ${n} – ${title}`, '', prose(`Nane ${n}`), '', prose(`Nina ${n}`), ''];
    const text = [...chapter(1, 'El guardian', 'Parte Prima – L’Acqua'), ...chapter(2, 'Ła barca'), ...chapter(1, 'El fogo', 'Parte Seconda – El Fogo'), ...chapter(2, 'Ła luse')].join('\n');
    expect(read(text).chapters.map((c) => [c.number, c.title, c.part])).toEqual([
      [1, 'El guardian', 'Parte Prima – L’Acqua'],
      [2, 'Ła barca', 'Parte Prima – L’Acqua'],
      [1, 'El fogo', 'Parte Seconda – El Fogo'],
      [2, 'Ła luse', 'Parte Seconda – El Fogo'],
    ]);
  });

  it('counts a family some of whose number words quire knows and some it does not', () => {
    const text = ['Kapitel een: De Nebel', 'Kapitel twee: De Klock', 'Kapitel dree: De letzte Fohrt'].flatMap((h, k) => [h, '', prose(`Hinnerk ${k}`), '']).join('\n');
    expect(read(text).chapters.map((c) => [c.number, c.title])).toEqual([[1, 'De Nebel'], [2, 'De Klock'], [3, 'De letzte Fohrt']]);
  });

  it('reads two lines of a family of words, each over a run of the chapters, as the parts', () => {
    const chapter = (n: number) => [`Боби ${n}. Ном ${n}`, '', prose(`Зарина ${n}`), ''];
    const text = ['ҚИСМИ ЯКУМ. ДЕҲА', '', ...chapter(1), ...chapter(2), 'ҚИСМИ ДУЮМ. КӮЛ', '', ...chapter(3), ...chapter(4)].join('\n');
    expect(read(text).chapters.map((c) => [c.number, c.part])).toEqual([
      [1, 'ҚИСМИ ЯКУМ. ДЕҲА'],
      [2, 'ҚИСМИ ЯКУМ. ДЕҲА'],
      [3, 'ҚИСМИ ДУЮМ. КӮЛ'],
      [4, 'ҚИСМИ ДУЮМ. КӮЛ'],
    ]);
  });

  it('reads two headings of a family of words as the chapters when nothing else in the file is a family, in a script without case too', () => {
    const two = (heads: string[]) => heads.flatMap((h, k) => [h, '', prose(`Aýna ${k}`), '', prose(`Merdan ${k}`), '']);
    expect(read(two(['Birinji bap. Guýy', 'Ikinji bap. Tut agajy']).join('\n')).chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Guýy'], [2, 'Tut agajy']]);
    expect(read(two(['لومړی څپرکی: ونه', 'دویم څپرکی: لولۍ']).join('\n')).chapters.map((c) => [c.number, c.title])).toEqual([[1, 'ونه'], [2, 'لولۍ']]);
    expect(read(two(['PETEĨHA VORE', 'MOKÕIHA VORE']).join('\n')).chapters.map((c) => c.number)).toEqual([1, 2]);
    // Two pairs at once are no evidence of either.
    const pairs = parse(Buffer.from(two(['Birinji bap. Guýy', 'Ikinji bap. Tut', 'Gyzyl gum. Ýol', 'Ak gum. Depe']).join('\n')), 'x.txt');
    expect(pairs.diagnostics.map((d) => d.ruleId)).not.toContain('heading-label-family');
  });

  it('leaves titles that share an article as titles, and a POV name as a POV marker', () => {
    const titles = ['THE SHOP', 'THE RIVER', 'THE WELL'].flatMap((h, k) => [h, '', prose(`Mara ${k}`), '']);
    const povs = ['POV Valeria', 'POV Iker', 'POV Ana'].flatMap((h, k) => [h, '', prose(`Mara ${k}`), '']);
    for (const text of [titles, povs]) expect(parse(Buffer.from(text.join('\n')), 'x.txt').diagnostics.map((d) => d.ruleId)).not.toContain('heading-label-family');
    expect(read(povs.join('\n')).chapters.flatMap((c) => c.povMarkers)).toEqual(['Valeria', 'Iker', 'Ana']);
  });

  it('reads the line over each new run of chapter numbers as a part heading', () => {
    const run = (from: number, count: number) => chapters('Pennad', Array.from({ length: count }, (_, k) => `Titl ${from + k}`));
    const text = ['LODENN GENTAÑ', '', ...run(1, 2), 'EIL LODENN', '', ...run(3, 2)].join('\n');
    const o = read(text);
    expect(o.chapters.map((c) => [c.number, c.part])).toEqual([[1, 'LODENN GENTAÑ'], [2, 'LODENN GENTAÑ'], [1, 'EIL LODENN'], [2, 'EIL LODENN']]);
  });

  it('leaves a list, numbers that do not count, and a navigation row as text', () => {
    const list = ['Step 1: boil the water', '', 'Step 2: pour it', '', 'Step 3: wait', ''];
    expect(read([prose('Yann'), '', ...list, prose('Loig')].join('\n')).chapters).toHaveLength(1);
    const skipping = ['Pennad 4', '', prose('Yann'), '', 'Pennad 9', '', prose('Loig'), '', 'Pennad 2', '', prose('Anna')].join('\n');
    expect(read(skipping).chapters).toHaveLength(1);
    const nav = chapters('Pennad', ['An Aod', 'Ar Glav', 'Ar Vag']).map((l) => (/^Pennad/.test(l) ? `< Prev   ${l}   Next >` : l));
    expect(read(nav.join('\n')).chapters).toHaveLength(1);
  });

  it('leaves it to the known labels when the file has chapter headings in words quire reads', () => {
    const text = ['Chương 1: Quán mì', '', prose('Yann'), '', 'Hết chương 1.', '', 'Chương 2: Dây đàn', '', prose('Loig'), '', 'Hết chương 2.', ''].join('\n');
    expect(read(text).chapters.map((c) => c.title)).toEqual(['Quán mì', 'Dây đàn']);
  });

  it('says which word it took for a chapter, at the first heading', () => {
    const parsed = parse(Buffer.from(chapters('Pennad', ['An Aod', 'Ar Glav', 'Ar Vag']).join('\n')), 'aod.txt');
    const d = parsed.diagnostics.find((x) => x.ruleId === 'heading-label-family');
    expect(d?.line).toBe(1);
    expect(d?.reason).toMatch(/"pennad"/);
  });
});
