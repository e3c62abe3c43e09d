import { describe, expect, it } from 'vitest';
import { outline, type ManuscriptOutline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { inlineText } from '../src/parse/inline.js';

/** Word documents saved as XML, under any name (src/parse/structured/word-xml.ts). */
const parsed = (text: string, file = 'story.xml') => parse(new TextEncoder().encode(text), file);
const read = (text: string, file?: string): ManuscriptOutline => outline(parsed(text, file));

const W = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"';
const r = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (runs: string, style?: string): string => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs}</w:p>`;

describe('Word 2003 XML', () => {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument ${W}><o:DocumentProperties><o:Title>Story</o:Title><o:Author>Admin</o:Author></o:DocumentProperties>
<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style></w:styles>
<w:body><wx:sect>${p(r('The Fig Tree'), 'Title')}${p(r('a story'), 'Subtitle')}${p(r('Author: Nino Beridze'))}
${p(r('Chapter One. The Yard'), 'Heading1')}
${p(`${r('In the yard there st')}<w:proofErr w:type="spellStart"/>${r('ood a fig tree')}<w:r><w:footnote>${p(`<w:r><w:footnoteRef/></w:r>${r(' Sighnaghi, a town in Kakheti.')}`, 'FootnoteText')}</w:footnote></w:r>${r(' and it was ')}${r('very', '<w:i/>')}${r(' old.')}`)}
${p(r('* * *'))}
${p(`${r('Grandmother made jam')}<aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText> every day</w:delText></w:r></aml:content></aml:annotation>${r(' every August.')}`)}
${p(r('Chapter Two. The City'), 'Heading1')}
${p(r('In the city she sat by the window.'))}
<w:sectPr><w:hdr w:type="odd">${p(r('The Fig Tree — running head'))}</w:hdr></w:sectPr></wx:sect></w:body></w:wordDocument>`;

  it('reads the title page by style (not the document properties), headings, words split across runs, italics, and a footnote set after its chapter', () => {
    const o = read(doc);
    expect([o.title, o.author]).toEqual(['The Fig Tree', 'Nino Beridze']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords, c.sceneBreaks])).toEqual([
      [1, 'The Yard', 'In the yard there stood', 1],
      [2, 'The City', 'In the city she sat', 0],
    ]);
    // The deleted words and the running head are no words of the story.
    expect(o.chapters.map((c) => c.wordCount)).toEqual([13 + 5, 8]);
    const chapter = parsed(doc).chapters[0]!;
    expect(chapter.children.map((b) => (b.type === 'paragraph' || b.type === 'note' ? `${b.type}: ${b.type === 'note' ? inlineText(b.children[0]!.children) : inlineText(b.children)}` : b.type))).toEqual([
      'paragraph: In the yard there stood a fig tree and it was very old.',
      'sceneBreak',
      'paragraph: Grandmother made jam every August.',
      'note: Sighnaghi, a town in Kakheti.',
    ]);
    const first = chapter.children[0]!;
    expect(first.type === 'paragraph' && first.children.map((n) => n.type)).toEqual(['text', 'emphasis', 'text']);
  });

  it('reads a flat package (Word 2007 and later, saved as XML) with its footnotes in their own part', () => {
    const part = (name: string, xml: string): string => `<pkg:part pkg:name="${name}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
    const M = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const o = read(
      `<?xml version="1.0" standalone="yes"?>
<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
${part('/word/document.xml', `<w:document ${M}><w:body>${p(r('Low Water'), 'Title')}${p(r('by Ada Brook'), 'Subtitle')}${p(r('The Low Bank'), 'Heading1')}${p(`${r('The river fell.')}<w:r><w:footnoteReference w:id="1"/></w:r>${r(' Then it rose.')}`)}</w:body></w:document>`)}
${part('/word/styles.xml', `<w:styles ${M}><w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`)}
${part('/word/footnotes.xml', `<w:footnotes ${M}><w:footnote w:id="1">${p(r('In March.'))}</w:footnote></w:footnotes>`)}
</pkg:package>`,
    );
    expect([o.title, o.author]).toEqual(['Low Water', 'Ada Brook']);
    expect(o.chapters.map((c) => [c.title, c.wordCount])).toEqual([['The Low Bank', 6]]);
  });
});
