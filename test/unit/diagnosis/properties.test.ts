// Property-based tests (fast-check) over schema-valid cases: the engine never throws and keeps
// the contract's invariants; adding a mandate that fully covers the task never turns
// can-access into cannot-access.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  ACTING_FOR, IDENTIFICATIONS, IDENTITY_CODES, MANDATE_HOLDERS, MANDATE_STATUSES, MANDATE_TYPES, ORGANISATION_TYPES,
  REGISTER_ROLES, SYMPTOMS, type Case, type Mandate,
} from '../../../src/core/contract/case.ts'
import { LANGS, PAGE_KINDS, SERVICE_IDS } from '../../../src/core/contract/ids.ts'
import { FINDING_IDS, QUESTION_IDS, type Result } from '../../../src/core/contract/result.ts'
import { diagnose, parseCase } from '../../../src/core/diagnosis/index.ts'
import { INCOMES_REGISTER_THEMES, KELA_THEMES, SERVICES } from '../../../src/core/knowledge/index.ts'

const BUSINESS_IDS = ['0913909-2', '9603082-8', '1819093-0', '4628194-4', '8219935-8', '7865797-7'] as const
const KELA_NAMES: string[] = Object.values(KELA_THEMES).flatMap((t): (string | null)[] => [t.names.fi, t.names.sv]).filter((n): n is string => n !== null)
const IR_NAMES = INCOMES_REGISTER_THEMES.map((t) => t.names.fi)

const isoDate = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const instant = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString())
const themeName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KELA_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...IR_NAMES) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...KELA_NAMES).map((n) => `  ${n.toUpperCase()} `) },
)
const businessId: fc.Arbitrary<string> = fc.constantFrom(...BUSINESS_IDS)
const workplace = fc.constantFrom('1', '7', '12', ' 12 ')

const mandate: fc.Arbitrary<Mandate> = fc.record(
  {
    holder: fc.constantFrom(...MANDATE_HOLDERS),
    mandator: businessId,
    type: fc.constantFrom(...MANDATE_TYPES),
    themes: fc.array(themeName, { maxLength: 4 }),
    restrictions: fc.record({ businessIds: fc.array(businessId, { maxLength: 3 }), workplaces: fc.array(workplace, { maxLength: 2 }) }, { requiredKeys: [] }),
    validFrom: isoDate,
    validUntil: isoDate,
    status: fc.constantFrom(...MANDATE_STATUSES),
  },
  { requiredKeys: ['holder', 'type', 'themes'] },
)

/** Any schema-valid case, biased towards the facts that decide access. */
const anyCase: fc.Arbitrary<Case> = fc.record(
  {
    version: fc.constant(1 as const),
    now: instant,
    lang: fc.constantFrom(...LANGS),
    service: fc.constantFrom(...SERVICE_IDS),
    task: fc.oneof(themeName, fc.constantFrom(...KELA_NAMES)),
    symptom: fc.constantFrom(...SYMPTOMS),
    page: fc.record({ url: fc.constantFrom('https://www.kela.fi/', 'https://www.kela.fi/kelmu', 'not a url'), title: fc.string({ maxLength: 60 }), kind: fc.constantFrom(...PAGE_KINDS) }, { requiredKeys: [] }),
    user: fc.record({ identification: fc.constantFrom(...IDENTIFICATIONS), identityCode: fc.constantFrom(...IDENTITY_CODES), registerRole: fc.constantFrom(...REGISTER_ROLES) }, { requiredKeys: [] }),
    actingFor: fc.constantFrom(...ACTING_FOR),
    organisation: fc.record({ businessId, type: fc.constantFrom(...ORGANISATION_TYPES) }, { requiredKeys: [] }),
    client: fc.record({ businessId }, { requiredKeys: [] }),
    workplace,
    mandates: fc.array(mandate, { maxLength: 8 }),
  },
  { requiredKeys: ['version'] },
)

/** Cases where access is decided by the mandates: strong identification, a known service and side. */
const decidedCase: fc.Arbitrary<Case> = fc.tuple(anyCase, fc.constantFrom(...SERVICE_IDS.filter((s) => s !== 'other')), fc.constantFrom(...ACTING_FOR), businessId, businessId)
  .map(([c, service, actingFor, own, client]) => ({
    ...c,
    service,
    actingFor,
    user: { ...c.user, identification: 'strong' as const, identityCode: 'finnish' as const },
    organisation: { ...c.organisation, businessId: own },
    ...(actingFor === 'client' ? { client: { businessId: client } } : {}),
  }))
  .filter((c) => c.actingFor === 'own' || c.client?.businessId !== c.organisation?.businessId)

/**
 * A mandate (or, through the user's firm, a pair) that fully covers the case's task: the task's
 * theme, or without a task one theme of the service (`every`: all of them, plus the task).
 */
function covering(c: Case, every: boolean, pick = 0): Mandate[] | null {
  if (c.service === undefined || c.actingFor === undefined) return null
  const serviceThemes = SERVICES[c.service].themes.map((id) => KELA_THEMES[id].names.fi)
  const isIncomesRegister = IR_NAMES.some((n) => n.toLowerCase() === c.task?.trim().toLowerCase())
  const minimal = c.task && !isIncomesRegister ? [c.task] : serviceThemes.slice(pick % Math.max(serviceThemes.length, 1)).slice(0, 1)
  const themes = every ? [...(c.task ? [c.task] : []), ...serviceThemes] : minimal
  if (themes.length === 0) return null
  const own = c.organisation?.businessId
  if (c.actingFor === 'own') return [{ holder: 'me', ...(own ? { mandator: own } : {}), type: 'asiointivaltuus', themes }]
  const client = c.client?.businessId
  if (client) return [{ holder: 'me', mandator: client, type: 'asiointivaltuus', themes }]
  return [
    { holder: 'my-organisation', type: 'asiointivaltuus', themes },
    { holder: 'me', ...(own ? { mandator: own } : {}), type: 'edustamisvaltuus', themes },
  ]
}

function checkInvariants(c: Case, result: Result) {
  expect(['can-access', 'cannot-access', 'unknown']).toContain(result.verdict)
  const blocking = result.findings.some((f) => f.severity === 'blocking')
  expect(result.verdict === 'cannot-access').toBe(blocking)
  expect(result.questions.length > 0).toBe(result.verdict === 'unknown')
  for (const finding of result.findings) {
    expect(FINDING_IDS).toContain(finding.id)
    expect(finding.title.length * finding.explanation.length * finding.steps.length).toBeGreaterThan(0)
  }
  for (const question of result.questions) expect(QUESTION_IDS).toContain(question.id)
  expect(new Set(result.questions.map((q) => q.id)).size).toBe(result.questions.length)
  expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  if (c.service !== undefined) expect(result.service).toBe(c.service)
}

describe('the engine', () => {
  test('generated cases are schema-valid (the arbitrary is honest)', () => {
    fc.assert(fc.property(anyCase, (c) => {
      const parsed = parseCase(c)
      expect(parsed.ok ? [] : parsed.errors).toEqual([])
    }), { numRuns: 300 })
  })

  test('never throws on a schema-valid case, and keeps the contract\'s invariants', () => {
    fc.assert(fc.property(anyCase, (c) => {
      checkInvariants(c, diagnose(c))
    }), { numRuns: 2000 })
  })

  test('is deterministic for a given `now`', () => {
    fc.assert(fc.property(anyCase, (c) => {
      expect(diagnose(c)).toEqual(diagnose(structuredClone(c)))
    }), { numRuns: 300 })
  })

  test('adding a mandate that fully covers the task never turns can-access into cannot-access', () => {
    let canAccessBefore = 0
    fc.assert(fc.property(decidedCase, fc.nat(4), (c, pick) => {
      const extra = covering(c, false, pick)
      fc.pre(extra !== null)
      const before = diagnose(c)
      if (before.verdict !== 'can-access') return
      canAccessBefore += 1
      const after = diagnose({ ...c, mandates: [...(c.mandates ?? []), ...extra!] })
      expect(after.verdict, JSON.stringify(after.findings.map((f) => f.id))).not.toBe('cannot-access')
    }), { numRuns: 3000 })
    // The property is only meaningful if many generated cases had access to begin with.
    expect(canAccessBefore).toBeGreaterThan(100)
  })

  test('with strong identification, a fully covering mandate gives access unless something else is still open', () => {
    fc.assert(fc.property(decidedCase, (c) => {
      const extra = covering(c, true)
      fc.pre(extra !== null)
      const after = diagnose({ ...c, mandates: [...(c.mandates ?? []), ...extra!] })
      const blocking = after.findings.filter((f) => f.severity === 'blocking').map((f) => f.id)
      // The only blocking finding a covering mandate leaves possible: themes missing on a refused
      // function without a task (the covering mandate holds every theme, so not even that).
      expect(blocking).toEqual([])
    }), { numRuns: 2000 })
  })
})
