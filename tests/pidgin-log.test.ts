import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** Pidgin's conversation logs (src/parse/pidgin-log.ts, the 'pidgin' chat format): a story pasted in pieces among talk. */
const sent = (time: string, text: string): string => `<font color="#16569E"><font size="2">(${time})</font> <b>Rob:</b></font> ${text}<br/>`;
const got = (time: string, text: string): string => `<font color="#A82F2F"><font size="2">(${time})</font> <b>Ada:</b></font> ${text}<br/>`;

const html = [
  '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>Conversation with ada@jabber.org at Sun 15 Nov 2009 20:35:12 CET on rob@jabber.org/Home (jabber)</title></head><body><h3>Conversation with ada@jabber.org at Sun 15 Nov 2009 20:35:12 CET on rob@jabber.org/Home (jabber)</h3>',
  sent('20:35:12', 'hey Ada!'),
  got('20:35:40', 'hi :) i finished the mill story, want to read it?'),
  sent('20:35:58', 'yes please, send it'),
  got('20:36:40', 'it is long, i will send it in parts because of the limit'),
  got('20:37:58', `The Voice of the Mill<br/>a short story<br/>by Ada Lindqvist<br/><br/>${prose('Lena')}<br/><br/>${prose('Grandmother')}<br/><br/>${prose('Mother')}`),
  sent('20:41:07', 'oh, that is good! and then?'),
  got('20:41:30', 'one moment, &quot;part two&quot; is not proofread yet'),
  '<font size="2">(20:47:33)</font><b> Ada is now away.</b><br/>',
  got('20:51:14', `${prose('Father')}<br/><br/>* * *<br/><br/>${prose('Jonas')}<br/><br/>${prose('Karin')}`),
  sent('20:53:40', 'lovely. thanks!'),
  got('20:54:00', 'thanks for reading!'),
  '</body></html>',
].join('\n');

describe('a Pidgin HTML conversation log', () => {
  const o = read(html, '2009-11-15.203512+0100CET.html');

  it('reads the pasted pieces as the story, its title page from the first, and the talk round them as none of it', () => {
    expect([o.title, o.author]).toEqual(['The Voice of the Mill', 'Ada Lindqvist']);
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.firstWords).toBe('Lena went down to the');
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
    expect(o.wordCount).toBe(6 * 14);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['pidgin-log', 'chat-pasted-pieces']));
  });
});

describe("Pidgin's text log", () => {
  it('reads the writer’s messages as the story and the buddy’s as none of it', () => {
    const o = read(
      [
        'Conversation with ada@jabber.org at 2009-11-15 20:35:12 on rob@jabber.org/Home (jabber)',
        '(20:35:12) Ada: Chapter 1',
        `(20:35:20) Ada: ${prose('Lena')}`,
        '(20:35:31) Rob: and?',
        `(20:35:40) Ada: ${prose('Jonas')}`,
        '(20:36:02) Ada: Chapter 2',
        `(20:36:20) Ada: ${prose('Karin')}`,
        '(20:37:00) Rob has signed off.',
      ].join('\n'),
      'ada.txt',
    );
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, 'Lena went down to the'], [2, 'Karin went down to the']]);
    expect(o.wordCount).toBe(3 * 14);
  });
});
