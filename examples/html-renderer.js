// A third-party renderer for quire: the whole book as one HTML file.
// Use it with `quire build story.txt --renderer ./examples/html-renderer.js --format html`.
// A renderer is a plain object: name, extension, description, and render(book, context) → text or bytes.

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function inline(nodes) {
  return nodes
    .map((n) => (n.type === 'text' ? escape(n.value) : n.type === 'break' ? '<br>' : n.type === 'emphasis' ? `<em>${inline(n.children)}</em>` : `<strong>${inline(n.children)}</strong>`))
    .join('');
}

function block(b) {
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
      return `<p>[Illustration: ${inline(b.caption)}]</p>`;
    case 'note':
      return note(b);
    default:
      return '';
  }
}

const note = (n) => `<aside><b>${escape(n.label)}</b>${n.children.map(block).join('')}</aside>`;

function story(m) {
  const chapters = m.chapters.map((c) => {
    const heading = [c.number !== null ? `Chapter ${c.number}` : '', c.title ?? ''].filter(Boolean).join(': ');
    return `<section>${heading ? `<h2>${escape(heading)}</h2>` : ''}${[...c.notesBefore.map(note), ...c.children.map(block), ...c.notesAfter.map(note)].join('\n')}</section>`;
  });
  return `<article><h1>${escape(m.meta.title ?? '')}</h1>${m.meta.author ? `<p>by ${escape(m.meta.author)}</p>` : ''}${m.notesBefore.map(note).join('')}${chapters.join('\n')}${m.notesAfter.map(note).join('')}</article>`;
}

export default {
  name: 'html',
  extension: 'html',
  description: 'one HTML file (example third-party renderer)',
  async render(book) {
    return `<!DOCTYPE html>\n<html lang="${escape(book.meta.language)}"><head><meta charset="utf-8"><title>${escape(book.meta.title)}</title></head><body>\n${book.stories.map(story).join('\n')}\n</body></html>\n`;
  },
};
