import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a reader view's page titles, the chapter first and the work after a dash", () => {
  const page = (title: string, who: string): string[] => ['example.com', title, 'Oleh: Nur Aliya', '1–2 minit', '', prose(who), ''];

  it('takes the work’s name from the shared last cell and leaves it off each heading', () => {
    const o = read([...page('Prolog - Rumah Di Hujung Bendang', 'Aisyah'), ...page('Bab 1 : Surat Dari Kuala - Rumah Di Hujung Bendang', 'Tok'), ...page('Bab 2 : Pelita - Rumah Di Hujung Bendang', 'Imam')].join('\n'));
    expect(o.title).toBe('Rumah Di Hujung Bendang');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[null, 'Prolog'], [1, 'Surat Dari Kuala'], [2, 'Pelita']]);
  });

  it('leaves headings whose dashes part titles that differ as they are', () => {
    const o = read(['1화 - 아무도 내리지 않는 곳', '', prose('Anne'), '', '2화 - 목도리', '', prose('Odile'), ''].join('\n'));
    expect(o.chapters.map((c) => c.title)).toEqual(['아무도 내리지 않는 곳', '목도리']);
  });
});
