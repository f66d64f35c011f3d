// Issue 4: a page loads as fast with the extension as without it, within 5 %.
//
// Design, after measuring the alternatives on our shared 2-core machines:
// - One Chromium with dist/chrome. The same Kela-like page (200 kB, a long e-service list) is
//   served at a Kela address, where the content script and the webRequest observer run, and at
//   an unrelated address, where the extension does nothing. (Two browser instances side by side,
//   one without the extension, differed by 0.85-1.45x with no extension in either: that measured
//   the machine, not the extension.)
// - Loads come in rounds (120), one at each address, back to back, in tabs that each navigate
//   within their site, as a user moves around an e-service, so a slow moment of the machine
//   slows both loads alike. The value is what the issue names, the median loadEventEnd of the
//   loads with the extension over the median of those without it (median of 120 loads each).
//   Until 2026-11-22 it was the median of the rounds' ratios: in five runs that printed both,
//   that gave 0.98-1.07 where the ratio of the medians gave 0.975-1.03 (the detail prints both). A control
//   address shows the noise of the run; the detail gives a bootstrap 90 % interval of the value
//   (resampling whole rounds), its precision in this run.
// - Each address is on a site of its own, so each tab has a renderer process of its own: with the
//   control at control.example.com beside www.example.com (one site, one shared process), the
//   control's median load was 13-15 % below www.example.com's in three quiet runs, a bias as
//   large as the budget. Each tab is brought to the front before it loads: in a test of three identical
//   addresses the tab opened last (the one in front) loaded 7-10 % faster than the others.
// - Why 120 rounds: single loads of the same page vary 150-330 ms here (10th-90th percentile),
//   and pairing them in rounds cancels little of it. Resampling 120 quiet rounds, the median
//   ratio of 60 rounds had a standard deviation of 0.07, of 120 rounds 0.05 (the ratio of the two
//   medians the same; means and trimmed means 0.04, but they weigh the slow loads, and the issue
//   asks for medians). A run's value is therefore good to about +-0.05: the detail says how good.
// - The detail adds pages opened each in a new tab (a new renderer process each time): 24 rounds
//   at the three addresses, the same ratio of medians, printed and not judged: a new tab's load
//   is bimodal here (below), and 24 rounds put the ratio anywhere in 0.4-1.03 (its bootstrap
//   interval in one run), while the control (no extension on either side) moved 0.81-1.07. Until
//   2026-11-22 the manifest declared the content script, and there the Kela page loaded about
//   twice as slowly in a new tab (1.6-2.3x in five runs; 1.74, 1.80 and 1.31x in three runs of 30
//   pairs on 2026-11-22) whatever the script did: 1.8-2.5x with it at document_start,
//   document_end or document_idle, 1.04-1.89x in four runs with an empty file in its place,
//   0.96-1.07x with no content script. Chromium readies a new process for an extension's declared script, about 100 ms per
//   new Kela tab. The background now injects the script once a page has loaded
//   (src/extension/background/injection.ts): 0.99, 0.88 and 1.14x in the same three runs, and in
//   two runs of 40 pairs 0.53x and 0.92x against 1.97x and 1.21x declared (injection.ts counts
//   the slow loads: 90-95 % of Kela loads declared, 33-35 % injected). Both
//   addresses flip between loads of about 80 ms and about 200 ms (the parser finishes the page at
//   about 50 ms or about 200 ms after responseEnd, with or without the extension), so the median
//   of a few dozen loads jumps between the two.
// Why the script is injected after load rather than declared at document_idle: Chrome holds a
// page's load event until its document_idle content scripts have run; with any declared
// document_idle script, even an empty one, Kela pages here loaded 1.5x slower (2.7x in a new tab).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { FixtureServer } from '../test/e2e/harness/fixture-server.ts'
import { removeProfile } from '../test/e2e/harness/remove-profile.ts'
import { median, type Budget } from './budget.ts'
import { bigKelaPage } from './big-page.ts'

const ROUNDS = 120
const NEW_TAB_ROUNDS = 24
const KELA = 'https://asiointi.kela.fi/tyonantaja/hakemukset'
const ELSEWHERE = 'https://www.example.com/tyonantaja/hakemukset'
/** A control: the same page at a second unrelated address, on a site of its own. Its ratio to
 *  ELSEWHERE shows how much two identical loads differ on this machine in this run (ideally 1.000). */
const CONTROL = 'https://www.example.org/tyonantaja/hakemukset'

async function navigate(page: Page, url: string): Promise<number> {
  // The tab in front loads faster than the others: each load in front.
  await page.bringToFront()
  await page.goto(url, { waitUntil: 'load' })
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd)
}

async function inNewTab(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage()
  const load = await navigate(page, url)
  await page.close()
  return load
}

/**
 * Rounds of one measurement per address in `urls`, back to back, the order rotating from round to
 * round; the first `warmUp` rounds are dropped. Each round lists the results in `urls` order.
 */
async function rounds<T>(urls: string[], count: number, warmUp: number, measure: (url: string, i: number) => Promise<T>): Promise<T[][]> {
  const result: T[][] = []
  for (let i = 0; i < count + warmUp; i++) {
    const round = new Map<string, T>()
    for (let j = 0; j < urls.length; j++) {
      const url = urls[(i + j) % urls.length]!
      round.set(url, await measure(url, i))
    }
    if (i >= warmUp) result.push(urls.map((url) => round.get(url)!))
  }
  return result
}

/**
 * A bootstrap 90 % interval of `statistic` over `rounds`: the 5th and 95th percentiles of the
 * statistic of 1,000 resamples of whole rounds (a fixed seed, so the same rounds give the same
 * interval).
 */
function interval<T>(rounds: T[], statistic: (sample: T[]) => number): string {
  let seed = 1
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647)
  const values: number[] = []
  for (let i = 0; i < 1000; i++) values.push(statistic(rounds.map(() => rounds[Math.floor(random() * rounds.length)]!)))
  values.sort((a, b) => a - b)
  return `${values[50]!.toFixed(3)}-${values[949]!.toFixed(3)}`
}

/** Median load where the extension runs (column `side`) over the median where it does not (column 1). */
const ratioOfMedians = (side: number) => (sample: number[][]): number => median(sample.map((round) => round[side]!)) / median(sample.map((round) => round[1]!))

const quartiles = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3)
  return `${at(0.25)}-${at(0.75)}`
}

interface Loads {
  /** Rounds of [Kela, elsewhere, control] loads navigated within a tab. */
  inTab: number[][]
  /** The same, each load in a new tab. */
  newTab: number[][]
  pageKb: number
}

/** One browser session: the loads within tabs, then the loads in new tabs. */
async function measureLoads(): Promise<Loads> {
  const server = new FixtureServer()
  const port = await server.start()
  const body = bigKelaPage(200_000)
  for (const url of [KELA, ELSEWHERE, CONTROL]) server.route(url, { body })
  const profile = mkdtempSync(join(tmpdir(), 'valtuusapu-bench-'))
  const dist = resolve('dist/chrome')
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=ExtensionDisableUnsupportedDeveloper', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      `--host-resolver-rules=MAP *.kela.fi 127.0.0.1:${port}, MAP *.example.com 127.0.0.1:${port}, MAP *.example.org 127.0.0.1:${port}, MAP * ~NOTFOUND`,
    ],
  })
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker')
    const tabs: Record<string, Page> = {}
    for (const url of [KELA, ELSEWHERE, CONTROL]) tabs[url] = await context.newPage()
    const inTab = await rounds([KELA, ELSEWHERE, CONTROL], ROUNDS, 2, (url, i) => navigate(tabs[url]!, `${url}?n=${i}`))
    for (const tab of Object.values(tabs)) await tab.close()
    const newTab = await rounds([KELA, ELSEWHERE, CONTROL], NEW_TAB_ROUNDS, 2, (url, i) => inNewTab(context, `${url}?t=${i}`))
    return { inTab, newTab, pageKb: body.length / 1000 }
  } finally {
    await context.close()
    await removeProfile(profile)
    await server.stop()
  }
}

/** Medians, the ratio's bootstrap interval, the control's ratio. */
function describe(sample: number[][], what: string): string {
  const ratios = sample.map(([kela, elsewhere]) => kela! / elsewhere!)
  return `${sample.length} rounds of ${what}: median load ${median(sample.map((r) => r[0]!)).toFixed(1)} ms where the extension runs, ` +
    `${median(sample.map((r) => r[1]!)).toFixed(1)} ms where it does not (bootstrap 90 % interval of the ratio ${interval(sample, ratioOfMedians(0))}); ` +
    `median of the per-round ratios ${median(ratios).toFixed(3)} (quartiles ${quartiles(ratios)}); ` +
    `control, a second address where it does not run: ${ratioOfMedians(2)(sample).toFixed(3)}x (interval ${interval(sample, ratioOfMedians(2))})`
}

export const budgets: Budget[] = [
  {
    name: 'page load with the extension / without (ratio of the median loads)',
    issue: 4,
    unit: '×',
    kind: 'max',
    limit: 1.05,
    scale: 'absolute',
    async measure() {
      // The issue's measure: the median of the loads with the extension over the median of the
      // loads without it. The median of the per-round ratios is printed too; it moves more from
      // run to run (each ratio carries the noise of two single loads).
      const { inTab, newTab, pageKb } = await measureLoads()
      return {
        value: ratioOfMedians(0)(inTab),
        detail: `${describe(inTab, `loads of a ${pageKb.toFixed(0)} kB page navigated within a tab`)}; ` +
          `not judged (see the file's header), ${describe(newTab, 'the same loads each in a new tab')}: ${ratioOfMedians(0)(newTab).toFixed(3)}x`,
      }
    },
  },
]
