// Which Chromium-family browser `npm run demo` starts, decided from the machine handed in (pure,
// so each branch is tested without touching the real machine: test/unit/scripts/find-chrome.test.ts).
//
// Order: CHROME_PATH when set (CHROMIUM_PATH, the tests' older name, too); then the browsers on
// PATH and at their usual install paths, Chromium before Google Chrome and Edge. Google Chrome and
// Microsoft Edge no longer accept the switches that side-load an extension
// (https://playwright.dev/docs/chrome-extensions; Chrome 137 dropped --load-extension and 142 its
// workaround: https://github.com/seleniumbase/SeleniumBase/issues/4053), so they are marked
// `branded` and the harness loads the extension over the DevTools protocol instead
// (Extensions.loadUnpacked, test/e2e/harness/extension-browser.ts).
import { posix, win32 } from 'node:path'

export interface Machine {
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  /** Whether an executable file is at this path. */
  isExecutable(path: string): boolean
  /** Debian or Ubuntu (apt-get and /etc/debian_version), for the automatic install. */
  isDebian: boolean
  isRoot: boolean
}

export interface FoundBrowser {
  path: string
  /** Google Chrome or Microsoft Edge: the extension is loaded over the DevTools protocol. */
  branded: boolean
  /** Where it was found, for the demo's first line. */
  from: string
}

export type BrowserSearch =
  | { kind: 'found'; browser: FoundBrowser }
  /** None found on Debian as root: install Debian's chromium (scripts/install-debian-packages.sh). */
  | { kind: 'install-debian-chromium' }
  | { kind: 'none'; message: string }

interface Candidate {
  path: string
  branded: boolean
}

/** The commands looked up on PATH on Linux (and on macOS, for Homebrew's chromium). */
const LINUX_COMMANDS: Candidate[] = [
  { path: 'chromium', branded: false },
  { path: 'chromium-browser', branded: false },
  { path: 'google-chrome', branded: true },
  { path: 'google-chrome-stable', branded: true },
  { path: 'microsoft-edge', branded: true },
]

const MAC_APPS: Candidate[] = [
  { path: '/Applications/Chromium.app/Contents/MacOS/Chromium', branded: false },
  { path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', branded: true },
  { path: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', branded: true },
]

/** Windows: per-user installs under LOCALAPPDATA, machine-wide ones under the Program Files folders. */
function windowsCandidates(env: Machine['env']): Candidate[] {
  const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramW6432].filter((root): root is string => !!root)
  const under = (parts: string[], branded: boolean) => roots.map((root) => ({ path: win32.join(root, ...parts), branded }))
  return [
    ...under(['Chromium', 'Application', 'chrome.exe'], false),
    ...under(['Google', 'Chrome', 'Application', 'chrome.exe'], true),
    ...under(['Microsoft', 'Edge', 'Application', 'msedge.exe'], true),
  ]
}

/** Where `command` is on the machine's PATH, or undefined. */
export function onPath(command: string, machine: Pick<Machine, 'platform' | 'env' | 'isExecutable'>): string | undefined {
  const separator = machine.platform === 'win32' ? ';' : ':'
  const join = machine.platform === 'win32' ? win32.join : posix.join
  for (const dir of (machine.env.PATH ?? '').split(separator)) {
    if (dir && machine.isExecutable(join(dir, command))) return join(dir, command)
  }
  return undefined
}

function candidatesFor(machine: Machine): Array<Candidate & { from: string }> {
  const home = machine.env.HOME
  const commands = LINUX_COMMANDS.flatMap((candidate) => {
    const path = onPath(candidate.path, machine)
    return path ? [{ ...candidate, path, from: `${candidate.path} on PATH` }] : []
  })
  switch (machine.platform) {
    case 'darwin':
      return [
        ...MAC_APPS.flatMap((app) => [app, ...(home ? [{ ...app, path: posix.join(home, app.path) }] : [])]).map((app) => ({ ...app, from: app.path })),
        ...commands,
      ]
    case 'win32':
      return windowsCandidates(machine.env).map((candidate) => ({ ...candidate, from: candidate.path }))
    default:
      return [
        ...commands,
        // Ubuntu's chromium is a snap; /snap/bin may be missing from PATH under sudo.
        { path: '/snap/bin/chromium', branded: false, from: '/snap/bin/chromium' },
        { path: '/usr/bin/chromium', branded: false, from: '/usr/bin/chromium' },
        { path: '/opt/google/chrome/chrome', branded: true, from: '/opt/google/chrome/chrome' },
      ]
  }
}

const isBrandedPath = (path: string): boolean => /google[ -]?chrome|microsoft[ -]?edge|msedge|[\\/]chrome\.exe$/i.test(path) && !/chromium/i.test(path)

/** What to install, per system, in the one line printed when nothing is found. */
function installHint(machine: Machine): string {
  switch (machine.platform) {
    case 'darwin': return 'install Chromium or Google Chrome (for example `brew install --cask chromium`)'
    case 'win32': return 'install Chromium or Google Chrome'
    default: return machine.isDebian
      ? 'install Debian\'s chromium (`sudo apt-get install chromium`; as root the demo does it itself)'
      : 'install Chromium (the `chromium` package of your distribution) or Google Chrome'
  }
}

export function findChrome(machine: Machine): BrowserSearch {
  const chosen = machine.env.CHROME_PATH || machine.env.CHROMIUM_PATH
  if (chosen) {
    const variable = machine.env.CHROME_PATH ? 'CHROME_PATH' : 'CHROMIUM_PATH'
    return machine.isExecutable(chosen)
      ? { kind: 'found', browser: { path: chosen, branded: isBrandedPath(chosen), from: variable } }
      : { kind: 'none', message: `${variable} is ${chosen}, but no browser is there: set ${variable} to the path of Chromium or Chrome, or unset it to let the demo look for one` }
  }
  for (const candidate of candidatesFor(machine)) {
    if (machine.isExecutable(candidate.path)) return { kind: 'found', browser: candidate }
  }
  if (machine.platform === 'linux' && machine.isDebian && machine.isRoot) return { kind: 'install-debian-chromium' }
  return { kind: 'none', message: `no Chromium or Chrome found: ${installHint(machine)}, or set CHROME_PATH to the browser's executable` }
}
