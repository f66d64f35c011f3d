// npm run demo: the built extension (dist/chrome) in Chromium against bundled demo pages served
// at their real Kela URLs (and one intranet page elsewhere) by the e2e harness, headed when a
// display is available, otherwise headless. For each scenario and language it saves a PNG of the
// popup into demo-output/, then PNGs of the client portfolio page with 2,000 clients
// (scripts/demo/portfolio.ts). Everything on screen comes from the real content script,
// background and diagnosis engine. The popup's clock is a Wednesday morning in March (Kela
// support open), so the pictures do not depend on when the demo runs. `npm run demo -- --docs`
// also refreshes the README's docs/screenshots/.
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { LANGS, type Lang } from '../src/core/contract/ids.ts'
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from '../test/e2e/harness/extension-browser.ts'
import { ORGANISATION, walkGuidedPath } from '../test/e2e/harness/guided-path.ts'
import { POPUP_SIZE, chooseLang, clearLocalStorage, openPopup, popupState, tabIdOfNewPage, waitForTabState } from '../test/e2e/harness/popup.ts'
import type { Page } from 'playwright-core'
import { HELP_PAGE, NOT_KELA, NO_ACCESS } from './demo/pages.ts'
import { portfolioDemo } from './demo/portfolio.ts'
import { ensureChrome } from './browser/ensure-chrome.ts'

const OUT = 'demo-output'
const WEDNESDAY = new Date('2026-03-04T10:00:00+02:00')
const DOCS = 'docs/screenshots'
const { values } = parseArgs({ options: { docs: { type: 'boolean', default: false } } })

type Tab = 'failure' | 'fine' | 'elsewhere'

interface Scenario {
  name: string
  about: string
  tab: Tab
  /** What to do in the popup before the screenshot. */
  act?: (page: Page) => Promise<void>
}

const SCENARIOS: Scenario[] = [
  { name: 'failure', about: "Kela's employer e-service refused access: the problem, the diagnosis and the engine's first question", tab: 'failure' },
  {
    name: 'mandates-question', about: 'the guided flow at "which mandates do you see", one mandate entered', tab: 'failure',
    act: async (page) => {
      for (let i = 0; i < 4 && (await page.getByTestId('guided-flow').getAttribute('data-current')) !== 'mandates'; i++) {
        const current = await page.getByTestId('guided-flow').getAttribute('data-current')
        await page.getByTestId(`question-${current}`).locator('input[type="radio"]').nth(current === 'acting-for' ? 1 : 0).check()
        await page.getByTestId(`question-${current}`).locator('button[type="submit"]').click()
      }
      const form = page.getByTestId('mandate-form')
      await form.locator('#mandator-id').fill(ORGANISATION)
      await form.locator('input[name="mandate-type"]').first().check()
      await form.locator('input[type="checkbox"]').first().check()
      await form.getByTestId('add-mandate').click()
      await page.getByTestId('question-mandates').scrollIntoViewIfNeeded()
    },
  },
  {
    name: 'guided-done', about: "every question the engine asked answered with the keyboard alone: its verdict and findings, then \"copy for my administrator\"", tab: 'failure',
    act: async (page) => {
      await walkGuidedPath(page)
      await page.getByTestId('copy-admin').click()
      await page.locator('details.copied-text summary').click()
    },
  },
  { name: 'page-fine', about: "Kela's troubleshooting page: it talks about access problems, but nothing failed", tab: 'fine' },
  {
    name: 'not-kela-page', about: "a payroll office's intranet page: not Kela's or Suomi.fi's, and the check starts from the e-service", tab: 'elsewhere',
    act: async (page) => {
      await page.getByTestId('check-mandates').click()
      await page.getByTestId('guided-flow').waitFor()
    },
  },
]

/** The README's screenshots: which scenario, and the part of the popup shown. */
const README_SHOTS: Record<string, { file: string; from?: string; height: number }> = {
  'failure-fi': { file: 'failure-fi.png', height: POPUP_SIZE.height },
  'page-fine-sv': { file: 'page-fine-sv.png', height: POPUP_SIZE.height },
  'not-kela-page-en': { file: 'not-kela-page-en.png', height: POPUP_SIZE.height },
  'guided-done-en': { file: 'guided-done-en.png', height: 920 },
  'guided-done-sv': { file: 'findings-example-sv.png', from: '[data-testid="diagnosis"]', height: 960 },
}

async function tabFor(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage()
  await page.goto(url)
  return tabIdOf(browser, page)
}

// Windows and macOS always have a display; on Linux a headed browser needs DISPLAY (or Wayland's).
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
const chrome = ensureChrome()
console.log(`${chrome.path} (${chrome.from}) ${headless ? 'headless (no display)' : 'headed'} with dist/chrome`)
mkdirSync(OUT, { recursive: true })
const browser = await launchExtensionBrowser(undefined, { headless, executablePath: chrome.path, loadOverDevTools: chrome.branded })
try {
  const failure = NO_ACCESS()
  const help = HELP_PAGE()
  const elsewhere = NOT_KELA()
  for (const page of [failure, help, elsewhere]) browser.server.route(page.url, { body: page.html })
  const tabs: Record<Tab, number> = {
    failure: await tabFor(browser, failure.url),
    fine: await tabFor(browser, help.url),
    elsewhere: await tabIdOfNewPage(browser, (page) => page.goto(elsewhere.url)),
  }
  console.log(`demo pages: ${failure.url} (tab ${tabs.failure}), ${help.url} (tab ${tabs.fine}), ${elsewhere.url} (tab ${tabs.elsewhere}); classified: ${await waitForTabState(browser, tabs.failure)}`)
  for (const scenario of SCENARIOS) {
    for (const lang of LANGS as readonly Lang[]) {
      await clearLocalStorage(browser)
      await chooseLang(browser, lang)
      const page = await openPopup(browser, tabs[scenario.tab], { fixedTime: WEDNESDAY })
      const state = await popupState(page)
      await scenario.act?.(page)
      const file = `${OUT}/${scenario.name}-${lang}.png`
      await page.screenshot({ path: file, fullPage: true })
      console.log(`${file}  [${state}] ${scenario.about}`)
      const shot = README_SHOTS[`${scenario.name}-${lang}`]
      if (values.docs && shot) {
        await page.evaluate(() => window.scrollTo(0, 0))
        const top = shot.from ? Math.floor((await page.locator(shot.from).boundingBox())!.y) : 0
        const height = Math.min(shot.height, (await page.evaluate(() => document.documentElement.scrollHeight)) - top)
        await page.screenshot({ path: `${DOCS}/${shot.file}`, fullPage: true, clip: { x: 0, y: top, width: POPUP_SIZE.width, height } })
        console.log(`${DOCS}/${shot.file}  (README)`)
      }
      await page.close()
    }
  }
  await portfolioDemo(browser, OUT)
} finally {
  await browser.close()
}
