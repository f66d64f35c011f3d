// Every branch of the demo's browser search (scripts/browser/find-chrome.ts), on machines made up
// of the files they hold.
import { describe, expect, it } from 'vitest'
import { findChrome, type Machine } from '../../../scripts/browser/find-chrome.ts'

function machine(platform: NodeJS.Platform, files: string[], more: Partial<Machine> & { env?: Machine['env'] } = {}): Machine {
  const present = new Set(files)
  return {
    platform,
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...more.env },
    isExecutable: (path) => present.has(path),
    isDebian: more.isDebian ?? false,
    isRoot: more.isRoot ?? false,
  }
}

const found = (search: ReturnType<typeof findChrome>) => (search.kind === 'found' ? search.browser : undefined)

describe('CHROME_PATH', () => {
  it('wins over every browser on the machine', () => {
    const search = findChrome(machine('linux', ['/usr/bin/chromium', '/opt/chrome/chrome'], { env: { CHROME_PATH: '/opt/chrome/chrome' } }))
    expect(found(search)).toEqual({ path: '/opt/chrome/chrome', branded: false, from: 'CHROME_PATH' })
  })

  it('pointing at nothing stops with a line naming the variable, and does not look further', () => {
    const search = findChrome(machine('linux', ['/usr/bin/chromium'], { env: { CHROME_PATH: '/nowhere/chrome' }, isDebian: true, isRoot: true }))
    expect(search.kind).toBe('none')
    expect(search.kind === 'none' && search.message).toMatch(/^CHROME_PATH is \/nowhere\/chrome, but no browser is there/)
  })

  it('marks Google Chrome and Edge as branded (the extension is loaded over the DevTools protocol)', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(found(findChrome(machine('darwin', [chrome], { env: { CHROME_PATH: chrome } })))?.branded).toBe(true)
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(found(findChrome(machine('win32', [edge], { env: { CHROME_PATH: edge } })))?.branded).toBe(true)
  })

  it('CHROMIUM_PATH, the tests\' variable, is read when CHROME_PATH is not set', () => {
    expect(found(findChrome(machine('linux', ['/x/chromium'], { env: { CHROMIUM_PATH: '/x/chromium' } })))?.from).toBe('CHROMIUM_PATH')
  })
})

describe('Linux', () => {
  it.each([
    ['chromium', '/usr/bin/chromium', false],
    ['chromium-browser', '/usr/bin/chromium-browser', false],
    ['google-chrome', '/usr/bin/google-chrome', true],
    ['google-chrome-stable', '/usr/local/bin/google-chrome-stable', true],
  ])('finds %s on PATH', (command, path, branded) => {
    expect(found(findChrome(machine('linux', [path])))).toEqual({ path, branded, from: `${command} on PATH` })
  })

  it('prefers Chromium to Google Chrome when both are there', () => {
    expect(found(findChrome(machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium-browser'])))?.path).toBe('/usr/bin/chromium-browser')
  })

  it('finds the snap and Chrome\'s own folder when PATH lacks them', () => {
    expect(found(findChrome(machine('linux', ['/snap/bin/chromium'], { env: { PATH: '/usr/bin' } })))?.path).toBe('/snap/bin/chromium')
    expect(found(findChrome(machine('linux', ['/opt/google/chrome/chrome'], { env: { PATH: '/usr/bin' } })))).toEqual({ path: '/opt/google/chrome/chrome', branded: true, from: '/opt/google/chrome/chrome' })
  })

  it('with none on Debian as root: install Debian\'s chromium', () => {
    expect(findChrome(machine('linux', [], { isDebian: true, isRoot: true })).kind).toBe('install-debian-chromium')
  })

  it('with none on Debian as a user: one line with the apt-get command and the variable', () => {
    const search = findChrome(machine('linux', [], { isDebian: true, isRoot: false }))
    expect(search.kind === 'none' && search.message).toBe("no Chromium or Chrome found: install Debian's chromium (`sudo apt-get install chromium`; as root the demo does it itself), or set CHROME_PATH to the browser's executable")
  })

  it('with none on another distribution, even as root: no install, one line', () => {
    const search = findChrome(machine('linux', [], { isDebian: false, isRoot: true }))
    expect(search.kind).toBe('none')
    expect(search.kind === 'none' && search.message).toMatch(/the `chromium` package of your distribution.*CHROME_PATH/)
  })
})

describe('macOS', () => {
  it('finds Chromium, then Google Chrome, in /Applications', () => {
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium'
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(found(findChrome(machine('darwin', [chrome, chromium])))).toEqual({ path: chromium, branded: false, from: chromium })
    expect(found(findChrome(machine('darwin', [chrome])))).toEqual({ path: chrome, branded: true, from: chrome })
  })

  it('finds an app installed in the user\'s own Applications folder', () => {
    const path = '/Users/anna/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(found(findChrome(machine('darwin', [path], { env: { HOME: '/Users/anna', PATH: '/usr/bin' } })))?.path).toBe(path)
  })

  it('finds Homebrew\'s chromium on PATH', () => {
    expect(found(findChrome(machine('darwin', ['/opt/homebrew/bin/chromium'], { env: { PATH: '/opt/homebrew/bin:/usr/bin' } })))?.path).toBe('/opt/homebrew/bin/chromium')
  })

  it('with none: never installs, one line naming Homebrew and the variable', () => {
    const search = findChrome(machine('darwin', [], { isRoot: true }))
    expect(search.kind === 'none' && search.message).toMatch(/brew install --cask chromium.*CHROME_PATH/)
  })
})

describe('Windows', () => {
  const env = { LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', PATH: 'C:\\Windows' }
  it.each([
    ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', true],
    ['C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe', true],
    ['C:\\Users\\anna\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', true],
    ['C:\\Users\\anna\\AppData\\Local\\Chromium\\Application\\chrome.exe', false],
    ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', true],
  ])('finds %s', (path, branded) => {
    expect(found(findChrome(machine('win32', [path], { env })))).toEqual({ path, branded, from: path })
  })

  it('prefers Chrome to Edge, which every Windows has', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(found(findChrome(machine('win32', [edge, chrome], { env })))?.path).toBe(chrome)
  })

  it('with none: one line naming the variable', () => {
    const search = findChrome(machine('win32', [], { env, isRoot: true }))
    expect(search.kind === 'none' && search.message).toMatch(/install Chromium or Google Chrome, or set CHROME_PATH/)
  })
})
