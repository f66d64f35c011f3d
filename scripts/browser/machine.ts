// This machine, as scripts/browser/find-chrome.ts reads it.
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { onPath, type Machine } from './find-chrome.ts'

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    if (process.platform !== 'win32') accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export function thisMachine(): Machine {
  const system = { platform: process.platform, env: process.env, isExecutable }
  return {
    ...system,
    isDebian: process.platform === 'linux' && existsSync('/etc/debian_version') && onPath('apt-get', system) !== undefined,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  }
}
