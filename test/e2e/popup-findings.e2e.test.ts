// The popup's findings in Chromium: the App with the real engine on cases richer than a page
// alone gives (gallery/cases.ts), with the popup's own CSS, checked with axe-core's WCAG 2.1 A/AA
// rules, for width, and against the engine's own result for the same case, in fi, sv and en.
// The App is built with Vite into one script and served on a plain page of the fixture server.
import preact from '@preact/preset-vite'
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { build, type Rolldown } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Case } from '../../src/core/contract/case.ts'
import { LANGS, type Lang } from '../../src/core/contract/ids.ts'
import { diagnose } from '../../src/core/diagnosis/index.ts'
import { GALLERY_TAB, GALLERY_TIME, galleryCase, type GalleryScenario } from './gallery/cases.ts'
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser.ts'
import { axeViolations, horizontalOverflow, POPUP_SIZE } from './harness/popup.ts'

const GALLERY = 'https://www.example.com/valtuusapu-gallery/'
let browser: ExtensionBrowser

async function galleryPage(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    build: { write: false, minify: false, cssCodeSplit: false, lib: { entry: 'test/e2e/gallery/gallery.tsx', formats: ['iife'], name: 'gallery' } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]
  const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)
  const js = files.filter((f) => f.type === 'chunk').map((f) => (f as Rolldown.OutputChunk).code).join('\n')
  const css = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css')).map((f) => String((f as Rolldown.OutputAsset).source)).join('\n')
  if (!js || !css) throw new Error('the gallery build gave no script or no CSS')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Valtuusapu</title><style>${css}</style></head><body><div id="app"></div><script>${js.replace(/<\/script/g, '<\\/script')}</script></body></html>`
}

beforeAll(async () => {
  mkdirSync('.reports/popup', { recursive: true })
  const html = await galleryPage()
  browser = await launchExtensionBrowser()
  browser.server.route(GALLERY, { body: html })
}, 120_000)
afterAll(async () => browser?.close())

async function open(hash: string): Promise<Page> {
  const page = await browser.context.newPage()
  await page.setViewportSize(POPUP_SIZE)
  await page.goto(`${GALLERY}#${hash}`)
  await page.getByTestId('diagnosis').waitFor()
  return page
}

/** What the engine says for the gallery's case, computed here in node. */
function expected(scenario: GalleryScenario, lang: Lang) {
  const base: Case = { version: 1, lang, service: 'employer', page: { kind: GALLERY_TAB.state.kind, url: GALLERY_TAB.state.url }, now: new Date(GALLERY_TIME).toISOString() }
  return diagnose(galleryCase(scenario, base))
}

describe.each(LANGS)('findings in %s', (lang) => {
  test('cannot access: blocking findings first, each with who fixes it, steps and links, as the engine gives them; axe clean', async () => {
    const result = expected('blocking', lang)
    expect(result.findings.map((f) => f.severity)).toEqual(['blocking', 'warning'])
    const page = await open(`blocking.${lang}`)
    expect(await page.getByTestId('diagnosis').getAttribute('data-verdict')).toBe(result.verdict)
    const findings = page.getByTestId('finding')
    expect(await findings.evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-id')))).toEqual(result.findings.map((f) => f.id))
    expect(await findings.evaluateAll((els) => els.map((el) => el.getAttribute('data-fixed-by')))).toEqual(result.findings.map((f) => f.fixedBy))
    expect(await findings.first().locator('ol li').count()).toBe(result.findings[0]!.steps.length)
    expect(await findings.first().locator('h4').textContent()).toBe(result.findings[0]!.title)
    expect(await findings.first().getByRole('link').first().getAttribute('href')).toBe(result.findings[0]!.links[0]!.url)
    expect(await page.getByRole('heading', { level: 4 }).count()).toBe(result.findings.length)
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)
    await page.screenshot({ path: `.reports/popup/findings-${lang}.png`, fullPage: true })
    await page.close()
  })

  test('can access: the verdict and what is good to know; axe clean', async () => {
    const result = expected('can-access', lang)
    const page = await open(`can-access.${lang}`)
    expect(await page.getByTestId('diagnosis').getAttribute('data-verdict')).toBe('can-access')
    expect(await page.getByTestId('finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-id')))).toEqual(result.findings.map((f) => f.id))
    expect(await page.getByTestId('guided-flow').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)
    await page.screenshot({ path: `.reports/popup/can-access-${lang}.png`, fullPage: true })
    await page.close()
  })
})
