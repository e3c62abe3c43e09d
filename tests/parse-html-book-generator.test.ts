import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const page = (body: string): Uint8Array => new TextEncoder().encode(`<!DOCTYPE html><html lang="en"><head><title>Salt Roads</title></head><body>${body}</body></html>`);
const prose = 'The caravan left the coast before dawn, forty camels and a boy who had never seen the desert.';

describe('a page a documentation-book generator wrote', () => {
  it("mdBook's print page: the menu bar's title heading and buttons left out, the title page read for title and by-line, a Licence page dropped", () => {
    const o = outline(parse(page(
      `<nav id="sidebar" class="sidebar"><ol class="chapter"><li class="chapter-item"><a href="index.html">Salt Roads</a></li><li class="chapter-item"><a href="one.html">1. The Coast</a></li></ol></nav>` +
        `<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar" class="menu-bar"><div class="left-buttons"><button id="theme-toggle">Theme</button></div>` +
        `<h1 class="menu-title">Salt Roads</h1><div class="right-buttons"><a href="print.html" title="Print this book">Print</a></div></div>` +
        `<div id="content" class="content"><main><h1 id="salt-roads"><a class="header" href="#salt-roads">Salt Roads</a></h1><p><em>by Yusra Kell</em></p>` +
        `<h1 id="c1"><a class="header" href="#c1">Chapter 1: The Coast</a></h1><p>${prose}</p><hr /><p>${prose}</p>` +
        `<h1 id="c2"><a class="header" href="#c2">Chapter 2: Dunes</a></h1><p>${prose}</p>` +
        `<h1 id="licence"><a class="header" href="#licence">Licence</a></h1><p><em>Salt Roads</em> © 2024 Yusra Kell. Licensed under CC BY 4.0.</p></main></div></div></div>`,
    ), 'print.html'));
    expect([o.title, o.author]).toEqual(['Salt Roads', 'Yusra Kell']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'The Coast', 1], [2, 'Dunes', 0]]);
    expect(o.front).toEqual([]);
    expect(o.wordCount).toBe(3 * 18);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['html-book-generator', 'edition-section']));
  });

  it("HonKit's page: the summary sidebar and the header's book title left out", () => {
    const o = outline(parse(page(
      `<div class="book"><div class="book-summary"><nav><ul class="summary"><li class="chapter"><a href="./">Introduction</a></li></ul></nav></div>` +
        `<div class="book-body"><div class="body-inner"><div class="book-header"><h1><a href="./">Salt Roads</a></h1></div>` +
        `<div class="page-wrapper"><div class="page-inner"><section class="normal markdown-section"><h1>Salt Roads</h1><p>by Yusra Kell</p>` +
        `<h2>Chapter 1: The Coast</h2><p>${prose}</p><h2>Chapter 2: Dunes</h2><p>${prose}</p></section></div></div></div></div></div>`,
    ), 'index.html'));
    expect([o.title, o.author]).toEqual(['Salt Roads', 'Yusra Kell']);
    expect(o.chapters.map((c) => c.title)).toEqual(['The Coast', 'Dunes']);
    expect(o.wordCount).toBe(2 * 18);
  });
});
