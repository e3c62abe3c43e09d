import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a Korean board post: its counters and the writer's addenda", () => {
  const o = read([
    '외할머니 댁 우물에서 들리던 소리', 'ㅇㅇ', '2024.07.21 02:13', '조회 48,215', '추천 1,204', '댓글 312', '공유하기', '신고하기', '',
    prose('Sujin'), '', prose('Halmeoni'), '',
    '+추가) 자고 일어났더니 톡선 됐네요;; 죄송함', '', '++추가) 사촌 오빠한테 이 글 보여줬더니 자기는 이름 두 번 들었다고 함.', '',
  ].join('\n'));

  it('reads the counters under the title as fields', () => {
    expect(o.fields).toMatchObject({ 조회: '48,215', 추천: '1,204', 댓글: '312' });
  });

  it('reads each addendum after the story, one plus sign more each time, as a note', () => {
    expect(o.notesAfter).toHaveLength(2);
    expect(o.wordCount).toBe(28);
  });
});
