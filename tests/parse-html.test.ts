import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bind } from '../src/bind/bind.js';
import { outline } from '../src/inspect/outline.js';
import { bodyText } from '../src/model-text.js';
import { inlineText } from '../src/parse/inline.js';
import { parse } from '../src/parse.js';
import { root } from './helpers/inspect.js';

const html = (body: string, head = ''): Uint8Array => new TextEncoder().encode(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const fixture = (name: string) => parse(readFileSync(join(root, 'tests/fixtures/ingest', name)), name);

describe("a page whose <title> adds the site's name", () => {
  it('takes the part the page sets again on a line of its own as the title', () => {
    const page = html(`<table><tr><td><img src="logo.gif" alt="Yuletide Treasure"></td><td>Yuletide 2004</td></tr></table><h2>The River in Winter</h2><p>The river froze on the second night of the cold, from the bank outward, with a sound like knuckles.</p>`, '<title>Yuletide Treasure: The River in Winter</title>');
    expect(outline(parse(page, 'river.html')).title).toBe('The River in Winter');
  });
});

describe('a page saved from the Wayback Machine', () => {
  it('leaves the archive’s toolbar over the page out', () => {
    const page = html(
      `<div id="wm-ipp-base"><div id="wm-ipp"><table><tr><td><div id="wm-nav-captures"><a href="/web/">24 captures</a><div class="r">03 Dec 2001 - 14 Jul 2009</div></div></td>` +
        `<td><table><tr><td>NOV</td><td>DEC</td><td>JAN</td></tr><tr><td>2000</td><td>2001</td><td>2002</td></tr></table></td><td><a href="#close">close</a> <a href="#expand">About this capture</a></td></tr>` +
        `<tr><td colspan="3"><div id="wm-capinfo">Organization: <a href="/details/alexacrawls">Alexa Crawls</a> Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.</div></td></tr></table></div></div>` +
        `<h1>Le Jardin d'hiver</h1><p>par Mathilde Roussel</p><h2>Chapitre 1</h2><p>Le jardin de la rue des Ursulines n'avait pas de porte, seulement un trou dans le mur.</p><h2>Chapitre 2</h2><p>Ce jeudi-là, il y avait de la neige sur les bancs et personne pour la balayer.</p>`,
    );
    const o = outline(parse(page, 'jardin.html'));
    expect(o.title).toBe("Le Jardin d'hiver");
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.wordCount).toBe(17 + 16);
  });
});

describe('AO3 HTML downloads, read as otwarchive writes them', () => {
  it('keeps every word of chapters whose headings stand straight in div#chapters, with no meta block round them', () => {
    const p = (t: string) => `<p>${t} ran the ferry across the flooded fields every morning in the seventh month.</p>`;
    const page = html(
      `<div id="preface"><p class="message"><b>Mùa Nước Nổi</b><br/>Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a>.</p>` +
        `<div class="meta"><dl class="tags"><dt>Rating:</dt><dd>General Audiences</dd><dt>Stats:</dt><dd>Chapters: 2/2 Words: 38</dd></dl><h1>Mùa Nước Nổi</h1><div class="byline">by Anonymous</div></div></div>` +
        `<div id="chapters" class="userstuff"><h2 class="toc-heading">Chapter 1: Nước lên</h2><div class="userstuff">${p('Tí')}${p('Ba')}</div>` +
        `<h2 class="toc-heading">Chapter 2: Đèn pin</h2><div class="meta group"><p>Chapter Notes</p><blockquote class="userstuff"><p>Chương cuối.</p></blockquote></div><div class="userstuff">${p('Má')}${p('Hai')}</div></div>`,
    );
    const o = outline(parse(page, 'work.html'));
    expect(o.chapters.map((c) => [c.title, c.notesBefore.length])).toEqual([['Nước lên', 0], ['Đèn pin', 1]]);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([2 * 14, 2 * 14]);
  });

  it('reads a preface whose meta block closes after the tag list, the title and byline beside it, as the download it is', () => {
    const p = (t: string) => `<p>${t} memesan kopi tubruk tanpa gula di warung kecil itu setiap hari Kamis.</p>`;
    const chapter = (n: number, title: string, who: string) =>
      `<div class="meta group"><h2 class="heading">Chapter ${n}: ${title}</h2></div><div class="userstuff">${p(who)}${p(who)}</div>`;
    const page = html(
      `<div id="preface"><p class="message"><b>Kopi</b><br/>Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/1">https://archiveofourown.org/works/1</a>.</p>` +
        `<div class="meta"><dl class="tags"><dt>Rating:</dt><dd>General Audiences</dd><dt>Language:</dt><dd>Bahasa Indonesia</dd><dt>Stats:</dt><dd>Words: 26 Chapters: 2/2</dd></dl></div>` +
        `<h1>Kopi</h1><div class="byline">by <a rel="author" href="https://archiveofourown.org/users/senja">senja</a></div><p>Notes</p><blockquote class="userstuff"><p>Crossover iseng.</p></blockquote></div>` +
        `<div id="chapters" class="userstuff">${chapter(1, 'Ampas', 'Zhongli')}${chapter(2, 'Hujan Sore', 'Welt')}</div>`,
    );
    const o = outline(parse(page, 'work.html'));
    expect([o.title, o.author, o.fields.Rating, o.notesBefore.length]).toEqual(['Kopi', 'senja', 'General Audiences', 1]);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Ampas'], [2, 'Hujan Sore']]);
  });

  it("takes the pseud as the author, leaving out the account's name AO3 sets after it", () => {
    const page = html(
      `<div id="preface"><p class="message"><b>Cartas</b><br/>Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a>.</p>` +
        `<div class="meta"><dl class="tags"><dt>Rating:</dt><dd>General Audiences</dd><dt>Stats:</dt><dd>Words: 14</dd></dl><h1>Cartas</h1>` +
        `<div class="byline">by <a rel="author" href="http://archiveofourown.org/users/maresia/pseuds/Maré Alta">Maré Alta (maresia)</a></div></div></div>` +
        `<div id="chapters" class="userstuff"><div class="userstuff"><p>Iara ran the ferry across the flooded fields every morning in the seventh month.</p></div></div>`,
    );
    expect(outline(parse(page, 'work.html')).author).toBe('Maré Alta');
  });

  it('reads note labels set as headings (`<h2 class="heading">Chapter End Notes</h2>`) as notes, not chapters', () => {
    const p = (t: string) => `<p>${t} ran the ferry across the flooded fields every morning in the seventh month.</p>`;
    const note = (label: string, text: string) => `<div class="meta group"><h2 class="heading">${label}</h2><blockquote class="userstuff"><p>${text}</p></blockquote></div>`;
    const page = html(
      `<div id="preface"><p class="message"><b>Cartas</b><br/>Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a>.</p>` +
        `<div class="meta"><dl class="tags"><dt>Rating:</dt><dd>General Audiences</dd><dt>Stats:</dt><dd>Chapters: 2/2 Words: 28</dd></dl><h1>Cartas</h1><div class="byline">by maresia</div></div></div>` +
        `<div id="chapters" class="userstuff"><div class="meta group"><h2 class="heading">Chapter 1: A maré</h2></div><div class="userstuff">${p('Iara')}</div>${note('Chapter End Notes', 'Mais amanhã.')}` +
        `<div class="meta group"><h2 class="heading">Chapter 2: Agosto</h2></div><div class="userstuff">${p('Tomás')}</div></div>` +
        `<div id="afterword">${note('End Notes', 'Obrigada por ler!')}</div>`,
    );
    const o = outline(parse(page, 'work.html'));
    expect(o.chapters.map((c) => [c.number, c.title, c.notesAfter.map((n) => n.label)])).toEqual([[1, 'A maré', ['Chapter End Notes']], [2, 'Agosto', []]]);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['End Notes']);
  });

  it("leaves out an afterword's name set as a paragraph and the series box, and keeps its end notes the work's", () => {
    const p = (t: string) => `<p>${t} ran the ferry across the flooded fields every morning in the seventh month.</p>`;
    const page = html(
      `<div id="preface"><p class="message"><b>Cartas</b><br/>Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a>.</p>` +
        `<div class="meta"><dl class="tags"><dt>Rating:</dt><dd>General Audiences</dd><dt>Stats:</dt><dd>Chapters: 2/2 Words: 28</dd></dl><h1>Cartas</h1><div class="byline">by maresia</div></div></div>` +
        `<div id="chapters" class="userstuff"><div class="meta group"><h2 class="heading">Chapter 1: A maré</h2></div><div class="userstuff">${p('Iara')}</div>` +
        `<div class="meta group"><h2 class="heading">Chapter 2: Agosto</h2></div><div class="userstuff">${p('Tomás')}</div></div>` +
        `<div id="afterword"><div class="meta"><p>Afterword</p><div id="endnotes"><p>End Notes</p><blockquote class="userstuff"><p>Obrigada por ler!</p></blockquote></div>` +
        `<div id="series" class="meta group"><p>Series this work belongs to:</p><ul><li>← Previous Work Part 1 of the Cartas series Next Work →</li></ul></div></div></div>`,
    );
    const o = outline(parse(page, 'work.html'));
    expect(o.notesAfter.map((n) => n.label)).toEqual(['End Notes']);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([14, 14]);
  });


  it("keeps the work's end notes the work's under the comment plea, whatever its case, and reads the site page's unlabelled #work_endnotes", () => {
    const p = (t: string) => `<p>${t} ran the ferry across the flooded fields every morning in the seventh month.</p>`;
    const preface =
      `<div id="preface"><p class="message"><b>Cartas</b><br/>Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a>.</p>` +
      `<div class="meta"><dl class="tags"><dt>Rating:</dt><dd>General Audiences</dd><dt>Stats:</dt><dd>Chapters: 1/1 Words: 14</dd></dl><h1>Cartas</h1><div class="byline">by maresia</div></div></div>` +
      `<div id="chapters" class="userstuff"><div class="userstuff">${p('Iara')}</div></div>`;
    const plea = (creators: string) => `<p class="message">Please <a href="#">drop by the archive and comment</a> to let the ${creators} know if you enjoyed their work!</p>`;
    const labelled = outline(parse(html(preface + `<div id="afterword"><div class="meta"><p>End Notes</p><blockquote class="userstuff"><p>Obrigada por ler!</p></blockquote></div>${plea('creator')}</div>`), 'work.html'));
    expect(labelled.notesAfter.map((n) => n.label)).toEqual(['End Notes']);
    expect(labelled.chapters.map((c) => c.wordCount)).toEqual([14]);
    const sitePage = outline(parse(html(preface + `<div id="afterword"><div class="meta group" id="work_endnotes"><blockquote class="userstuff"><p>Obrigada por ler!</p></blockquote></div>${plea('creators')}</div>`), 'work.html'));
    expect(sitePage.notesAfter.map((n) => n.label)).toEqual(['End Notes']);
    expect(sitePage.chapters.map((c) => c.wordCount)).toEqual([14]);
  });
  it('one-shot: preface fields, summary and notes; one untitled chapter; afterword end notes', () => {
    const m = fixture('ao3-oneshot.html');
    expect(m.meta).toMatchObject({ title: 'The Salt Ledger', author: 'quillwort', language: 'en' });
    expect(m.meta.fields).toMatchObject({ Rating: 'General Audiences', 'Archive Warning': 'No Archive Warnings Apply', Category: 'Gen', Fandom: 'Original Work', Character: 'Ines Varga (Original Character)', 'Additional Tags': 'Harbors, Mystery, Ledgers', Language: 'English', Published: '2024-02-11', Words: '179', Chapters: '1/1' });
    expect(m.notesBefore.map((n) => n.label)).toEqual(['Notes']);
    expect(m.notesAfter.map((n) => [n.label, n.place])).toEqual([['End Notes', 'storyEnd']]);
    expect(m.chapters).toHaveLength(1);
    expect(m.chapters[0]).toMatchObject({ number: null, title: null });
    const text = bodyText(m.chapters[0]!.children);
    // Entities decoded, emphasis kept, boilerplate and the hidden toc heading left out.
    expect(text).toContain('“Who wrote this?”');
    expect(text).toContain('in\u00a0black.');
    expect(text).not.toMatch(/Posted originally|drop by the Archive|See the end of the work|The Salt Ledger/);
    expect(m.chapters[0]!.children.filter((b) => b.type === 'sceneBreak')).toHaveLength(2);
  });

  it('multi-chapter: every note kind in its place, chapter bylines kept out, series read by bind', () => {
    const m = fixture('ao3-multichapter.html');
    const o = outline(m);
    expect(o.chapters.map((c) => [c.number, c.title, c.notesBefore.map((n) => n.label), c.notesAfter.map((n) => n.label)])).toEqual([
      [1, "The Ferryman's Debt", ['Chapter Summary', 'Chapter Notes'], ['Chapter End Notes']],
      [2, null, [], ['Chapter End Notes']],
      [3, 'Slack Water', ['Chapter Notes'], []],
    ]);
    expect(o.notesBefore.map((n) => n.label)).toEqual(['Notes']);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['End Notes']);
    expect(m.meta.description).toBe('In a city half under water, every lantern is owed to someone. Orla has come to pay a debt she never made.\n\n(Can be read without part one.)');
    expect(o.chapters[1]!.povMarkers).toEqual(['The Ledger of Lights']);
    expect(bodyText(m.chapters[2]!.children)).not.toContain('Chapter by');
    expect(m.diagnostics.map((d) => d.ruleId)).toEqual(['ao3-download', 'html-dropped', 'ao3-chapter-byline', 'ao3-inspired']);
    expect(bind([m], { anthology: null, editor: null, series: null, meta: {} }).book.meta.series).toEqual({ name: 'The Quarter Cycle', position: 2 });
  });
});

describe('a saved FanFiction.Net chapter page', () => {
  it('reads the profile, the chapter menu and the story text; site furniture is one diagnostic', () => {
    const m = fixture('ffn-chapter.html');
    expect(m.meta).toMatchObject({ title: "The Cartographer's Fee", author: 'greyhavenclerk' });
    expect(m.meta.fields).toMatchObject({ Rated: 'Fiction T', Genre: 'Adventure/Friendship', Words: '9,804', Status: 'Complete' });
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([[3, 'Contour Lines']]);
    const c = m.chapters[0]!;
    expect([c.notesBefore.map((n) => n.label), c.notesAfter.map((n) => n.label)]).toEqual([['A/N', 'Disclaimer'], ['A/N']]);
    expect(c.children.filter((b) => b.type === 'sceneBreak')).toHaveLength(1);
    expect(m.diagnostics.filter((d) => d.ruleId === 'html-dropped').map((d) => d.reason)).toEqual(['left out 1 script, 9 forms, 1 navigation, 1 comment: page furniture, not story text']);
  });
});

describe('generic HTML', () => {
  it('believes the markup that names title and author (microformats, rel=author); skip links and tag lists read as a reader sees them', () => {
    const page = html(
      '<ul id="skiplinks"><li><a href="#main">Main Content</a></li></ul><h1 class="heading">Archive</h1><dl><dt>Characters:</dt><dd><ul><li>Tomás</li><li>Inês</li></ul></dd><dt>Rating:</dt><dd>Teen</dd></dl>' +
        '<h2 class="p-name">The Last Ferry</h2><p>The ferry left at six.</p><p>Nobody waved.</p><footer><p>By <a class="p-author h-card" href="/@c">Ciarán Doyle</a></p></footer>',
    );
    const m = parse(page, 'ferry.html');
    expect(m.meta).toMatchObject({ title: 'The Last Ferry', author: 'Ciarán Doyle' });
    expect(m.meta.fields.Characters).toBe('Tomás, Inês');
    expect(m.diagnostics.find((d) => d.ruleId === 'html-dropped')?.reason).toContain('navigation');
  });

  it('a whole-story page from a tool (FanFicFare): by-line heading, bold field labels, contents, chapters under a lower heading level', () => {
    const page = html(
      '<h3><a href="/s/1">Paper Cranes</a> by <a href="/u/2">origamiowl</a></h3><div><b>Category:</b> Naruto<br /><b>Rating:</b> K+<br /><b>Summary:</b> Hinata folds a crane for every day.<br /></div>' +
        '<h3>Table of Contents</h3><p><a href="#s1">1. Folding</a></p><p><a href="#s2">2. Counting</a></p><h3>Paper Cranes</h3>' +
        '<h2><a name="s1">1. Folding</a></h2><div id="storytext"><p><b>A/N:</b> I do not own Naruto.</p><hr /><p>The first crane was a disaster.</p></div>' +
        '<h2><a name="s2">2. Counting</a></h2><div id="storytext"><p>Hanabi said a thousand cranes granted a wish.</p></div>',
    );
    const m = parse(page, 'cranes.html');
    expect(m.meta).toMatchObject({ title: 'Paper Cranes', author: 'origamiowl', description: 'Hinata folds a crane for every day.' });
    expect(m.meta.fields).toMatchObject({ Category: 'Naruto', Rating: 'K+' });
    expect(m.chapters.map((c) => [c.number, c.title, c.notesBefore.length, bodyText(c.children)])).toEqual([
      [1, 'Folding', 1, 'The first crane was a disaster.'],
      [2, 'Counting', 0, 'Hanabi said a thousand cranes granted a wish.'],
    ]);
  });

  it('headings are chapters; p, em/i, strong/b, hr and a centred * * * are what they look like', () => {
    const m = parse(html('<h1>The Tin Lighthouse</h1><p>by Wren Abbot</p><h2>Chapter 1: Oil</h2><p>She <i>trimmed</i> the <b>wick</b>.</p><p style="text-align:center">* * *</p><p>Night came.</p><h2>Chapter 2: Glass</h2><p>The lens was cracked.</p><hr><p>She mended it.</p>', '<title>The Tin Lighthouse</title>'), 'page.html');
    expect(m.meta).toMatchObject({ title: 'The Tin Lighthouse', author: 'Wren Abbot' });
    expect(m.chapters.map((c) => [c.number, c.title, c.children.map((b) => b.type)])).toEqual([
      [1, 'Oil', ['paragraph', 'sceneBreak', 'paragraph']],
      [2, 'Glass', ['paragraph', 'sceneBreak', 'paragraph']],
    ]);
    const first = m.chapters[0]!.children[0]!;
    expect(first.type === 'paragraph' && first.children).toEqual([
      { type: 'text', value: 'She ' }, { type: 'emphasis', children: [{ type: 'text', value: 'trimmed' }] }, { type: 'text', value: ' the ' }, { type: 'strong', children: [{ type: 'text', value: 'wick' }] }, { type: 'text', value: '.' },
    ]);
  });

  it('a labelled blockquote is a note (label inside, or a label paragraph before it); an unlabelled one is text', () => {
    const m = parse(html('<blockquote><p>Author\'s note: for my sister.</p></blockquote><p>Disclaimer:</p><blockquote><p>Not mine.</p></blockquote><p>The story starts.</p><blockquote><p>A quoted letter.</p></blockquote>'), 'page.html');
    expect(m.notesBefore.map((n) => [n.label, inlineText(n.children[0]!.children)])).toEqual([["Author's note", 'for my sister.'], ['Disclaimer', 'Not mine.']]);
    expect(bodyText(m.chapters[0]!.children)).toBe('The story starts.\n\nA quoted letter.');
  });

  it('scripts, styles, forms, navigation and comments are dropped with one diagnostic; entities decoded; nothing fetched', () => {
    const m = parse(html('<nav><a href="/">Home</a> Next chapter</nav><script>alert("x")</script><style>p{}</style><!-- tracking --><form><input name="q"><button>Search</button></form><p>Caf&eacute; &amp; cr&egrave;me &#8212; &lt;b&gt; stays text.</p><p><img src="https://example.com/pic.png" alt="A map of the bay"></p>'), 'page.html');
    expect(bodyText(m.chapters[0]!.children)).toBe('Café & crème — <b> stays text.');
    // The picture is kept by its description, as a picture: not a body paragraph.
    expect(m.chapters[0]!.children.filter((b) => b.type === 'illustration').map((b) => inlineText(b.caption))).toEqual(['A map of the bay']);
    expect(m.diagnostics.filter((d) => d.ruleId === 'html-dropped').map((d) => d.reason)).toEqual(['left out 1 navigation, 1 script, 1 style, 1 comment, 1 form: page furniture, not story text']);
    expect(m.diagnostics.some((d) => d.ruleId === 'html-image' && d.reason.includes('is not fetched'))).toBe(true);
  });

  it('text split by <br><br> is paragraphs; a single <br> is a kept line break', () => {
    const m = parse(html('<div>Roses are red,<br>violets are blue.<br><br>The second verse.</div>'), 'poem.htm');
    const kids = m.chapters[0]!.children;
    expect(kids).toHaveLength(2);
    expect(kids[0]!.type === 'paragraph' && kids[0]!.children.map((c) => c.type)).toEqual(['text', 'break', 'text']);
  });

  it('XHTML with self-closing tags (<title/>, <a id="x"/>) loses nothing', () => {
    const xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head><body><p><a id="p1"/>First words here.</p><p>Second words.</p></body></html>';
    const m = parse(new TextEncoder().encode(xhtml), 'ch.xhtml');
    expect(bodyText(m.chapters[0]!.children)).toBe('First words here.\n\nSecond words.');
  });

  it('markup nested 10,000 deep does not crash and keeps the text', () => {
    const deep = '<div>'.repeat(10_000) + 'deep words survive' + '</div>'.repeat(10_000);
    const m = parse(html(`<p>Top.</p>${deep}`), 'deep.html');
    expect(bodyText(m.chapters[0]!.children)).toContain('deep words survive');
    expect(m.diagnostics.some((d) => d.ruleId === 'html-nesting')).toBe(true);
  });
});

describe('AO3 by its shape', () => {
  it('reads the same with every class and id stripped, as calibre may leave the page in an EPUB', () => {
    const source = readFileSync(join(root, 'tests/fixtures/ingest/ao3-multichapter.html'), 'utf8');
    const bare = source.replace(/ (?:class|id)="[^"]*"/g, '');
    const shape = (m: ReturnType<typeof parse>) => JSON.stringify({ ...outline(m), file: null, diagnostics: null, chapters: outline(m).chapters.map((c) => ({ ...c, line: null, notesBefore: c.notesBefore.map((n) => n.text), notesAfter: c.notesAfter.map((n) => n.text) })), notesBefore: m.notesBefore.length, notesAfter: m.notesAfter.length });
    const read = parse(new TextEncoder().encode(bare), 'bare.html');
    expect([read.chapters.length, read.notesBefore.length, read.notesAfter.length, read.chapters[0]!.notesBefore.length]).toEqual([3, 1, 1, 2]);
    expect(shape(read)).toBe(shape(parse(new TextEncoder().encode(source), 'work.html')));
  });
});

describe('an old blog page laid out as a table, its post a part of a serial', () => {
  const para = 'Ellie went back to the oak on Saturday, because she had promised herself she would not, and it was bigger than she remembered.';
  const page = html(
    `<table><tr><td width="200"><b>~*Kayleigh*~</b><br>"dreamer. writer. tea addict."<br>Female<br>17 years old<br><b>Kayleigh's Blog</b><br><a href="#">View All Entries</a><br><b>Blog Archive</b></td>` +
      `<td width="600"><p class="blogSubject">The Hollow Oak (part 2)</p>${`<p>${para}</p>`.repeat(4)}</td></tr></table>`,
    "<title>MySpace.com Blogs - The Hollow Oak (part 2) - Kayleigh's MySpace Blog</title>",
  );
  it('reads the cell that holds the post, leaves the profile column beside it out, and takes the part counter off the title as the chapter’s number', () => {
    const o = outline(parse(page, 'blog.html'));
    expect([o.title, o.chapters.map((c) => c.number), o.wordCount]).toEqual(['The Hollow Oak', [2], 4 * 23]);
  });
});

describe('a Fimfiction HTML download', () => {
  it('reads the first <h1> that repeats <title> and its by-line as the work’s, a bold note label over its paragraph as a note, and keeps a sentence that says who wrote what', () => {
    const chapter = (n: number, title: string, before: string) =>
      `<article class="chapter"><header><h1><a href="https://www.fimfiction.net/story/1/${n}">${title}</a></h1></header>${before}` +
      '<p>Copper Kettle had whistled exactly once every morning for nine years, which was the correct number of times.</p>' +
      '<p>She wrote: <i>Two. Again.</i> Then, underneath, in smaller letters: <i>What do you want?</i></p></article><hr>';
    const html = '<!DOCTYPE html><html><head><title>The Kettle Who Whistled Twice</title></head><body><header><h1><a href="https://www.fimfiction.net/story/1">The Kettle Who Whistled Twice</a></h1>' +
      '<h2>by <a href="https://www.fimfiction.net/user/1/Thimbleweed">Thimbleweed</a></h2></header><hr>' +
      chapter(1, 'A Morning Like Any Other', '<div class="authors-note"><b>Author\'s Note:</b><p>Written for a mini-contest.</p></div>') + chapter(2, 'The Second Whistle', '') + '</body></html>';
    const o = outline(parse(Buffer.from(html), 'kettle.html'));
    expect([o.title, o.author]).toEqual(['The Kettle Who Whistled Twice', 'Thimbleweed']);
    expect(o.chapters.map((c) => [c.title, c.notesBefore.length, c.wordCount])).toEqual([['A Morning Like Any Other', 1, 31], ['The Second Whistle', 0, 31]]);
  });
});

describe("FicLab's HTML of a FanFiction.Net story", () => {
  it('reads its table of labels and values as fields and the h2 Summary over a paragraph as the blurb, not a chapter', () => {
    const para = '<p>Hujan turun sejak subuh, dan Hinata sudah tiga kali mengelap kaca jendela toko bunga yang sebenarnya tidak kotor.</p>';
    const page = '<!DOCTYPE html><html lang="id"><head><title>Kamis di Toko Bunga</title></head><body><section class="title-page"><h1>Kamis di Toko Bunga</h1>' +
      '<p class="author">by <a href="https://www.fanfiction.net/u/1/Lavender">Lavender Amethyst</a></p>' +
      '<table class="meta"><tr><th>Fandom</th><td>Naruto</td></tr><tr><th>Rating</th><td>K+</td></tr><tr><th>Words</th><td>402</td></tr></table>' +
      '<h2>Summary</h2><p class="summary">Setiap Kamis, pemuda berambut pirang itu datang ke toko bunga tanpa membeli apa-apa.</p></section>' +
      `<section class="chapter"><h2>1. Hujan</h2>${para}${para}</section><section class="chapter"><h2>2. Bunga Kuning</h2>${para}${para}</section></body></html>`;
    const o = outline(parse(Buffer.from(page), 'ficlab.html'));
    expect([o.fields.Fandom, o.fields.Rating, o.description]).toEqual(['Naruto', 'K+', 'Setiap Kamis, pemuda berambut pirang itu datang ke toko bunga tanpa membeli apa-apa.']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Hujan'], [2, 'Bunga Kuning']]);
  });
});
