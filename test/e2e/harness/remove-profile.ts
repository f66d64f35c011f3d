// Removes a Chromium profile directory after the browser has exited. Chromium's helper processes
// can still write into it for a moment after the main process is gone (a clean-clone CI run once
// failed a whole test file on `ENOTEMPTY: rmdir .../Default` after every test had passed), so the
// removal is retried for a few seconds; a temporary directory left behind is reported on stderr,
// never a test failure, because it says nothing about the extension.
import { rmSync } from 'node:fs'

export async function removeProfile(dir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
      return
    } catch (error) {
      if (attempt >= 10) {
        process.stderr.write(`could not remove the browser profile ${dir}: ${String(error)}\n`)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
}
