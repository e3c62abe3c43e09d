import type { HeadingLanguage } from './types.js';

/** Japanese: `第1話　タイトル`, `第一章`, `プロローグ`, `あらすじ`, `あとがき`. */
export const ja: HeadingLanguage = {
  tag: 'ja',
  postAge: [String.raw`\d{1,3}\s*(?:分|時間|日|か月|ヶ月|年)\s*前`],
  comments: ['コメント'],
  names: ['japanese', '日本語', 'japanisch', 'japonais', 'japonés', 'giapponese', 'japonês', 'japans', 'japoński', 'японский', 'японська', '日语', '日語', '일본어', 'jepang', 'japanska', 'japonca', 'japonština'],
  chapter: [],
  calendar: {
    weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜', '月', '火', '水', '木', '金', '土', '日'],
    counters: { year: '年', month: '月', day: '日' },
  },
  part: [],
  genres: ['短編小説', '長編小説', '中編小説', '小説', '短編', '掌編', '短編連作', '連作短編', '短編集'],
  blogOwner: ['{name}さんの日記', '{name}の日記', '{name}さんのブログ', '{name}のブログ'],
  named: ['序章', '終章', '間章', '幕間', '閑話', '番外編', 'プロローグ', 'エピローグ', 'インターミッション'],
  counters: [{ prefix: '第', chapter: ['話', '章', '節', '幕', '夜'], part: ['部', '巻', '篇'] }],
  numbers: {},
  notes: [
    { id: 'note-ja', words: ['前書き', 'まえがき', 'はじめに', '作者より', '作者コメント'], standalone: true, edge: 'start' },
    // A fan work's caution list over the story (`【注意】` / `・現パロ` / `大丈夫な方はどうぞ`).
    { id: 'note-ja-caution', words: ['注意', '注意書き', 'ご注意', '注意事項'], standalone: true, edge: 'start' },
    { id: 'note-ja', words: ['後書き', 'あとがき'], standalone: true, edge: 'end' },
  ],
  headerNotes: ['前書き'],
  bySuffixes: ['著', '作', '著者'],
  byLabels: ['作者', '著者', '作', '著', '文'],
  fields: {
    title: ['タイトル', '作品名', '題名'],
    author: ['作者', '著者', '作者名'],
    description: ['あらすじ', '紹介文', 'キャプション', '作品紹介', '概要'],
    language: ['言語'],
    known: ['ジャンル', 'キーワード', 'キャッチコピー', 'タグ', '文字数', '話数', '注意', '掲載日', '更新日', '最終更新日', '連載状態', 'お題', 'テーマ', '公開日', 'コンテスト'],
  },
  pov: { words: ['視点', '目線'] },
  navigation: ['前へ|次へ|目次|(?:次|前)のエピソード'],
  // Kakuyomu's buttons under an episode: cheer it (with its count), cheering comments, praise it with stars.
  pageTail: [String.raw`応援する(?:\s*[♥♡]\s*\d+)?`, String.raw`応援コメント(?:\s*\d+)?`, String.raw`★で称える`,
    // A post page's like button and comment box (pixiv FANBOX, note, blogs): `いいね`, `コメントするにはログインしてください`.
    'いいね', String.raw`いいね[！!]?\s*\d+`, String.raw`コメント(?:する)?にはログインしてください`, String.raw`(?:前|次)の投稿`],
  contents: ["目次", "話一覧", "エピソード一覧"],
  editionSections: ["奥付", "著作権表示"],
  readMore: ['続きを読む', '続きはこちら', 'つづきを読む', '続きを見る'],
  related: ['関連記事', 'おすすめ記事', 'こちらもおすすめ'],
  account: ['ホーム', 'ログイン', '新規登録', '新規会員登録', 'フォローする', 'フォロー中', '表紙を投稿する', '発見', '通知', 'メッセージ', '支援中', '投稿', 'プラン', 'ショップ', 'ブログ', 'ブログトップ', '記事一覧', '画像一覧', 'プロフィール', 'アメンバー'],
  wiki: { edit: ['編集', 'ソースを編集'], jump: ['移動先 案内 検索', 'ナビゲーションに移動', '検索に移動'] },
};
