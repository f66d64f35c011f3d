// The popup's findings in Chromium: the App rendered with hand-made engine results (the real
// engine lands with issue 3), with the popup's own CSS, checked with axe-core's WCAG 2.1 A/AA
// rules, for width, and for the order and content of the findings, in fi, sv and en.
// The App is built with Vite into one script and served on a plain page of the fixture server.
import preact from '@preact/preset-vite'
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { build, type Rolldown } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LANGS } from '../../src/core/contract/ids.ts'
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

describe.each(LANGS)('findings in %s', (lang) => {
  test('cannot access: blocking findings first, each with who fixes it, steps and links; axe clean', async () => {
    const page = await open(`blocking.${lang}`)
    expect(await page.getByTestId('diagnosis').getAttribute('data-verdict')).toBe('cannot-access')
    const findings = page.getByTestId('finding')
    expect(await findings.evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-id'))))
      .toEqual(['needs-edustamisvaltuus', 'client-mandate-missing', 'expires-soon', 'contact-kela-support'])
    expect(await findings.evaluateAll((els) => els.map((el) => el.getAttribute('data-fixed-by'))))
      .toEqual(['organisation-admin', 'client', 'organisation-admin', 'kela-support'])
    expect(await findings.first().locator('ol li').count()).toBe(3)
    expect(await findings.first().getByRole('link').first().getAttribute('href')).toMatch(/^https:\/\/www\.suomi\.fi\//)
    expect(await page.getByRole('heading', { level: 4 }).count()).toBe(4)
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)
    await page.screenshot({ path: `.reports/popup/findings-${lang}.png`, fullPage: true })
    await page.close()
  })

  test('can access: the verdict and what is good to know; axe clean', async () => {
    const page = await open(`can-access.${lang}`)
    expect(await page.getByTestId('diagnosis').getAttribute('data-verdict')).toBe('can-access')
    expect(await page.getByTestId('guided-flow').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)
    await page.screenshot({ path: `.reports/popup/can-access-${lang}.png`, fullPage: true })
    await page.close()
  })
})
