import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

const caption = (role: string, text: string): string => `<p begin="00:00:01.000" end="00:00:04.000" ttm:role="${role}" ttm:agent="narrador">${text}</p>`;

const ttml = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="ca">',
  '<head><metadata><ttm:title>La barca de paper</ttm:title><ttm:desc>En Biel fa una barca amb la pàgina del diari.</ttm:desc>',
  '<ttm:agent type="person" xml:id="autora"><ttm:name type="full">Aina Ferrer i Soler</ttm:name></ttm:agent>',
  '<ttm:agent type="person" xml:id="narrador"><ttm:name type="full">Pere Camps</ttm:name></ttm:agent></metadata>',
  '<styling><style xml:id="s1" tts:color="white"/></styling></head>',
  '<body><div xml:id="intro">',
  caption('title', 'Contes de nit. Episodi dotze.'),
  '</div><div xml:id="cap1"><metadata><ttm:title>Capítol 1. El rierol</ttm:title></metadata>',
  caption('title', 'Capítol u. El rierol.'),
  caption('narration', 'En Biel tenia set anys i una sola norma:<br/>mai no tocar el diari de l’avi.'),
  caption('sound', '[Pluja. Un rellotge de paret.]'),
  '</div><div xml:id="cap2"><metadata><ttm:title>Capítol 2. La pàgina</ttm:title></metadata>',
  caption('dialog', '—On és la pàgina del final? —va preguntar l’avi.'),
  caption('music', '[Música de tancament]'),
  '</div></body></tt>',
].join('\n');

describe('TTML captions of a told story: the document titled in its head, each chapter a titled div', () => {
  const o = read(ttml, 'barca.ttml');

  it("reads the title, the summary and the author's agent from the head, not the narrator", () => {
    expect([o.title, o.author, o.description]).toEqual(['La barca de paper', 'Aina Ferrer i Soler', 'En Biel fa una barca amb la pàgina del diari.']);
  });

  it("reads the narration and dialogue as the story, the spoken titles, sounds and music as the programme's", () => {
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'El rierol', 'En Biel tenia set anys'],
      [2, 'La pàgina', '—On és la pàgina del'],
    ]);
    expect(o.wordCount).toBe(16 + 9);
  });
});
