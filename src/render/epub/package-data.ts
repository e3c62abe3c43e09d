import type { Book } from '../../book.js';
import { textDirection } from '../text-direction.js';
import type { NavEntry, PagePlan } from './pages.js';

export interface Creator {
  name: string;
  /** MARC relator: `aut` author, `edt` editor. */
  role: 'aut' | 'edt';
}

/** What the OPF, nav and NCX templates print: everything decided here, nothing computed in markup. */
export interface PackageData {
  identifier: string;
  title: string;
  subtitle: string | null;
  creators: Creator[];
  language: string;
  /** `rtl` when every story of the book runs right to left (the spine's page progression), else `ltr`. */
  direction: 'rtl' | 'ltr';
  description: string;
  subjects: string[];
  rights: string | null;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `YYYY-MM-DDThh:mm:ssZ`, as EPUB requires. */
  modified: string;
  series: Book['meta']['series'];
  accessModes: string[];
  accessibilityFeatures: string[];
  accessibilitySummary: string;
  generator: string;
  contentsTitle: string;
  landmarksTitle: string;
  nav: NavEntry[];
  navDepth: number;
  landmarks: PagePlan['landmarks'];
  spine: { idref: string; linear: boolean }[];
}

const depth = (entries: readonly NavEntry[]): number => (entries.length === 0 ? 0 : 1 + Math.max(...entries.map((e) => depth(e.children))));

function accessibilitySummary(book: Book): string {
  const notes = book.stories.some((s) => s.notesBefore.length + s.notesAfter.length > 0 || s.chapters.some((c) => c.notesBefore.length + c.notesAfter.length > 0));
  return [
    'This publication is text with a structured table of contents, headings for every story and chapter, and a logical reading order.',
    'Scene breaks are marked as separators for assistive technology.',
    notes ? "Author's notes are set apart as labelled asides." : '',
    'The only image is the cover, which has a text alternative.',
  ].filter(Boolean).join(' ');
}

export function packageData(book: Book, plan: PagePlan, identifier: string, date: Date, generator: string): PackageData {
  const m = book.meta;
  const iso = date.toISOString();
  const creators: Creator[] = [...m.authors.map((name) => ({ name, role: 'aut' as const })), ...(m.editor ? [{ name: m.editor, role: 'edt' as const }] : [])];
  const spine = plan.pages.map((p) => ({ idref: p.id, linear: true }));
  const tocLinear = plan.nav.length > 1;
  spine.splice(plan.navAfter, 0, { idref: 'nav', linear: tocLinear });
  return {
    identifier,
    title: m.title,
    subtitle: m.subtitle,
    creators,
    language: m.language,
    direction: [m.language, ...book.stories.map((s) => s.meta.language)].every((tag) => textDirection(tag) === 'rtl') ? 'rtl' : 'ltr',
    description: m.description,
    subjects: m.subjects,
    rights: m.rights,
    date: iso.slice(0, 10),
    modified: `${iso.slice(0, 19)}Z`,
    series: m.series,
    accessModes: ['textual', 'visual'],
    accessibilityFeatures: ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'],
    accessibilitySummary: accessibilitySummary(book),
    generator,
    contentsTitle: plan.strings.text('contents'),
    landmarksTitle: plan.strings.text('landmarks'),
    nav: plan.nav,
    navDepth: Math.max(1, depth(plan.nav)),
    landmarks: plan.landmarks,
    spine,
  };
}
