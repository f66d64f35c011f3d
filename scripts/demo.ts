// npm run demo: the built extension (dist/chrome) in Chromium against bundled demo pages served
// at their real Kela URLs (test/e2e/harness), headed when a display is available, otherwise
// headless. For each scenario and language it saves a PNG of the popup into demo-output/, then
// PNGs of the client portfolio page with 2,000 clients (scripts/demo/portfolio.ts).
import { mkdirSync } from 'node:fs'
import { LANGS, type Lang } from '../src/core/contract/ids.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from '../test/e2e/harness/extension-browser.ts'
import { walkGuidedPath } from '../test/e2e/harness/guided-path.ts'
import { chooseLang, clearLocalStorage, openPopup, popupState, waitForTabState } from '../test/e2e/harness/popup.ts'
import type { Page } from 'playwright-core'
import { HELP_PAGE, NO_ACCESS } from './demo/pages.ts'
import { portfolioDemo } from './demo/portfolio.ts'

const OUT = 'demo-output'

interface Scenario {
  name: string
  about: string
  tab: 'failure' | 'fine'
  /** What to do in the popup before the screenshot. */
  act?: (page: Page) => Promise<void>
}

const SCENARIOS: Scenario[] = [
  { name: 'failure', about: "Kela's employer e-service refused access: the problem, the diagnosis and the first question", tab: 'failure' },
  {
    name: 'mandates-question', about: 'the guided flow at "which mandates do you see", one mandate entered', tab: 'failure',
    act: async (page) => {
      for (let i = 0; i < 4 && (await page.getByTestId('guided-flow').getAttribute('data-current')) !== 'mandates'; i++) {
        const current = await page.getByTestId('guided-flow').getAttribute('data-current')
        await page.getByTestId(`question-${current}`).locator('input[type="radio"]').nth(current === 'acting-for' ? 1 : 0).check()
        await page.getByTestId(`question-${current}`).locator('button[type="submit"]').click()
      }
      const form = page.getByTestId('mandate-form')
      await form.locator('#mandator-id').fill('0913909-2')
      await form.locator('input[name="mandate-type"]').first().check()
      await form.locator('input[type="checkbox"]').first().check()
      await form.getByTestId('add-mandate').click()
      await page.getByTestId('question-mandates').scrollIntoViewIfNeeded()
    },
  },
  {
    name: 'guided-done', about: 'every question answered with the keyboard alone, then "copy for my administrator"', tab: 'failure',
    act: async (page) => {
      await walkGuidedPath(page)
      await page.getByTestId('copy-admin').click()
      await page.locator('details.copied-text summary').click()
    },
  },
  { name: 'page-fine', about: "Kela's troubleshooting page: it talks about access problems, but nothing failed", tab: 'fine' },
]

async function tabFor(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage()
  await page.goto(url)
  return tabIdOf(browser, page)
}

const headless = !process.env.DISPLAY
console.log(`Chromium ${headless ? 'headless (no DISPLAY)' : `headed on ${process.env.DISPLAY}`} with dist/chrome`)
mkdirSync(OUT, { recursive: true })
const browser = await launchExtensionBrowser(undefined, { headless })
try {
  const failure = NO_ACCESS()
  const help = HELP_PAGE()
  browser.server.route(failure.url, { body: failure.html })
  browser.server.route(help.url, { body: help.html })
  const tabs = { failure: await tabFor(browser, failure.url), fine: await tabFor(browser, help.url) }
  console.log(`demo pages: ${failure.url} (tab ${tabs.failure}), ${help.url} (tab ${tabs.fine}); classified: ${await waitForTabState(browser, tabs.failure)}`)
  for (const scenario of SCENARIOS) {
    for (const lang of LANGS as readonly Lang[]) {
      await clearLocalStorage(browser)
      await chooseLang(browser, lang)
      const page = await openPopup(browser, tabs[scenario.tab])
      const state = await popupState(page)
      await scenario.act?.(page)
      const file = `${OUT}/${scenario.name}-${lang}.png`
      await page.screenshot({ path: file, fullPage: true })
      console.log(`${file}  [${state}] ${scenario.about}`)
      await page.close()
    }
  }
  await portfolioDemo(browser, OUT)
} finally {
  await browser.close()
}
