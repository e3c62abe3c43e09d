import type { HeadingLanguage } from './types.js';

/** Nepali ordinals 1–20 in `-औँ`; each is also written with anusvara (`-औं`), as most typing does. */
const ORDINALS = ['पहिलो', 'दोस्रो', 'तेस्रो', 'चौथो', 'पाँचौँ', 'छैटौँ', 'सातौँ', 'आठौँ', 'नवौँ', 'दशौँ', 'एघारौँ', 'बाह्रौँ', 'तेह्रौँ', 'चौधौँ', 'पन्ध्रौँ', 'सोह्रौँ', 'सत्रौँ', 'अठारौँ', 'उन्नाइसौँ', 'बीसौँ'];
/** Cardinals 1–20; 6 (`छ`) is left to localNumbers. */
const CARDINALS = ['एक', 'दुई', 'तीन', 'चार', 'पाँच', null, 'सात', 'आठ', 'नौ', 'दश', 'एघार', 'बाह्र', 'तेह्र', 'चौध', 'पन्ध्र', 'सोह्र', 'सत्र', 'अठार', 'उन्नाइस', 'बीस'];

/**
 * Nepali: `अध्याय १` and `भाग` (from hi.ts), `परिच्छेद ३`, `पहिलो अध्याय`,
 * `लेखकको भनाइ`. `छ` (6) is also "is": read only after a label.
 */
export const ne: HeadingLanguage = {
  tag: 'ne',
  names: ['nepali', 'नेपाली', 'népalais', 'nepalí', 'непальский'],
  chapter: ['परिच्छेद'],
  calendar: {
    weekdays: ['आइतबार', 'सोमबार', 'मंगलबार', 'मङ्गलबार', 'बुधबार', 'बिहीबार', 'शुक्रबार', 'शनिबार'],
    // With the Bikram Sambat months Nepali sites date posts by (`२०८० असार १२`), each beside the Gregorian month it mostly
    // falls in; a date line is recognised by them, its month is only approximate.
    months: [['जनवरी', 'पुस'], ['फेब्रुअरी', 'माघ'], ['मार्च', 'फागुन'], ['अप्रिल', 'चैत'], ['मे', 'बैशाख', 'वैशाख'], ['जुन', 'जेठ'], ['जुलाई', 'असार'], ['अगस्ट', 'साउन'], ['सेप्टेम्बर', 'भदौ'], ['अक्टोबर', 'असोज'], ['नोभेम्बर', 'कात्तिक'], ['डिसेम्बर', 'मंसिर']],
  },
  part: ['खण्ड'],
  named: ['प्रस्तावना', 'उपसंहार', 'भूमिका'],
  numbers: Object.fromEntries([
    ...ORDINALS.flatMap((w, i) => [w, w.replace(/ँ$/, 'ं')].map((v) => [v, i + 1] as [string, number])),
    ...CARDINALS.flatMap((w, i) => (w === null ? [] : [[w, i + 1] as [string, number]])),
    ['छैठौँ', 6], ['छैठौं', 6], ['दस', 10], ['दसौँ', 10], ['दसौं', 10],
  ]),
  localNumbers: { 'छ': 6 },
  notes: [
    { id: 'note-ne', words: ['लेखकको भनाइ', 'लेखकको टिप्पणी', 'लेखिकाको भनाइ', 'लेखकीय', 'लेखकबाट', 'लेखकको कुरा'], standalone: true },
  ],
  byLabels: ['लेखक', 'लेखिका'],
  fields: {
    title: ['शीर्षक'],
    author: ['लेखक', 'लेखिका'],
    description: ['सारांश'],
    language: ['भाषा'],
    known: ['विधा', 'अवस्था'],
  },
  contents: ['विषयसूची', 'विषय सूची'],
};
