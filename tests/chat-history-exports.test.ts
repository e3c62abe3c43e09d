import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** One message of QIP's history: the rule that points its way, the sender and the time, the text. */
const message = (received: boolean, name: string, time: string, text: string[]): string[] => [
  `--------------------------------------${received ? '<' : '>'}-`, `${name} (${time} 3/02/2008)`, ...text,
];

describe('a story sent in pieces over ICQ, saved as QIP’s history', () => {
  const o = read([
    ...message(false, 'Мар\'яна', '21:47:12', ['ти ще тут? дописала?']),
    ...message(false, 'Мар\'яна', '21:47:40', ['тут! кидай скоріше :-D']),
    ...message(true, 'Ксю', '21:48:31', ['Розділ 1. Останній рейс', '', prose('Daryna'), '', prose('Petro')]),
    ...message(false, 'Мар\'яна', '21:50:15', ['оооо Гола Пристань!!! там моя баба живе']),
    ...message(true, 'Ксю', '21:51:05', ['Розділ 2. Перевізник', '', prose('Daryna')]),
    ...message(false, 'Мар\'яна', '21:52:30', ['а далі? *SCARED*']),
  ].join('\n'));

  it('reads the pieces of the one who wrote the most as the story, with no break at each message’s rule', () => {
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'Останній рейс', 0], [2, 'Перевізник', 0]]);
  });

  it('leaves the rules, the stamps and the other side of the chat out', () => {
    expect(o.wordCount).toBe(42);
  });
});

describe('a story read out in a Zoom meeting and pasted into its chat, saved as the meeting’s chat file', () => {
  const said = (time: string, name: string, text: string[]): string[] => [`${time} From ${name} to Everyone:`, ...text.map((t) => `\t${t}`)];
  const o = read([
    ...said('19:00:58', 'Szabó Ágnes (házigazda)', ['Sziasztok! Ma Lilla olvas fel.']),
    ...said('19:02:20', 'Fekete Lilla', ['1. fejezet – A megálló', '', prose('Réka')]),
    ...said('19:04:05', 'Tóth Bence', ['Reacted to "2 KÖZVÁGÓHÍD – 3 PERC" with 😱']),
    ...said('19:04:30', 'Fekete Lilla', [prose('Anna')]),
    ...said('19:05:12', 'Szabó Ágnes (házigazda)', ['Ez a lista nagyon jó!!']),
    ...said('19:06:40', 'Fekete Lilla', ['2. fejezet – A kalauz', '', prose('Réka')]),
    ...said('19:07:30', 'Nagy Péter', ['Bocs, kiesett a netem, hol tartunk?']),
  ].join('\r\n'));

  it('reads the reader’s messages as the story and leaves the others’ and the reactions out', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'A megálló'], [2, 'A kalauz']]);
    expect(o.wordCount).toBe(42);
  });
});
