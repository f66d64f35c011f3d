// Page skeletons in node: a fixture or an HTML string to a skeleton, and a skeleton classified
// the way `npm run classify -- --skeleton` does.
import { Window } from 'happy-dom'
import { classifyPage, type PageClassification } from '../../../src/core/page/classify.ts'
import { buildSkeleton } from '../../../src/core/skeleton/build.ts'
import type { PageSkeleton } from '../../../src/core/skeleton/format.ts'
import { skeletonToHtml } from '../../../src/core/skeleton/html.ts'

const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true }

export function parse(html: string, url = 'https://asiointi.kela.fi/tyonantaja/'): Document {
  const window = new Window({ url, settings: SETTINGS })
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
}

export function skeletonOf(html: string, url: string, status: number | null = null): PageSkeleton {
  return buildSkeleton({ doc: parse(html, url), url, status })
}

export function classifySkeleton(skeleton: PageSkeleton): PageClassification {
  return classifyPage({ doc: parse(skeletonToHtml(skeleton), skeleton.url), url: skeleton.url, status: skeleton.status })
}
