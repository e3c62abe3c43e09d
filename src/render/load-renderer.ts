import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RendererLoadError } from '../errors.js';
import { RendererRegistry } from './registry.js';
import type { Renderer } from './renderer.js';

export { RendererLoadError };

function isRenderer(value: unknown): value is Renderer {
  const r = value as Partial<Renderer> | null;
  return typeof r === 'object' && r !== null && typeof r.name === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(r.name) && typeof r.extension === 'string' && /^[a-z0-9]+$/i.test(r.extension) && typeof r.render === 'function' && (r.suffix === undefined || (typeof r.suffix === 'string' && /^-[a-z0-9-]+$/.test(r.suffix)));
}

/**
 * Loads a third-party renderer by path (`./my-renderer.js`, relative to
 * `base`) or package name (resolved from `base`, as the project would), and
 * checks its shape: the module's default export, or its `renderer` export.
 */
export async function loadRenderer(spec: string, base: string): Promise<Renderer> {
  let url: string;
  try {
    const local = spec.startsWith('.') || isAbsolute(spec);
    url = local ? pathToFileURL(resolve(base, spec)).href : pathToFileURL(createRequire(join(base, 'package.json')).resolve(spec)).href;
  } catch {
    throw new RendererLoadError(`renderer "${spec}" not found; give a path (./my-renderer.js) or an installed package name`);
  }
  let module: { default?: unknown; renderer?: unknown };
  try {
    module = (await import(url)) as typeof module;
  } catch (error) {
    throw new RendererLoadError(`renderer "${spec}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  const candidate = isRenderer(module.default) ? module.default : module.renderer;
  if (!isRenderer(candidate)) {
    throw new RendererLoadError(`"${spec}" is not a quire renderer: export (default, or as \`renderer\`) an object with a lower-case \`name\`, an \`extension\` and \`render(book, context)\``);
  }
  return { ...candidate, description: typeof candidate.description === 'string' ? candidate.description : '' };
}

/** A third-party renderer module and the folder its path is relative to. */
export interface RendererModule {
  spec: string;
  base: string;
}

/** The built-in renderers plus third-party ones, each checked as it loads. */
export async function registryWith(modules: readonly RendererModule[]): Promise<RendererRegistry> {
  const registry = new RendererRegistry();
  for (const module of modules) registry.register(await loadRenderer(module.spec, module.base), module);
  return registry;
}
