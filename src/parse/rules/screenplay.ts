/**
 * Fountain, the plain-text screenplay markup (fountain.io), as data for `parse/fountain-script.ts`: what tells a
 * script written in it, and its marks that are no words of the play.
 */

/** A title page's keys, at the very top: `Title:`, `Credit:`, `Author:`, `Draft date:`. */
export const TITLE_PAGE_KEY = /^(?:title|credit|authors?|source|draft date|contact|copyright|notes|revision)\s*:/i;

/** A scene heading: `INT. REPAIR SHOP - NIGHT`, `EXT. GAS STATION - DAY`, `INT./EXT. CAR`, `I/E KITCHEN`. */
export const SCENE_HEADING = /^(?:int|ext|est|int\.?\/ext|i\/e)[.\s]\s*\S/i;

/** A section, the script's outline: `# ACT ONE`, `## The bench`. Only the top level heads the book's chapters. */
export const SECTION = /^(#{1,6})\s*(\S.*)$/u;

/** A synopsis under a section: `= Ruth refuses the highway.` (a page break is `===`). */
export const SYNOPSIS = /^=(?!==)\s*\S/u;

/** A page break: three or more `=` alone. */
export const PAGE_BREAK = /^={3,}$/;

/** Centred text: `> THE END <`, `>EPISODE FOUR<`. */
export const CENTRED = /^>\s*(.*?)\s*<$/u;

/** The boneyard, text the writer has set aside between `/*` and its closing mark, on one line or over several. */
export const BONEYARD_OPEN = /^\/\*/;
export const BONEYARD_CLOSE = /\*\/$/;

/** A note to the writer or the cast: `[[SOUND: rain swells.]]`, alone on its line or inside one. */
export const NOTE = /\s*\[\[[^\]]*\]\]/gu;
