import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, RendererRegistry, type Renderer } from '../src/index.js';
import { root } from './helpers/inspect.js';

describe('the library API', () => {
  it('builds with a renderer registered in code, handing it the bound book', async () => {
    const titles: Renderer = {
      name: 'titles',
      extension: 'list',
      description: 'story titles, one per line',
      render: (book) => Promise.resolve(`${book.meta.title}\n${book.stories.map((s) => `- ${s.meta.title} (${s.chapters.length} chapters)`).join('\n')}\n`),
    };
    const registry = new RendererRegistry();
    registry.register(titles);
    expect(registry.names()).toEqual(['epub', 'pdf', 'txt', 'imposed', 'cover', 'calibration', 'titles']);
    // Imposed sheets and the calibration sheet are made when asked for, never by default.
    expect(registry.defaults()).toEqual(['epub', 'pdf', 'txt', 'titles']);
    const dir = mkdtempSync(join(tmpdir(), 'quire-lib-'));
    const inputs = ['seeds/002_05467c72a081d6c6.txt', 'seeds/003_36173a1dff41368f.txt'].map((f) => join(root, f));
    const result = await build({ books: [{ inputs, anthology: 'Two Stories' }], outDir: dir, formats: ['titles'], registry });
    expect(result.failures).toEqual([]);
    expect(result.books.map((b) => [b.title, b.formats, b.words])).toEqual([['Two Stories', ['titles'], 12347]]);
    expect(readFileSync(join(dir, 'two-stories.list'), 'utf8')).toBe('Two Stories\n- Finding Friendship (1 chapters)\n- 003_36173a1dff41368f (4 chapters)\n');
  });

  it('reports a renderer that throws as a failure naming the file, and still writes the other formats', async () => {
    const broken: Renderer = { name: 'broken', extension: 'x', description: '', render: () => Promise.reject(new Error('boom')) };
    const registry = new RendererRegistry();
    registry.register(broken);
    const dir = mkdtempSync(join(tmpdir(), 'quire-lib-broken-'));
    const result = await build({ books: [{ inputs: [join(root, 'seeds/000_7ff2c08bf60faf30.txt')] }], outDir: dir, formats: ['broken', 'txt'], registry });
    expect(result.outputs.map((o) => o.format)).toEqual(['txt']);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ subject: join(dir, 'making-something-from-nothing.x'), format: 'broken', internal: true });
    expect(result.failures[0]!.message).toMatch(/the broken renderer failed unexpectedly:\nError: boom/);
  });
});
