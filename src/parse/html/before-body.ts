import type { Element, Root } from 'hast';
import type { DiagnosticSink } from '../../diagnostics.js';
import { findFirst, positionOf, textOf } from './hast-query.js';

const BODY_TAG = /<body[\s>]/i;
/** More text than this before `<body>` is the page's own, however it was written. */
const MAX_INJECTED = 600;

/**
 * What stands between a page's `</head>` and its `<body>` tag: a free host's injected banner (Angelfire's,
 * Tripod's and GeoCities' ad table, `Build your free home page | Lycos`). A browser opens the body early for it,
 * so it reaches the tree as the body's first children; the page's own writing starts at its `<body>` tag.
 * Those children are left out (`html-before-body`) when they hold little text beside the page's.
 */
export function dropBeforeBody(tree: Root, source: string, sink: DiagnosticSink): void {
  const body = findFirst(tree, (e) => e.tagName === 'body');
  // A body the tag itself opened has a position; only one opened early by stray content has none.
  if (body === null || body.position !== undefined) return;
  const tag = BODY_TAG.exec(source);
  if (tag === null) return;
  const before = body.children.filter((c) => (c.position?.end.offset ?? Infinity) <= tag.index);
  const text = textOf(before);
  if (text === '' || text.length > MAX_INJECTED || text.length * 2 > textOf(body).length) return;
  body.children = body.children.filter((c) => !before.includes(c));
  const first = before.find((c): c is Element => c.type === 'element' && textOf(c) !== '') ?? before[0]!;
  sink.info('html-before-body', positionOf(first).start.line, `"${text.slice(0, 40)}" stands before the page's <body> tag (a host's injected banner); left out`);
}
