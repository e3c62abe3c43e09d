import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { prose } from './helpers/inspect.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'thread.txt'));
const card = (name: string, date: string, n: number): string => `${name}\n${date}\nAdd bookmark\n#${n}\n`;
const para = 'The delegates from Danzig arrived on the ninth of January, three days late, with ice in their beards.';

describe('a story posted in a forum thread, copied from the page', () => {
  const thread = [
    'Salt and Iron: A Hanseatic Timeline',
    'Thread starter Wendenvogt   Start date Mar 2, 2019',
    '',
    card('Wendenvogt', 'Mar 2, 2019', 1) + 'Threadmark: Chapter 1: The Winter Diet',
    'Chapter 1: The Winter Diet',
    '',
    para,
    'Reactions: Hrolf, Aurelian_Frost and 9 others',
    '',
    card('Hrolf', 'Mar 2, 2019', 2) + 'Oh, this is a great point of departure. Watched! Is Castorp real or made up for the story?',
    '',
    card('Wendenvogt', 'Mar 3, 2019', 3) + "He's real, though I'm taking liberties. Thanks!",
    '',
    card('Wendenvogt', 'Mar 9, 2019', 4) + 'Threadmark: Ice in the Sound',
    para,
    'Like   Reply',
  ].join('\n');

  it("keeps the starter's threadmarked posts as the chapters, a threadmark naming a post that has no heading of its own", () => {
    const o = read(thread);
    expect([o.title, o.author]).toEqual(['Salt and Iron: A Hanseatic Timeline', 'Wendenvogt']);
    expect(o.chapters.map((c) => c.title)).toEqual(['The Winter Diet', 'Ice in the Sound']);
    expect(o.wordCount).toBe(2 * 18);
  });

  it('keeps the starter’s posts and leaves the replies out where nothing is threadmarked', () => {
    const o = read(thread.replace(/Threadmark: Chapter 1: The Winter Diet\n/, '').replace('Threadmark: Ice in the Sound', 'Chapter 2: Ice in the Sound\n'));
    expect(o.chapters.map((c) => c.title)).toEqual(['The Winter Diet', 'Ice in the Sound']);
    expect(o.wordCount).toBe(2 * 18 + 7);
  });
});

describe("an IP.Board topic's posts under their cards", () => {
  it('reads `#2 NAME` / rank / counts / `Posted DATE` as a card, leaving the replies out', () => {
    const para = 'He arrived on the first of October by Portkey, with one trunk and no owl and nobody to meet him.';
    const card = (n: number, name: string) => `#${n} ${name}\nAuror\nMembers\n 412 posts\nPosted 14 June 2013 - 08:12 PM\n\n`;
    const o = read(`${card(1, 'Cindergrave')}Chapter 1: The Posting\n\n${para}\n\n${card(2, 'moonraker77')}Interesting premise, though it has been done to death.\n\n${card(3, 'Cindergrave')}Chapter 2: The Logbook\n\n${para}\n`);
    expect(o.author).toBe('Cindergrave');
    expect(o.chapters.map((c) => c.title)).toEqual(['The Posting', 'The Logbook']);
    expect(o.wordCount).toBe(2 * 20);
  });
});

describe("a forum's reader mode of threadmarked posts", () => {
  it('reads each threadmark, less its category, as the chapter, and leaves the post title and card above it out', () => {
    const post = (title: string, name: string) => `Apocrypha: ${title}\n${name} · Apr 2, 2026 · 612 words\n\nThreadmarks: Apocrypha: ${title}\n\n${para}\n\nReactions: Like ×48\n`;
    const o = read(`Salt and Iron\nThread starter Quillmarrow · Start date Mar 3, 2026\n\nReader mode · Apocrypha\n${post("The Cook's Day Off", 'Lanternfish')}\n${post('A Letter Home', 'Brightwater')}`);
    expect(o.chapters.map((c) => c.title)).toEqual(["The Cook's Day Off", 'A Letter Home']);
    expect(o.wordCount).toBe(2 * 18);
  });

  it("leaves an informational threadmark's post and the bar over a run of posts out of the chapters", () => {
    const post = (name: string, mark: string, text: string) => `${name}\n\nThreadmarks: ${mark}\n\nMar 4, 2025\n\n${text}\n\nLike x 14\n\n`;
    const o = read(
      `Salt and Iron\n\nThread starter Quillmarrow Start date Mar 4, 2025 Tags timeline hanse\n\n` +
        post('Quillmarrow', 'Informational: Premise and update schedule', 'Hi all! Updates are Tuesdays, roughly two thousand words.') +
        'Reader mode\nThreadmarks: Chapter 1 (2 threadmarks)\n\n' +
        post('Quillmarrow', 'Chapter One: The Diet', para) +
        post('Quillmarrow', 'Chapter Two: Ice', para),
    );
    expect(o.author).toBe('Quillmarrow');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Diet'], [2, 'Ice']]);
    expect(o.wordCount).toBe(2 * 18);
  });
});

describe('a forum thread in reader mode whose posts open on their threadmarks, unlabelled', () => {
  it("reads the titles the page's header lists as the chapters, past the member's title on each card and the reactions' tally", () => {
    const post = (n: number, title: string) => `Tollan_Reed\nKnow what you're doing\nMar ${n}, 2024\nAdd bookmark\n#${n}\n${title}\n${para}\n\nReply\nLike x 214 Informative x 3\n\n`;
    const o = read(`The Lamplighter's Apprentice\nThread starter Tollan_Reed Start date Mar 3, 2024\nRecent threadmarks\nOil and Wick Ladder Work Last Light\n\n${post(1, 'Oil and Wick')}${post(2, 'Ladder Work')}${post(3, 'Last Light')}`);
    expect(o.chapters.map((c) => c.title)).toEqual(['Oil and Wick', 'Ladder Work', 'Last Light']);
    expect(o.wordCount).toBe(3 * 18);
    expect(o.description).toBeNull();
  });
});

describe("a XenForo thread in Vietnamese: the post's number beside its date, the member's counts over it, the buttons and likes under it", () => {
  it('reads the starter posts as the chapters and nothing of the cards or their feet', () => {
    const post = (n: number, head: string, extra = '') =>
      `Lục Bình\nThành viên\n${extra}12/9/2020   #${n}\n${head}\n${para}\nThích   Trích dẫn   Trả lời\nmưa.rào và ${n} người khác thích bài này.\n\n`;
    const o = read(
      `Mùa nước nổi\n\n${post(1, 'Tên truyện: Mùa nước nổi\nTác giả: Lục Bình', 'Tham gia: 3/3/2019   Bài viết: 212\n')}${post(2, 'Chương 1: Nước lên')}` +
        `mưa.rào\nThành viên mới\n14/9/2020   #3\nĐọc tới đây mình khóc luôn á.\nThích   Trích dẫn   Trả lời\n\n${post(4, 'Chương 2: Cây bần')}`,
    );
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Nước lên'], [2, 'Cây bần']]);
    expect(o.author).toBe('Lục Bình');
    // (The first post's paragraph under the fields is the story's summary.)
    expect(o.description).toMatch(/^The delegates from Danzig/);
    expect(o.wordCount).toBe(2 * 18);
  });
});

describe('a HKGolden thread: cards of name, stamp and floor, `引用 回覆` under each post', () => {
  const post = (name: string, n: number, text: string) => `${name}\n2012/8/14 1:${10 + n}\n#${n}\n\n${text}\n\n引用 回覆\n`;
  const o = read(
    [
      '香港高登討論區 HKGolden.com',
      '主頁 | 吹水台 | 時事台 | 娛樂台 | 登入',
      '',
      '吹水台 > [連載] 深水埗嘅無郵票信',
      '',
      post('細佬阿輝', 1, "(一)\n我喺深水埗住咗成廿年，由細到大都係住同一棟唐樓，五樓，冇電梯。\n上個禮拜返到屋企，信箱入面有封信，白色信封，寫住我個名，但係冇郵票，冇郵戳，亦都冇寄件人地址。\n我阿媽話唔係佢放嘅，樓下看更伯伯話成日都冇人入過嚟。\n我拆開一睇，入面得一張相，係我細個喺樓下士多門口食雪糕嘅相。問題係，我屋企從來冇呢張相。\n相入面嘅我大概六七歲，著住學校件白色校服，手揸住支紅豆冰。我身後面士多門口企住個阿伯，佢嘅面俾人用原子筆劃花咗，一圈一圈咁，劃到張相紙都穿埋。我望住張相望咗成晚，瞓唔著。"),
      post('藍色大白鯊', 2, 'lm 睇定先'),
      post('細佬阿輝', 5, "(二)\n第二封信係三日之後嚟嘅。\n今次入面有張紙仔，字好工整，好似啲老師寫黑板咁：「你仲記唔記得間士多叫咩名？」\n我真係唔記得。間士多九七年已經執咗，變咗而家嗰間藥房。我問阿媽，佢諗咗好耐，話叫「福記」，老闆係個好瘦嘅阿伯，成日俾免費波子汽水我飲。\n我完全冇印象。但係個名一講出嚟，我條頸後面啲毛成條企起晒。\n當晚我翻晒成箱舊相簿，搵唔到任何一張同士多有關嘅相。反而喺最底嗰本相簿入面，發現有一格係空嘅，膠紙仲喺度，好似有人專登將張相撕咗出嚟咁。"),
      post('九龍塘鐵人', 6, '推！樓主快啲update'),
    ].join('\n'),
  );
  it("reads the starter's `(一)`, `(二)` as chapters and leaves the buttons out of the body", () => {
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.chapters[1]?.firstWords.startsWith('第二封信')).toBe(true);
    expect(o.wordCount).toBe(10);
  });
});

describe('a board thread with one-line cards and numbered floors (Tianya)', () => {
  const floor = (name: string, n: number, text: string) => `作者：${name}　回复日期：2007-5-1${n} 21:52:17　　${n}楼\n\n${text}\n\n　　回复　　举报\n`;
  const thread = [
    '天涯社区 > 舞文弄墨 > 【原创】槐树上的人（短篇，已完）',
    '',
    '【原创】槐树上的人（短篇，已完）',
    '',
    '作者：北方有槐　提交日期：2007-5-13 21:36:00　访问：3842　回复：47',
    '',
    '　　楼主按：第一次在舞文发帖，分两次贴完。',
    '',
    '（一）',
    '',
    '　　我们村口有一棵老槐树。',
    '',
    floor('青衫湿了', 1, '　　沙发！楼主快更'),
    floor('北方有槐', 2, '（二）\n\n　　水退了以后，我们找到了奶奶。\n\n　　（完）\n\n　　后记：故事是真是假我也不知道，槐树现在还在，每年五月开花。谢谢各位捧场。'),
    floor('一叶知秋2006', 3, '　　顶一个，结尾那句看得我后背发凉'),
  ].join('\n');
  const o = read(thread);

  it("keeps the starter's floors as the story and leaves the others' replies and the cards out", () => {
    expect(o.title).toBe('槐树上的人');
    expect(o.author).toBe('北方有槐');
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, '我们村口有一棵老槐树。'], [2, '水退了以后，我们找到了奶奶。']]);
    expect(o.wordCount).toBe(2);
  });
  it("reads the opening card's fields apart by ideographic spaces", () => {
    expect(o.fields).toMatchObject({ 提交日期: '2007-5-13 21:36:00', 访问: '3842', 回复: '47' });
  });
  it("reads the starter's note over the post and the afterword under the last floor as notes", () => {
    expect(o.notesBefore.map((n) => n.label)).toEqual(['楼主按']);
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([0, 1]);
  });
});

describe("a story told in a post's comments (a writing-prompts board copied from the page)", () => {
  const para = (n: number): string => `The printer chirped ${n} times that morning and every receipt said the same thing, so I kept walking.`;
  const page = [
    'r/WritingPrompts', 'Posted by u/moth', '3 hr. ago', '[WP] Every receipt prints the date you will next cry.', '1.4k', 'Share', '',
    'AutoModerator', '•', '3h', 'Welcome to the Prompt! All top-level comments must be a story or poem.', '',
    'quill_writes', '•', '3h', '', 'I.', '', para(1), '', para(2), '', '1.1k', 'Reply', 'Share',
    'quill_writes', 'OP', '•', '2h', 'II.', '', para(3), '', '642', 'Reply', 'Share',
    'moth', '•', '2h', 'This gutted me.', '', '12', 'Reply',
  ].join('\n');

  it("keeps the commenter who wrote most, in order, and leaves the post, cards, scores and others' comments out", () => {
    const o = read(page);
    expect(o.author).toBe('quill_writes');
    expect(o.chapters.map((c) => [c.number, c.wordCount])).toEqual([[1, 36], [2, 18]]);
    expect(o.diagnostics.some((d) => d.ruleId === 'forum-comments')).toBe(true);
  });
});

describe("a story posted by its writer, continued in the writer's own comments", () => {
  it('keeps the post, so no words of the story go with the page around it', () => {
    const para = (n: number): string => `The lighthouse keeper counted ${n} ships that night and wrote each one down in the blue ledger by the stove.`;
    const page = [
      'r/shortstories', 'Posted by u/gannet_writes', '5 hr. ago', 'The Ledger', '', para(1), '', para(2), '', '88', 'Share', '',
      'reader_one', '•', '4h', 'More please!', '',
      'gannet_writes', 'OP', '•', '4h', 'Part two.', '', para(3), '', para(4), '', para(5), '', '40', 'Reply',
      'reader_two', '•', '3h', 'Lovely.', '',
    ].join('\n');
    const o = read(page);
    expect(o.wordCount).toBeGreaterThanOrEqual(5 * 20);
  });
});

describe("a forum's list of recent threadmarks copied as one line", () => {
  const para = 'The docks at night smelled like rope and old fish, which she had decided was the smell of being right about something.';
  it('is left out, not read as a chapter, when the threadmarks it names head the posts', () => {
    const post = (n: number, title: string): string => ['tallowmoth', '', 'Jul 18, 2024', '', 'Threadmarks', '', `Part ${n}: ${title}`, '', para, '', para, ''].join('\n');
    const o = read(['Lantern Keeper', '', 'Recent threadmarks', '', 'Part 3: Undertow Part 4: Slack Water Epilogue', '', post(3, 'Undertow'), post(4, 'Slack Water')].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [3, 'Undertow'],
      [4, 'Slack Water'],
    ]);
    expect(o.diagnostics.some((d) => d.ruleId === 'heading-menu-line')).toBe(true);
  });
  it('is left out when it starts with a chapter the copy does not hold', () => {
    const post = (n: number, title: string): string => ['tallowmoth', '', 'Jul 18, 2024', '', `Threadmarks: Chapter ${n}: ${title}`, '', para, '', para, ''].join('\n');
    const o = read(['Lantern Keeper', '', 'Recent threadmarks', 'Chapter 2: Low Tide Chapter 3: Undertow Chapter 4: Slack Water', '', post(3, 'Undertow'), post(4, 'Slack Water')].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [3, 'Undertow'],
      [4, 'Slack Water'],
    ]);
  });
});

describe('a vBulletin thread copied from the page', () => {
  const member = (name: string, rank: string, n: number, stamp: string): string => `${name}\n${rank}\nJoin Date: Mar 2009\nPosts: 1,203\n\n#${n}\nOld ${stamp}\n`;
  const thread = [
    'Lilac Forums > Literature > Members\' Stories',
    'Novel: The House by the Sea',
    'Thread Tools   Display Modes',
    '',
    member('salma_dreams', 'Distinguished Member', 1, '14-07-2011, 10:22 PM'),
    'The House by the Sea', '', 'Part One', '', para, '',
    member('moonlight', 'New Member', 2, '14-07-2011, 11:05 PM'),
    'Lovely start, waiting for part two!', '',
    member('salma_dreams', 'Distinguished Member', 3, '16-07-2011, 09:47 PM'),
    'Part Two', '', para, '',
  ].join('\n');

  it("reads the member block over each post's number and stamp as its card, and the thread's title set again atop the first post as the story's", () => {
    const o = read(thread);
    expect([o.title, o.author]).toEqual(['The House by the Sea', 'salma_dreams']);
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, 'The delegates from Danzig arrived'], [2, 'The delegates from Danzig arrived']]);
    expect(o.wordCount).toBe(2 * 18);
  });
});

describe('a forum thread whose cards are set stamp first (Flashback)', () => {
  const card = (stamp: string, n: number, name: string) => [stamp, `#${n}`, name, 'Medlem', 'Reg: Mar 2011', 'Inlägg: 1 204'];
  const o = read(
    [
      'Flashback Forum',
      'Logga in',
      'Hem › Forum › Kultur & Media › Eget skrivande',
      'Novell: Isvaken (tre delar)',
      'Ämnesverktyg',
      'Visa',
      ...card('2024-01-14, 22:31', 1, 'tallbarr'),
      'Del 1 – Sjön',
      prose('Morfar'),
      'Senast redigerad av tallbarr 2024-01-15 klockan 08:12. Anledning: stavfel',
      'Citera',
      'Svara med citat',
      ...card('2024-01-14, 23:05', 2, 'Gröna_Ugglan'),
      'Snyggt. Fick gåshud. Väntar på del 2.',
      'Citera',
      ...card('2024-01-15, 21:48', 3, 'tallbarr'),
      'Del 2 – Vaken',
      prose('Isen'),
      'Citera',
      'Liknande ämnen',
      'Ämne\tStartat av\tForum\tSvar',
      'Mina dikter\tfjällräven77\tEget skrivande\t6',
    ].join('\n'),
  );

  it("reads the starter's posts as the story, the title from the thread's line naming the work's kind", () => {
    expect([o.title, o.author]).toEqual(['Isvaken', 'tallbarr']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Sjön'], [2, 'Vaken']]);
    expect(o.wordCount).toBe(2 * 14);
  });
});

describe("a Vanilla forum thread: each card the name, the rank and post count on one line, the date; the writer's motto signed with a handle", () => {
  const card = (name: string, posts: number, date: string): string[] => [name, `Member Posts: ${posts}`, date];
  const signature = '"Ang bawat biyahe ay may kuwento." — kuyamiggy | Wattpad: @kuyamiggy_writes';
  const o = read(
    [
      'PinoyExchange',
      'Home › Arts and Entertainment › PEx Writers\' Corner',
      'Tatlong Gabi sa Sagada',
      ...card('kuyamiggy_writes', 312, 'March 2024 edited March 2024'),
      'UNANG KABANATA: Ang Bus',
      '',
      prose('Lara'),
      '',
      signature,
      'Quote',
      ...card('jhaycee_reads', 88, 'March 2024'),
      'bump! grabe yung bintana HAHAHA next chapter na po please',
      'Quote',
      ...card('kuyamiggy_writes', 313, 'March 2024'),
      'IKALAWANG KABANATA: Hamog',
      '',
      prose('Migo'),
      '',
      signature,
      'Quote',
      ...card('kuyamiggy_writes', 314, 'April 2024'),
      'IKATLONG KABANATA: Dagat ng Ulap',
      '',
      prose('Sagada'),
      '',
      signature,
      '',
    ].join('\n'),
  );

  it("reads the starter's posts as the chapters, the cards, the reply and the signature none of them", () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'Ang Bus'],
      [2, 'Hamog'],
      [3, 'Dagat ng Ulap'],
    ]);
    expect(o.wordCount).toBe(3 * 14);
  });
});

describe("a XenForo thread copied with no blank lines: the thread's starter and date run on into the first post's card", () => {
  const card = (name: string, rank: string, n: number): string[] => [name, rank, '12/3/24', `#${n}`];
  const o = read(
    [
      'voz',
      'Forums',
      'Chuyến xe 23 giờ 30 - truyện ngắn',
      'Thread starter tai_xe_dem Start date 12/3/24',
      ...card('tai_xe_dem', 'Senior Member', 1),
      'Chap 1: Bến xe Mỹ Đình',
      prose('Khải'),
      'Like',
      ...card('gaugau_2k', 'Member', 2),
      'Hay quá thím ơi, hóng chap sau nhé, viết tiếp đi đừng drop nha.',
      ...card('tai_xe_dem', 'Senior Member', 3),
      'Chap 2: Lào Cai',
      prose('Tín'),
      'Like',
      ...card('hoa_sua', 'Member', 4),
      'Đọc xong muốn khóc luôn, cảm ơn thím đã viết truyện này.',
      '',
    ].join('\n'),
  );

  it("reads the name over its rank as the card's poster, not the rank", () => {
    expect(o.author).toBe('tai_xe_dem');
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.wordCount).toBe(2 * 14);
  });
});
