// "Report this page" in real Chromium at real Kela addresses: the popup loads the report only on
// request, the background injects the skeleton script then (never before), and the user reads the
// whole redacted skeleton, copies it and saves it. The seeded personal data of the page (a name, a
// henkilötunnus) is nowhere in it, and it classifies as the page does. Keyboard, axe, fi/sv/en.
import { mkdirSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LANGS, type Lang } from '../../src/core/contract/ids.ts'
import { parseSkeleton } from '../../src/core/skeleton/format.ts'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { classifySkeleton } from '../unit/skeleton/helpers.ts'
import type { ExtensionBrowser } from './harness/extension-browser.ts'
import { browserWithKelaTab } from './harness/extension-state.ts'
import { axeViolations, chooseLang, horizontalOverflow, openPopup, popupState } from './harness/popup.ts'

const SHOTS = '.reports/popup'
const failure = readFixture('no-access-employer-fi.html')
/** What the fixture shows that must never leave the page: the user's name and henkilötunnus. */
const SEEDED = [...failure.html.matchAll(/<span class="user">([^<(]+)\(([^)]+)\)/g)].flatMap((match) => [...match[1]!.trim().split(' '), match[2]!])
let browser: ExtensionBrowser
let kela: Page
let tabId: number

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  ;({ browser, kela, tabId } = await browserWithKelaTab(failure))
})
afterAll(async () => browser?.close())

test('the fixture seeds a name and an identity code (else this test proves nothing)', () => {
  expect(SEEDED.length).toBeGreaterThanOrEqual(3)
  expect(SEEDED.some((value) => /^\d{6}[-+A]\d{3}\w$/.test(value))).toBe(true)
})

describe.each(LANGS as readonly Lang[])('%s', (lang) => {
  test('the report: read in full, copied and saved; nothing personal in it; it classifies as the page', async () => {
    await chooseLang(browser, lang)
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const popup = await openPopup(browser, tabId)
    expect(await popupState(popup)).toBe('failure')

    await popup.getByTestId('report-page').focus()
    await popup.keyboard.press('Enter')
    const report = popup.getByTestId('page-report')
    await expect.poll(() => report.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready')
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('page-report-heading')
    const text = (await popup.getByTestId('report-text').textContent()) ?? ''
    for (const value of SEEDED) expect(text).not.toContain(value)
    const read = parseSkeleton(JSON.parse(text))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.skeleton.url).toBe(failure.url)
    expect(classifySkeleton(read.skeleton).kind).toBe(failure.kind)
    await report.scrollIntoViewIfNeeded()
    expect(await axeViolations(popup), `axe on ${lang}-page-report`).toEqual([])
    expect(await horizontalOverflow(popup)).toBe(0)
    await popup.screenshot({ path: `${SHOTS}/${lang}-page-report.png`, fullPage: true })

    await popup.getByTestId('report-copy').click()
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(text)
    const download = popup.waitForEvent('download')
    await popup.getByTestId('report-save').click()
    const saved = await download
    expect(saved.suggestedFilename()).toMatch(/^valtuusapu-page-report-asiointi\.kela\.fi-\d{4}-\d{2}-\d{2}\.json$/)
    expect(readFileSync((await saved.path())!, 'utf8')).toBe(text)
    await popup.close()
  })
})
