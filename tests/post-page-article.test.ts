import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A reading site's post page as a browser saves it: the site's header, one `<article>`, then the site's sections. */
const page = (opts: { header?: string; card?: string; after?: string; description?: string; title?: string } = {}): string =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<title>${opts.title ?? 'The Sewing Machine | Momsite'}</title>`,
    `<meta name="description" content="${opts.description ?? prose('Amma').slice(0, 60)}">`,
    '<meta property="og:site_name" content="Momsite">',
    '</head><body>',
    opts.header ?? '<header class="top"><a class="logo" href="/">Momsite</a><nav><a href="/">Home</a><a href="/stories">Stories</a></nav><button>Write</button><a href="/login">Log in</a></header>',
    '<main><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/stories">Stories</a> &gt; <span>The Sewing Machine</span></div>',
    '<article><h1 class="blog-title">The Sewing Machine</h1>',
    opts.card ?? '<div class="author-strip"><img src="/u/sunita.jpg" alt="Sunita Mishra"><div><a class="author-name" href="/u/sunita">Sunita Mishra</a> <span class="follow">+ Follow</span></div></div>',
    '<img class="cover" src="/c/machine.jpg" alt="The Sewing Machine">',
    `<div class="content"><p>${prose('Amma')}</p><p>${prose('Bittu')}</p><p style="text-align:center">***</p><p>${prose('Bhaiya')}</p></div>`,
    '</article>',
    opts.after ??
      `<section class="about"><h3>About the author</h3><p>${prose('Sunita')}</p></section>` +
        `<section class="comments"><h3>Comments (14)</h3><div><b>Rachna</b> <span>2 years ago</span><p>${prose('Rachna')}</p></div></section>` +
        '<section class="related"><h3>You may also like</h3><a href="/a">The Old Trunk</a><a href="/b">Papa\'s Bicycle</a></section>',
    '</main><footer><p>© 2024 Momsite. All rights reserved.</p></footer></body></html>',
  ].join('\n');

describe("a post page whose story stands in one <article>", () => {
  it("leaves the site's sections after the article out: no chapters made of its headings, no words of theirs", () => {
    const o = read(page(), 'post.html');
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.title).toBeNull();
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
    expect(o.wordCount).toBe(3 * 14);
  });

  it("reads the title and the author from the card, leaving the site's links-only header, the breadcrumb, the avatar and the cover out", () => {
    const o = read(page(), 'post.html');
    expect([o.title, o.author]).toEqual(['The Sewing Machine', 'Sunita Mishra']);
    expect(o.chapters[0]!.firstWords).toBe('Amma went down to the');
  });

  it("does not take the site's excerpt of the story's first words for a summary", () => {
    expect(read(page(), 'post.html').description).toBeNull();
    expect(read(page({ description: 'A machine that sewed a family through a hard year.' }), 'post.html').description).toBe('A machine that sewed a family through a hard year.');
  });

  it("keeps the story's footnotes and the writer's note set after the article", () => {
    const after = `<section class="footnotes"><p>${prose('Footnote')}</p></section><div class="author-note"><p>Author's note: thank you all for reading this far.</p></div><section class="comments"><h3>Comments (2)</h3><p>${prose('Rachna')}</p></section>`;
    const o = read(page({ after }), 'post.html');
    expect(o.wordCount).toBe(4 * 14);
    expect(o.chapters[0]!.notesAfter.length + o.notesAfter.length).toBe(1);
  });

  it('keeps a header that says more than its links (a by-line), and reads a page of several articles whole', () => {
    const byline = read(page({ header: '<header><p class="site-title"><a href="/">Almanac</a></p><p class="byline">a web serial by <a href="/about">wren hollow</a></p></header>', card: '' }), 'post.html');
    expect(byline.author).toBe('wren hollow');
    const two = read(page({ after: `<article><h2>Chapter 2</h2><p>${prose('Odile')}</p><p>${prose('Anne')}</p></article>` }), 'post.html');
    expect(two.wordCount).toBe(5 * 14);
  });
});
