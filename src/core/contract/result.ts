// The result: a verdict, findings and open questions (contract §2 and §3).
import type { Lang, ServiceId } from './ids.ts'

export const VERDICTS = ['cannot-access', 'can-access', 'unknown'] as const
export type Verdict = (typeof VERDICTS)[number]

export const BLOCKING_FINDING_IDS = [
  'not-strongly-identified', 'katso-ended', 'foreign-user-needs-uid', 'no-mandate', 'missing-theme',
  'incomes-register-theme', 'needs-asiointivaltuus', 'needs-edustamisvaltuus', 'register-role-needs-edustamisvaltuus',
  'client-mandate-missing', 'restriction-excludes-client', 'restriction-excludes-workplace', 'mandate-expired',
  'mandate-not-yet-valid', 'request-pending', 'grant-right-only', 'prokurist-limited',
] as const
export const OTHER_FINDING_IDS = [
  'expires-soon', 'acts-by-register-role', 'grant-via-officer-service', 'kuntayhtyma-mandate-to-person',
  'contact-kela-support', 'service-error',
] as const
export const FINDING_IDS = [...BLOCKING_FINDING_IDS, ...OTHER_FINDING_IDS] as const
export type FindingId = (typeof FINDING_IDS)[number]

export const SEVERITIES = ['blocking', 'warning', 'advice', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]
export const CERTAINTIES = ['certain', 'likely'] as const
export type Certainty = (typeof CERTAINTIES)[number]
export const FIXERS = ['me', 'organisation-admin', 'client', 'kela-support', 'dvv'] as const
export type Fixer = (typeof FIXERS)[number]

export interface Link {
  label: string
  url: string
}

export interface Finding {
  id: FindingId
  severity: Severity
  certainty: Certainty
  fixedBy: Fixer
  title: string
  explanation: string
  steps: string[]
  links: Link[]
  sources: string[]
}

/**
 * What the engine may ask when the verdict is unknown, most important first. The popup's guided
 * flow has one widget per id; each answer fills one field of the case.
 */
export const QUESTION_IDS = [
  'service',            // case.service
  'acting-for',         // case.actingFor
  'symptom',            // case.symptom
  'mandates',           // case.mandates (what "Saadut valtuudet" shows, or read from Valtuudet)
  'identification',     // case.user.identification
  'identity-code',      // case.user.identityCode
  'register-role',      // case.user.registerRole
  'organisation-type',  // case.organisation.type
  'client-business-id', // case.client.businessId
  'task',               // case.task
  'workplace',          // case.workplace
] as const
export type QuestionId = (typeof QUESTION_IDS)[number]

export interface Question {
  id: QuestionId
  text: string
}

export interface Result {
  verdict: Verdict
  service: ServiceId | null
  findings: Finding[]
  questions: Question[]
}

export type { Lang }
