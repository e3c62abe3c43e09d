import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

describe("a writer's notice or plain note over the story, in its language's short word", () => {
  it.each([
    ['fr', 'Chapitre 1', 'Avertissement : ce texte a été écrit pour le défi d’automne. Tous droits réservés.'],
    ['pt', 'Capítulo 1', 'Aviso: Esta é uma obra original. Plágio é crime. Todos os direitos reservados.'],
    ['pl', 'Rozdział 1', 'Uwaga: w tym opowiadaniu pojawia się śmierć zwierzęcia, bez szczegółów.'],
    ['lt', 'I skyrius', 'Pastaba: tai mano pirmas kūrinys, prašau nebarti per daug.'],
    ['cy', 'Pennod 1', 'Nodiadau i fi fy hun: gwirio enw’r fferm cyn ei anfon at y golygydd.'],
    ['mt', 'Kapitlu 1', "Fil-ħarġa li għaddiet: Marija sabet il-pjanu fil-kantina ta' nanniet."],
    ['sq', 'Kapitulli 1', 'Shënim: Ky tregim është i imi. Ju lutem mos e kopjoni pa leje.'],
    ['et', 'Peatükk 1', 'Märkus: see lugu põhineb osaliselt mu vanaisa elul ja tema paadil.'],
    ['sl', 'Poglavje 1', 'Opomba: zgodba je izmišljena, vsaka podobnost je naključna.'],
    ['ro', 'Capitolul 1', 'Notă: povestea este inventată, orice asemănare este întâmplătoare.'],
  ])('%s: reads the labelled line as a note before the story', (_lang, heading, note) => {
    const o = read(['The Title', '', note, '', heading, '', 'Ruth went down to the river before the others were awake, and waited there.', ''].join('\n'));
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters[0]?.firstWords).toBe('Ruth went down to the');
  });

  it("keeps a Spanish content warning a header field, as the archives' `Warning:` is", () => {
    const o = read(['The Title', 'Autor: lunadetinta', 'Advertencia: contiene duelo y mucho café.', '', 'Capítulo 1', '', 'Ruth went down to the river before the others were awake.', ''].join('\n'));
    expect(o.fields?.Advertencia).toBe('contiene duelo y mucho café.');
  });

  it("keeps a labelled line that is one more entry of a list of `Key: value` lines in the story's text", () => {
    const o = read(['Chapter 1', '', 'The last entry in the logbook read:', '', 'Date: 14 July', 'Weather: fog, still', 'Märkus: järv on täna ilus.', '', 'Mother read the line many times over before she shut the book.', ''].join('\n'));
    expect(o.chapters[0]?.notesAfter).toHaveLength(0);
    expect(o.wordCount).toBe(30);
  });
});
