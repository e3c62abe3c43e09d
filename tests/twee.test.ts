import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** Twee, Twine's story source (src/parse/markup/twee.ts), saved under any name. */
const read = (text: string) => outline(parse(new TextEncoder().encode(text), 'story.txt'));

describe('Twee sources', () => {
  it('reads a SugarCube story: header passages, machinery left out, passages as chapters from the start, macros off', () => {
    const o = read(`:: StoryTitle
The Lamp Room


:: StoryData
{
  "ifid": "4B1C7E2A-93D5-4F0E-A6B8-2C1D9E7F5A30",
  "format": "SugarCube",
  "format-version": "2.36.1",
  "start": "Door"
}


:: StoryAuthor
Mara Quill


:: StoryInit
/* Written for a jam. */
<<set $lit to false>>


:: Stairs {"position":"350,100","size":"100,100"}
A hundred steps. You count them //twice// (see: the note).

<<if $lit>>The lamp is lit.<</if>> /% check the lamp logic %/
[[Open the hatch->Hatch]] or [[go back down|Door]].


:: ui-widgets [widget]
<<widget "flicker">>The light flickers.<</widget>>


:: Door [start] {"position":"200,100"}
/* Author's note: this door is real. */
The fog came in at dusk.
The key was ''cold''.

[[Continue->Stairs]]


:: Hatch [end]
You open it.
`);
    expect([o.title, o.author]).toEqual(['The Lamp Room', 'Mara Quill']);
    expect(o.chapters.map((c) => [c.title, c.firstWords, c.wordCount, c.notesBefore.length])).toEqual([
      ['Door', 'The fog came in at', 10, 1],
      ['Stairs', 'A hundred steps. You count', 21, 0],
      ['Hatch', 'You open it.', 3, 0],
    ]);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['twee-machinery', 'twee-continue', 'twee-comment']));
  });

  it('reads Harlowe: macros off, hooks kept', () => {
    const o = read(`:: StoryTitle
Hooks

:: StoryData
{ "ifid": "0A1B", "format": "Harlowe", "start": "Bell" }

:: Bell
(set: $seen to true)(if: $seen)[The bell rang once.] |echo>[It rang again.]
[[Quiet]]

:: Quiet
Silence.`);
    expect(o.chapters.map((c) => [c.title, c.wordCount])).toEqual([
      ['Bell', 7],
      ['Quiet', 1],
    ]);
  });
});
