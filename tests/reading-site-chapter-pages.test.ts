import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a Korean reading site's free-serial page", () => {
  const page = [
    '로망띠끄',
    '작가연재',
    '자유연재',
    '로그인',
    '회원가입',
    '자유연재 > 현대로맨스',
    '[현대] 비 오는 날의 서점 (7)',
    '작가 : 하윤서 | 등록일 : 2024.03.18 21:04 | 조회 : 312 | 추천 : 27',
    '글씨크기 작게 보통 크게',
    '배경색',
    '',
    '7. 빌려준 우산',
    '',
    '- 서하 -',
    '',
    prose('서하는'),
    '',
    '* * *',
    '',
    '- 도윤 -',
    '',
    prose('도윤은'),
    '',
    '작가의 말: 오늘도 읽어주셔서 감사합니다.',
    '',
  ].join('\n');
  const o = read(page);

  it("leaves the reader's font and colour buttons out, and reads the counted title's number from the heading that agrees with it", () => {
    expect(o.title).toBe('비 오는 날의 서점');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[7, '빌려준 우산']]);
    expect(o.chapters[0]!.firstWords).toBe('서하는 went down to the');
  });

  it("reads a Korean name drawn round with dashes as the POV, and the writer's word as the installment's note", () => {
    expect(o.chapters[0]!.povMarkers).toEqual(['서하', '도윤']);
    expect(o.chapters[0]!.notesAfter).toHaveLength(1);
  });
});

describe('chapter pages copied one after another with no blank lines, the site card under each heading', () => {
  const card = (n: number, words: string): string[] => ['Đạo Sĩ Hẻm Cây Me', `Chương ${n}: Tên ${n}`, 'Tiêu Dao Lão Nhân', 'Đô Thị', `${words} chữ`, '3 ngày trước', 'Chương trước', 'Mục lục', 'Chương sau'];
  const page = [
    'Mê Truyện Chữ',
    'Thể loại',
    'Bảng xếp hạng',
    'Đăng truyện',
    'Tìm kiếm',
    'Đăng nhập',
    ...card(23, '1.412'),
    prose('Khang'),
    '',
    prose('Tư'),
    '',
    'Chương trước',
    'Mục lục',
    'Chương sau',
    ...card(24, '1.587'),
    prose('Ông'),
    '',
    prose('Bà'),
    '',
    'Chương trước',
    'Mục lục',
    'Chương sau',
    'Bình luận (8)',
    'Viết bình luận...',
    'Gửi',
    'Hắc Miêu',
    'Cấp 7',
    '2 ngày trước',
    'Đoạn đọc truyện bị kẹt chương 13 làm mình cười xỉu, đúng tâm trạng luôn',
    'Trả lời',
    'Xem thêm bình luận',
    '',
  ].join('\n');
  const o = read(page);

  it("leaves each card's lines out of its chapter and reads the name opening every card as the author", () => {
    expect([o.title, o.author]).toEqual(['Đạo Sĩ Hẻm Cây Me', 'Tiêu Dao Lão Nhân']);
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([
      [23, 'Khang went down to the'],
      [24, 'Ông went down to the'],
    ]);
  });

  it('leaves the comments under the last chapter out', () => {
    expect(o.chapters.map((c) => c.wordCount)).toEqual([28, 28]);
  });
});

describe("a reading site's chapter pages copied whole, the heading inside the page's block of chrome lines", () => {
  const page = (n: number, title: string, first: string[]): string[] => [
    'Tàng Thư Viện', 'Thể loại', 'Đăng nhập',
    `Trang chủ > Sáng tác > Quán Trà > Chương ${n}`,
    'Quán Trà Bên Bến Ninh Kiều',
    `Chương ${n} : ${title}`,
    `Lê Thảo Nguyên | 2.104 chữ | 18/03/2024 21:00`,
    'Cỡ chữ', 'Màu nền', '',
    ...first,
    '', 'Chương trước', 'Mục lục', 'Chương sau',
  ];
  const text = [
    ...page(7, 'Ly trà đá thứ hai', [prose('Vy')]),
    ...page(8, 'Người hay trễ hẹn', ['— Góc nhìn của Vy —', '', prose('Vy'), '', '— Góc nhìn của ông Tư —', '', prose('Tư')]),
    '',
  ].join('\n');

  it('reads each page as the chapter its heading names, whatever the row of cells under it', () => {
    const o = read(text);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[7, 'Ly trà đá thứ hai'], [8, 'Người hay trễ hẹn']]);
  });

  it('takes a lone page: the title its breadcrumb names, the chapter under it, the story without the reader\'s buttons', () => {
    const story = [prose('Vy'), '', 'QUÁN TRÀ CÔ BA', '', prose('Ba'), '', '1. Trà đá – 3.000đ', '', '2. Cà phê sữa – 15.000đ', '', prose('Tư')];
    const lone = [
      'Tàng Thư Viện', 'Thể loại', 'Bảng xếp hạng', 'Truyện mới', 'Sáng tác', 'Đăng nhập',
      'Trang chủ > Sáng tác > Quán Trà Bên Bến Ninh Kiều > Chương 7',
      'Quán Trà Bên Bến Ninh Kiều',
      'Chương 7 : Ly trà đá thứ hai',
      'Lê Thảo Nguyên | 2.104 chữ | 18/03/2024 21:00',
      'Cỡ chữ', 'Màu nền', 'Font chữ', '',
      ...story, '',
      'Chương trước', 'Mục lục', 'Chương sau', 'Bình luận (12)', '',
    ].join('\n');
    const o = read(lone);
    expect(o.title).toBe('Quán Trà Bên Bến Ninh Kiều');
    expect(o.chapters.map((c) => [c.number, c.title, c.wordCount])).toEqual([[7, 'Ly trà đá thứ hai', read(story.join('\n')).wordCount]]);
  });

  it('takes a name after the words for point of view with its lower-case title', () => {
    expect(read(text).chapters[1]!.povMarkers).toEqual(['Vy', 'ông Tư']);
  });
});
