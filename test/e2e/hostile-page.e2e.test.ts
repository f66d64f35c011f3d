// Security: a hostile page at a real Kela URL, and a hostile second extension, against the
// built extension in Chromium. The page builds its failure text with script, puts HTML and
// script inside the messages, carries a 5 MB body with identity codes and names, nests the DOM
// a thousand levels deep and forges our message shapes with postMessage and DOM events. The
// other extension sends forged runtime messages to us. The extension must not render the page's
// HTML anywhere, must not throw into the page's console, must store no page text, and must
// ignore every message that does not come from its own contexts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchExtensionBrowser, tabIdOf, unpackedExtensionId, type ExtensionBrowser } from './harness/extension-browser.ts'
import { collectExtensionErrors, storedLocal } from './harness/extension-state.ts'

const HOSTILE_URL = 'https://asiointi.kela.fi/tyonantaja/hostile'
const IDENTITY_CODE = '131052-308T'
const PERSON = 'Maija Mallikas'
const FORGED_STATE = { type: 'cs-bg-page-state', report: { kind: 'service-error', service: 'kelmu', lang: 'sv', evidence: ['forged'] } }
const FORGED_SAVE = {
  type: 'ui-bg-save-mandates', mode: 'replace',
  mandates: [{ holder: 'me', mandator: '0913909-2', type: 'asiointivaltuus', themes: ['Forged theme'] }],
}
/** Strings that must never appear in anything the extension stores or shows. */
const PAGE_ONLY = ['onerror', '<img', '<script', 'pwned', IDENTITY_CODE, PERSON, 'forged', 'Forged theme', 'lorem-marker']

function hostilePage(): string {
  const filler = `<p>lorem-marker ${PERSON} ${IDENTITY_CODE} Sinulla ei ole käyttöoikeutta? &lt;img src=x onerror=alert(1)&gt;</p>\n`
  const body = filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length))
  return `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>Työnantajan asiointipalvelu &lt;script&gt;window.__pwned=1&lt;/script&gt;</title></head>
<body>
<div id="app"></div>
<script>
  // Failure text built by script, with markup inside the message.
  const alert = document.createElement('div')
  alert.setAttribute('role', 'alert')
  alert.innerHTML = '<h1>Sinulla ei ole käyttöoikeutta <img src=x onerror="window.__pwned=2"></h1>' +
    '<b onmouseover="window.__pwned=3">${PERSON} ${IDENTITY_CODE}</b><script>window.__pwned=4<\\/script>'
  document.getElementById('app').append(alert)
  // A very deep DOM: 1,000 levels (the HTML parser stops nesting at 512; Chromium's own renderer
  // crashes near 3,000 even without any extension, measured here).
  let node = document.getElementById('app')
  for (let i = 0; i < 1000; i++) { const child = document.createElement('div'); node.append(child); node = child }
  node.textContent = 'deepest lorem-marker'
  // Forged messages in our shapes, on every channel a page has.
  const forged = ${JSON.stringify([FORGED_STATE, FORGED_SAVE])}
  let rounds = 0
  const timer = setInterval(() => {
    for (const message of forged) {
      window.postMessage(message, '*')
      window.postMessage(JSON.stringify(message), '*')
      document.dispatchEvent(new CustomEvent('valtuusapu', { detail: message }))
      try { chrome.runtime.sendMessage('${unpackedExtensionId(resolve('dist/chrome'))}', message) } catch (error) { window.__sendMessageRefused = String(error) }
    }
    if (++rounds > 20) clearInterval(timer)
  }, 50)
</script>
${body}
</body>
</html>`
}

/** A second extension that tries to talk to ours from its service worker and its content script. */
function hostileExtension(dir: string, targetId: string): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Hostile test extension', version: '1.0',
    background: { service_worker: 'sw.js' },
    host_permissions: ['https://*.kela.fi/*'],
    content_scripts: [{ matches: ['https://*.kela.fi/*'], js: ['cs.js'], run_at: 'document_idle' }],
  }))
  writeFileSync(join(dir, 'sw.js'), '// driven by the test through worker.evaluate\n')
  writeFileSync(join(dir, 'cs.js'), `for (const m of ${JSON.stringify([FORGED_STATE, FORGED_SAVE])}) chrome.runtime.sendMessage(${JSON.stringify(targetId)}, m).catch(() => {})\n`)
}

let browser: ExtensionBrowser
const otherDir = mkdtempSync(join(tmpdir(), 'valtuusapu-hostile-ext-'))

beforeAll(async () => {
  hostileExtension(otherDir, unpackedExtensionId(resolve('dist/chrome')))
  browser = await launchExtensionBrowser(undefined, { otherExtensions: [otherDir] })
  browser.server.route(HOSTILE_URL, { body: hostilePage() })
})
afterAll(async () => {
  await browser?.close()
  rmSync(otherDir, { recursive: true, force: true })
})

test('a hostile page is classified without rendering its HTML, throwing, or storing its text', async () => {
  const page = await browser.context.newPage()
  const errors: string[] = []
  collectExtensionErrors(page, browser.extensionId, errors)
  await page.goto(HOSTILE_URL)
  const tabId = await tabIdOf(browser, page)
  const session = () => browser.worker.evaluate(() => chrome.storage.session.get(null))
  await expect.poll(async () => (await session())[`tab:${tabId}`], { timeout: 15_000 }).toMatchObject({ kind: 'no-access' })
  await page.waitForTimeout(1500) // let the forged messages run their course

  const stored = JSON.stringify({ session: await session(), local: await storedLocal(browser) })
  for (const text of PAGE_ONLY) expect(stored, `stored data contains "${text}"`).not.toContain(text)
  const state = (await session())[`tab:${tabId}`] as Record<string, unknown>
  expect(state.kind).toBe('no-access') // not the forged service-error
  expect(state.url).toBe(HOSTILE_URL)

  const popup = await browser.context.newPage()
  await popup.goto(`chrome-extension://${browser.extensionId}/src/extension/popup/index.html?tabId=${tabId}`)
  await popup.waitForLoadState('load')
  await popup.waitForTimeout(500)
  const rendered = await popup.evaluate(() => ({
    pwned: (window as { __pwned?: number }).__pwned ?? null,
    injected: document.querySelectorAll('img, iframe, object, embed, script:not([src])').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    text: document.body.innerText,
  }))
  expect(rendered.pwned).toBeNull()
  expect(rendered.injected).toBe(0)
  expect(rendered.handlers).toBe(0)
  for (const text of PAGE_ONLY) expect(rendered.text, `popup shows "${text}"`).not.toContain(text)
  expect(errors).toEqual([])
  await popup.close()
  await page.close()
}, 60_000)

test('messages from another extension are ignored', async () => {
  const other = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${unpackedExtensionId(otherDir)}/`))
  expect(other, 'the hostile extension runs').toBeDefined()
  const snapshot = async () => JSON.stringify(await browser.worker.evaluate(async () => [await chrome.storage.session.get(null), await chrome.storage.local.get(null)]))
  // The background may still be clearing the state of the tab the previous test closed: start
  // from a settled store (two snapshots 300 ms apart alike), so any change below is the messages'.
  let before = await snapshot()
  for (let settled = false, tries = 0; !settled && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 300))
    const next = await snapshot()
    settled = next === before
    before = next
  }
  const replies = await other!.evaluate(async ({ target, messages }) => {
    const out: string[] = []
    for (const message of messages) {
      try {
        out.push(JSON.stringify(await chrome.runtime.sendMessage(target, message)) ?? 'undefined')
      } catch (error) {
        out.push(`refused: ${String(error)}`)
      }
    }
    return out
  }, { target: browser.extensionId, messages: [FORGED_STATE, FORGED_SAVE, { type: 'ui-bg-get-tab-state', tabId: 0 }] })
  // No listener for external messages: Chrome refuses delivery or nobody answers.
  for (const reply of replies) expect(reply === 'undefined' || reply.startsWith('refused')).toBe(true)
  const after = await snapshot()
  expect(after).toBe(before)
  expect(after).not.toContain('Forged theme')
})
