import type { HeadingLanguage } from './types.js';

/** Korean: `제3화 답장`, `1화 마지막 배달`, `프롤로그`, `작가의 말`, `줄거리`. */
export const ko: HeadingLanguage = {
  tag: 'ko',
  postAge: [String.raw`\d{1,3}\s*(?:분|시간|일|주|개월|년)\s*전`],
  comments: ['댓글'],
  names: ['korean', '한국어', '한국말', 'koreanisch', 'coréen', 'coreano', 'koreaans', 'koreański', 'корейский', 'корейська', '韩语', '韓語', '韓国語', 'korea', 'koreanska', 'korece', 'korejština'],
  chapter: [],
  // A told story's parts by ordinal (`첫 번째 이야기 ― 제목`, the first story): the word comes after its number, never before.
  numberFirst: { chapter: ['이야기'], part: [] },
  calendar: {
    weekdays: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
    counters: { year: '년', month: '월', day: '일' },
  },
  part: [],
  // (A serial's page names its kind over the title too: `연재`, serialised; `완결`, complete.)
  genres: ['단편소설', '장편소설', '중편소설', '단편', '소설', '연재', '완결'],
  blogOwner: ['{name}님의 블로그', '{name}의 블로그', '{name}님의 미니홈피', '{name}의 미니홈피'],
  named: ['프롤로그', '에필로그', '외전', '번외', '막간'],
  counters: [
    { prefix: '제', chapter: ['화', '장', '편'], part: ['부', '권'] },
    // Korean sites also drop the 제: `1화 마지막 배달`.
    { prefix: '', chapter: ['화'], part: [] },
  ],
  // Ordinals in two words, known only whole: `세` alone is a word (the world, a tax), never three.
  numbers: { '첫 번째': 1, '두 번째': 2, '세 번째': 3, '네 번째': 4, '다섯 번째': 5, '여섯 번째': 6, '일곱 번째': 7, '여덟 번째': 8, '아홉 번째': 9, '열 번째': 10 },
  notes: [
    { id: 'note-ko', words: ['작가의 말', '작가의말', '작가 코멘트', '작가코멘트'], standalone: true },
    { id: 'note-ko', words: ['작가 후기', '작가후기', '후기'], standalone: true, edge: 'end' },
    // A serial's notice to its readers over an episode.
    { id: 'note-ko', words: ['공지', '공지사항'], standalone: false },
    // A board post's addenda after the story, one plus more for each (`+추가) …`, `++추가) …`).
    { id: 'note-ko', words: ['추가', '추가글'], standalone: false, edge: 'end' },
  ],
  headerNotes: ['작가의 말'],
  bySuffixes: ['지음', '씀', '저'],
  byLabels: ['작가', '글쓴이', '저자', '글'],
  fields: {
    title: ['제목', '작품명'],
    author: ['작가', '글쓴이', '저자', '글', '성명', '필명'],
    description: ['작품 소개', '작품소개', '줄거리', '소개', '시놉시스'],
    language: ['언어'],
    known: ['장르', '연재', '시리즈', '태그', '키워드', '주의', '경고', '공지', '연재 주기', '분량', '조회', '조회수', '추천', '댓글'],
  },
  pov: { words: ['시점'] },
  navigation: [String.raw`다음\s*화|이전\s*화`],
  contents: ["차례", "목차", "회차 목록", "회차", "에피소드 목록"],
  editionSections: ["판권", "판권 정보", "저작권 정보"],
  readMore: ['더보기', '계속 읽기', '펼쳐보기'],
  related: ['관련 글', '추천 글', '함께 보면 좋은 글'],
  account: ['홈', '로그인', '회원가입', '글자 크기', '글자크기', '배경색', '관심작품', '선호작', '블로그 홈', '글 목록', '블로그 메뉴', '프롤로그', '블로그', '메모', '안부', 'url 복사', '이웃추가', '본문 기타 기능', '공유하기', '신고하기', '글씨크기', '글자크기', '작게', '보통', '크게', '배경색', '줄간격', '이전화', '다음화', '목록'],
  wiki: { edit: ['편집', '원본 편집'], jump: ['이동 둘러보기 검색', '둘러보기로 이동', '검색으로 이동'] },
};
