import type { HeadingLanguage } from './types.js';

/**
 * Vietnamese: `Chương 12`, `Chương mười hai`, `Hồi`, `Quyển`, `Ngoại truyện`,
 * `Lời tác giả`, `Tác giả:`. Numbers compose: `hai mươi mốt` (2 × 10 + 1);
 * the short number words are everyday words too (`ba` father, `năm` year),
 * so they count only after a label.
 */
export const vi: HeadingLanguage = {
  tag: 'vi',
  postAge: [String.raw`\d{1,3}\s+(?:phút|giờ|ngày|tuần|tháng|năm)\s+trước`],
  comments: ['bình luận'],
  names: ['vietnamese', 'tiếng việt', 'vietnamesisch', 'vietnamien', 'vietnamita', 'wietnamski'],
  // An extra chapter may be numbered (`Ngoại truyện 2`) or stand alone (`Ngoại truyện`, named below).
  chapter: ['chương', 'hồi', 'tiết', 'ngoại truyện', 'phiên ngoại'],
  calendar: {
    weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'],
    months: [['tháng 1', 'tháng một', 'tháng giêng'], ['tháng 2', 'tháng hai'], ['tháng 3', 'tháng ba'], ['tháng 4', 'tháng tư'], ['tháng 5', 'tháng năm'], ['tháng 6', 'tháng sáu'], ['tháng 7', 'tháng bảy'], ['tháng 8', 'tháng tám'], ['tháng 9', 'tháng chín'], ['tháng 10', 'tháng mười'], ['tháng 11', 'tháng mười một'], ['tháng 12', 'tháng mười hai', 'tháng chạp']],
    leads: ['ngày'],
    joiners: ['năm'],
    clock: ['lúc'],
  },
  part: ['phần', 'quyển', 'tập'],
  lastPart: ['hết', 'cuối', 'phần cuối', 'kết'],
  blogOwner: ['Blog của {name}', 'Nhật ký của {name}'],
  named: ['mở đầu', 'lời mở đầu', 'vĩ thanh', 'ngoại truyện', 'phiên ngoại', 'phần kết'],
  numbers: {},
  localNumbers: {
    'không': 0, 'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mốt': 1,
    'thứ nhất': 1, 'thứ hai': 2, 'thứ ba': 3, 'thứ tư': 4, 'thứ năm': 5, 'thứ sáu': 6, 'thứ bảy': 7, 'thứ tám': 8, 'thứ chín': 9, 'thứ mười': 10,
  },
  multipliers: { 'mươi': 10, 'trăm': 100 },
  totals: ['trên'],
  notes: [
    { id: 'note-vi', words: ['lời tác giả', 'tác giả nói', 'tác giả có lời muốn nói', 'ghi chú của tác giả', 'ghi chú', 'lời người dịch', 'lời editor', 'lảm nhảm', 'chú thích', 'lưu ý'], standalone: true },
    // An editor signs the note with their name (`Mèo có lời muốn nói:`, "Mèo has something to say").
    { id: 'note-vi-signed', pattern: /^\S+(?: \S+){0,3} có lời muốn nói$/iu, standalone: true },
    // The writer's last words after the story (`Lời cuối: Cảm ơn mọi người đã đọc…`), with their colon.
    { id: 'note-vi-end', words: ['lời cuối', 'lời kết'], standalone: false, edge: 'end' },
  ],
  fields: {
    title: ['tên truyện', 'tựa', 'tiêu đề', 'tựa đề'],
    author: ['tác giả'],
    description: ['văn án', 'giới thiệu', 'tóm tắt'],
    language: ['ngôn ngữ'],
    known: ['thể loại', 'nguồn', 'tình trạng', 'độ dài', 'cập nhật', 'lượt xem', 'số chương', 'nhân vật', 'cảnh báo', 'dịch giả', 'chuyển ngữ', 'biên tập', 'edit', 'beta', 'couple', 'rating'],
  },
  endings: ['hết', 'toàn văn hoàn'],
  navigation: [String.raw`chương\s+(?:trước|sau|tiếp)`],
  contents: ['mục lục'],
  byLines: ['bởi'],
  pov: { prefixes: ['góc nhìn của', 'góc nhìn', 'pov của'] },
  readMore: ['đọc tiếp', 'xem thêm'],
  related: ['bài viết liên quan', 'có thể bạn quan tâm', 'truyện liên quan'],
  account: ['trang chủ', 'đăng nhập', 'đăng ký', 'danh mục', 'viết bài', 'thể loại', 'bảng xếp hạng', 'đăng truyện', 'tìm kiếm', 'mục lục', 'báo lỗi chương', 'đề cử', 'tặng quà', 'cỡ chữ', 'màu nền', 'font chữ', 'chương trước', 'chương sau'],
  // A post's vote row and the writer's card under it (Spiderum: `▲ 86   ▼   💬 12   Chia sẻ`, `Theo dõi`).
  pageTail: [String.raw`[▲▼💬\d\s]*chia sẻ`, String.raw`theo dõi`, String.raw`bài viết liên quan`, String.raw`bình luận\s*\(\d+\)`, String.raw`viết bình luận.{0,10}`, String.raw`xem thêm bình luận`, String.raw`trả lời`],
  wiki: { edit: ['sửa', 'sửa mã nguồn'], jump: ['bước tới điều hướng tìm kiếm', 'bước tới điều hướng', 'bước tới tìm kiếm'] },
};
