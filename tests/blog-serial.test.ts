import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'blog.txt'));

describe('a serial copied post by post from a Chinese blog', () => {
  const post = (n: string, title: string, body: string[]): string =>
    [`【连载】河边的灯（${n}）${title}`, '(2009-05-02 20:11:45)', '标签： 小说 连载', '', ...body.flatMap((p) => [p, '']), `阅读(<span>${100 + body.join("").length}</span>) ┆ 评论(${body.join("").length % 9}) ┆ 收藏(0) ┆打印┆举报`, '', `前一篇：${title}之前`, `后一篇：${title}之后`, ''].join('\n');
  const page = [
    '新浪首页 | 新浪博客 | 注册 | 登录',
    '青禾的博客',
    '',
    post('一', '渡口', ['河边有一盏灯，每天傍晚都有人点亮它。', '我问过很多人，没有人知道是谁。']),
    post('二', '船夫', ['船夫说他见过那个人，穿着灰色的衣服。']),
    post('三', '灯灭', ['那年冬天，灯第一次没有亮。', '作者注：谢谢一直看到这里的朋友。']),
  ].join('\n');

  it("reads the counted post titles as chapters, the blog's name as its owner, and the counters row as no text", () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['河边的灯', '青禾']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '渡口'], [2, '船夫'], [3, '灯灭']]);
    expect(o.chapters[2]!.notesAfter).toHaveLength(1);
    expect(o.wordCount).toBe(4);
  });
});

describe('a serial posted entry by entry in a Japanese diary', () => {
  it('reads `【連載】NAME　第一話「TITLE」` as chapter 1 of NAME, the tag no part of the name', () => {
    const entry = (n: string, title: string, body: string): string => `2007年08月2${n.length}日\n23:02\n【連載】川の灯　第${n}話「${title}」\n\n${body}\n\nコメント(3)\n`;
    const o = read(['ゆずきさんの日記', '', entry('一', '渡し', '川のそばに灯がひとつあった。'), entry('二', '船頭', '船頭はその灯を見たことがあると言った。')].join('\n'));
    expect([o.title, o.author]).toEqual(['川の灯', 'ゆずき']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '渡し'], [2, '船頭']]);
  });
});

describe('a serial posted on a blog, one installment a post', () => {
  it("reads the post titles counting the installments as chapters, a numbered list inside a post no heading of the post's own", () => {
    const prose = 'Mia zia aveva un negozio di orologi in via dei Calzaiuoli, stretto come un corridoio, con una sola vetrina.';
    const post = (n: number) => `lunedì, 1${n} aprile 2006\n\nIl pendolo (puntata ${n} di 2)\n\n${prose}\n\n1. Non fermare mai il pendolo grande.\n\n2. Il martedì non si ripara niente.\n\npostato da ticchettio alle 23:14 | Permalink | commenti (5)\n`;
    const o = read(`ticchettio\n\n${post(1)}\n${post(2)}`);
    expect(o.title).toBe('Il pendolo');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, null]]);
  });
});

describe('one post of a serial copied alone', () => {
  it("reads its title line as the story's title and the chapter's heading, a list inside it no heading of its own", () => {
    const prose = 'Llevaba trece cartas sin respuesta, metidas en botellas de sidra vacías y lanzadas desde las rocas de la punta.';
    const o = read(`Inés Arriaga\n\n12 de marzo de 2025 a las 18:00\n\n[Acceso anticipado] Las cartas del faro – Capítulo 14: La tormenta de San José\n\n${prose}\n\n—o—\n\n${prose}\n\n1. Una botella.\n2. Una carta.\n\n${prose}\n`);
    expect(o.title).toBe('Las cartas del faro');
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[14, 'La tormenta de San José', 1]]);
  });
});

describe('a Korean compile whose chapters carry their titles on the line after the counter', () => {
  it('reads the short line under each bare `제N장` as its title, and a sentence there as text', () => {
    const prose = '배는 오후 세 시에 선착장에 닿았다. 섬에는 등대 하나와 집 세 채가 있었다.';
    const o = read(`섬의 겨울\n\n제1장\n\n도착\n\n${prose}\n\n제2장\n\n일지\n\n${prose}\n`);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '도착'], [2, '일지']]);
    const plain = read(`섬의 겨울\n\n제1장\n\n${prose}\n\n제2장\n\n${prose}\n`);
    expect(plain.chapters.map((c) => c.title)).toEqual([null, null]);
  });
});
