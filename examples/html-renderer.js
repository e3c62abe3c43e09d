// A third-party renderer for quire (renderer contract v1): the whole book as one HTML file.
// Use it with `quire build story.txt --renderer ./examples/html-renderer.js --format html`,
// or list it under `renderers:` in quire.yaml and give it options of its own:
//
//   renderers: [./examples/html-renderer.js]
//   html:
//     theme: dark        # light (the default), dark, or none for no stylesheet
//
// A renderer is a plain object: name, extension, description, an optional schema of its own options,
// and render(book, context) → { data, stats? }. It reads the book through quire's readingOrder, so its
// headings, parts and notes are placed as in the EPUB, PDF and text, in the book's language.
import { readingOrder } from 'quire';
import { z } from 'zod';

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page's look, chosen in quire.yaml: a small stylesheet in the file, or none. */
const THEMES = {
  light: 'body{max-width:36em;margin:2em auto;padding:0 1em;font:1.1em/1.5 Georgia,serif;color:#222;background:#fffdf8}aside{font-size:.9em;border-left:3px solid #ccc;padding-left:1em}',
  dark: 'body{max-width:36em;margin:2em auto;padding:0 1em;font:1.1em/1.5 Georgia,serif;color:#ddd;background:#1b1b1b}aside{font-size:.9em;border-left:3px solid #555;padding-left:1em}',
  none: null,
};

/** `html:` in quire.yaml: checked by quire, which names the line of a wrong value. */
const options = z.strictObject({
  theme: z.enum(Object.keys(THEMES)).default('light'),
});

function inline(nodes) {
  return nodes
    .map((n) => (n.type === 'text' ? escape(n.value) : n.type === 'break' ? '<br>' : n.type === 'emphasis' ? `<em>${inline(n.children)}</em>` : `<strong>${inline(n.children)}</strong>`))
    .join('');
}

function block(b, strings) {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b.children)}</p>`;
    case 'sceneBreak':
      return b.kind === 'hard' ? '<hr>' : '<br>';
    case 'pov':
      return `<h3>${escape(b.name)}</h3>`;
    case 'ornament':
      return `<p class="ornament">${escape(b.text)}</p>`;
    case 'illustration':
      return `<p>[${escape(strings.text('illustration'))}: ${inline(b.caption)}]</p>`;
    case 'note':
      return note(b);
    default:
      return '';
  }
}

const note = (n) => `<aside><b>${escape(n.label)}</b>${n.children.map((p) => block(p)).join('')}</aside>`;

function story({ story: m, strings, notesBefore, sections }) {
  const body = sections.map((s) => {
    const part = s.part ? `<h2 class="part">${escape(s.part)}</h2>` : '';
    const heading = s.heading ? `<h2>${escape(s.heading.text)}</h2>` : '';
    return `<section>${part}${heading}${[...s.notesBefore.map(note), ...s.children.map((b) => block(b, strings)), ...s.notesAfter.map(note)].join('\n')}</section>`;
  });
  const byline = m.meta.author ? `<p>${escape(strings.text('by', { author: m.meta.author }))}</p>` : '';
  return `<article lang="${escape(m.meta.language)}"><h1>${escape(m.meta.title ?? '')}</h1>${byline}${notesBefore.map(note).join('')}${body.join('\n')}</article>`;
}

export default {
  name: 'html',
  extension: 'html',
  description: 'one HTML file (example third-party renderer)',
  options,
  async render(book, context) {
    // `--notes end` gathers notes at the back in the built-in formats; this example keeps them where they stood.
    const order = readingOrder(book, { notes: context.options.notes === 'omit' ? 'omit' : 'inline', templates: context.templates });
    const css = THEMES[context.options.theme];
    const head = `<meta charset="utf-8"><title>${escape(book.meta.title)}</title>${css ? `<style>${css}</style>` : ''}`;
    return { data: `<!DOCTYPE html>\n<html lang="${escape(book.meta.language)}"><head>${head}</head><body>\n${order.stories.map(story).join('\n')}\n</body></html>\n` };
  },
};
