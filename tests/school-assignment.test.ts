import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a school platform's page of a handed-in story: the class's page over the story's own labelled header", () => {
  const text = [
    'edmodo',
    'Home',
    'Progress',
    'Filipino 9 - Sampaguita',
    '',
    'Maikling Kuwento (Pinal na Bersyon)',
    'Due Oct 14, 2016 at 11:59 PM',
    '',
    'Gumawa ng orihinal na maikling kuwento na may hindi bababa sa dalawang kabanata. Ilagay ang Pamagat at May-akda sa itaas.',
    '',
    'Pamagat: Huling Biyahe',
    'May-akda: Jessa M. Villanueva',
    '',
    'Kabanata 1: Ang Ruta',
    '',
    prose('Kiko'),
    '',
    'Kabanata 2: Ang Huling Pasahero',
    '',
    prose('Tonyo'),
    '',
    'WAKAS',
    '',
    'Comments (2)',
    'Gng. R. Dela Cruz',
    'Oct 14, 2016',
    'Ang ganda ng wakas, Jessa! Sa ikalawang kabanata, bantayan ang paglipat ng pananaw ng nagsasalaysay sa kuwento. 47/50',
    '',
  ].join('\n');

  it("reads the title and author from the story's fields and leaves the page above them out", () => {
    const o = read(text);
    expect([o.title, o.author]).toEqual(['Huling Biyahe', 'Jessa M. Villanueva']);
    expect(o.chapters.map((c) => c.title)).toEqual(['Ang Ruta', 'Ang Huling Pasahero']);
  });

  it("closes the story on its end word, the teacher's comment under it the page's", () => {
    const o = read(text);
    expect(o.wordCount).toBe(28);
  });
});
