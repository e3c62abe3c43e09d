import { pathToFileURL } from 'node:url';
import type { Book } from '../../book.js';
import { BOOK_FONT } from '../book-fonts.js';
import { bookDate, bookIdentifier } from '../book-identity.js';
import type { RenderContext, Renderer, RenderResult } from '../renderer.js';
import type { EpubOptions } from './epub-options.js';
import { generateCover } from './cover.js';
import { packageData } from './package-data.js';
import { planPages } from './pages.js';
import { ReproducibleEPub } from './reproducible-epub.js';
import { textDirection } from '../text-direction.js';

const GENERATOR = 'quire';

const EMBEDDED_FONTS = [
  { filename: 'EBGaramond-Regular.ttf', path: BOOK_FONT.regular },
  { filename: 'EBGaramond-Italic.ttf', path: BOOK_FONT.italic },
  { filename: 'EBGaramond-Bold.ttf', path: BOOK_FONT.bold },
  { filename: 'EBGaramond-BoldItalic.ttf', path: BOOK_FONT.boldItalic },
];

async function renderEpub(book: Book, context: RenderContext<EpubOptions>): Promise<RenderResult> {
  const { templates, options } = context;
  const cover = options.cover ?? generateCover(book, templates);
  const extension = cover.name.slice(cover.name.lastIndexOf('.') + 1).toLowerCase();
  const plan = planPages(book, templates, options.notes, { src: `cover.${extension}` });
  const identifier = bookIdentifier(book);
  const modified = bookDate(book, context.sourceDateEpoch);
  const q = packageData(book, plan, identifier, modified, GENERATOR);
  const embedFonts = options['embed-fonts'] ?? false;
  const css = templates.text('epub/style.css') + (embedFonts ? templates.text('epub/fonts.css') : '');
  const epub = new ReproducibleEPub(
    {
      title: book.meta.title,
      description: book.meta.description,
      lang: book.meta.language,
      css,
      cover: new File([cover.data], `cover.${extension}`, { type: cover.mediaType }),
      fonts: embedFonts ? EMBEDDED_FONTS.map((f) => ({ filename: f.filename, url: pathToFileURL(f.path).href })) : [],
      chapterXHTML: templates.text('epub/page.xhtml.ejs'),
      contentOPF: templates.text('epub/content.opf.ejs'),
      tocXHTML: templates.text('epub/nav.xhtml.ejs'),
      tocNCX: templates.text('epub/toc.ncx.ejs'),
      ignoreFailedDownloads: false,
      verbose: false,
      q,
    },
    plan.pages.map((p) => ({ id: p.id, filename: p.filename, title: p.title, pageLang: p.lang, pageDir: textDirection(p.lang), matter: p.matter, xhtml: p.body })),
    identifier,
    modified,
  );
  return { data: new Uint8Array(await epub.genEpub()) };
}

export const epubRenderer: Renderer<EpubOptions> = {
  name: 'epub',
  extension: 'epub',
  description: 'EPUB 3 for e-readers (Kobo, KOReader, Apple Books; Kindle through Send to Kindle)',
  render: renderEpub,
};
