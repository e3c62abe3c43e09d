import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a blog post's date stamp with its weekday", () => {
  it("is a date, no poster's name: `Þriðjudagur, 4. mars 2008`", () => {
    const o = read(['Sögur úr sveitinni', '', 'Þriðjudagur, 4. mars 2008', '', 'Vitinn – 1. hluti', '', prose('Ása'), '', prose('Jón'), ''].join('\n'));
    expect(o.author).toBeNull();
  });

  it('names the post by the line straight over it, the story under it: `[Truyện ngắn] Mùa phượng cuối` / `Thứ Hai, 18/05/2009 - 21:34`', () => {
    const o = read(['Yume.vn - Cộng đồng giới trẻ Việt Nam', 'Trang chủ | Blog | Ảnh | Diễn đàn | Nhạc | Đăng xuất', '', 'Blog của hoa_cuc_dai_9x', '', '[Truyện ngắn] Mùa phượng cuối', 'Thứ Hai, 18/05/2009 - 21:34', '', prose('Linh'), '', prose('Tôi'), ''].join('\n'));
    expect([o.title, o.author]).toEqual(['Mùa phượng cuối', 'hoa_cuc_dai_9x']);
    expect(o.wordCount).toBe(28);
  });
});
