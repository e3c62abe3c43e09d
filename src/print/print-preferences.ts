import { Duplex, PrintScaling, type PDFDocument } from 'pdf-lib';
import type { DuplexMode } from './impose/impose.js';

/**
 * Asks the viewer to print at actual size (`PrintScaling: None`: a printer
 * that shrinks a sheet to fit its margins ruins every fold) and two-sided as
 * the sheets were laid out for, or one-sided for a manual duplex.
 */
export function setPrintPreferences(doc: PDFDocument, duplex: DuplexMode): void {
  const prefs = doc.catalog.getOrCreateViewerPreferences();
  prefs.setPrintScaling(PrintScaling.None);
  prefs.setDuplex(duplex === 'long' ? Duplex.DuplexFlipLongEdge : duplex === 'short' ? Duplex.DuplexFlipShortEdge : Duplex.Simplex);
}
