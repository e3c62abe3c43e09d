import { describe, expect, it } from 'vitest';
import { outline, type ManuscriptOutline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** XML and JSON exports saved under any name (src/parse/structured/): read as the stories they hold. */
const read = (text: string, file = 'export.txt'): ManuscriptOutline => outline(parse(new TextEncoder().encode(text), file));
const chapters = (o: ManuscriptOutline) => o.chapters.map((c) => ({ number: c.number, title: c.title, part: c.part, firstWords: c.firstWords, breaks: c.sceneBreaks, before: c.notesBefore.length, after: c.notesAfter.length }));
const rules = (o: ManuscriptOutline): string[] => o.diagnostics.map((d) => d.ruleId);

const P1 = 'The river was high that spring and the ferry ran late every evening.';
const P2 = 'Nobody in the village spoke of the lantern, though everyone had seen it.';

describe('XML sources', () => {
  it('reads DocBook: the info block, parts over chapters, a preface of the author', () => {
    const o = read(`<?xml version="1.0" encoding="UTF-8"?>
<book xmlns="http://docbook.org/ns/docbook" version="5.0">
  <info>
    <title>The Tide Clock</title>
    <author><personname><firstname>Theodora</firstname> <surname>Vance</surname></personname><email>t@example.org</email></author>
    <abstract><para>A clockmaker's apprentice mends a clock.</para></abstract>
  </info>
  <preface><title>Author's Note</title><para>I wrote this during a long winter.</para></preface>
  <part><title>Salt</title>
    <chapter label="1"><title>The Apprentice</title>
      <para>${P1}</para>
      <para role="scenebreak">* * *</para>
      <para>He said, <quote>I want the clock.</quote> <emphasis>Never</emphasis> again.<footnote><para>A footnote.</para></footnote></para>
    </chapter>
  </part>
  <part><title>Iron</title>
    <chapter label="2"><title>Low Water</title><para>${P2}</para></chapter>
  </part>
</book>`);
    expect([o.title, o.author, o.description]).toEqual(['The Tide Clock', 'Theodora Vance', "A clockmaker's apprentice mends a clock."]);
    expect(chapters(o)).toEqual([
      { number: null, title: 'The Apprentice', part: 'Salt', firstWords: 'The river was high that', breaks: 1, before: 0, after: 0 },
      { number: null, title: 'Low Water', part: 'Iron', firstWords: 'Nobody in the village spoke', breaks: 0, before: 0, after: 0 },
    ]);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.wordCount).toBe(P1.split(' ').length + 'He said, I want the clock. Never again.'.split(' ').length + P2.split(' ').length);
    expect(rules(o)).toEqual(expect.arrayContaining(['xml-declaration', 'xml-footnote']));
  });

  it('reads TEI: the header title without its edition, heads split by <lb/>, milestones as breaks, footnotes out', () => {
    const o = read(`<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>La lanterna: edizione digitale</title><author>Ermenegilda Fontana</author></titleStmt></fileDesc></teiHeader>
  <text><front><titlePage><docTitle><titlePart>LA LANTERNA</titlePart></docTitle></titlePage></front>
  <body>
    <div type="chapter" n="1"><head>CAPITOLO I.<lb/>La nebbia</head>
      <p>Chi non ha veduto la nebbia<note place="foot">Una nota.</note> non sa.</p>
      <milestone unit="section" rend="* * *"/>
      <p>E la <pb n="12"/>accendeva.</p>
    </div>
    <div type="chapter" n="2"><head>CAPITOLO II.<lb/>Il barcaiolo</head><p>La sera dei Morti.</p></div>
  </body></text>
</TEI>`);
    expect([o.title, o.author]).toEqual(['La lanterna', 'Ermenegilda Fontana']);
    expect(chapters(o).map((c) => [c.number, c.title, c.breaks, c.firstWords])).toEqual([
      [1, 'La nebbia', 1, 'Chi non ha veduto la'],
      [2, 'Il barcaiolo', 0, 'La sera dei Morti.'],
    ]);
    expect(o.wordCount).toBe(8 + 3 + 4);
  });

  it('reads an Evernote export: each note a chapter, its HTML through the HTML reader, the notebook name off the titles', () => {
    const note = (title: string, html: string) => `<note><title>${title}</title><created>20201102T081530Z</created><tag>wip</tag><note-attributes><author>Priya Lennox</author></note-attributes>
<content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note>${html}</en-note>]]></content></note>`;
    const o = read(`<?xml version="1.0" encoding="UTF-8"?>
<en-export application="Evernote">
${note('Marsh Lights — front page', '<div><b>MARSH LIGHTS</b></div><div>by Priya Lennox</div><div><br/></div><div>A/N: Started this for a challenge.</div>')}
${note('Marsh Lights — Ch. 1: The Weir', `<div>${P1}</div><div><br/></div><hr/><div>${P2} <i>Nell.</i></div>`)}
${note('Marsh Lights — Ch. 2: Counting', `<div>${P2}</div>`)}
</en-export>`);
    expect([o.title, o.author]).toEqual(['MARSH LIGHTS', 'Priya Lennox']);
    expect(chapters(o).map((c) => [c.number, c.title, c.breaks])).toEqual([[1, 'The Weir', 1], [2, 'Counting', 0]]);
    expect(o.notesBefore.map((n) => n.label)).toEqual(['A/N']);
    expect(rules(o)).toEqual(expect.arrayContaining(['structured-heading-prefix', 'structured-front-page']));
  });

  it("reads a single note's ENEX as the page its HTML is: its own title, by-line and bold headings, its to-do items left out", () => {
    const o = read(`<?xml version="1.0" encoding="UTF-8"?>
<en-export application="Evernote/Windows">
<note><title>Marsh Lights draft 3</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div><en-todo checked="true"/>Cut chapter one</div>
<div><b>Marsh Lights</b></div>
<div>by Priya Lennox</div>
<div><br/></div>
<div><b>Chapter 1: The Weir</b></div>
<div>${P1}</div>
<div><br/></div>
<div><b>Chapter 2: Counting</b></div>
<div>${P2}</div>
</en-note>]]></content><note-attributes><author>p.lennox</author></note-attributes></note>
</en-export>`);
    expect([o.title, o.author]).toEqual(['Marsh Lights', 'Priya Lennox']);
    expect(chapters(o).map((c) => [c.number, c.title])).toEqual([[1, 'The Weir'], [2, 'Counting']]);
    expect(o.wordCount).toBe(P1.split(' ').length + P2.split(' ').length);
    expect(rules(o)).toContain('structured-sole-html');
  });

  it("reads an SMS Backup & Restore file: the messages of the one who wrote most, oldest first, the others' left out", () => {
    const sms = (date: number, type: number, who: string, body: string) =>
      `  <sms protocol="0" address="+40745318226" date="${date}" type="${type}" body="${body.replaceAll('\n', '&#10;')}" contact_name="${who}" />`;
    const o = read(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="4">
${sms(3, 1, 'Tanti Lia', `Partea 2\n\n${P2}`)}
${sms(1, 1, 'Tanti Lia', `„Moara fără roată”\nde Lia Munteanu\n\nPartea 1\n\n${P1}`)}
${sms(2, 2, '(Unknown)', 'Mulțumesc, tanti!')}
${sms(4, 1, 'Orange', 'Oferta lunii: 10 GB gratuit.')}
</smses>`);
    expect(o.author).toBe('Lia Munteanu');
    expect(chapters(o).map((c) => [c.number, c.firstWords])).toEqual([[1, 'The river was high that'], [2, 'Nobody in the village spoke']]);
    expect(o.wordCount).toBe(P1.split(' ').length + P2.split(' ').length);
    expect(rules(o)).toContain('xml-sms-backup');
  });

  it("reads a Messenger history (MSN's XML log) as a chat: the writer's messages are the story, the friend's talk and the file transfer are not", () => {
    let second = 0;
    const message = (who: string, text: string) =>
      `<Message DateTime="2006-03-14T19:${String(10 + Math.floor(second / 60)).padStart(2, '0')}:${String(second++ % 60).padStart(2, '0')}.000Z" SessionID="1"><From><User FriendlyName="${who}"/></From><To><User FriendlyName="x"/></To><Text Style="font-family:Tahoma;">${text}</Text></Message>`;
    const elif = '~*Elif*~ writing, do not disturb :)';
    const deniz = 'Deniz ♪ Tarkan - Dudu ♪';
    const o = read(`<?xml version="1.0"?>
<?xml-stylesheet type='text/xsl' href='MessageLog.xsl'?>
<Log FirstSessionID="1" LastSessionID="1">${[
      message(elif, 'hi deniz'),
      message(deniz, 'hiii :) whats up'),
      message(elif, 'i finished the story! sending it now'),
      message(deniz, 'ok send'),
      '<Invitation DateTime="2006-03-14T19:15:55.648Z" SessionID="1"><From><User FriendlyName="x"/></From><File>C:\\story.doc</File><Text>file</Text></Invitation>',
      message(elif, 'The Red Bicycle'),
      message(elif, 'by Elif Yildirim'),
      message(elif, 'Chapter 1'),
      message(elif, P1),
      message(deniz, 'wow'),
      message(elif, 'Chapter 2'),
      message(elif, P2),
      message(deniz, 'so good!! send more tomorrow'),
    ].join('')}</Log>`);
    expect([o.title, o.author]).toEqual(['The Red Bicycle', 'Elif Yildirim']);
    expect(chapters(o).map((c) => [c.number, c.firstWords])).toEqual([[1, 'The river was high that'], [2, 'Nobody in the village spoke']]);
    expect(o.wordCount).toBe(P1.split(' ').length + P2.split(' ').length);
    expect(rules(o)).toEqual(expect.arrayContaining(['xml-messenger-log', 'chat-export']));
  });

  it("reads a Scrivener OPML export: documents' text in _note, the Draft folder through, Research left out", () => {
    const o = read(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Telling the Bees</title><ownerName>Hal Brennan</ownerName></head><body>
<outline text="Draft">
  <outline text="Author's Note" _note="I wrote this in a weekend."/>
  <outline text="Chapter 1 — First Frost" _note="${P1}&#10;&#10;&quot;Do they understand?&quot; Nora asked."/>
  <outline text="Chapter 2 — Swarm" _note="${P2}"/>
</outline>
<outline text="Research"><outline text="Folklore" _note="Knock three times on the hive, tell them of any death."/></outline>
</body></opml>`);
    expect([o.title, o.author]).toEqual(['Telling the Bees', 'Hal Brennan']);
    expect(chapters(o).map((c) => [c.number, c.title, c.firstWords])).toEqual([[1, 'First Frost', 'The river was high that'], [2, 'Swarm', 'Nobody in the village spoke']]);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.wordCount).toBe(P1.split(' ').length + 5 + P2.split(' ').length);
    expect(rules(o)).toEqual(expect.arrayContaining(['xml-not-story', 'xml-draft-folder']));
  });

  it('reads an RSS feed: items as chapters from content:encoded, the excerpt left out, the site name off the title', () => {
    const item = (title: string, html: string) => `<item><title>${title}</title><link>https://x.example/1</link><dc:creator><![CDATA[Odile Marsh]]></dc:creator>
<description><![CDATA[An excerpt of the opening words &#8230;]]></description><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
    const o = read(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Glass Orchard &#8211; Inkwell &amp; Ember</title><description>a web serial</description>
${item('Chapter One: The Grafting', `<p>${P1}</p><hr class="wp-block-separator"/><p>${P2}</p><hr/><p><strong>Author&#8217;s note:</strong> New chapters every Sunday.</p>`)}
${item('Chapter Two: Frost', `<p><em>Content note: a child is lost in bad weather.</em></p><p>${P2}</p>`)}
</channel></rss>`);
    expect([o.title, o.author, o.description]).toEqual(['The Glass Orchard', 'Odile Marsh', null]);
    expect(chapters(o)).toEqual([
      { number: 1, title: 'The Grafting', part: null, firstWords: 'The river was high that', breaks: 1, before: 0, after: 1 },
      { number: 2, title: 'Frost', part: null, firstWords: 'Nobody in the village spoke', breaks: 0, before: 1, after: 0 },
    ]);
    expect(o.wordCount).toBe(P1.split(' ').length + 2 * P2.split(' ').length);
  });

  it('reads a feed saved newest first oldest first', () => {
    const item = (title: string, date: string, text: string) => `<item><title>${title}</title><pubDate>${date}</pubDate><content:encoded><![CDATA[<p>${text}</p>]]></content:encoded></item>`;
    const o = read(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>The Glass Orchard</title>
${item('Chapter Two: Frost', 'Sun, 14 Mar 2021 14:00:00 +0000', P2)}
${item('Chapter One: The Grafting', 'Sun, 07 Mar 2021 14:00:00 +0000', P1)}
</channel></rss>`);
    expect(chapters(o).map((c) => [c.number, c.title, c.firstWords])).toEqual([[1, 'The Grafting', 'The river was high that'], [2, 'Frost', 'Nobody in the village spoke']]);
    expect(rules(o)).toContain('structured-newest-first');
  });

  it("reads WordPress's WXR export: the author's display name, the post without its excerpt or readers' comments", () => {
    const o = read(`<?xml version="1.0"?><rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Inkwell</title><wp:author><wp:author_login>odile</wp:author_login><wp:author_display_name>Odile Marsh</wp:author_display_name></wp:author>
<item><title>Chapter One: The Grafting</title><content:encoded><![CDATA[<p>${P1}</p>]]></content:encoded><excerpt:encoded><![CDATA[${P1}]]></excerpt:encoded>
<wp:comment><wp:comment_content><![CDATA[Loved this chapter so much, cannot wait for the next one!]]></wp:comment_content></wp:comment></item>
<item><title>Chapter Two: Frost</title><content:encoded><![CDATA[<p>${P2}</p>]]></content:encoded></item>
</channel></rss>`);
    expect(o.author).toBe('Odile Marsh');
    expect(o.wordCount).toBe(P1.split(' ').length + P2.split(' ').length);
  });

  it("reads TEI's parts and Atom's XHTML content as the elements they are", () => {
    const tei = read(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
<div type="part"><head>Parte prima</head><div type="chapter"><head>I. Il mare</head><p>${P1}</p></div><div type="chapter"><head>II. La terra</head><p>${P2}</p></div></div>
<div type="part"><head>Parte seconda</head><div type="chapter"><head>III. Il cielo</head><p>${P2}</p></div></div></body></text></TEI>`);
    expect(chapters(tei).map((c) => [c.number, c.part])).toEqual([[1, 'Parte prima'], [2, 'Parte prima'], [3, 'Parte seconda']]);
    const atom = read(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Lanterns</title><author><name>Ines Corrow</name></author>
<entry><title>Chapter 1: Wicks</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${P1}</p><hr/><p>${P2}</p></div></content></entry>
<entry><title>Chapter 2: Oil</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${P2}</p></div></content></entry></feed>`);
    expect(atom.author).toBe('Ines Corrow');
    expect(chapters(atom).map((c) => [c.title, c.breaks])).toEqual([['Wicks', 1], ['Oil', 0]]);
  });

  it("reads a MediaWiki export: each page's wikitext by the wikitext reader, {{header}} naming work and chapter", () => {
    const page = (title: string, text: string) => `<page><title>${title}</title><ns>0</ns><id>1</id><revision><id>2</id><timestamp>2023-11-18T09:14:22Z</timestamp><contributor><username>Harbourmaster</username></contributor><comment>proofread</comment><model>wikitext</model><text xml:space="preserve">${text}</text></revision></page>`;
    const o = read(`<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11"><siteinfo><sitename>Wikisource</sitename></siteinfo>
${page('The Keeper', `{{header\n | title = The Keeper\n | author = Margaret Dunn\n | year = 1897\n}}\n\n* [[/Chapter 1|Chapter I. The Light]]\n\n{{PD-old}}`)}
${page('The Keeper/Chapter 1', `{{header\n | title = [[../]]\n | author = Margaret Dunn\n | section = Chapter I. The Light\n}}\n\n${P1}\n\n{{***}}\n\n${P2}<ref>A note.</ref>`)}
</mediawiki>`);
    expect([o.title, o.author, o.fields.year]).toEqual(['The Keeper', 'Margaret Dunn', '1897']);
    expect(chapters(o).map((c) => [c.number, c.title, c.breaks])).toEqual([[1, 'The Light', 1]]);
    expect(o.wordCount).toBe(P1.split(' ').length + P2.split(' ').length);
  });

  it('reads XML of a vocabulary no table knows by its shape: prose leaves as paragraphs, short leaves as data', () => {
    const o = read(`<?xml version="1.0"?>
<archive><record><id>77</id><stamp>2020-01-01</stamp><words>${P1}</words><words>${P2}</words></record></archive>`);
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(P1.split(' ').length + P2.split(' ').length);
    expect(rules(o)).toContain('xml-data');
  });

  it('keeps text standing loose in a section, between its elements', () => {
    const o = read(`<?xml version="1.0"?>\n<book><chapter><title>The Ferry</title>${P1} <emphasis>Quietly.</emphasis><para>${P2}</para></chapter></book>`);
    expect(chapters(o).map((c) => [c.title, c.firstWords])).toEqual([['The Ferry', 'The river was high that']]);
    expect(o.wordCount).toBe(P1.split(' ').length + 1 + P2.split(' ').length);
  });

  it('reads malformed XML as plain text, every word kept, with a warning', () => {
    const o = read(`<?xml version="1.0"?>\n<book><chapter><title>One</title>\n<para>${P1}</para>\n</book>`);
    expect(rules(o)).toContain('xml-malformed');
    expect(o.wordCount).toBeGreaterThanOrEqual(P1.split(' ').length);
  });
});

describe('JSON sources', () => {
  it('reads JSON Lines, one chapter an object: work title and author repeated, notes before and after', () => {
    const line = (n: number, content: string[], top: string | null, bottom: string | null) =>
      JSON.stringify({ fiction_id: 48213, fiction_title: 'The Cartographer of Ash', author: 'wren_halloway', chapter_index: n, chapter_title: `Chapter ${n} - Part ${n}`, url: 'https://x.example', author_note_top: top, content, author_note_bottom: bottom, word_count: 10 });
    const o = read([line(1, [P1, P2], 'Hi all! First story.', 'Thanks for reading!'), line(2, [P2], null, null)].join('\n') + '\n');
    expect([o.title, o.author]).toEqual(['The Cartographer of Ash', 'wren_halloway']);
    expect(chapters(o)).toEqual([
      { number: 1, title: 'Part 1', part: null, firstWords: 'The river was high that', breaks: 0, before: 1, after: 1 },
      { number: 2, title: 'Part 2', part: null, firstWords: 'Nobody in the village spoke', breaks: 0, before: 0, after: 0 },
    ]);
    expect(o.wordCount).toBe(P1.split(' ').length + 2 * P2.split(' ').length);
    expect(rules(o)).toEqual(expect.arrayContaining(['json-lines', 'json-data']));
  });

  it('reads one JSON document: the work over a list of chapters with HTML content', () => {
    const o = read(JSON.stringify({ title: 'Lantern Town', author: { name: 'Ines Corrow', url: 'https://x.example' }, summary: 'Three nights.', chapters: [{ title: 'Chapter 1: Wicks', content: `<p>${P1}</p><p>${P2}</p>` }, { title: 'Chapter 2: Oil', content: `<p>${P2}</p>` }] }, null, 2));
    expect([o.title, o.author, o.description]).toEqual(['Lantern Town', 'Ines Corrow', 'Three nights.']);
    expect(chapters(o).map((c) => [c.number, c.title])).toEqual([[1, 'Wicks'], [2, 'Oil']]);
  });

  it("reads a notes app's backup of one note as the plain text it holds: items wrap their fields in `content`, the text's own headings and notes", () => {
    const text = `Author: Mira Holt\n\nChapter One: Wicks\n\n${P1}\n\nChapter Two: Oil\n\n${P2}\n\n* * *\n\n${P1}\n\nA/N: first draft for the workshop.`;
    const o = read(JSON.stringify({ version: '004', items: [
      { uuid: 'a1', content_type: 'Note', created_at: '2024-02-18T19:02:11.000Z', content: { title: 'Lantern Town', text, references: [], preview_plain: 'Author: Mira Holt' } },
      { uuid: 'b2', content_type: 'Tag', content: { title: 'stories', references: [{ uuid: 'a1' }] } },
      { uuid: 'c3', content_type: 'SN|UserPreferences', content: { references: [], editorLeft: 'medium' } },
    ] }, null, 2), 'Standard Notes Backup and Import File.txt');
    expect([o.title, o.author]).toEqual(['Lantern Town', 'Mira Holt']);
    expect(chapters(o)).toEqual([
      { number: 1, title: 'Wicks', part: null, firstWords: 'The river was high that', breaks: 0, before: 0, after: 0 },
      { number: 2, title: 'Oil', part: null, firstWords: 'Nobody in the village spoke', breaks: 1, before: 0, after: 1 },
    ]);
    expect(rules(o)).toContain('json-sole-text');
  });

  it("reads a Mastodon archive's outbox: the longest thread of the account's own posts, oldest first, counters off, boosts and other posts left out", () => {
    const note = (n: number, parent: number | null, html: string) => ({
      type: 'Create',
      object: { id: `https://x.social/users/mira/statuses/${n}`, type: 'Note', inReplyTo: parent === null ? null : `https://x.social/users/mira/statuses/${parent}`, published: `2023-11-12T19:0${n}:00Z`, content: html, contentMap: { en: html } },
    });
    const o = read(JSON.stringify({
      '@context': ['https://www.w3.org/ns/activitystreams'], id: 'outbox.json', type: 'OrderedCollection',
      orderedItems: [
        note(1, null, '<p>A new story in parts 🧵<br />“Lantern Town”<br />Author: Mira Holt</p><p>(1/4)</p>'),
        note(2, 1, `<p>I. Wicks</p><p>${P1} (2/4)</p>`),
        { type: 'Announce', object: 'https://elsewhere.social/users/ana/statuses/9' },
        note(3, 2, `<p>II. Oil</p><p>${P2}</p><p>${P1} (3/4)</p>`),
        note(4, 3, `<p>${P2} (4/4)</p>`),
        note(5, null, '<p>Off to bed, more tomorrow.</p>'),
      ],
    }), 'outbox.json');
    expect([o.title, o.author]).toEqual(['Lantern Town', 'Mira Holt']);
    expect(chapters(o).map((c) => [c.number, c.title])).toEqual([[1, 'Wicks'], [2, 'Oil']]);
    expect(o.wordCount).toBe(P1.split(' ').length * 2 + P2.split(' ').length * 2);
    expect(rules(o)).toContain('json-outbox');
  });

  it('keeps every word of a one-line JSON no reader claims, links in it and all (no archive banner)', () => {
    const post = (n: number) => ({ html: `<p>${P1}</p><p>${P2}</p>`, url: `https://x.example/users/a/${n}` });
    const o = read(JSON.stringify({ id: 'https://x.example/1', stuff: [post(1), post(2), post(3)] }));
    // (Tokens run together where JSON glues them: most of the words, never none.)
    expect(o.wordCount).toBeGreaterThan(2 * (P1.split(' ').length + P2.split(' ').length));
  });

  it('reads malformed JSON as plain text, every word kept', () => {
    const o = read(`{"title": "Broken", "content": "${P1}"\n{"oops": `);
    expect(rules(o)).toContain('json-malformed');
    expect(o.wordCount).toBeGreaterThanOrEqual(P1.split(' ').length);
  });

  it('leaves a plain story that opens with a bracket as plain text', () => {
    const o = read(`[Chapter 1]\n\n${P1}\n\n[Chapter 2]\n\n${P2}\n`);
    expect(rules(o)).not.toContain('json-malformed');
    expect(o.chapters).toHaveLength(2);
  });
});

describe('SQL dumps', () => {
  it("reads an eFiction phpMyAdmin dump: the story row, its author by id, its chapters in order, notes from their columns", () => {
    const o = read(`-- phpMyAdmin SQL Dump
-- version 3.3.9

CREATE TABLE IF NOT EXISTS \`fanfiction_authors\` (
  \`uid\` int(11) NOT NULL AUTO_INCREMENT,
  \`penname\` varchar(200) NOT NULL DEFAULT '',
  PRIMARY KEY (\`uid\`)
) ENGINE=MyISAM;

INSERT INTO \`fanfiction_authors\` (\`uid\`, \`penname\`) VALUES
(12, 'someoneelse'),
(37, 'hedgewitch');

INSERT INTO \`fanfiction_stories\` (\`sid\`, \`title\`, \`summary\`, \`storynotes\`, \`uid\`, \`wordcount\`) VALUES
(212, 'Lanterns on Hollin Heath', 'Every year someone lights a lantern.', 'Written for the Midwinter Fest.', 37, 296);

INSERT INTO \`fanfiction_chapters\` (\`chapid\`, \`title\`, \`inorder\`, \`notes\`, \`storytext\`, \`endnotes\`, \`sid\`) VALUES
(402, 'The Ones Who Walk', 2, NULL, '<p>${P2}</p>', 'Thank you for reading.', 212),
(401, 'The Heath', 1, 'Disclaimer: not mine.', '<p>${P1}</p>\\r\\n<p>Ada\\'s turn came at last.</p>', NULL, 212);
`);
    expect([o.title, o.author, o.description]).toEqual(['Lanterns on Hollin Heath', 'hedgewitch', 'Every year someone lights a lantern.']);
    expect(chapters(o).map((c) => [c.title, c.firstWords, c.before, c.after])).toEqual([
      ['The Heath', 'The river was high that', 1, 0],
      ['The Ones Who Walk', 'Nobody in the village spoke', 0, 1],
    ]);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.wordCount).toBe(13 + 5 + 13);
    expect(rules(o)).toContain('sql-dump');
  });
});
