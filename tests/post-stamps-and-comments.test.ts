import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

// A post copied from a blog or a social site: the poster's name over the post's age (`3 days ago`), the post,
// its buttons and counts, and the readers' comments under their stamps.
describe("a blockchain blog's post copied whole", () => {
  const page = [
    'PeakD', 'Explore', 'Communities', 'Wallet', 'Log in', 'Sign up',
    'marrowlight (67)',
    'in The Ink Well • 3 days ago',
    'Salt and Brass — Chapter 3: The Tide Clock',
    'Image made by me in Canva',
    '',
    'Chapter 3: The Tide Clock',
    prose('Wren'),
    '',
    prose('Nell'),
    '',
    'Posted Using InLeo Alpha',
    '',
    'fiction', 'serial', '$4.87', '62', '9', 'Reblog', 'marrowlight', 'Follow',
    'Comments',
    'Sort: Trending',
    'quillandkettle (62) · 2 days ago',
    'That last line! Now I need to know where the thin hand is pointing them. Chapter 4 cannot come soon enough, honestly.',
    'Reply', '$0.03',
    'marrowlight (67) · 2 days ago',
    "Thank you! It's pointing somewhere very wet, I can promise that much.",
    'Reply', '$0.00',
    'About PeakD', 'Privacy Policy',
    '',
  ].join('\n');

  it('takes the poster over the age of the post as the author, and the work from the post title', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['Salt and Brass', 'marrowlight']);
    expect(o.description).toBeNull();
  });

  it('leaves the buttons, counts and the comments under their stamps out, and keeps the story', () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[3, 'The Tide Clock']]);
    expect(o.wordCount).toBe(28);
  });
});

describe('a post with its age in another language, the story run on line by line', () => {
  it('reads the name over `2 lata temu` as the poster, and a line of speech under a label as the story', () => {
    const text = [
      'kotlet_schabowy_', '2 lata temu', '',
      'Babcia i nawigacja', '',
      'Moja babcia ma osiemdziesiąt trzy lata i od zeszłej zimy ma też samochód z nawigacją, którą ustawił kuzyn.',
      'Pierwszego dnia babcia usiadła z przodu, popatrzyła na ekran i powiedziała, że ta pani mówi za szybko.',
      'Nawigacja odpowiedziała: „Jesteś u celu".',
      'Mam dwadzieścia dziewięć lat i rozkleiłem się na parkingu pod Radomiem.',
      '',
    ].join('\n');
    const o = read(text);
    expect([o.title, o.author, o.description]).toEqual(['Babcia i nawigacja', 'kotlet_schabowy_', null]);
    expect(o.fields).toEqual({});
    expect(o.wordCount).toBe(18 + 17 + 5 + 11);
  });
});

describe('a chat log whose posts stand under their stamps', () => {
  it('keeps every post: no line opens a comment section, so a stamp is no comment’s', () => {
    const text = [
      '[3/14/2024 9:12 PM] wrenfeather', prose('Isolde'), '',
      '[3/14/2024 9:31 PM] Dice Roller', '🎲 wrenfeather rolled 1d20 (Insight): 17', '',
      '[3/14/2024 9:38 PM] Tallow', `${prose('Cael')} ${prose('Cael')}`, '',
    ].join('\n');
    expect(read(text).wordCount).toBeGreaterThanOrEqual(14 * 3);
  });
});

describe("a literary portal's story page with its readers' comments under a short last chapter", () => {
  const para = (first: string): string => `${first} атамның ескі радиосы бар еді, қоңыр түсті, ағаш қорапты, бір бүйірі сызат, әйтеуір бір тірі жан сияқты.`;
  const page = [
    'Күміс радио', 'Авторы: Айгерім Сейітқызы', 'Жанры: Әңгіме', 'Бөлісу:', 'Facebook', 'Telegram', 'WhatsApp',
    'І', para('Жазғы жайлауда'), para('Кешке'), para('Бір күні'),
    'ІІ', para('Күзде'),
    'Пікірлер (3)',
    'Дина', '13.05.2023 10:14', 'Керемет әңгіме! Атамды еске түсірдім, рахмет сізге осындай жылы әңгіме үшін.', 'Жауап беру',
    'Ерлан Б.', '13.05.2023 18:40', 'Соңғы жолдары жүрекке жетті. Жалғасы бола ма? Мен күтемін, жазыңызшы тезірек.', 'Жауап беру',
    'Айгерім Сейітқызы', '14.05.2023 09:02', 'Рахмет! Жалғасы жоқ, бірақ жаңа әңгіме жазып жатырмын, жақында шығады.', 'Жауап беру',
    '',
  ].join('\n');

  it('reads the Cyrillic numerals as the chapters, the share row as the page, and leaves the comments out', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['Күміс радио', 'Айгерім Сейітқызы']);
    expect(Object.keys(o.fields)).not.toContain('Бөлісу');
    expect(o.front).toEqual([]);
    expect(o.chapters.map((c) => [c.number, c.wordCount])).toEqual([[1, 19 + 18 + 19], [2, 18]]);
  });
});

describe("a work network's feed post: the poster, the audience, the stamp, the occasion with the story's title", () => {
  const para = (first: string): string => `${first} өләсәйем тәҙрә янына ултырып, күккә ҡарай торғайны, ә мин уның янында ултырып, ҡаҙҙарҙы көтә инем.`;
  const post = [
    'Гүзәл Ғәлиева', 'Всем сотрудникам', '21 февраля 09:15',
    'Туған тел көнөнә: «Ҡаҙҙар ҡайтҡанда»',
    'Жанр: хикәйә',
    '',
    'Беренсе бүлек', '', para('Һәр яҙ'), '', para('Көҙ'), '',
    'Икенсе бүлек', '', para('Йылдар үткәс'), '', para('Ҡыш'), '',
  ].join('\n');

  it('takes the poster as the author over the audience, the title from the guillemets, and Bashkir chapter words', () => {
    const o = read(post);
    expect([o.title, o.author]).toEqual(['Ҡаҙҙар ҡайтҡанда', 'Гүзәл Ғәлиева']);
    expect(Object.keys(o.fields)).not.toContain('Туған тел көнөнә');
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
  });
});
