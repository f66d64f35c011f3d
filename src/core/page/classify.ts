// The page classifier: pure, no browser APIs, works on any DOM (a live page, happy-dom, or a
// saved file in node). It weighs the signals of signals.ts against the pattern data of
// patterns.ts (format: pattern-format.ts).
//
// How signals combine, so that no single weak word decides:
// - each source (url, status, title, heading, alert, text, picker) adds the weights of its
//   matching patterns per page kind; title and headings count as one source (pages repeat the
//   one in the other) and the running text excludes headings and alerts; each source is capped
//   at CAP (text: TEXT_CAP), so one source alone never reaches THRESHOLD: at least two must
//   agree (a heading and the host, a status and an alert, an alert and the text...);
// - contexts weigh on every kind: an e-service or identification host adds, a public help or
//   news page subtracts, so a help page that quotes an error sentence stays `none`;
// - the kind with the highest score at or above THRESHOLD wins; ties go to the more specific
//   kind (TIE_ORDER).
import { isFailureKind, SERVICE_IDS, type FailureKind, type Lang, type PageKind, type ServiceId } from '../contract/ids.ts'
import { CONTEXT_TARGETS, parsePatterns, SOURCES, type Pattern, type Source } from './pattern-format.ts'
import { PAGE_PATTERNS } from './patterns.ts'
import { readSignals, type PageInput, type PageSignals } from './signals.ts'

export { normalise } from './normalise.ts'
export type { PageInput } from './signals.ts'

export interface PageClassification {
  kind: PageKind
  service: ServiceId | null
  lang: Lang | null
  /** Short ids of the signals that fired, "<source>:<target>"; never page text. */
  evidence: string[]
}

export const THRESHOLD = 4
export const CAP = 3
export const TEXT_CAP = 2
const TIE_ORDER: FailureKind[] = ['service-error', 'identification-failed', 'session-expired', 'organisation-not-listed', 'function-denied', 'no-access']

interface Compiled {
  target: string
  weights: Partial<Record<Source, number>>
  needles: string[]
}

function compile(patterns: Pattern[]): Compiled[] {
  return patterns.map(({ target, weights, phrases }) => ({
    target,
    weights,
    needles: weights.url !== undefined
      ? phrases
      : phrases.map((phrase) => (phrase.endsWith('*') ? ` ${phrase.slice(0, -1)}` : ` ${phrase} `)),
  }))
}

let defaults: Compiled[] | undefined
const compiledFor = (patterns?: Pattern[]): Compiled[] => (patterns ? compile(patterns) : (defaults ??= compile(parsePatterns(PAGE_PATTERNS))))

function matches(subject: string, needles: string[], source: Source): boolean {
  if (source === 'url') return needles.some((n) => (n.startsWith('^') ? subject.startsWith(n.slice(1)) : subject.includes(n)))
  return needles.some((needle) => subject.includes(needle))
}

export function pageLang(doc: Document): Lang | null {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase()
  return lang === 'fi' || lang === 'sv' || lang === 'en' ? lang : null
}

/** Classifies a page; `patterns` replaces the built-in pattern data (tests, tools). */
export function classifyPage(input: PageInput, patterns?: Pattern[]): PageClassification {
  return classifySignals(readSignals(input), pageLang(input.doc), patterns)
}

export function classifySignals(signals: PageSignals, lang: Lang | null, patterns?: Pattern[]): PageClassification {
  const evidence: string[] = []
  // sums[source][target]: the summed weights of the matching patterns.
  const sums = new Map<Source, Map<string, number>>()
  for (const pattern of compiledFor(patterns)) {
    for (const source of SOURCES) {
      const weight = pattern.weights[source]
      if (weight === undefined || !matches(signals[source], pattern.needles, source)) continue
      const bySource = sums.get(source) ?? new Map<string, number>()
      sums.set(source, bySource)
      bySource.set(pattern.target, (bySource.get(pattern.target) ?? 0) + weight)
      const id = `${source}:${pattern.target.replace('service:', '')}`
      if (!evidence.includes(id)) evidence.push(id)
    }
  }

  let best: { kind: FailureKind; score: number } | null = null
  for (const kind of TIE_ORDER) {
    let direct = false
    // Per independent source: title and heading share one sum.
    const bySource = new Map<string, number>()
    for (const [source, byTarget] of sums) {
      const own = byTarget.get(kind)
      if (own !== undefined) direct = true
      // Contexts are url patterns (the parser enforces it), so they join the url source's sum.
      const context = CONTEXT_TARGETS.reduce((sum, target) => sum + (byTarget.get(target) ?? 0), 0)
      const group = source === 'title' ? 'heading' : source
      bySource.set(group, (bySource.get(group) ?? 0) + (own ?? 0) + context)
    }
    let score = 0
    for (const [source, sum] of bySource) {
      const cap = source === 'text' ? TEXT_CAP : CAP
      score += Math.max(-cap, Math.min(cap, sum))
    }
    if (direct && score >= THRESHOLD && (!best || score > best.score)) best = { kind, score }
  }

  let service: ServiceId | null = null
  let serviceScore = 0
  for (const id of SERVICE_IDS) {
    let score = 0
    for (const byTarget of sums.values()) score += byTarget.get(`service:${id}`) ?? 0
    if (score > serviceScore) {
      service = id
      serviceScore = score
    }
  }

  const kind: PageKind = best?.kind ?? 'none'
  return { kind: isFailureKind(kind) ? kind : 'none', service, lang, evidence: evidence.slice(0, 32) }
}
