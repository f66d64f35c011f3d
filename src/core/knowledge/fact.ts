// The shape every fact in the knowledge base shares: where it comes from and how sure we are.
// Facts come from ../shared/domain/kela-mandates.md (compiled from kela.fi, suomi.fi, dvv.fi,
// vero.fi pages) and from pages re-checked for issue 3; each record names its source URLs.
import type { Lang } from '../contract/ids.ts'

/**
 * confirmed: seen in a source. uncertain: the source is cut off, ambiguous or contradicted by
 * another source. unverified: our own inference (e.g. a URL built from a pattern); the product
 * must say so and point to the official place to check.
 */
export const FACT_STATUSES = ['confirmed', 'uncertain', 'unverified'] as const
export type FactStatus = (typeof FACT_STATUSES)[number]

export interface Sourced {
  status: FactStatus
  /** At least one https URL where the fact was seen (or, when unverified, what it was inferred from). */
  sources: readonly string[]
  /** Why a fact is uncertain or unverified, or what to keep in mind. */
  note?: string
}

/** A name in the three languages of the product; null where no source gave one. */
export interface Names {
  fi: string
  sv: string | null
  en: string | null
}

/** A text that exists in every language of the product (labels we write ourselves). */
export type Texts = Record<Lang, string>
