import type { HeadingLanguage } from './types.js';

/** Marathi ordinals 1–20, masculine `-वा`; the neuter and feminine (`पाचवे`, `पाचवी`) are formed from them. */
const ORDINALS = ['पहिला', 'दुसरा', 'तिसरा', 'चौथा', 'पाचवा', 'सहावा', 'सातवा', 'आठवा', 'नववा', 'दहावा', 'अकरावा', 'बारावा', 'तेरावा', 'चौदावा', 'पंधरावा', 'सोळावा', 'सतरावा', 'अठरावा', 'एकोणिसावा', 'विसावा'];
const CARDINALS = ['एक', 'दोन', 'तीन', 'चार', 'पाच', 'सहा', 'सात', 'आठ', 'नऊ', 'दहा', 'अकरा', 'बारा', 'तेरा', 'चौदा', 'पंधरा', 'सोळा', 'सतरा', 'अठरा', 'एकोणीस', 'वीस'];

/**
 * Marathi: `प्रकरण १` (Devanagari digits, read by numbers.ts), `पहिले प्रकरण`,
 * `भाग दुसरा`, `लेखकाचे मनोगत`. `अध्याय`, `भाग` and Hindi's numbers come from hi.ts.
 */
export const mr: HeadingLanguage = {
  tag: 'mr',
  names: ['marathi', 'मराठी', 'marathe'],
  chapter: ['प्रकरण'],
  calendar: {
    weekdays: ['सोमवार', 'मंगळवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार'],
    months: [['जानेवारी'], ['फेब्रुवारी'], ['मार्च'], ['एप्रिल'], ['मे'], ['जून'], ['जुलै'], ['ऑगस्ट'], ['सप्टेंबर'], ['ऑक्टोबर'], ['नोव्हेंबर'], ['डिसेंबर']],
  },
  part: ['भाग'],
  named: ['मनोगत', 'प्रास्ताविक', 'उपसंहार', 'प्रस्तावना'],
  numbers: Object.fromEntries([
    ...ORDINALS.flatMap((w, i) => [w, w.replace(/ा$/, 'े'), w.replace(/ा$/, 'ी')].map((v) => [v, i + 1] as [string, number])),
    ...CARDINALS.map((w, i) => [w, i + 1] as [string, number]),
  ]),
  notes: [
    { id: 'note-mr', words: ['लेखकाचे मनोगत', 'लेखिकेचे मनोगत', 'लेखकाची टीप', 'लेखिकेची टीप', 'लेखकाकडून', 'लेखिकेकडून', 'टीप'], standalone: true },
  ],
  byLabels: ['लेखक', 'लेखिका'],
  fields: {
    title: ['शीर्षक', 'कथा'],
    author: ['लेखक', 'लेखिका'],
    description: ['सारांश'],
    language: ['भाषा'],
    known: ['प्रकार', 'स्थिती', 'इशारा'],
  },
  contents: ['अनुक्रमणिका'],
};
