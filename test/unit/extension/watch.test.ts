// @vitest-environment happy-dom
// The single-page-app watcher: batched and throttled, quiet pages stop being watched, user
// actions wake it, its mutation callback reads nothing, and a failing check never escapes.
import { afterEach, expect, test, vi } from 'vitest'
import { MIN_GAP, QUIET, watchPage, type Watcher } from '../../../src/extension/content/watch.ts'
import { classifyPage } from '../../../src/core/page/classify.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
let watcher: Watcher | undefined
afterEach(() => {
  watcher?.stop()
  document.body.innerHTML = ''
})

test('runs once at start, then at most once per MIN_GAP under a storm of DOM changes', async () => {
  let runs = 0
  watcher = watchPage(() => runs++)
  await sleep(100)
  expect(runs).toBe(1)
  const started = Date.now()
  while (Date.now() - started < 1000) {
    document.body.append(document.createElement('span'))
    await sleep(5)
  }
  await sleep(MIN_GAP + 100)
  // One second of constant change: at most 1000 / MIN_GAP runs, plus the one at start.
  expect(runs).toBeGreaterThan(1)
  expect(runs).toBeLessThanOrEqual(2 + Math.ceil(1000 / MIN_GAP))
})

test('stops watching once the page is quiet; a click wakes it and checks again', async () => {
  let runs = 0
  watcher = watchPage(() => runs++)
  await sleep(QUIET + 300)
  expect(watcher.watching).toBe(false)
  const before = runs
  document.body.append(document.createElement('p'))
  await sleep(MIN_GAP + 100)
  expect(runs).toBe(before)
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))
  await sleep(MIN_GAP + 100)
  expect(watcher.watching).toBe(true)
  expect(runs).toBe(before + 1)
}, 10_000)

test('a check that throws never reaches the page, and later checks still run', async () => {
  const errors: unknown[] = []
  const onError = (event: ErrorEvent) => errors.push(event.error)
  window.addEventListener('error', onError)
  let runs = 0
  watcher = watchPage(() => {
    runs++
    throw new Error('classifier bug')
  })
  await sleep(100)
  document.body.append(document.createElement('p'))
  await sleep(MIN_GAP + 100)
  window.removeEventListener('error', onError)
  expect(runs).toBe(2)
  expect(errors).toEqual([])
})

test('neither the mutation callback nor the classifier reads layout', async () => {
  const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect')
  const style = vi.spyOn(window, 'getComputedStyle')
  document.body.innerHTML = '<main><h1>Istunto on vanhentunut</h1><p>Kirjaudu uudelleen.</p></main>'
  watcher = watchPage(() => classifyPage({ doc: document, url: 'https://asiointi.kela.fi/x', status: null }))
  for (let i = 0; i < 50; i++) document.body.append(document.createElement('div'))
  await sleep(MIN_GAP + 200)
  expect(rect).not.toHaveBeenCalled()
  expect(style).not.toHaveBeenCalled()
})

test('stop() disconnects for good', async () => {
  let runs = 0
  watcher = watchPage(() => runs++)
  await sleep(100)
  watcher.stop()
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))
  document.body.append(document.createElement('p'))
  await sleep(MIN_GAP + 100)
  expect(runs).toBe(1)
  expect(watcher.watching).toBe(false)
})
