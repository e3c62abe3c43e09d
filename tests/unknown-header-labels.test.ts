import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
const para = (seed: string) => `${seed} a viras orth an ebron. Glas o hi, heb kommol vyth, ha'n mor a ganas orth an growyn yn-dann an lenn goth.`;
const chapters = ['Chaptra 1', '', para('Jowan'), '', 'Chaptra 2', '', para('Mighal'), '', 'Chaptra 3', '', para('Tamsin'), ''];

describe('header labels of a language quire has no data for', () => {
  it('reads two or more, each once, over the first heading as fields, a one-word label over sentences as the summary', () => {
    const o = read(['Kesstrif: Gorsedh Kernow 2023', 'Hanow-pluv: Kenver an Velin', '', 'AN GWYNS A DHE', 'gans Kenver an Velin', '', 'Berrskrif: Dew vroder, unn kok, ha an gwyns ow tos a an mor.', '', ...chapters].join('\n'));
    expect(o.fields).toMatchObject({ Kesstrif: 'Gorsedh Kernow 2023', 'Hanow-pluv': 'Kenver an Velin', Berrskrif: 'Dew vroder, unn kok, ha an gwyns ow tos a an mor.' });
    expect(o.description).toBe('Dew vroder, unn kok, ha an gwyns ow tos a an mor.');
    expect([o.title, o.author]).toEqual(['AN GWYNS A DHE', 'Kenver an Velin']);
  });

  it('takes no summary over the title, and leaves one label alone, or a speaker who returns, to the text', () => {
    const box = read(['ARMENIAN PROSE ARCHIVE  --  http://www.arak.example.am/proza/', 'Encoding: ARMSCII-8. Use the Arian fonts to read this file.', 'File: aygi.txt', '', 'AYGI', '', ...chapters].join('\n'));
    expect(box.description).toBeNull();
    const lone = read(['Mara: where were you all night, and why is the boat gone?', '', ...chapters].join('\n'));
    expect(lone.fields).toEqual({});
  });

  it('reads labels in a script without case as well', () => {
    const o = read(['ດອກຈຳປາໃນສາຍຝົນ', '', 'ຜູ້ຂຽນ: ນາງ ສີດາ ພົມມະຈັນ', 'ວັນທີ: 22/08/2020', 'ອ່ານແລ້ວ: 3.412 ເທື່ອ', '', ...chapters].join('\n'));
    expect(o.fields).toMatchObject({ ຜູ້ຂຽນ: 'ນາງ ສີດາ ພົມມະຈັນ', ວັນທີ: '22/08/2020' });
    expect(o.title).toBe('ດອກຈຳປາໃນສາຍຝົນ');
  });

  it("takes the label another label holds (the writer's, in a note \"of the writer\") for the author, and that other label for a note", () => {
    const o = read(['د باران کور', '', 'لیکوال: زرمینه احمدزۍ', 'نېټه: ۱۳۹۹/۷/۲۰', 'کټګوري: لنډه کیسه', '', 'د لیکوال یادونه: دا کیسه مې د خپلې نيا د یادونو له مخې لیکلې ده.', '', ...chapters].join('\n'));
    expect([o.title, o.author]).toEqual(['د باران کور', 'زرمینه احمدزۍ']);
    expect(o.notesBefore).toHaveLength(1);
    const lao = read(['ດອກຈຳປາ', '', 'ຜູ້ຂຽນ: ນາງ ສີດາ ພົມມະຈັນ', 'ວັນທີ: 22/08/2020', '', 'ໝາຍເຫດຈາກຜູ້ຂຽນ: ເລື່ອງນີ້ແມ່ນຂຽນເພື່ອລະນຶກເຖິງແມ່ຕູ້ຂອງຂ້ອຍ ທີ່ບ້ານນາຊາຍທອງ.', '', ...chapters].join('\n'));
    expect(lao.author).toBe('ນາງ ສີດາ ພົມມະຈັນ');
    expect(lao.notesBefore).toHaveLength(1);
    expect(lao.fields).not.toHaveProperty('ໝາຍເຫດຈາກຜູ້ຂຽນ');
  });
});
