import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'answer.txt'));
const answer = 'It was my second winter on the ferry, and the fog came in before the last crossing.\n\nWe counted eleven passengers aboard and twelve coming off.\n';

describe("a Q&A page's question and answerer", () => {
  it('reads the question as the title and the name over the answer stamp as the author', () => {
    const o = read(`Which ghost story from your job do you still tell?\n12 Answers\nOdile Marsh, Deckhand on a lake ferry (2015–2019)\nAnswered Jun 9, 2019 · Author has 40 answers\n\n${answer}`);
    expect([o.title, o.author]).toEqual(['Which ghost story from your job do you still tell?', 'Odile Marsh']);
    expect(o.chapters[0]?.firstWords).toBe('It was my second winter');
    expect(o.wordCount).toBe(26);
  });
  it('reads the name under the stamp, as a Stack Exchange card sets it, and other languages', () => {
    const o = read(`Welche Geistergeschichte erzählst du noch heute?\n\nBeantwortet 9. Juni 2019\nOdile Marsh\n\n${answer}`);
    expect([o.title, o.author]).toEqual(['Welche Geistergeschichte erzählst du noch heute?', 'Odile Marsh']);
    const se = read(`What is the oldest ghost story told on ferries?\n\nanswered Jun 9, 2019 at 10:05\nOdile Marsh\n\n${answer}`);
    expect([se.title, se.author]).toEqual(['What is the oldest ghost story told on ferries?', 'Odile Marsh']);
  });
  it("keeps the answerer's edits at the end as notes, and the related questions out", () => {
    const o = read(`Which ghost story from your job do you still tell?\nOdile Marsh\nAnswered 2y\n\n${answer}\nEdit: thanks, everyone.\n\nEdit 2: no, I will not name the lake.\n\nRelated Questions\nWhat is the scariest lake?\nMore Answers Below\n`);
    expect(o.notesAfter.length).toBe(2);
    expect(o.wordCount).toBe(26);
  });
});
