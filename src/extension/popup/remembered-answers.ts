// Answers remembered per organisation (Y-tunnus) in storage.local, so that the next check for
// the same organisation starts where the last one ended. Only facts about the organisation and
// its mandates are kept (never names, personal identity codes or anything about the person):
// the e-service, whose business is handled, the organisation type and the mandates seen.
import * as z from 'zod/mini'
import { ACTING_FOR, BusinessId, Mandate, ORGANISATION_TYPES, type Case } from '../../core/contract/case.ts'
import { SERVICE_IDS } from '../../core/contract/ids.ts'
import type { KeyValueStore } from '../ui/env.ts'
import { knownInCase, type Answers } from './guided/answers.ts'

export const REMEMBERED_QUESTIONS = ['service', 'acting-for', 'organisation-type', 'mandates'] as const

const RememberedAnswers = z.strictObject({
  version: z.literal(1),
  answers: z.strictObject({
    service: z.optional(z.enum(SERVICE_IDS)),
    'acting-for': z.optional(z.enum(ACTING_FOR)),
    'organisation-type': z.optional(z.enum(ORGANISATION_TYPES)),
    mandates: z.optional(z.array(Mandate).check(z.maxLength(1000))),
  }),
})

export const LAST_ORGANISATION_KEY = 'answers:last-organisation'
export const answersKey = (businessId: string): string => `answers:${businessId}`

/** The organisation the user last chose, if it is still a valid Y-tunnus. */
export async function lastOrganisation(store: KeyValueStore): Promise<string | undefined> {
  const stored = await store.get(LAST_ORGANISATION_KEY).catch(() => undefined)
  return BusinessId.safeParse(stored).success ? (stored as string) : undefined
}

/** The remembered answers for an organisation; stored data that does not validate is ignored, never deleted. */
export async function rememberedAnswers(store: KeyValueStore, businessId: string): Promise<Answers> {
  const parsed = RememberedAnswers.safeParse(await store.get(answersKey(businessId)).catch(() => undefined))
  return parsed.success ? parsed.data.answers : {}
}

/** Keeps the rememberable subset of the answers for this organisation, and makes it the last one used. */
export async function rememberAnswers(store: KeyValueStore, businessId: string, answers: Answers): Promise<void> {
  const kept: Record<string, unknown> = {}
  for (const id of REMEMBERED_QUESTIONS) if (answers[id] !== undefined) kept[id] = answers[id]
  const record = RememberedAnswers.parse({ version: 1, answers: kept })
  await store.set(answersKey(businessId), record)
  await store.set(LAST_ORGANISATION_KEY, businessId)
}

export async function forgetOrganisation(store: KeyValueStore, businessId: string): Promise<void> {
  await store.remove(answersKey(businessId))
  if ((await store.get(LAST_ORGANISATION_KEY)) === businessId) await store.remove(LAST_ORGANISATION_KEY)
}

/** Remembered answers fill only what neither the page nor this session's answers know. */
export function mergeRemembered(base: Case, current: Answers, remembered: Answers): Answers {
  const merged: Answers = { ...current }
  for (const id of REMEMBERED_QUESTIONS) {
    if (remembered[id] === undefined || current[id] !== undefined || knownInCase(base, id)) continue
    Object.assign(merged, { [id]: remembered[id] })
  }
  return merged
}
