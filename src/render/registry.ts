import { UsageError } from '../errors.js';
import type { RendererModule } from './load-renderer.js';
import type { OptionsSchema, Renderer } from './renderer.js';

interface Entry {
  name: string;
  description: string;
  /** Made only when asked for by name (or by an option such as `--impose`), never by default. */
  onRequest?: boolean;
  /** The quire.yaml section it reads: its name unless it shares another's. */
  section: string;
  /** The schema of that section, loaded only when a section is given (built-in options are all optional). */
  schema?: () => Promise<OptionsSchema>;
  load(): Promise<Renderer>;
}

const PDF_SCHEMA = async (): Promise<OptionsSchema> => (await import('./pdf/pdf-options.js')).pdfOptions;

/** Built-in renderers, loaded on first use so a build imports only the formats it makes. */
const BUILT_IN: readonly Entry[] = [
  { name: 'epub', description: 'EPUB 3 for e-readers', section: 'epub', schema: async () => (await import('./epub/epub-options.js')).epubOptions, load: async () => (await import('./epub/epub-renderer.js')).epubRenderer },
  { name: 'pdf', description: 'PDF for print and screen', section: 'pdf', schema: PDF_SCHEMA, load: async () => (await import('./pdf/pdf-renderer.js')).pdfRenderer },
  { name: 'txt', description: 'plain text', section: 'txt', schema: async () => (await import('./txt/txt-options.js')).txtOptions, load: async () => (await import('./txt/txt-renderer.js')).txtRenderer },
  { name: 'imposed', section: 'pdf', schema: PDF_SCHEMA, description: 'the PDF\'s pages on sheets to fold and sew (<slug>-imposed.pdf; --impose)', onRequest: true, load: async () => (await import('./pdf/imposed-renderer.js')).imposedRenderer },
  { name: 'cover', section: 'pdf', schema: PDF_SCHEMA, description: 'a wrap cover for print on demand (<slug>-cover.pdf)', onRequest: true, load: async () => (await import('./pdf/cover-renderer.js')).coverRenderer },
  { name: 'calibration', section: 'pdf', schema: PDF_SCHEMA, description: 'a two-sided test sheet for the printer (<slug>-calibration.pdf; --calibration)', onRequest: true, load: async () => (await import('./pdf/calibration-renderer.js')).calibrationRenderer },
];

/** Maps format names to renderers: the built-in ones plus any a caller registers. */
export class RendererRegistry {
  readonly #entries = new Map<string, Entry>(BUILT_IN.map((e) => [e.name, e]));
  /** Where each third-party renderer was loaded from; null once one is registered in code. */
  #modules: RendererModule[] | null = [];

  /**
   * Adds a renderer (a third-party one, say), replacing any of the same name.
   * Give the module it was loaded from, when it was, so worker threads can
   * load it too; a build with a renderer registered in code runs on one thread.
   */
  register(renderer: Renderer, from?: RendererModule): void {
    const { options } = renderer;
    this.#entries.set(renderer.name, {
      name: renderer.name,
      description: renderer.description,
      section: renderer.section ?? renderer.name,
      ...(options ? { schema: () => Promise.resolve(options as OptionsSchema) } : {}),
      load: () => Promise.resolve(renderer as Renderer),
    });
    this.#modules = from === undefined || this.#modules === null ? null : [...this.#modules, from];
  }

  /** The modules of every third-party renderer, for worker threads to load; null when one was registered in code. */
  modules(): readonly RendererModule[] | null {
    return this.#modules;
  }

  names(): string[] {
    return [...this.#entries.keys()];
  }

  /** The formats made when none are named: all but those made only on request. */
  defaults(): string[] {
    return [...this.#entries.values()].filter((e) => e.onRequest !== true).map((e) => e.name);
  }

  list(): { name: string; description: string }[] {
    return [...this.#entries.values()].map(({ name, description }) => ({ name, description }));
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** Throws a `UsageError` naming the formats this registry has when any of `formats` is not one of them. */
  check(formats: readonly string[], where = ''): void {
    const unknown = formats.filter((f) => !this.has(f));
    if (unknown.length > 0) {
      throw new UsageError(`${where}format ${unknown.map((f) => `"${f}"`).join(', ')} is not available in this version of quire; it can make: ${this.names().join(', ')}`);
    }
  }

  /** The section a format's renderer reads in quire.yaml (`imposed` reads `pdf`). */
  section(name: string): string {
    this.check([name]);
    return this.#entries.get(name)!.section;
  }

  /** The schema of a quire.yaml section: undefined when no renderer reads it, null when its renderers take it unchecked. */
  async sectionSchema(section: string): Promise<OptionsSchema | null | undefined> {
    const readers = [...this.#entries.values()].filter((e) => e.section === section);
    if (readers.length === 0) return undefined;
    const withSchema = readers.find((e) => e.schema !== undefined);
    return withSchema ? withSchema.schema!() : null;
  }

  /** The renderer for a format; a `UsageError` naming the known formats for any other name. */
  async get(name: string): Promise<Renderer> {
    this.check([name]);
    return this.#entries.get(name)!.load();
  }
}
