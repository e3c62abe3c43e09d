import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A mind map's node: its words, as FreeMind writes them (non-ASCII letters as character references). */
const node = (text: string, children = ''): string => `<node TEXT="${[...text].map((c) => (c.charCodeAt(0) > 127 ? `&#x${c.charCodeAt(0).toString(16)};` : c)).join('')}">${children}</node>`;
const note = (text: string): string => `<richcontent TYPE="NOTE"><html><head></head><body><p>${text}</p></body></html></richcontent>`;

const mindMap = [
  '<map version="1.0.1">',
  '<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->',
  `<node TEXT="St&#x159;ep pro &#x161;t&#x11b;st&#xed;">${note('Anotace: Starý sklenář najde ve výloze přeříznuté sklo.')}`,
  '<attribute NAME="autorka" VALUE="Jana Hor&#xe1;kov&#xe1;"/><attribute NAME="stav" VALUE="druh&#xe1; verze"/><attribute NAME="sout&#x11b;&#x17e;" VALUE="Liter&#xe1;rn&#xed; Litom&#x11b;&#x159;ice"/>',
  node('Postavy', node('Karel Vondra – sklenář, 68 let')),
  node('1. Výloha', node(prose('Karel')) + node(prose('Tonda'))),
  node('2. Střep', `<node TEXT="${prose('Hanzlová')}">${note('zkontrolovat: kolik stála výloha?')}</node>` + node('* * *') + node(prose('Vondra'))),
  node('Nápady (nepoužité)', node('Karlova žena taky byla pekařka?')),
  '</node>',
  '</map>',
].join('\n');

describe('a story drafted as a FreeMind mind map', () => {
  const o = read(mindMap, 'strep.mm');

  it("reads the root as the title, its rows as the fields and its note as the summary, in the tool's lower-case labels", () => {
    expect([o.title, o.author, o.description]).toEqual(['Střep pro štěstí', 'Jana Horáková', 'Starý sklenář najde ve výloze přeříznuté sklo.']);
    expect(o.fields).toMatchObject({ stav: 'druhá verze', soutěž: 'Literární Litoměřice' });
  });

  it("reads each branch as a chapter and its leaves as paragraphs, the writer's branches and pinned notes none of the story", () => {
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([
      [1, 'Výloha', 0],
      [2, 'Střep', 1],
    ]);
    expect(o.wordCount).toBe(4 * 14);
  });
});

const leo = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<leo_file xmlns:leo="http://leo-editor.github.io/leo-editor/namespaces/leo-python-editor/1.1">',
  '<leo_header file_format="2"/>',
  '<vnodes>',
  '<v t="m.1"><vh>The Lamp Room</vh>',
  '<v t="m.2"><vh>Chapter One</vh></v>',
  '<v t="m.3"><vh>Chapter Two</vh></v>',
  '</v>',
  '<v t="m.4"><vh>Ideas</vh></v>',
  '</vnodes>',
  '<tnodes>',
  '<t tx="m.1">@language plain\n@wrap\nAuthor: Ada Kell\n\n@others\n</t>',
  // (Leo keeps the bodies in the order they were made: chapter two's was made first.)
  `<t tx="m.3">${prose('Oren')}\n\n${prose('Hazel')}\n</t>`,
  '<t tx="m.4">- a fourth chapter? no, three is enough\n</t>',
  `<t tx="m.2">${prose('Ada')}\n</t>`,
  '</tnodes>',
  '</leo_file>',
].join('\n');

describe('a story kept as a Leo outline, its bodies apart from its tree', () => {
  const o = read(leo, 'lamp.leo');

  it('joins each headline to its body and reads them in the tree’s order, the directives and the second top node out', () => {
    expect([o.title, o.author]).toEqual(['The Lamp Room', 'Ada Kell']);
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([
      [1, 'Ada went down to the'],
      [2, 'Oren went down to the'],
    ]);
    expect(o.wordCount).toBe(3 * 14);
  });
});
