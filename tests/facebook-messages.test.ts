import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** Facebook's export writes each byte of a string's UTF-8 as a character of its own. */
const asBytes = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** A conversation as `message_1.json` keeps it: newest first, the strings byte by byte. */
function conversation(sent: [string, string][]): string {
  const messages = sent.map(([sender, content], k) => ({ sender_name: asBytes(sender), timestamp_ms: 1678560000000 + k * 60000, content: asBytes(content), is_geoblocked_for_viewer: false }));
  messages.splice(2, 0, { sender_name: asBytes('Zofia Król'), timestamp_ms: 1678560000000 + 90000, photos: [{ uri: 'photos/1.jpg' }] } as never);
  const json = JSON.stringify({ participants: [{ name: 'Magda Nowak' }, { name: asBytes('Zofia Król') }], messages: messages.reverse(), title: 'Magda Nowak' }, null, 2);
  // (Escaped as Facebook writes them, `\u00c3\u00b3`: the file itself is ASCII.)
  return json.replace(/[\u0080-\u00ff]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

const story: [string, string][] = [
  ['Magda Nowak', 'No i gdzie to opowiadanie? Czekam od rana!'],
  ['Zofia Król', 'SÓL NA PROGU\nopowiadanie\nnapisała Zofia Król'],
  ['Zofia Król', 'Rozdział 1. Babcia'],
  ['Zofia Król', `${prose('Babcia')}\n\n${prose('Irena')}`],
  ['Magda Nowak', 'ojej, babcia Irena jak moja'],
  ['Zofia Król', 'Rozdział 2. Sąsiadka'],
  ['Zofia Król', prose('Halina')],
];

describe("a story sent over Facebook Messenger a message at a time, from the account's downloaded information", () => {
  const o = read(conversation(story), 'message_1.txt');

  it('reads the messages oldest first, the strings decoded back from their bytes', () => {
    expect([o.title, o.author]).toEqual(['SÓL NA PROGU', 'Zofia Król']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'Babcia'],
      [2, 'Sąsiadka'],
    ]);
  });

  it("keeps the writer's messages as the story and the friend's and the photo out of it", () => {
    expect(o.wordCount).toBe(3 * 14);
  });
});
