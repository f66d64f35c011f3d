// This machine, as scripts/browser/find-chrome.ts reads it.
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import type { Machine } from './find-chrome.ts'

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
  return {
    platform: process.platform,
    env: process.env,
    isExecutable,
    isDebian: process.platform === 'linux' && existsSync('/etc/debian_version') && isExecutableOnPath('apt-get'),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  }
}

function isExecutableOnPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && isExecutable(`${dir}/${command}`))
}
