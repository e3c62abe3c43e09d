import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { bodyText } from '../src/model-text.js';
import { parse } from '../src/parse.js';

const page = (body: string, head = ''): ReturnType<typeof parse> =>
  parse(new TextEncoder().encode(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`), 'page.html');
const chapters = (m: ReturnType<typeof parse>) => outline(m).chapters.map((c) => [c.number, c.title, c.firstWords]);
const rules = (m: ReturnType<typeof parse>) => m.diagnostics.map((d) => d.ruleId);
const prose = (words: string) => `<p>${words} walked down to the harbour and counted the boats twice before dark.</p>`;

describe('headings the markup marks', () => {
  it("a magazine page of 2001: the logo's text and the menu are not chapters, the title and the by-line in italics under the rule are the story's, Greek numerals head its chapters", () => {
    const m = page(
      `<center><a href="/"><img src="logo.gif" alt="Ανεμολόγιο - περιοδικό λόγου"></a><br>[ <a href="/">Αρχική</a> | <a href="d">Διηγήματα</a> | <a href="p">Ποίηση</a> ]<hr><h1>Το φανάρι</h1><p><i>Γράφει η Ελένη Μαυρίδου</i></p></center>` +
        `<h2>Α΄</h2>${prose('Mara')}<h2>Β΄</h2>${prose('Tam')}`,
      '<title>Ανεμολόγιο - Διηγήματα - Το φανάρι</title>',
    );
    expect([m.meta.title, m.meta.author]).toEqual(['Το φανάρι', 'Ελένη Μαυρίδου']);
    expect(chapters(m)).toEqual([[1, null, 'Mara walked down to the'], [2, null, 'Tam walked down to the']]);
  });

  it('an <h1> over <h2>s is the title; the <h2>s are chapters, whatever their shape', () => {
    const m = page(`<h1>The Harbour Book</h1>${prose('Mara')}<h2>One</h2>${prose('Tam')}<h2>Low Water</h2>${prose('Pell')}`);
    expect(m.meta.title).toBe('The Harbour Book');
    expect(chapters(m)).toEqual([
      [1, null, 'Tam walked down to the'],
      [null, 'Low Water', 'Pell walked down to the'],
    ]);
    expect(rules(m).filter((r) => r === 'html-heading')).toHaveLength(2);
  });

  it('a lone heading shaped like a chapter\'s is the chapter, its number kept (a serial\'s page)', () => {
    const m = page(`<p>The Almanac</p><h1>14. Ember Tax</h1>${prose('Pell')}`);
    expect(chapters(m)).toEqual([[14, 'Ember Tax', 'Pell walked down to the']]);
  });

  it('a heading split by <br> reads its first line as the number and the rest as the title', () => {
    const m = page(`<h1>LE PHARE</h1><h2>I<br><span>LE GARDIEN</span></h2>${prose('Kerhervé')}<h2>II<br>LA BRUME</h2>${prose('Maïwenn')}`);
    expect(chapters(m).map((c) => [c[0], c[1]])).toEqual([[1, 'LE GARDIEN'], [2, 'LA BRUME']]);
  });

  it('screen-reader headings, labels and the work\'s own title and author are not chapters', () => {
    const m = page(
      `<h2 class="landmark">Work Header</h2><h2 class="title">Salt</h2><h3 class="byline">quill</h3><h3>Summary:</h3><p>A short thing.</p>` +
        `<h3>Chapter 1: Low</h3>${prose('Ines')}<h3>Chapter 2: High</h3>${prose('Oren')}`,
    );
    expect(chapters(m).map((c) => [c[0], c[1]])).toEqual([[1, 'Low'], [2, 'High']]);
    expect(m.meta).toMatchObject({ title: 'Salt' });
    expect(bodyWords(m)).not.toContain('Work Header');
  });
});

describe('bold lines as headings', () => {
  it('a set of bold-only lines with rising numbers and story between them are chapters', () => {
    const m = page(`<div><b>Salt &amp; Iron</b></div><div>a novella by Priya</div><div><b>One</b></div>${prose('Dev')}<div><b>Two</b></div>${prose('Mira')}`);
    expect(chapters(m)).toEqual([
      [1, null, 'Dev walked down to the'],
      [2, null, 'Mira walked down to the'],
    ]);
    expect(rules(m).filter((r) => r === 'html-bold-heading')).toHaveLength(2);
  });

  it('a bold line shaped like the page\'s <h1> chapters joins them', () => {
    const m = page(`<h1>One</h1>${prose('Ada')}<p><strong>Two</strong></p>${prose('Bo')}`);
    expect(chapters(m).map((c) => [c[0], c[1]])).toEqual([[1, null], [2, null]]);
  });

  it('one bold line, or bold lines in a row (a list), stay text', () => {
    const m = page(`${prose('Ada')}<p><b>One</b></p><p><b>Two</b></p>${prose('Bo')}`);
    expect(outline(m).chapters).toHaveLength(1);
  });
});

function bodyWords(m: ReturnType<typeof parse>): string {
  return m.chapters.map((c) => bodyText(c.children)).join('\n');
}

describe("a word processor's classes and styles", () => {
  const sheet = '<style>.c3{font-weight:700;text-align:center}.c4{font-style:italic}.c9{page-break-before:always;display:none}</style>';

  it('a bold class makes a bold line (a Docs chapter heading); a hidden page-break rule is no scene break', () => {
    const m = page(`<h1>One</h1>${prose('Ada')}<hr class="c9"><p><span class="c3">Two</span></p>${prose('Bo')}`, sheet);
    expect(chapters(m).map((c) => [c[0], c[1]])).toEqual([[1, null], [2, null]]);
    expect(outline(m).chapters.map((c) => c.sceneBreaks)).toEqual([0, 0]);
    expect(rules(m)).toContain('html-page-break');
  });

  it('an italic class is emphasis; an inline style too', () => {
    const m = page(`<p>Plain <span class="c4">leaning</span> and <span style="font-weight: bold">heavy</span> words on the quay today.</p>`, sheet);
    const p = m.chapters[0]!.children[0]!;
    expect(p.type === 'paragraph' && p.children.map((n) => n.type)).toEqual(['text', 'emphasis', 'text', 'strong', 'text']);
  });

  it("the Title and Subtitle styles give the title and the by-line's author", () => {
    const m = page(`<p class="MsoTitle">The Orchard Keeper</p><p class="MsoSubtitle">a story by Rosalind Achebe</p>${prose('Eliza')}`, '<style>p.MsoSubtitle{font-style:italic}</style>');
    expect(m.meta).toMatchObject({ title: 'The Orchard Keeper', author: 'Rosalind Achebe' });
    expect(bodyWords(m)).not.toContain('a story by');
  });
});

describe('footnotes', () => {
  it('a block opening with a back-link to an earlier reference is a footnote: out of the body, after its chapter, no word lost', () => {
    const m = page(
      `<h2>Chapter 1</h2><p>She lied to them.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> Every year.</p><h2>Chapter 2</h2>${prose('Bo')}` +
        `<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> Workshop: is this too cosy?</p></div>`,
    );
    const o = outline(m);
    expect(o.chapters.map((c) => [c.wordCount, c.notesAfter.length, c.sceneBreaks])).toEqual([[6, 0, 0], [13, 0, 0]]);
    const note = m.chapters[0]!.children.at(-1)!;
    expect(note).toMatchObject({ type: 'note', label: 'Footnote', place: 'inline' });
    expect(JSON.stringify(note)).toContain('Workshop: is this too cosy?');
    expect(rules(m)).toContain('html-footnote');
  });

  it('a link to an earlier place that does not open its block is not a footnote', () => {
    const m = page(`<p id="top">Start of the tale, told slowly by the fire.</p><p>Go <a href="#top">back</a> to the start if you like.</p>`);
    expect(bodyWords(m)).toContain('Go back to the start');
    expect(rules(m)).not.toContain('html-footnote');
  });
});

describe('page chrome', () => {
  it('a marquee, the tail of link rows, counter, webring and "best viewed" lines are left out; the closing note stays', () => {
    const m = page(
      `<marquee>Welcome to my page!!! Updated 8/14/98</marquee><h1>Moonwell</h1>${prose('Wren')}${prose('Ada')}` +
        `<p><i>A/N: Part Three is coming soon!</i></p>` +
        `<center><a href="index.html">Home</a> | <a href="gb.html">Sign My Guestbook!</a><br>You are visitor number <img src="c.gif"> since 7/1/98<br>` +
        `This page is a member of the <a href="/ring">Writers WebRing</a><br>Best viewed with Netscape Navigator 4.0</center>`,
    );
    const body = bodyWords(m);
    expect(body).toContain('Ada walked down');
    expect(body).not.toMatch(/Welcome|Guestbook|visitor|WebRing|Netscape/);
    expect(outline(m).notesAfter.map((n) => n.label)).toEqual(['A/N']);
    expect(rules(m)).toContain('html-chrome');
  });

  it("the site's footer and a post's data line are left out; a paragraph that only mentions a guestbook mid-story stays", () => {
    const m = page(
      `<article><h1>14. Ember Tax</h1><p class="meta">posted 2023-10-07 · arc 2 · 1,100 words</p>${prose('Pell')}` +
        `<p>She signed the guestbook at the inn, as everyone did, and went up to bed.</p>${prose('Tam')}</article>` +
        `<footer><p>made with love · hosted somewhere</p></footer>`,
    );
    const body = bodyWords(m);
    expect(outline(m).chapters[0]!.firstWords).toBe('Pell walked down to the');
    expect(body).toContain('signed the guestbook');
    expect(body).not.toMatch(/posted|made with love/);
  });

  it('a title graphic repeating the heading and an e-mail line under the by-line are left out; a note naming the guestbook stays', () => {
    const m = page(
      `<center><img src="t.gif" alt="Moonwell"><h1>Moonwell</h1>by Lily<p><a href="mailto:lily@example.com">lily@example.com</a></p></center>` +
        `<p><b>Part One: Low</b></p>${prose('Wren')}<p><b>Part Two: High</b></p>${prose('Ada')}<p>A/N: Please sign my guestbook!</p><p><a href="/">Home</a> | <a href="l.html">Links</a></p>`,
    );
    expect(m.meta).toMatchObject({ title: 'Moonwell', author: 'Lily' });
    expect(outline(m).chapters.map((c) => [c.number, c.title, c.wordCount, c.notesAfter.length])).toEqual([[1, 'Low', 13, 0], [2, 'High', 13, 1]]);
    // The closing row of links is the site's navigation, known as such before the tail is read.
    expect(rules(m)).toEqual(expect.arrayContaining(['html-title-graphic', 'html-contact', 'html-nav-row']));
  });

  it('a page that is nothing but links is not cut as furniture', () => {
    const m = page(`<p><a href="a.html">The first story of mine</a> | <a href="b.html">The second one</a></p>`);
    expect(rules(m)).not.toContain('html-chrome');
  });
});

describe('a Twine archive', () => {
  it("each passage is a chapter named for it, in pid order; links show their label, macros and markup are not words", () => {
    const m = parse(
      new TextEncoder().encode(
        `<tw-storydata name="The Drowned Bell" creator="Twine" format="Harlowe" hidden><style role="stylesheet"></style>` +
          `<tw-passagedata pid="2" name="Go home">You go home. You make //tea//.\n\n''THE END''</tw-passagedata>` +
          `<tw-passagedata pid="1" name="Shore">(set: $heard to true)\nThe tide is out &amp; far.\n\n[[Go home]]\n[[Stay->Shore]]</tw-passagedata></tw-storydata>`,
      ),
      'story.html',
    );
    expect(m.meta.title).toBe('The Drowned Bell');
    expect(outline(m).chapters.map((c) => [c.title, c.firstWords, c.wordCount])).toEqual([
      ['Shore', 'The tide is out &', 9],
      ['Go home', 'You go home. You make', 6],
    ]);
    expect(rules(m)).toContain('twine-archive');
  });
});

describe('contents and back matter', () => {
  it('a contents label over linked entries is left out, entries that read like note labels too; a note headed like the chapters after the last is a note on the work', () => {
    const m = page(
      `<h1>Sumário</h1><p><a href="#c1">Capítulo 1 — A travessia</a></p><p><a href="#c2">Capítulo 2 — O cobrador</a></p><p><a href="#n">Nota da autora</a></p>` +
        `<h2 id="c1">Capítulo 1<br>A travessia</h2>${prose('Bruna')}<h2 id="c2">Capítulo 2<br>O cobrador</h2>${prose('Ananias')}` +
        `<h2 id="n">Nota da autora</h2><p>A balsa existe, mas o horário eu inventei.</p>`,
    );
    const o = outline(m);
    expect(o.chapters.map((c) => [c.number, c.title, c.notesAfter.length])).toEqual([[1, 'A travessia', 0], [2, 'O cobrador', 0]]);
    expect([o.notesBefore.length, o.notesAfter.map((n) => n.label)]).toEqual([0, ['Nota da autora']]);
    expect(rules(m)).toEqual(expect.arrayContaining(['html-contents', 'html-work-note']));
  });
});

describe('printed-edition furniture', () => {
  it('page numbers in the margin are not words; a contents table of short rows is left out as a list', () => {
    const m = page(
      `<h1>LE PHARE</h1><h2>I<br>LE GARDIEN</h2><p><span class="pagenum">[Pg 7]</span>Le père Kerhervé gardait le phare depuis trente ans.</p>` +
        `<h2>II<br>LA BRUME</h2>${prose('Maïwenn')}<h2>TABLE DES MATIÈRES</h2>` +
        `<table><tr><td>I.</td><td><a href="#I">Le gardien</a></td><td><a href="#p7">7</a></td></tr><tr><td>II.</td><td><a href="#II">La brume</a></td><td><a href="#p15">15</a></td></tr></table>`,
    );
    expect(chapters(m)).toEqual([
      [1, 'LE GARDIEN', 'Le père Kerhervé gardait le'],
      [2, 'LA BRUME', 'Maïwenn walked down to the'],
    ]);
    expect(rules(m)).toContain('html-contents');
  });

  it("a layout table's single row is read as its cells", () => {
    const m = page(`<table><tr><td>Left cell words</td><td>Right cell words</td></tr></table>${prose('Ada')}`);
    expect(bodyWords(m)).toContain('Right cell words');
    expect(bodyWords(m)).not.toContain('Left cell words Right');
  });
});

describe("a library page's <title>", () => {
  it('"Author: Title", both standing in the page: the bold one is the title, the other the author, over a site banner', () => {
    const m = page(
      `<table><tr><td><b>PROJEKAT RASTKO</b> - Biblioteka srpske kulture</td><td><a href="i.html">Sadržaj</a> | <a href="l.html">Latinica</a></td></tr></table>` +
        `<p align="center">Milena Jovanović</p><p align="center"><b>Sat na trgu</b></p><p><b>I</b></p>${prose('Lazar')}<p><b>II</b></p>${prose('Jelena')}`,
      '<title>Milena Jovanović: Sat na trgu</title>',
    );
    expect(m.meta).toMatchObject({ title: 'Sat na trgu', author: 'Milena Jovanović' });
    expect(chapters(m).map((c) => c[0])).toEqual([1, 2]);
    expect(rules(m)).toContain('html-tab-parts');
  });
});

describe("a WordPress post saved with its page: the site's header, the post's category links, the comment section", () => {
  it('reads only the post: the site header outside the article, the category links and the comments are furniture', () => {
    const m = page(`<header class="site-header" id="masthead"><div class="site-branding"><p class="main-title"><a href="/">Solvanam | Issue 313</a></p><p class="site-description">A magazine of many tastes</p></div></header>
<main><article class="post"><header class="entry-header"><span class="cat-links"><a href="/c/313" rel="category tag">Issue-313</a>, <a href="/c/story" rel="category tag">Short story</a></span><h1 class="entry-title">The Sewing Machine</h1></header>
<div class="entry-content">${prose('Amma')}${prose('Raja')}</div></article>
<div class="comments-area" id="comments"><h3 class="comments-title">One reply to “The Sewing Machine”</h3><ol class="comment-list"><li class="comment"><p>What a story, thank you.</p></li></ol>
<div id="respond" class="comment-respond"><h3>Leave a reply</h3></div></div></main>`);
    const o = outline(m);
    expect(o.title).toBe('The Sewing Machine');
    expect(chapters(m)).toEqual([[null, null, 'Amma walked down to the']]);
    expect(o.wordCount).toBe(2 * 13);
    expect(m.diagnostics.find((d) => d.ruleId === 'html-dropped')?.reason).toEqual(expect.stringContaining('site header'));
  });
});
