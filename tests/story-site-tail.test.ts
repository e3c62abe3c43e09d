import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a story site's page around one story", () => {
  const page = [
    'StoryMirror', 'Read', 'Write', 'Sign in', '', 'Drama', 'The Letters Across the Bridge', '', 'Kavita Raghuvanshi', 'Follow', '5 mins', '1.4K', '', prose('Anne'), '', prose('Odile'), '', 'समाप्त', '',
    '#village #postman #letters', '', 'Rate this content', 'Log in', '',
    'More english story from Kavita Raghuvanshi', 'The Wardrobe', 'Kavita Raghuvanshi', '3 mins', '612', 'The Last Bus', 'Kavita Raghuvanshi', '4 mins', '1.1K', '',
    'Similar english story from Drama', 'The Stationmaster', 'Arvind Mehra', '6 mins', '',
    'Download StoryMirror App', 'About Us', 'Contact Us', 'Privacy Policy', 'Terms & Conditions', '',
  ].join('\n');
  const o = read(page);

  it('starts the story under the reading time, which is the card’s', () => {
    expect(o.chapters[0]!.firstWords).toBe('Anne went down to the');
  });

  it('keeps the end word, the tags, the rating box, the other works and the footer out of the story', () => {
    expect(o.wordCount).toBe(28);
  });
});
