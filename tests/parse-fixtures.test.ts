import { describe, expect, it } from 'vitest';
import { inspectAt } from './helpers/inspect.js';

const fixture = (name: string) => inspectAt(`tests/fixtures/${name}/story.txt`);

describe('FanFiction.Net copy', () => {
  const o = fixture('ffnet');
  it('reads title, by-line, stats line and disclaimer', () => {
    expect(o.title).toBe('The Lantern Keeper');
    expect(o.author).toBe('MossAndEmber');
    expect(o.fields['Rated']).toMatch(/^Fiction K\+/);
    expect(o.notesBefore.map((n) => n.label)).toEqual(['Disclaimer']);
  });
  it('attaches A/N notes to the chapter start and end and reads xXx ~*~ oOo as breaks', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Harbour Light'], [2, 'Salt and Smoke']]);
    expect(o.chapters[0]?.notesBefore.map((n) => n.text)).toEqual(['First story here, be gentle!']);
    expect(o.chapters[0]?.notesAfter.map((n) => n.text)).toEqual(['Thanks for reading! Chapter two is on its way.']);
    expect(o.chapters.map((c) => c.sceneBreaks)).toEqual([2, 1]);
  });
});

describe('AO3 text download', () => {
  const o = fixture('ao3');
  it('reads fields whose values sit on the next line, and the summary', () => {
    expect(o.title).toBe('Paper Boats');
    expect(o.author).toBe('willowquill');
    expect(o.fields).toMatchObject({ Rating: 'General Audiences', Fandom: 'Original Work', 'Additional Tags': 'Friendship, Rain' });
    expect(o.description).toBe('Two children race paper boats down a flooded street.');
  });
  it('places Notes, Chapter Notes, Chapter End Notes and End Notes', () => {
    expect(o.notesBefore.map((n) => n.text)).toEqual(['Written for a rainy-day prompt.']);
    expect(o.chapters[0]?.notesBefore.map((n) => n.text)).toEqual(['This one is short.']);
    expect(o.chapters[0]?.notesAfter.map((n) => n.text)).toEqual(['More boats next time.']);
    expect(o.notesAfter.map((n) => n.text)).toEqual(['Thank you for the kudos!']);
    expect(o.chapters[0]?.firstWords).toBe('Mina folded the newspaper twice');
    expect(o.wordCount).toBe(43);
  });
});

describe('FimFiction export', () => {
  it('reads "by Author" and bracketed chapter titles', () => {
    const o = fixture('fimfiction');
    expect([o.title, o.author]).toEqual(['A Cloud for Every Season', 'Featherlight']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[null, 'Spring Showers'], [null, 'Summer Thunder']]);
  });
});

describe('Wattpad paste', () => {
  it('reads one paragraph per line with PROLOGUE and CHAPTER ONE headings', () => {
    const o = fixture('wattpad');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[null, 'PROLOGUE'], [1, null], [2, null]]);
    expect(o.chapters[2]?.firstWords).toBe('Her mother did not believe');
  });
});

describe('Word export', () => {
  it('reads BOM, CRLF, tabs, and parts above chapters', () => {
    const o = fixture('word-export');
    expect(o.title).toBe('The Clockmaker’s Daughter');
    expect(o.chapters.map((c) => [c.part, c.number])).toEqual([['Part One', 1], ['Part One', 2], ['Part Two', 3]]);
    expect(o.chapters[0]?.firstWords).toBe('The shop on Vell Street');
  });
});

describe('traps', () => {
  const o = fixture('traps');
  it('keeps prose that looks like headings or notes as prose, and drops the contents list', () => {
    expect(o.chapters.map((c) => c.title)).toEqual(['The Train', 'The Station', 'Home']);
    expect(o.chapters[0]?.notesBefore).toEqual([]);
    expect(o.chapters[0]?.notesAfter).toEqual([]);
    expect(o.chapters[0]?.wordCount).toBe(37);
    expect(o.chapters[1]?.wordCount).toBe(19);
    expect(o.diagnostics.find((d) => d.ruleId === 'contents-list')?.line).toBe(4);
  });
});
