import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ejs from 'ejs';

/** The templates shipped with quire: `templates/` beside `lib/`. */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export type Template = (data: Record<string, unknown>) => string;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for XML content and double-quoted attributes. Unlike EJS's
 * default it leaves apostrophes alone, so the XHTML stays readable.
 */
export function escapeXml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}

class TemplateNotFound extends Error {}

/**
 * Template files looked up by name (`epub/style.css`) in a user folder first,
 * then in quire's own; EJS templates are compiled once and cached.
 */
export class Templates {
  readonly #dirs: string[];
  readonly #texts = new Map<string, string>();
  readonly #compiled = new Map<string, Template>();

  constructor(userDir: string | null = null) {
    this.#dirs = userDir === null ? [BUILT_IN_TEMPLATES] : [userDir, BUILT_IN_TEMPLATES];
  }

  /** The text of a template file. */
  text(name: string): string {
    let text = this.#texts.get(name);
    if (text === undefined) {
      text = this.#read(name);
      this.#texts.set(name, text);
    }
    return text;
  }

  /** The text of a template file, or null when neither folder has it (a strings table for a language quire has none for). */
  textIfAny(name: string): string | null {
    try {
      return this.text(name);
    } catch (error) {
      if (error instanceof TemplateNotFound) return null;
      throw error;
    }
  }

  /** An EJS template as a function of its data. */
  compile(name: string): Template {
    let template = this.#compiled.get(name);
    if (template === undefined) {
      template = ejs.compile(this.text(name), { filename: name, escape: escapeXml }) as Template;
      this.#compiled.set(name, template);
    }
    return template;
  }

  #read(name: string): string {
    for (const dir of this.#dirs) {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new TemplateNotFound(`template "${name}" not found in ${this.#dirs.join(' or ')}`);
  }
}
