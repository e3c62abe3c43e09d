import type { Renderer } from './renderer.js';

interface Entry {
  name: string;
  description: string;
  /** Made only when asked for by name (or by an option such as `--impose`), never by default. */
  onRequest?: boolean;
  load(): Promise<Renderer>;
}

/** Built-in renderers, loaded on first use so a build imports only the formats it makes. */
const BUILT_IN: readonly Entry[] = [
  { name: 'epub', description: 'EPUB 3 for e-readers', load: async () => (await import('./epub/epub-renderer.js')).epubRenderer },
  { name: 'pdf', description: 'PDF for print and screen', load: async () => (await import('./pdf/pdf-renderer.js')).pdfRenderer },
  { name: 'txt', description: 'plain text', load: async () => (await import('./txt/txt-renderer.js')).txtRenderer },
  { name: 'imposed', description: 'the PDF\'s pages on sheets to fold and sew (<slug>-imposed.pdf; --impose)', onRequest: true, load: async () => (await import('./pdf/imposed-renderer.js')).imposedRenderer },
  { name: 'cover', description: 'a wrap cover for print on demand (<slug>-cover.pdf)', onRequest: true, load: async () => (await import('./pdf/cover-renderer.js')).coverRenderer },
  { name: 'calibration', description: 'a two-sided test sheet for the printer (<slug>-calibration.pdf; --calibration)', onRequest: true, load: async () => (await import('./pdf/calibration-renderer.js')).calibrationRenderer },
];

/** Maps format names to renderers: the built-in ones plus any a caller registers. */
export class RendererRegistry {
  readonly #entries = new Map<string, Entry>(BUILT_IN.map((e) => [e.name, e]));

  /** Adds a renderer (a third-party one, say), replacing any of the same name. */
  register(renderer: Renderer): void {
    this.#entries.set(renderer.name, { name: renderer.name, description: renderer.description, load: () => Promise.resolve(renderer) });
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

  /** The renderer for a format; throws a `TypeError` naming the known formats for any other name. */
  async get(name: string): Promise<Renderer> {
    const entry = this.#entries.get(name);
    if (entry === undefined) throw new TypeError(`unknown format "${name}"; this quire can make: ${this.names().join(', ')}`);
    return entry.load();
  }
}
