import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A XenForo card copied a cell to a line: name, title, each detail's label over its value, the date, the post's number. */
const card = (name: string, joined: string, posts: string, date: string, n: number): string[] => [name, 'Mitglied', 'Beitritt', joined, 'Beiträge', posts, date, `#${n}`];

const thread = [
  'Wortkrieger',
  'Foren',
  'Neue Beiträge',
  'Mitglieder',
  'Aktuelles',
  'Anmelden',
  'Registrieren',
  'Suche',
  'Foren',
  'Prosa',
  'Alltag',
  'Die Fähre um sieben',
  'Ersteller Lotte_K',
  'Erstellt am 12. Nov. 2023',
  ...card('Lotte_K', '03.05.2021', '58', '12. Nov. 2023', 1),
  prose('Marlene'),
  '',
  prose('Jonas'),
  '',
  prose('Ilse'),
  'Melden',
  'Antworten',
  ...card('Rudolf', '17.09.2016', '1.204', '13. Nov. 2023', 2),
  'Hallo Lotte_K, ich habe deine Geschichte gern gelesen, die Liste des Vaters mag ich sehr.',
  'Melden',
  'Antworten',
  ...card('Nichtgeburtstag', '22.01.2020', '312', '14. Nov. 2023', 3),
  'Hi Lotte, der Zwieback hat mich erwischt. Gern gelesen.',
  'Melden',
  'Antworten',
  '',
].join('\n');

describe('a German XenForo thread copied with no blank lines, each card a cell to a line', () => {
  const o = read(thread);

  it("reads the starter's post as the story and the replies as none of it, the members' counts no page numbers", () => {
    expect([o.title, o.author]).toEqual(['Die Fähre um sieben', 'Lotte_K']);
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(3 * 14);
  });

  it("reads the thread's bare labels as fields", () => {
    expect(o.fields).toMatchObject({ Ersteller: 'Lotte_K', 'Erstellt am': '12. Nov. 2023' });
  });
});

describe('a Persian XenForo thread: labels joined with a zero-width non-joiner, numbers in Persian digits', () => {
  const faCard = (name: string, posts: string, date: string, n: string): string[] => [name, 'نویسنده انجمن', 'عضویت', '۱۸ آذر ۱۴۰۲', 'ارسال\u200cها', posts, 'امتیاز واکنش', '۱٬۲۰۴', date, `#${n}`];
  const line = (who: string): string => `${who} چمدانش را روی سنگفرش کوچه گذاشت و به سردر خانه نگاه کرد، فانوس هنوز همان‌جا بود.`;
  const foot = ['آخرین ویرایش: ۱۵ اردیبهشت ۱۴۰۳', 'واکنش\u200cها: سارا.م، نیلوفر_آبی و ۱۲ نفر دیگر', 'گزارش', 'پسند', 'پاسخ'];
  const o = read(
    [
      'رمان چراغ‌های کوچه | مهتاب.ر',
      ...faCard('مهتاب.ر', '۳۱۲', '۱۲ اردیبهشت ۱۴۰۳', '۱'),
      line('مهرو'),
      ...foot,
      ...faCard('سارا.م', '۴٬۸۷۱', '۱۳ اردیبهشت ۱۴۰۳', '۲'),
      'خیلی قشنگ بود، منتظر پارت بعدی هستم و حتما نقد می‌نویسم.',
      'گزارش',
      'پسند',
      'پاسخ',
      ...faCard('مهتاب.ر', '۳۱۵', '۱۴ اردیبهشت ۱۴۰۳', '۳'),
      line('آرش'),
      ...foot,
      '',
    ].join('\n'),
  );

  it("reads the starter's posts as the story, the cards, edit stamps and the reply none of it", () => {
    expect(o.author).toBe('مهتاب.ر');
    expect(o.wordCount).toBe(2 * 17);
  });
});
