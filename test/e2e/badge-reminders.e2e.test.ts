// The toolbar badge when both things are true: the portfolio has mandates ending within 30 days
// (the global reminder badge), and a tab shows a failed Kela page (that tab's own badge). The
// failure wins in its tab; every other tab, and the failed tab once its page is fine again,
// shows the reminder.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readFixture } from '../fixtures/fixture-pages.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from './harness/extension-browser.ts'
import { badgeOf, serveFixture } from './harness/extension-state.ts'
import { seedPortfolio } from './harness/portfolio.ts'
import { demoPortfolio } from './harness/portfolio-data.ts'

let browser: ExtensionBrowser
const failure = readFixture('no-access-employer-fi.html')
const fine = readFixture('none-employer-service-home-fi.html')
const now = new Date()
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now)

beforeAll(async () => {
  browser = await launchExtensionBrowser()
  serveFixture(browser, failure)
  serveFixture(browser, fine)
  // 40 clients: clients 10 and 30 have mandates ending within 30 days (portfolio-data.ts).
  await seedPortfolio(browser, demoPortfolio(40, today), now)
})
afterAll(async () => browser?.close())

const globalBadge = () => browser.worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }))

test('the reminder shows globally; a failed page wins in its own tab, and gives the badge back when fine', async () => {
  await expect.poll(globalBadge, { timeout: 10_000 }).toMatchObject({ text: '2' })
  expect((await globalBadge()).title).toMatch(/2/)

  const failed = await browser.context.newPage()
  await failed.goto(failure.url)
  const failedTab = await tabIdOf(browser, failed)
  await expect.poll(() => badgeOf(browser, failedTab)).toMatchObject({ text: '!' })
  expect((await badgeOf(browser, failedTab)).title).not.toMatch(/valtuuksia päättyy|mandates of|fullmakter för/)

  const other = await browser.context.newPage()
  await other.goto(fine.url)
  const otherTab = await tabIdOf(browser, other)
  await expect.poll(() => badgeOf(browser, otherTab)).toMatchObject({ text: '2' })

  // The failed tab reaches a page where nothing failed: its own badge goes, the reminder shows.
  await failed.goto(fine.url)
  await expect.poll(() => badgeOf(browser, failedTab)).toMatchObject({ text: '2' })
  expect((await badgeOf(browser, failedTab)).title).toBe((await globalBadge()).title)
})
