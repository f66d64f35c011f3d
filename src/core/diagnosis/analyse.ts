// The analysis the rules read: the case resolved against the knowledge base (service, needed
// theme, Helsinki date) and each link of the mandate chain judged mandate by mandate.
//
// Chains (contract §3, "Semantics worth stating"):
//   own organisation:  organisation -> me, asiointivaltuus with the theme (or an exempting register role)
//   client, via firm:  client -> my organisation, asiointivaltuus with the theme
//                      AND organisation -> me, edustamisvaltuus with the theme, Y-tunnus specifier incl. client
//   client, personal:  client -> me, asiointivaltuus with the theme
// A link is ok when one mandate has no defect; otherwise the closest mandates (fewest, lightest
// defects) explain why it is broken.
import type { Case, Mandate, MandateType, OrganisationType, RegisterRole } from '../contract/case.ts'
import type { ServiceId } from '../contract/ids.ts'
import type { QuestionId } from '../contract/result.ts'
import {
  INCOMES_REGISTER_THEMES, KELA_THEMES, NO_REGISTER_ROLE_TYPES, REGISTER_ROLE_FACTS, SERVICES, SERVICE_HINTS,
  servicesUsingTheme, type KelaThemeId,
} from '../knowledge/index.ts'
import { normaliseName } from './normalise.ts'
import { daysBetween, helsinkiDateOf } from './time.ts'

/** What keeps a mandate from completing its link. */
export type Defect =
  | 'none' // no mandate from that party at all
  | 'needs-asiointivaltuus' // an edustamisvaltuus where an asiointivaltuus is needed
  | 'needs-edustamisvaltuus' // an asiointivaltuus where an edustamisvaltuus is needed
  | 'grant-right' // only a right to grant mandates
  | 'theme' // lacks the needed theme
  | 'incomes-register-theme' // lacks it and holds an Incomes Register theme instead
  | 'client-restriction'
  | 'workplace-restriction'
  | 'pending'
  | 'expired'
  | 'not-yet-valid'

/** Facts missing to judge a mandate. */
export type Unknown = 'theme' | 'client' | 'workplace'

export type LinkId = 'own' | 'client-to-organisation' | 'organisation-to-me' | 'client-to-me'

export interface LinkResult {
  id: LinkId
  state: 'ok' | 'broken' | 'unknown'
  /** ok: the mandates that complete the link; broken: the closest mandates. */
  mandates: Mandate[]
  defects: Defect[]
  unknowns: Unknown[]
  /** The link was judged on an assumption (who gave a mandate, or an unknown theme). */
  assumed: boolean
  distance: number
}

/** What the theme check accepts: one theme (task), any theme of the service, or unknown. */
export type Requirement =
  | { kind: 'task'; theme: KelaThemeId | null; label: string; names: Set<string> }
  | { kind: 'any'; themes: readonly KelaThemeId[]; names: Set<string>; complete: boolean }
  | { kind: 'unknown' }

export type Failure = 'cannot-enter' | 'organisation-not-listed' | 'function-denied' | 'service-error' | 'identification-failed' | 'session-expired'

export type RoleState = 'none' | 'exempt' | 'unknown' | 'needs-organisation-type' | 'needs-service' | 'prokurist-limited'

export interface Analysis {
  input: Case
  today: string
  service: ServiceId | null
  requirement: Requirement
  failure: Failure | null
  ownId: string | undefined
  clientId: string | undefined
  role: Exclude<RegisterRole, 'none'> | null
  roleState: RoleState
  /** Links of the path that explains the outcome (all three client links are in `links`). */
  links: Partial<Record<LinkId, LinkResult>>
  path: LinkId[]
  chain: 'complete' | 'broken' | 'unknown'
  /** The chain is complete through a register role (which covers every theme of the service). */
  viaRole: boolean
  /** Complete, but only on an assumption about who the client is. */
  chainAssumed: boolean
  /** The user cannot get in and we do not know how they identified: that may be the cause. */
  openIdentity: boolean
  questions: Set<QuestionId>
}

// --- the knowledge base, indexed once -------------------------------------------------------

const THEME_BY_NAME = new Map<string, KelaThemeId>()
for (const theme of Object.values(KELA_THEMES)) {
  for (const name of [theme.names.fi, theme.names.sv]) if (name) THEME_BY_NAME.set(normaliseName(name), theme.id)
}
const INCOMES_REGISTER_NAMES = new Set<string>()
for (const theme of INCOMES_REGISTER_THEMES) {
  for (const name of [theme.names.fi, theme.names.sv, ...theme.aliases]) if (name) INCOMES_REGISTER_NAMES.add(normaliseName(name))
}

/** The names (fi, sv), normalised, that count as holding one of `themes`. */
function namesOf(themes: readonly KelaThemeId[]): Set<string> {
  const names = new Set<string>()
  for (const id of themes) for (const name of [KELA_THEMES[id].names.fi, KELA_THEMES[id].names.sv]) if (name) names.add(normaliseName(name))
  return names
}
const THEME_NAMES = new Map(Object.values(KELA_THEMES).map((theme) => [theme.id as KelaThemeId, namesOf([theme.id])]))
const SERVICE_NAMES = Object.fromEntries(
  Object.values(SERVICES).map((service) => [service.id, namesOf(service.themes)]),
) as Record<ServiceId, Set<string>>

export const themeIdOf = (name: string): KelaThemeId | undefined => THEME_BY_NAME.get(normaliseName(name))
export const isIncomesRegisterTheme = (name: string): boolean => INCOMES_REGISTER_NAMES.has(normaliseName(name))

// --- resolving the case ---------------------------------------------------------------------

const stripDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

function serviceFromPage(page: Case['page']): ServiceId | null {
  const text = stripDiacritics(`${page?.title ?? ''} ${decodeURIComponentSafe(page?.url ?? '')}`)
  if (!text.trim()) return null
  for (const [service, words] of SERVICE_HINTS) if (words.some((word) => text.includes(word))) return service
  return null
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url).replace(/[-_/+]/g, ' ')
  } catch {
    return url
  }
}

function resolveRequirement(input: Case, service: ServiceId | null): Requirement {
  // An Incomes Register theme is never what a Kela service needs (Kela warns about exactly this
  // mix-up): such a task says nothing about the Kela theme, so the service's themes apply.
  if (input.task !== undefined && !INCOMES_REGISTER_NAMES.has(normaliseName(input.task))) {
    const theme = themeIdOf(input.task) ?? null
    const names = (theme && THEME_NAMES.get(theme)) || new Set([normaliseName(input.task)])
    return { kind: 'task', theme, label: input.task, names }
  }
  if (service === null || SERVICES[service].themes.length === 0) return { kind: 'unknown' }
  const facts = SERVICES[service]
  return { kind: 'any', themes: facts.themes, names: SERVICE_NAMES[service], complete: facts.themesComplete && facts.status === 'confirmed' }
}

const FAILURE_OF_PAGE: Record<string, Failure | null> = {
  none: null,
  'identification-failed': 'identification-failed',
  'session-expired': 'session-expired',
  'no-access': 'cannot-enter',
  'organisation-not-listed': 'organisation-not-listed',
  'function-denied': 'function-denied',
  'service-error': 'service-error',
}

function resolveRole(input: Case, service: ServiceId | null): { role: Exclude<RegisterRole, 'none'> | null; state: RoleState } {
  const orgType: OrganisationType | undefined = input.organisation?.type
  const publicOrganisation = orgType !== undefined && NO_REGISTER_ROLE_TYPES.includes(orgType)
  const given = input.user?.registerRole
  if (given === undefined) return { role: null, state: publicOrganisation ? 'none' : 'unknown' }
  if (given === 'none' || publicOrganisation) return { role: null, state: 'none' }
  const fact = REGISTER_ROLE_FACTS[given]
  if (fact.organisationTypes) {
    if (orgType === undefined) return { role: given, state: 'needs-organisation-type' }
    if (!fact.organisationTypes.includes(orgType)) return { role: null, state: 'none' }
  }
  if (fact.services === 'all') return { role: given, state: 'exempt' }
  if (service === null) return { role: given, state: 'needs-service' }
  return { role: given, state: fact.services.includes(service) ? 'exempt' : 'prokurist-limited' }
}

// --- judging mandates -----------------------------------------------------------------------

type Party = 'own' | 'client' | 'other'

/** Who gave the mandate, from its mandator and holder; `assumed` when an id was missing. */
function partyOf(m: Mandate, own: string | undefined, client: string | undefined, forClient: boolean): [Party, boolean] {
  const from = m.mandator
  if (m.holder === 'my-organisation') {
    if (!forClient) return ['other', false]
    if (from !== undefined && client !== undefined) return [from === client ? 'client' : 'other', false]
    if (from !== undefined && from === own) return ['other', false]
    return ['client', true]
  }
  if (from !== undefined) {
    if (from === own) return ['own', false]
    if (forClient && from === client) return ['client', false]
    if (own !== undefined && (client !== undefined || !forClient)) return ['other', false]
    // One of the two ids is unknown: a mandate from "someone else" is the client's when the
    // organisation is known, the organisation's when the client is known.
    if (forClient && own !== undefined) return ['client', true]
    return ['own', true]
  }
  // No mandator given: conservatively the user's own organisation.
  return ['own', true]
}

interface LinkSpec {
  id: LinkId
  holder: Mandate['holder']
  party: Party
  type: MandateType
  checkClient: boolean
}

const WEIGHT: Record<Defect, number> = {
  none: 100, theme: 8, 'incomes-register-theme': 8, 'needs-asiointivaltuus': 4, 'needs-edustamisvaltuus': 4, 'grant-right': 4,
  'client-restriction': 2, 'workplace-restriction': 2, pending: 1, expired: 1, 'not-yet-valid': 1,
}

interface Judged { mandate: Mandate; defects: Defect[]; unknowns: Unknown[]; assumed: boolean; distance: number }

function judge(m: Mandate, spec: LinkSpec, input: Case, a: Pick<Analysis, 'requirement' | 'today' | 'service' | 'clientId'>, assumed: boolean): Judged {
  const defects: Defect[] = []
  const unknowns: Unknown[] = []
  if (m.type !== spec.type) {
    if (m.type === 'valtuutusoikeus' || m.type === 'edustajan-valtuutusoikeus') defects.push('grant-right')
    else defects.push(spec.type === 'asiointivaltuus' ? 'needs-asiointivaltuus' : 'needs-edustamisvaltuus')
  }
  const requirement = a.requirement
  if (requirement.kind === 'unknown') unknowns.push('theme')
  else {
    let held = false
    let incomesRegister = false
    for (const theme of m.themes) {
      const name = normaliseName(theme)
      if (requirement.names.has(name)) held = true
      else if (INCOMES_REGISTER_NAMES.has(name)) incomesRegister = true
    }
    if (!held) {
      defects.push(incomesRegister ? 'incomes-register-theme' : 'theme')
      // Kelmu has a theme whose name was not found, KIILA's theme is uncertain: the user may
      // hold a theme we cannot recognise, so a missing theme is only likely.
      if (requirement.kind === 'any' && !requirement.complete) assumed = true
    }
  }
  const businessIds = m.restrictions?.businessIds
  if (spec.checkClient && businessIds && businessIds.length > 0) {
    if (a.clientId === undefined) unknowns.push('client')
    else if (!businessIds.includes(a.clientId)) defects.push('client-restriction')
  }
  const workplaces = m.restrictions?.workplaces
  if (a.service === 'occupational-health' && workplaces && workplaces.length > 0) {
    const workplace = input.workplace?.trim()
    if (workplace === undefined) unknowns.push('workplace')
    else if (!workplaces.some((w) => w.trim() === workplace)) defects.push('workplace-restriction')
  }
  if (m.status === 'pending-request') defects.push('pending')
  if (m.validFrom !== undefined && m.validFrom > a.today) defects.push('not-yet-valid')
  if (m.validUntil !== undefined && m.validUntil < a.today) defects.push('expired')
  let distance = 0
  for (const defect of defects) distance += WEIGHT[defect]
  return { mandate: m, defects, unknowns, assumed, distance }
}

function evaluateLink(spec: LinkSpec, input: Case, a: Pick<Analysis, 'requirement' | 'today' | 'service' | 'clientId' | 'ownId'>, forClient: boolean): LinkResult {
  const result: LinkResult = { id: spec.id, state: 'unknown', mandates: [], defects: [], unknowns: [], assumed: false, distance: 0 }
  const mandates = input.mandates
  if (mandates === undefined) return result
  // One pass: the mandates that complete the link, else those with no defect but an open
  // question, else the closest ones (smallest distance).
  const ok: Judged[] = []
  const open: Judged[] = []
  let closest: Judged[] = []
  let seen = false
  for (const m of mandates) {
    if (m.holder !== spec.holder) continue
    const [party, assumed] = partyOf(m, a.ownId, a.clientId, forClient)
    if (party !== spec.party) continue
    seen = true
    const j = judge(m, spec, input, a, assumed)
    if (j.defects.length === 0) (j.unknowns.length === 0 ? ok : open).push(j)
    else if (closest.length === 0 || j.distance < closest[0]!.distance) closest = [j]
    else if (j.distance === closest[0]!.distance) closest.push(j)
  }
  if (!seen) return { ...result, state: 'broken', defects: ['none'], distance: WEIGHT.none }
  if (ok.length > 0) return { ...result, state: 'ok', mandates: ok.map((j) => j.mandate), assumed: ok.every((j) => j.assumed) }
  if (open.length > 0) return { ...result, mandates: open.map((j) => j.mandate), unknowns: union(open, 'unknowns'), assumed: open.every((j) => j.assumed) }
  return {
    ...result,
    state: 'broken',
    mandates: closest.map((j) => j.mandate),
    defects: union(closest, 'defects'),
    unknowns: union(closest, 'unknowns'),
    assumed: closest.every((j) => j.assumed || j.unknowns.length > 0),
    distance: closest[0]!.distance,
  }
}

function union<K extends 'defects' | 'unknowns'>(judged: Judged[], key: K): Judged[K] {
  if (judged.length === 1) return judged[0]![key]
  const out: string[] = []
  for (const j of judged) for (const item of j[key]) if (!out.includes(item)) out.push(item)
  return out as Judged[K]
}

const OWN: LinkSpec = { id: 'own', holder: 'me', party: 'own', type: 'asiointivaltuus', checkClient: false }
const CLIENT_TO_ORGANISATION: LinkSpec = { id: 'client-to-organisation', holder: 'my-organisation', party: 'client', type: 'asiointivaltuus', checkClient: false }
const ORGANISATION_TO_ME: LinkSpec = { id: 'organisation-to-me', holder: 'me', party: 'own', type: 'edustamisvaltuus', checkClient: true }
const CLIENT_TO_ME: LinkSpec = { id: 'client-to-me', holder: 'me', party: 'client', type: 'asiointivaltuus', checkClient: false }

const UNKNOWN_QUESTION: Record<Unknown, QuestionId> = { theme: 'task', client: 'client-business-id', workplace: 'workplace' }

// --- the analysis ---------------------------------------------------------------------------

export function analyse(input: Case, nowMs: number): Analysis {
  const service = input.service ?? serviceFromPage(input.page) ?? serviceFromTask(input.task)
  const a: Analysis = {
    input,
    today: helsinkiDateOf(nowMs),
    service,
    requirement: resolveRequirement(input, service),
    failure: input.symptom ?? FAILURE_OF_PAGE[input.page?.kind ?? 'none'] ?? null,
    ownId: input.organisation?.businessId,
    clientId: input.client?.businessId,
    role: null,
    roleState: 'none',
    links: {},
    path: [],
    chain: 'unknown',
    viaRole: false,
    chainAssumed: false,
    openIdentity: false,
    questions: new Set(),
  }
  const { role, state } = resolveRole(input, service)
  a.role = role
  a.roleState = state
  const ask = (question: QuestionId) => a.questions.add(question)
  const askUnknowns = (link: LinkResult) => {
    if (input.mandates === undefined) ask('mandates')
    for (const unknown of link.unknowns) ask(UNKNOWN_QUESTION[unknown])
  }

  if (input.actingFor === undefined) {
    ask('acting-for')
    if (input.mandates === undefined) ask('mandates')
  } else if (input.actingFor === 'own') {
    const own = evaluateLink(OWN, input, a, false)
    a.links.own = own
    a.path = ['own']
    if (state === 'exempt') {
      // The role covers every theme of the service, whatever mandates the user also holds.
      a.chain = 'complete'
      a.viaRole = true
    } else if (own.state === 'ok') {
      a.chain = 'complete'
    } else if (state === 'unknown' || state === 'needs-organisation-type' || state === 'needs-service') {
      a.chain = 'unknown'
      ask(state === 'unknown' ? 'register-role' : state === 'needs-service' ? 'service' : 'organisation-type')
      askUnknowns(own)
    } else if (own.state === 'unknown') {
      askUnknowns(own)
    } else {
      a.chain = 'broken'
    }
  } else {
    const toOrganisation = evaluateLink(CLIENT_TO_ORGANISATION, input, a, true)
    const toMe = evaluateLink(ORGANISATION_TO_ME, input, a, true)
    const personal = evaluateLink(CLIENT_TO_ME, input, a, true)
    a.links = { 'client-to-organisation': toOrganisation, 'organisation-to-me': toMe, 'client-to-me': personal }
    const firm = [toOrganisation, toMe]
    const firmState = firm.some((l) => l.state === 'broken') ? 'broken' : firm.some((l) => l.state === 'unknown') ? 'unknown' : 'ok'
    if (personal.state === 'ok') {
      a.path = ['client-to-me']
      a.chain = 'complete'
      a.chainAssumed = personal.assumed && a.clientId === undefined
    } else if (firmState === 'ok') {
      a.path = ['client-to-organisation', 'organisation-to-me']
      a.chain = 'complete'
      a.chainAssumed = toOrganisation.assumed && a.clientId === undefined
    } else if (firmState === 'unknown' || personal.state === 'unknown') {
      a.path = firmState === 'unknown' ? ['client-to-organisation', 'organisation-to-me'] : ['client-to-me']
      for (const link of [...firm, personal]) if (link.state === 'unknown') askUnknowns(link)
    } else {
      // Explain the usual route (client -> organisation -> me) when half of it is in place, else
      // whichever route is closer to complete; a personal mandate from the client is the exception.
      const firmStarted = toOrganisation.state === 'ok' || toMe.state === 'ok'
      const firmDistance = toOrganisation.distance + toMe.distance
      const personalDistance = personal.defects.includes('none') || firmStarted ? Infinity : personal.distance
      a.path = personalDistance < firmDistance ? ['client-to-me'] : ['client-to-organisation', 'organisation-to-me']
      a.chain = 'broken'
    }
    if (a.chainAssumed) {
      a.chain = 'unknown'
      ask('client-business-id')
    }
  }
  const entryFailed = a.failure === 'cannot-enter' || a.failure === 'identification-failed'
  if (entryFailed && input.user?.identification === undefined) {
    a.openIdentity = true
    ask('identification')
    if (input.user?.identityCode === undefined) ask('identity-code')
  }
  if (a.chain === 'unknown' || a.openIdentity) {
    if (service === null) ask('service')
    if (a.requirement.kind === 'unknown') ask('task')
    if (a.failure === null && input.task === undefined) ask('symptom')
  }
  return a
}

function serviceFromTask(task: string | undefined): ServiceId | null {
  if (task === undefined) return null
  const theme = themeIdOf(task)
  const services = theme ? servicesUsingTheme(theme) : []
  return services.length === 1 ? services[0]! : null
}

/** Days from today until `date` (YYYY-MM-DD): negative when it is past. */
export const daysUntil = (a: Pick<Analysis, 'today'>, date: string): number => daysBetween(a.today, date)

/** The links of the explained path that are broken, with their defects. */
export function brokenLinks(a: Analysis): LinkResult[] {
  if (a.chain !== 'broken') return []
  return a.path.map((id) => a.links[id]).filter((link): link is LinkResult => link?.state === 'broken')
}

/** The links the user relies on that work (for expiry warnings). */
export function workingLinks(a: Analysis): LinkResult[] {
  return a.path.map((id) => a.links[id]).filter((link): link is LinkResult => link?.state === 'ok')
}
