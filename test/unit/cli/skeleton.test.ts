// One step from report to fixture: `npm run skeleton` prints the skeleton the extension makes of a
// saved page, and `npm run classify -- --skeleton` classifies it as the page; bad input exits 2.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { FIXTURE_DIR, readFixture } from '../../fixtures/fixture-pages.ts'

const tsx = (script: string, ...args: string[]) => spawnSync('npx', ['--no-install', 'tsx', script, ...args], { encoding: 'utf8' })
const dir = mkdtempSync(join(tmpdir(), 'valtuusapu-skeleton-'))

test('a saved page -> its skeleton -> the same classification as the page', () => {
  const fixture = readFixture('no-access-employer-fi.html')
  const made = tsx('src/cli/skeleton.ts', '--url', `${fixture.url}?token=abc`, '--status', '403', join(FIXTURE_DIR, fixture.file))
  expect(made.status).toBe(0)
  const skeleton = JSON.parse(made.stdout)
  expect(skeleton).toMatchObject({ format: 'valtuusapu-page-skeleton', version: 1, url: fixture.url, status: 403, lang: 'fi' })
  const file = join(dir, 'report.json')
  writeFileSync(file, made.stdout)
  const fromSkeleton = tsx('src/cli/classify.ts', '--skeleton', file)
  const fromPage = tsx('src/cli/classify.ts', '--url', fixture.url, '--status', '403', join(FIXTURE_DIR, fixture.file))
  expect(fromSkeleton.status).toBe(0)
  expect(JSON.parse(fromSkeleton.stdout)).toEqual(JSON.parse(fromPage.stdout))
}, 60_000)

test.each([
  ['not JSON', 'not json', /is not JSON/],
  ['not a skeleton', '{"kind":"no-access"}', /not a page skeleton: "format" must be "valtuusapu-page-skeleton"/],
  ['another version', '{"format":"valtuusapu-page-skeleton","version":2}', /version 2 is not supported: this Valtuusapu reads version 1/],
  ['a bad field', '{"format":"valtuusapu-page-skeleton","version":1,"url":"https://www.kela.fi/?q=1","status":null,"lang":null,"title":"","body":{"tag":"body"},"truncated":false}', /^classify: .*url: /],
])('classify --skeleton on %s: exit 2 and what is wrong', (name, content, message) => {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.json`)
  writeFileSync(file, content)
  const result = tsx('src/cli/classify.ts', '--skeleton', file)
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(message)
}, 30_000)

test('skeleton: bad arguments exit 2 with the reason', () => {
  const result = tsx('src/cli/skeleton.ts', 'page.html')
  expect(result.status).toBe(2)
  expect(result.stderr).toMatch(/--url is required/)
}, 30_000)
