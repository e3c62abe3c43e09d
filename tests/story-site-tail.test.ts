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

describe("a WordPress story page's widgets under the story", () => {
  it('leaves the print button, the star rating, the author box, the related stories and the comment form out', () => {
    const o = read([
      'கதையாசிரியர்: ரா.செல்வகுமார்', '', 'அத்தியாயம் 1', '', prose('Anne'), '', prose('Odile'), '', '(முற்றும்)', '',
      'Print Friendly, PDF & Email1 Star2 Stars3 Stars4 Stars5 Stars (3 votes, average: 4.67 out of 5)', '', 'Loading...', '',
      'மேலும் இவரது கதைகள்', 'மழைக்கால ரயில்', 'கதையாசிரியர்: கோ.வசந்தா', '',
      'Your email address will not be published. Required fields are marked *Comment *Name *Email *Post Comment', '',
    ].join('\n'));
    expect(o.author).toBe('ரா.செல்வகுமார்');
    expect(o.wordCount).toBe(28);
  });
});

describe("a Hebrew blog post's foot", () => {
  it('leaves the post stamp, the comment count, the comments and the comment form out, and takes the blogger’s nickname for the author', () => {
    const o = read([
      'כינוי: שקדייה', 'בת: 16', '', 'פרק 3 – מתחת לגשר', '', prose('Noa'), '', prose('Itai'), '',
      'נכתב על ידי שקדייה , 7/4/2006 21:15   בקטגוריות הגשר הלבן, סיפורים', 'הוסף תגובה | הצג תגובות (7) | קישור | שלח לחבר', '',
      '7 תגובות:', 'פרק 5 מתי??? אני מתה!!!', 'נכתב על ידי ליאורצ\'וק , 7/4/2006 21:40', '', 'הוסף תגובה:', 'שם:', 'תגובה:', 'שלח', '',
    ].join('\n'));
    expect(o.author).toBe('שקדייה');
    expect(o.wordCount).toBe(28);
  });
});
