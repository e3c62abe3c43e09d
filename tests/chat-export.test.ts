import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'chat.txt'));

describe('a story posted into a group chat and exported', () => {
  it("reads a WhatsApp export: the writer's messages are the story, the others' and the app's notices are not", () => {
    const o = read(
      [
        '04/03/2021 20:58 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.',
        '04/03/2021 21:03 - Célia: *O Segredo da Casa Amarela*',
        'por Célia Antunes',
        '04/03/2021 21:05 - Célia: *Capítulo 1 – A Chave*',
        'A casa amarela ficava no fim da rua de terra, depois do pé de jabuticaba.',
        '04/03/2021 21:06 - Célia: Lúcia tinha doze anos e uma teoria sobre a vassoura.',
        '04/03/2021 21:09 - Tio Jorge: Que lindo Célia 👏👏👏',
        '04/03/2021 21:10 - Mariana: <Arquivo de mídia oculto>',
        '05/03/2021 20:48 - Célia: *Capítulo 2 – O Porão*',
        'A chave não abria a porta da frente, abria uma portinhola no chão da cozinha.',
        '05/03/2021 20:53 - Célia: Obs. da autora: a jabuticabeira existe mesmo.',
        '05/03/2021 20:58 - Mariana: CHOREI',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['O Segredo da Casa Amarela', 'Célia Antunes']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'A Chave'], [2, 'O Porão']]);
    expect(o.chapters[1]?.notesAfter.length).toBe(1);
    expect(o.wordCount).toBe(15 + 10 + 15);
  });

  it('reads a KakaoTalk export with its date dividers and join notices', () => {
    const o = read(
      [
        '소설 모임 4 님과 카카오톡 대화',
        '저장한 날짜 : 2021-03-06 23:41:07',
        '',
        '--------------- 2021년 3월 5일 금요일 ---------------',
        '지호님이 들어왔습니다.',
        '[윤서] [오후 9:10] 제목: 정류장의 우산',
        '글: 한윤서',
        '[윤서] [오후 9:12] 1화 비 오는 날',
        '[윤서] [오후 9:12] 버스 정류장 지붕은 세 사람이 서기에도 좁았다.',
        '[민재] [오후 9:15] ㅋㅋㅋ 대박 뭐야',
        '--------------- 2021년 3월 6일 토요일 ---------------',
        '[윤서] [오후 10:02] 2화 돌려주러 가는 길',
        '[윤서] [오후 10:02] 그 우산은 삼 년 전 수아가 잃어버린 것이었다.',
        '[지호] [오후 10:06] 사진',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['정류장의 우산', '한윤서']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '비 오는 날'], [2, '돌려주러 가는 길']]);
    expect(o.wordCount).toBe(7 + 8);
  });

  it("reads a Telegram Desktop copy of a channel: each message under its header line, a forwarded reply left out, the installments' own headings in a language quire has no data for", () => {
    const header = (t: string) => `Contis par furlan, [${t}]`;
    const prose = (seed: string) => `${seed} e veve nûf agns e un badil plui grant di jê. Il nono le lassave sgjavâ tal ort dome dongje dal fossâl, là che nol cresseve nuie.`;
    const o = read(
      [
        header('03.02.25 18:00'), 'LA STELE DI AQUILEE', 'di Checo Del Fabro', '',
        header('03.02.25 18:05'), 'Cjapitul prin: La piere', prose('Martine'), prose('Il nono'), '',
        header('10.02.25 18:00'), 'Cjapitul secont: Il professôr', prose('Zorzut'), prose('Il paîs'), '',
        header('10.02.25 19:41'), '[Forwarded from Glorie T.]', 'Cjapitul secont une vore biel!! No viodi la ore di lunis', '',
        header('17.02.25 18:00'), 'Cjapitul tierç: La stele', prose('Martine'), prose('La lune'), '',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['LA STELE DI AQUILEE', 'Checo Del Fabro']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'La piere'], [2, 'Il professôr'], [3, 'La stele']]);
    expect(o.chapters[1]?.wordCount).toBe(o.chapters[0]?.wordCount);
  });

  it('leaves a story alone that quotes a few chat messages', () => {
    const story = 'Mara read the thread again on the bus, slowly, the way you read a letter you already know.\n\n';
    const o = read(`${story}[21:03] Célia: are you coming\n[21:04] Célia: mara??\n\n${story}${story}${story}${story}${story}${story}`);
    expect(o.wordCount).toBe(7 * 18 + 5 + 3);
  });
  it("reads an irssi log of a live reading: the events, the listeners and the writer's asides and thanks are not the story", () => {
    const o = read(
      [
        '--- Log opened Fri Oct 13 23:51:07 2000',
        '23:51 -!- kestrel [~kes@dialup.example.net] has joined #storytime',
        '23:52 [@moth   ] [@wren   ] [ kestrel]',
        '23:53 < kestrel> made it! dialup behaved for once',
        '--- Day changed Sat Oct 14 2000',
        '00:01 <@wren> title: The Lamplighter\'s Debt',
        '00:01 <@wren> by wren',
        '00:02 <@wren> part one',
        '00:02 <@wren> The lamplighter came up Quill Street at dusk.',
        '00:04 <@wren> (sorry, cat on keyboard, one sec)',
        '00:05 <@wren> Tonight there was someone standing under it.',
        '00:06 -!- mode/#storytime [-m] by moth',
        '00:07 * quill applauds',
        '00:11 <@wren> part two',
        '00:11 <@wren> He went home. He did not sleep.',
        '00:14 <@wren> the end :)',
        '00:15 <@wren> A/N: written for the halloween round',
        '00:15 < moth> lovely',
        '00:17 <@wren> thank you all! it will be on my page next week',
        '--- Log closed Sat Oct 14 00:44:19 2000',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(["The Lamplighter's Debt", 'wren']);
    expect(o.chapters.map((c) => [c.number, c.firstWords, c.notesAfter.length])).toEqual([[1, 'The lamplighter came up Quill', 0], [2, 'He went home. He did', 1]]);
    expect(o.wordCount).toBe(8 + 7 + 7);
  });
  it("reads a 2channel SS thread: the trip's posts under their header lines, the thread's title over them, the others' replies and the thanks after おわり left out", () => {
    const o = read(
      [
        '■掲示板に戻る■ 全部 1- 101- 最新50 ',
        '',
        '少女「灯台守さん、お手紙です」',
        '',
        '1 ：◆Lh0uSe.kEe ：2014/07/19(土) 23:02:15.84 ID:q3XkP0Lr0',
        '少女「こんばんはー」',
        '',
        '灯台守「……また来たのか」',
        '',
        '2 ：以下、名無しにかわりましてVIPがお送りします：2014/07/19(土) 23:03:40.12 ID:Xb7Lm2aO0',
        '支援',
        '',
        '3 ：◆Lh0uSe.kEe ：2014/07/19(土) 23:05:02.77 ID:q3XkP0Lr0',
        '灯台守「……宛名が書いてない」',
        '',
        '4 ：以下、名無しにかわりましてVIPがお送りします：2014/07/19(土) 23:06:40.12 ID:Mk3aQ1wE0',
        'ｷﾀ━━━━(ﾟ∀ﾟ)━━━━!!',
        '',
        '5 ：◆Lh0uSe.kEe ：2014/07/19(土) 23:12:30.41 ID:q3XkP0Lr0',
        'おわり',
        '',
        '読んでくれた人ありがとう',
        '',
        '6 ：以下、名無しにかわりましてVIPがお送りします：2014/07/19(土) 23:13:02.88 ID:tR0u9PzI0',
        '乙',
        '',
        '新着レスの表示',
      ].join('\n'),
    );
    expect(o.title).toBe('少女「灯台守さん、お手紙です」');
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['少女「こんばんはー」 灯台守「……また来たのか」 灯台守「……宛名が書いてない」']);
    expect(o.wordCount).toBe(3);
  });

  it("reads an Element (Matrix) export: the bold message names story and installment, the talk around it is the room's", () => {
    const o = read(
      [
        'Schreibrunde - Chat Export',
        'Exported by @ada:example.org on Sun, Feb 12 2023 at 22:41',
        '',
        'Sun, Feb 12 2023, 20:00 - Bo K.: wer ist da?',
        'Sun, Feb 12 2023, 20:01 - Ada Lind: Ich. Heute kommt Teil zwei, wie versprochen.',
        'Sun, Feb 12 2023, 20:01 - Ada Lind: **Der Kessel – Zweiter Teil: Die Nacht**',
        'Sun, Feb 12 2023, 20:02 - Ada Lind: Der Kessel in der Hütte war älter als das Dorf.',
        'Sun, Feb 12 2023, 20:03 - Bo K.: oh nein',
        'Sun, Feb 12 2023, 20:04 - Ada Lind: In der Nacht kam der Frost.',
        'Sun, Feb 12 2023, 20:05 - Ada Lind: Ende Teil zwei. Anmerkung: das Dorf gibt es wirklich.',
        'Sun, Feb 12 2023, 20:06 - Bo K.: schön',
        'Sun, Feb 12 2023, 20:07 - Ada Lind: danke!',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['Der Kessel', 'Ada Lind']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([[2, 'Die Nacht', 'Der Kessel in der Hütte']]);
    expect(o.chapters[0]?.notesAfter.length).toBe(1);
    expect(o.wordCount).toBe(10 + 6);
  });

  it("reads installment headings sent as messages of their own, and the writer's talk with the room between installments", () => {
    const o = read(
      [
        '12/03/2021, 21:04 - Zawadi: *KIVULI CHA MWEMBE*',
        '12/03/2021, 21:06 - Zawadi: SEHEMU YA KWANZA',
        '12/03/2021, 21:07 - Zawadi: Mvua ilikuwa imenyesha tangu alfajiri, na njia ya kuelekea sokoni ilikuwa imejaa matope mekundu.',
        '12/03/2021, 21:08 - Zawadi: Amina alisimama chini ya mwembe mkubwa karibu na kisima, akimtazama mzee yule kwa hofu.',
        '12/03/2021, 21:10 - Juma: Sehemu ya pili lini?',
        '12/03/2021, 21:11 - Zawadi: Kesho saa tatu usiku InshaAllah',
        '12/03/2021, 21:15 - Juma: Sawa',
        '13/03/2021, 21:02 - Zawadi: Samahani kwa kuchelewa kidogo 🙏',
        '13/03/2021, 21:03 - Zawadi: SEHEMU YA PILI',
        '13/03/2021, 21:05 - Zawadi: Usiku ule Amina hakupata usingizi.',
      ].join('\n'),
    );
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, 'Mvua ilikuwa imenyesha tangu alfajiri,'], [2, 'Usiku ule Amina hakupata usingizi.']]);
    expect(o.wordCount).toBe(14 + 14 + 5);
  });

  it("reads LINE's saved chat: tab-separated messages under day lines, a message of several lines unwrapped from its quotes", () => {
    const o = read(
      [
        '[LINE] Chat history in Writers',
        'Saved on: 2024/03/05 22:14',
        '',
        '2024/03/01 Fri',
        '20:55\tTon\tanyone posting tonight?',
        '21:01\tMint\t"Title: The Torch',
        'by Mint C."',
        '21:02\tMint\tChapter 1: The Attic',
        '21:03\tMint\tGrandma kept the torch in a box under the eaves.',
        '21:04\tTon\t[Sticker]',
        '21:05\tMint\tIt still worked.',
        '2024/03/02 Sat',
        '21:30\tMint\tChapter 2: The Pier',
        '21:31\tMint\tThat night the whole village lost its power.',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['The Torch', 'Mint C.']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Attic'], [2, 'The Pier']]);
    // A sticker between two of the writer's messages is no talk with the room: `It still worked.` stays story.
    expect(o.wordCount).toBe(10 + 3 + 8);
  });

  it("reads signal-export's chat.md as a chat: reactions and quoted replies are the app's, not the story", () => {
    const o = outline(
      parse(
        Buffer.from(
          [
            '[2023-04-11 21:03] Amra: Naslov: Most na Uni',
            '[2023-04-11 21:04] Amra: Prvo poglavlje: Stari mlinar',
            '[2023-04-11 21:05] Amra: Kod Bihaća, gdje Una pravi sedam malih slapova, stajao je mlin.',
            '(- Emir: 😂 -)',
            '[2023-04-11 21:09] Emir: Ajme, ježim se',
            '> Amra: Kod Bihaća, gdje Una pravi',
            '[2023-04-11 21:11] Amra: ![IMG_1.jpg](./media/IMG_1.jpg)',
            '[2023-04-11 21:14] Amra: Drugo poglavlje: Brašno',
            '[2023-04-11 21:15] Amra: Vrata mlina bila su otključana.',
          ].join('\n'),
        ),
        'chat.md',
      ),
    );
    expect(o.title).toBe('Most na Uni');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Stari mlinar'], [2, 'Brašno']]);
    expect(o.wordCount).toBe(11 + 5);
  });

  it("reads a phone's saved messages, one record of labelled lines each: the writer's texts are the story, without their counts", () => {
    const record = (from: string, time: string, text: string) => [`From: ${from}`, 'Number: +6281322904417', `Date: 12.03.2006 ${time}`, `Message: ${text}`, ''];
    const o = read(
      [
        ...record('Rina', '20:58', 'CERBUNG SMS "HUJAN DI STASIUN" oleh Rina S. Jgn dihapus ya, baca smp habis.'),
        ...record('Rina', '21:01', 'BAG.1'),
        ...record('Rina', '21:02', 'Kereta trakhir ke Bandung sdh lewat. (1/2)'),
        ...record('Rina', '21:02', 'Dinda duduk sendirian di bangku peron. (2/2)'),
        ...record('Telkomsel', '21:30', 'Nikmati GRATIS nada sambung pribadi 7 hari!'),
        ...record('Rina', '19:15', 'BAG.2'),
        ...record('Rina', '19:16', '"Kamu siapa?" Dinda mundur dikit.'),
      ].join('\r\n'),
    );
    // The writer's announcement names the story and its writer; the rest of that message is talk.
    expect([o.title, o.author]).toEqual(['HUJAN DI STASIUN', 'Rina S.']);
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, 'Kereta trakhir ke Bandung sdh'], [2, '"Kamu siapa?" Dinda mundur dikit.']]);
    expect(o.wordCount).toBe(6 + 6 + 5);
  });
  it("reads an export whose messages run over many lines each (a blank line among them now and then), and the installments' headings in a word quire has no data for", () => {
    const para = (k: number) => `Mutsara wekutanga wechikamu ${k} unoenderera mberi nemashoko mazhinji ekuti nyaya irambe ichifamba zvakanaka.`;
    const chapter = (day: string, n: number, title: string) => [
      `${day}/03/2025, 20:00 - Rudo Moyo: CHITSAUKO ${n} — ${title}`,
      para(1), para(2), '', para(3), para(4), para(5),
    ];
    const o = read(
      [
        '14/03/2025, 19:58 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.',
        '14/03/2025, 19:58 - You joined using a group link.',
        ...chapter('14', 1, 'Bhazi'),
        '14/03/2025, 20:05 - Tariro: Yooh iyi inonakidza 🔥 next plz',
        ...chapter('15', 2, 'Gomo'),
        '15/03/2025, 20:09 - Rudo Moyo: Ndatenda nekuverenga.',
        ...chapter('16', 3, 'Rwiyo'),
      ].join('\n'),
    );
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Bhazi'], [2, 'Gomo'], [3, 'Rwiyo']]);
    // The writer's thanks between the installments (`Ndatenda nekuverenga.`) is talk to the group, not story.
    expect(o.wordCount).toBe(3 * 5 * 13);
  });
  it("reads Viber's CSV export: the header row and the others' rows left out, the quotes CSV puts around a message taken off", () => {
    const row = (time: string, who: string, text: string) => `14/03/2021,${time},${who},+243812345670,${text}`;
    const o = read(
      [
        'Date,Time,Sender,Phone,Message',
        row('19:58:02', 'Papa Kiese', '"Mama, lelo ozali na lisapo? 🙏"'),
        row('20:03:40', 'Maman Ndaya', 'Mokapo ya 1 – Mai ya mbula'),
        row('20:06:30', 'Maman Ndaya', '"Na mboka Bolobo, pembeni ya ebale monene, ezalaki na mwana moko ya mwasi, nkombo na ye Ekila.'),
        '',
        'Mama na ye alobaki: ""Ekila, ebale ezali na mayele."" Kasi Ekila azalaki koseka kaka, mpe azalaki kobwaka mabanga."',
        row('20:11:15', 'Papa Kiese', 'Eh! Nsomo, mama 😱'),
        row('20:12:03', 'Tantine Bibi', 'Merci mingi mama ❤️'),
        row('20:13:00', 'Maman Ndaya', 'Mokapo ya 2 – Bwato ya kala'),
        row('20:14:00', 'Maman Ndaya', '"Ntongo etanaki, mpe bato ya mboka basanganaki na libongo mpe batalaki bwato ya kala na mai."'),
      ].join('\n'),
    );
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Mai ya mbula'], [2, 'Bwato ya kala']]);
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['Na mboka Bolobo, pembeni ya', 'Ntongo etanaki, mpe bato ya']);
    expect(o.wordCount).toBe(17 + 18 + 16);
  });
  it("reads DiscordChatExporter's CSV: every column quoted, the attachments and reactions after a message's text the app's", () => {
    const row = (id: string, who: string, text: string, after = '"",""') => `"${id}","${who}","2023-05-14T21:01:12.583+08:00","${text}",${after}`;
    const o = read(
      [
        '"AuthorID","Author","Date","Content","Attachments","Reactions"',
        row('981245730116542464', 'kape.mod', 'Bagong kuwento! Suportahan natin 💛'),
        row('718236451992027146', 'bituin', '**Unang Kabanata: Ang Payong**\n\nSa sulok ng bahay ni Lola Pacing nakasabit ang isang lumang payong.\n\n""Sira na po, La,"" sabi ko.', '"https://cdn.discordapp.com/attachments/1/2/cover.png","❤️ (6),🥺 (2)"'),
        row('503119876221308928', 'kapekapeako', 'WAIT ang ganda ng simula 😭'),
        row('622871004339716107', 'bagyongmaria', 'teka kukuha lang ako ng kape brb'),
        row('718236451992027146', 'bituin', '**Ikalawang Kabanata: Ulan**\n\nNoong Mayo, pumanaw si Lolo Ambo at mainit ang araw ng libing.', '"","😮 (4)"'),
      ].join('\n'),
    );
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Ang Payong'], [2, 'Ulan']]);
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['Sa sulok ng bahay ni', 'Noong Mayo, pumanaw si Lolo']);
    expect(o.wordCount).toBe(12 + 6 + 12);
  });
});
