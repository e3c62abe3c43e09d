import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string, name = 'page.html') => outline(parse(bytes(text), name));
const rules = (o: ReturnType<typeof read>): string[] => o.diagnostics.map((d) => d.ruleId);

const prose = (n: number): string => `The lamp on the jetty went out for the ${n}th time that night, and the ferryman lit it again without a word.`;

describe('a free host’s banner injected before the page’s <body> tag', () => {
  it('is left out, and the page’s own title and by-line head the story', () => {
    const o = read(
      `<HTML><HEAD><TITLE>Salt Marsh</TITLE></HEAD>\n<center><table><tr><td><a href="http://ad.example/">Free pages: build your own home page | Report Abuse</a></td></tr></table></center>\n` +
        `<BODY BGCOLOR="#000000">\n<CENTER><B>Salt Marsh</B><BR>by Wren Alder</CENTER>\n<P>${prose(1)}</P><P>${prose(2)}</P></BODY></HTML>`,
    );
    expect(rules(o)).toContain('html-before-body');
    expect(o.chapters[0]!.firstWords).toBe('The lamp on the jetty');
    expect(o.wordCount).toBe(2 * 22);
  });
});

describe('a picture with no description, drawn as a rule between passages', () => {
  it('is a scene break', () => {
    const o = read(
      `<html><body><p>${prose(1)}</p><center><img src="stardivider.gif" width="300" height="12" alt=""></center><p>${prose(2)}</p>` +
        `<center><img src="spacer.gif" width="400" height="20"></center><p>${prose(3)}</p></body></html>`,
    );
    expect(o.chapters[0]!.sceneBreaks).toBe(2);
    expect(rules(o)).toContain('html-divider-image');
  });
});

describe('rows and menus of the site’s links', () => {
  it('leave a navigation bar, image buttons, a breadcrumb and a link menu out of the story', () => {
    const o = read(
      `<html><body><ul><li><a href="/">Home</a></li><li><a href="/c">Catalogue</a></li><li><a href="/h">Help</a></li></ul>` +
        `<p><a href="../">Texts</a>&nbsp;<a href="index.htm">Index</a>&nbsp;<a href="p.htm">Previous</a>&nbsp;<a href="n.htm">Next</a></p>` +
        `<div><a href="/stories">Our Stories</a>&nbsp;&gt;&nbsp;</div><h1>Salt Marsh</h1><p>${prose(1)}</p><p>${prose(2)}</p>` +
        `<p><a href="back.html"><img src="back.gif" alt="Back"></a> <a href="home.html"><img src="home.gif" alt="Home"></a></p></body></html>`,
    );
    expect(o.title).toBe('Salt Marsh');
    expect(o.wordCount).toBe(2 * 22);
    expect(rules(o)).toEqual(expect.arrayContaining(['html-nav-menu', 'html-nav-row']));
  });

  it('does not take a page that is nothing but a row of links for navigation', () => {
    const o = read(`<html><body><p><a href="a.html">The first story of mine</a> | <a href="b.html">The second one</a></p></body></html>`);
    expect(rules(o)).not.toContain('html-nav-row');
  });

  it('keeps a line of links that says something between them', () => {
    const o = read(`<html><body><p><a href="a.html">Salt Marsh</a> by <a href="w.html">Wren Alder</a></p><p>${prose(1)}</p></body></html>`);
    expect(o.author).toBe('Wren Alder');
  });
});

describe('lines before the story that only name the work or its author', () => {
  it('are the title page once the page’s <title> names them, not body', () => {
    const o = read(
      `<html><head><title>Wren Alder: Salt Marsh</title></head><body><p><b>MARSH PROJECT</b> - a library of stories on the Internet</p><p>Wren Alder</p><p><b>Salt Marsh</b></p><p><b>I</b></p><p>${prose(1)}</p><p><b>II</b></p><p>${prose(2)}</p></body></html>`,
    );
    expect(o.title).toBe('Salt Marsh');
    expect(o.author).toBe('Wren Alder');
    expect(o.wordCount).toBe(2 * 22);
  });
});

describe('an e-text site’s chapter page (`<title>BOOK: CHAPTER</title>`, page anchors, footnotes keyed to the page)', () => {
  const page =
    `<HTML><HEAD><TITLE>Tales of the Marsh: The Ferryman</TITLE></HEAD><BODY>` +
    `<P><A NAME="page_7"><FONT SIZE="-1">p. 7</FONT></A></P><H3 ALIGN="CENTER">THE FERRYMAN.</H3>` +
    `<P>${prose(1)}<A NAME="fr_1"></A><A HREF="#fn_1"><FONT SIZE="1">1</FONT></A></P>` +
    `<P><A NAME="page_8"><FONT SIZE="-1">p. 8</FONT></A></P><P>${prose(2)}</P><HR>` +
    `<H3 ALIGN="CENTER">Footnotes</H3><P><A NAME="fn_1"></A><A HREF="mar05.htm#fr_1">7:1</A> The ferryman would not give his name.</P><HR></BODY></HTML>`;

  it('takes the book’s title from the <title> and reads the heading as the one chapter', () => {
    const o = read(page);
    expect(o.title).toBe('Tales of the Marsh');
    expect(o.chapters.map((c) => [c.title, c.sceneBreaks])).toEqual([['THE FERRYMAN.', 0]]);
    expect(rules(o)).toEqual(expect.arrayContaining(['html-title-book', 'html-page-anchor', 'html-footnote', 'html-footnote-heading']));
  });

  it('leaves the page numbers and the footnote out of the body', () => {
    expect(read(page).wordCount).toBe(2 * 22);
  });
});

describe('a page titled `PAGE - SITE` under the site’s banner (a class site on Google Sites)', () => {
  const page =
    `<html><head><title>Salt Marsh - Mrs Reed's Year 5 Class</title></head><body><h2><a href="/site/reed5/">Mrs Reed's Year 5 Class</a></h2>` +
    `<h3>Salt Marsh</h3><div><i>by Wren Alder</i></div><div><b>Chapter 1 - The Jetty</b></div><div>${prose(1)}</div>` +
    `<div><b>Chapter 2 - The Lamp</b></div><div>${prose(2)}</div>` +
    `<h4>Attachments (1)</h4><table><tr><td><a href="fox.jpg">fox.jpg</a></td><td>245k</td></tr></table><h4>Comments</h4><p>You do not have permission to add comments.</p></body></html>`;

  it('leaves the banner out: the page’s heading is the title and its bold chapters the chapters', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['Salt Marsh', 'Wren Alder']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Jetty'], [2, 'The Lamp']]);
    expect(rules(o)).toEqual(expect.arrayContaining(['html-site-banner', 'html-tail-headings']));
  });

  it('keeps a serial’s site name when the page’s heading is a numbered chapter', () => {
    const o = read(`<html><head><title>14. Ember Tax | The Almanac</title></head><body><h1>The Almanac</h1><h2>14. Ember Tax</h2><p>${prose(1)}</p></body></html>`);
    expect(rules(o)).not.toContain('html-site-banner');
  });
});

describe('a digital library’s work page (Dublin Core metadata, a record box over the text, the site’s footer)', () => {
  const page =
    `<html><head><title>Salt Marsh / Wren Alder | Marsh Digital Library</title><meta name="DC.title" content="Salt Marsh"><meta name="DC.creator" content="Alder, Wren (1849-1911)"></head><body>` +
    `<div><a href="/"><img src="logo.gif" alt="Marsh Digital Library"></a></div>` +
    `<div><p><a href="/authors/alder">Wren Alder</a></p><p>Salt Marsh</p><p>Digital edition based on the London edition, 1884.<br>Encoded by: the Department of Letters.</p></div>` +
    `<p>Wren Alder</p><h1>Salt Marsh</h1><p>(A fen legend)</p><hr><p>- I -</p><p>${prose(1)}</p><p>- II -</p><p>${prose(2)}</p><hr>` +
    `<p>Marsh Digital Library, Norwich, 1999-2024 | <a href="/legal">Legal notice</a> | <a href="/contact">Contact</a></p><p>Foundation Marsh Digital Library</p></body></html>`;

  it('takes the title and the author, as a reader writes the name, from the catalogue metadata', () => {
    const o = read(page);
    expect([o.title, o.author, o.subtitle]).toEqual(['Salt Marsh', 'Wren Alder', 'A fen legend']);
    expect(rules(o)).toEqual(expect.arrayContaining(['html-dublin-core', 'html-record-box', 'html-site-footer']));
  });

  it('leaves the record box, the title page and the site’s footer out of the body', () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.sceneBreaks])).toEqual([[1, 0], [2, 0]]);
    expect(o.wordCount).toBe(2 * 22);
  });
});
