import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The CLI tests run the compiled library as users do (bin/quire.js → lib/bundle/, or lib/ without esbuild):
 * compile and bundle it once from the sources under test.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('../', import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.json`], { stdio: 'inherit' });
  execFileSync(process.execPath, [`${root}scripts/bundle-cli.mjs`], { stdio: 'inherit' });
}
