import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A story page copied whole from a site: its cookie banner, stamp row and "more by" box are the site's (header-zone, related-boxes). */
describe('a story page copied with its furniture', () => {
  const page = [
    'Inkwell',
    'Home',
    'Log in',
    'We use cookies to give you the best experience on our site. Read our cookie policy.',
    'Accept cookies',
    '',
    'The Night Market',
    'Wren Halloway',
    '12 Jan 2024 · 5 min read',
    'Follow',
    '',
    '- Fah -',
    '',
    prose('Fah'),
    '',
    prose('Rain'),
    '',
    '- Rain -',
    '',
    prose('Fah'),
    '',
    prose('Wren'),
    '',
    'Like 248',
    'Share',
    'More by Wren Halloway',
    'Chapter 1 of the Rainy Season',
    'A Letter to the Juice Stall',
    '',
  ].join('\n');
  const o = read(page);

  it('reads the title and the name over the stamp row, the cookie banner and the stamp as the site’s', () => {
    expect([o.title, o.author, o.description]).toEqual(['The Night Market', 'Wren Halloway', null]);
  });

  it('reads names between dashes taking turns as POV markers, and the writer’s other works under the story as no chapter', () => {
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.povMarkers).toEqual(['Fah', 'Rain']);
    expect(o.wordCount).toBe(4 * 14);
  });
});

describe('a Thai story page', () => {
  const line = (n: number) => `ทุกคืนวันพฤหัส ฉันตั้งร้านลูกชิ้นปิ้งที่ล็อกเดิม ล็อกที่สิบสอง ติดกับร้านน้ำอ้อยของป้าจันทร์ ครั้งที่ ${n}`;
  it('reads two long lines in a row as the story’s paragraphs, where the header ends, a lone one under the header as its summary', () => {
    const o = read(['ตลาดนัดคืนวันพฤหัส', 'โดย ชานมไข่มุก', '', 'บอกก่อนอ่าน: เรื่องนี้เป็นเรื่องสมมติค่ะ', '', line(1), '', line(2), '', line(3), ''].join('\n'));
    expect([o.title, o.author]).toEqual(['ตลาดนัดคืนวันพฤหัส', 'ชานมไข่มุก']);
    expect(o.notesBefore.map((n) => n.label)).toEqual(['บอกก่อนอ่าน']);
    expect(o.chapters[0]!.firstWords.startsWith('ทุกคืนวันพฤหัส')).toBe(true);
    expect(o.wordCount).toBe(3 * 6);
  });
});

describe("a reader view's copies of a serial's pages, each heading over the book's card", () => {
  const page = (n: number, title: string, first: string) => [
    'shelf.example.com',
    `Part ${n} – ${title}`,
    'Sudha Mishra',
    '4–5 minutes',
    '',
    "Title: Grandmother's Sewing Machine",
    'Author: Sudha Mishra',
    'Category: family story',
    'Published: 14 February 2024',
    '',
    prose(first),
    '',
    prose('Meera'),
    '',
  ];
  const o = read([...page(1, 'The Old Trunk', 'Nani'), ...page(2, 'The Machine', 'Mami')].join('\n'));

  it('reads the card under the first heading as the work’s header and keeps the heading the chapter’s', () => {
    expect([o.title, o.author]).toEqual(["Grandmother's Sewing Machine", 'Sudha Mishra']);
    expect(o.fields).toMatchObject({ Category: 'family story' });
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'The Old Trunk', 'Nani went down to the'],
      [2, 'The Machine', 'Mami went down to the'],
    ]);
    expect(o.wordCount).toBe(4 * 14);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('header-under-heading');
  });
});

describe("a page's links after the story and its episode list", () => {
  it('reads a numbered title among the links after the tags and share row as a link, not a chapter', () => {
    const o = read(
      [
        'The Nets of September',
        'by Eleni Karra',
        '',
        ...Array.from({ length: 8 }, (_, k) => ['', prose(`Asimina${k}`)]).flat(),
        '',
        'Tags: contest, short story',
        'Share this:',
        'Facebook',
        'Results of the ninth contest',
        'Chapter One: how a short story is written',
        '3 comments',
      ].join('\n'),
    );
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.title).toBeNull();
    expect(o.wordCount).toBe(8 * 14);
  });

  it("leaves out an episode list whose entries each carry their date, as the episodes' own headings repeat them", () => {
    const o = read(
      [
        'The Rain Bookshop',
        'by Nemu Yonaga',
        '',
        'Episode 1: The Ten O’Clock Customer',
        '26 May 2024',
        'Episode 2: The Bookmark',
        '2 June 2024',
        '',
        'Episode 1: The Ten O’Clock Customer',
        '',
        prose('Akari'),
        '',
        'Episode 2: The Bookmark',
        '',
        prose('Hayakawa'),
      ].join('\n'),
    );
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, 'Akari went down to the'], [2, 'Hayakawa went down to the']]);
  });
});

describe("a reading site's buttons under each chapter heading", () => {
  it('leaves the reader-setting buttons glued under the heading out of the chapter', () => {
    const o = read(
      ['屋顶上的鸽哨', '作者：江北听雪', '', '第一章 最后一群鸽子', '字号', '背景', '胡同要拆的消息，是腊月里贴出来的。', '老杜看了一眼，转身回家，爬上了屋顶。', '', '第二章 老雨点', '字号', '背景', '胡同里的鸽子一只一只被人领走了。', '只剩老雨点，揣在老杜的棉袄里。'].join('\n'),
    );
    expect(o.chapters.map((c) => [c.number, c.firstWords.startsWith('胡同')])).toEqual([[1, true], [2, true]]);
    expect(o.wordCount).toBe(4);
  });
});
