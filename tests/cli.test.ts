import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/inspect.js';

const quire = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd: root, encoding: 'utf8' });
const quireIn = (cwd: string, env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });


describe('the command line', () => {
  it('prints the package version with --version and -V', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = quire(flag);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });

  it('prints a shell completion script that asks quire for the words, and quire answers', () => {
    const r = quire('completion');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('quire --get-yargs-completions');
    const words = quire('--get-yargs-completions', 'quire', 'build', '--pa');
    expect(words.stdout.split('\n')).toContain('--page-size');
  });

  it('suggests the command or option meant, with exit 2', () => {
    const command = quire('biuld', 'story.txt');
    expect(command.status).toBe(2);
    expect(command.stderr).toBe('quire: unknown command "biuld"; did you mean `quire build`? (run `quire --help` for usage)\n');
    const option = quire('build', '--pagesize', 'A4', 'story.txt');
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('quire: unknown option --pagesize; did you mean --page-size? (run `quire build --help` for usage)\n');
    expect(quire('inspect', '--jsn', 'story.txt').stderr).toContain('did you mean --json?');
    expect(quire('build', '--zzzzzz').stderr).not.toContain('did you mean');
    expect(quire('frobnicate').stderr).toBe('quire: unknown command "frobnicate"; the commands are inspect, build, normalize, init, formats, completion (run `quire --help` for usage)\n');
  });

  it('without a command, or with a bad choice, says what is expected (exit 2)', () => {
    const none = quire();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^quire: name a command: inspect, build/);
    const notes = quire('build', 'story.txt', '--notes', 'nowhere');
    expect(notes.status).toBe(2);
    expect(notes.stderr).toBe('quire: --notes must be one of inline, end, omit, not "nowhere" (run `quire build --help` for usage)\n');
    const files = quire('normalize');
    expect(files.status).toBe(2);
    expect(files.stderr).toBe('quire: name the files: quire normalize <files..> (run `quire normalize --help` for usage)\n');
    expect(quire('build', 'story.txt', '--format').stderr).toBe('quire: --format needs a value (run `quire build --help` for usage)\n');
  });

  it("shows each command's options and examples with --help (exit 0)", () => {
    const r = quire('build', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--page-size');
    expect(r.stdout).toMatch(/Examples:\n {2}quire build +the books quire\.yaml describes\n/);
  });
});

describe('quire inspect', () => {
  it('prints an outline with line numbers and diagnostics as file:line:col severity reason rule-id', () => {
    const r = quire('inspect', 'seeds/003_36173a1dff41368f.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  138  chapter #3 The Great City of Viodashi');
    expect(r.stdout).toMatch(/^seeds\/003_36173a1dff41368f\.txt:141:1 warning .+ note-empty$/m);
  });

  it('prints one JSON object for one file and an array for several', () => {
    const one = JSON.parse(quire('inspect', '--json', 'seeds/002_05467c72a081d6c6.txt').stdout);
    expect(one).toMatchObject({ file: 'seeds/002_05467c72a081d6c6.txt', encoding: 'utf-8', title: 'Finding Friendship', author: 'Kamen-Zero', wordCount: 6260 });
    expect(Object.keys(one.chapters[0])).toEqual(
      expect.arrayContaining(['number', 'title', 'part', 'line', 'notesBefore', 'notesAfter', 'sceneBreaks', 'softBreaks', 'povMarkers', 'ornaments', 'firstWords', 'wordCount']),
    );
    const many = JSON.parse(quire('inspect', '--json', 'seeds/000_7ff2c08bf60faf30.txt', 'seeds/001_58e74c88fd9e2e85.txt').stdout);
    expect(many.map((o: { file: string }) => o.file)).toEqual(['seeds/000_7ff2c08bf60faf30.txt', 'seeds/001_58e74c88fd9e2e85.txt']);
  });

  it('refuses a binary file with one line on stderr and exit 1, and still inspects the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-'));
    const png = join(dir, 'cover.txt');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = quire('inspect', png, 'seeds/000_7ff2c08bf60faf30.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`quire: ${png}: this looks like a PNG image, not a text manuscript; export the story as plain text (.txt) or Markdown (.md).`]);
    expect(r.stdout).toContain('Making something from nothing');
  });

  it('names a missing file and exits 1 without a stack trace', () => {
    const r = quire('inspect', 'no/such/story.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('quire: no/such/story.txt: no such file; check the path.\n');
  });

  it('treats a missing argument or unknown option as a usage error (exit 2)', () => {
    expect(quire('inspect').status).toBe(2);
    expect(quire('inspect', '--frobnicate', 'seeds/000_7ff2c08bf60faf30.txt').status).toBe(2);
  });
});

describe('quire build', () => {
  const seed = join(root, 'seeds/002_05467c72a081d6c6.txt');

  it('builds an EPUB per file into --out and lists what it wrote', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-build-'));
    const r = quire('build', seed, '--format', 'epub', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${join(out, 'finding-friendship.epub')}  epub  \\d+ KB\\n$`));
    expect(r.stderr).toMatch(/^book +formats +pages +size +words +warnings +time\nFinding Friendship +epub +- +\d+ KB +6,260 +0 +\d\.\d s\n1 file written\n$/);
    expect(readdirSync(out)).toEqual(['finding-friendship.epub']);
  });

  it('writes the same bytes in every format whatever the time zone and locale, given SOURCE_DATE_EPOCH', () => {
    const a = mkdtempSync(join(tmpdir(), 'quire-tz-a-'));
    const b = mkdtempSync(join(tmpdir(), 'quire-tz-b-'));
    expect(quireIn(root, { SOURCE_DATE_EPOCH: '1700000000', TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8' }, 'build', seed, '--out', a).status).toBe(0);
    expect(quireIn(root, { SOURCE_DATE_EPOCH: '1700000000', TZ: 'America/Adak', LANG: 'C' }, 'build', seed, '--out', b).status).toBe(0);
    expect(readdirSync(a).sort()).toEqual(['finding-friendship.epub', 'finding-friendship.pdf', 'finding-friendship.txt']);
    for (const name of readdirSync(a)) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
  });

  it('says clearly that a format is not available (exit 2) and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-docx-'));
    const r = quire('build', seed, '--format', 'epub,docx', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('quire: format "docx" is not available in this version of quire; it can make: epub, pdf, txt, imposed, cover, calibration\n');
    expect(readdirSync(out)).toEqual([]);
  });

  it('builds the others when one input is missing, names it, and exits 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-missing-'));
    const r = quire('build', 'no/such/story.txt', seed, '--format', 'epub', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('quire: no/such/story.txt: no such file; check the path.\n');
    expect(r.stderr).toContain('1 file written, 1 failed\n');
    expect(existsSync(join(out, 'finding-friendship.epub'))).toBe(true);
  });

  it('without files and without a quire.yaml, explains what to do (exit 2)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'quire-empty-'));
    const r = quireIn(empty, {}, 'build');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^quire: no manuscripts named and no quire.yaml here; name the files to build/);
  });

  it("with no files builds what this repository's quire.yaml describes: EPUB, PDF and text of each seed and the anthology", () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-config-'));
    const r = quire('build', '--out', out);
    expect(r.status).toBe(0);
    const names = ['001-58e74c88fd9e2e85', '003-36173a1dff41368f', 'finding-friendship', 'making-something-from-nothing', 'seed-stories'];
    expect(readdirSync(out).sort()).toEqual(names.flatMap((n) => [`${n}.epub`, `${n}.pdf`, `${n}.txt`]));
    expect(r.stderr).toMatch(/15 files written\n$/);
  });

  it('fails a config with an unknown key or a wrong type with exit 2 and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-badconfig-'));
    writeFileSync(join(dir, 'quire.yaml'), 'books:\n  - stories: [a.txt]\n    pagesize: A5\n  - stories: [b.txt]\n    notes: 3\n');
    const r = quireIn(dir, {}, 'build');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'quire: quire.yaml:3: books.0: unknown key "pagesize"; check the spelling (see the README for the keys quire.yaml takes)\n' +
        'quire.yaml:5: books.1.notes: Invalid option: expected one of "inline"|"end"|"omit"\n',
    );
  });

  it('rejects a SOURCE_DATE_EPOCH that is not a number of seconds (exit 2)', () => {
    const r = quireIn(root, { SOURCE_DATE_EPOCH: 'yesterday' }, 'build', seed, '--out', mkdtempSync(join(tmpdir(), 'quire-sde-')));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('quire: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "yesterday"\n');
  });
});

describe('quire build for print', () => {
  it('writes the imposed sheets beside the book and says how they gather', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-cli-impose-'));
    const r = quire('build', 'seeds/002_05467c72a081d6c6.txt', '--format', 'pdf', '--page-size', '6x9', '--impose', 'quarto', '--sheet', 'Letter', '--out', out, '-q');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['finding-friendship-imposed.pdf', 'finding-friendship.pdf']);
    expect(r.stderr).toContain(`${join(out, 'finding-friendship-imposed.pdf')}: quarto on Letter: 1 signature of 2 sheets; 1 blank page at the end`);
  });

  it.each([
    [['--page-size', 'huge'], 'quire: --page-size: unknown page size "huge"; use one of A5, A4, Letter, 6x9'],
    [['--impose', 'quatro'], 'quire: --impose "quatro" is not a layout; use folio, quarto, octavo, sextodecimo\n'],
    [['--bleed', '3'], 'quire: --bleed "3" is not a length; write a number and a unit: 3mm, 0.125in, 0.3cm or 9pt\n'],
  ])('%j is a usage error (exit 2) with one clear line', (args, message) => {
    const r = quire('build', 'seeds/002_05467c72a081d6c6.txt', '--format', 'pdf', '--out', mkdtempSync(join(tmpdir(), 'quire-cli-bad-')), ...args);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('quire formats and third-party renderers', () => {
  it('lists the built-in formats, and a renderer loaded with --renderer', () => {
    const r = quire('formats', '--renderer', './examples/html-renderer.js');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['epub', 'pdf', 'txt', 'imposed', 'cover', 'calibration', 'html', '']);
  });

  it('builds with the example HTML renderer, escaping the text', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-html-'));
    const r = quire('build', 'tests/fixtures/markup/story.txt', '--renderer', './examples/html-renderer.js', '--format', 'html', '--out', out);
    expect(r.status).toBe(0);
    const html = readFileSync(join(out, 'tags-and-brackets.html'), 'utf8');
    expect(html).toContain('She typed &lt;script&gt;alert(1)&lt;/script&gt; into the box &amp; waited.');
    expect(html).not.toContain('<script');
  });

  it("takes the example renderer's own option from quire.yaml, and refuses a wrong value with exit 2 and its line", () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-htmloption-'));
    const story = join(root, 'tests/fixtures/markup/story.txt');
    const yaml = (theme: string): string => `renderers: [${join(root, 'examples/html-renderer.js')}]\nformats: [html]\nbooks:\n  - stories: [${story}]\n    html:\n      theme: ${theme}\n`;
    writeFileSync(join(dir, 'quire.yaml'), yaml('dark'));
    const ok = quireIn(dir, {}, 'build', '--out', join(dir, 'out'));
    expect(ok.status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'tags-and-brackets.html'), 'utf8')).toContain('background:#1b1b1b');
    writeFileSync(join(dir, 'quire.yaml'), yaml('purple'));
    const bad = quireIn(dir, {}, 'build', '--out', join(dir, 'out'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('quire: quire.yaml:6: books.0.html.theme: Invalid option: expected one of "light"|"dark"|"none"\n');
  });

  it('an unknown format or page size is exit 2 from the command line and from quire.yaml alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-badnames-'));
    const story = join(root, 'tests/fixtures/markup/story.txt');
    expect(quire('build', story, '--format', 'docx', '--out', dir).status).toBe(2);
    expect(quire('build', story, '--page-size', 'B5', '--out', dir).status).toBe(2);
    writeFileSync(join(dir, 'quire.yaml'), `books:\n  - stories: [${story}]\n    pdf:\n      page-size: B5\n`);
    const size = quireIn(dir, {}, 'build');
    expect([size.status, size.stderr.split(':').slice(0, 3).join(':')]).toEqual([2, 'quire: quire.yaml:4']);
    writeFileSync(join(dir, 'quire.yaml'), `books:\n  - stories: [${story}]\n    formats: [docx]\n`);
    const format = quireIn(dir, {}, 'build');
    expect([format.status, format.stderr.split(':').slice(0, 3).join(':')]).toEqual([2, 'quire: quire.yaml:3']);
  });

  it('refuses a module that is not a renderer, naming it (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-badrenderer-'));
    writeFileSync(join(dir, 'bad.mjs'), 'export default { name: "bad" };\n');
    const r = quire('formats', '--renderer', join(dir, 'bad.mjs'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`quire: "${join(dir, 'bad.mjs')}" is not a quire renderer: export (default, or as \`renderer\`) an object with a lower-case \`name\`, an \`extension\` and \`render(book, context)\`\n`);
  });

  it('--strict turns warnings into a failing exit status', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-strict-'));
    const r = quire('build', 'seeds/001_58e74c88fd9e2e85.txt', '--format', 'txt', '--strict', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('warning no title found');
    expect(r.stderr).toMatch(/quire: warnings with --strict; fix them or build without --strict\n$/);
    expect(quire('build', 'seeds/002_05467c72a081d6c6.txt', '--format', 'txt', '--strict', '--out', out).status).toBe(0);
  });
});

describe('batch builds', () => {
  const seeds = readdirSync(join(root, 'seeds')).sort().map((f) => join('seeds', f));

  it('builds the good inputs when one is a binary file named .txt, names the bad one, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-batch-'));
    const bad = join(dir, 'photo.txt');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const out = join(dir, 'out');
    const r = quire('build', ...seeds, bad, '--format', 'txt', '--jobs', '2', '--out', out);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['001-58e74c88fd9e2e85.txt', '003-36173a1dff41368f.txt', 'finding-friendship.txt', 'making-something-from-nothing.txt']);
    expect(r.stderr).toContain(`quire: ${bad}: this looks like a PNG image, not a text manuscript`);
    expect(r.stderr).toMatch(/4 files written, 1 failed\n$/);
  });

  it('writes the same bytes with one worker thread as with two', () => {
    const one = mkdtempSync(join(tmpdir(), 'quire-jobs1-'));
    const two = mkdtempSync(join(tmpdir(), 'quire-jobs2-'));
    expect(quire('build', ...seeds, '--jobs', '1', '--out', one).status).toBe(0);
    expect(quire('build', ...seeds, '--jobs', '2', '--out', two).status).toBe(0);
    const names = readdirSync(one).sort();
    expect(names).toHaveLength(12);
    expect(readdirSync(two).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(one, n)).equals(readFileSync(join(two, n))), n).toBe(true);
    // Two builds of four seeds in three formats: on a busy two-core machine this guards against a hang, not a slow run.
  }, 180_000);
});

describe('quire build --shard', () => {
  // The same story twice makes two books of one title, one in each slice: the second slice still numbers its copy, as the whole batch does.
  const books = ['seeds/002_05467c72a081d6c6.txt', 'seeds/002_05467c72a081d6c6.txt', 'seeds/000_7ff2c08bf60faf30.txt', 'seeds/003_36173a1dff41368f.txt', 'seeds/001_58e74c88fd9e2e85.txt'];

  it('builds every n-th book from the i-th: slices 1/2 and 2/2 together are the whole batch, byte for byte', () => {
    const dirs = ['whole', '1of2', '2of2'].map((n) => mkdtempSync(join(tmpdir(), `quire-shard-${n}-`)));
    const [whole, first, second] = dirs as [string, string, string];
    expect(quire('build', ...books, '--format', 'txt', '--jobs', '1', '--out', whole).status).toBe(0);
    const one = quire('build', ...books, '--format', 'txt', '--jobs', '1', '--shard', '1/2', '--out', first);
    expect(one.status).toBe(0);
    expect(one.stderr).toMatch(/3 files written\n$/);
    expect(quire('build', ...books, '--format', 'txt', '--jobs', '1', '--shard', '2/2', '--out', second).status).toBe(0);
    expect(readdirSync(first).sort()).toEqual(['001-58e74c88fd9e2e85.txt', 'finding-friendship.txt', 'making-something-from-nothing.txt']);
    expect(readdirSync(second).sort()).toEqual(['003-36173a1dff41368f.txt', 'finding-friendship-2.txt']);
    expect([...readdirSync(first), ...readdirSync(second)].sort()).toEqual(readdirSync(whole).sort());
    for (const dir of [first, second]) for (const n of readdirSync(dir)) expect(readFileSync(join(dir, n)).equals(readFileSync(join(whole, n))), n).toBe(true);
  });

  it('refuses a slice that is not i/n with 1 <= i <= n (exit 2) and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-shard-bad-'));
    for (const bad of ['0/2', '3/2', '1/0', 'two', '1/2/3', '-1/2']) {
      const r = quire('build', books[0]!, '--format', 'txt', '--shard', bad, '--out', out);
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toBe(`quire: --shard must be i/n with 1 ≤ i ≤ n (2/4: the second of four slices), not "${bad}"\n`);
    }
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('quire init', () => {
  it('writes a commented quire.yaml for the manuscripts in a folder, which then builds, and never overwrites one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-init-'));
    writeFileSync(join(dir, 'one.txt'), readFileSync(join(root, 'seeds/002_05467c72a081d6c6.txt')));
    writeFileSync(join(dir, 'two.txt'), readFileSync(join(root, 'tests/fixtures/ao3/story.txt')));
    const r = quire('init', dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`wrote ${join(dir, 'quire.yaml')} with 2 books; run \`quire build\` to make them\n`);
    const yaml = readFileSync(join(dir, 'quire.yaml'), 'utf8');
    expect(yaml).toContain('  # one.txt: "Finding Friendship" by Kamen-Zero, 1 chapter\n  - stories: ["one.txt"]\n');
    const built = quire('build', '--config', join(dir, 'quire.yaml'), '--format', 'txt', '--quiet');
    expect(built.status).toBe(0);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['finding-friendship.txt', 'paper-boats.txt']);
    const again = quire('init', dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`quire: ${join(dir, 'quire.yaml')} already exists; edit it, or pass --force to replace it\n`);
  });

  it('finds HTML and EPUB manuscripts too, one book each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-init-kinds-'));
    writeFileSync(join(dir, 'oneshot.html'), readFileSync(join(root, 'tests/fixtures/ingest/ao3-oneshot.html')));
    writeFileSync(join(dir, 'pandoc.epub'), readFileSync(join(root, 'tests/fixtures/ingest/pandoc.epub')));
    const r = quire('init', dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`wrote ${join(dir, 'quire.yaml')} with 2 books; run \`quire build\` to make them\n`);
    const yaml = readFileSync(join(dir, 'quire.yaml'), 'utf8');
    expect(yaml).toContain('  - stories: ["oneshot.html"]\n');
    expect(yaml).toContain('  - stories: ["pandoc.epub"]\n');
  });
});

describe('quire build --watch', () => {
  it('builds again when the manuscript changes, and stops cleanly on Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-watch-'));
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Watched Story\n\nThe first version of the text.\n');
    const child = spawn(process.execPath, [join(root, 'bin/quire.js'), 'build', story, '--format', 'txt', '--quiet', '--watch', '--out', join(dir, 'out')], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const waitFor = async (pattern: RegExp): Promise<void> => {
      for (let i = 0; i < 200 && !pattern.test(stderr); i++) await new Promise((r) => setTimeout(r, 50));
      expect(stderr).toMatch(pattern);
    };
    await waitFor(/watching for changes/);
    expect(readFileSync(join(dir, 'out', 'watched-story.txt'), 'utf8')).toContain('first version');
    writeFileSync(story, 'Watched Story\n\nThe second version of the text.\n');
    await waitFor(/change seen; building again\n[\s\S]*watching for changes/);
    expect(readFileSync(join(dir, 'out', 'watched-story.txt'), 'utf8')).toContain('second version');
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  }, 20_000);
});

describe('quire normalize', () => {
  it('writes FILE.md beside the manuscript, which inspects like the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-normalize-'));
    const txt = join(dir, 'story.txt');
    writeFileSync(txt, readFileSync(join(root, 'seeds/003_36173a1dff41368f.txt')));
    const r = quire('normalize', txt);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`wrote ${join(dir, 'story.md')}\n`);
    const md = readFileSync(join(dir, 'story.md'), 'utf8');
    expect(md.startsWith('---\nsummary: After his birthday party,')).toBe(true);
    expect(md).toContain('\n# Chapter 1: Connections\n\n### Spike\n\n');
    const a = JSON.parse(quire('inspect', '--json', txt).stdout);
    const b = JSON.parse(quire('inspect', '--json', join(dir, 'story.md')).stdout);
    expect(b.chapters.map((c: { povMarkers: string[]; wordCount: number }) => [c.povMarkers, c.wordCount])).toEqual(a.chapters.map((c: { povMarkers: string[]; wordCount: number }) => [c.povMarkers, c.wordCount]));
  });
});
