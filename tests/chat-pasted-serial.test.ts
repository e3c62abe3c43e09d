import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** A serial's episodes pasted into a chat (BlackBerry Messenger's history, mailed to oneself), between the friends' talk. */
const episode = (n: string, first: string): string[] => [
  `[17/03/2012 21:05] Ada *Blessed*: *LAST BUS TO OBALENDE*`,
  `EPISODE ${n}`,
  'Written by: Ify Daniels',
  '',
  prose(first),
  '',
  prose('Bisola'),
];

const history = [
  'From: Adaeze Okafor <adaeze.okafor@yahoo.com>',
  'Subject: BBM Chat History',
  '',
  'Chat History with Kelechi ;)',
  '',
  '[17/03/2012 21:02] Kelechi ;): Ada abeg u don get episode 4 of dat Obalende story??',
  '[17/03/2012 21:03] Ada *Blessed*: Yes o! Tobi BC am dis morning. Make I paste am for u',
  '[17/03/2012 21:03] Kelechi ;): Oya now',
  ...episode('4', 'Chinedu'),
  '[17/03/2012 21:09] Kelechi ;): Chai!!! Dis Ify sabi write o',
  '[17/03/2012 21:10] Ada *Blessed*: Lol I no know o. Episode 5 go drop tomorrow',
  '[18/03/2012 20:47] Kelechi ;): PING!!!',
  '[18/03/2012 20:48] Ada *Blessed*: Haba! I dey come. See am:',
  ...episode('5', 'Tunde'),
  '',
  'NB: Episode 6 go drop Monday by 8pm. Pls BC make e reach everybody! - Ify D.',
  '[18/03/2012 20:55] Kelechi ;): Awwww. Conductor don fall in love finish',
  '',
].join('\n');

describe("a serial's episodes pasted into a chat history", () => {
  const o = read(history);

  it('reads the bold name over each episode as the title, the by-line as the author, and the talk around them as none of the story', () => {
    expect([o.title, o.author]).toEqual(['LAST BUS TO OBALENDE', 'Ify Daniels']);
    expect(o.chapters.map((c) => c.number)).toEqual([4, 5]);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([28, 28]);
  });

  it("reads the writer's `NB:` under the last episode as its note", () => {
    expect(o.chapters[1]!.notesAfter.map((n) => n.label)).toEqual(['NB']);
  });
});

describe('a story pasted into a Skype chat under a title in capitals and the writer’s name', () => {
  const chat = [
    '[10.03.2013 21:58:03] Kadri Tamm: kas sa oled seal?',
    '[10.03.2013 21:58:40] Mari Kask: olen, räägi',
    '[10.03.2013 21:59:12] Kadri Tamm: ma lõpuks kirjutasin selle loo valmis, mida ma sulle suvel rääkisin',
    '[10.03.2013 21:59:31] Mari Kask: saada!',
    '[10.03.2013 22:01:47] Kadri Tamm: LATERNAKANDJA',
    'Kadri Tamm',
    '',
    '1. peatükk. Udu',
    '',
    prose('Liis'),
    '',
    prose('Toomas'),
    '[10.03.2013 22:09:15] Mari Kask: vau',
    '[10.03.2013 22:09:22] Mari Kask: kes see on??',
    '[11.03.2013 20:44:19] Kadri Tamm: 2. peatükk. Võõras',
    '',
    prose('Mees'),
    '',
    'LÕPP',
    '[11.03.2013 20:50:02] Mari Kask: ilus!',
    '',
  ].join('\n');
  const o = read(chat);

  it('reads the title message and the name under it as the work’s, the talk before as none of the story', () => {
    expect([o.title, o.author, o.description]).toEqual(['LATERNAKANDJA', 'Kadri Tamm', null]);
    expect(o.chapters.map((c) => [c.number, c.title, c.wordCount])).toEqual([[1, 'Udu', 28], [2, 'Võõras', 14]]);
  });
});
