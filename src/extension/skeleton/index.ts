// The page skeleton script: injected into a Kela or Suomi.fi tab only when the user asks for a
// report ("Report this page" in the popup), never with the content script, so the skeleton code and
// its vocabulary cost Kela pages nothing. It defines `valtuusapuSkeleton.make` in the extension's
// isolated world; the background then calls it (src/extension/background/page-report.ts) and gets
// the skeleton back as the script's result. Nothing is sent anywhere else.
import { buildSkeleton } from '../../core/skeleton/build.ts'
import type { PageSkeleton } from '../../core/skeleton/format.ts'

export function make(status: number | null): PageSkeleton {
  return buildSkeleton({ doc: document, url: location.href, status })
}
