import { UsageError } from '../errors.js';
import type { DuplexMode, ImposeOptions } from './impose/impose.js';
import { LAYOUT_NAMES, SHEETS, type ImposeLayout } from './impose/layouts.js';
import { parseLength } from './units.js';

/** Print settings as a person writes them, on the command line or in quire.yaml; `resolvePrint` checks them. */
export interface PrintSettings {
  /** `folio`, `quarto`, `octavo` or `sextodecimo`: write `<slug>-imposed.pdf` for hand binding. */
  impose?: string | null;
  /** `Letter`, `A4`, `Legal`, `A3`, `Tabloid`; default Letter for inch trim sizes, A4 for metric ones. */
  sheet?: string | null;
  /** Sheets folded together into a signature. */
  signature?: number | string | null;
  /** `long` (default), `short` or `manual`. */
  duplex?: string | null;
  /** Blank leaves at the front and back of the imposed book. */
  flyleaves?: number | string | null;
  /** Creep per leaf, with its unit: `0.1mm`. */
  creep?: string | null;
  /** Also write `<slug>-calibration.pdf`, a two-sided test sheet. */
  calibration?: boolean;
  /** Bleed with its unit: `3mm`, `0.125in`. */
  bleed?: string | null;
  cropMarks?: boolean;
  /** `white` (default) or `cream`: the cover's spine width follows its thickness. */
  paper?: string | null;
}

export type Paper = 'white' | 'cream';

/** Print settings checked and in points: what renderers receive. */
export interface PrintOptions {
  impose: ImposeOptions | null;
  /** The sheet and duplex mode of the imposition and of the calibration sheet. */
  sheet: string;
  duplex: DuplexMode;
  calibration: boolean;
  /** Points of bleed beyond the trim; 0 for none. */
  bleed: number;
  cropMarks: boolean;
  paper: Paper;
}

const DUPLEX: readonly DuplexMode[] = ['long', 'short', 'manual'];
const METRIC_SIZES = new Set(['a4', 'a5', 'a6', 'b-format']);
/** Bleed beyond a quarter inch only wastes paper; creep past 2 mm a leaf is a mistake in the unit. */
const MOST_BLEED = 18;
const MOST_CREEP = (2 * 72) / 25.4;

/** Checks print settings; anything misspelt or out of range is a `UsageError` saying what to write. */
export function resolvePrint(settings: Readonly<PrintSettings>, pageSize: string | null): PrintOptions {
  const layout = settings.impose ?? null;
  if (layout === null) {
    // The sheet and duplex mode also serve the calibration sheet, so only these belong to imposition alone.
    const stray = (['signature', 'flyleaves', 'creep'] as const).find((k) => settings[k] != null);
    if (stray !== undefined) throw new UsageError(`--${stray} applies to imposed sheets; add --impose folio|quarto|octavo|sextodecimo`);
  }
  if (layout !== null && !LAYOUT_NAMES.includes(layout as ImposeLayout)) throw new UsageError(`--impose "${layout}" is not a layout; use ${LAYOUT_NAMES.join(', ')}`);
  const duplex = settings.duplex ?? 'long';
  if (!DUPLEX.includes(duplex as DuplexMode)) throw new UsageError(`--duplex "${duplex}" is not a duplex mode; use long, short or manual (all fronts, then all backs)`);
  const sheet = sheetName(settings.sheet ?? null, pageSize);
  const paper = settings.paper ?? 'white';
  if (paper !== 'white' && paper !== 'cream') throw new UsageError(`--paper "${paper}" is not a paper; use white or cream`);
  const bleed = settings.bleed == null ? 0 : parseLength(settings.bleed, '--bleed');
  if (bleed > MOST_BLEED) throw new UsageError(`--bleed ${settings.bleed} is more than 0.25 in; printers ask for 3mm or 0.125in`);
  const creep = settings.creep == null ? 0 : parseLength(settings.creep, '--creep');
  if (creep > MOST_CREEP) throw new UsageError(`--creep ${settings.creep} is more than 2 mm a leaf; paper is about 0.1mm thick`);
  const impose: ImposeOptions | null =
    layout === null
      ? null
      : {
          layout: layout as ImposeLayout,
          sheet,
          sheetsPerSignature: settings.signature == null ? null : whole(settings.signature, '--signature', 1, 16),
          duplex: duplex as DuplexMode,
          flyleaves: settings.flyleaves == null ? 0 : whole(settings.flyleaves, '--flyleaves', 0, 8),
          creep,
        };
  return { impose, sheet, duplex: duplex as DuplexMode, calibration: settings.calibration === true, bleed, cropMarks: settings.cropMarks === true, paper };
}

/** The sheet for imposition: as named, or Letter for an inch trim size and A4 for a metric one. */
function sheetName(name: string | null, pageSize: string | null): string {
  if (name === null) {
    const size = (pageSize ?? 'A5').toLowerCase();
    return METRIC_SIZES.has(size) || /(mm|cm)$/.test(size) ? 'A4' : 'Letter';
  }
  const key = Object.keys(SHEETS).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) throw new UsageError(`--sheet "${name}" is not a sheet size; use ${Object.keys(SHEETS).join(', ')}`);
  return key;
}

function whole(value: number | string, option: string, least: number, most: number): number {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < least || n > most) throw new UsageError(`${option} must be a whole number from ${least} to ${most}, not "${value}"`);
  return n;
}
