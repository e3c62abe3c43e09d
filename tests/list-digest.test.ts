import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A mailing list's plain-text digest (groups.io): numbered topics, each message's sender and date set in under it. */
const topic = (n: number, subject: string, from: string, body: string[]): string[] => [
  '----------------------------------------------------------------------',
  '',
  `${n}. ${subject}`,
  `    From: ${from}`,
  '    Date: Wed, 03 Mar 2021 09:12:44 PST',
  '',
  ...body,
  '',
  'View/Reply Online (#70211) | Reply To Sender | Reply To Group | Mute This Topic',
  '',
];

const digest = [
  'From: Ladinokomunita@groups.io',
  'Subject: [Ladinokomunita] Digest #4817',
  '',
  'Topics in this digest:',
  '',
  '1. Kuento: Las yaves de Esmirna (1/2)',
  '2. Kuento: Las yaves de Esmirna (2/2)',
  '',
  ...topic(1, 'Kuento: Las yaves de Esmirna (1/2)', 'Sara Benveniste', ['Kapitolo 1: El sandik', '', prose('Reina'), '', prose('Sara')]),
  ...topic(1, 'Re: Kuento: Las yaves de Esmirna (1/2)', 'Yosef Nahmias', ['Bravo Sara! Asperamos el kapitolo 2 kon ansia.', '', 'Yosef, Estambol']),
  ...topic(2, 'Kuento: Las yaves de Esmirna (2/2)', 'Sara Benveniste', ['Kapitolo 2: La puerta', '', prose('Izmir'), '', prose('Eya')]),
].join('\n');

describe("a mailing list's digest of a story's parts and a reply", () => {
  const o = read(digest);

  it("reads the poster's messages as the story, in Ladino's `Kapitolo` headings, and leaves the reply out", () => {
    expect([o.title, o.author]).toEqual(['Las yaves de Esmirna', 'Sara Benveniste']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'El sandik'], [2, 'La puerta']]);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([28, 28]);
  });
});
