import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A XenForo post: the card, the post, the poster's signature, the reactions and the reply button. */
const post = (name: string, day: string, n: number, body: string[], signed: boolean): string[] => [
  name, 'Novel writer', day, `#${n}`, ...body, '',
  ...(signed ? ['I want an orange garden and someone to call my name with its blossom.', 'Novel: The Orange Garden | being typed', ''] : []),
  'واکنش‌ها: نیلوفر_آبی، sara.m و ۱۴ کاربر دیگر', 'Reply', '',
];

describe("a story posted in a forum thread, the starter's signature under each post", () => {
  const o = read([
    'Novel Forum', 'Forums  Latest  Members  Log in', '', 'Novel: The Orange Garden', 'Thread starter mahour.k', '',
    ...post('mahour.k', '12 Dec 2023', 1, ['#پارت_اول', '', 'از زبان آرش:', '', prose('Arash')], true),
    ...post('star_s', '12 Dec 2023', 2, ['Your topic is approved. Please keep each part above 800 words.'], false),
    ...post('mahour.k', '13 Dec 2023', 3, ['#پارت_دوم', '', 'از زبان سپیده:', '', prose('Sepideh')], true),
    ...post('mahour.k', '14 Dec 2023', 4, ['#پارت_سوم', '', prose('Mansour')], true),
    'برای پاسخ دادن باید وارد شوید یا ثبت نام کنید.', 'اشتراک گذاری:', 'تلگرام', 'واتساپ', '',
    'Novel Forum', 'Rules', 'Contact us', 'Privacy', 'Forum software by XenForo® © 2010-2024 XenForo Ltd.', '',
  ].join('\n'));

  it('leaves the signature, the reactions, the share row and the footer out of the story', () => {
    expect(o.wordCount).toBe(42);
  });

  it('reads `از زبان NAME:` as whose eyes the part is told through', () => {
    expect(o.chapters.map((c) => c.povMarkers)).toEqual([['آرش'], ['سپیده'], []]);
  });
});
