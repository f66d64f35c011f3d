// npm run package [-- --out-root DIR]: builds both browsers with `vite build` (never a
// dev-server build) and writes into DIR/packages/ (default dist/packages/):
//   valtuusapu-<version>-chrome.zip   for the Chrome Web Store
//   valtuusapu-<version>-firefox.zip  for AMO
//   valtuusapu-<version>-source.zip   the source AMO reviewers rebuild with
//                                     `npm ci && npm run build-for-amo` (output: dist/firefox)
// Zips are reproducible: the same inputs give the same bytes (test/build/package.test.ts).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { filesUnder, zipFiles, zipFolder } from './zip.mjs'

const { values } = parseArgs({ options: { 'out-root': { type: 'string', default: 'dist' } } })
const outRoot = values['out-root']
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

const build = spawnSync('node', ['scripts/build.mjs', '--out-root', outRoot], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const packages = join(outRoot, 'packages')
mkdirSync(packages, { recursive: true })
for (const browser of ['chrome', 'firefox']) {
  const dir = join(outRoot, browser)
  for (const file of filesUnder(dir)) if (file.endsWith('.map')) throw new Error(`source map in the build: ${file}`)
  const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8')
  if (manifest.includes('localhost') || manifest.includes('<all_urls>')) throw new Error(`${dir} looks like a dev-server build`)
  const out = join(packages, `valtuusapu-${pkg.version}-${browser}.zip`)
  await zipFolder(dir, out)
  console.log(`wrote ${out}`)
}

// The source zip holds exactly what git tracks, so it never carries node_modules, dist or keys.
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean)
const sourceOut = join(packages, `valtuusapu-${pkg.version}-source.zip`)
await zipFiles('.', tracked, sourceOut)
console.log(`wrote ${sourceOut}`)
