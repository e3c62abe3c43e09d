import type { HeadingLanguage } from './types.js';

/** Chinese, simplified and traditional: web novels write `第十二章 标题`, `第一卷`, `作者：`, `内容简介：`. */
export const zh: HeadingLanguage = {
  tag: 'zh',
  postAge: [String.raw`\d{1,3}\s*(?:分钟|小時|小时|天|日|周|週|个月|個月|年)\s*前`],
  comments: ['评论', '評論', '留言'],
  names: ['chinese', '中文', '汉语', '漢語', '简体中文', '繁體中文', '繁体中文', 'chinesisch', 'chinois', 'chino', 'cinese', 'chinês', 'chinees', 'chiński', 'китайский', 'китайська', '中国語', '중국어', 'cina', 'kinesiska', 'çince', 'čínština'],
  chapter: [],
  calendar: {
    weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '週一', '週二', '週三', '週四', '週五', '週六', '週日', '礼拜一', '禮拜一', '礼拜天', '禮拜天'],
    counters: { year: '年', month: '月', day: '日' },
  },
  part: [],
  genres: ['短篇小说', '中篇小说', '长篇小说', '短篇小說', '中篇小說', '長篇小說', '小说', '小說'],
  blogOwner: ['{name}的博客', '{name}的部落格', '{name}的日志', '{name}的空间'],
  named: ['序章', '楔子', '引子', '序幕', '尾声', '尾聲', '终章', '終章', '番外', '后记', '後記'],
  counters: [{ prefix: '第', chapter: ['章', '回', '话', '話', '节', '節', '集', '幕', '夜'], part: ['部', '卷', '篇'] }],
  numbers: {},
  notes: [
    { id: 'note-zh', words: ['作者有话要说', '作者有話要說', '作者有话说', '作者有話說', '作者说', '作者說', '作者的话', '作者的話', '作者按', '楼主按', '樓主按', '楼主补充', '樓主補充', '楼主的话', '樓主的話', '题外话', '題外話', '作者留言', '作者附言', '碎碎念', '作者注', '作者註', '译者注', '譯者註'], standalone: true },
    // A post's preface and afterword (bilibili columns, Weibo, Lofter): `写在前面：…`, `写在后面`.
    { id: 'note-zh', words: ['写在前面', '寫在前面', '前言'], standalone: true, edge: 'start' },
    // `注：私设如山，OOC属于我。`: the bare mark, like `Note:`, only with its colon and text on the line.
    { id: 'note-zh', words: ['注', '註'], standalone: false },
    { id: 'note-zh', words: ['写在后面', '寫在後面', '后记', '後記'], standalone: true, edge: 'end' },
  ],
  headerNotes: ['作者有话要说', '作者有話要說'],
  bySuffixes: ['著', '作'],
  byLabels: ['作者', '作家'],
  answered: ['编辑于', '发布于', '回答于'],
  pov: { words: ['视角', '視角'] },
  fields: {
    title: ['标题', '標題', '书名', '書名', '作品名'],
    author: ['作者'],
    description: ['文案', '内容简介', '內容簡介', '简介', '簡介', '内容介绍', '內容介紹', '作品简介', '作品簡介'],
    language: ['语言', '語言'],
    known: ['时间', '時間', '本章字数', '本章字數', '更新时间', '更新時間', '发布时间', '發布時間', '类型', '類型', '状态', '狀態', '标签', '標籤', '内容标签', '內容標籤', '搜索关键字', '一句话简介', '一句話簡介', '立意', '字数', '字數', '配对', '配對', '原作', '分级', '分級', '主角', '配角', '视角', '視角', '作词', '作詞', '作曲', '编曲', '編曲', '演唱', '朗读', '朗讀', '主播'],
  },
  contents: ["目录", "目錄", "章节列表", "章節列表", "章节目录", "章節目錄"],
  editionSections: ["版权信息", "版權資訊", "版权声明", "版權聲明", "版权页", "版權頁"],
  // A reading site's buttons under a part (Wattpad's `投票` / `留言` / `分享` / `繼續閱讀下一章`) and its suggestions after them.
  pageTail: [String.raw`(?:投票|留言|分享|评论|評論)`, String.raw`(?:继续阅读|繼續閱讀)下一[章部篇节節]`, String.raw`你可能也(?:会|會)喜(?:欢|歡)`],
  readMore: ['阅读全文', '閱讀全文', '继续阅读', '繼續閱讀', '阅读更多', '閱讀更多'],
  related: ['相关文章', '相關文章', '推荐阅读', '推薦閱讀', '相关阅读', '相關閱讀'],
  collection: ['合集', '合輯', '文集'],
  account: ['首页', '首頁', '登录', '注册', '登入', '註冊', '博客首页', '文章列表', '相册', '字号', '背景', '设置', '護眼', '护眼', '书签', '書籤', '加入书架', '投推荐票'],
  wiki: { edit: ['编辑', '編輯', '编辑源代码', '編輯原始碼'], jump: ['跳转至 导航 搜索', '跳到导航', '跳到搜索', '跳至導覽', '跳至搜尋'] },
};
