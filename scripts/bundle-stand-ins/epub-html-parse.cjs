// epub-gen-memory's util/html-parse.js, as quire's bundle gives it to the library. The library parses and
// re-serialises every page's HTML with htmlparser2, css-select and dom-serializer; quire hands it each page
// as an empty placeholder and puts its own XHTML back afterwards (src/render/epub/reproducible-epub.ts), so
// the parse of '' is all it ever did, for ~8 % of a one-story EPUB build spent loading those packages.
exports.fixHTML = function fixHTML(index, html) {
  if (html !== '') throw new Error(`quire's bundled epub-gen-memory takes pages as empty placeholders (content[${index}])`);
  return '';
};
