import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (md: string) => outline(parse(Buffer.from(md), 'export.md'));

describe("an outliner's page exported as Markdown (Roam Research, Logseq)", () => {
  const page = [
    '- Project:: [[Novellas]]',
    '- Working title:: The Glass Fen',
    '- Author:: [[Odile Marsh]]',
    '- Status:: {{[[TODO]]}} read aloud to [[Group]]',
    '- ## 1 — Reeds',
    '    - The reeds grew taller than the church that winter, and nobody in the village cut them.',
    '        - 1. Cut the reeds at dawn.',
    '    - ---',
    '    - By spring the path to the [[Glass Fen]] was a tunnel of green.',
    '- ## 2 — The Ferry',
    '    - The ferryman would not take coins, only stories.',
    '',
  ].join('\n');

  it('reads the attribute blocks at the top as header fields as written, their words filling title and author', () => {
    const o = read(page);
    expect(o.fields).toMatchObject({ Project: '[[Novellas]]', 'Working title': 'The Glass Fen', Author: '[[Odile Marsh]]', Status: '{{[[TODO]]}} read aloud to [[Group]]' });
    expect([o.title, o.author]).toEqual(['The Glass Fen', 'Odile Marsh']);
    expect(o.front).toEqual([]);
    expect(o.diagnostics.find((d) => d.ruleId === 'md-outliner-attributes')?.line).toBe(1);
  });

  it('reads the heading blocks as chapters, the `- ---` block as a scene break, and a block typed `1. …` with its number', () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.wordCount])).toEqual([[1, 'Reeds', 1, 16 + 6 + 13], [2, 'The Ferry', 0, 8]]);
  });

  it("reads Logseq's page properties, written without a dash over the blocks", () => {
    const o = read(['title:: The Glass Fen', 'author:: [[Odile Marsh]]', 'tags:: fiction, fen', '', '- ## Reeds', '\t- The reeds grew taller than the church.', '- ## The Ferry', '\t- The ferryman would not take coins.', ''].join('\n'));
    expect([o.title, o.author, o.fields.author, o.fields.tags]).toEqual(['The Glass Fen', 'Odile Marsh', '[[Odile Marsh]]', 'fiction, fen']);
    expect(o.chapters.map((c) => c.title)).toEqual(['Reeds', 'The Ferry']);
  });

  it("reads a labelled note block as a note, and leaves to-do blocks out with the blocks under them and the app's block properties", () => {
    const o = read([
      'title:: The Glass Fen', 'author:: Odile Marsh', '',
      "- NOTE: Author's note — written for the fen anthology.",
      '- ## Reeds', '\t- TODO check the tide tables', '\t  collapsed:: true', '\t\t- spring tides?',
      '\t- The reeds grew taller than the church.', '\t  id:: 64f1c2aa-0000-4000-8000-000000000000', '\t- {{[[TODO]]}} rename the ferryman', '\t- The ferryman would not take coins.', '',
    ].join('\n'));
    expect(o.notesBefore.map((n) => n.label)).toEqual(['NOTE']);
    expect(o.chapters.map((c) => [c.title, c.firstWords, c.wordCount])).toEqual([['Reeds', 'The reeds grew taller than', 13]]);
    expect(o.diagnostics.filter((d) => d.ruleId === 'md-outliner-task').map((d) => d.line)).toEqual([6, 11]);
  });

  it('leaves a bulleted list in ordinary Markdown alone', () => {
    const o = read('# Notes\n\nSome prose here.\n\n- Mood:: grey\n- Place:: fen\n');
    expect(o.diagnostics.map((d) => d.ruleId)).not.toContain('md-outliner-attributes');
  });
});

describe('a chat with an AI assistant saved as Markdown', () => {
  const prose = 'The lighthouse keeper counted the gulls every morning and wrote the number in chalk on the door.';
  const chat = [
    '# Gull story help', '', '#### Source: https://chat.example.com/c/1234', '', '## Prompt:', 'write me a story about a lighthouse keeper, chapter one please', '',
    '## Response:', 'Here is a title and the first chapter.', '', '**The Chalk Door**', '', '### Chapter One: Gulls', '', prose, '', prose, '', '---', '', 'Shall I go on with chapter two, or would you like changes?', '',
    '## Prompt:', 'yes go on', '', '## Response:', 'Gladly! Here it is:', '', '### Chapter Two: Fog', '', prose, '', '* * *', '', prose, '', 'Should I write chapter three next, or would you like an ending?', '',
  ].join('\n');

  it("keeps the story in the replies: the bold title is the title, the prompts and the assistant's talk are left out", () => {
    const o = outline(parse(Buffer.from(chat), 'chat.md'));
    expect(o.title).toBe('The Chalk Door');
    expect(o.chapters.map((c) => [c.number, c.title, c.part, c.sceneBreaks, c.wordCount])).toEqual([[1, 'Gulls', null, 0, 34], [2, 'Fog', null, 1, 34]]);
    expect(o.front).toEqual([]);
    expect(o.diagnostics.find((d) => d.ruleId === 'md-assistant-chat')?.line).toBe(5);
  });

  it("reads other exporters' turn headings, and the chat's name as the title when the story has none", () => {
    const o = outline(parse(Buffer.from(chat.replace(/## Prompt:/g, '## 👤 User').replace(/## Response:/g, '## 🤖 Assistant').replace('**The Chalk Door**', '')), 'chat.md'));
    expect(o.title).toBe('Gull story help');
    expect(o.chapters.map((c) => [c.title, c.part, c.wordCount])).toEqual([['Gulls', null, 34], ['Fog', null, 34]]);
  });
});

describe("an editor's table-of-contents marker (Typora's `[toc]`)", () => {
  it.each(['[toc]', '[TOC]', '{{TOC}}'])('leaves %s out, so the title heading under it is still the title', (marker) => {
    const o = read(['---', 'title: Hujan di Stasiun Tugu', '---', '', marker, '', '# Hujan di Stasiun Tugu', '', '## Bab 1 — Peron Dua', '', 'Kereta dari Bandung terlambat empat puluh menit.', '', '## Bab 2 — Payung', '', 'Hujan turun tanpa jeda sejak sore.', ''].join('\n'));
    expect(o.chapters.map((c) => [c.title, c.part])).toEqual([
      ['Peron Dua', null],
      ['Payung', null],
    ]);
    expect(o.wordCount).toBe(13);
  });
});

describe('a Google Docs draft downloaded as Markdown, its title page a word of what the work is over the author field', () => {
  it('takes the author from the field, not the word under the title', () => {
    const o = read('# Działka nad jeziorem\n\nopowiadanie\n\nAutorka: Marta Zawilec\n\n## Rozdział 1. Pierogi\n\nBabcia Halina miała zasadę: w niedzielę nie kłócimy się przy pierogach.\n');
    expect([o.title, o.author]).toEqual(['Działka nad jeziorem', 'Marta Zawilec']);
    expect(o.chapters.map((c) => c.title)).toEqual(['Pierogi']);
  });

  it('still reads a name alone under the title, over other fields, as the author', () => {
    expect(read('# The Salt Road\n\nMarta Quill\n\nRating: Teen\n\n## Chapter 1\n\nThe road was white with salt.\n').author).toBe('Marta Quill');
  });
});

describe("a journal app's Markdown export (Day One): each entry under its properties", () => {
  const props = (day: number) => `Date:\t${day} ottobre 2025 à 22:14:09 CEST\nLocation:\tCorti, Corsica, France\nWeather:\t14°C Nuvuloso\n\n`;
  const para = 'Ogni sera, quandu u sole calava daretu à u Monte, Santu chjamava e so capre cù una voce forte.';
  const o = read(
    `${props(2)}# A voce di u pastore\n### di Ghjuvan Petru Santucci\n\n**Nota di l'autore:** una storia in trè capituli.\n\n# Capitulu primu – A muntagna\n${para}\n\n` +
      `${props(4)}# Capitulu secondu – A zitella\n${para}\n`,
  );

  it("reads the first entry's heading as the title over its properties, the by-line set as a smaller heading as the author", () => {
    expect([o.title, o.author]).toEqual(['A voce di u pastore', 'Ghjuvan Petru Santucci']);
    expect(o.fields.Location).toBe('Corti, Corsica, France');
  });

  it('reads the Corsican chapters by their spelled ordinals', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'A muntagna'], [2, 'A zitella']]);
  });
});

describe('a DenDen Converter manuscript (Markdown with classed HTML for the title page)', () => {
  const md = [
    '<!-- でんでんコンバーター用原稿 -->',
    '',
    '<p class="title">星拾いの駅</p>',
    '',
    '<p class="author">水無瀬ゆず</p>',
    '',
    '===',
    '',
    '<div class="summary" markdown="1">',
    '',
    '【あらすじ】',
    '終電を逃した{澪|みお}が降り立ったのは、地図にない無人駅だった。',
    '',
    '</div>',
    '',
    '===',
    '',
    '# 第一章　終電のあと',
    '',
    '　最終電車は、{澪|みお}をひとりホームにおろした。',
    '',
    '<p class="align-center">◇</p>',
    '',
    '　改札のほうから、鈴の音がした。',
    '',
    '# 第二章　始発',
    '',
    '　東の空が、水色に変わりはじめた。',
    '',
    '## あとがき',
    '',
    '　ここまで読んでくださり、ありがとうございました。',
    '',
    '<p class="colophon">星拾いの駅<br />二〇二四年五月二日　電子版発行</p>',
  ].join('\n');

  it('reads the title, author and summary from their classes, a centred break, ruby as the text read, and the afterword as the closing note', () => {
    const m = parse(new TextEncoder().encode(md), 'hoshi.md');
    const o = outline(m);
    expect([o.title, o.author, o.description]).toEqual(['星拾いの駅', '水無瀬ゆず', '終電を逃した澪が降り立ったのは、地図にない無人駅だった。']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([
      [1, '終電のあと', 1, '最終電車は、澪をひとりホームにおろした。 改札のほうから、鈴の音がした。'],
      [2, '始発', 0, '東の空が、水色に変わりはじめた。'],
    ]);
    expect(m.notesAfter.map((n) => n.label)).toEqual(['あとがき']);
    expect(o.fields).toMatchObject({ Colophon: '星拾いの駅 二〇二四年五月二日 電子版発行' });
    expect(o.wordCount).toBe(3);
  });
});
