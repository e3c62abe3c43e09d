import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

/** Quoted-printable as a browser writes it: `=` escapes the bytes of UTF-8 and `=3D`, lines broken with a soft `=`. */
function quotedPrintable(text: string): string {
  const escaped = [...Buffer.from(text, 'utf8')].map((b) => (b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
  return escaped.split('\n').flatMap((line) => (line.match(/.{1,72}/g) ?? ['']).map((chunk, k, all) => (k < all.length - 1 ? `${chunk}=` : chunk))).join('\n');
}

const page = [
  '<!DOCTYPE html><html lang="fr"><head><title>Les heures creuses – chapitres 3 et 4 - Les carnets de Maëlle</title></head><body>',
  '<div id="header"><h1>Les carnets de Maëlle</h1></div>',
  '<h3 class="titre">Les heures creuses – chapitres 3 et 4</h3>',
  '<p><strong>Auteure :</strong> Maëlle R.<br><strong>Genre :</strong> Drame / Famille</p>',
  '<h4>Chapitre 3 : La boulangerie</h4>',
  '<p style="text-align: center;"><strong>POV Élise</strong></p>',
  `<p>${prose('Élise')}</p>`,
  '<p style="text-align: center;"><strong>POV Jules</strong></p>',
  `<p>${prose('Jules')}</p>`,
  '<h4>Chapitre 4 : Le train de 6 h 12</h4>',
  `<p>${prose('Papa')}</p>`,
  '<h4>Commentaires</h4><p>Vivement le chapitre 5 ! Jules est trop mignon avec son carnet.</p>',
  '<h4>Catégories</h4><p>Les heures creuses (4)</p>',
  '</body></html>',
].join('\n');

const mhtml = (html: string): string =>
  [
    'From: <Saved by Blink>',
    'Subject: =?utf-8?Q?Les_heures_creuses?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc----"',
    '',
    '',
    '------MultipartBoundary--abc----',
    'Content-Type: text/html',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://example.canalblog.com/archives/2023/03/12/1.html',
    '',
    quotedPrintable(html),
    '------MultipartBoundary--abc----',
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'body { font-family: serif; }',
    '------MultipartBoundary--abc------',
    '',
  ].join('\n');

describe('a web page saved as one file (MHTML), its HTML quoted-printable', () => {
  it.each(['heures.mhtml', 'heures.mht', 'heures.txt'])('reads %s as the page it holds', (name) => {
    const o = read(mhtml(page), name);
    expect([o.title, o.author]).toEqual(['Les heures creuses – chapitres 3 et 4', 'Maëlle R.']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [3, 'La boulangerie'],
      [4, 'Le train de 6 h 12'],
    ]);
    expect(o.chapters[0]!.povMarkers).toEqual(['Élise', 'Jules']);
    expect(o.wordCount).toBe(3 * 14);
  });

  it('says which line the page starts on', () => {
    const o = read(mhtml(page), 'heures.mhtml');
    expect(o.diagnostics.find((d) => d.ruleId === 'web-archive')?.line).toBe(14);
  });

  it('reads an archive with no page in it as text, and says so', () => {
    const o = read(mhtml(page).replace('Content-Type: text/html', 'Content-Type: image/png'), 'heures.mhtml');
    expect(o.diagnostics.some((d) => d.ruleId === 'web-archive-no-page' && d.severity === 'warning')).toBe(true);
  });
});
