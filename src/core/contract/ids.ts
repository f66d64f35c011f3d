// Stable identifiers of the public contract (../shared/contract/diagnosis.md).
// Extend only by adding; a help desk pastes these into the CLI.

/** Languages of every user-visible text. */
export const LANGS = ['fi', 'sv', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** Contract §4: Kela organisation e-services. */
export const SERVICE_IDS = [
  'employer',
  'occupational-health',
  'kelmu',
  'emava',
  'pharma-prices',
  'rehab-providers',
  'kiila',
  'other',
] as const
export type ServiceId = (typeof SERVICE_IDS)[number]

/** Contract §5: what a Kela or Suomi.fi page shows. */
export const PAGE_KINDS = [
  'none',
  'identification-failed',
  'session-expired',
  'no-access',
  'organisation-not-listed',
  'function-denied',
  'service-error',
] as const
export type PageKind = (typeof PAGE_KINDS)[number]

/** The page kinds that mean something failed (everything but `none`). */
export type FailureKind = Exclude<PageKind, 'none'>
export const isFailureKind = (kind: PageKind): kind is FailureKind => kind !== 'none'
