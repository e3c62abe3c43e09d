import { describe, expect, it } from 'vitest';
import { toAscii } from '../src/transform/ascii.js';
import { punctuation } from '../src/transform/punctuation.js';
import { smartQuotes, type Ambiguity } from '../src/transform/smart-quotes.js';

const typeset = (text: string, found: Ambiguity[] = []): string => punctuation(smartQuotes(text, (a) => found.push(a)));

/** Cases taken from the seeds and the corpus (source noted), each with what a typesetter would print. */
const CASES: [string, string, string][] = [
  // double quotes
  ['seed 000', '"What to do, what to do..." He said to himself.', '“What to do, what to do…” He said to himself.'],
  ['seed 000', '"I won\'t let this take me over, but what can I do?"', '“I won’t let this take me over, but what can I do?”'],
  ['seed 002', '"My name\'s Spike, it\'s... nice to meet you?"', '“My name’s Spike, it’s… nice to meet you?”'],
  ['seed 002', 'albeit a bit shakily. "Did you... talk to them?"', 'albeit a bit shakily. “Did you… talk to them?”'],
  ['seed 003', 'Twi signals to the other ponies to join her, "HAPPY BIRTHDAY, SPIKE!!!"', 'Twi signals to the other ponies to join her, “HAPPY BIRTHDAY, SPIKE!!!”'],
  ['seed 003', '"Dear...Spike..." his eyes drift shut.', '“Dear…Spike…” his eyes drift shut.'],
  ['seed 003', '"Wga?" the purple dragon rubs her eyes', '“Wga?” the purple dragon rubs her eyes'],
  ['seed 002', 'as a "normal" pony for a change.', 'as a “normal” pony for a change.'],
  ['seed 003', '(Now considered "Alternate Universe")', '(Now considered “Alternate Universe”)'],
  ['alice', '"Couldn\'t I take \'em all at once?"', '“Couldn’t I take ’em all at once?”'],
  ['moby-dick', '"Call me Ishmael."', '“Call me Ishmael.”'],
  ['pride', '"My dear Mr. Bennet," said his lady to him one day,', '“My dear Mr.\u00A0Bennet,” said his lady to him one day,'],
  ['pride', '"But it is," returned she; "for Mrs. Long has just been here."', '“But it is,” returned she; “for Mrs.\u00A0Long has just been here.”'],
  ['carol', '"A merry Christmas, uncle! God save you!" cried a cheerful voice.', '“A merry Christmas, uncle! God save you!” cried a cheerful voice.'],
  ['constructed', 'He shouted, "Run!"—and ran.', 'He shouted, “Run!”—and ran.'],
  ['constructed', '"Quoted—"', '“Quoted—”'],
  ['constructed', 'the word "*okay*" again', 'the word “*okay*” again'],
  // apostrophes and contractions
  ['seed 002', "Don't worry about it. It's fine...", 'Don’t worry about it. It’s fine…'],
  ['seed 002', "\"Uhh... Hmm... S'up, dog? How's it chilling?\"", '“Uhh… Hmm… S’up, dog? How’s it chilling?”'],
  ['seed 002', "Oh boy... this can't be good...", 'Oh boy… this can’t be good…'],
  ['seed 000', "He couldn't come up with a simple answer", 'He couldn’t come up with a simple answer'],
  ['seed 003', "the ponies' party", 'the ponies’ party'],
  ['seed 003', "Twilight's family", 'Twilight’s family'],
  ['carol', '"He sha\'n\'t be here."', '“He sha’n’t be here.”'],
  ['carol', "Scrooge's name was good upon 'Change", 'Scrooge’s name was good upon ’Change'],
  ['moby-dick', "o'er the sea", 'o’er the sea'],
  ['constructed', "the '90s were loud", 'the ’90s were loud'],
  ['constructed', "in '99 it rained", 'in ’99 it rained'],
  ['constructed', "rock 'n' roll", 'rock ’n’ roll'],
  ['alice', "and pinned 'em up", 'and pinned ’em up'],
  ['constructed', "'Tis the season", '’Tis the season'],
  ['constructed', "'Twas brillig", '’Twas brillig'],
  ['constructed', "'cause I said so", '’cause I said so'],
  ['constructed', "wait 'til morning", 'wait ’til morning'],
  ['constructed', "walked 'round the block", 'walked ’round the block'],
  ['constructed', "the Joneses' house", 'the Joneses’ house'],
  ['constructed', "it's 5 o'clock", 'it’s 5 o’clock'],
  // single quotes as quotation or thought marks
  ['task', "'Gotcha' thought Dash.", '‘Gotcha’ thought Dash.'],
  ['seed 000', "'If only I...' he thought before remembering.", '‘If only I…’ he thought before remembering.'],
  ['seed 000', "stopping at 'redeem', 'Could I?'", 'stopping at ‘redeem’, ‘Could I?’'],
  ['constructed', "She said, 'Don't go.'", 'She said, ‘Don’t go.’'],
  ['constructed', "\"He said 'no' to me.\"", '“He said ‘no’ to me.”'],
  ['constructed', "\"She told me, 'Leave it.'\"", '“She told me, ‘Leave it.’”'],
  ['constructed', "('quoted')", '(‘quoted’)'],
  // ellipses
  ['seed 000', 'He was in recent times having... Thoughts.', 'He was in recent times having… Thoughts.'],
  ['seed 000', 'this was where our story begins...', 'this was where our story begins…'],
  ['gutenberg', 'and so . . . it ended', 'and so … it ended'],
  ['constructed', 'Wait.... What?', 'Wait…. What?'],
  ['seed 002', 'yo... fo shizzle?... Yeah', 'yo… fo shizzle?… Yeah'],
  // dashes
  ['carol', 'three--had them up in their places', 'three—had them up in their places'],
  ['alice', 'pinned them--seven, eight, nine', 'pinned them—seven, eight, nine'],
  ['constructed', 'It was --- strange.', 'It was — strange.'],
  ['constructed', 'I - I don\'t know.', 'I – I don’t know.'],
  ['constructed', 'a weird-looking dragon', 'a weird-looking dragon'],
  ['seed 002', '"S-sorry... just don\'t make a scene."', '“S-sorry… just don’t make a scene.”'],
  ['constructed', 'pages 10-12', 'pages 10-12'],
  ['constructed', '- a list item stays', '- a list item stays'],
  // no-break spaces after titles
  ['pride', 'Mr. Darcy bowed.', 'Mr.\u00A0Darcy bowed.'],
  ['constructed', 'Dr. Watson and Mrs. Hudson', 'Dr.\u00A0Watson and Mrs.\u00A0Hudson'],
  ['constructed', 'St. Paul\'s', 'St.\u00A0Paul’s'],
  ['constructed', 'the end. Mr', 'the end. Mr'],
  // nothing to change
  ['constructed', 'Plain text with nothing to do.', 'Plain text with nothing to do.'],
  ['constructed', 'Already “curly” and ’tis fine…', 'Already “curly” and ’tis fine…'],
];

describe('typography', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s: %s', (_source, input, expected) => {
    expect(typeset(input)).toBe(expected);
  });

  it('reports what it cannot settle instead of hiding it', () => {
    const found: Ambiguity[] = [];
    expect(typeset("He said'bout time", found)).toBe('He said’bout time');
    expect(typeset("a 'lone quote that never closes", found)).toBe('a ’lone quote that never closes');
    expect(typeset('mid"word', found)).toBe('mid”word');
    expect(found.map((f) => f.reason)).toEqual([
      'a single quote opens "\'lone" but nothing closes it; set as an apostrophe (an elided letter)',
      'a straight double quote between two letters; set as a closing quote',
    ]);
  });

  it('folds back to ASCII for --ascii', () => {
    expect(toAscii(typeset('"It\'s--well... Mr. X," she said.'))).toBe('"It\'s--well... Mr. X," she said.');
  });
});
