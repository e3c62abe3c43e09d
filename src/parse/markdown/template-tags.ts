import type { Block, Position } from '../../model.js';

/**
 * Static-site generators' template tags, which a blog post written in Markdown carries between its paragraphs:
 * Hugo's shortcodes (`{{< figure src=… caption="…" >}}`, `{{% aside %}}`) and Jekyll's Liquid tags
 * (`{% include image.html alt="…" %}`). They are markup the site expands, never words of the story.
 */
const TAG = /\{\{<\s*\/?\s*([\w-]+)([^]*?)>\}\}|\{\{%\s*\/?\s*([\w-]+)([^]*?)%\}\}|\{%-?\s*([\w-]+)([^]*?)-?%\}/gu;
const ONLY_TAGS = /^(?:\s*(?:\{\{<[^]*?>\}\}|\{\{%[^]*?%\}\}|\{%[^]*?%\}))+\s*$/u;

/** Shortcode names sites give a scene break or an ornament, in the languages quire reads. */
const BREAK_NAMES = /^(?:hr|break|scene-?break|section-?break|separator|s[ée]parateur|separador|separatore|trenner|divider|dinkus|asterism|ornament|fleuron|ozdobnik|razdelitel)$/iu;
const PICTURE_NAMES = /^(?:figure|image|img|picture|photo|include)$/iu;
const CAPTION = /\b(?:caption|title|alt)\s*=\s*"([^"]*)"/u;

/** A paragraph made only of template tags as the block it stands for: a scene break, a picture, or nothing. */
export function templateTagBlock(text: string, position: Position): Block | 'markup' | null {
  if (!ONLY_TAGS.test(text)) return null;
  const tags = [...text.matchAll(TAG)].map((m) => ({ name: m[1] ?? m[3] ?? m[5] ?? '', args: m[2] ?? m[4] ?? m[6] ?? '' }));
  if (tags.length === 1 && BREAK_NAMES.test(tags[0]!.name)) return { type: 'sceneBreak', kind: 'hard', marker: text.trim(), label: null, position };
  const picture = tags.find((t) => PICTURE_NAMES.test(t.name) && CAPTION.test(t.args));
  if (picture) return { type: 'illustration', caption: [{ type: 'text', value: CAPTION.exec(picture.args)![1]! }], position };
  return 'markup';
}
