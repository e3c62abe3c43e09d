import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** Reading sites' and apps' pages copied with their furniture: stamps, counters, reader comments, buttons. */
const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
const shape = (o: ReturnType<typeof read>) => o.chapters.map((c) => [c.number, c.title, c.firstWords.split(' ')[0], c.notesBefore.length, c.notesAfter.length, c.wordCount]);

describe('a Thai reading site (Dek-D)', () => {
  const page = [
    'นิยาย ดาวดวงสุดท้าย',
    'โดย ลมทะเล',
    'ตอนที่ 1 : ท่าเรือ',
    'อัปเดตล่าสุด 3 ม.ค. 68 / 08:15 น.',
    'เรือลำสุดท้ายออกจากท่าตอนหกโมงเช้า ทุกคนยืนมองจนลับตา',
    'เธอกลับบ้านคนเดียว ถนนเงียบกว่าทุกวัน',
    'ทอล์กจากนักเขียน',
    'ขอบคุณที่อ่านนะคะ',
    'ตอนที่ 2 : ประภาคาร',
    'อัปเดตล่าสุด 5 ม.ค. 68 / 21:40 น.',
    'ประภาคารยังเปิดไฟทุกคืน แม้ไม่มีเรือให้นำทางแล้ว',
    'เธอขึ้นไปนั่งข้างบนจนฟ้าสาง',
    '',
  ].join('\n');

  it('reads the title without the site\'s word for a novel before it', () => {
    expect(read(page).title).toBe('ดาวดวงสุดท้าย');
  });

  it('leaves the update stamp under each heading out of the body, and reads the writer\'s talk box as a note', () => {
    expect(shape(read(page))).toEqual([
      [1, 'ท่าเรือ', 'เรือลำสุดท้ายออกจากท่าตอนหกโมงเช้า', 0, 1, 4],
      [2, 'ประภาคาร', 'ประภาคารยังเปิดไฟทุกคืน', 0, 0, 3],
    ]);
  });
});

describe("Wattpad's app and web reader in other scripts", () => {
  it('leaves icon counters and the readers\' comments between parts out of the body (Korean app)', () => {
    const o = read(
      [
        '바다로 가는 길',
        '작가: moon_writes',
        '',
        '1화. 첫 번째 파도',
        '👁 3.4천  ★ 210  💬 12',
        '',
        '그날 아침 바다는 조용했다. 민지는 신발을 벗고 모래 위를 걸었다.',
        '파도가 발목까지 올라왔다가 다시 내려갔다.',
        '',
        '💬 여기 너무 좋아요',
        '💬 다음 화 기다릴게요!!',
        '',
        '2화. 두 번째 파도',
        '👁 2.9천  ★ 188  💬 9',
        '',
        '작가의 말: 마지막 화예요!',
        '',
        '저녁이 되자 바람이 불었다. 민지는 다시 바다로 나갔다.',
        '',
      ].join('\n'),
    );
    expect(shape(o)).toEqual([
      [1, '첫 번째 파도', '그날', 0, 0, 15],
      [2, '두 번째 파도', '저녁이', 1, 0, 8],
    ]);
  });

  it('leaves counters in Arabic-Indic digits and a dedication to a handle without its @ out of the body (Arabic web)', () => {
    const o = read(
      [
        'بيت على التل',
        'بقلم layla_writes',
        'الفصل الأول: الطريق',
        '٢٫١ ألف قراءة · ٢٠٠ تصويت · ٤٥ تعليق',
        'مُهدى إلى sara_99',
        'ملاحظة الكاتبة: أول فصل، أتمنى أن يعجبكم.',
        'مشت سلمى على الطريق الترابي حتى وصلت إلى البيت.',
        'كان الباب مفتوحًا والنوافذ مغلقة.',
        'الفصل الثاني: البيت',
        '٩٠٠ قراءة · ٨٠ تصويت · ١٢ تعليق',
        'في الداخل كان كلّ شيء كما تركته جدّتها.',
        '',
      ].join('\n'),
    );
    expect(shape(o)).toEqual([
      [1, 'الطريق', 'مشت', 1, 0, 14],
      [2, 'البيت', 'في', 0, 0, 8],
    ]);
  });
});

describe('a Japanese novel site (Kakuyomu)', () => {
  it('reads past the site name, takes `作者 NAME` as the by-line and `【まえがき】text` as a note', () => {
    const o = read(
      [
        'カクヨム',
        '海辺の郵便局',
        '作者 青木みなと',
        '',
        '第1話　手紙',
        '',
        '【まえがき】全三話の短編です。',
        '',
        '　その郵便局には、宛先のない手紙ばかりが届く。',
        '',
        '　局長はそれを一通ずつ読んで、棚にしまう。',
        '',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['海辺の郵便局', '青木みなと']);
    expect(shape(o)).toEqual([[1, '手紙', 'その郵便局には、宛先のない手紙ばかりが届く。', 1, 0, 2]]);
  });
});

describe("a Japanese episode page's next-episode link", () => {
  const episode = ['海辺の郵便局', '作者 青木みなと', '', '第1話　手紙', '', '　その郵便局には、宛先のない手紙ばかりが届く。', '', '「また来たよ」', '', '応援する ♥ 12', '応援コメント 2', '次のエピソード', '第2話　切手', ''];

  it('is no chapter of its own, and the buttons above it are no text (the last line of speech stays)', () => {
    const o = read(episode.join('\n'));
    expect(shape(o)).toEqual([[1, '手紙', 'その郵便局には、宛先のない手紙ばかりが届く。', 0, 0, 2]]);
  });

  it("gives way to the next page's own heading copied after it", () => {
    const next = ['カクヨム', '海辺の郵便局', '作者 青木みなと', '', '第2話　切手', '', '　局長は古い切手を一枚、封筒に貼った。', ''];
    const o = read([...episode, ...next].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.line, c.wordCount])).toEqual([[1, 4, 2], [2, 19, 1]]);
  });
});

describe('a Hindi reading site (Pratilipi)', () => {
  it("leaves the rating prompt and buttons under each part out of the body, and keeps the writer's note above them", () => {
    const o = read(
      [
        'नीली नदी',
        '',
        'भाग 1: किनारा',
        '',
        'नदी के किनारे एक पुराना पेड़ था। बच्चे उसकी छाया में खेलते थे और बूढ़े वहाँ बैठकर बातें करते थे।',
        '',
        'अपनी रेटिंग दें',
        '★ ★ ★ ★ ★',
        'अगला भाग पढ़ें',
        '',
        'भाग 2: बाढ़',
        '',
        'उस साल बाढ़ आई और पेड़ बह गया। गाँव ने उसकी जगह एक नया पौधा लगाया।',
        '',
        'लेखक की ओर से: पढ़ने के लिए धन्यवाद।',
        '',
        'अपनी रेटिंग दें',
        '★ ★ ★ ★ ★',
        'समीक्षा लिखें',
        '',
      ].join('\n'),
    );
    expect(shape(o).map((c) => c.slice(0, 5))).toEqual([
      [1, 'किनारा', 'नदी', 0, 0],
      [2, 'बाढ़', 'उस', 0, 1],
    ]);
    expect(o.chapters.map((c) => c.sceneBreaks)).toEqual([0, 0]);
  });
});
