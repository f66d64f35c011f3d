// The first step of `npm run demo`: find a Chromium-family browser (scripts/browser/find-chrome.ts)
// before anything is built. On Debian or Ubuntu as root with none present, install Debian's
// chromium with the script .ci/run uses; anywhere else with none present, print one line that
// says what to install or which variable to set, and exit 1.
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { findChrome, type FoundBrowser } from './find-chrome.ts'
import { thisMachine } from './machine.ts'

/** The browser the demo starts; installs Debian's chromium first where the search says so. */
export function ensureChrome(): FoundBrowser {
  let search = findChrome(thisMachine())
  if (search.kind === 'install-debian-chromium') {
    console.log('No Chromium or Chrome found: installing Debian\'s chromium (scripts/install-debian-packages.sh)')
    const install = spawnSync('bash', ['scripts/install-debian-packages.sh', 'chromium'], { stdio: 'inherit' })
    search = findChrome(thisMachine())
    if (install.status !== 0 || search.kind !== 'found') {
      fail('installing Debian\'s chromium failed (see above): run `apt-get install chromium`, or set CHROME_PATH to a Chromium or Chrome executable')
    }
  }
  if (search.kind !== 'found') fail(search.kind === 'none' ? search.message : 'no browser found')
  return search.browser
}

function fail(line: string): never {
  console.error(`npm run demo: ${line}`)
  process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = ensureChrome()
  console.log(`Browser: ${browser.path} (${browser.from}${browser.branded ? '; the extension is loaded over the DevTools protocol' : ''})`)
}
