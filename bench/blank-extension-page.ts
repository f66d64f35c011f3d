// The baseline for timings of the extension's own pages (popup, portfolio): a blank page of the
// extension itself, opened in the same browser, interleaved with the measurement. It costs what
// Chromium costs to open any extension page on this machine in this run (the navigation, the
// extension's renderer, one module script, one frame) and none of our code, so a slower machine
// slows it as it slows our pages, while our pages' own work (loading and running their code,
// asking the background, rendering) is what the normalised value keeps.
// The page exists only in a copy of the build made for the bench: the shipped extension has no
// page it does not need.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BrowserContext } from 'playwright-core'

export const BLANK_PAGE = 'bench-blank.html'
export const BLANK_SHOWN_MARK = 'valtuusapu:blank-shown'

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Valtuusapu bench</title><script type="module" src="/bench-blank.js"></script></head>
  <body><main><h1>Valtuusapu</h1></main></body>
</html>
`
// The mark is set as Preact sets our pages' marks (useEffect): after the next animation frame,
// in a task of its own.
const SCRIPT = `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(BLANK_SHOWN_MARK)})))\n`

export interface BenchBuild {
  /** The copy of the build with the blank page; load it with launchExtensionBrowser(dir). */
  dir: string
  remove(): void
}

/** A copy of `dist` (a built extension) with the blank page added. */
export function buildWithBlankPage(dist = 'dist/chrome'): BenchBuild {
  const dir = join(mkdtempSync(join(tmpdir(), 'valtuusapu-bench-')), 'extension')
  cpSync(resolve(dist), dir, { recursive: true })
  writeFileSync(join(dir, BLANK_PAGE), HTML)
  writeFileSync(join(dir, 'bench-blank.js'), SCRIPT)
  return { dir, remove: () => rmSync(resolve(dir, '..'), { recursive: true, force: true }) }
}

/** Opens the blank page in a new tab: milliseconds from the navigation's start to its mark. */
export async function openBlankPage(context: BrowserContext, extensionId: string, viewport: { width: number; height: number }): Promise<number> {
  const page = await context.newPage()
  try {
    await page.setViewportSize(viewport)
    await page.goto(`chrome-extension://${extensionId}/${BLANK_PAGE}`, { waitUntil: 'commit' })
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, BLANK_SHOWN_MARK)
    return await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, BLANK_SHOWN_MARK)
  } finally {
    await page.close()
  }
}
