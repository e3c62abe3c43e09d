import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe('dots set one above another (Indonesian fan fiction’s separator)', () => {
  const dots = ['.', '', '.', '', '.'];

  it('part a chapter’s notes from its story, and are no words of it', () => {
    const o = read(['Chapter 1: Janji', '', 'Disclaimer: Naruto © Masashi Kishimoto.', '', ...dots, '', prose('Sakura'), '', prose('Ino'), ''].join('\n'));
    expect(o.chapters[0]!.firstWords).toBe('Sakura went down to the');
    expect(o.chapters[0]!.notesBefore).toHaveLength(1);
    expect(o.wordCount).toBe(28);
  });

  it('are one scene break between two scenes', () => {
    const o = read(['Chapter 1', '', prose('Sakura'), '', ...dots, '', prose('Ino'), ''].join('\n'));
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
    expect(o.wordCount).toBe(28);
  });

  it('leave a lone dot in speech alone', () => {
    const o = read(['Chapter 1', '', prose('Sakura'), '', '.', '', prose('Ino'), ''].join('\n'));
    expect(o.chapters[0]!.sceneBreaks).toBe(0);
  });
});

describe('a note label alone over a list of replies', () => {
  it('takes every `name: reply` line of its block', () => {
    const o = read(['Chapter 2: Hujan', '', 'Balasan review:', 'Guest: Makasih udah mampir!', 'cherryblossom99: Sabar ya, chapter ini jawabannya!', '', prose('Sakura'), ''].join('\n'));
    expect(o.chapters[0]!.notesBefore).toHaveLength(1);
    expect(o.chapters[0]!.firstWords).toBe('Sakura went down to the');
  });
});

describe("AO3's text download: a note label over lines set in alike", () => {
  it('takes every set-in line of its block, and the story starts after it', () => {
    const o = read(['Zima w Oxenfurcie', 'by orphan_account', '', 'Notes', '', '    Prezent świąteczny dla przyjaciółki z discorda.', '    Tytuł jest trochę kłamstwem, bo akcja nie dzieje się w Oxenfurcie.', '', `    ${prose('Jaskier')}`, '', `    ${prose('Geralt')}`, ''].join('\n'));
    expect(o.chapters[0]!.firstWords).toBe('Jaskier went down to the');
    expect(o.wordCount).toBe(28);
  });
});
