import { describe, expect, it } from 'vitest';
import type { Manuscript, Paragraph } from '../src/model.js';
import { parse } from '../src/parse.js';
import { toAscii } from '../src/transform/ascii.js';
import { typography } from '../src/transform/typography.js';

const NNBSP = '\u202F';

/** A one-paragraph story set in `language`; returns the paragraph's text and the diagnostics. */
function typeset(text: string, language: string): { text: string; reasons: string[] } {
  const m = parse(new TextEncoder().encode(`Title\n\n${'Filler words for a body. '.repeat(3)}\n\n${text}\n`), 'story.txt');
  const t = typography(m, language);
  const paragraphs = [...t.manuscript.front, ...t.manuscript.chapters].flatMap((s) => s.children).filter((b): b is Paragraph => b.type === 'paragraph');
  const last = paragraphs.at(-1)!;
  const flat = (nodes: Paragraph['children']): string => nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'break' ? '\n' : flat(n.children))).join('');
  return { text: flat(last.children), reasons: t.diagnostics.map((d) => d.reason) };
}

/** Each language's marks, from a straight-quoted line as people type it. */
const CASES: [string, string, string][] = [
  ['en', `"Don't," she said, 'please.'`, `“Don’t,” she said, ‘please.’`],
  ['de', `"Ich weiß nicht", sagte er. "Sie sagte 'nein' und ging."`, `„Ich weiß nicht“, sagte er. „Sie sagte ‚nein‘ und ging.“`],
  ['de', `"Geht's?" – "Ja."`, `„Geht’s?“ – „Ja.“`],
  ['de-CH', `"Grüezi", sagte sie.`, `«Grüezi», sagte sie.`],
  ['fr', `"Bonjour", dit-il. "Vraiment?"`, `«${NNBSP}Bonjour${NNBSP}», dit-il. «${NNBSP}Vraiment${NNBSP}?${NNBSP}»`],
  ['fr', `Il dit : « Quoi ! » puis ; enfin: non? Il est 12:30, voir http://x.fr`, `Il dit${NNBSP}: «${NNBSP}Quoi${NNBSP}!${NNBSP}» puis${NNBSP}; enfin${NNBSP}: non${NNBSP}? Il est 12:30, voir http://x.fr`],
  ['fr', `"Il m'a dit 'demain'."`, `«${NNBSP}Il m’a dit “demain”.${NNBSP}»`],
  ['es', `"Hola", dijo. "Me dijo 'mañana'."`, `«Hola», dijo. «Me dijo “mañana”.»`],
  ['it', `"Ciao", disse.`, `«Ciao», disse.`],
  ['ru', `"Он сказал 'нет'", — ответила она.`, `«Он сказал „нет“», — ответила она.`],
  ['uk', `"Добре", — сказав він.`, `«Добре», — сказав він.`],
  ['pl', `"Powiedział 'nie'" – i wyszedł.`, `„Powiedział «nie»” – i wyszedł.`],
  ['sv', `"Hej", sa hon. "Det är 'bra'."`, `”Hej”, sa hon. ”Det är ’bra’.”`],
  ['cs', `"Ahoj", řekl. "Řekla 'ne'."`, `„Ahoj“, řekl. „Řekla ‚ne‘.“`],
  ['nl', `"Hallo," zei ze. "Het is 'goed'."`, `“Hallo,” zei ze. “Het is ‘goed’.”`],
  ['pt-BR', `"Olá", disse ela.`, `“Olá”, disse ela.`],
  ['pt-PT', `"Olá", disse ela.`, `«Olá», disse ela.`],
  ['zh-Hans', `他说："你好！"然后走了。「好的。」`, `他说："你好！"然后走了。「好的。」`],
  ['ja', `「こんにちは」と言った。"OK"です。`, `「こんにちは」と言った。"OK"です。`],
  ['ko', `"안녕하세요," 그가 말했다.`, `"안녕하세요," 그가 말했다.`],
];

describe('typography per language', () => {
  it.each(CASES)('%s: %s', (language, input, expected) => {
    expect(typeset(input, language).text).toBe(expected);
  });

  it('takes the language from the story when none is given', () => {
    const m: Manuscript = parse(new TextEncoder().encode(`Titel\n\nSprache: Deutsch\n\n"Ja", sagte sie, "das ist es."\n`), 'de.txt');
    expect(m.meta.language).toBe('de');
    const typeset = typography(m).manuscript;
    const text = JSON.stringify([typeset.front, typeset.chapters]);
    expect(text).toContain('„Ja“, sagte sie, „das ist es.“');
  });

  it('keeps an apostrophe after a word as an apostrophe when no single quote is open', () => {
    expect(typeset(`Die Kinder' Spiele, 'n Abend.`, 'de').text).toBe('Die Kinder’ Spiele, ’n Abend.');
  });

  it('still reports what it cannot settle, in any language', () => {
    const { text, reasons } = typeset(`mitten"drin`, 'de');
    expect(text).toBe('mitten“drin');
    expect(reasons).toEqual(['a straight double quote between two letters; set as a closing quote']);
  });

  it('spaces French marks that open an inline node (after emphasis)', () => {
    expect(typeset(`Il cria *non*! Et "*vite*".`, 'fr').text).toBe(`Il cria non${NNBSP}! Et «${NNBSP}vite${NNBSP}».`);
  });

  it('folds every language back to ASCII for --ascii', () => {
    expect(toAscii(typeset(`"Bonjour", dit-il. "Vraiment?"`, 'fr').text)).toBe(`"Bonjour", dit-il. "Vraiment ?"`);
    expect(toAscii(typeset(`"Sie sagte 'nein' und ging."`, 'de').text)).toBe(`"Sie sagte 'nein' und ging."`);
    expect(toAscii(typeset(`"Powiedział 'nie'"`, 'pl').text)).toBe(`"Powiedział "nie""`);
  });
});
