import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

/** Egyptian-Arabic sentences of story, each of nine words. */
const a = 'صحيت ليلى على صوت أمها بتنده من المطبخ بدري.';
const b = 'الحوش كان ضلمة ونور القمر نازل على الشجرة لوحدها.';

/** An Arabic novel blog's post holding two chapters, copied from the browser (Blogger's Arabic template). */
const post = [
  'روايات زهرة الياسمين',
  'الرئيسية',
  'روايات رومانسية',
  'اتصل بنا',
  '',
  'رواية ظل الياسمين الفصل الرابع والخامس بقلم منى عبد الرحمن',
  'بواسطة Zahra',
  'يناير 12, 2024',
  '',
  'رواية ظل الياسمين الفصل الرابع',
  '',
  a,
  '',
  'اقرأ أيضا: رواية ظل الياسمين الفصل الثالث بقلم منى عبد الرحمن',
  '',
  a,
  '',
  'رواية ظل الياسمين الفصل الخامس',
  '',
  b,
  '',
  b,
  '',
  'يتبع...',
  '',
  'ملحوظة من الكاتبة: الفصل السادس هينزل يوم الخميس إن شاء الله ❤️',
  '',
  'لقراءة باقي فصول الرواية اضغط هنا',
  '',
  'الوسوم:',
  'روايات رومانسية',
  'مشاركة',
  'Facebook',
  'WhatsApp',
  'المشاركة التالية',
  'المشاركة السابقة',
  '0 تعليقات',
  'إرسال تعليق',
  'Oops!',
  'Ad Blocker Detected!',
  '',
].join('\n');

describe("an Arabic novel blog's post of two chapters", () => {
  const o = read(post);

  it("reads the chapters' own headings under the post's title that names them both, and the novel's name without its word for a novel", () => {
    expect(o.chapters.map((c) => c.number)).toEqual([4, 5]);
    expect(o.title).toBe('ظل الياسمين');
  });

  it("keeps the writer's note (`ملحوظة من الكاتبة:`) and leaves the link to another part, `يتبع`, and the template's tail out", () => {
    expect(o.chapters[1]!.notesAfter).toHaveLength(1);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([18, 18]);
  });
});
