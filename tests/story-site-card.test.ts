import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("an Indonesian short-story site's page (Cerpenmu), copied whole", () => {
  const page = [
    'Cerpenmu',
    'Kumpulan Cerpen Terbaru dan Terlengkap',
    'Home',
    'Kirim Cerpen',
    'Home » Cerpen Keluarga » Surat dari Stasiun Tugu',
    'Surat dari Stasiun Tugu',
    'Cerpen Karangan: Nadia Puspitasari',
    'Kategori: Cerpen Keluarga, Cerpen Perpisahan',
    '',
    prose('Bapak'),
    '',
    prose('Ibu'),
    '',
    'SELESAI',
    '',
    'Cerpen Karangan: Nadia Puspitasari',
    'Blog / Facebook: Nadia Puspita',
    'Mahasiswi tingkat akhir di Jakarta yang masih suka pulang naik kereta. Ini cerpen keduaku di Cerpenmu, terima kasih sudah membaca!',
    '',
    'Cerpen Surat dari Stasiun Tugu merupakan cerita pendek karangan Nadia Puspitasari, kamu dapat mengunjungi halaman khusus penulisnya untuk membaca cerpen cerpen terbaru buatannya.',
    '',
    '"Kamu suka cerpen ini?, Share donk ke temanmu!"',
    '',
    'Share ke Facebook',
    'Twitter',
    '',
    '" Baca Juga Cerpen Lainnya! "',
    '',
  ].join('\n');
  const o = read(page);

  it("reads `Cerpen Karangan:` as the author, and leaves `SELESAI`, the writer's card under it and the site's lines out", () => {
    expect([o.title, o.author]).toEqual(['Surat dari Stasiun Tugu', 'Nadia Puspitasari']);
    expect(o.wordCount).toBe(28);
  });
});
