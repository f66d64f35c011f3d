// The built manifests are what the stores and the browsers see: pin them, and check the
// promises the README makes about hosts, permissions and exposed files.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { CONTENT_SCRIPT } from '../../src/extension/background/content-script-file.ts'

const ALLOWED_HOSTS = ['https://*.kela.fi/*', 'https://*.suomi.fi/*']
const read = (browser: string) => JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8'))

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json', (browser) => {
  const manifest = read(browser)

  test('matches the snapshot', () => {
    expect(manifest).toMatchSnapshot()
  })
  test('is MV3 and exposes no file to web pages', () => {
    expect(manifest.manifest_version).toBe(3)
    expect(manifest.web_accessible_resources).toBeUndefined()
  })
  test('asks only for Kela and Suomi.fi hosts, never <all_urls>', () => {
    const hosts = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]
    expect(hosts.length).toBeGreaterThan(0)
    for (const host of hosts) expect(ALLOWED_HOSTS).toContain(host)
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>')
  })
  test('no content script is declared: the background injects one standalone file, which imports nothing', () => {
    // src/extension/background/injection.ts says why the script is injected, not declared.
    expect(manifest.content_scripts).toBeUndefined()
    expect(manifest.permissions).toEqual(['scripting', 'storage', 'webRequest'])
    const script = readFileSync(`dist/${browser}/${CONTENT_SCRIPT}`, 'utf8')
    expect(script).not.toMatch(/\bimport\s*[({"'`*]|\bimport\s+\w|\bexport\s*[{*]|\brequire\(/)
  })
})

test('Chrome gets a service worker, Firefox background scripts and a gecko id', () => {
  const chrome = read('chrome')
  const firefox = read('firefox')
  expect(chrome.background.service_worker).toBeTypeOf('string')
  expect(chrome.browser_specific_settings).toBeUndefined()
  expect(firefox.background.scripts).toHaveLength(1)
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/^\{[0-9a-f-]{36}\}$/)
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] })
})
