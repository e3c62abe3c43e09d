// @resvg/resvg-js as quire's bundle gives it to the EPUB cover: the same native binding and the same three
// exports as the package's index.js, found without its C-library test on Linux, process.report.getReport()
// (~7 ms of CPU on every EPUB build: a whole diagnostic report, native stack included, read for one field).
// Here /usr/bin/ldd tells glibc from musl, as napi-rs's later loaders do. Wherever that cannot tell, where a
// binding was built inside the package, or where npm put the platform package out of reach, the package loads
// as published.
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');

function nativeBinding() {
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) return null;
  try {
    const libc = readFileSync('/usr/bin/ldd', 'utf8').includes('musl') ? 'musl' : 'gnu';
    const index = require.resolve('@resvg/resvg-js');
    if (existsSync(join(dirname(index), `resvgjs.linux-${process.arch}-${libc}.node`))) return null;
    return createRequire(index)(`@resvg/resvg-js-linux-${process.arch}-${libc}`);
  } catch {
    return null;
  }
}

const binding = nativeBinding();
if (binding === null) {
  module.exports = require('@resvg/resvg-js');
} else {
  const { render, renderAsync, Resvg } = binding;
  module.exports = {
    render: (svg, options) => (options ? render(svg, JSON.stringify(options)) : render(svg)),
    renderAsync: (svg, options, signal) => (options ? renderAsync(svg, JSON.stringify(options), signal) : renderAsync(svg, null, signal)),
    Resvg: class extends Resvg {
      constructor(svg, options) {
        super(svg, JSON.stringify(options));
      }
    },
  };
}
