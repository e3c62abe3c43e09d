import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A post of a Korean PC network's board, captured from the terminal: subject, sender and the rule under them. */
const post = (n: number, part: string, body: string[]): string[] => [
  ` 제  목:[연재] 염전의 겨울 (${n}) - ${part}                        관련자료:없음 [44${n}]`,
  ` 보낸이:한지민  (jmhan96 )  1996-12-0${n} 01:14  조회:312`,
  ' -----------------------------------------------------------------------------', '', ...body, '',
  ' ## 번호(읽기) P(이전) N(다음) T(처음) Z(취소) H(도움말) >> 4420', '',
];

describe("a serial posted to a PC network's board, captured post by post", () => {
  const o = read([
    '이야기 7.3 - 갈무리 시작 : 1996/12/14 22:03:41', '',
    ...post(1, '바람', [` ${prose('Sua')}`]),
    ...post(2, '소금꽃', [` ${prose('Uncle')}`, '', ' 1. 얼음 밑 소금물은 손가락으로 먼저 맛볼 것.', ' 2. 바람이 등 뒤에서 불 때는 둑길을 걷지 말 것.']),
  ].join('\n'));

  it('reads each post’s subject as its chapter, the count and the part’s title', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '바람'], [2, '소금꽃']]);
  });

  it('takes the work from the subject and the writer from the sender, the member id left off', () => {
    expect(o.title).toBe('염전의 겨울');
    expect(o.author).toBe('한지민');
  });
});
