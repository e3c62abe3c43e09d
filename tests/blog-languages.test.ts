import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { matchByLine } from '../src/parse/rules/header-labels.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'post.txt'));
const paragraphs = (sentence: string): string => Array.from({ length: 3 }, (_, k) => `${sentence} ${k + 1}.`).join('\n\n');

describe("blog posts in their platform's language", () => {
  it('reads a Hebrew WordPress post: its menu, its title over `פורסם ב-DATE מאת NAME`', () => {
    const he = paragraphs('השעון בסלון של סבא מרדכי פיגר בשבע דקות וכל המשפחה ידעה את זה');
    const o = read(['דילוג לתוכן', 'מגירת הסיפורים', 'סיפורים קצרים, פרקים ומה שביניהם', 'דף הבית', 'אודות', 'ארכיון', 'צרו קשר', 'סיפורים קצרים', 'השעון של סבא מרדכי', 'פורסם ב-3 בספטמבר 2020 מאת נועה ברקאי', '', he, ''].join('\n'));
    expect([o.title, o.author]).toEqual(['השעון של סבא מרדכי', 'נועה ברקאי']);
    expect(o.wordCount).toBe(3 * 14);
  });
  it("reads a Persian Blogfa post: the menu row is no title, the footer names the writer, the page's lines after it go", () => {
    const fa = paragraphs('مادربزرگ هر پاییز انارها را خودش دانه می‌کرد و به کسی اجازه نمی‌داد');
    const o = read(['کوچه‌باغ خاطره', 'اینجا از روزهایی می‌نویسم که دیگر برنمی‌گردند', '', 'صفحه اصلی | پست الکترونیک | آرشیو وبلاگ', '', 'انارهای مادربزرگ', '', fa, '', 'نوشته شده در دوشنبه سیزدهم آبان ۱۳۸۷ساعت ۲۲:۱۵ توسط مهتاب | نظرات (۵)', '', 'موضوعات: داستان کوتاه', ''].join('\n'));
    expect([o.title, o.author]).toEqual(['انارهای مادربزرگ', 'مهتاب']);
    expect(o.wordCount).toBe(3 * 14);
  });
  it("reads a Greek Blogger post: `Σημείωμα:` a note, Blogger's footer the author's and the page's", () => {
    const el = paragraphs('Η Δέσποινα έφτασε στη Σύρο με το πρωινό καράβι και ανέβηκε τα σκαλιά');
    const o = read(['Ιστορίες του Μελτεμιού', 'Μικρά διηγήματα από τα νησιά, κάθε Σάββατο.', 'Αρχική', 'Σχετικά με εμένα', 'Επικοινωνία', 'Σάββατο 12 Μαρτίου 2016', 'Το σπίτι με τα μπλε παντζούρια', 'Σημείωμα: Ανεβάζω ολόκληρη την ιστορία σε μία ανάρτηση.', '', el, '', 'Αναρτήθηκε από Μυρτώ Καλλέργη στις 8:14 μ.μ. 3 σχόλια:', 'Αποστολή με μήνυμα ηλεκτρονικού ταχυδρομείουBlogThis!Κοινοποίηση στο X', 'Ετικέτες: διηγήματα, Κυκλάδες', ''].join('\n'));
    expect([o.title, o.author]).toEqual(['Το σπίτι με τα μπλε παντζούρια', 'Μυρτώ Καλλέργη']);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.wordCount).toBe(3 * 14);
  });

  it("reads an Indonesian Blogger translation: `Catatan penerjemah:` notes, the original author's Han name kept, the comments the page's", () => {
    const id = paragraphs('Salju turun sejak subuh dan Lin Mo sudah tiga kali naik ke menara untuk memeriksa');
    const o = read(['Judul: Penjaga Lentera', 'Pengarang: Bai Yunxi (白云溪)', 'Penerjemah: Kabut', '', 'Catatan penerjemah: Dua bab sekaligus minggu ini.', '', 'Bab 7 - Lentera', '', id, '', 'Bab 8 - Tamu', '', id, '',
      'T/N: Bab 9 rilis Jumat.', '', 'Label: Penjaga Lentera, Terjemahan', '', '2 komentar:', '', 'dewi_m 8 Maret 2016 22.05', 'Makasih min! Shifu-nya favorit aku', ''].join('\n'));
    expect(o.author).toBe('Bai Yunxi (白云溪)');
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([0, 1]);
    expect(o.wordCount).toBe(2 * 3 * 16);
  });
});

describe('a short post with its footer stamp', () => {
  it('keeps every sentence of the story when the footer names the writer (`Posted by NAME at …`)', () => {
    const o = read('The Lamp\n\nShe went down to the water again today.\n\nThe boats were all in and the gulls were loud.\n\nNobody asked her where she had been.\n\nPosted by Mara Quill at 10:14 PM\n\nLabels: flash fiction\n');
    expect([o.title, o.author]).toEqual(['The Lamp', 'Mara Quill']);
    expect(o.wordCount).toBe(25);
  });
  it("keeps every sentence when the story's tags or the writer's sign-off close it", () => {
    const story = 'The Lamp\n\nShe went down to the water again today.\n\nThe boats were all in and the gulls were loud.\n\nNobody asked her where she had been.\n\n';
    expect(read(`${story}Tags: flash fiction, sea\n`).wordCount).toBe(25);
    expect(read(`${story}by Mara Quill\n`).wordCount).toBeGreaterThanOrEqual(25);
  });
});

describe('a story reposted on a community wall (VK)', () => {
  const ru = paragraphs('Электричка на Пушкино уходила поздно, и Лёша успел на неё только потому что бежал');
  const post = ['Страшные истории | Крипота', '12 окт 2021 в 20:00', '', 'ПОСЛЕДНЯЯ ЭЛЕКТРИЧКА', '', ru, '', 'От автора: история основана на байке деда.', '', 'Автор: Марина Лесная', '#истории@krip_story #авторское', '', 'Нравится', '1 248', 'Комментировать', '87', 'Поделиться', '203', '41K', '', 'Показать следующие комментарии', ''].join('\n');
  it("takes the writer from the credit under the story, not the community's name over the stamp", () => {
    const o = read(post);
    expect([o.title, o.author]).toEqual(['ПОСЛЕДНЯЯ ЭЛЕКТРИЧКА', 'Марина Лесная']);
    expect(o.fields['Автор']).toBe('Марина Лесная');
  });
  it("reads the writer's note over the credit as the story's, the wall's buttons as the page", () => {
    const o = read(post);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['От автора']);
    expect(o.wordCount).toBe(3 * 15);
  });
});

describe("Nyah! Fanfiction's chapter note boxes", () => {
  it('reads `Notas iniciais do capítulo` and `Notas finais do capítulo` as the chapter\'s notes', () => {
    const pt = paragraphs('A Biblioteca Municipal de Ouro Preto fechava às cinco, mas Dona Célia ficava');
    const o = read(['O Leitor da Quinta-Feira', 'Escrita por Lua_de_Minas', '', 'Capítulo 1 - Dom Casmurro', '', 'Notas iniciais do capítulo', 'Oi, gente! Boa leitura!', '', pt, '', 'Notas finais do capítulo', 'Até o próximo!', '', 'Capítulo 2 - A casa azul', '', pt, ''].join('\n'));
    expect(o.chapters.map((c) => [c.notesBefore.length, c.notesAfter.length])).toEqual([[1, 1], [0, 0]]);
  });
});

describe('journal and blog stamps', () => {
  it("reads a Naver blog post: its menu and buttons out, the writer beside the stamp's dot", () => {
    const ko = paragraphs('할머니의 세탁소는 골목 끝에 있었다 간판에는 행복세탁이라고 적혀 있었다');
    const o = read(['블로그 메뉴', '프롤로그   블로그   메모   안부', '', '[단편] 찾아가지 않은 옷', '글쓰는 고양이 ・ 2015. 3. 12. 23:41', 'URL 복사  이웃추가', '본문 기타 기능', '', ko, ''].join('\n'));
    expect(o.author).toBe('글쓰는 고양이');
    expect(o.chapters[0]!.firstWords.startsWith('할머니의')).toBe(true);
  });
  it("reads a Dreamwidth community entry: the poster's user tag, `Автор: [personal profile] NAME`, `Саммарі:`", () => {
    const uk = paragraphs('Бджоли прилетіли до вікна в понеділок рівно о сьомій і почали стукати в скло');
    const o = read(['[personal profile] verba_lypy wrote in [community profile] ukr_fic_weekly2022-05-04 09:13 pm', '', 'Назва: Липовий мед', 'Автор: [personal profile] verba_lypy', 'Саммарі: Бабуся Ганна каже, що бджоли знають, хто в домі сумує.', '', uk, ''].join('\n'));
    expect([o.title, o.author]).toEqual(['Липовий мед', 'verba_lypy']);
    expect(o.description).toBe('Бабуся Ганна каже, що бджоли знають, хто в домі сумує.');
  });
  it('takes the poster of a community entry from the line that names both', () => {
    expect(matchByLine('[personal profile] verba_lypy wrote in [community profile] ukr_fic2022-05-04 09:13 pm')?.author).toBe('verba_lypy');
  });
});

describe('a Vietnamese writing community post (Spiderum)', () => {
  it("keeps the menu out, takes the writer from `NAME · DATE · N phút đọc`, and the vote row and writer's card as the page", () => {
    const vi = paragraphs('Ông ngoại tôi chèo đò trên sông Hương suốt bốn mươi năm và chưa bao giờ lấy tiền');
    const o = read(['Spiderum', 'Trang chủ   Danh mục   Viết bài   Đăng nhập', '', 'Sáng tác', '', 'Tiền đò', 'Minh Khuê · 14 tháng 9, 2020 · 6 phút đọc', '', vi, '', '#truyện-ngắn #huế', '', '▲ 86   ▼   💬 12   Chia sẻ', '', 'Minh Khuê', 'Viết để nhớ.', 'Theo dõi', ''].join('\n'));
    expect([o.title, o.author]).toEqual(['Tiền đò', 'Minh Khuê']);
    expect(o.wordCount).toBe(3 * 19);
  });
});

describe('a Malay story portal (Penulisan2u)', () => {
  it("credits the writer by `Karya:`, reads `P/S:` as the story's note, and never takes Malay `di` in a capitals heading for a by-line", () => {
    const ms = paragraphs('Setiap kali hujan turun di Kuala Selangor ayah akan membuka tingkap dapur luas luas');
    const o = read(['Penulisan2u', 'Laman Utama | Cerpen | Novel | Puisi | Hantar Karya', '', 'CERPEN : PAYUNG MERAH DI TEPI SUNGAI', '', 'Posted by Admin P2U on 12 Ogos 2016 in Cerpen', 'Karya: Nur Aisyah Kamaruddin', '', ms, '', 'P/S: Cerpen ini diilhamkan daripada kisah jiran saya.', '', 'Kongsi: Facebook | Twitter', '', '12 Komen', ''].join('\n'));
    expect(o.author).toBe('Nur Aisyah Kamaruddin');
    expect(o.notesAfter.map((n) => n.label)).toEqual(['P/S']);
    expect(o.wordCount).toBe(3 * 15);
    expect(matchByLine('CERPEN : PAYUNG MERAH DI TEPI SUNGAI')).toBeNull();
  });
});

describe('an IP.Board post in a Russian interface', () => {
  it("reads the edit stamp under the post as the page's, so the writer's note over it closes the chapter", () => {
    const ky = paragraphs('Жаз келгенде кар эрип жол ачылды жана Гүлзада атасы экөө тоого чыгышты');
    const o = read(['1-бөлүм. Кышкы жол', '', ky, '', '2-бөлүм. Жаз', '', ky, '', 'Автордон: Окуганыңар үчүн чоң рахмат!', '', 'Сообщение отредактировал Айжаркын_К: 03 Март 2014 - 21:32', '', 'Наверх   Цитата   Ответить', ''].join('\n'));
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([0, 1]);
    expect(o.wordCount).toBe(2 * 3 * 13);
  });
});
