import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** A story sent in e-mails (src/parse/email.ts): an mbox folder or a saved message read back into the story. */
const message = (date: string, subject: string, body: string, encoding = '8bit'): string => `From - ${date}
X-Mozilla-Status: 0001
From: Hedwig Brandt <hedwig.brandt@web.de>
To: Jonas Brandt <jonas@example.de>
Subject: ${subject}
Date: Fri, 20 Mar 2020 21:40:12 +0100
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="BOUNDARY"

This is a multi-part message in MIME format.
--BOUNDARY
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: ${encoding}

${body}
--BOUNDARY
Content-Type: text/html; charset=utf-8

<html><body><p>The same text again, in HTML.</p></body></html>
--BOUNDARY--
`;

const MBOX = [
  message('Sat Mar 21 09:12:44 2020', 'Geschichte, Teil 1', `Ihr Lieben,

weil ihr jetzt alle zu Hause sitzt, schreibe ich euch jeden Freitag.

Der Fuchs im Schrebergarten

Teil 1: Der Zaun

In der Kolonie gab es zweiundvierzig Gärten, und in jedem 
wohnte jemand.

Fortsetzung folgt, wenn Opa mich lässt!

Bleibt gesund,
eure Oma Hedwig

-- 
Hedwig Brandt
Lindenweg 14, 04179 Leipzig`),
  message('Sat Mar 28 10:03:51 2020', 'Geschichte, Teil 2', `Ihr Lieben,

Lea sagt, der Fuchs soll ein M=C3=A4dchen sein.

Teil 2: Die Laterne

Der Knopf war nicht der letzte. Sie kam um zwei Uhr.

Eure Oma Hedwig`, 'quoted-printable'),
].join('\n');

describe('e-mails', () => {
  it("reads an mbox: the sender as author, each letter's text/plain part without its salutation, sign-off, signature or HTML twin", () => {
    const o = outline(parse(new TextEncoder().encode(MBOX), 'Familie.txt'));
    expect([o.title, o.author]).toEqual(['Der Fuchs im Schrebergarten', 'Hedwig Brandt']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'Der Zaun', 'In der Kolonie gab es'],
      [2, 'Die Laterne', 'Der Knopf war nicht der'],
    ]);
    expect(o.wordCount).toBe(12 + 11);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['email', 'email-letter']));
  });
});

describe("Outlook's Save As > Text Only of a story pasted into a mail", () => {
  it('reads the story between the rules under the covering note, the sender as its author, and leaves the signature and the quoted mail out', () => {
    const text = ['From:\tDana Whitcombe <dana@example.org>', 'Sent:\tTuesday, 14 May 2024 10:12 PM', 'To:\tPriya Nair <priya@example.org>', 'Subject:\tstory draft', '',
      'Hi Priya,', '', 'Pasting it straight in as well as attaching. Be brutal.', '', 'D x', '', '----------------------------------------', '',
      'The Weight of Small Boats', 'by Dana Whitcombe', '', 'Every Sunday in the summer my grandfather rowed across the estuary to buy a newspaper he never read.', '',
      'Proof. That is all.', '', '----------------------------------------', '', '--', 'Dana Whitcombe', 'Head of English', '',
      'From: Priya Nair <priya@example.org>', 'Sent: Sunday, 12 May 2024 6:40 PM', '', 'Send me the boat one!!!'].join('\r\n');
    const o = outline(parse(Buffer.from(text), 'draft.txt'));
    expect([o.title, o.author]).toEqual(['The Weight of Small Boats', 'Dana Whitcombe']);
    expect(o.wordCount).toBe(22);
  });
});

describe('a MIME digest of a mailing list (Mailman)', () => {
  const inner = (from: string, subject: string, body: string): string =>
    `--DIGEST\nContent-Type: message/rfc822\nMIME-Version: 1.0\n\nDate: Mon, 15 Mar 2004 21:14:33 +0000\nFrom: ${from}\nSubject: ${subject}\n\n${body}\n\n-- \nRuth\nhttp://example.org/~ruth/\n`;
  const prose = 'The road to the island was only a road for four hours a day, and the rest of the time it was sea.';
  const digest = [
    'From: list-request@lists.example.org', 'Subject: Fiction-L Digest, Vol 12, Issue 7', 'Date: Tue, 16 Mar 2004 12:00:02 -0500', 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="OUTER"', '', '--OUTER', 'Content-Type: text/plain; charset=us-ascii', '',
    'Send Fiction-L mailing list submissions to', '\tfiction-l@lists.example.org', '', "Today's Topics:", '', '   1. STORY: The Salt Road (1/2) (Ruth Ocampo)', '',
    '--OUTER', 'Content-Type: multipart/digest; boundary="DIGEST"', '',
    inner('Ruth Ocampo <ruth@example.org>', 'STORY: The Salt Road (1/2)', `The Salt Road\nby Ruth Ocampo\n\nChapter 1: Low Tide\n\n${prose}`),
    inner('Dan Hesketh <dan@example.org>', 'Re: critique thread etiquette', '> Chapter 1 of the FAQ says: crits?\n\nCRIT: works for me.\n\nDan'),
    inner('Ruth Ocampo <ruth@example.org>', 'STORY: The Salt Road (2/2)', 'Chapter 2: High Water\n\nHe said his name was Tobias and that he was going to his grandmother.'),
    '--DIGEST--', '', '--OUTER', 'Content-Type: text/plain', '', 'Fiction-L mailing list', '', '--OUTER--', '',
  ].join('\n');

  it("reads the messages it carries, the poster's parts as the story, and leaves out its preamble, the others' replies and the signatures", () => {
    const o = outline(parse(Buffer.from(digest), 'digest.txt'));
    expect([o.title, o.author]).toEqual(['The Salt Road', 'Ruth Ocampo']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([[1, 'Low Tide', 'The road to the island'], [2, 'High Water', 'He said his name was']]);
    expect(o.wordCount).toBe(23 + 14);
  });
});

describe('a mail folder with a reader’s reply between the instalments, each instalment under its own header', () => {
  const mail = (from: string, subject: string, body: string): string =>
    `From ???@??? Sun Mar 14 09:12:40 1999\nFrom: ${from}\nSubject: ${subject}\nDate: Sun, 14 Mar 1999 01:02:17 +0100\nMime-Version: 1.0\n\n${body}\n`;
  const story = (n: number, title: string, first: string): string => `Lobi famiri,

Ala yu ben aksi mi fu skrifi a storie fu Granma nanga a boto.

Titel: A boto fu Granma
Skrifiman: Marlene Pinas
Pisi: ${n} fu 2

PISI ${n}: ${title}

${first} ben de wan uma fu Marowijne. Ala mamanten a ben opo fosi a son, fu go na liba, en a ben singi.

Na liba a ben abi wan pikin boto, wan korjari di mi granpa ben meki gi en.

Tot baka,
Marlene`;
  const folder = [
    mail('Marlene Pinas <mpinas@wxs.nl>', 'Mi storie (pisi 1)', story(1, 'A LIBA', 'Mi granma')),
    mail('"Ilse Pinas" <ipinas@cq-link.sr>', 'Re: Mi storie (pisi 1)', 'Marlene, mi ben krei!\n\n-----Original Message-----\n\n>PISI 1: A LIBA\n>\n>Mi granma ben de wan uma fu Marowijne.'),
    mail('Marlene Pinas <mpinas@wxs.nl>', 'Mi storie (pisi 2)', story(2, 'A BOTO', 'Mi mama')),
  ].join('\n');

  it("leaves the reply out, starts each letter's story at its header, and reads the header once", () => {
    const o = outline(parse(new TextEncoder().encode(folder), 'In.mbx.txt'));
    expect([o.title, o.author]).toEqual(['A boto fu Granma', 'Marlene Pinas']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'A LIBA', 'Mi granma ben de wan'],
      [2, 'A BOTO', 'Mi mama ben de wan'],
    ]);
    expect(o.wordCount).toBe(2 * (24 + 17));
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['email-reply']));
  });
});
