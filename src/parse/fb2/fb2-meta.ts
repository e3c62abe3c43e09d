import type { StoryMeta } from '../../model.js';
import { languageTag } from '../rules/fields.js';
import { emptyMeta } from '../section-blocks.js';
import { attrOf, childNamed, childrenNamed, textOf, type XmlElement } from './fb2-xml.js';

/** A person as FB2 writes one: first, middle and last name, or a nickname alone. */
export function personName(person: XmlElement): string {
  const full = ['first-name', 'middle-name', 'last-name'].map((n) => textOf(childNamed(person, n))).filter((s) => s !== '').join(' ');
  return full !== '' ? full : textOf(childNamed(person, 'nickname'));
}

const people = (info: XmlElement | undefined, name: string): string => childrenNamed(info, name).map(personName).filter((s) => s !== '').join(', ');

/**
 * The book's metadata from `<description><title-info>`: `book-title`,
 * `author`s, `annotation` as the summary, `lang`; genres, keywords, date,
 * series (`<sequence name number>`), translators and the source language as
 * fields. `<document-info>` names who made the e-book, not who wrote it, and
 * is left out.
 */
export function fb2Meta(description: XmlElement | undefined): StoryMeta {
  const meta = emptyMeta();
  const info = childNamed(description, 'title-info');
  const value = (name: string): string => textOf(childNamed(info, name));
  const set = (key: string, v: string): void => {
    if (v !== '') meta.fields[key] = v;
  };
  meta.title = value('book-title') || null;
  meta.author = people(info, 'author') || null;
  const annotation = childNamed(info, 'annotation');
  if (annotation) meta.description = annotation.children.map(textOf).filter((s) => s !== '').join('\n\n') || null;
  meta.language = languageTag(value('lang')) ?? meta.language;
  set('Language', value('lang'));
  set('Genre', childrenNamed(info, 'genre').map(textOf).filter((s) => s !== '').join(', '));
  set('Keywords', value('keywords'));
  set('Date', value('date'));
  const sequence = childNamed(info, 'sequence');
  if (sequence) set('Series', [attrOf(sequence, 'name'), attrOf(sequence, 'number') && `#${attrOf(sequence, 'number')}`].filter(Boolean).join(' '));
  set('Translator', people(info, 'translator'));
  set('Translated from', value('src-lang'));
  const publish = childNamed(description, 'publish-info');
  set('Publisher', textOf(childNamed(publish, 'publisher')));
  return meta;
}
