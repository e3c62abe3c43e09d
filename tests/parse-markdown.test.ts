import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse, parseFile } from '../src/parse.js';
import { inlineText } from '../src/parse/inline.js';
import { corpusDir, inspectAt, root } from './helpers/inspect.js';

describe('Markdown manuscripts', () => {
  it('reads "A week in the life of": title from front matter and heading, one chapter, 23 hard scene breaks', () => {
    const o = inspectAt('cc-by-a-week-in-the-life-of.md', corpusDir);
    expect(o.title).toBe('A week in the life of');
    expect(o.description).toMatch(/^I feel strange when I emerge from the scanner/);
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.sceneBreaks).toBe(23);
  });

  it('reads "A veil of brightness": summary as description (an unindented YAML line forgiven), the <aside> wrapper dropped and its words kept', () => {
    const o = inspectAt('cc-by-a-veil-of-brightness.md', corpusDir);
    expect(o.description).toMatch(/^The story of a girl who made a wish\. .* his question is answered\.$/);
    expect(o.chapters[0]!.firstWords).toBe('<em>I count the grains of');
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('md-html-wrapper');
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('md-front-matter');
  });

  it('reads the necromancer folder as one book of 21 chapters, #Chapter Twelve included, contents and licence left out', async () => {
    const o = outline(await parseFile(`${corpusDir}cc-necromancers-apprentice`));
    expect(o.chapters.map((c) => c.number ?? c.title)).toEqual(['Prologue', ...Array.from({ length: 20 }, (_, i) => i + 1)]);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['md-dir-contents', 'md-dir-licence', 'md-heading-no-space']));
  });

  it('maps front matter, parts, chapters, notes, breaks, raw HTML and images onto the model', () => {
    const o = inspectAt('tests/fixtures/markdown/story.md', root);
    expect([o.title, o.author, o.description, o.language]).toEqual(['The Glass Orchard', 'Wren Ashdown', 'Two sisters tend an orchard of glass trees.', 'en-GB']);
    // Every front-matter key is a field as written, the ones that fill the metadata too.
    expect(o.fields).toMatchObject({ Title: 'The Glass Orchard', Author: 'Wren Ashdown', Tags: 'Magic Realism, Sisters', Series: 'Part 2 of Orchard Tales', Rating: 'General Audiences' });
    expect(o.notesBefore.map((n) => n.text)).toEqual(['Written for the spring prompt. Thanks to my beta!']);
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([
      [1, 'Frost', 'Part One'],
      [2, 'Thaw', 'Part Two'],
    ]);
    const one = o.chapters[0]!;
    expect(one.notesBefore.map((n) => `${n.label}: ${n.text}`)).toEqual(['A/N: Short one today.']);
    expect(one.notesAfter.map((n) => n.text)).toEqual(['Chapter two is coming soon.']);
    expect(one.sceneBreaks).toBe(2);
    expect(o.diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(expect.arrayContaining(['24 md-setext-break', '28 md-remote-image']));
  });

  it('a level above the chapters is parts only when its headings open runs of chapters', () => {
    const md = '# The Vane\n\n### Contents\n\nOne, Two\n\n## One\n\nThe wind turned.\n\n## Two\n\nThe vane held.\n';
    const m = parse(new TextEncoder().encode(md), 'vane.md');
    expect(m.chapters.map((c) => [c.heading, c.part])).toEqual([
      ['One', null],
      ['Two', null],
    ]);
  });

  it("reads Hugo's TOML front matter (dates as written) and its shortcodes: a separator shortcode is a scene break, a figure a picture, the rest left out", () => {
    const md = [
      '+++', 'title = "Low Tide"', 'author = "Camille Roux"', 'date = 2023-09-14T08:00:00+02:00', 'tags = ["sea", "Brittany"]', 'summary = "The sea gives something back."', '+++', '',
      '{{< figure src="/img/tide.jpg" caption="Saint-Guénolé, March" >}}', '',
      "> **Author's note:** written for a workshop.", '',
      '## I. The Coefficient', '', 'The coefficient was one hundred and nineteen.', '',
      '{{< separator >}}', '', 'Gwen went down to the shore at six.', '',
      '{{< youtube abc123 >}}', '', '{% include signup.html %}', '',
      '## II. Sand', '', 'The sand was hard and ridged.', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(md), 'tide.md');
    expect(m.meta).toMatchObject({ title: 'Low Tide', author: 'Camille Roux', description: 'The sea gives something back.' });
    expect(m.meta.fields).toMatchObject({ Date: '2023-09-14T08:00:00+02:00', Tags: 'sea, Brittany' });
    expect(outline(m).notesBefore.map((n) => n.text)).toEqual(['written for a workshop.']);
    const words = (c: (typeof m.chapters)[number]): string => c.children.filter((b) => b.type === 'paragraph').map((b) => inlineText(b.children)).join(' ');
    expect(m.chapters.map((c) => [c.number, c.title, c.children.filter((b) => b.type === 'sceneBreak').length])).toEqual([
      [1, 'The Coefficient', 1],
      [2, 'Sand', 0],
    ]);
    expect(words(m.chapters[0]!)).toBe('The coefficient was one hundred and nineteen. Gwen went down to the shore at six.');
    expect(m.diagnostics.filter((d) => d.ruleId === 'md-template-tag').map((d) => d.line)).toEqual([21, 23]);
  });

  it('reads a note typed with bold for headings and none of its own: two bold chapter headings or more are its chapters', () => {
    const md = [
      'O papagaio da quitanda', '', 'Por Beatriz Salles', '', '**Capítulo 1 — Terça-feira**', '', 'A quitanda ficava na esquina.', '',
      '**Capítulo 2 — Fiado não**', '', 'O bairro inteiro saiu procurando.', '', '**Nada.**', '',
    ].join('\n');
    const o = outline(parse(new TextEncoder().encode(md), 'nota.md'));
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'Terça-feira', 'A quitanda ficava na esquina.'],
      [2, 'Fiado não', 'O bairro inteiro saiu procurando.'],
    ]);
  });

  it("reads a Word document through pandoc: a bold title over the author's name, a chapter heading set only in bold, an escaped break, an image's size", () => {
    const md = [
      '**EL RELOJ DE ARENA**', '', 'Inés Caravaca', '', '*Relato presentado al certamen «Letras del Sur» (versión corregida)*', '',
      '![](media/image1.jpeg){width="2.5in" height="1.6in"}', '', '# Capítulo uno', '', 'Mi abuela tenía un reloj de arena.', '', '\\*\\*\\*', '',
      'Tardé tres meses en darle la vuelta.', '', '**Capítulo dos**', '', 'Era una mujer con acento argentino.', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(md), 'reloj.md');
    expect(m.meta).toMatchObject({ title: 'EL RELOJ DE ARENA', author: 'Inés Caravaca', subtitle: 'Relato presentado al certamen «Letras del Sur» (versión corregida)' });
    const o = outline(m);
    expect(o.chapters.map((c) => [c.number, c.sceneBreaks, c.firstWords])).toEqual([
      [1, 1, 'Mi abuela tenía un reloj'],
      [2, 0, 'Era una mujer con acento'],
    ]);
    expect(o.wordCount).toBe(20);
  });

  it('names the line of a TOML front matter it cannot read', () => {
    const m = parse(new TextEncoder().encode(['+++', 'title = "Low Tide"', 'author = Camille', '+++', '', 'Text.'].join('\n')), 'bad.md');
    const d = m.diagnostics.find((x) => x.ruleId === 'md-front-matter');
    expect(d?.severity).toBe('warning');
    expect(d?.line).toBe(3);
    expect(d?.reason).toMatch(/TOML front matter cannot be used .*metadata is lost/);
  });

  it('a page clipped from the web (front matter names its source) is read as the page: tag lists, the tab title split', () => {
    const md = [
      '---', 'source: https://archiveofourown.org/works/1', '---', '', '# Salt Roads - hedgewitch_ink - Original Work [Archive of Our Own]', '',
      'Rating:', '', '-   [Teen](https://x/t)', '', 'Characters:', '', '-   [Marisol Vey](https://x/a)', '-   [Old Anselm](https://x/b)', '',
      '## Salt Roads', '', '### hedgewitch_ink', '', '### Summary:', '', '> Marisol maps the salt roads.', '',
      '## [Chapter 1](https://x/c1): Ink', '', '### Chapter Text', '', 'The Guild sent her east with a pen and a compass.', '',
      '## [Chapter 2](https://x/c2): Bearings', '', '### Chapter Text', '', 'The compass lied on the third day.', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(md), 'clip.md');
    expect(m.meta).toMatchObject({ title: 'Salt Roads', author: 'hedgewitch_ink' });
    expect(m.meta.fields).toMatchObject({ Source: 'https://archiveofourown.org/works/1', Characters: 'Marisol Vey, Old Anselm' });
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'Ink'],
      [2, 'Bearings'],
    ]);
  });

  it('keeps raw HTML as literal text and emphasis as emphasis', async () => {
    const m = await parseFile(`${root}tests/fixtures/markdown/story.md`);
    const blocks = m.chapters[0]!.children;
    expect(JSON.stringify(blocks)).toContain('"value":"The orchard kept its silence after that. <script>alert(1)</script> was carved on the gate."');
    expect(blocks[0]).toMatchObject({ type: 'paragraph', children: [{ value: 'Mara breathed on the ' }, { type: 'emphasis' }, { value: ' leaves and they ' }, { type: 'strong' }, { value: ' like bells.' }] });
    expect(blocks.find((b) => b.type === 'illustration')).toMatchObject({ caption: [{ value: 'the orchard at dawn' }] });
  });
});

describe('Markdown drafts with drawn setext headings', () => {
  const draft = [
    'Saltmarsh', '=========', '', '*by Elin Sand*', '',
    'First Chapter: The Meadow', '-------------------------', '',
    'The meadow lay between the village and the sea.', '', '---', '', 'That summer the sea came back.', '',
    'Second Chapter: What Grandfather Wrote', '--------------------------------------', '',
    'Grandfather had died in the spring.', '', '* * *', '', '*The End*', '', '<!-- TODO: rename the village -->', '',
  ].join('\n');
  const o = outline(parse(Buffer.from(draft), 'draft.md'));
  it('reads an underline drawn as long as its line as a heading, and a short `---` after a blank line as a break', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Meadow'], [2, 'What Grandfather Wrote']]);
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
  });
  it('counts no break over the closing line, and leaves HTML comments out', () => {
    expect(o.chapters[1]!.sceneBreaks).toBe(0);
    expect(o.chapters[1]!.wordCount).toBe(6);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('md-html-comment');
  });
  it('reads Swedish ordinals before the definite label: `Första kapitlet: Ängen`', () => {
    const sv = outline(parse(Buffer.from('Första kapitlet: Ängen\n\nSaltängen låg mellan byn och havet.\n\nAndra kapitlet: Lappen\n\nFarfar var död sedan våren.\n'), 'sv.txt'));
    expect(sv.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Ängen'], [2, 'Lappen']]);
  });
});

describe("a writing app's compiled draft", () => {
  it('reads the title page under `## Title Page`, the author’s note section as a note, and `## 1 · Title` chapters under same-level parts', () => {
    const prose = 'The Thames froze on the twenty-seventh of December, and by New Year there was a street of booths on the ice.';
    const md = `## Title Page\n\n# The Frost Fair Letters\n*by Hollis Vane*\n\n## Author's Note\n\nThis is the compiled draft for my writing group.\n\n## Part I — Winter\n\n## 1 · The Frost Fair\n\n${prose}\n\n## 2 · Skates\n\n${prose}\n`;
    const o = outline(parse(Buffer.from(md), 'draft.md'));
    expect([o.title, o.author]).toEqual(['The Frost Fair Letters', 'Hollis Vane']);
    expect(o.notesBefore.length).toBe(1);
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[1, 'The Frost Fair', 'Part I — Winter'], [2, 'Skates', 'Part I — Winter']]);
  });
});
