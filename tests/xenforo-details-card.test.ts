import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A XenForo card copied a cell to a line: name, title, each detail's label over its value, the date, the post's number. */
const card = (name: string, joined: string, posts: string, date: string, n: number): string[] => [name, 'Mitglied', 'Beitritt', joined, 'Beiträge', posts, date, `#${n}`];

const thread = [
  'Wortkrieger',
  'Foren',
  'Neue Beiträge',
  'Mitglieder',
  'Aktuelles',
  'Anmelden',
  'Registrieren',
  'Suche',
  'Foren',
  'Prosa',
  'Alltag',
  'Die Fähre um sieben',
  'Ersteller Lotte_K',
  'Erstellt am 12. Nov. 2023',
  ...card('Lotte_K', '03.05.2021', '58', '12. Nov. 2023', 1),
  prose('Marlene'),
  '',
  prose('Jonas'),
  '',
  prose('Ilse'),
  'Melden',
  'Antworten',
  ...card('Rudolf', '17.09.2016', '1.204', '13. Nov. 2023', 2),
  'Hallo Lotte_K, ich habe deine Geschichte gern gelesen, die Liste des Vaters mag ich sehr.',
  'Melden',
  'Antworten',
  ...card('Nichtgeburtstag', '22.01.2020', '312', '14. Nov. 2023', 3),
  'Hi Lotte, der Zwieback hat mich erwischt. Gern gelesen.',
  'Melden',
  'Antworten',
  '',
].join('\n');

describe('a German XenForo thread copied with no blank lines, each card a cell to a line', () => {
  const o = read(thread);

  it("reads the starter's post as the story and the replies as none of it, the members' counts no page numbers", () => {
    expect([o.title, o.author]).toEqual(['Die Fähre um sieben', 'Lotte_K']);
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(3 * 14);
  });

  it("reads the thread's bare labels as fields", () => {
    expect(o.fields).toMatchObject({ Ersteller: 'Lotte_K', 'Erstellt am': '12. Nov. 2023' });
  });
});
