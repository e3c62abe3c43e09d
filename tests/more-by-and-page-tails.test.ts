import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

// A literary site's story page copied whole from the browser: its menu run on into the work's title and the
// writer's name, the page's buttons, a link to the writer's other works naming them, and the page's furniture
// (the book the story comes from, pop-ups, tags, a banner, the footer) under the story.
describe("a literary site's story page, the writer named by the link to their other works", () => {
  const page = [
    'Rekhta', 'Search', 'POETS', 'SHER', 'GHAZALS', 'PROSE', 'LOGIN', 'Home', 'Prose', 'Stories',
    'کاغذ کی کشتی',
    'نسرین فاطمہ',
    'Favorite', 'Share',
    'More by نسرین فاطمہ',
    'Read in', 'اردو', 'English',
    '',
    'کہانی کی کہانی',
    'یہ کہانی ایک بچی اور اس کے نانا کی ہے جو ہر برسات میں اخبار کی کشتیاں بناتے ہیں۔',
    '',
    prose('Munni'),
    '',
    prose('Nana'),
    '',
    'Source : کاغذ کی کشتی اور دوسرے افسانے (Pg. 23)',
    'Author : نسرین فاطمہ',
    'Edition : 2019',
    '',
    'Additional information available',
    'Click on the INTERESTING button to view additional information associated with this sher.',
    '',
    'OKAY',
    'Related Tags',
    'Barish',
    'Jashn-e-Rekhta Utsav I Vadodara - 5th Jan 25 I Mumbai - 11th Jan 25 I Bhavnagar - 19th Jan 25 I Pune - 2nd Feb 25',
    'About Us',
    'Privacy Policy',
    '',
  ].join('\n');

  it('takes the name the link repeats as the author, the line over it as the title, and the labelled summary', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['کاغذ کی کشتی', 'نسرین فاطمہ']);
    expect(o.description).toBe('یہ کہانی ایک بچی اور اس کے نانا کی ہے جو ہر برسات میں اخبار کی کشتیاں بناتے ہیں۔');
  });

  it("keeps only the story: the menu, the buttons, the book's citation, the pop-ups, tags and banner are the page's", () => {
    expect(read(page).wordCount).toBe(28);
  });
});
