import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * Status badges as repository READMEs show them (shields.io, a CI's `badge.svg`): pictures of the repository's
 * state (licence, word count, build), never the story's. Hosts and paths as data.
 */
const BADGE_URL = /^https?:\/\/(?:img\.shields\.io|shields\.io|badge\.fury\.io|badgen\.net|flat\.badgen\.net|travis-ci\.(?:org|com)|circleci\.com|codecov\.io|coveralls\.io|api\.netlify\.com|readthedocs\.org)\/|\/badges?(?:\.svg|\/)|badge\.svg(?:[?#]|$)/i;

const isBadgeImage = (n: PhrasingContent): boolean => n.type === 'image' && BADGE_URL.test(n.url);

/** A paragraph of badges only (`[![License: CC BY](…shields.io…)](…)`, `![words](…badge…)`), one or several, linked or not. */
export function isBadgeParagraph(node: Paragraph): boolean {
  const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  return parts.length > 0 && parts.every((c) => isBadgeImage(c) || (c.type === 'link' && c.children.length === 1 && isBadgeImage(c.children[0]!)));
}

/** `<img src="…" alt="…">` tags and nothing else (wrapper tags already taken off): a picture set in HTML, its descriptions. */
export function htmlImages(text: string): string[] | null {
  const tags = text.match(/<img\b[^>]*>/gi);
  if (!tags || text.replace(/<img\b[^>]*>/gi, '').trim() !== '') return null;
  return tags.map((t) => /\balt\s*=\s*"([^"]*)"/i.exec(t)?.[1] ?? /\bsrc\s*=\s*"([^"]*)"/i.exec(t)?.[1] ?? 'image');
}
