// What the findings' texts are made of: the context every rule text reads (theme names, the
// client, dates, where to click in Suomi.fi Valtuudet, the support contact), filled in from the
// analysis and one language's phrases. The phrases themselves live in lang/<lang>.ts, one module
// per language, so that a page can load only the language it shows (the popup's size budget).
import type { MandateType, OrganisationType } from '../contract/case.ts'
import type { Lang } from '../contract/ids.ts'
import type { Fixer, Link } from '../contract/result.ts'
import {
  KELA_THEMES, MANDATE_TYPE_FACTS, REGISTER_ROLE_FACTS, rightToGrant, dvvGuideLink, kelaMandatePageLink, kelaSupportMailLink, kelaTroubleshootingLink,
  mandateThemeListLink, mandateTypesLink, officerServiceLink, serviceName, valtuudetLink, type KelaThemeId, type LinkTarget,
} from '../knowledge/index.ts'
import type { Analysis } from './analyse.ts'

/** Everything a rule's text may use, already in the case's language. */
export interface TextContext {
  lang: Lang
  /** The service's name ("Työnantajan asiointipalvelu"), or a generic phrase. */
  service: string
  /** The theme(s) the task needs, quoted, with the Finnish and Swedish names. */
  theme: string
  /** A sentence on theme names we could not confirm, or ''. */
  themeNote: string
  /** Themes the user lacks (function denied without a task), quoted and joined. */
  lacking: string
  /** Incomes Register themes the user holds, quoted and joined. */
  incomesRegister: string
  /** "the client (Business ID …)". */
  client: string
  /** " (Business ID …)" after a word for the client, or ''. */
  clientRef: string
  /** A date from the hit (validity), formatted for the language. */
  date: string
  days: number
  workplace: string
  /** The register role the user has. */
  role: string
  /** The user's organisation type ("kunta"), or ''. */
  organisationType: string
  /** The user acts for a client (the needed type to the user is then an edustamisvaltuus). */
  forClient: boolean
  /** This occurrence is the client's to fix (the client's mandate). */
  byClient: boolean
  /** Sentences: where to check, how an admin grants, how to find Kela's themes, the support contact. */
  check: string
  /** Where the organisation's received mandates (from clients) are listed. */
  checkOrganisation: string
  grant: string
  themeList: string
  support: string
  type: (type: MandateType) => string
  /** From the hit: the right the user holds, the type needed, and the right that grants it (names). */
  heldRight: string
  neededType: string
  neededRight: string
  /** The type the held right grants (name), or ''. */
  heldGrants: string
  /**
   * How the held right relates to the need: it grants the needed type and a source says its
   * holder may grant it to themself (`self`); it grants the type but no source says so
   * (`self-unstated`); it grants another type (`wrong-right`).
   */
  rightCase: 'self' | 'self-unstated' | 'wrong-right'
}

export const LINK_KEYS = ['valtuudet', 'theme-list', 'kela-mandates', 'kela-troubleshooting', 'dvv-guide', 'officer-service', 'mandate-types', 'kela-support'] as const
export type LinkKey = (typeof LINK_KEYS)[number]

/** One language's phrases (lang/<lang>.ts). Names, labels, URLs and numbers come from the knowledge base. */
export interface Phrases {
  quote: (text: string) => string
  /** The word that joins the last two items of a list. */
  and: string
  /** A Kela theme in this language, with its other name where a source gave one. */
  themeName: (fi: string, sv: string | null) => string
  /** The service has more than one theme (no task known). */
  noteOtherThemes: string
  /** Words for the theme when the service's theme is unknown, and the note that says so. */
  unknownTheme: string
  noteUnknownTheme: string
  /** The theme name is uncertain (KIILA). */
  noteUncertainTheme: string
  /** The service has a theme whose name was not found (Kelmu). */
  noteIncomplete: string
  client: (businessId: string | undefined) => string
  /** What the Y-tunnus is called in this language. */
  businessIdLabel: string
  /** The service when it is not known. */
  genericService: string
  /** How a service's name reads in a sentence; `translated` = a source gave the name in this language. */
  serviceName: (name: string, translated: boolean) => string
  organisationTypes: Record<OrganisationType, string>
  type: (type: MandateType) => string
  check: string
  checkOrganisation: string
  grant: string
  themeList: string
  support: string
  linkLabels: Record<LinkKey, string>
  /** " (in Finnish)" after a link to a page in another language; '' for this one. */
  pageIn: Record<Lang, string>
  /** After a link whose address is inferred, not confirmed. */
  unverifiedUrl: string
}

export function list(phrases: Phrases, items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${phrases.and} ${items[items.length - 1]}`
}

/** A Kela theme in the phrases' language, with its other name where a source gave one. */
export function themeName(phrases: Phrases, id: KelaThemeId): string {
  const { fi, sv } = KELA_THEMES[id].names
  return phrases.themeName(fi, sv)
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** 2026-03-02 as 2.3.2026 (fi, sv) or 2 March 2026 (en). */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return lang === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d}.${m}.${y}`
}

/** The parts of a hit the texts may use. */
export interface HitParams {
  fixedBy?: Fixer
  /** A right to grant mandates the user holds (grant-right-only). */
  heldRight?: MandateType
  /** The type the broken link needs (grant-right-only, grant-via-officer-service). */
  neededType?: MandateType
  date?: string
  days?: number
  lacking?: readonly KelaThemeId[]
  incomesRegister?: readonly string[]
}

function serviceLabel(a: Analysis, lang: Lang, phrases: Phrases): string {
  if (a.service === null || a.service === 'other') return phrases.genericService
  const { name, translated } = serviceName(a.service, lang)
  return phrases.serviceName(name, translated)
}

/**
 * The context every finding of one diagnosis shares, computed once per diagnosis; `forHit`
 * then fills in what one occurrence names. (Filled in place: texts are rendered at once.)
 */
export function baseContext(a: Analysis, lang: Lang, phrases: Phrases): TextContext {
  const requirement = a.requirement
  let theme: string
  let themeNote = ''
  if (requirement.kind === 'task') {
    theme = requirement.theme ? themeName(phrases, requirement.theme) : phrases.quote(requirement.label)
    if (requirement.theme && KELA_THEMES[requirement.theme].status !== 'confirmed') themeNote = phrases.noteUncertainTheme
  } else if (requirement.kind === 'any') {
    // Without a task: name the service's first theme in Kela's table, and say there are others.
    const first = requirement.themes[0]!
    theme = themeName(phrases, first)
    if (KELA_THEMES[first].status !== 'confirmed') themeNote = phrases.noteUncertainTheme
    else if (!requirement.complete) themeNote = phrases.noteIncomplete
    else if (requirement.themes.length > 1) themeNote = phrases.noteOtherThemes
  } else {
    theme = phrases.unknownTheme
    themeNote = phrases.noteUnknownTheme
  }
  const input = a.input
  return {
    lang,
    service: serviceLabel(a, lang, phrases),
    theme,
    themeNote,
    client: phrases.client(a.clientId),
    clientRef: a.clientId ? ` (${phrases.businessIdLabel} ${a.clientId})` : '',
    workplace: input.workplace ?? '',
    role: a.role ? (REGISTER_ROLE_FACTS[a.role].names[lang] ?? REGISTER_ROLE_FACTS[a.role].names.fi) : '',
    organisationType: input.organisation?.type ? phrases.organisationTypes[input.organisation.type] : '',
    forClient: input.actingFor === 'client',
    check: phrases.check,
    checkOrganisation: phrases.checkOrganisation,
    grant: phrases.grant,
    themeList: phrases.themeList,
    support: phrases.support,
    type: phrases.type,
    heldRight: '',
    neededType: '',
    neededRight: '',
    heldGrants: '',
    rightCase: 'wrong-right',
    lacking: '',
    incomesRegister: '',
    date: '',
    days: 0,
    byClient: false,
  }
}

/** The context for one occurrence: the shared part plus what the hit names. */
export function forHit(c: TextContext, phrases: Phrases, params: HitParams): TextContext {
  c.lacking = params.lacking ? list(phrases, params.lacking.map((id) => themeName(phrases, id))) : ''
  c.incomesRegister = params.incomesRegister ? list(phrases, params.incomesRegister.map(phrases.quote)) : ''
  c.date = params.date ? formatDate(c.lang, params.date) : ''
  c.days = params.days ?? 0
  c.byClient = params.fixedBy === 'client'
  const needed = params.neededType ?? (c.forClient ? 'edustamisvaltuus' : 'asiointivaltuus')
  const right = rightToGrant(needed)
  c.neededType = c.type(needed)
  c.neededRight = right ? c.type(right) : ''
  c.heldRight = params.heldRight ? c.type(params.heldRight) : ''
  const grants = params.heldRight ? MANDATE_TYPE_FACTS[params.heldRight].grants : null
  c.heldGrants = grants ? c.type(grants) : ''
  c.rightCase = grants !== needed ? 'wrong-right' : MANDATE_TYPE_FACTS[params.heldRight!].selfGrant === 'confirmed' ? 'self' : 'self-unstated'
  return c
}

// --- links ----------------------------------------------------------------------------------

function target(key: LinkKey, a: Analysis, lang: Lang): LinkTarget {
  switch (key) {
    case 'valtuudet': return valtuudetLink(lang)
    case 'theme-list': return mandateThemeListLink(lang)
    case 'kela-mandates': return kelaMandatePageLink(a.service, lang)
    case 'kela-troubleshooting': return kelaTroubleshootingLink(a.service, lang)
    case 'dvv-guide': return dvvGuideLink(lang)
    case 'officer-service': return officerServiceLink(lang)
    case 'mandate-types': return mandateTypesLink(lang)
    case 'kela-support': return kelaSupportMailLink()
  }
}

export function renderLinks(keys: readonly LinkKey[], a: Analysis, lang: Lang, phrases: Phrases): Link[] {
  return keys.map((key) => {
    const page = target(key, a, lang)
    const suffix = key === 'kela-support' ? '' : phrases.pageIn[page.lang] + (page.status === 'confirmed' ? '' : phrases.unverifiedUrl)
    return { label: phrases.linkLabels[key] + suffix, url: page.url }
  })
}

/** Sentences joined with spaces, empty ones left out. */
export const sentences = (...parts: string[]): string => parts.filter((part) => part !== '').join(' ')
