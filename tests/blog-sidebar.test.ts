import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'blog.txt'));
const page =
  'wren_k ~ my blog\nBack to Profile\n\nRecent Posts (3)\npart 2 ~ the lock\npart 1 ~ the key\nnew story!!\n\n' +
  'new story!!\nPosted 2 Apr 2008 19:02\n\na/n: ok so my new story is called ~*The Salt Road*~ by wren_k, tell me what u think xx\n\n' +
  'part 1 ~ the key\nPosted 3 Apr 2008 20:10\n\nThe key was under the mat, where nobody ever left a key.\n\nMara picked it up anyway.\n\n' +
  'part 2 ~ the lock\nPosted 5 Apr 2008 21:30\n\nThe lock was on the lighthouse door, rusted the colour of old tea.\n\nThe key turned.\n';

describe("a blog's sidebar list and its intro post", () => {
  it("reads the list of post titles as the blog's contents, not as headings", () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'the key'], [2, 'the lock']]);
    expect(o.description).toBeNull();
  });
  it('takes the title and author from the intro note that names the story', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['The Salt Road', 'wren_k']);
    expect(o.notesBefore.length).toBe(1);
  });
});
