import type { DiagnosticSink } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import type { EpubArchive } from '../../read/epub/open-epub.js';
import { deepAll, readXml, xmlAttr } from './xml.js';

/** Font obfuscation (IDPF and Adobe): fonts scrambled against copying, the text untouched. */
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);

/**
 * Refuses an EPUB whose content is encrypted (DRM): `META-INF/encryption.xml`
 * naming any algorithm other than font obfuscation. Obfuscated fonts alone
 * are fine, since quire never reads fonts.
 */
export function refuseEncrypted(archive: EpubArchive, sink: DiagnosticSink): void {
  const text = archive.text('META-INF/encryption.xml');
  if (text === null) return;
  const data = deepAll(readXml(text, 'META-INF/encryption.xml', sink), 'EncryptedData');
  const encrypted = data.filter((d) => !FONT_OBFUSCATION.has(xmlAttr(deepAll(d, 'EncryptionMethod')[0], 'Algorithm')));
  const rights = archive.names.some((n) => /^META-INF\/rights\.xml$/i.test(n));
  // An encryption file this reader cannot make out is taken at its word.
  const unreadable = data.length === 0 && (rights || /EncryptedData/.test(text));
  if (encrypted.length > 0 || unreadable) {
    throw new InputError(archive.file, 'is an encrypted (DRM-protected) EPUB; quire cannot read encrypted books. Use a DRM-free copy.');
  }
}
