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
});
