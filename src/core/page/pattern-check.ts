// The strict reader of the pattern format (pattern-format.ts explains the format).
import { PAGE_KINDS, SERVICE_IDS } from '../contract/ids.ts'
import { CONTEXT_TARGETS, SOURCES, type Pattern, type Source } from './pattern-format.ts'

const TARGETS = new Set<string>([
  ...PAGE_KINDS.filter((kind) => kind !== 'none'),
  ...CONTEXT_TARGETS,
  ...SERVICE_IDS.map((id) => `service:${id}`),
])
const WORDS = /^[a-z0-9]+( [a-z0-9]+)*\*?$/
const URL_PIECE = /^\^?[a-z0-9./_-]+$/
const STATUS = /^[1-5](\d\d|xx)$/

export class PatternError extends Error {}

/**
 * Parses pattern text strictly: every rule of the format, with the line number of the first
 * error. Tests and the CLI run it; the content script uses the lean parsePatterns.
 */
export function checkPatterns(text: string): Pattern[] {
  if (!text.endsWith('\n')) throw new PatternError('pattern text must end with a newline')
  return text.slice(0, -1).split('\n').map((line, index) => parseLine(line, index + 1))
}

function parseLine(line: string, number: number): Pattern {
  const fail = (why: string): never => {
    throw new PatternError(`pattern line ${number}: ${why}: ${line}`)
  }
  const match = /^(\S+) (\S+) (.+)$/.exec(line)
  if (!match) return fail('expected "<target> <source>=<weight>,... <phrase>; <phrase>"')
  const [, target = '', weightList = '', phraseList = ''] = match
  if (!TARGETS.has(target)) fail(`unknown target "${target}"`)
  const weights: Partial<Record<Source, number>> = {}
  for (const item of weightList.split(',')) {
    const [source, weight] = item.split('=')
    if (!(SOURCES as readonly string[]).includes(source ?? '')) fail(`unknown source "${source}"`)
    if (!/^-?[1-9]$/.test(weight ?? '')) fail(`weight of ${source} must be a whole number from -9 to 9, not 0`)
    if ((source as Source) in weights) fail(`source ${source} given twice`)
    weights[source as Source] = Number(weight)
  }
  const sources = Object.keys(weights) as Source[]
  const kind = sources.includes('url') ? 'url' : sources.includes('status') ? 'status' : 'words'
  if (kind !== 'words' && sources.length > 1) fail(`${kind} cannot share a line with other sources (its phrases differ)`)
  if ((CONTEXT_TARGETS as readonly string[]).includes(target) && kind !== 'url') fail('a context is told from the url only')
  if (target.startsWith('service:') && sources.some((s) => s !== 'url' && s !== 'title' && s !== 'heading')) {
    fail('a service is told from the url, title and headings only')
  }
  const phrases = phraseList.split('; ')
  const syntax = kind === 'url' ? URL_PIECE : kind === 'status' ? STATUS : WORDS
  for (const phrase of phrases) if (!syntax.test(phrase)) fail(`phrase "${phrase}" is not in the ${kind} syntax`)
  if (new Set(phrases).size !== phrases.length) fail('a phrase is repeated')
  return { target, weights, phrases }
}

