import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'thread.txt'));

// A Bluesky thread copied from the browser: a card over each post, counters, a reply by someone else.
const bluesky = [
  'Home',
  'Explore',
  '',
  'Tamsin Roe 🌙',
  '@tamsinroe.bsky.social',
  'LANTERN SEASON',
  'a thread 🧵 1/',
  '#skeetfic #FlashFiction',
  '9:12 PM · Nov 2, 2024',
  '14 reposts · 80 likes',
  '',
  'Tamsin Roe 🌙',
  '@tamsinroe.bsky.social',
  'Nov 2',
  '2/ every autumn the lantern makers of Holm lit one lantern too many, and nobody ever asked who it was for',
  'Tamsin Roe 🌙',
  '@tamsinroe.bsky.social',
  'Nov 2',
  '3/ Ada asked. she was nine and had no sense of what a village does not say out loud',
  'quill pig',
  '@quillpig.bsky.social',
  'Nov 2',
  'Replying to @tamsinroe.bsky.social',
  'oh I love this already',
  'Tamsin Roe 🌙',
  '@tamsinroe.bsky.social',
  'Nov 2',
  '4/',
  'her grandmother lit the extra lantern and handed it to her. "then you carry it," she said, and Ada did, all the way to 12:40.',
  'Tamsin Roe 🌙',
  '@tamsinroe.bsky.social',
  'Nov 2',
  '5/ a/n: thank you for reading! more tiny stories in my pinned post',
  'Show more replies',
  'Discover more',
  '',
].join('\n');

describe('a story told as a thread of posts', () => {
  const o = read(bluesky);
  it('takes the title from the opening post and the author from the owner’s cards', () => {
    expect(o.title).toBe('LANTERN SEASON');
    expect(o.author).toBe('Tamsin Roe');
  });
  it('keeps cards, stamps, counters and other people’s replies out of the story, and keeps every word of the posts', () => {
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.firstWords).toMatch(/^every autumn the lantern/);
    expect(o.chapters[0]!.wordCount).toBe(20 + 18 + 25);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['a/n']);
  });
  it('names what it left out, with its lines', () => {
    const kept = o.diagnostics.filter((d) => d.ruleId === 'social-thread-chrome');
    expect(kept.length).toBeGreaterThan(0);
    expect(o.diagnostics.some((d) => d.ruleId === 'social-thread' && d.line === 5)).toBe(true);
  });
  it('leaves a story that only quotes handles alone', () => {
    const story = 'The Letters\n\nby Noor Hale\n\nShe wrote to him every week.\n\n@mara\n\nwas how the first card was signed, and nothing else.\n\nThe second said the same.\n';
    const plain = read(story);
    expect(plain.title).toBe('The Letters');
    expect(plain.author).toBe('Noor Hale');
    expect(plain.wordCount).toBe(6 + 1 + 10 + 5);
  });
});

describe('a thread whose opening post names itself a thread and its title in quotes', () => {
  it('takes the quoted title after what the piece is, past the thread word alone', () => {
    const post = (n: number, text: string) => `نورة الحكّاء\n@noura_tales\n${text}\n${n}:02 PM · Feb 3, 2024\n`;
    const o = read([post(11, 'ثريد 🧵\nقصة قصيرة: "بيت الجدة في حي الشميسي"'), post(11, '٢/ كانت الجدة تفتح الباب قبل أن نطرقه، كأنها تسمع خطواتنا من أول الحي.'), post(11, '٣/ وفي تلك الليلة لم تفتح الباب، فعرفنا أن البيت تغيّر.'), post(11, '٤/ النهاية')].join(''));
    expect([o.title, o.author]).toEqual(['بيت الجدة في حي الشميسي', 'نورة الحكّاء']);
  });
});

describe("Bluesky's post view, each reply's card on one line", () => {
  const post = (text: string, n: number) => `Ivo Brandt ✨ @ivobrandt.bsky.social · 2mo\n\n${text}\n(${n}/3)\n\n💬 0   🔁 1   ♡ ${n * 7}\n\n`;
  const page =
    'Bluesky\nHome  Search  Notifications  Chat  Feeds  Lists  Profile  Settings\n\nPost\n\nIvo Brandt ✨\n@ivobrandt.bsky.social\n+ Follow\n\n' +
    '🌊 The Tide Clock 🌊\na tiny sea story, in 3 posts. 🧵 (1/3)\n\nMay 2, 2024 at 9:15 PM\nEverybody can reply\n\n12 reposts  2 quotes  80 likes\n\nReply  Repost  Like  Share\n\n' +
    post('My grandmother kept a clock that ran on the tide, not on the hours.', 2) +
    post('When she died it stopped at low water, and it has not moved since.', 3) +
    'Terms of Service  Privacy Policy  Help\n';
  it('reads the thread: title, author, and only the posts as body', () => {
    const o = outline(parse(Buffer.from(page), 'sky.txt'));
    expect([o.title, o.author]).toEqual(['The Tide Clock', 'Ivo Brandt']);
    expect(o.chapters[0]?.firstWords).toBe('My grandmother kept a clock');
    expect(o.wordCount).toBe(28);
  });
});

describe('a Threads (Meta) story thread copied from the web', () => {
  const threads = [
    'Threads',
    'Início',
    'Perfil',
    'marianaferrinho',
    'Mariana Ferrinho',
    '8 sem',
    '🧵 CONTO: A vizinha do 302 (parte 1 de 2)',
    'sim, eu sei que prometi esse conto faz um mês. segue o fio 👇',
    '312',
    'marianaferrinho',
    '8 sem',
    '1/ A vizinha do 302 regava as plantas às três da manhã.',
    '12',
    'marianaferrinho',
    '8 sem',
    '2/ Durante meses eu não reclamei.',
    '9',
    'marianaferrinho',
    '8 sem',
    '(obs: a vizinha é inspirada numa vizinha real)',
    '44',
  ].join('\n');

  it("reads the bare handle's cards, the opening post's title and the installment it announces", () => {
    const o = read(threads);
    expect([o.title, o.author]).toEqual(['A vizinha do 302', 'Mariana Ferrinho']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([[1, null, 'A vizinha do 302 regava']]);
    expect(o.chapters[0]?.notesAfter.length).toBe(1);
    expect(o.wordCount).toBe(11 + 5);
  });
});

describe('a social post under its display name and handle', () => {
  it("takes the display name as the author and the line under the post's stamp as the title, in lower case too", () => {
    const text = ['cohost!', '', 'marrow bells', '@lampwick', '', '· 4/19/2023, 11:02 PM', '', "the keeper's cat", '', 'By the time the lighthouse keeper\'s cat learned to operate the lamp, the keeper had been gone for three winters.', '', 'Her name was Pilchard.', ''].join('\n');
    const o = outline(parse(Buffer.from(text), 'post.txt'));
    expect([o.title, o.author]).toEqual(["the keeper's cat", 'marrow bells']);
    expect(o.chapters[0]!.firstWords.startsWith('By the time')).toBe(true);
  });
});

describe('a flash story app page (Commaful)', () => {
  it("takes the lower-case title over the by-line under the site's chrome, the hashtag row as no title, and the credit and story list as the page", () => {
    const story = 'My grandmother kept a jar of buttons on the windowsill, and every button had a story.\n\nThe brass one was from my grandfather\'s army coat.\n';
    const text = ['Commaful', 'Explore   Create   Sign In', '', 'the button jar', '', 'by @paperlanterns_', '#family #grandmother #flashfiction', '4.2K views   318 likes   27 comments', '', story, 'Created by @paperlanterns_', 'follow me for more tiny stories :)', '', 'Read more stories like this:', "the lighthouse keeper's daughter", ''].join('\n');
    const o = outline(parse(Buffer.from(text), 'post.txt'));
    expect(o.title).toBe('the button jar');
    expect(o.wordCount).toBe(25);
  });
});
