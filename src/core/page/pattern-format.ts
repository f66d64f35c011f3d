// The format of the page-detection patterns (patterns.ts), after Dark Reader's site configs:
// plain text, one pattern per line, lines sorted, parsed and formatted by the functions below
// (a test checks format(parse(text)) === text, so the file stays canonical).
//
//   <target> <source>=<weight>[,<source>=<weight>...] <phrase>[; <phrase>...]
//
// target   a failure page kind (contract §5), `service:<id>` (contract §4), or a context that
//          weighs on every failure kind: `service-host` (an e-service or identification host)
//          and `info-page` (Kela's and Suomi.fi's public help and news pages).
// source   where the phrase is looked for: url (host + path, never the query), status (the
//          main document's HTTP status), title, heading (h1-h3), alert (role=alert/status,
//          aria-live regions), text (the page's visible text), picker (a heading of an
//          organisation picker that offers no organisation).
// weight   whole number, -9..9.
// phrase   title/heading/alert/text/picker: lower case words without diacritics, matched as
//          whole words ("ei kayttooikeutta"); a trailing * lets the last word go on
//          ("istunto*" matches "istuntosi"). url: a piece of "host/path" in lower case; a
//          leading ^ anchors it at the start ("^www.kela.fi/"). status: "503" or a class "5xx".

export const SOURCES = ['url', 'status', 'title', 'heading', 'alert', 'text', 'picker'] as const
export type Source = (typeof SOURCES)[number]

export const CONTEXT_TARGETS = ['info-page', 'service-host'] as const

export interface Pattern {
  target: string
  weights: Partial<Record<Source, number>>
  phrases: string[]
}

/** Reads pattern text that checkPatterns (pattern-check.ts) accepted; lean, for every page load. */
export function parsePatterns(text: string): Pattern[] {
  return text.split('\n').filter((line) => line !== '').map((line) => {
    const [target = '', weightList = '', ...phrases] = line.split(' ')
    const weights = Object.fromEntries(weightList.split(',').map((item) => item.split('=')).map(([source, weight]) => [source, Number(weight)]))
    return { target, weights, phrases: phrases.join(' ').split('; ') }
  })
}

export function formatPattern(pattern: Pattern): string {
  const weights = SOURCES.filter((source) => pattern.weights[source] !== undefined)
    .map((source) => `${source}=${pattern.weights[source]}`)
    .join(',')
  return `${pattern.target} ${weights} ${pattern.phrases.join('; ')}`
}

export function formatPatterns(patterns: Pattern[]): string {
  return patterns.map((pattern) => `${formatPattern(pattern)}\n`).join('')
}
