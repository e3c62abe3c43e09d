// node-fetch, as quire's bundle gives it to epub-gen-memory. The library fetches http(s) images, fonts and
// covers with it; quire hands it only file:// fonts, which it reads with fs before it would fetch, and pages
// with no images. Loading node-fetch (whatwg-url, tr46's Unicode table) was ~5 % of a one-story EPUB build.
module.exports = function fetch(url) {
  return Promise.reject(new Error(`quire does not fetch remote resources (${url})`));
};
