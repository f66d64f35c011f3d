// The mandates the user confirmed, in storage.local under a versioned key. Only the contract's
// Mandate fields are stored: Business IDs, types, theme names, restrictions, dates, status.
import browser from 'webextension-polyfill'
import type { Mandate } from '../../core/contract/case.ts'
import { firstIssue, SAVED_MANDATES_KEY, SavedMandates, type SavedMandatesReply, type SaveMandatesReply } from '../protocol.ts'

/** Two mandates are the same when every field is, whatever the order of themes and restrictions. */
export function mandateKey(mandate: Mandate): string {
  const sorted = (list: string[] | undefined) => (list ? [...list].sort() : undefined)
  return JSON.stringify([
    mandate.holder, mandate.mandator ?? null, mandate.type, sorted(mandate.themes),
    sorted(mandate.restrictions?.businessIds) ?? null, sorted(mandate.restrictions?.workplaces) ?? null,
    mandate.validFrom ?? null, mandate.validUntil ?? null, mandate.status ?? null,
  ])
}

export function mergeMandates(stored: Mandate[], added: Mandate[]): Mandate[] {
  const seen = new Set(stored.map(mandateKey))
  return [...stored, ...added.filter((mandate) => !seen.has(mandateKey(mandate)) && seen.add(mandateKey(mandate)))]
}

export async function readSavedMandates(): Promise<SavedMandatesReply> {
  const stored = (await browser.storage.local.get(SAVED_MANDATES_KEY))[SAVED_MANDATES_KEY]
  if (stored === undefined) return { mandates: [], savedAt: null }
  const parsed = SavedMandates.safeParse(stored)
  if (!parsed.success) return { mandates: [], savedAt: null, problem: `stored mandates are not readable: ${firstIssue(parsed.error)}` }
  return { mandates: parsed.data.mandates, savedAt: parsed.data.savedAt }
}

export async function saveMandates(mandates: Mandate[], mode: 'replace' | 'merge'): Promise<SaveMandatesReply> {
  let base: Mandate[] = []
  if (mode === 'merge') {
    const current = await readSavedMandates()
    // Never overwrite stored data we cannot read: the user may want it back.
    if (current.problem) return { ok: false, error: current.problem }
    base = current.mandates
  }
  const record = SavedMandates.safeParse({ version: 1, savedAt: Date.now(), mandates: mergeMandates(base, mandates) })
  if (!record.success) return { ok: false, error: firstIssue(record.error) }
  await browser.storage.local.set({ [SAVED_MANDATES_KEY]: record.data })
  return { ok: true, count: record.data.mandates.length, savedAt: record.data.savedAt }
}

export async function clearSavedMandates(): Promise<void> {
  await browser.storage.local.remove(SAVED_MANDATES_KEY)
}
