import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../src/parse/inline.js';
import { parse } from '../src/parse.js';
import { detectMarkup } from '../src/parse/markup/detect.js';
import type { Block, Manuscript } from '../src/model.js';
import { root } from './helpers/inspect.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';
import { outline } from '../src/inspect/outline.js';
import { storySubjects } from '../src/bind/story-meta.js';

const parseText = (file: string, text: string): Manuscript => parse(new TextEncoder().encode(text), file);
const fixture = (name: string): string => readFileSync(`${root}tests/fixtures/conventions/${name}`, 'utf8');

/** Syntax of each markup, taken off the source before its words are compared with what the parser kept. */
const SYNTAX: Record<string, RegExp> = {
  'app-org-headlines.org': /#\+\w+:?|:\w+:|\b(?:TODO|DONE)\b|\[#A\]/g,
  'app-asciidoc-book.txt': /^:\w+:|^\[\w+\]$|\bNOTE:/gm,
  'app-rst-story.rst': /^\.\. [\w-]+::|^:\w+:/gm,
  'app-latex-memoir.tex': /^\\(?:documentclass|usepackage).*$|\\[A-Za-z]+|\[[^\]\n]*\]\{|\{(?:document|quote)\}|[~{}]/gm,
  'app-bbcode-forum.txt': /\[\/?\w+(?:=[^\]\n]*)?\]/g,
};

/** Every paragraph's text in the body and notes. */
function bodyTexts(m: Manuscript): string[] {
  const text = (b: Block): string[] => (b.type === 'paragraph' ? [inlineText(b.children)] : b.type === 'note' ? b.children.map((p) => inlineText(p.children)) : []);
  return [...m.notesBefore, ...m.notesAfter, ...m.front.flatMap((s) => s.children), ...m.chapters.flatMap((c) => [...c.notesBefore, ...c.children, ...c.notesAfter])].flatMap(text);
}

describe('lightweight markup manuscripts', () => {
  it.each(Object.keys(SYNTAX))('%s: every word kept or reported, no markup left in the text', (name) => {
    const source = fixture(name);
    const m = parseText(name, source);
    const words = source.replace(SYNTAX[name]!, ' ');
    const lost = lostWords(words, keptText(m), reportedText(m, words.split('\n')));
    expect(lost).toEqual([]);
    for (const t of bodyTexts(m)) expect(t).not.toMatch(/\[\/?(?:b|i|center|spoiler|hr)\]|\\[a-z]+|#\+|^\*+ |(?:^|\s)\/\w[^/]*\/(?:\s|$)|``|''|^:\w+:|^\.\. /);
  });
});

describe('markup metadata', () => {
  it('makes Org keywords and file tags the book\'s subjects', () => {
    const m = parseText('s.org', '#+TITLE: Hollow\n#+KEYWORDS: bees, winter\n#+FILETAGS: :draft:cosy:\n\n* One\n\nText.\n');
    expect(storySubjects(m)).toEqual(['bees', 'winter', 'draft', 'cosy']);
  });
});

describe('markup detection', () => {
  it('believes the file name when it names a markup', () => {
    expect(['a.org', 'a.adoc', 'a.asciidoc', 'a.rst', 'a.tex', 'a.bbcode'].map((f) => detectMarkup(f, 'Plain words.'))).toEqual(['org', 'asciidoc', 'asciidoc', 'rst', 'latex', 'bbcode']);
  });

  it.each([
    ['org', '#+TITLE: Hollow\n#+AUTHOR: Jo\n\n* Chapter One\n\nText.'],
    ['asciidoc', '= Hollow\nJo Quill <jo@example.org>\n\n== Chapter One\n\nText.'],
    ['asciidoc', '= Hollow\n:author: Jo Quill\n:toc:\n\n== One\n\nText.'],
    ['rst', 'Hollow\n======\n\n:Author: Jo Quill\n\nText.\n\n.. note::\n\n   A note.'],
    ['latex', '\\documentclass{book}\n\\begin{document}\n\\chapter{One}\nText.'],
    ['latex', '\\chapter{One}\nText with \\emph{stress}.\n\\chapter{Two}\nMore.'],
    ['bbcode', '[center][b]Hollow[/b][/center]\n[i]by Jo[/i]\n\nText.\n[hr]\nMore [i]text[/i].'],
  ])('knows %s from the evidence of its lines in a .txt file', (markup, text) => {
    expect(detectMarkup('story.txt', text)).toBe(markup);
  });

  it.each([
    ['a scene break of asterisks', 'Chapter One\n\nShe left.\n\n* * *\n\nHe stayed.\n\n* * *\n\nThe end.'],
    ['a line opening with "= "', '= The Long Road =\n\nChapter 1\n\nThey walked.\n\n== interlude ==\n\nMore.'],
    ['headings underlined with = and -', 'Chapter One\n===========\n\nText.\n\nChapter Two\n-----------\n\nMore text.'],
    ['a bullet list', 'Things to pack:\n\n* a lamp\n* a rope\n* bread\n\nShe packed them.'],
    ['one line of BBCode', 'Chapter 1\n\nHe wrote [b]bold[/b] on the board and laughed.\n\nThe end.'],
    ['an author\'s NOTE: line', 'NOTE: this is my first story.\n\nChapter 1\n\nText.'],
    ['one stray #+TITLE: line', '#+TITLE: Hollow\n\nChapter 1\n\nText.'],
    ['a sentence about \\emph', 'He typed \\emph{yes} into the terminal.\n\nThat was all.'],
  ])('takes a plain story with %s for plain text', (_, text) => {
    expect(detectMarkup('story.txt', text)).toBeNull();
  });
});

describe('markup readers', () => {
  it('Org: headline keywords, priorities and tags off the title, /italic/ as emphasis, the drawer reported with its line', () => {
    const m = parseText('s.org', '#+TITLE: Hollow\n\n* TODO [#B] Chapter 3: The Well :draft:x:\n:LOGBOOK:\n- clocked\n:END:\nShe looked /down/ into the well.\n');
    expect(m.meta.title).toBe('Hollow');
    expect(m.chapters.map((c) => [c.number, c.title])).toEqual([[3, 'The Well']]);
    expect(m.chapters[0]!.children[0]).toMatchObject({ type: 'paragraph', children: [{ value: 'She looked ' }, { type: 'emphasis', children: [{ value: 'down' }] }, { value: ' into the well.' }] });
    expect(m.diagnostics.find((d) => d.ruleId === 'org-drawer')).toMatchObject({ line: 4, endLine: 6 });
  });

  it('AsciiDoc: = parts over == chapters in a book, a titled block with a note label is a note', () => {
    const m = parseText('s.adoc', '= Hollow\n\n= Part One\n\n== 1. Rain\n\n.Author\'s note\nWritten in a week.\n\nIt rained.\n\n= Part Two\n\n== 2. Sun\n\nIt did not.\n');
    expect(m.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[1, 'Rain', 'Part One'], [2, 'Sun', 'Part Two']]);
    expect(m.chapters[0]!.notesBefore.map((n) => n.label)).toEqual(["Author's note"]);
  });

  it('reStructuredText: adornment levels in order of appearance, a transition between passages, escapes undone', () => {
    const m = parseText('s.rst', 'Hollow\n######\n\n:Author: Jo Quill\n\nOne\n***\n\nFirst \\*passage\\*.\n\n----\n\nSecond passage.\n\nTwo\n***\n\nLast.\n');
    expect([m.meta.title, m.meta.author]).toEqual(['Hollow', 'Jo Quill']);
    // A heading that is a number spelled out is that number, as `<h2>One</h2>` is.
    expect(outline(m).chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, null, 1], [2, null, 0]]);
    expect(inlineText((m.chapters[0]!.children[0] as Extract<Block, { type: 'paragraph' }>).children)).toBe('First *passage*.');
  });

  it('LaTeX: \\chapter[short]{long} takes the long title; an unknown command keeps its words and is reported by line', () => {
    const m = parseText('s.tex', '\\chapter[Short]{The Long Title}\n\nShe said \\whisper{hush} and `\\textit{left}\'.\n');
    expect(m.chapters[0]!.title).toBe('The Long Title');
    expect(inlineText((m.chapters[0]!.children[0] as Extract<Block, { type: 'paragraph' }>).children)).toBe('She said hush and ‘left’.');
    expect(m.diagnostics.find((d) => d.ruleId === 'latex-command')).toMatchObject({ line: 3, reason: expect.stringContaining('\\whisper') });
  });

  it('LaTeX: unstarred chapters take LaTeX\'s own numbers; a \\section under chapters stays inside its chapter', () => {
    const m = parseText('s.tex', '\\chapter*{Prologue}\nA.\n\\chapter{The Storm}\nB.\n\\chapter{Calm}\nC.\n\\section{Later}\nD.\n');
    expect(m.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[null, 'Prologue', null], [1, 'The Storm', null], [2, 'Calm', null]]);
    expect(m.chapters[2]!.children.map((b) => b.type)).toEqual(['paragraph', 'pov', 'paragraph']);
  });

  it('LaTeX: a title broken with \\\\[1ex] has its subtitle after the break; back matter is the closing notes, a footnote is set apart after its chapter, \\addcontentsline says nothing', () => {
    const m = parseText(
      's.tex',
      [
        '\\documentclass{book}',
        '\\title{Letters in the Rain\\\\[1ex]\\large A long story}',
        '\\author{Anu Mishra}',
        '\\begin{document}',
        '\\frontmatter',
        "\\chapter*{Author's Note}",
        "\\addcontentsline{toc}{chapter}{Author's Note}",
        'These letters are my grandmother\'s.',
        '\\mainmatter',
        '\\chapter{The First Letter}',
        'The first letter came with the rain\\footnote{The monsoon, in July.} and a leaf.',
        '\\backmatter',
        '\\chapter*{Thanks}',
        'My brother read every chapter.',
        '\\end{document}',
      ].join('\n'),
    );
    expect([m.meta.title, m.meta.subtitle, m.meta.author]).toEqual(['Letters in the Rain', 'A long story', 'Anu Mishra']);
    const o = outline(m);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords, c.wordCount])).toEqual([[1, 'The First Letter', 'The first letter came with', 10]]);
    expect([o.notesBefore.length, o.notesAfter.length]).toEqual([1, 1]);
    expect(m.notesAfter[0]).toMatchObject({ label: 'Thanks', place: 'storyEnd' });
    // The footnote's words are kept, after the chapter, not in its sentence.
    expect(m.chapters[0]!.children.map((b) => (b.type === 'note' ? `note ${b.label}: ${inlineText(b.children[0]!.children)}` : b.type === 'paragraph' ? inlineText(b.children) : b.type))).toEqual([
      'The first letter came with the rain[1] and a leaf.',
      'note Footnote: The monsoon, in July.',
    ]);
  });

  it('BBCode: a titled spoiler that is not a note keeps its title and words', () => {
    const m = parseText('s.bbcode', '[b]Chapter 1: Snow[/b]\n\nIt snowed.\n[spoiler=Deleted scene]It snowed more.[/spoiler]\nThe end came.\n');
    const texts = m.chapters[0]!.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type));
    expect(texts).toEqual(['It snowed.', 'Deleted scene', 'It snowed more.', 'The end came.']);
  });
});

describe('Textile (calibre --txt-output-formatting=textile)', () => {
  const text = [
    '!{width:100%}images/00001.jpg!', '', 'h1(title). Salt and Semaphore', '', 'p(subtitle). _A Novelette_', '', 'p(author). Wilhelmina Ostrander', '',
    'p(copyright). Copyright © 2017 Wilhelmina Ostrander.', '', 'h2(toc). Contents', '', 'p(toc). "Chapter One: The Tower":#calibre_link-1', '',
    'h2(#calibre_link-1). Chapter One: The Tower', '', 'p(first). The tower had not sent a message in thirty years[1].', '', '*ARE YOU THERE*', '',
    'p(center). * * *', '', 'p(first). On the fifth morning she got up before dawn.', '',
    'h2(#calibre_link-2). Chapter Two: Flags', '', 'p(first). The arms moved at a quarter to five.', '',
    'h2(afterword). Afterword', '', 'p. Thank you for reading! If you enjoyed this, a review helps more than you know.', '',
    'fn1. The Popham code book of 1816.',
  ].join('\n');
  it('is recognised by its block signatures', () => expect(detectMarkup('book.txt', text)).toBe('textile'));
  it('believes the classes calibre keeps: title, subtitle, author, rights; contents, footnotes and signatures are not story words', () => {
    const m = parseText('book.txt', text);
    expect(m.meta).toMatchObject({ title: 'Salt and Semaphore', subtitle: 'A Novelette', author: 'Wilhelmina Ostrander', rights: 'Copyright © 2017 Wilhelmina Ostrander.' });
    const o = outline(m);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([
      [1, 'The Tower', 1, 'The tower had not sent'],
      [2, 'Flags', 0, 'The arms moved at a'],
    ]);
    const chapterText = m.chapters.flatMap((c) => c.children.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : [])));
    expect(chapterText.join(' ')).toBe('The tower had not sent a message in thirty years[1]. ARE YOU THERE On the fifth morning she got up before dawn. The arms moved at a quarter to five.');
    expect(o.notesAfter.map((n) => n.label)).toEqual(['Afterword']);
    expect(m.diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(expect.arrayContaining(['11 textile-contents', '29 afterword-note', '33 textile-footnote']));
  });
});

describe('hostile markup', () => {
  const big = (s: string): string => s.repeat(Math.ceil(2_000_000 / s.length));
  it.each([
    ['a.org', '* Chapter 1\n' + big('/a *b _c =d [[g][h]] ')],
    ['b.org', big(':PROPERTIES:\n')],
    ['c.adoc', '= T\n\n== C\n\n' + big('*_`#+ ')],
    ['d.adoc', big('====\n')],
    ['e.rst', 'T\n=\n\n' + big('*`:x:`* \\')],
    ['f.tex', '\\chapter{A}\n' + big('{\\emph{')],
    ['g.tex', big('\\begin{quote}\n')],
    ['h.bbcode', big('[b][i][spoiler=x]')],
    ['i.bbcode', big('[quote]\n')],
    ['j.lyx', '\\begin_body\n' + big('\\begin_layout Standard\n\\begin_inset Flex Strong\nstatus open\n\\emph on\nx ')],
    ['k.lyx', '\\begin_body\n' + big('\\begin_inset Note Note\n\\begin_layout Chapter\n')],
    ['l.txt', '#format wiki\n<<TableOfContents>>\n' + big("'''''__--(~-~+^,,{{{ /!\\ ")],
    ['m.txt', '#format wiki\n<<TableOfContents>>\n' + big('{{{\n== a ==\n')],
    ['n.twee', ':: StoryTitle\nT\n\n:: A\n' + big("<<x <(a: [[b->@@;''//(if: [c] ")],
    ['o.twee', ':: StoryTitle\nT\n\n' + big(':: A [t] {"p":1}\n/* ')],
    ['p.ass', '[Script Info]\nTitle: T\n\n[Events]\n' + big('Dialogue: 0,0:00:01.00,0:00:02.00,D,,0,0,0,,{\\i1{\\p1}x\\N')],
  ])('reads 2 MB of dense or unclosed markup in %s without failing', (file, text) => {
    expect(parseText(file, text).chapters.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('Aozora Bunko text', () => {
  const text = [
    '灯台の猫', '水野千草', '',
    '-------------------------------------------------------', '【テキスト中に現れる記号について】', '', '《》：ルビ', '-------------------------------------------------------', '',
    '［＃５字下げ］一［＃「一」は中見出し］', '', '　岬の灯台に、猫が一匹住んでいた。灯台守《とうだいもり》の老人が町へ下りた。', '　猫は｜尻尾《しっぽ》を振った。', '',
    '［＃改ページ］', '', '［＃３字下げ］［＃中見出し］春［＃中見出し終わり］', '',
    '［＃ここから２段階小さな文字］', '更新が遅れました。', '［＃ここで小さな文字終わり］', '', '　春になって、老人が岬へ帰ってきた。', '',
    '底本：「灯台の猫」架空書房', '入力：誰か',
  ].join('\r\n');
  const m = parse(new TextEncoder().encode(text), 'neko.txt');
  it('is recognised by its annotations', () => expect(detectMarkup('neko.txt', text)).toBe('aozora'));
  it('reads title and author, headings by size, ruby as its base text, small type as a note, and leaves out legend and colophon', () => {
    expect(m.meta).toMatchObject({ title: '灯台の猫', author: '水野千草' });
    expect(m.chapters.map((c) => [c.number, c.title, c.notesBefore.length])).toEqual([
      [1, null, 0],
      [null, '春', 1],
    ]);
    const body = m.chapters.flatMap((c) => c.children).filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => inlineText(b.children));
    expect(body).toEqual(['岬の灯台に、猫が一匹住んでいた。灯台守の老人が町へ下りた。', '猫は尻尾を振った。', '春になって、老人が岬へ帰ってきた。']);
  });
});
