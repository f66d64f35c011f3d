// The user corrects the extension, in real Chromium at real Kela addresses: where the popup found
// nothing wrong, the user says what they see (Kela's three situations, or something else) and the
// tab's stored state, the badge and the diagnosis follow at once; where it named a failure, "this
// page is fine" clears it for that page, through a reload, until the tab shows another page.
// Keyboard only, in fi, sv and en, axe clean at the popup's size.
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LANGS, type Lang } from '../../src/core/contract/ids.ts'
import { readFixture } from '../fixtures/fixture-pages.ts'
import type { ExtensionBrowser } from './harness/extension-browser.ts'
import { badgeOf, browserWithKelaTab, storedState } from './harness/extension-state.ts'
import { axeViolations, chooseLang, horizontalOverflow, openPopup, popupState } from './harness/popup.ts'

const SHOTS = '.reports/popup'
const fine = readFixture('none-employer-service-home-fi.html')
const failure = readFixture('no-access-employer-fi.html')
let browser: ExtensionBrowser
let kela: Page
let tabId: number

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  ;({ browser, kela, tabId } = await browserWithKelaTab(fine, failure))
})
afterAll(async () => browser?.close())

async function checkLook(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([])
  expect(await horizontalOverflow(page), `sideways scrolling on ${name}`).toBe(0)
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

/** Loads a page in the Kela tab and waits until the content script has reported on it. */
async function show(url: string, expected: 'fine' | 'failure') {
  await kela.goto(url)
  await expect.poll(async () => ((await storedState(browser, tabId)) ? 'failure' : 'fine'), { timeout: 5000 }).toBe(expected)
}

/** Presses Tab until the element with this test id has focus, then the key. */
async function keyTo(page: Page, testId: string, key = 'Enter') {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) break
    await page.keyboard.press('Tab')
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(testId)
  await page.keyboard.press(key)
}

describe.each(LANGS as readonly Lang[])('%s', (lang) => {
  test('nothing found, but the user cannot choose the organisation: state, badge and diagnosis follow', async () => {
    await show(fine.url, 'fine')
    await chooseLang(browser, lang)
    const popup = await openPopup(browser, tabId)
    expect(await popupState(popup)).toBe('fine')
    await keyTo(popup, 'report-miss')
    // The question takes focus; the arrow keys walk Kela's situations.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('question-title'))).toBe(true)
    await checkLook(popup, `${lang}-report-miss`)
    await popup.keyboard.press('Tab')
    await popup.keyboard.press('ArrowDown')
    expect(await popup.locator('input[name="situation"]:checked').getAttribute('value')).toBe('organisation-not-listed')
    await keyTo(popup, 'send-miss')
    await expect.poll(() => popup.getByTestId('state').getAttribute('data-state')).toBe('failure')
    expect(await popup.getByTestId('state').getAttribute('data-kind')).toBe('organisation-not-listed')
    expect(await popup.getByTestId('state').getAttribute('data-reported-by')).toBe('user')
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('state')
    await popup.getByTestId('diagnosis').waitFor()
    // The e-service the page showed is kept: the diagnosis does not ask for it again.
    expect(await storedState(browser, tabId)).toMatchObject({ kind: 'organisation-not-listed', reportedBy: 'user', url: fine.url, service: 'employer' })
    expect((await badgeOf(browser, tabId)).text).toBe('?')
    await checkLook(popup, `${lang}-reported-by-user`)

    // A reload of the same page: the classifier still sees nothing, the user's word holds.
    await kela.reload()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await storedState(browser, tabId)).toMatchObject({ kind: 'organisation-not-listed', reportedBy: 'user' })
    await popup.close()
  })

  test('a failure the user does not see: "this page is fine" clears it until the tab shows another page', async () => {
    await show(failure.url, 'failure')
    await chooseLang(browser, lang)
    const popup = await openPopup(browser, tabId)
    expect(await popupState(popup)).toBe('failure')
    expect((await badgeOf(browser, tabId)).text).toBe('!')
    await keyTo(popup, 'page-is-fine')
    await expect.poll(() => popup.getByTestId('state').getAttribute('data-state')).toBe('fine')
    expect(await storedState(browser, tabId)).toBeUndefined()
    expect((await badgeOf(browser, tabId)).text).toBe('')
    await checkLook(popup, `${lang}-said-fine`)
    await popup.close()

    // The same page again: the content script reports the failure, and it stays cleared.
    await kela.reload()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await storedState(browser, tabId)).toBeUndefined()
    expect((await badgeOf(browser, tabId)).text).toBe('')
    // Another page, then the failure page again: shown again.
    await show(fine.url, 'fine')
    await show(failure.url, 'failure')
    expect((await badgeOf(browser, tabId)).text).toBe('!')
  })
})

test('"something else": a neutral badge, the diagnosis asks; "undo my report" returns to nothing found', async () => {
  await show(fine.url, 'fine')
  await chooseLang(browser, 'en')
  const popup = await openPopup(browser, tabId)
  await popup.getByTestId('report-miss').click()
  await popup.getByLabel('Something else').check()
  await popup.getByTestId('send-miss').click()
  await expect.poll(() => popup.getByTestId('state').getAttribute('data-reported-by')).toBe('user')
  expect(await popup.getByRole('heading', { name: 'Something else does not work' }).count()).toBe(1)
  expect(await storedState(browser, tabId)).toMatchObject({ kind: 'none', situation: 'something-else', reportedBy: 'user' })
  expect(await badgeOf(browser, tabId)).toMatchObject({ text: '?', title: 'Valtuusapu: You reported that you cannot get on' })
  await popup.getByTestId('guided-flow').waitFor()
  await popup.getByRole('button', { name: 'Undo my report' }).click()
  await expect.poll(() => popup.getByTestId('state').getAttribute('data-state')).toBe('fine')
  expect(await storedState(browser, tabId)).toBeUndefined()
  expect((await badgeOf(browser, tabId)).text).toBe('')
  await popup.close()
})
