import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (md: string) => outline(parse(Buffer.from(md), 'export.md'));

describe("an outliner's page exported as Markdown (Roam Research, Logseq)", () => {
  const page = [
    '- Project:: [[Novellas]]',
    '- Working title:: The Glass Fen',
    '- Author:: [[Odile Marsh]]',
    '- Status:: {{[[TODO]]}} read aloud to [[Group]]',
    '- ## 1 — Reeds',
    '    - The reeds grew taller than the church that winter, and nobody in the village cut them.',
    '    - ---',
    '    - By spring the path to the [[Glass Fen]] was a tunnel of green.',
    '- ## 2 — The Ferry',
    '    - The ferryman would not take coins, only stories.',
    '',
  ].join('\n');

  it('reads the attribute blocks at the top as header fields as written, their words filling title and author', () => {
    const o = read(page);
    expect(o.fields).toMatchObject({ Project: '[[Novellas]]', 'Working title': 'The Glass Fen', Author: '[[Odile Marsh]]', Status: '{{[[TODO]]}} read aloud to [[Group]]' });
    expect([o.title, o.author]).toEqual(['The Glass Fen', 'Odile Marsh']);
    expect(o.front).toEqual([]);
    expect(o.diagnostics.find((d) => d.ruleId === 'md-outliner-attributes')?.line).toBe(1);
  });

  it('reads the heading blocks as chapters and the `- ---` block as a scene break', () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'Reeds', 1], [2, 'The Ferry', 0]]);
  });

  it('leaves a bulleted list in ordinary Markdown alone', () => {
    const o = read('# Notes\n\nSome prose here.\n\n- Mood:: grey\n- Place:: fen\n');
    expect(o.diagnostics.map((d) => d.ruleId)).not.toContain('md-outliner-attributes');
  });
});
