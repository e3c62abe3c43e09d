import { describe, expect, it } from 'vitest';
import { outline, type ManuscriptOutline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** Word processors', notes apps', script writers' and accessible books' XML (src/parse/structured/). */
const read = (text: string, file: string): ManuscriptOutline => outline(parse(new TextEncoder().encode(text), file));
const rules = (o: ManuscriptOutline): string[] => o.diagnostics.map((d) => d.ruleId);

const P1 = 'The river was high that spring and the ferry ran late every evening.';
const P2 = 'Nobody in the village spoke of the lantern, though everyone had seen it.';

describe('an AbiWord document', () => {
  const o = read(`<?xml version="1.0" encoding="UTF-8"?>
<abiword template="false" xmlns:ct="http://www.abisource.com/changetracking.dtd">
<metadata>
<m key="abiword.generator">AbiWord</m>
<m key="dc.creator">Lucy Ferris</m>
<m key="dc.date">Sat Jun 12 23:41:08 2010</m>
<m key="dc.title">ferry_contest_v3</m>
</metadata>
<section xid="1" footer="2">
<p style="Title" xid="2">The Last Ferry</p>
<p style="Normal" xid="3">by Lucy Ferris</p>
<p style="Normal" xid="4"><pbr/></p>
<p style="Heading 1" xid="5">Chapter One — The Crossing</p>
<p style="Normal" xid="6">${P1} <c revision="-1">struck words</c></p>
<p style="Heading 1" xid="7">Chapter Two — The Lantern</p>
<p style="Normal" xid="8">${P2} <c revision="1">kept</c></p>
</section>
<section xid="9" id="2" type="footer">
<p style="Normal" xid="10">The Last Ferry — draft, page <field type="page_number"/></p>
</section>
</abiword>`, 'ferry.abw');

  it('reads its heading-styled paragraphs as chapters, the title page as the header, and not the file name kept as its title', () => {
    expect([o.title, o.author]).toEqual(['The Last Ferry', 'Lucy Ferris']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Crossing'], [2, 'The Lantern']]);
    expect(o.fields).not.toHaveProperty('m');
  });

  it('leaves out a tracked deletion and the running footer, keeps an insertion', () => {
    expect(o.wordCount).toBe(13 + 13 + 1);
    expect(rules(o)).toContain('xml-page-furniture');
  });
});

describe('a DAISY DTBook', () => {
  const o = read(`<?xml version="1.0" encoding="utf-8"?>
<dtbook xmlns="http://www.daisy.org/z3986/2005/dtbook/" version="2005-3" xml:lang="ko">
<head>
<meta name="dtb:uid" content="KR-2019-000417"/>
<meta name="dc:Title" content="종점 우체통"/>
</head>
<book>
<frontmatter>
<doctitle>종점 우체통</doctitle>
<docauthor>한서윤 지음</docauthor>
<level1 class="colophon"><p>원본 출판사: 바다숲</p><p>이 자료는 저작권법 제33조에 따라 제작된 대체자료입니다.</p></level1>
<level1 class="toc"><h1>차례</h1><list><li><lic>제1장 종점</lic> <lic class="pagenum">9</lic></li></list></level1>
</frontmatter>
<bodymatter>
<level1><pagenum page="normal">9</pagenum><h1>제1장 종점</h1>
<p>${P1}</p>
<imggroup><img src="p10.jpg" alt=""/><caption>종점의 빨간 우체통</caption><prodnote>그림 설명: 낡은 우체통.</prodnote></imggroup>
<p class="scene-break">* * *</p>
<p>${P2}<noteref idref="fn1">1)</noteref></p>
<note id="fn1"><p>1) 편집자 주: 마을버스.</p></note>
</level1>
<level1><h1>제2장 편지</h1><p>${P2}</p></level1>
</bodymatter>
<rearmatter>
<level1 class="afterword"><h1>작가의 말</h1><p>어릴 적 살던 동네에는 정말로 우체통이 있었다.</p></level1>
</rearmatter>
</book>
</dtbook>`, 'book.xml');

  it('reads its levels as chapters, its title-page by-line as the author, the colophon as fields', () => {
    expect([o.title, o.author]).toEqual(['종점 우체통', '한서윤']);
    expect(o.fields).toMatchObject({ '원본 출판사': '바다숲' });
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, '종점', 1], [2, '편지', 0]]);
  });

  it('leaves out page numbers, captions, producer notes, note marks and the contents; the back matter afterword is the closing note', () => {
    expect(o.wordCount).toBe(3 * 13);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['작가의 말']);
    expect(rules(o)).toEqual(expect.arrayContaining(['xml-colophon', 'xml-contents']));
  });
});

describe('a Final Draft script', () => {
  const para = (type: string, text: string) => `<Paragraph Type="${type}"><Text>${text}</Text></Paragraph>`;
  const o = read(`<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
<Content>
${para('New Act', 'ACT ONE')}
${para('Scene Heading', 'INT. WORKSHOP - NIGHT')}
${para('Action', P1)}
${para('Character', 'MARTA')}
${para('Parenthetical', '(to herself)')}
${para('Dialogue', 'Not you too.')}
${para('Transition', 'CUT TO:')}
${para('End of Act', 'END OF ACT ONE')}
${para('New Act', 'ACT TWO')}
${para('Action', P2)}
</Content>
<ScriptNotes><ScriptNote ID="1"><Paragraph><Text>Ask a real luthier about this.</Text></Paragraph></ScriptNote></ScriptNotes>
<TitlePage><Content>
<Paragraph><Text>THE STRINGS</Text></Paragraph>
<Paragraph><Text>Pilot</Text></Paragraph>
<Paragraph><Text>written by</Text></Paragraph>
<Paragraph><Text>Clara Bennet</Text></Paragraph>
<Paragraph><Text>Draft: 3 (blue)</Text></Paragraph>
</Content></TitlePage>
<SmartType><Characters><Character>MARTA</Character></Characters></SmartType>
</FinalDraft>`, 'strings.fdx');

  it('reads the title page after the script as its header, a by-line over two lines included', () => {
    expect([o.title, o.author]).toEqual(['THE STRINGS', 'Clara Bennet']);
    expect(o.fields).toMatchObject({ Draft: '3 (blue)' });
  });

  it('reads the acts as chapters and action, cues and dialogue as the text; directions, notes and lists are not', () => {
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, 'The river was high that'], [2, 'Nobody in the village spoke']]);
    expect(o.wordCount).toBe(13 + 1 + 2 + 3 + 13);
  });
});

describe('a CherryTree notes file', () => {
  const o = read(`<?xml version="1.0" encoding="UTF-8"?>
<cherrytree>
  <bookmarks list="2"/>
  <node name="The Last Ferry" unique_id="1" prog_lang="custom-colors" tags="">
    <rich_text scale="h1">The Last Ferry</rich_text>
    <rich_text>
Author: Lucy Ferris
Genre: short story

</rich_text>
    <node name="Chapter 1: The Crossing" unique_id="2" prog_lang="custom-colors">
      <rich_text>${P1}
</rich_text>
      <rich_text foreground="#ffff00000000">(check: which river?)</rich_text>
      <rich_text>
* * *
${P2} The </rich_text>
      <rich_text strikethrough="true">old </rich_text>
      <rich_text>end.
</rich_text>
    </node>
    <node name="Chapter 2: The Lantern" unique_id="3" prog_lang="custom-colors">
      <rich_text>${P1}
</rich_text>
    </node>
    <node name="Author's Note" unique_id="4" prog_lang="custom-colors">
      <rich_text>Thank you for reading this far!
</rich_text>
    </node>
    <node name="Characters" unique_id="5" prog_lang="custom-colors">
      <rich_text>• Marta: 70, luthier
</rich_text>
    </node>
  </node>
</cherrytree>`, 'ferry.ctd');

  it('reads the node holding all others as the work: its name the title, its lines the header, its child nodes the chapters', () => {
    expect([o.title, o.author]).toEqual(['The Last Ferry', 'Lucy Ferris']);
    expect(o.fields).toMatchObject({ Genre: 'short story' });
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'The Crossing', 1], [2, 'The Lantern', 0]]);
  });

  it("reads each line of the runs as a paragraph, leaves out struck-out runs and the writer's coloured memo, and the planning nodes", () => {
    expect(o.wordCount).toBe(13 + 13 + 2 + 13);
    expect(o.notesAfter.map((n) => n.label)).toEqual(["Author's Note"]);
    expect(rules(o)).toEqual(expect.arrayContaining(['xml-memo', 'xml-work-section', 'xml-not-story']));
  });
});

describe('a Tomboy note', () => {
  const o = read(`<?xml version="1.0" encoding="utf-8"?>
<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
  <title>The Salt Line</title>
  <text xml:space="preserve"><note-content version="0.1">The Salt Line

Author: Olesya Hnatiuk
See also: <link:internal>Story ideas</link:internal>, <link:internal>Contest rules</link:internal>

<size:large><bold>Chapter 1. The House</bold></size:large>

${P1}
<highlight>CHECK: was there electricity in 1989?</highlight>
* * *
${P2} The <strikethrough>black</strikethrough> grey coat.

<size:large><bold>Chapter 2. Morning</bold></size:large>

${P1}</note-content></text>
  <last-change-date>2011-03-19T23:47:12.4418290+02:00</last-change-date>
  <tags><tag>system:notebook:Stories</tag></tags>
</note>`, 'salt.note');

  it('reads the note as its text: title, author, chapters from its lines', () => {
    expect([o.title, o.author, o.description]).toEqual(['The Salt Line', 'Olesya Hnatiuk', null]);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'The House', 1], [2, 'Morning', 0]]);
  });

  it('leaves out struck-out words, a highlighted memo line, the links to other notes and the program data', () => {
    expect(o.wordCount).toBe(13 + 13 + 3 + 13);
    expect(rules(o)).toContain('tomboy-note');
  });
});
