// Store packages are reproducible: two independent builds and packagings of the same source
// give byte-identical zips, and the packages hold what the stores need and nothing more.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'

const roots = [mkdtempSync(join(tmpdir(), 'valtuusapu-pkg-a-')), mkdtempSync(join(tmpdir(), 'valtuusapu-pkg-b-'))]
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })))

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

test('npm run package twice gives the same bytes, and the zips hold the right files', () => {
  for (const root of roots) execFileSync('node', ['scripts/package.mjs', '--out-root', root], { stdio: 'ignore' })
  const names = readdirSync(join(roots[0]!, 'packages')).sort()
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version
  expect(names).toEqual(['chrome', 'firefox', 'source'].map((kind) => `valtuusapu-${version}-${kind}.zip`))
  for (const name of names) expect(sha256(join(roots[1]!, 'packages', name)), name).toBe(sha256(join(roots[0]!, 'packages', name)))

  const listing = (zip: string) => execFileSync('unzip', ['-Z1', join(roots[0]!, 'packages', zip)], { encoding: 'utf8' }).trim().split('\n')
  const chrome = listing(`valtuusapu-${version}-chrome.zip`)
  expect(chrome).toContain('manifest.json')
  expect(chrome.filter((f) => f.endsWith('.map'))).toEqual([])
  const source = listing(`valtuusapu-${version}-source.zip`)
  expect(source).toContain('package-lock.json')
  expect(source.some((f) => f.startsWith('node_modules/') || f.startsWith('dist/') || f.endsWith('.pem'))).toBe(false)
}, 120_000)
