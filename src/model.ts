/**
 * The manuscript tree: plain data in the unist style. Every node that comes
 * from the source carries a 1-based `position`, so diagnostics and `inspect`
 * can point back at the line a person wrote.
 */

export interface Point {
  line: number;
  column: number;
}

export interface Position {
  start: Point;
  end: Point;
}

export interface Text {
  type: 'text';
  value: string;
}

export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}

export interface Strong {
  type: 'strong';
  children: Inline[];
}

/** A line break the author kept on purpose (verse, letters, addresses). */
export interface Break {
  type: 'break';
}

export type Inline = Text | Emphasis | Strong | Break;

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  position: Position;
}

/**
 * `hard`: an explicit marker (`* * *`, `xXx`, a numbered section such as `II.`).
 * `soft`: a wider blank-line gap between paragraphs.
 */
export interface SceneBreak {
  type: 'sceneBreak';
  kind: 'hard' | 'soft';
  /** The marker as written, for hard breaks. */
  marker: string | null;
  /** A section number or name the break carries (`II.`), shown in place of an ornament. */
  label: string | null;
  position: Position;
}

/** A point-of-view marker (`~~~Spike~~~`, `Spike's POV`) opening a section. */
export interface PovHeading {
  type: 'pov';
  name: string;
  /** The line as the source sets it, when it says more than the name (`POV Élise`): a page written out as text keeps it. */
  marker?: string;
  position: Position;
}

/** A decorated one-liner to be centred (`~~To be continued?~~`, `THE END`). */
export interface Ornament {
  type: 'ornament';
  text: string;
  position: Position;
}

/** An `[Illustration: caption]` marker from a transcribed print edition. */
export interface Illustration {
  type: 'illustration';
  caption: Inline[];
  position: Position;
}

export type NotePlace = 'storyStart' | 'storyEnd' | 'chapterStart' | 'chapterEnd' | 'inline';

export interface Note {
  type: 'note';
  /** The label as written, without its colon (`Author's note`, `A/N`, `Disclaimer`). */
  label: string;
  place: NotePlace;
  children: Paragraph[];
  position: Position;
}

export type Block = Paragraph | SceneBreak | PovHeading | Ornament | Illustration | Note;

export interface Chapter {
  type: 'chapter';
  number: number | null;
  /** The heading's own word (`Chapter`, `Stave`, `Letter`), or null for a named chapter such as `Prologue`. */
  label: string | null;
  title: string | null;
  /** The heading line(s) as written. */
  heading: string | null;
  part: string | null;
  notesBefore: Note[];
  notesAfter: Note[];
  children: Block[];
  position: Position;
}

/** Material before the first chapter that belongs to the book but is not a chapter (preface, etymology). */
export interface FrontSection {
  type: 'frontSection';
  title: string | null;
  children: Block[];
  position: Position;
}

export interface StoryMeta {
  title: string | null;
  subtitle: string | null;
  author: string | null;
  description: string | null;
  /** Labelled header fields, keys as written (`Rating`, `Fandom`). */
  fields: Record<string, string>;
  /** BCP 47 tag. */
  language: string;
  /** Status notes kept out of the body (`(Now considered "Alternate Universe")`, `[COMPLETE]`). */
  status: string[];
  /** Licence or copyright statement found in the file. */
  rights: string | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  ruleId: string;
  reason: string;
  file: string;
  line: number;
  column: number;
  /** Last line of a range the diagnostic speaks for (text kept out of the body). */
  endLine?: number;
}

export interface Manuscript {
  type: 'manuscript';
  file: string;
  encoding: string;
  meta: StoryMeta;
  notesBefore: Note[];
  notesAfter: Note[];
  front: FrontSection[];
  chapters: Chapter[];
  diagnostics: Diagnostic[];
}
