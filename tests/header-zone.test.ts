import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { inlineText } from '../src/parse/inline.js';
import { HEADER_CHROME, isBreadcrumb, isDateLine, isFooterBoilerplate, isNavRow, matchBoilerplate } from '../src/parse/rules/boilerplate.js';
import { isNavigationLine } from '../src/parse/rules/body-boilerplate.js';
import { matchByLine } from '../src/parse/rules/header-labels.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
/** `n` paragraphs of nine words each, none the same. */
const story = (n: number): string => Array.from({ length: n }, (_, k) => `On the ${k + 1}th morning the boats went out again.\n\n`).join('');
const body = 'The river was high that spring, higher than anyone in the village could remember, and the boats stayed in.\n\nShe went down anyway.\n';

describe("a fan translation's credits", () => {
  it('reads `Edit: NAME` among the credit fields as a field, and `Lưu ý:` under the heading as a note', () => {
    const o = read(`Gió Thổi Qua Hẻm Cũ\nTác giả: Thanh Lâm Tửu\nEdit: Mèo Lười\nBeta: Su Su\n\nChương 1: Quán mì\n\nLưu ý: Truyện edit chưa có sự cho phép của tác giả.\n\n${body}`);
    expect(o.fields).toMatchObject({ Edit: 'Mèo Lười' });
    expect(o.notesBefore).toHaveLength(0);
    expect(o.chapters.map((c) => [c.title, c.notesBefore.length])).toEqual([['Quán mì', 1]]);
  });

  it("leaves the installment's heading after the story's title out of the title", () => {
    const o = read(`Nhà Của Mèo Lười\n\n[Đam mỹ] Gió Thổi Qua Hẻm Cũ – Chương 1\n\nPosted on Tháng Ba 2, 2023 by meoluoi.edit\n\nChương 1: Quán mì\n\n${body}`);
    expect(o.title).toBe('Gió Thổi Qua Hẻm Cũ');
  });

  it('reads an editor\'s signed note (`Mèo có lời muốn nói:`) as a note and `Hết chương 1.` as no words of the story', () => {
    const o = read(`Chương 1: Quán mì\n\n${body}\nHết chương 1.\n\nMèo có lời muốn nói: Truyện ngắn thôi, khoảng 3 chương là hết.\n`);
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([1]);
    expect(o.wordCount).toBe(23);
  });
});

describe("a site's counts row", () => {
  it('reads `Chapters 2 · Words 1,208 · Views 2.3k` as fields, each count under its label', () => {
    const o = read(`Paper Lanterns\nby moonlitbyeol\n\nChapters 2 · Words 1,208 · Views 2.3k · Votes 17\n\nChapter 1 | Lost\n\n${body}`);
    expect(o.fields).toMatchObject({ Chapters: '2', Words: '1,208', Views: '2.3k', Votes: '17' });
  });

  it('leaves a chapter selector (`Chapter 1 • Chapter 2`) out of the fields', () => {
    const o = read(`Paper Lanterns\nby moonlitbyeol\n\nChapter 1 • Chapter 2\n\nChapter 1: Lost\n\n${body}\nChapter 2: Found\n\n${body}`);
    expect(Object.keys(o.fields)).not.toContain('Chapter');
    expect(o.chapters.map((c) => c.title)).toEqual(['Lost', 'Found']);
  });
});

describe("AO3's Entire Work page copied with its first links and menus", () => {
  it('takes `Skip header`, the menu on one line and both chapter links on one line for the page', () => {
    const file = 'tests/fixtures/holdout28/a-ao3-entire-es-limones.txt';
    const o = outline(parse(readFileSync(file), file));
    expect([o.title, o.author]).toEqual(['Limones en el andén tres', 'elcuervodelnorte']);
    expect(o.fields).toMatchObject({ Rating: 'Teen And Up Audiences', Language: 'Español' });
  });
});

describe("a site's table of labels and values copied with one space between them", () => {
  it('reads each row as a field, the count or date its value', () => {
    const o = read(`Pão de Ontem\n\nEscrita por: lua_de_fermento\n\nPostado 04/08/2024\nAtualizado 18/08/2024\nIdioma Português\nVisualizações 612\nListas de leitura 7\nPalavras 1.240\nTerminada Sim\n\nCapítulo 1 - Cinco da manhã\n\n${body}`);
    expect(o.fields).toMatchObject({ Postado: '04/08/2024', Idioma: 'Português', Visualizações: '612', 'Listas de leitura': '7', Palavras: '1.240', Terminada: 'Sim' });
    expect(o.author).toBe('lua_de_fermento');
  });

  it('leaves a short poem of lines closing on numbers alone when none of its first words is a label', () => {
    expect(read(`Counting\n\nOne bird 1\nTwo cats 2\nThree dogs 3\nFour mice 4\n\nChapter 1\n\n${body}`).fields).toEqual({});
  });
});

describe('a story told in the top answer to a Reddit prompt', () => {
  it("takes the answer's writer for the author and its bold line for the title, the prompt's poster and the sorting for the page", () => {
    const o = read(`r/WritingPrompts\nPosted by u/quietmoth_ 7 hr ago\n[WP] Every human is born with a number tattooed on their wrist. Yours just started counting up.\n2.4k\nTop comment\nu/lantern_cartography · 6 hr ago\n\n**Overtime**\n\n${body}`);
    expect([o.title, o.author]).toEqual(['Overtime', 'lantern_cartography']);
    expect(o.chapters.flatMap((c) => c.povMarkers)).toEqual([]);
  });
});

describe("a story card's author label alone on its line", () => {
  it('names the author on the line straight under it', () => {
    const o = read(`Fizzo\nInicio   Categorías   Ranking   Descarga la app\n\nLa repostera del piso de abajo\nAutor\nMarta Llorens\nRomance · Urbano · Completo\n38.6K palabras · 214K lecturas\n\nSinopsis\nValeria abre una pastelería en el bajo de un edificio de Valencia.\n\nCapítulo 1\n\n${body}`);
    expect([o.title, o.author]).toEqual(['La repostera del piso de abajo', 'Marta Llorens']);
  });
});

describe('a chapter headed by its day under the header', () => {
  it('is a heading, not a row of counts', () => {
    const o = read(`Low Battery\nby Priya Nandakumar\n\nChapter 1 · Friday, 14 March\n\n${body}\nChapter 2 · Saturday, 15 March\n\n${body}`);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Friday, 14 March'], [2, 'Saturday, 15 March']]);
  });
});

describe('by-lines', () => {
  it.each([
    ['by Cass Mirren', 'Cass Mirren'],
    ['By: reedwarbler', 'reedwarbler'],
    ['von Nachtfalter93', 'Nachtfalter93'],
    ['par Camille Verdier', 'Camille Verdier'],
    ['Escrita por tainarocha_', 'tainarocha_'],
    ['作者：青石巷', '青石巷'],
    ['글 · 윤하람', '윤하람'],
    ['by Juan Crennell on Thursday, 8 November 2012 at 22:41', 'Juan Crennell'],
    ['a novel by Wren Castell', 'Wren Castell'],
    ['Posted on 14 March 2021 by Marta Quill', 'Marta Quill'],
    ['(By ETHEL M. DARNLEY.)', 'ETHEL M. DARNLEY'],
    ['By sleepyhyacinth   Updated Mar 11, 2020 8:02:15', 'sleepyhyacinth'],
    ["Discussion in 'Original Fiction' started by Corvid_Tack, Mar 3, 2017.", 'Corvid_Tack'],
    ['Kısa öykü — Selin Aksoy', 'Selin Aksoy'],
    ['Ένα διήγημα της Δανάης Κ.', 'Δανάης Κ.'],
    ['de Ioana Mărgărit', 'Ioana Mărgărit'],
    ['door Femke de Wit', 'Femke de Wit'],
    ['Povídka. — Napsal JAROSLAV DVORSKÝ.', 'JAROSLAV DVORSKÝ'],
    ['Γράφει η Κατερίνα Λιάπη //', 'Κατερίνα Λιάπη'],
  ])('%s names %s', (line, name) => expect(matchByLine(line)?.author).toBe(name));
  it.each(['by the river', 'By the River', 'By noon they had passed the last milestone.', 'De aceea a plecat.'])('leaves prose alone: %s', (line) => {
    expect(matchByLine(line)).toBeNull();
  });
});

describe('a quoted title over its by-line', () => {
  it('reads `“Title” by Name` as title and author, not as speech', () => {
    const o = read(`“The Cartographer’s Apprentice” by Lorna Feeney\n\n${body}`);
    expect([o.title, o.author]).toEqual(['The Cartographer’s Apprentice', 'Lorna Feeney']);
    expect(o.wordCount).toBe(23);
  });
  it.each(['How would you rate this chapter?', 'Fin del capítulo 2 de 2\n¿Te ha gustado esta historia? Deja una reseña para la autora.\nEscribir reseña'])("leaves a reading site's closing prompt out: %s", (tail) => {
    expect(read(`The Ferry\nby Lorna Feeney\n\n${body}\n${tail}\nWrite a Review\nAbout Us\n`).wordCount).toBe(23);
  });
  it("reads a Tumblr post's lower-case title over its header fields, and its notes count as no text", () => {
    const o = read(`tumblr\nHome\nExplore\n\nlagarta-de-biblioteca\nFollow\n\nla bufanda al revés\n\nPareja: Lucía/Inés\nPalabras: ~330\n\n${body}\n347 notes\n\ncafeconlibros reblogged this from lagarta-de-biblioteca\n`);
    expect(o.title).toBe('la bufanda al revés');
    expect(o.wordCount).toBe(23);
  });
  it("leaves a show's list of its other episodes after the story out", () => {
    const o = read(`The Ferry\nby Lorna Feeney\n\n${body}\nMore episodes\nEpisode 46 — “Salt and Iron” by Dev Amari\nEpisode 45 — Listener Mailbag\n`);
    expect(o.wordCount).toBe(23);
  });
});

describe('site chrome', () => {
  it('knows navigation rows, breadcrumbs and footers', () => {
    expect(isNavRow('Just In   Community   Forum   More')).toBe(true);
    expect(isNavRow('Почетна  Поезија  Проза  Есеи  Преводи  Интервјуа  За нас')).toBe(true);
    expect(isNavRow('She waited.  Then she ran.  Nobody followed.  Not once.  Never.')).toBe(false);
    expect(isBreadcrumb('Fanfiction › Bücher › Die Tidenchronik')).toBe(true);
    expect(isFooterBoilerplate('Previous Chapter   Index   Next Chapter')).not.toBeNull();
    expect(isFooterBoilerplate('Share this:')).not.toBeNull();
    expect(isFooterBoilerplate('▼ページ最下部へ')?.id).toBe('top-link');
    expect(isFooterBoilerplate('She shared this with nobody.')).toBeNull();
    expect(isFooterBoilerplate('2楼 2016-05-12 21:05')?.id).toBe('tieba-floor');
  });
  it.each(['Chia sẻ:', 'Thích Đang tải...', 'Bài liên quan', '12 bình luận', 'Blog tại WordPress.com.', 'Blog at WordPress.com.'])("knows WordPress's footer in its languages: %s", (line) =>
    expect(isFooterBoilerplate(line)).not.toBeNull(),
  );
  it.each(['Comments (14)   Next chapter »', 'Comments (9)    Subscribe    Recommend', 'Capítulo siguiente »   Índice   Deja un comentario', '< 이전화   목록   다음화 >'])(
    'knows a bar of links, counts and calls to comment: %s',
    (line) => expect(isNavigationLine(line, () => false)).toBe(true),
  );
  it.each(['Yes   No', 'She liked   to follow him', 'Next   she went home'])('leaves spaced-out words of a story alone: %s', (line) =>
    expect(isNavigationLine(line, () => false)).toBe(false),
  );
});

describe('header zone', () => {
  it('reads a FanFiction.Net page: chrome, title, by-line, unlabelled summary, stats line', () => {
    const o = read(
      'FanFiction\nJust In   Community   Forum   More\nBooks  »  Tidewater Almanac\n\nFollow/Fav\nThe Lantern Regatta\nBy: reedwarbler\n\n' +
        'Wren talks Ossie into entering the lantern regatta, which is a terrible idea, because neither of them can row.\n\n' +
        'Rated: Fiction K - English - Friendship/Humor - Wren, Ossie - Words: 521 - Published: 12/19/2014 - Status: Complete - id: 10934821\n\n' +
        body,
    );
    expect([o.title, o.author]).toEqual(['The Lantern Regatta', 'reedwarbler']);
    expect(o.description).toMatch(/^Wren talks Ossie/);
    expect(o.fields).toMatchObject({ Rated: 'Fiction K', Language: 'English', Genre: 'Friendship/Humor', Characters: 'Wren, Ossie', Words: '521', id: '10934821' });
    expect(o.wordCount).toBe(23);
  });
  it('reads the mobile page’s stats line, its rating first without the `Rated:` label', () => {
    const o = read(
      'The Harmattan Letters\nBy: Chidinma.O\n\n' +
        'Fiction K+ - English - Drama/Family - Chapters: 3 - Words: 1,162 - Reviews: 9 - Status: Complete - id: 3298765\n\n' +
        body,
    );
    expect(o.fields).toMatchObject({ Rated: 'Fiction K+', Language: 'English', Genre: 'Drama/Family', Chapters: '3', Words: '1,162', id: '3298765' });
    expect(o.wordCount).toBe(23);
  });
  it('reads labels in other languages and keeps labelled title and author as fields too', () => {
    const o = read('Título: El faro\nAutora: Marea_Alta\nGénero: Drama\nSinopsis: Una niña enciende el faro.\n\n' + body);
    expect([o.title, o.author, o.description]).toEqual(['El faro', 'Marea_Alta', 'Una niña enciende el faro.']);
    expect(o.fields).toMatchObject({ Título: 'El faro', Autora: 'Marea_Alta', Género: 'Drama' });
  });
  it.each([
    ['Дом с синими ставнями\nПовесть\nАнна Белозёрова', 'Дом с синими ставнями', 'Повесть', 'Анна Белозёрова'],
    ['Марта Ковальчук\n\nПІЗНІ ЯБЛУКА\n\nповість', 'ПІЗНІ ЯБЛУКА', 'повість', 'Марта Ковальчук'],
    ['Το καφενείο της Κυρα-Ρήνης\nΔιήγημα\nΕλένη Σταυροπούλου', 'Το καφενείο της Κυρα-Ρήνης', 'Διήγημα', 'Ελένη Σταυροπούλου'],
  ])('reads a title page of title, author and what the work is, in any order the language writes it', (head, title, subtitle, author) => {
    const o = read(`${head}\n\n\n${body}`);
    expect([o.title, o.subtitle, o.author]).toEqual([title, subtitle, author]);
  });

  it('reads such a title page with a dedication under it, and under a site banner boxed in rules', () => {
    const dedicated = read(`DZINTARA KRASTS\nstāsts\nIlze Kalniņa\n\nVeltīts manai vecmāmiņai Mildai\n\n${body}`);
    expect([dedicated.title, dedicated.author]).toEqual(['DZINTARA KRASTS', 'Ilze Kalniņa']);
    const banner = '=========================\n ARMENIAN PROSE ARCHIVE -- http://arak.example.am/\n Encoding: ARMSCII-8. Use Arial AMU to read.\n=========================\n\n';
    const boxed = read(`${banner}        Անահիտ Սարգսյան\n\n        ՁՄԵՌԱՅԻՆ ԱՅԳԻՆ\n\n          պատմվածք\n\n\n${body}`);
    expect([boxed.title, boxed.author, boxed.wordCount]).toEqual(['ՁՄԵՌԱՅԻՆ ԱՅԳԻՆ', 'Անահիտ Սարգսյան', 23]);
  });

  it('leaves the copyright notice closing a story out of its body, with the rules around it', () => {
    const o = read(`${body}\nTHE END\n\n========================\n(c) Анна Белозёрова, 1998. Reprinted with the author's permission.\n========================\n`);
    expect([o.wordCount, o.chapters[0]?.sceneBreaks]).toEqual([23, 0]);
  });

  it("reads `Name: Title` over a line saying what the work is, a genre by-line, an underlined title under a site's line, and leaves the author's address out of the name", () => {
    expect([read(`Jana Vlčková: Hodinář z Dolní Lhoty\n(povídka, 2003)\n\n\n${body}`)].map((o) => [o.title, o.author])).toEqual([['Hodinář z Dolní Lhoty', 'Jana Vlčková']]);
    const zine = read(`====================\n DRAKOBIJEC  c. 12\n====================\n\n        HVĚZDNÁ POŠTA\n\n    povídka - Jana Horáková\n\n\n${body}`);
    expect([zine.title, zine.author]).toEqual(['HVĚZDNÁ POŠTA', 'Jana Horáková']);
    const tilde = read(`~marisol/stories/tidepool.txt          tilde.town, est. 2014\n\nTIDEPOOL RADIO\n==============\n\n  a story by ~marisol (marisol at tilde.town)\n\n\n${body}`);
    expect([tilde.title, tilde.author]).toEqual(['TIDEPOOL RADIO', '~marisol']);
  });

  it("reads a forum post's threadmark inside the post's header block as its chapter heading", () => {
    const post = (n: number, title: string): string => `Corvid_Inkwell\nWell-known member\nThreadmarks\nChapter ${n}: ${title}\nApr ${n}, 2021\n#4${n}\n\n${body}\nLike   Reply\n\n`;
    const o = read(`Ninth Lantern\nby Corvid_Inkwell\n\n${post(6, 'Wicks')}${post(7, 'Sap')}${post(8, 'The Ninth')}`);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[6, 'Wicks'], [7, 'Sap'], [8, 'The Ninth']]);
  });

  it('reads the paragraph under the by-line and counts as the summary when the work’s note and the contents follow it', () => {
    const o = read(
      'Postcards from the Tour Bus\nby LilyOnTheMoon\nViews 3,201 · Favourites 58 · Complete\n\nNell writes a postcard to her best friend from every city on the tour.\n\n' +
        "Author's Note\nThis is for the summer competition! Please comment if you liked it.\n\nChapters\nChapter 1 ❀ Glasgow\nChapter 2 ❀ Leeds\n\n" +
        `Chapter 1 ❀ Glasgow\n\n${body}\nChapter 2 ❀ Leeds\n\n${body}`,
    );
    expect([o.title, o.author, o.description]).toEqual(['Postcards from the Tour Bus', 'LilyOnTheMoon', 'Nell writes a postcard to her best friend from every city on the tour.']);
    expect([o.notesBefore.length, o.wordCount]).toEqual([1, 46]);
  });

  it("reads a board post's title over the poster's display name with the handle after it, and its date-and-counts line as chrome", () => {
    const o = read(`팬픽 게시판\n\n[완결] 장마가 끝나면\n우산없는날 (rain***)\n2019.07.21. 22:14 조회 1,204 댓글 56 URL 복사\n\n장르: 청춘, 일상\n\n${body}`);
    expect([o.title, o.author]).toEqual(['장마가 끝나면', '우산없는날']);
    expect(o.wordCount).toBe(23);
  });

  it("reads a volume's title page: the copy's banner in brackets, the volume's subtitle and its credits", () => {
    const o = read(
      '[Fan translation — not for sale. If this volume is ever licensed in English, please buy it.]\n\nThe Clockmaker of the Snow Town\nVolume 2: The Clock That Would Not Stop\n\n' +
        `Author: Tōru Minase\nTranslator: snowlamp\n\nChapter 1 – The Customer\n\n${body}`,
    );
    expect([o.title, o.author, o.fields['Translator']]).toEqual(['The Clockmaker of the Snow Town', 'Tōru Minase', 'snowlamp']);
    expect(o.chapters.map((c) => [c.number, c.part])).toEqual([[1, null]]);
    expect(o.wordCount).toBe(23);
  });

  it("reads a post's title with its deck over a by-line that carries the stamp, and leaves the creator's box out", () => {
    const o = read(
      'Vocal   Home   Communities   Challenges   Sign in\n\nEverything the Orchard Owed\nA debt ledger, three generations, and the apple tree nobody would cut down\n\n' +
        `By Marguerite Vale • Published about a year ago • 5 min read\n\n${body}\n${story(8)}\nAbout the Creator\nMarguerite Vale\nWrites about orchards, grief and small towns.\nSubscribe\n`,
    );
    expect([o.title, o.author, o.description]).toEqual(['Everything the Orchard Owed', 'Marguerite Vale', 'A debt ledger, three generations, and the apple tree nobody would cut down']);
    expect(o.wordCount).toBe(23 + 8 * 9);
  });

  it("reads a Reddit post's poster and the title under its flair, and leaves the subreddit's lines out", () => {
    const o = read(`Skip to main content\nreddit\nr/HFY\nSearch in r/HFY\nGet App   Log In\n\nr/HFY\nPosted by u/starboard_mess  3 yr. ago\nOC\nThe Quiet Freighter [Part 7]\n\n${body}${story(8)}`);
    expect([o.title, o.author]).toEqual(['The Quiet Freighter', 'starboard_mess']);
  });

  it("reads old Reddit's submitter and post titles without the link's domain", () => {
    const o = outline(parse(readFileSync('tests/fixtures/holdout15/a-oldreddit-hfy-parts.txt'), 'hfy.txt'));
    expect(o.author).toBe('ferrous_wren');
    expect(o.chapters.map((c) => c.title)).toEqual(['Quarantine', 'Tithes']);
  });

  it('reads a Vietnamese by-line and POV marker (`bởi …`, `[Góc nhìn của Minh]`)', () => {
    const o = read(`Mùa Mưa Ở Phố Cổ\nbởi meomeo_kechuyen\n\nChương 1: Quán không tên\n\n[Góc nhìn của Minh]\n\n${body}`);
    expect([o.title, o.author, o.chapters[0]?.povMarkers]).toEqual(['Mùa Mưa Ở Phố Cổ', 'meomeo_kechuyen', ['Minh']]);
  });

  it('leaves a story without a header alone', () => {
    const o = read(body);
    expect([o.title, o.author, o.description]).toEqual([null, null, null]);
    expect(o.wordCount).toBe(23);
  });
  it('does not read a chat log as header fields', () => {
    const o = read('HAZEL: ok who ate my yogurt\nOREN: define ate\nHAZEL: oren\n\n' + body);
    expect(o.fields).toEqual({});
    expect(o.title).toBeNull();
  });
});

describe('chat logs', () => {
  it('reads fields boxed in rules as the header, and leaves message stamps and OOC asides out of the body', () => {
    const o = read(
      '=======================\nGuild: The Hollow Crown RP\nChannel: Story / ic-chapel\nTopic: In-character posts only.\n=======================\n\n' +
        '[3/14/2024 9:12 PM] wrenfeather\nThe chapel doors were swollen with seawater.\n\n[3/14/2024 9:21 PM] Tallow\n((brb, pizza guy))\n\n[3/14/2024 9:30 PM] wrenfeather\nIsolde set down her satchel.\n',
    );
    expect(o.title).toBeNull();
    expect(o.fields).toMatchObject({ Guild: 'The Hollow Crown RP', Channel: 'Story / ic-chapel', Topic: 'In-character posts only.' });
    expect(o.chapters[0]?.firstWords).toMatch(/^The chapel doors/);
    expect(o.wordCount).toBe(12);
  });

  it('still reads a chat of unknown names as body when no box frames it', () => {
    const o = read('Sam: are you up\nAlex: no\nSam: liar\n\nThe phone went dark after that, and neither of them slept.\n');
    expect(o.wordCount).toBe(19);
  });
});

describe('eFiction archives', () => {
  it('splits runs of fields on one line, and reads bare chapter titles over "Author\'s Chapter Notes:"', () => {
    const prose = 'Agnes had made a list in September, in the back of her notebook, and she still had it by heart the whole term long.\n\nNobody else knew, and nobody else needed to know, because the list was hers and the owls were hers and the tower at night was hers alone.';
    const o = read(
      `The Owlery by marauder_moth\n\nSummary: A prefect breaks a rule.\nRated: PG-13\nCategories: Hogwarts Era Characters: Original Female Character Genres: Friendship, Mystery Warnings: None\nSeries: None Chapters: 3 Completed: Yes Word count: 2187 Read: 1043\n\n` +
        ['Curfew', 'Feathers and Footnotes', 'Half Past Two'].map((t) => `${t}\n\nAuthor's Chapter Notes:\nThanks to my beta!\n\n${prose}\n\n`).join(''),
    );
    expect(o.fields).toMatchObject({ Categories: 'Hogwarts Era', Characters: 'Original Female Character', Genres: 'Friendship, Mystery', Warnings: 'None', Series: 'None', Chapters: '3', Read: '1043' });
    expect(o.chapters.map((c) => [c.title, c.notesBefore.length])).toEqual([['Curfew', 1], ['Feathers and Footnotes', 1], ['Half Past Two', 1]]);
  });
});

describe('the header never swallows the story', () => {
  it('short sentences under a header stay body when only a sign-off by-line follows them', () => {
    const m = parse(new TextEncoder().encode('Rating: Teen\nFandom: Original Work\n\nThe Last Ferry\n\nThe ferry left at six.\n\nNobody waved.\n\nBy Ciarán Doyle\n'), 'ferry.txt');
    const words = m.chapters.flatMap((c) => c.children).filter((b) => b.type === 'paragraph').map((b) => inlineText(b.children)).join(' ');
    expect(words).toContain('The ferry left at six.');
    expect(words).toContain('Nobody waved.');
  });
});

describe('page title lines carry the chapter headings', () => {
  it('reads a last installment whose counter carries its status (`第三章（完） 回信`) as a chapter', () => {
    const post = (head: string, text: string): string => `【原創】守燈人 ${head}\n\n作者：霧雨\n2022-11-03 21:14:08\n\n${text}\n\n`;
    const m = parse(new TextEncoder().encode(`創作大廳 > 小說\n\n${post('第一章 潮聲', '島上的燈塔已經三十年沒有換過燈泡了。')}${post('第二章 信', '少年叫做海生。')}${post('第三章（完） 回信', '那年冬天，阿嵐開始回信。')}`), 'gamer.txt');
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([[1, '潮聲'], [2, '信'], [3, '回信']]);
  });
  it('a reader-view copy: the lines that start alike and count up are chapters; the shared start is the title, the shared tail the site', () => {
    const text = [
      'fanfiction.net', '', 'The Dormouse Clock Chapter 1: Wound Up, a alice in wonderland fanfic | FanFiction', '', '2–3 minutes', '',
      'The Dormouse kept a clock in the teapot.', '', 'fanfiction.net', '', 'The Dormouse Clock Chapter 2: Unwound, a alice in wonderland fanfic | FanFiction', '', '1–2 minutes', '',
      'On Thursday the clock stopped.', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'clock.txt');
    expect(m.meta.title).toBe('The Dormouse Clock');
    expect(m.chapters.map((c) => [c.number, c.title, c.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))])).toEqual([
      [1, 'Wound Up', ['The Dormouse kept a clock in the teapot.']],
      [2, 'Unwound', ['On Thursday the clock stopped.']],
    ]);
  });
  it("a translation blog's posts: page navigation that starts alike does not hide them, and the fields repeated under each title are the story's", () => {
    const post = (n: number, title: string, text: string): string[] => [
      `The Counting Sword – Chapter ${n}: ${title}`, `Posted on March ${n - 30}, 2021 by moon_tl`, '', 'Translator: Qingfeng', 'Editor: Pinecone', '',
      '« Previous Chapter | Table of Contents | Next Chapter »', '', text, '', '« Previous Chapter | Table of Contents | Next Chapter »', '',
    ];
    const text = [...post(41, 'The Ledger', 'Lin Shuang opened the ledger.'), ...post(42, 'Three Hundred', 'The extra name was not in it.')].join('\n');
    const m = parse(new TextEncoder().encode(text), 'tl.txt');
    expect(m.meta).toMatchObject({ title: 'The Counting Sword', author: 'moon_tl' });
    expect(m.meta.fields).toMatchObject({ Translator: 'Qingfeng', Editor: 'Pinecone' });
    expect(m.chapters.map((c) => [c.number, c.title, c.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))])).toEqual([
      [41, 'The Ledger', ['Lin Shuang opened the ledger.']],
      [42, 'Three Hundred', ['The extra name was not in it.']],
    ]);
  });
  it("a newsletter's mails: the subject carries the installment's heading, the sender is the author, the recap is a note, the mail's furniture is not story", () => {
    const mail = (n: number, word: string, title: string, body: string[]): string[] => [
      `Subject: \tThe Salt Road — Part ${word}: ${title}`, 'From: \tMara Quill from The Lantern Post <lanternpost@substack.com>', `Date: \t${n}/05/2023, 08:02`, '', '',
      `View this post on the web at https://lanternpost.substack.com/p/part-${n}`, '', ...body, '',
      'Thank you for reading The Lantern Post. This post is public, so feel free to share it.', '', `Share [ https://lanternpost.substack.com/p/part-${n}?utm_source=email ]`, '',
      '© 2023 Mara Quill', '548 Market St PMB 72296, San Francisco, CA 94104', 'Unsubscribe [ https://substack.com/redirect/2/x ]', '', '',
    ];
    const text = [
      ...mail(3, 'Three', 'The Weighing House', ['Previously on The Salt Road: Wenna has crossed the marsh.', '', 'The weighing house stood where the road met the river.']),
      ...mail(4, 'Four', 'A Grain', ['The woman’s name was Ysolde.']),
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'mail.txt');
    expect(m.meta).toMatchObject({ title: 'The Salt Road', author: 'Mara Quill' });
    expect(m.chapters.map((c) => [c.number, c.title, c.notesBefore.length, c.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))])).toEqual([
      [3, 'The Weighing House', 1, ['The weighing house stood where the road met the river.']],
      [4, 'A Grain', 0, ['The woman’s name was Ysolde.']],
    ]);
  });
  it("a blog's posts of a serial: the part in brackets after the title, the name over the follow button, arrowed navigation, an abbreviated note label", () => {
    const post = (n: number, nav: string, text: string[]): string[] => ['lanternedicarta', 'Segui', '', `Il guardiano dei fari (parte ${n}/3)`, '', nav, '', ...text, '', '#il guardiano dei fari #ita', `${200 + n} note`, ''];
    const text = [
      ...post(1, '📌 masterlist | parte 2 →', ['avvertenze: nessuna', 'parole: 1.2k', '', 'Il faro si spegneva ogni notte.']),
      ...post(2, '← parte 1 | masterlist | parte 3 →', ['Il tecnico arrivò a marzo.']),
      ...post(3, '← parte 2 | masterlist', ['n.d.a. ultima parte!! grazie a chi ha letto', '', 'In estate presero a salire insieme.', '', 'Non parlavano molto. Aspettavano seduti sull’ultimo gradino.']),
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'tumblr.txt');
    expect(m.meta).toMatchObject({ title: 'Il guardiano dei fari', author: 'lanternedicarta' });
    expect(m.meta.fields).toMatchObject({ avvertenze: 'nessuna', parole: '1.2k' });
    expect(m.chapters.map((c) => [c.number, c.notesBefore.map((n) => n.label), c.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))])).toEqual([
      [1, [], ['Il faro si spegneva ogni notte.']],
      [2, [], ['Il tecnico arrivò a marzo.']],
      [3, ['n.d.a.'], ['In estate presero a salire insieme.', 'Non parlavano molto. Aspettavano seduti sull’ultimo gradino.']],
    ]);
  });
  it("an app's story card: title over the handle, status, genre and counters, a disclaimer under it; a part's dedication to a reader is not story", () => {
    const text = [
      'Ang Huling Sayaw', 'inkedbyjanella', 'Ongoing', 'Teen Fiction', '48.2K Reads • 3.1K Votes • 24 Parts', '',
      'Paalala: Ang kuwentong ito ay kathang-isip lamang.', '', 'Simula', '', 'Sabi nila, kapag sumayaw ka sa plaza, makikita mo siya.', '',
      'Kabanata 1', '', 'Dedicated to @mikaela_reads, salamat sa walang sawang pag-comment!', '', '"Girl, seryoso ka ba?" tanong ni Trixie.', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'card.txt');
    expect(m.meta).toMatchObject({ title: 'Ang Huling Sayaw', author: 'inkedbyjanella', description: null });
    expect(m.chapters.map((c) => [c.number, c.title, c.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))])).toEqual([
      [null, 'Simula', ['Sabi nila, kapag sumayaw ka sa plaza, makikita mo siya.']],
      [1, null, ['"Girl, seryoso ka ba?" tanong ni Trixie.']],
    ]);
  });
  it('a wiki page copied from the browser: the one line of its own among the chrome is the title, headings glued between paragraphs, the licence footer', () => {
    const para = (n: number): string => `Paragraph ${n} of the story runs on long enough to be a paragraph of prose, and it ends its sentence.`;
    const text = [
      'Creepypasta Wiki', 'EXPLORE', 'FAN CENTRAL', 'Sign in', "Don't have an account?", 'Register', 'in: Dreams, Places', '',
      'The Thirteenth Floor Button', 'Sign in to edit', 'History', 'Talk (2)', '',
      'Part 1', para(1), '', para(2), 'Part 2', para(3), '', para(4), '',
      'Written by RattlingPipes', 'Content is available under CC BY-SA', '', 'Categories', 'Dreams Places', '', 'More Fandoms', 'Horror', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'wiki.txt');
    expect(m.meta).toMatchObject({ title: 'The Thirteenth Floor Button', author: 'RattlingPipes' });
    expect(m.chapters.map((c) => [c.number, c.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))])).toEqual([
      [1, [para(1), para(2)]],
      [2, [para(3), para(4)]],
    ]);
  });
  it("a lib.ru text: 'Author. Title' over a boxed header whose copyright line names the author, centred bare numbers as chapters", () => {
    const text = [
      '     Андрей Зимин. Последний трамвай', '', '-'.repeat(63), '     © Copyright Андрей Зимин, 1997', '     Email: zimin@example.ru', '-'.repeat(63), '', '',
      '                                   1', '', '     Последний трамвай уходил из депо в ноль сорок, и Лида знала его в лицо.', '     Она водила его одиннадцатый год.', '',
      '                                   2', '', '     Речной вокзал был тёмен. Лида остановила вагон, открыла двери и стала ждать.', '     Человек не выходил.', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'libru.txt');
    expect(m.meta).toMatchObject({ title: 'Последний трамвай', author: 'Андрей Зимин' });
    expect(m.chapters.map((c) => c.number)).toEqual([1, 2]);
  });
  it('one such line is no evidence: it stays where it is', () => {
    const m = parse(new TextEncoder().encode('The Clock\n\nShe read The Clock Chapter 1: Wound Up aloud.\n\nIt ticked.\n'), 'one.txt');
    expect(m.chapters).toHaveLength(1);
  });
});

describe('a BBS post header', () => {
  it('spaced labels without colons are fields beside a known one; the category tag leaves the title; 一、 headings count up', () => {
    const text = [
      ' 作者  mooncat (月貓)                                            看板  story',
      ' 標題  [創作] 燈塔守夜人',
      ' 時間  Sun Mar 14 22:10:33 2021',
      '───────────────────────────────────────',
      '', '一、雨夜', '', '阿嬤說，燈塔的燈不是給船看的，是給海看的。', '', '二、燈', '', '後來阿公走了，燈塔改成自動的。', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'ptt.txt');
    expect(m.meta).toMatchObject({ title: '燈塔守夜人', author: 'mooncat' });
    expect(m.meta.fields).toMatchObject({ 看板: 'story' });
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, '雨夜'],
      [2, '燈'],
    ]);
  });
});

describe('a PTT post', () => {
  it('reads 時間 as a field, keeps a 後記 note set off by `--` over the signature, and leaves out the tail and the push comments', () => {
    const text = [
      '作者  mooncat (月貓)                                            看板  story',
      '標題  [創作] 燈塔守夜人',
      '時間  Sun Mar 14 22:10:33 2021',
      '───────────────────────────────────────',
      '', '阿嬤說，燈塔的燈不是給船看的，是給海看的。', '', '後來阿公走了，燈塔改成自動的。', '',
      '--', '後記：寫給阿嬤的。', '', '--', '  月貓的窩 ── 寫字、睡覺', '--',
      '※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4', '※ 文章網址: https://www.ptt.cc/bbs/story/M.1.A.1.html',
      '推 reader1: 好看 QQ                                  03/14 22:45', '→ mooncat: 謝謝                                      03/14 23:30', '',
    ].join('\n');
    const o = read(text);
    expect(o.fields).toMatchObject({ 時間: 'Sun Mar 14 22:10:33 2021' });
    expect(o.chapters[0]?.firstWords).toBe('阿嬤說，燈塔的燈不是給船看的，是給海看的。 後來阿公走了，燈塔改成自動的。');
    expect(o.notesAfter.length).toBe(1);
    expect(o.wordCount).toBe(2);
  });
});

describe("AO3's text download, a tag to a line under its label", () => {
  it('reads the tags as one list, the stats as their own fields', () => {
    const m = parse(Buffer.from(`Winter Songs\nPosted originally on the Archive of Our Own at https://archiveofourown.org/works/1.\n\nRating:\n    General Audiences\nCharacters:\n    Ciri (Wiedźmin)\n    Jaskier\n    Geralt z Rivii\nStats:\n    Published: 2023-12-03\n    Words: 235\n\nWinter Songs\nby Corvid\n\n${body}`), 'story.txt');
    expect(m.meta.fields['Characters']).toBe('Ciri (Wiedźmin), Jaskier, Geralt z Rivii');
    expect(m.meta.fields['Words']).toBe('235');
  });
});

describe("a literary portal's menu of one item a line in Ukrainian", () => {
  it('is the site’s, so the author over the title and the title under the breadcrumb are the story’s', () => {
    const o = read(`Клуб Поезії\nЛітературний портал\nГоловна\nПроза\nАвтори\nКонкурси\nУвійти\nРеєстрація\n\nГоловна › Проза › Оповідання\n\nОлена Ткачук\nЗошит у клітинку\nЖанр: психологічна проза\n\n${body}`);
    expect([o.title, o.author]).toEqual(['Зошит у клітинку', 'Олена Ткачук']);
  });
});

describe('titles without their labels', () => {
  it.each([
    ['Title: [創作] 燈塔守夜人\nAuthor: mooncat\n\nText of the story, long enough to be a paragraph of prose here.\n', '燈塔守夜人'],
    ['Title: Ninth Lantern [Original] [Witch-Hunter]\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'Ninth Lantern'],
    ['Title: Sea of Lanterns (Original, Age of Sail)\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'Sea of Lanterns'],
    ['Title: Rebirth (Part 2)\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'Rebirth (Part 2)'],
    ['Naslov: »Sol na pragu«\nAvtorica: Mojca\n\nText of the story, long enough to be a paragraph of prose here.\n', 'Sol na pragu'],
    ['Title: “The Well”\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'The Well'],
    ['Title: The “Well” House\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'The “Well” House'],
    ['Title: The Well (Parts 1 and 2)\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'The Well'],
    ['Title: The Well ›\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'The Well'],
    ['Title: Kortverhaal: Die stil somer\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'Die stil somer'],
    ['Title: The Well — Corvid\nAuthor: Corvid\n\nText of the story, long enough to be a paragraph of prose here.\n', 'The Well'],
    ['Title: The Well — Corvid\nAuthor: Magpie\n\nText of the story, long enough to be a paragraph of prose here.\n', 'The Well — Corvid'],
  ])('%j', (text, title) => expect(parse(new TextEncoder().encode(text), 't.txt').meta.title).toBe(title));
});

describe('a page chapter selector', () => {
  it('flattened onto one line, or between arrows, is navigation', () => {
    expect(isFooterBoilerplate('1. Premier pavé 2. La pluie 3. Barricade')?.id).toBe('chapter-selector');
    expect(isFooterBoilerplate('1. The Well')).toBeNull();
    expect(isFooterBoilerplate('2. La pluie 3. Barricade')).toBeNull();
    expect(isNavigationLine('< Prev 2. La pluie Next >', () => false)).toBe(true);
  });
});

describe('a contents list whose entries the text sets as number over title', () => {
  it('is left out whole, parts and all', () => {
    const text = [
      'ÍNDICE', '', '  PRIMERA PARTE', '    I. La casa del relojero', '    II. El reloj', '  SEGUNDA PARTE', '    I. La cuerda', '', '', '',
      'PRIMERA PARTE', '', 'I', '', 'LA CASA DEL RELOJERO', '', 'En la calle de Platerías había una tienda.', '',
      'II', '', 'EL RELOJ', '', 'El reloj de la catedral se paró.', '',
      'SEGUNDA PARTE', '', 'I', '', 'LA CUERDA', '', 'Don Anselmo no pudo arreglarlo.', '',
    ].join('\n');
    const m = parse(new TextEncoder().encode(text), 'reloj.txt');
    expect(m.chapters.map((c) => [c.part, c.number, c.title])).toEqual([
      ['PRIMERA PARTE', 1, 'LA CASA DEL RELOJERO'],
      ['PRIMERA PARTE', 2, 'EL RELOJ'],
      ['SEGUNDA PARTE', 1, 'LA CUERDA'],
    ]);
  });
});

describe('a serial posted part by part with its header over each post', () => {
  it('a field counting the parts gives the chapters; hashtag labels are labels; the repeated header is the page', () => {
    const post = (n: string, text: string): string[] => ['Story Basket', '2d', '', '#Story: Cloudy Letters', `#Chapter: ${n}`, '#Author: Tanjila Akter', '', text, ''];
    const text = [...post('1', 'The crow called at two every day for three days.'), ...post('2', 'The handwriting was familiar to her.'), ...post('3', 'She opened the door at last.')].join('\n');
    const m = parse(new TextEncoder().encode(text), 'serial.txt');
    expect(m.meta).toMatchObject({ title: 'Cloudy Letters', author: 'Tanjila Akter' });
    const texts = m.chapters.map((c) => c.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type)));
    expect(m.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(texts.map((t) => t[0])).toEqual(['The crow called at two every day for three days.', 'The handwriting was familiar to her.', 'She opened the door at last.']);
    expect(texts.flat().join(' ')).not.toContain('Tanjila');
  });
});

describe('repeated header blocks never swallow the posts between them', () => {
  it('keeps every post’s sentences as body when the counting field is no chapter word', () => {
    const post = (n: string, text: string): string[] => ['#Story: Cloudy Letters', `#Episode: ${n}`, '#Author: Tanjila Akter', '', text, ''];
    const text = [...post('1', 'The crow called at two every day.'), ...post('2', 'The handwriting was familiar.'), ...post('3', 'She opened the door at last.')].join('\n');
    const m = parse(new TextEncoder().encode(text), 'serial.txt');
    const body = m.chapters.flatMap((c) => c.children).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join(' ');
    for (const s of ['The crow called at two every day.', 'The handwriting was familiar.', 'She opened the door at last.']) expect(body).toContain(s);
  });
});

describe('a page tail never takes the story', () => {
  it('keeps a story of short paragraphs under a line like a button', () => {
    const paragraph = 'She counted the lanterns again, and again there was one too many.';
    // `Votes` alone reads as a page's button; the story of short lines under it is no page's furniture.
    const o = read(['The Garden', '', 'by Ana Reyes', '', paragraph, '', 'Votes', '', ...Array.from({ length: 11 }, () => [paragraph, '']).flat()].join('\n'));
    expect(o.wordCount).toBe(12 * 12 + 1);
  });
  it('reads a Japanese post card: title, name, date', () => {
    const o = read(['【短編小説】終電の猫駅長｜#創作大賞2023', '三月うさぎ', '2023年5月21日 22:14', '', '山あいの無人駅に、猫の駅長がいる。', '', '名前はミケ。制帽は町内会の手作りで、少し大きすぎる。', ''].join('\n'));
    expect([o.title, o.author]).toEqual(['終電の猫駅長', '三月うさぎ']);
  });
});

describe('a wiki page of an old text', () => {
  const page = [
    'Menu', 'Search', 'Text data', 'Author\tMarcela Zawadzka', 'Title\tThe Amber Box', 'Publisher\tMichał Glücksberg', 'Page index', '',
    'THE AMBER BOX.', 'A SKETCH FROM THE SEA.', '', 'CHAPTER I.', '', body, 'CHAPTER II.', '', body,
    'This work was published before January 1, 1929, and is in the public domain worldwide because the author died at least 100 years ago.', '',
    'Categories:', 'Short stories', 'This page was last edited on 3 March 2022.', '',
  ].join('\n');
  const o = read(page);
  it('reads a copied table of `Label⇥value` rows as header fields', () => {
    expect([o.title, o.author, o.fields.Publisher]).toEqual(['The Amber Box', 'Marcela Zawadzka', 'Michał Glücksberg']);
  });
  it('leaves out the title set again over the text, and the public-domain notice above the footer', () => {
    expect(o.description).toBeNull();
    expect(o.chapters.map((c) => c.wordCount)).toEqual([23, 23]);
  });
});

describe('Japanese articles posted one after another', () => {
  it('ends the header at the first sentence, so repeated mail headers never take the story', () => {
    const header = (n: number) => ['From: yamashita@example.ac.jp (YAMASHITA Shin\'ichi)', 'Newsgroups: fj.rec.sf', `Subject: 星を拾う男 (${n})`, 'Date: 21 Oct 1995 23:14:07 +0900', ''];
    const text = ['　その男は毎晩、町はずれの河原で星を拾っていた。', '', '　子供たちは男を「星屋」と呼んだ。', ''];
    const article = (n: number, numeral: string) => [...header(n), `　　　　${numeral}`, '', ...text, '（つづく）', ''];
    const o = read([...article(1, '一'), ...article(2, '二')].join('\n'));
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.wordCount).toBe(4);
    expect(read('本書由【書香小築】整理，僅供交流，請於下載後24小時內刪除。\n\n雪夜渡口\n\n作者：青灯\n\n撑船的是个老人，斗笠压得很低，看不清脸。\n').title).toBe('雪夜渡口');
  });
});

describe('a reading site’s counts and an Arabic POV line', () => {
  it('leaves `القراءات 48.2K التصويتات 3.9K الأجزاء 12` out of the summary, and reads `~ سليم ~` as a POV marker', () => {
    const o = read(['حين تمطر في القاهرة', 'بقلم nour_elqamar', 'القراءات 48.2K التصويتات 3.9K الأجزاء 12', '', 'الفصل الأول: شبّاك الجيران', '', 'في شارعنا في شبرا، الشبابيك قريبة من بعضها.', '', '~ سليم ~', '', 'كنت أسمع المطر على الشبّاك.', ''].join('\n'));
    expect(o.description).toBeNull();
    expect(o.chapters[0]!.povMarkers).toEqual(['سليم']);
    expect(matchBoilerplate(HEADER_CHROME, 'Part 1 of 3')).toBeNull();
    expect(matchBoilerplate(HEADER_CHROME, '48.2K Reads 3.9K Votes')?.id).toBe('count-pairs');
  });
});

describe('an archive’s banner over a text', () => {
  it('never takes a line with a web address for the title', () => {
    const o = read(['=======================', ' ARMENIAN PROSE ARCHIVE  --  http://www.x.am/proza/', ' File: aygi.txt   Uploaded: 14.02.2000', '=======================', '', 'Մեր բակում մի հին ծիրանենի կար։ Տատիկս ասում էր։', '', 'Մի ձմեռ ծառը չորացավ։ Հայրս ուզում էր կտրել այն։', ''].join('\n'));
    expect(o.title).toBeNull();
    expect(o.wordCount).toBe(18);
  });
});

describe("a blog's posts of a serial listed newest first", () => {
  it('reads the page title lines counting down as the chapters, in the order they stand', () => {
    const post = (date: string, n: number, title: string) => `${date}
Mi vecino es un dragón – Capítulo ${n}: ${title}

${body}
Etiquetas: Capítulos

`;
    const o = read(post('martes, 14 de marzo de 2023', 13, 'Escamas en la lavadora') + post('domingo, 12 de marzo de 2023', 12, 'El contrato de alquiler'));
    expect(o.title).toBe('Mi vecino es un dragón');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[13, 'Escamas en la lavadora'], [12, 'El contrato de alquiler']]);
  });
});

describe("a blog's posts of a serial, each titled with the serial's name and its episode", () => {
  const post = (n: number, title: string, date: string): string =>
    `창작/연재\n[연재] 등대지기의 딸 ${n}화. ${title}\n윤슬 ${date}\n\n${body}\n`;
  it('reads each post’s title line as the episode’s heading, the poster beside the date as the author, and leaves the related-posts list alone', () => {
    const related = "'창작 > 연재' 카테고리의 다른 글\n[연재] 등대지기의 딸 2화. 대답 (2) 2020.11.10\n[연재] 등대지기의 딸 1화. 안개 (3) 2020.11.03\n\n";
    const o = read(`달빛 서재\n홈 태그 방명록\n구독하기\n\n${post(1, '안개', '2020. 11. 3. 21:40')}\n${related}${post(2, '대답', '2020. 11. 10. 22:05')}`);
    expect([o.title, o.author]).toEqual(['등대지기의 딸', '윤슬']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '안개'], [2, '대답']]);
  });

  it('reads a post’s reprint notice as the page’s', () => {
    for (const line of ['本文禁止转载或摘编', '未经授权，禁止转载', '無断転載禁止']) expect(matchBoilerplate(HEADER_CHROME, line)?.id).toBe('reprint-notice');
  });

  it('reads a date in another script and calendar (Bikram Sambat) under a name as the post’s stamp', () => {
    expect(isDateLine('२०८० असार १२, मंगलबार १०:४५')).toBe(true);
    const o = read(['साहित्य / कथा', '', 'कथा : हिमालको हुलाकी', 'सुनिता गुरुङ', '२०८० असार १२, मंगलबार १०:४५', '', body].join('\n'));
    expect(o.author).toBe('सुनिता गुरुङ');
  });

  it('reads an abbreviated weekday before a date as part of the date, not a name', () => {
    expect(isDateLine('Sat 21 Mar 1903')).toBe(true);
  });
});

describe("an eFiction archive's story page, in a Spanish skin", () => {
  it('splits `TITLE por NAME [Opiniones - 9]`, leaves the links row out and reads the story’s and chapters’ note labels', () => {
    const o = read([
      'El herbario de Neville por lunaescarlata_ [Opiniones - 9]', 'Tabla de contenidos    Versión para imprimir', '',
      'Resumen: Neville vuelve a Hogwarts y encuentra un herbario que no es suyo.', '', 'Clasificación: Para todos los públicos', 'Capítulos: 2    Completo: Sí', '',
      'Notas de la historia:', 'Harry Potter pertenece a J. K. Rowling.', '',
      'Capítulo 1: Invernadero tres', '', 'Notas del capítulo:', 'Mi primer fic en este archivo.', '', body,
      'Notas finales del capítulo:', 'Se aceptan opiniones y tomatazos.', '', 'Capítulo 2: A. L.', '', body,
    ].join('\n'));
    expect([o.title, o.author]).toEqual(['El herbario de Neville', 'lunaescarlata_']);
    expect([o.notesBefore.length, o.chapters[0]!.notesBefore.length, o.chapters[0]!.notesAfter.length]).toEqual([1, 1, 1]);
    expect(o.wordCount).toBe(2 * 23);
  });
});

describe("an eFiction archive's story page, fields set apart by bullets", () => {
  it('splits the fields at the bullets and leaves the page links with the chapter shown between them out', () => {
    const o = read([
      'The Bezoar Ledger by Thistlewick [Reviews - 6]', '', 'Summary: Every bezoar in the Hogwarts stores is numbered.', '',
      'Rated: PG • Categories: Severus Snape, Hogwarts Era • Warnings: None', 'Chapters: 2 • Completed: Yes • Word count: 395', '',
      'Story Index   Chapter 1: Inventory   Next >>', '', 'Chapter 1: Inventory', '', body, '<< Previous   Story Index   Next >>', '', 'Chapter 2: Accounts Rendered', '', body, '<< Previous   Story Index', '',
    ].join('\n'));
    expect([o.fields.Rated, o.fields.Completed]).toEqual(['PG', 'Yes']);
    expect(o.chapters.map((c) => c.povMarkers)).toEqual([[], []]);
    expect(o.wordCount).toBe(2 * 23);
  });
});

describe("an AO3 text download with a pseud's by-line", () => {
  it('reads a lower-case title over `by PSEUD (account)` and keeps the Stats label whole beside its parts', () => {
    const o = read(['every light on the water', 'Posted originally on the Archive of Our Own at http://archiveofourown.org/works/45519807.', '',
      'Rating:', '    Mature', 'Stats:', '    Published: 2023-03-04 Completed: 2023-03-11 Chapters: 2/2 Words: 314', '',
      'every light on the water', 'by tidewrack (lanternmoth)', '', 'Chapter 1', '', body, 'Chapter 2', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['every light on the water', 'tidewrack (lanternmoth)']);
    expect([o.fields.Stats, o.fields.Words]).toEqual(['Published: 2023-03-04 Completed: 2023-03-11 Chapters: 2/2 Words: 314', '314']);
  });
});

describe("calibre's text of an AO3 work, each label's value a blank line under it", () => {
  it('reads the labels and their values as fields', () => {
    const o = read(['Salt and Sextant', '', 'Posted originally on the Archive of Our Own at https://archiveofourown.org/works/40671239.', '',
      'Rating:', '', 'Teen And Up Audiences', '', 'Category:', '', 'F/F', '', 'Fandom:', '', 'Original Work', '', 'Language:', '', 'English', '',
      'Salt and Sextant', '', 'by amberlight', '', 'Chapter 1', '', body, 'Chapter 2', '', body].join('\n'));
    expect([o.fields.Rating, o.fields.Category, o.fields.Fandom]).toEqual(['Teen And Up Audiences', 'F/F', 'Original Work']);
    expect(o.wordCount).toBe(2 * 23);
  });
});

describe("calibre's text of a co-written AO3 work in a series", () => {
  it('takes a value that looks like a heading or a field of its own under its label, both co-authors, and a plea as the end note’s text', () => {
    const o = read(['Salt and Sextant', '', 'Rating:', '', 'Teen And Up Audiences', '', 'Language:', '', 'English', '', 'Series:', '', 'Part 3 of Wintering at Hallam Cove', '',
      'Stats:', '', 'Published: 2022-09-17 Words: 46', '', 'Salt and Sextant', '', 'by amberlight, Ferngully_Moss', '', 'Chapter 1', '', body, 'Chapter 2', '', body,
      'Afterword', '', 'End Notes', '', 'Comments are love, even just a keyboard smash.'].join('\n'));
    expect([o.fields.Series, o.fields.Stats]).toEqual(['Part 3 of Wintering at Hallam Cove', 'Published: 2022-09-17 Words: 46']);
    expect(o.author).toBe('amberlight, Ferngully_Moss');
    expect(o.notesAfter.map((n) => n.text)).toEqual(['Comments are love, even just a keyboard smash.']);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([23, 23]);
  });
});

describe("a web-novel site's story card", () => {
  it('reads the title over the card and the one name among its tags, status and counts as the author; Author’s Thoughts are notes', () => {
    const o = read(['WebNovel', 'Browse', 'Rankings', 'Create', 'Sign in', '', 'The Last Cartographer of Vell', 'Fantasy', 'Original', 'Ferrowen', 'ONGOING', '42 Chapters', '18.2K Views', '',
      'Synopsis', 'The maps of Vell do not describe the land. They decide it.', '', 'Chapter 1: The Map That Bled', '', body, 'Author’s Thoughts', 'Hello and welcome! Chapters release daily.', '', 'Chapter 2: Low Quay', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['The Last Cartographer of Vell', 'Ferrowen']);
    expect(o.chapters[0]!.notesAfter.length).toBe(1);
  });
});

describe("a reading site's blurb folded behind a button", () => {
  it('reads the paragraphs between `Introduction` and `Read more` as the summary, and the tags under them as a field', () => {
    const o = read([
      'Dreame', 'Home   Genres   Rankings   Write   Sign in', '', 'The Alpha of Hollow Pines', 'Rowan Thistlewood', 'Werewolf · Romance · Ongoing', '48.2K Views   38 Chapters', '',
      'Introduction', "Eira was the pack's healer, the omega nobody looked at twice.", '', '"You will patch me up," he said.', '', 'She never forgot anything.', 'Read more', '',
      'Tags: alpha, werewolf, healer', '', 'Chapter 1 The Healer’s Hut', '', body, 'Chapter 2 Silver', '', body,
    ].join('\n'));
    expect(o.description).toMatch(/^Eira was the pack's healer/);
    expect(o.fields.Tags).toBe('alpha, werewolf, healer');
    expect(o.chapters.map((c) => c.title)).toEqual(['The Healer’s Hut', 'Silver']);
    expect(o.wordCount).toBe(2 * 23);
  });

  it('keeps the first chapter’s words when the story’s card is read as the page’s masthead', () => {
    const o = read([
      'The Alpha of Hollow Pines', 'Rowan Thistlewood', 'Werewolf · Romance · Ongoing', '48.2K Views   38 Chapters', '',
      'Introduction', "Eira was the pack's healer, the omega nobody looked at twice.", '', 'She never forgot anything.', 'Read more', '',
      'Tags: alpha, werewolf, healer', '', 'Chapter 1 The Healer’s Hut', '', body, 'Chapter 2 Silver', '', body,
    ].join('\n'));
    expect(o.chapters.map((c) => c.wordCount)).toEqual([23, 23]);
  });
});

describe("a forum thread's first post", () => {
  it("reads the thread's title under the breadcrumb, without its tags, and the author from the poster's card", () => {
    const o = read(['KASKUS', 'Forum   Jual Beli   Event   Masuk   Daftar', 'Home / Forum / Hobby / Stories from the Heart', '[Cerbung] The Salt Road [TAMAT]', '', '#1', 'kestrel_88', 'New Recruit', 'Posts: 27', '', 'Chapter 1: The Ford', '', body, 'Chapter 2: The Bank', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['The Salt Road', 'kestrel_88']);
    expect(o.wordCount).toBe(2 * 23);
  });
});

describe('a site’s print view', () => {
  it('leaves `Printed from URL` out, keeps a field without the item tags after it, and finds the title over the by-line under the blurb', () => {
    const o = read(['Printed from https://www.writing.com/main/view_item/item_id/2198765-The-Tidewater-Inn', 'Rated: 13+ · Book · Mystery · #2198765', 'A guest at a seaside inn keeps checking in for the same night, again and again.', '', 'The Tidewater Inn', '', 'by Martha Quill', '', 'Chapter 1: Check-in', '', body, 'Chapter 2: Room Nine', '', body].join('\n'));
    expect([o.title, o.author, o.fields.Rated]).toEqual(['The Tidewater Inn', 'Martha Quill', '13+']);
    expect(Object.keys(o.fields).some((k) => /http/i.test(k))).toBe(false);
  });
});

describe('a web page’s masthead', () => {
  it('leaves the site’s name, motto and menu out, even when a menu item is also a field’s label, and reads the name over a title in sentence case', () => {
    const o = read(['Проза.ру', 'национальный сервер современной прозы', 'Авторы   Произведения   Рецензии   Поиск   Магазин   О портале', 'вход для авторов', '', 'Анна Вересова', 'Зимний переплётчик', 'Рубрика: Рассказы / Мистика', '', 'I', '', body, 'II', '', body].join('\n'));
    expect([o.title, o.author, o.fields['Рубрика']]).toEqual(['Зимний переплётчик', 'Анна Вересова', 'Рассказы / Мистика']);
    expect(o.wordCount).toBe(2 * 23);
  });

  it('reads the name over a title in sentence case with a blank line between, as calibre writes a book’s text, short words and all', () => {
    const o = read(['Соломія Гай', '', 'Скляний сад', '', '', '', 'Розділ перший', '', body, 'Розділ другий', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['Скляний сад', 'Соломія Гай']);
    const named = read(['Marta Quill', '', 'Ludwig van Beethoven', '', '', '', 'Chapter 1', '', body, 'Chapter 2', '', body].join('\n'));
    expect(named.author).not.toBe('Marta Quill');
  });

  it('leaves an archive’s name and motto out with the menu row under them', () => {
    const o = read(['Sink Into Your Eyes', 'A Harry and Ginny Fanfiction Archive', '', 'Home | Categories | Search | Titles | Authors | Login', '', 'The Quidditch Pitch at Midnight by Ottery_Pebble', '', 'Rated: PG • Chapters: 2', '', 'Chapter 1: Floodlights', '', body, 'Chapter 2: Left Hand', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['The Quidditch Pitch at Midnight', 'Ottery_Pebble']);
  });

  it('leaves a blog’s name and motto out with the menu of one item a line under them', () => {
    const o = read(['Àṣà Wa', 'Stories, proverbs and praise poems', '', 'Home', 'Stories', 'Proverbs', 'About', 'Contact', '', 'STORIES', 'The Red Bead', 'Posted on March 4, 2022 by funmi_writes', '', 'Chapter 1', '', body, 'Chapter 2', '', body].join('\n'));
    expect(o.title).toBe('The Red Bead');
    expect(o.wordCount).toBe(2 * 23);
  });

  it('leaves out a menu of one item a line that runs on, with no blank, into the story’s title and its first heading', () => {
    const o = read(['Scribble Hub', 'Series', 'Rankings', 'Genres', 'Forum', 'Login', 'Register', 'Gerbang di Seberang Jembatan', 'Bab 1 - Jembatan', 'kabutpagi', 'Oct 3, 2022', '', body, 'Bab 2 - Gadis', '', body].join('\n'));
    expect(o.title).toBe('Gerbang di Seberang Jembatan');
  });

  it('reads a name set apart over the title and its genre line, and a row of labelled counts as fields', () => {
    const o = read(['Анна Березина', '', 'Грачи прилетели', 'Повесть', 'Глав: 3   Слов: 342', '', '', 'Глава 1', '', body, 'Глава 2', '', body].join('\n'));
    expect([o.title, o.author, o.fields['Слов']]).toEqual(['Грачи прилетели', 'Анна Березина', '342']);
  });

  it('keeps a story’s own block (title, name and counts) that has no menu in it', () => {
    const o = read(['The Lantern Keeper', 'Mara Quill', '48.2K Reads • 3.1K Votes • 24 Parts', '', 'Chapter 1', '', body, 'Chapter 2', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['The Lantern Keeper', 'Mara Quill']);
  });

  it('reads a Drupal post stamp, `Submitted by NAME on DATE`, as the by-line', () => {
    expect(matchByLine('Submitted by सुधा_क on Mon, 14/03/2016 - 21:30')?.author).toBe('सुधा_क');
  });
});

describe('a story page’s header, printed again over its second page', () => {
  const p1 = 'The walk-in fridge at the Gull was the only cool place in town that July, so that was where they argued.';
  const p2 = 'The staff meal that evening was the chowder, with a suspicion of fennel in it, and nobody said anything.';
  const header = ['Home › Stories › Romance', '', 'The Summer Kitchen', 'Two cooks, one summer, and a recipe neither of them will share.', 'by saltandthyme', 'Follow', 'Romance 07/14/2022'];
  it('takes the tagline under the title as the summary, leaves the stamp, counts, the header’s copy, pleas and the site’s lists out', () => {
    const text = [...header, '2.1K views   ♥ 143', '', p1, p1, '', 'Page 1 of 2', 'Next Page »', '', ...header, '', p2, p2, '', 'Liked this story? Leave a ♥ and follow @saltandthyme for more.', '', 'Please rate this story', '★ ★ ★ ★ ★', '', 'More stories like this', 'Low Tide', 'The Orchard Wall'].join('\n');
    const o = read(text);
    expect([o.title, o.author, o.description]).toEqual(['The Summer Kitchen', 'saltandthyme', 'Two cooks, one summer, and a recipe neither of them will share.']);
    expect(o.wordCount).toBe(2 * 21 + 2 * 19);
  });

  it('takes the story’s title from its page title lines, not from the breadcrumb over them', () => {
    const chapter = (n: number, title: string): string => `Home » The Quiet Inn » Chapter ${n}\n\nThe Quiet Inn – Chapter ${n}: ${title}\n\n${p1}\n\n${p2}\n\n`;
    const o = read(`The Quiet Inn\n\nAuthor: Lan Shiyu\n\n${chapter(41, 'The Broth Inspector')}${chapter(42, 'Three Bowls')}`);
    expect([o.title, o.chapters.map((c) => c.title)]).toEqual(['The Quiet Inn', ['The Broth Inspector', 'Three Bowls']]);
  });
});

describe('a reading site’s story card under its masthead', () => {
  it('keeps the card (its tags set apart by dots are no menu), reads the name beside the follow button, and leaves the slash trail and a time alone out', () => {
    const o = read(['Inkspired', 'Explorar   Escribir   Concursos   Iniciar sesión', '', 'Lo que guarda la marea', 'Marisol Quevedo   Seguir', 'Historia original · Misterio · Todo público', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['Lo que guarda la marea', 'Marisol Quevedo']);
    const trail = read(['NovelBin', '', 'Home / Fantasy / The Last Dungeon Cook / Chapter 212: Salt Contract', '', 'The Last Dungeon Cook', 'by Theo Brandt', '', body].join('\n'));
    expect(trail.title).toBe('The Last Dungeon Cook');
    const note = read(['The Salt Road', 'Tuesday, March 3, 2020', '9:14 PM', '', 'by Priya Nair', '', body].join('\n'));
    expect([note.title, note.author]).toEqual(['The Salt Road', 'Priya Nair']);
  });
});

describe('a writeup page', () => {
  it('leaves the site’s name, motto sentence and menu out, and reads `(fiction) by NAME  DATE` as the by-line', () => {
    const o = read(['Everything2', 'Everything2 is a collection of user-submitted writings about more or less everything.', 'Log in | Sign up | Random node | Cool Archive', '', "The Tidecaller's Wife", '', '(fiction) by saltmarsh  Sat Mar 04 2006 at 21:14:02', '', body].join('\n'));
    expect([o.title, o.author, o.wordCount]).toEqual(["The Tidecaller's Wife", 'saltmarsh', 23]);
  });
});

describe('a story page’s foot and a forum thread’s furniture, in other words', () => {
  it('leaves out a German page’s prompt, buttons, navigation and the author’s other works, and keeps the author’s note', () => {
    const o = read(['Die Uhr', 'von Konrad Albers', '', body, '', 'Anmerkung des Autors: Der Bahnhof ist erfunden.', '', 'Was ist dir an diesem Text besonders aufgefallen?', 'Gefällt mir   Kommentar schreiben', '', '« Vorheriger Titel   Nächster Titel »', '', 'Weitere Beiträge von Konrad Albers', 'Der Leuchtturmwärter (Kurzgeschichten)'].join('\n'));
    expect([o.wordCount, o.notesAfter.length]).toEqual([23, 1]);
  });

  it('leaves out a ProBoards reply (`Post by NAME on DATE`) and the signature under a rule of dashes after each post', () => {
    const post = (n: number): string => `Chapter ${n}: The Ledger\n\n${body}\n\n----\n"Count what you can carry." ~ my avatar is by Ferren\n\nQuote   Like\n\n`;
    const reply = 'tessellate\nNew Recruit\nPosts: 27\nPost by tessellate on Mar 4, 2012 at 8:02am\n\nOh I love Quintus already. Please continue!!\n\nQuote   Like\n\ncorvid_quill\nScribe\nPosts: 413\nPost by corvid_quill on Mar 10, 2012 at 10:30pm\n\n';
    const o = read(`Title: Ashes\nAuthor: corvid_quill\n\n${post(1)}${reply}${post(2)}`);
    expect(o.chapters.map((c) => c.sceneBreaks)).toEqual([0, 0]);
    expect(o.wordCount).toBe(2 * 23);
  });
});

describe('one installment of a serial posted alone', () => {
  it('takes the counter off the post’s title as the chapter’s number, and leaves a title without one alone', () => {
    expect([read(`Salt and Static (2/3)\nby Mara Quill\n\n${body}`)].map((o) => [o.title, o.chapters[0]?.number])).toEqual([['Salt and Static', 2]]);
    expect([read(`Part of the Sea\nby Mara Quill\n\n${body}`)].map((o) => [o.title, o.chapters[0]?.number])).toEqual([['Part of the Sea', null]]);
  });
});

describe("a reading site's story page in the reader's language", () => {
  const scene = 'Quince años después, el río volvió a salirse y yo estaba en la orilla con botas de agua y una linterna en la mano.';
  it('reads counts each under its word, ranks, rights and the blurb over the contents as the card; ➸ NAME is a POV; the buttons end the page', () => {
    const o = read(['Wattpad', 'Explorar', 'Lo que el río guarda', 'por ninfa_de_tinta', 'Lecturas', '12,4 mil', 'Votos', '1,1 mil', 'Partes', '2', 'Tiempo', '12 minutos',
      'Cuando el río se desborda, deja cosas en la orilla. Esta vez dejó una maleta cerrada con mi nombre en la tapa.', '', '¡historia corta! terminada ♡', 'Completa', '#3 en misterio', 'Todos los derechos reservados', 'Tabla de contenidos', 'Prólogo', '1. La crecida', 'Comenzar a leer', '',
      'Prólogo', '', scene, '', 'Votar', 'Comentar', 'Siguiente parte', '', '1. La crecida', '', '➸ Valeria', scene, '', 'Votar', 'Comentar', 'Regístrate para agregar Lo que el río guarda a tu biblioteca'].join('\n'));
    expect(o.description).toBe('Cuando el río se desborda, deja cosas en la orilla. Esta vez dejó una maleta cerrada con mi nombre en la tapa.');
    expect(o.chapters.map((c) => [c.title, c.povMarkers, c.wordCount])).toEqual([['Prólogo', [], 24], ['La crecida', ['Valeria'], 24]]);
  });

  it('reads a card copied with every line set apart: the title, the bare name over the counts, the status and blurb; the counts and buttons under each part are no text', () => {
    const part = (heading: string, line: string, note: string) => [heading, '閱讀 1.9K', '投票 120', '留言 31', line, `作者的話：${note}`, '投票', '留言', '分享', '繼續閱讀下一章'];
    const o = read(['Wattpad', '瀏覽', '社群', '登入', '註冊', '雨季之後的咖啡店', 'yuchen_writes', '閱讀 3.4K', '投票 212', '章節 2', '完結',
      '「如果下雨，就在老地方等我。」她留下這句話之後，就再也沒有出現在咖啡店。', '#愛情 #都市 #短篇', '開始閱讀',
      ...part('第一章　風鈴', '台北的雨季總是來得突然。', '第一次發文'), ...part('第二章　老位子', '「一樣嗎？」阿哲問。', '謝謝大家'), '你可能也會喜歡'].join('\n\n'));
    expect([o.title, o.author, o.description]).toEqual(['雨季之後的咖啡店', 'yuchen_writes', '「如果下雨，就在老地方等我。」她留下這句話之後，就再也沒有出現在咖啡店。']);
    expect(o.chapters.map((c) => [c.title, c.firstWords, c.wordCount, c.notesAfter.length])).toEqual([['風鈴', '台北的雨季總是來得突然。', 1, 1], ['老位子', '「一樣嗎？」阿哲問。', 1, 1]]);
  });

  it('finds the contents’ titles as headings on a page copied without blank lines', () => {
    const o = read(['Peron Tiga', 'oleh senjakala_rr', 'Dibaca 8,7rb', 'Vote 902', 'Daftar Isi', 'Hujan di Stasiun', 'Kereta Terakhir', '',
      'Peron Tiga', 'Hujan di Stasiun', 'oleh senjakala_rr', 'Aruna bekerja di loket stasiun sejak bulan Januari, dan pekerjaannya membosankan kecuali pada hari Jumat.', 'Setiap Jumat pukul empat sore, seorang lelaki tua duduk di bangku peron tiga.', '',
      'Peron Tiga', 'Kereta Terakhir', 'oleh senjakala_rr', 'Jumat berikutnya hujan turun deras, dan Aruna membawa dua gelas teh manis dari warung depan.', 'Namanya Pak Harjo; ia pensiunan masinis yang dulu menjalankan kereta malam ke timur.'].join('\n'));
    expect(o.chapters.map((c) => [c.title, c.wordCount])).toEqual([['Hujan di Stasiun', 28], ['Kereta Terakhir', 28]]);
  });
});

describe("a literature portal's story page", () => {
  it('keeps a long menu row of sections out as the masthead, reads the genre over the title and the name under it, and Devanagari numerals as sections', () => {
    const para = 'हमारे गाँव में चिट्ठियाँ हफ़्ते में दो बार आती थीं, मंगल और शुक्र को, और उन्हें लाते थे रामदीन डाकिया।';
    const o = read(['हिंदी समय', 'महात्मा गांधी अंतरराष्ट्रीय हिंदी विश्वविद्यालय, वर्धा',
      'मुखपृष्ठ   उपन्यास   कहानी   कविता   व्यंग्य   नाटक   निबंध   आलोचना   विमर्श   बाल साहित्य   संस्मरण   यात्रा वृत्तांत   सिनेमा   विविध   कोश   अनुवाद   खोज   संपर्क',
      '', 'कहानी', '', 'डाकिया और बरगद', 'रमाकांत मिश्र', '', 'अनुक्रम   डाकिया और बरगद   पीछे   आगे', '', '१', '', para, '', '२', '', para, '', 'शीर्ष पर जाएँ', '', 'रचनाकार परिचय', 'जन्म : 1948, गोरखपुर'].join('\n'));
    expect([o.title, o.author]).toEqual(['डाकिया और बरगद', 'रमाकांत मिश्र']);
    expect(o.chapters.map((c) => [c.number, c.wordCount])).toEqual([[1, 20], [2, 20]]);
  });
});

describe('a FanFiction.Net story copied by hand into a text file', () => {
  it('reads the line under the stats line, over the rule, as the summary, and `< Prev Next >` as page links, not a POV', () => {
    const o = read(['Śnieg na Pokątnej', 'autor: Wierzbowa_Miotła', 'Rated: Fiction K+ - Polish - Friendship/Family - Neville L. - Chapters: 2 - Words: 2,104 - Status: Complete - id: 14022871',
      'Neville ma kupić prezent dla babci. Ma dwa galeony, listę i bardzo mało czasu.', '=====================================================', '',
      '1. Lista', body, '< Prev Next >', 'Review', '', '2. Rękawiczki', body, '< Prev Next >', 'Review'].join('\n'));
    expect(o.description).toBe('Neville ma kupić prezent dla babci. Ma dwa galeony, listę i bardzo mało czasu.');
    expect(o.chapters.map((c) => [c.title, c.povMarkers, c.wordCount])).toEqual([['Lista', [], 23], ['Rękawiczki', [], 23]]);
  });
});

describe('a Japanese draft downloaded from Google Docs', () => {
  it('reads the line under the title that says what the work is (短編連作（…）) as its kind, not its title', () => {
    const o = read(['\uFEFF金魚坂の貸本屋', '短編連作（下書き・第三稿）', '作：水無月しずく', '', '第一話　雨の日の客', '　金魚坂の途中に、看板の文字が半分消えた貸本屋がある。', '', '第二話　貸出帳', '　貸出帳は帳場の下の引き出しに、三十冊以上しまってある。'].join('\r\n'));
    expect([o.title, o.author]).toEqual(['金魚坂の貸本屋', '水無月しずく']);
  });
});

describe('an AO3 work page copied from the browser without blank lines', () => {
  it('passes over the chapter links among the actions and reads the title and author straight under the fields, over Summary:', () => {
    const o = read(['Archive of Our Own beta', 'Actions', '← Previous Chapter', 'Next Chapter →', 'Chapter Index', 'Rating:', 'Teen And Up Audiences', 'Language:', 'Español', 'Words:', '318',
      'La segunda marea', 'brisamarina', 'Summary:', 'Lucía vuelve a Cabo Frío con una caja de cartas que no son suyas.', '', 'Chapter 1: La caja', body, 'Chapter 2: El faro', body].join('\n'));
    expect([o.title, o.author]).toEqual(['La segunda marea', 'brisamarina']);
  });
});

describe('an AO3 Entire Work page copied from the browser, a blank line over its title', () => {
  it("reads the title and author over Summary:, not the site's menu line", () => {
    const o = read(['Skip to Main Content', 'Archive of Our Own beta', 'Fandoms Browse Search About', 'Search', 'Actions', '', 'Rating:', '    General Audiences', 'Language:', '    Lietuvių kalba', 'Stats:',
      '    Published: 2025-08-14 Chapters: 2/2 Words: 320', '', 'Dingusi valtis', 'gintaras_ir_druska', 'Summary:', '', 'Vieną rugpjūčio rytą nuo liepto dingsta senelio valtis.', '', 'Chapter 1: Nupjauta virvė', 'Chapter Text', '', body, 'Chapter 2: Trys mazgai', 'Chapter Text', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['Dingusi valtis', 'gintaras_ir_druska']);
  });
});

describe('a Croatian story with its by-line', () => {
  it('reads `Napisala: NAME` (she wrote) as the author', () => {
    const o = read(['Zadnji tramvaj', '', 'Napisala: Marta Kovač', '', body].join('\n'));
    expect(o.author).toBe('Marta Kovač');
  });
});

describe('a manuscript in standard format compiled by Scrivener', () => {
  it('keeps the contact block and word count out, and reads the centred title, genre line and name as the title page', () => {
    const o = read(['Helena Batista Moura', 'Rua dos Ipês, 140 – Juiz de Fora/MG', 'helena.bmoura@email.com.br', '                                                  aprox. 350 palavras', '', '', '', '',
      '                         A CASA DAS AVENCAS', '                         romance (trecho)', '                        Helena Batista Moura', '', '', '', '', 'Capítulo 1', '', body, 'Capítulo 2', '', body].join('\n'));
    expect([o.title, o.author, o.description]).toEqual(['A CASA DAS AVENCAS', 'Helena Batista Moura', null]);
    expect(o.wordCount).toBe(46);
  });
});

describe("a Ficbook translation's work page", () => {
  it('reads the original author as the author, the menu as the site’s and a status word under Статус: as its value', () => {
    const o = read(['Фикбук', 'Фанфики', 'Ориджиналы', 'Ещё', 'Войти', 'Последний трамвай', 'Переводы › Ориджиналы › Городское фэнтези', 'Автор оригинала:', 'Greta Lindqvist', 'Переводчик:', 'сова_в_пальто',
      'Статус:', 'завершён', 'Метки:', 'Городское фэнтези Трамваи', '', 'Глава 1', body, 'Глава 2', body].join('\n'));
    expect([o.title, o.author, o.fields['Статус']]).toEqual(['Последний трамвай', 'Greta Lindqvist', 'завершён']);
  });
});

describe('FanFiction.Net pages copied with select-all, one after another', () => {
  it('leaves out the header each page repeats, its long summary and stats line too, and the review box under each chapter', () => {
    const page = (n: number, title: string) => ['FanFiction | unleash your imagination', 'Just In', 'Community', 'Forum', 'Login', 'Anime/Manga » Naruto', 'Follow/Fav', 'Céu de Papel', 'By: luaminguante',
      'Sakura encontra um caderno antigo na biblioteca de Konoha. Cada página tem uma data, e a próxima é amanhã.', 'Rated: Fiction T - Portuguese - Mystery/Friendship - Sakura H., Ino Y. - Chapters: 2 - Words: 1,041 - Reviews: 23 - Status: Complete - id: 13612345',
      '', `Capítulo ${n} — ${title}`, '', body, 'Post a Review', 'Name:', 'Type your review for this chapter here...', 'Post Review as Guest', 'Help · Privacy · Terms of Service · Top'];
    const o = read([...page(1, 'O caderno'), ...page(2, 'A biblioteca')].join('\n'));
    expect(o.chapters.map((c) => [c.title, c.wordCount])).toEqual([['O caderno', 23], ['A biblioteca', 23]]);
  });
});

describe("a literary newspaper's story page", () => {
  it('reads the headline that names the writer, the work and what it is, and the date with its view count as the page’s', () => {
    const o = read(['525-ci qəzet', 'Ana səhifə  Siyasət  İqtisadiyyat  Ədəbiyyat  Mədəniyyət  Arxiv', '', 'Ədəbiyyat', '', 'Nigar Əliyeva. Bağ evinin açarı (hekayə)', '',
      '14 Mart 2019 12:05   Baxış: 1 247', '', 'Atam öləndən sonra bağ evinin açarını heç kim tapa bilmədi, anam bütün çekmeceləri axtardı.', '', 'Bağ evi Novxanıda idi.'].join('\n'));
    expect([o.title, o.author]).toEqual(['Bağ evinin açarı', 'Nigar Əliyeva']);
    expect(o.wordCount).toBe(18);
  });
});

describe("a reading site's story page in Spanish", () => {
  it('reads the title and name under the menu, passes over the tag row, and finds chapters glued under the site’s read-on buttons', () => {
    const o = read(['Inkitt', 'Descubrir', 'Escribir', 'Iniciar sesión', 'Lluvia de septiembre', 'Marina Olmedo', '4,6 ★ · 38 reseñas', 'Realismo mágico · Romance', 'Clasificación: Todas las edades',
      'Resumen', 'En San Isidro del Monte llueven peces una vez al año.', 'Empezar a leer', 'Capítulo 1: El cuaderno', body, 'Continuar leyendo el siguiente capítulo', 'Capítulo 2: Plata', body].join('\n'));
    expect([o.title, o.author]).toEqual(['Lluvia de septiembre', 'Marina Olmedo']);
    expect(o.chapters.map((c) => [c.number, c.title, c.wordCount])).toEqual([[1, 'El cuaderno', 23], [2, 'Plata', 23]]);
  });
});

describe("an author's field with the post's stamp after it", () => {
  it('takes the name, not the date and the read count set beside it', () => {
    const o = read(['檐下听雨', '', '作者：青梧不语  2025-06-18 21:04  阅读 3.2万', '', body].join('\n'));
    expect(o.author).toBe('青梧不语');
  });
});

describe("a foreword over the story's first chapter, in the story's language", () => {
  it.each(['Forord', 'Förord', 'Vorwort', 'Préface', 'Przedmowa'])('reads %s and its paragraph as the story note, not a chapter', (label) => {
    const o = read(['Fyrtårnet', 'af Mette Lund', '', label, 'Denne fortælling er skrevet til min mormor, som boede på Skagen hele sit liv.', '', 'Kapitel 1', 'Stormen', '', body, '', 'Kapitel 2', 'Båden', '', body].join('\n'));
    expect(o.notesBefore.map((n) => n.label)).toEqual([label]);
    expect(o.chapters.map((c) => c.title)).toEqual(['Stormen', 'Båden']);
  });
});

describe('a short blurb straight between the by-line and the stats line', () => {
  it('is the summary, and a Turkish `Y/N:` is the author\'s note', () => {
    const o = read(['Son Tren', 'By: kirazyapragi', "Sakura, Konoha'ya dönen son treni bekler. Tek bölüm.", 'Rated: Fiction K - Turkish - Words: 498', '', 'Y/N: Herkese merhaba! Bu benim ilk Türkçe hikayem.', '', '-o-o-', '', body].join('\n'));
    expect(o.description).toBe("Sakura, Konoha'ya dönen son treni bekler. Tek bölüm.");
    expect(o.notesBefore.map((n) => n.label)).toEqual(['Y/N']);
  });
});

describe('a spoiler-folded post (ふせったー) copied from the browser', () => {
  it("takes the poster's display name without its handle, and leaves the site's name and spoiler button out", () => {
    const o = read(['ふせったー', '', 'しろたま @shirotama_0w0', '2025/04/03 22:41', '', '太中　桜の話', '', 'ネタバレを表示する', '', '　桜が咲いたと聞いたので、見に行くことにした。誰と、とは言わなかった。', '', '　それでも帰るとは一度も言わなかった。'].join('\n'));
    expect(o.author).toBe('しろたま');
    expect(o.title).not.toBe('ふせったー');
    expect(o.chapters[0]?.firstWords.startsWith('桜が咲いた')).toBe(true);
  });
});

describe("a paper's literature page: rubric, title, writer over the date in words", () => {
  it("reads the title under the rubric, the writer over the date, and keeps the date out of the text", () => {
    const o = read(['NOVÈLA', 'Lo cat que sabiá comptar', '', 'Joan-Pèire Caussat', "dissabte 9 d'agost de 2014", '', "Nòta de l'autor: aquesta novèla es estada escricha en lengadocian.", '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['Lo cat que sabiá comptar', 'Joan-Pèire Caussat']);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters[0]?.firstWords.startsWith('The river was high')).toBe(true);
  });
});

describe('small habits of exports and posts', () => {
  it("leaves a manuscript's word count under the by-line out of the text", () => {
    const o = read(['Forty Winters of the Same Coat', 'by Della Marchetti', 'Approx. 310 words', '', body].join('\n'));
    expect(o.author).toBe('Della Marchetti');
    expect(o.chapters[0]?.firstWords.startsWith('The river was high')).toBe(true);
  });

  it('reads a Korean label closed by a bracket (`공지)`, `후기)`) as a note', () => {
    const o = read(['겨울 세탁소', '', '1화', '', '공지) 오리지널 단편 연재입니다.', '', body, '', '후기) 읽어주셔서 고마워요.'].join('\n'));
    expect(o.chapters[0]?.notesBefore.map((n) => n.label)).toEqual(['공지']);
    expect(o.chapters[0]?.notesAfter.map((n) => n.label)).toEqual(['후기']);
  });

  it("takes a chapter's title set in quotes under its label without the quotes", () => {
    const o = read(['Hujan', '', 'BAB 1', '"Payung Biru"', '', body, '', 'BAB 2', '"Peron Tiga"', '', body].join('\n'));
    expect(o.chapters.map((c) => c.title)).toEqual(['Payung Biru', 'Peron Tiga']);
  });
});

describe("a blog's masthead over its first post", () => {
  it('is no summary: the name and tagline over the menu', () => {
    const o = read(['Cadernos da Ria', 'histórias curtas escritas à beira da água', 'Sobre mim', 'Arquivo', 'Contacto', '', '12.03.19', '', 'O Faroleiro (I)', '', body, '', '19.03.19', '', 'O Faroleiro (II)', '', body].join('\n'));
    expect(o.description).toBeNull();
  });
});

describe("a reading app's story card in Arabic", () => {
  it('reads the by-line, and leaves the counters, status and rights line out of the summary', () => {
    const o = read(['رسائل إلى البحر', 'بواسطة nour_alqamar', 'قراءات 12.4K', 'أصوات 1.1K', 'أجزاء 3', 'مكتملة', '', 'كل صباح ترمي سلمى رسالة في البحر. وفي صباح ما، يعيد البحر إليها ردًّا.', '', 'جميع الحقوق محفوظة', '', 'الفصل الأول', '', body, '', 'الفصل الثاني', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['رسائل إلى البحر', 'nour_alqamar']);
    expect(o.description).toBe('كل صباح ترمي سلمى رسالة في البحر. وفي صباح ما، يعيد البحر إليها ردًّا.');
  });
});

describe("a reading app's story card under the app's name", () => {
  it('reads title and author, and leaves genre, status and rating out of the summary', () => {
    const o = read(['WebNovel', 'The Lantern Clerk of Ninefold City', 'ashpetal', 'Fantasy · Ongoing', '4.6 ★ 212 ratings', '', 'Chapter 41 The Night Ledger', '', body, '', 'Chapter 42 Ink', '', body].join('\n'));
    expect([o.title, o.author, o.description]).toEqual(['The Lantern Clerk of Ninefold City', 'ashpetal', null]);
  });
});

describe("a picture's placeholder and a centred break as a blog's editor saves them", () => {
  it('keeps `[Image: …]` out of the words and reads `<center>❄ ❄ ❄</center>` as a scene break', () => {
    const o = read(['The Clockmaker', '', 'Chapter 1: Hollowmere', '', '[Image: a narrow street of crooked houses]', '', body, '', '<center>❄ ❄ ❄</center>', '', body, '', 'Chapter 2: Bells', '', body].join('\n'));
    expect(o.chapters[0]?.firstWords.startsWith('The river was high')).toBe(true);
    expect(o.chapters[0]?.sceneBreaks).toBe(1);
  });
});

describe('a Medium post copied from the browser, every line set apart', () => {
  it('reads the author over its follow button a blank line below, and the title over the deck', () => {
    const o = read(['Open in app', '', 'Sign in', '', 'Member-only story', '', 'The Last Bus to Ardmore', '', 'A short story about a driver who never misses a stop', '', 'Tomasz Kelleher', '', 'Follow', '', '7 min read', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['The Last Bus to Ardmore', 'Tomasz Kelleher']);
  });
});

describe("an afterword of a few lines to readers after the story's end", () => {
  it("is the story's closing note, not a chapter", () => {
    const o = read(['The Weatherman', 'by Priya Ash', '', 'Chapter One: Low Pressure', '', body, '', 'Chapter Two: Clearing', '', body, '', 'THE END', '', 'Afterword', '', 'If you enjoyed this, the writing group has a zine coming out in the spring!'].join('\n'));
    expect(o.chapters.map((c) => c.title)).toEqual(['Low Pressure', 'Clearing']);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['Afterword']);
  });
});

describe('a bare label at the start of a title line', () => {
  it('is no field when what follows opens on a sign (`Tags & <Brackets> - A. N. Author`)', () => {
    const o = read(['Tags & <Brackets> - A. N. Author', '', 'Summary: A story about markup.', '', 'Chapter 1: Start', '', body].join('\n'));
    expect([o.title, o.author]).toEqual(['Tags & <Brackets>', 'A. N. Author']);
  });
});

it('reads a bare label only as the sites write it, capitalised', () => {
  const o = read(['The Harbour', '', 'published the story in 1990, she said', '', body].join('\n'));
  expect(Object.keys(o.fields)).not.toContain('Published');
});

describe("a pupil's story posted to a school forum", () => {
  const text = [
    'Short Story Showcase',
    '',
    'Final draft - The Salt Road',
    'by Amira Haddad - Friday, 3 March 2017, 3:47 PM',
    '',
    'The Salt Road',
    'by Amira Haddad, 9X',
    '',
    body,
  ].join('\n');
  it("takes the title from the piece's own title page, the author without the post's stamp", () => {
    const o = read(text);
    expect([o.title, o.author]).toEqual(['The Salt Road', 'Amira Haddad']);
  });
  it("reads a by-line's name without the stamp after a dash", () => {
    expect(matchByLine('by Amira Haddad - Friday, 3 March 2017, 3:47 PM')?.author).toBe('Amira Haddad');
    expect(matchByLine('Post by quillfeather » Sat Mar 02, 2013 8:12 pm')?.author).toBe('quillfeather');
  });
});

describe('a Korean community board post (DC Inside)', () => {
  it("keeps the board's name and menu, the writer's address prefix, the vote buttons, the app signature and the comments out of the story", () => {
    const korean = Array.from({ length: 4 }, (_, k) => `아이는 ${k + 1}번째 아침에도 등대에 올라 바다를 오래 바라보았다.`).join('\n\n');
    const o = read([
      '판타지 갤러리', '갤러리 이슈박스, 최근방문 갤러리', '', '[단편] 등대지기의 딸', '바다소금(211.36)\t2023.05.14 02:41:17', '조회 1,204\t추천 57\t댓글 12', '',
      korean, '', 'ㅡㅡㅡ', '', korean, '', '후기: 새벽에 잠 안 와서 한 번에 씀.', '', '- dc official App', '', '추천', '57', '비추천', '0', '', '댓글 12', '',
      'ㅇㅇ(118.235)\t05.14 02:55', '아 새벽에 이런 거 올리지 마라 눈물 남', '',
    ].join('\n'));
    expect([o.title, o.author]).toEqual(['등대지기의 딸', '바다소금']);
    expect(o.chapters.map((c) => [c.sceneBreaks, c.firstWords])).toEqual([[1, '아이는 1번째 아침에도 등대에 올라']]);
    expect(o.notesAfter).toHaveLength(1);
    expect(o.wordCount).toBe(2 * 4 * 8);
  });
});

describe('a Persian blog post (Virgool)', () => {
  const persian = Array.from({ length: 3 }, (_, k) => `مادربزرگ هر سال شب یلدا انار دانه می‌کرد و ما ${k + 1} بار خندیدیم.`).join('\n\n');
  const text = ['ویرگول', 'جستجو', 'نوشتن', 'ورود / ثبت نام', '', 'نیلوفر صدری', 'داستان می‌نویسم، گاهی هم ترجمه.', '۵ دقیقه خواندن · ۱۴۰۲/۰۹/۳۰', '', 'انار سفید', '', persian, '', 'پی‌نوشت: این داستان را برای مادربزرگم نوشتم.', '', 'این مطلب را پسندیدید؟', '۴۷', ''].join('\n');
  it("keeps the site's menu out, takes the writer over the bio and reading time, the title under them, the postscript a note", () => {
    const o = read(text);
    expect([o.title, o.author]).toEqual(['انار سفید', 'نیلوفر صدری']);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['پی‌نوشت']);
    expect(o.wordCount).toBe(3 * 13);
  });
});

describe('a HarryPotterFanFiction.com chapter page', () => {
  const text = [
    'Ink and Ashes', 'by midnight_quill', '', 'Rating: 12+', 'Chapter 2 of 3', 'Words: 1,287', 'Status: Work in Progress', '',
    'Chapter 2: The Owlery at Midnight', '', 'Chapter Image:', '[ image by lumos_lily at TDA ]', '',
    "Author's Note: Thank you to everyone who reviewed.", '', body,
  ].join('\n');
  it('reads `Chapter 2 of 3` among the fields as the page\'s place in the work, and the chapter image slot as no words of the story', () => {
    const o = read(text);
    expect(o.fields).toMatchObject({ Words: '1,287', Status: 'Work in Progress' });
    expect(o.chapters.map((c) => [c.number, c.title, c.notesBefore.length])).toEqual([[2, 'The Owlery at Midnight', 1]]);
    expect(o.chapters[0]?.firstWords).toMatch(/^The river was high/);
  });
});

describe('a school assignment with its pupil header', () => {
  const text = [
    'E.E. Prof. Aristides Lobo', 'Nome: Lucas Ferreira Nunes', 'Turma: 8º ano B', 'Professora: Márcia Tavares', 'Data: 09/05/2023', '',
    'Produção de texto – Conto de mistério', '', 'O Relógio da Vó Zefa', '', body,
  ].join('\n');
  it('takes the pupil as the author, the line over the text as the title, and keeps the school and the assignment out of the body', () => {
    const o = read(text);
    expect([o.title, o.author]).toEqual(['O Relógio da Vó Zefa', 'Lucas Ferreira Nunes']);
    expect(o.fields).toMatchObject({ Turma: '8º ano B', Professora: 'Márcia Tavares' });
    expect(o.chapters[0]?.firstWords).toMatch(/^The river was high/);
  });
});

describe('a Google+ post', () => {
  const text = [
    'Jonas Wehrfeld', 'Öffentlich geteilt  -  14.03.2016', '', '*Der Leuchtturmwärter*', '',
    'Anm. d. Autors: Entstanden für die Schreibchallenge.', '', body, '', 'Nachtrag: Der Leuchtturm ist erfunden.', '',
  ].join('\n');
  it('takes the poster over the share stamp as the author, the title under them, and the notes at both ends', () => {
    const o = read(text);
    expect([o.title, o.author]).toEqual(['Der Leuchtturmwärter', 'Jonas Wehrfeld']);
    expect([o.notesBefore.length, o.notesAfter.length]).toEqual([1, 1]);
  });
});

describe('a Bengali group blog post (Sachalayatan)', () => {
  const bengali = Array.from({ length: 3 }, (_, k) => `আমাদের পাড়ার ডাকপিয়ন রহমত চাচা ${k + 1} বার চিঠি বিলি করতেন।`).join('\n\n');
  const text = [
    'নীল খামের চিঠি', 'লিখেছেন তানভীর হাসান (তারিখ: শুক্র, ১২/০৩/২০১০ - ১০:১৪অপরাহ্ন)', 'ক্যাটেগরি: গল্প', '', bengali, '',
    'পুনশ্চ: রহমত চাচা কাল্পনিক চরিত্র।', '', '»  লগইন করুন অথবা নিবন্ধন করুন মন্তব্য করার জন্য', '»  ৬৫৭ বার পঠিত', '', 'মন্তব্য', '',
  ].join('\n');
  it("reads the by-line without its bracketed stamp, the postscript as a note, and the blog's footer as no words of the story", () => {
    const o = read(text);
    expect([o.title, o.author]).toEqual(['নীল খামের চিঠি', 'তানভীর হাসান']);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['পুনশ্চ']);
    expect(o.wordCount).toBe(3 * 10);
  });
  it('reads a by-line with its date in brackets after the name', () => {
    expect(matchByLine('by Jane Doe (Date: Fri, 12/03/2010 - 10:14pm)')?.author).toBe('Jane Doe');
  });
});

describe('a Tagalog Blogger post', () => {
  const tagalog = Array.from({ length: 3 }, (_, k) => `Tuwing hapon, sa ilalim ng puno ng acacia, naghihintay si Andoy nang ${k + 1} oras.`).join('\n\n');
  const page = (ending: string, after: string[]) => [
    'Kuwentong Kanto', 'mga kuwento, tula, at kung ano-ano pa', '', 'Sabado, Hunyo 15, 2013', 'Sa Ilalim ng Acacia', '', tagalog, '', ending, '',
    ...after,
  ].join('\n');
  const footer = ['Posted by Jomar Villanueva at 10:32 PM', '', '3 comments:', '', 'tintin_reyes said...', 'grabe ang ganda!!! naiyak ako sa dulo :(', '', 'June 15, 2013 at 11:04 PM', ''];
  it('takes the title under the date in words, reads `-wakas-` with no story after it as the closing line, and leaves the comments out', () => {
    const o = read(page('-wakas-', footer));
    expect([o.title, o.author]).toEqual(['Sa Ilalim ng Acacia', 'Jomar Villanueva']);
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(3 * 14);
  });
  it('keeps `Wakas` over paragraphs of story as the heading of the last chapter', () => {
    const o = read(page('Wakas', ['Sa dulo ng ruta, bumaba si Liza at nag-abot ng bayad, pero hindi ito tinanggap ni Mang Isko dahil huling biyahe na raw iyon.', '']));
    expect(o.chapters.at(-1)?.title).toBe('Wakas');
  });
});

describe('a ※ remark inside a labelled summary block', () => {
  it('belongs to the summary, not to the story notes', () => {
    const body = '　その駅には、一日に二本しか列車が来ない。朝の七時十二分と、夕方の五時四十分。';
    const o = read(`二本の列車\n\n作者：しおさい灯\n\nあらすじ\n毎朝切符を一枚だけ買う少年と、駅員の短い春の話。\n※カクヨムにも掲載しています。\n\nキーワード：\n青春　日常　駅\n\n連載：全2話\n\n第1話　切符\n\n${body}\n\n第2話　写真\n\n${body}\n`);
    expect(o.notesBefore).toEqual([]);
    expect(o.description).toBe('毎朝切符を一枚だけ買う少年と、駅員の短い春の話。 ※カクヨムにも掲載しています。');
  });
});

describe("Royal Road's fiction page over its chapter", () => {
  const page = (stats: string) =>
    `Royal Road\nFictions\nForums\nLog In\n\nThe Cartographer's Commission\nby Quillfeather\n\nONGOING\nShort Story\n\nAn old mapmaker walks out to a lighthouse to deliver one last map.\n\n${stats}\n\nTable of Contents\n1 Chapters\nChapter Name\tRelease Date\nOne-Shot\t2 months ago\n\nOne-Shot\nby Quillfeather\nA note from Quillfeather\n\nWritten for the warm-up. It's a standalone, no sequel planned.\n\n${story(6)}A note from Quillfeather\n\nThanks for reading! My main fiction is updating Tuesdays.\n`;

  it('reads each count under its label as a field, the labels never repeated', () => {
    const o = read(page('Total Views :\n1,204\nFollowers :\n31\nPages :\n4'));
    expect(o.fields).toMatchObject({ 'Total Views': '1,204', Followers: '31', Pages: '4' });
  });

  it("heads the chapter with its title over the by-line, past the contents table's row, and takes the note under the by-line as the chapter's", () => {
    const o = read(page('Followers :\n31'));
    expect(o.title).toBe("The Cartographer's Commission");
    expect(o.chapters.map((c) => [c.title, c.notesBefore.length, c.notesAfter.length, c.firstWords.slice(0, 14)])).toEqual([['One-Shot', 1, 1, 'On the 1th mor']]);
  });
});

describe('a Japanese header whose labels are spread with ideographic spaces', () => {
  it('takes the author from `作　　者：`, and keeps the spread key as written', () => {
    const body = '　夏休みの最初の夜、ミナは祖父の家の裏の坂をのぼった。';
    const o = read(`　タイトル：星の坂道\n　作　　者：ねこやなぎ\n　長　　さ：２回\n\n■第一章　坂の上\n\n${body}\n\n■第二章　星の数\n\n${body}\n`);
    expect(o.author).toBe('ねこやなぎ');
    expect(o.fields['長　　さ']).toBe('２回');
  });
});

describe("a note's date over its title", () => {
  it('takes the title from under the date line, as a notes app exports it', () => {
    const html = `<html><head><title>A hallgatag kút</title></head><body><div class="note"><div class="heading"><div class="meta-icons">\n<span class="pinned" title="Note pinned"><img alt="Pinned" src="pin.svg"/></span>\n</div>\n2024. márc. 5. 21:14:22\n</div>\n<div class="title">A hallgatag kút</div>\n\n<div class="content">írta: Kovács Dóra<br><br>Megjegyzés: a kút csak a fejemben létezik. Ez még nagyon nyers!<br><br>ELSŐ FEJEZET – A vödör<br><br>${'A kút mellett állt a nagymama, és a vizet nézte. '.repeat(8)}<br><br>MÁSODIK FEJEZET – A lánc<br><br>${'Este kimentem a kúthoz, és lenéztem a sötétbe. '.repeat(8)}</div></div></body></html>`;
    const o = outline(parse(Buffer.from(html), 'note.html'));
    expect([o.title, o.author]).toEqual(['A hallgatag kút', 'Kovács Dóra']);
  });
});

describe('a book title in 《》 with its by-line run on after it', () => {
  it('reads the title and the author from the one line', () => {
    const o = read(`晋江文学城手机版\n首页 | 书库 | 排行 | 我的\n\n《知不书局》作者：青檐听雨\n[连载中] 现代 · 原创\n收藏：3281 | 营养液：1172\n\n第十二章 雨夜来客\n\n深夜的旧书店里只剩一盏灯。\n\n她推门进来的时候，雨正下得大。\n`);
    expect([o.title, o.author]).toEqual(['知不书局', '青檐听雨']);
  });
});

describe("a forum table's column heads over the story's header", () => {
  it('takes the author from the labelled field, not from the row of column heads', () => {
    const o = read(`Author\tComment\nink_and_quill\nModerator\nPosts: 1,208\n\nTitle: The Clockmaker's Apprentice\nAuthors: ink_and_quill, mossfoot\nGenre: Fantasy\n\nCHAPTER ONE\n\n${body}\nCHAPTER TWO\n\n${body}`);
    expect(o.author).toBe('ink_and_quill, mossfoot');
  });
});

describe('a summary label naming the book it describes', () => {
  it('reads the line under `Анотація до книги "TITLE"` as the summary', () => {
    const o = read(`Перша ніч після снігу\nАвтор: Марта Гай\n\nАнотація до книги "Перша ніч після снігу"\nЩоразу, коли падає перший сніг, у Вишнівці зникає дитина.\n\nРозділ 1. Сліди\n\n${body}\nРозділ 2. Сніг\n\n${body}`);
    expect(o.description).toBe('Щоразу, коли падає перший сніг, у Вишнівці зникає дитина.');
  });
});

describe('a notice of rights under the by-line', () => {
  it('is not read as the summary', () => {
    const text =
      'ALPHABET FOR A SMALL FLOOD\n\nby Teodora Quill\n\n(c) 2019 Teodora Quill. Written for the Driftwood Chapbook Swap, autumn round.\nContent note: an elderly dog, a rising river, nobody dies.\n\n\n' +
      'By nine the river had climbed the third step of the boathouse, and Wren had stopped pretending it would go down on its own before the evening.\n';
    expect(outline(parse(Buffer.from(text), 'test.txt')).description).toBeNull();
  });
});

describe("a title page's by-phrase begun on the line over its lone by-word", () => {
  it('reads `Written` / `By` / NAME and `RACCUOTE E SCRITTE` / `DA` / NAME as the by-line, the title above them', () => {
    const english = read(`THE LANTERN ISLAND\n\nA Tale of the Northern Sea\n\nWritten\n\nBy\n\nMARGARET ELLISON HOLT\n\n\nCHAPTER I.\n\n${story(3)}`);
    expect([english.title, english.subtitle, english.author]).toEqual(['THE LANTERN ISLAND', 'A Tale of the Northern Sea', 'MARGARET ELLISON HOLT']);
    const neapolitan = read(`CUNTE NAPULITANE\n\nRACCUOTE E SCRITTE\n\nDA\n\nGENNARO DELL AQUILA\n\n\nI.\n\nNce steva na vota, a Margellina, nu piscatore viecchio ca se chiammava zi Tore, e ogne sera isso ieva a mare.\n\nMa zi Tore nun senteva a nisciuno, e na notte vedette na cosa lucente dint a l acqua.\n`);
    expect([neapolitan.title, neapolitan.author]).toEqual(['CUNTE NAPULITANE', 'GENNARO DELL AQUILA']);
  });
});

describe("a member's level badge between the name and its follow button", () => {
  it('reads the name as the author and the line above it as the title', () => {
    const o = read(`monogatary.com\nお題\nコンテスト\nランキング\nログイン\nお題：雨の日にだけ開く店\n夜鳴き文具店\n灯野みちる\nLv.23\nフォローする\n公開日：2024.06.14 22:31\n　その文具店は、雨の日にしか開かない。駅から商店街を抜けて、二本目の角を曲がったところにある。\n　ガラス戸には、いつも同じ貼り紙がある。店主は顔を上げずに「いらっしゃい」とだけ言った。\n`);
    expect([o.title, o.author]).toEqual(['夜鳴き文具店', '灯野みちる']);
    expect(o.fields).toMatchObject({ お題: '雨の日にだけ開く店' });
  });
});

describe("a serial's page: the work's kind over its title and writer, each episode's date and counts under its heading", () => {
  it('reads the title and the writer under the kind word, and leaves the date and counts out of the episode', () => {
    const p = '화도의 우체국은 등대 바로 아래에 있다. 섬 주민은 쉰 명이 채 되지 않고, 배는 하루에 두 번 들어온다.';
    const o = read(`브릿G\n작품\n리뷰\n로그인\n회원가입\n연재\n등대 아래 우체국\n심야해무\n장르: 미스터리, 판타지\n연재 상태: 연재중\n1화 – 안개 우편\n24년 2월 3일, 조회 212, 추천 14, 댓글 3\n${p}\n\n${p}\n\n2화 – 수취인 불명\n24년 2월 6일, 조회 158, 추천 9, 댓글 1\n${p}\n\n${p}\n`);
    expect([o.title, o.author]).toEqual(['등대 아래 우체국', '심야해무']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, '안개 우편', '화도의 우체국은 등대 바로 아래에'],
      [2, '수취인 불명', '화도의 우체국은 등대 바로 아래에'],
    ]);
  });
});

describe("a magazine's headline naming the piece in guillemets and what it is, over its own by-line", () => {
  it('takes the title from the guillemets and the author as the by-line writes the name; the comment count and the drawn separator are no part of either', () => {
    const p = 'Το ψιλικατζίδικο της κυρα-Ρήνης ήταν στη γωνία της Αγίου Δημητρίου, ανάμεσα στο φούρνο και στο κουρείο του κυρ-Σταύρου.';
    const o = read(`Fractal\nΑΡΧΙΚΗ\nΔΙΗΓΗΜΑ\nΑναζήτηση\n\n«Το ψιλικατζίδικο της κυρα-Ρήνης», ένα διήγημα της Κατερίνας Λιάπη\n14 Μαρτίου 2024\n0 σχόλια\nΓράφει η Κατερίνα Λιάπη //\n${p}\n\n${p}\n`);
    expect([o.title, o.author]).toEqual(['Το ψιλικατζίδικο της κυρα-Ρήνης', 'Κατερίνα Λιάπη']);
  });
});
