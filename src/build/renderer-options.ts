import { UsageError } from '../errors.js';
import type { RendererRegistry } from '../render/registry.js';
import type { OptionsSchema } from '../render/renderer.js';

/** A renderer's options section, by section name (`pdf`, `epub`, `html`): each key as written in quire.yaml. */
export type Sections = Record<string, Record<string, unknown>>;

/** One source of a section's values, and how to name where a key of it was written (`quire.yaml:7: books.0.pdf.page-size: `, `--width: `). */
export interface SectionLayer {
  values: Readonly<Record<string, unknown>>;
  at(path: readonly PropertyKey[]): string;
}

/** Sections laid over each other, key by key: later ones win (a book's over the top level's, a flag's over both). */
export function mergeSections(...layers: readonly (Sections | undefined)[]): Sections {
  const out: Sections = {};
  for (const layer of layers) for (const [name, values] of Object.entries(layer ?? {})) out[name] = { ...out[name], ...values };
  return out;
}

/** The flat settings of the command line and `BuildOptions` that belong to a built-in renderer. */
export interface BuiltInSettings {
  embedFonts?: boolean | undefined;
  pageSize?: string | null | undefined;
  recto?: boolean | undefined;
  width?: number | null | undefined;
  crlf?: boolean | undefined;
  ascii?: boolean | undefined;
}

/** Flat settings as the sections they belong to (`width: 60` is `txt: { width: 60 }`); settings not given are left out, and so are sections left empty. */
export function builtInSections(s: Readonly<BuiltInSettings>): Sections {
  const given = (values: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
  const sections: Sections = {
    epub: given({ 'embed-fonts': s.embedFonts }),
    pdf: given({ 'page-size': s.pageSize, recto: s.recto }),
    txt: given({ width: s.width, crlf: s.crlf, ascii: s.ascii }),
  };
  return Object.fromEntries(Object.entries(sections).filter(([, v]) => Object.keys(v).length > 0));
}

const keyOf = (p: PropertyKey | { key: PropertyKey }): PropertyKey => (typeof p === 'object' ? p.key : p);

/**
 * A section's values checked by its renderer's schema, in the form the
 * schema returns. Each key's problem names the layer that gave the key;
 * every problem is reported, one per line, as a `UsageError` (exit 2).
 */
export async function checkSection(schema: OptionsSchema, name: string, layers: readonly SectionLayer[]): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  const from = new Map<string, SectionLayer>();
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer.values)) {
      values[key] = value;
      from.set(key, layer);
    }
  }
  const result = await schema['~standard'].validate(values);
  if (result.issues === undefined) return result.value as Record<string, unknown>;
  const messages = result.issues.map((issue) => {
    // zod names an unknown key in `keys`, with the path of the object that has it.
    const keys = (issue as { keys?: unknown }).keys;
    const path = [...(issue.path ?? []).map(keyOf), ...(Array.isArray(keys) && keys.length > 0 ? [String(keys[0])] : [])];
    const layer = from.get(String(path[0])) ?? layers[layers.length - 1];
    const message = Array.isArray(keys) && keys.length > 0 ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${String(k)}"`).join(', ')}; check the spelling (see the README for the options of ${name})` : issue.message;
    return `${layer ? layer.at(path) : `${name}: `}${message}`;
  });
  throw new UsageError([...new Set(messages)].join('\n'));
}

/** The schema that checks a section, from the renderer that reads it; a section no renderer reads is a `UsageError` naming `where`. */
export async function sectionSchema(registry: RendererRegistry, name: string, where: string): Promise<OptionsSchema | null> {
  const found = await registry.sectionSchema(name);
  if (found === undefined) {
    throw new UsageError(`${where}no renderer reads options under "${name}"; check the spelling, or list the renderer's module under renderers: (renderers: ${registry.names().join(', ')})`);
  }
  return found;
}

/** Sections of quire's own renderers, whose options are all optional: one left out needs no schema loaded. */
const BUILT_IN_SECTIONS: ReadonlySet<string> = new Set(['epub', 'pdf', 'txt']);

/** A format's own options from the book's sections, checked by its renderer's schema (a `UsageError` when wrong). */
export async function rendererOptions(registry: RendererRegistry, format: string, sections: Readonly<Sections>): Promise<Record<string, unknown>> {
  const section = registry.section(format);
  const values = sections[section] ?? {};
  if (Object.keys(values).length === 0 && BUILT_IN_SECTIONS.has(section)) return {};
  const schema = await registry.sectionSchema(section);
  return schema ? checkSection(schema, section, [{ values, at: (path) => `${[section, ...path.map(String)].join('.')}: ` }]) : { ...values };
}
