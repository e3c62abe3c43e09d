import type { HeadingLanguage } from './types.js';

const UNITS = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];

/** Thai writes numbers as one word: `สิบเอ็ด` (11), `ยี่สิบสอง` (22), `สามสิบ` (30); 1 after a ten is `เอ็ด`. */
function thaiNumbers(): Record<string, number> {
  const out: Record<string, number> = {};
  for (let n = 1; n < 100; n++) {
    const tens = Math.floor(n / 10);
    const unit = n % 10;
    const tensWord = tens === 0 ? '' : tens === 1 ? 'สิบ' : tens === 2 ? 'ยี่สิบ' : `${UNITS[tens]}สิบ`;
    const unitWord = unit === 1 && tens > 0 ? 'เอ็ด' : (UNITS[unit] ?? '');
    out[`${tensWord}${unitWord}`] = n;
  }
  return out;
}

/** Thai: `ตอนที่ 5`, `บทที่ ๕`, `บทที่หนึ่ง` (no space), `ทอล์คจากนักเขียน`, `ผู้แต่ง:`. */
export const th: HeadingLanguage = {
  tag: 'th',
  names: ['thai', 'ไทย', 'ภาษาไทย', 'thaï', 'tailandés', 'thailändisch'],
  chapter: ['ตอนที่', 'บทที่', 'ตอน', 'บท'],
  part: ['ภาคที่', 'ภาค', 'เล่มที่', 'เล่ม'],
  named: ['บทนำ', 'ปฐมบท', 'บทส่งท้าย', 'ตอนพิเศษ', 'บทพิเศษ', 'ตอนจบ'],
  numbers: thaiNumbers(),
  notes: [
    { id: 'note-th', words: ['ทอล์คจากนักเขียน', 'คุยกับนักเขียน', 'ทอล์คจากไรท์', 'ไรท์ทอล์ค', 'ทอล์ค', 'จากนักเขียน', 'จากผู้เขียน', 'ฝากจากไรท์', 'หมายเหตุ', 'หมายเหตุจากผู้เขียน', 'คำเตือน'], standalone: true },
  ],
  byLines: ['โดย', 'เขียนโดย'],
  byLabels: ['ผู้แต่ง', 'ผู้เขียน', 'นามปากกา'],
  fields: {
    title: ['ชื่อเรื่อง', 'เรื่อง'],
    author: ['ผู้แต่ง', 'ผู้เขียน', 'นามปากกา'],
    description: ['เรื่องย่อ', 'คำโปรย', 'แนะนำเรื่อง'],
    language: ['ภาษา'],
    known: ['หมวดหมู่', 'แนว', 'ประเภท', 'สถานะ', 'เรท', 'คำเตือน', 'จำนวนตอน', 'อัปเดต'],
  },
  navigation: [String.raw`ตอน(?:ก่อนหน้า|ถัดไป)`],
  contents: ['สารบัญ'],
};
