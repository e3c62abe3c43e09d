import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

describe("a newspaper's story through OCR: narrow column lines, roman numerals over its sections", () => {
  const o = read([
    'Lesbók Morgunblaðsins', 'Útgáfudagur: 21. desember 1952', 'Blaðsíða: 604', '',
    'BRÉFIÐ FRÁ WINNIPEG', 'Smásaga eftir Sigríði Einarsdóttur', '',
    'I.', 'Guðrún á Bakka hafði ekki fengið bréf', 'í tuttugu ár. Þess vegna lét hún póst-', 'inn standa á hlaðinu dálitla stund.', '',
    'II.', 'Um kvöldið, þegar vinnukonan var', 'farin að sofa, kveikti hún á lampanum.', '',
    'III.', 'Hún skrifaði svarið þrisvar. Í fyrsta', 'bréfinu sagði hún frá harðindunum.', '',
  ].join('\n'));

  it('keeps a section’s first line, run on in lower case, as its text, not its title', () => {
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, null, 'Guðrún á Bakka hafði ekki'], [2, null, 'Um kvöldið, þegar vinnukonan var'], [3, null, 'Hún skrifaði svarið þrisvar. Í'],
    ]);
  });

  it('reads what the piece is and its writer from `Smásaga eftir NAME`', () => {
    expect([o.title, o.author]).toEqual(['BRÉFIÐ FRÁ WINNIPEG', 'Sigríði Einarsdóttur']);
  });
});
