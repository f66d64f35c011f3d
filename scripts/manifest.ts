import type { ManifestV3Export } from '@crxjs/vite-plugin'
import source from '../manifest.json' with { type: 'json' }

export type Browser = 'chrome' | 'firefox'

export function targetBrowser(value: string | undefined): Browser {
  if (value === undefined || value === '' || value === 'chrome') return 'chrome'
  if (value === 'firefox') return 'firefox'
  throw new Error(`VALTUUSAPU_BROWSER must be "chrome" or "firefox", got "${value}"`)
}

/**
 * The manifest for one browser, derived from the single source manifest.json.
 * Chrome: an MV3 service worker, no gecko settings (Chrome warns about unknown keys).
 * Firefox: background scripts (Firefox MV3 has no service workers) and the gecko id with
 * data_collection_permissions, which AMO requires for new extensions since 2025-11-03.
 */
export function manifestFor(browser: Browser): ManifestV3Export {
  const { background, browser_specific_settings, ...common } = structuredClone(source)
  if (browser === 'chrome') {
    return { ...common, background: { service_worker: background.service_worker, type: 'module' } } as ManifestV3Export
  }
  return {
    ...common,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings,
  } as ManifestV3Export
}
