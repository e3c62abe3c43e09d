import { describe, expect, it } from 'vitest';
import { outline, type ManuscriptOutline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** OpenDocument text as LibreOffice saves it flat (.fodt), under any name (src/parse/structured/odf-text.ts). */
const read = (text: string, file = 'conto.txt'): ManuscriptOutline => outline(parse(new TextEncoder().encode(text), file));

const doc = (meta: string, styles: string, body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>${meta}</office:meta>
 <office:automatic-styles>${styles}</office:automatic-styles>
 <office:body>
  <office:text>
   <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
${body}
  </office:text>
 </office:body>
</office:document>`;

describe('OpenDocument text', () => {
  it('reads the title page from its styles (a by-line over the account name), headings by outline level, spaces, italics, notes and footnotes', () => {
    const o = read(
      doc(
        '<dc:title>Rascunho</dc:title><meta:initial-creator>ines.c</meta:initial-creator><dc:language>pt-PT</dc:language>',
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="center"/></style:style>' +
          '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>',
        `<text:p text:style-name="Title">A Casa das Marés</text:p>
   <text:p text:style-name="Subtitle">Um conto de Inês Carvalho</text:p>
   <text:p text:style-name="Text_20_body"><text:span text:style-name="T1">Nota da autora:</text:span> a casa existe.</text:p>
   <text:h text:style-name="Heading_20_1" text:outline-level="1">I. A chegada</text:h>
   <text:p text:style-name="Text_20_body">A avó chegou<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Em 1978.</text:p></text:note-body></text:note> numa <text:span text:style-name="T1">terça-feira</text:span>.</text:p>
   <text:p text:style-name="P1">*<text:s text:c="2"/>*<text:s text:c="2"/>*</text:p>
   <text:p text:style-name="Text_20_body">Contou os riscos<text:line-break/>um a um.</text:p>
   <text:soft-page-break/>
   <text:h text:outline-level="1"><text:number>2.</text:number>A palavra</text:h>
   <text:list><text:list-item><text:p>Docht kürzen, disse ela.</text:p></text:list-item></text:list>
   <text:tracked-changes><text:changed-region><text:deletion><text:p>Apagado de vez.</text:p></text:deletion></text:changed-region></text:tracked-changes>
   <text:p text:style-name="Heading_20_1">III. Depois</text:p>
   <text:p>Fim da noite.<office:annotation><text:p>Rever isto.</text:p></office:annotation></text:p>`,
      ),
    );
    expect([o.title, o.author]).toEqual(['A Casa das Marés', 'Inês Carvalho']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords, c.wordCount])).toEqual([
      [1, 'A chegada', 1, 'A avó chegou numa terça-feira.', 11],
      [2, 'A palavra', 0, 'Docht kürzen, disse ela.', 4],
      [3, 'Depois', 0, 'Fim da noite.', 3],
    ]);
    expect(o.notesBefore).toHaveLength(1);
    // Neither the deletion nor the reviewer's comment is text, nor the footnote set after its chapter.
    expect(o.wordCount).toBe(11 + 4 + 3);
  });

  it('takes the title and author from office:meta when the page shows none', () => {
    const o = read(doc('<dc:title>Maré</dc:title><dc:creator>Rui Sal</dc:creator>', '', '<text:p>O mar subiu devagar naquela noite de Março, degrau a degrau.</text:p>'));
    expect([o.title, o.author, o.chapters.length, o.wordCount]).toEqual(['Maré', 'Rui Sal', 1, 11]);
  });
});
