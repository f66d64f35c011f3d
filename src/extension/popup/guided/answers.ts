// The guided flow's answers: one value per question id, each filling one field of the case.
// Pure, so the flow's logic is tested in node; the widgets only collect values.
import type {
  ACTING_FOR, IDENTIFICATIONS, IDENTITY_CODES, ORGANISATION_TYPES, REGISTER_ROLES, SYMPTOMS,
} from '../../../core/contract/case.ts'
import type { Case, Mandate } from '../../../core/contract/case.ts'
import type { ServiceId } from '../../../core/contract/ids.ts'
import type { QuestionId, Result } from '../../../core/contract/result.ts'

export interface AnswerValues {
  service: ServiceId
  'acting-for': (typeof ACTING_FOR)[number]
  symptom: (typeof SYMPTOMS)[number]
  mandates: Mandate[]
  identification: (typeof IDENTIFICATIONS)[number]
  'identity-code': (typeof IDENTITY_CODES)[number]
  'register-role': (typeof REGISTER_ROLES)[number]
  'organisation-type': (typeof ORGANISATION_TYPES)[number]
  'client-business-id': string
  task: string
  workplace: string
}

// Every question id has exactly one answer type (a compile-time check both ways).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
const _everyQuestionHasAnAnswer: Exact<keyof AnswerValues, QuestionId> = true
void _everyQuestionHasAnAnswer

export type Answers = Partial<AnswerValues>

/** The case with the answers filled in; answers win over what the page told. */
export function applyAnswers(base: Case, answers: Answers, organisationId?: string): Case {
  const next: Case = { ...base }
  if (answers.service) next.service = answers.service
  if (answers['acting-for']) next.actingFor = answers['acting-for']
  if (answers.symptom) next.symptom = answers.symptom
  if (answers.mandates) next.mandates = answers.mandates
  if (answers.task) next.task = answers.task
  if (answers.workplace) next.workplace = answers.workplace
  const user = {
    ...base.user,
    ...(answers.identification && { identification: answers.identification }),
    ...(answers['identity-code'] && { identityCode: answers['identity-code'] }),
    ...(answers['register-role'] && { registerRole: answers['register-role'] }),
  }
  if (Object.keys(user).length > 0) next.user = user
  const organisation = {
    ...base.organisation,
    ...(organisationId && { businessId: organisationId }),
    ...(answers['organisation-type'] && { type: answers['organisation-type'] }),
  }
  if (Object.keys(organisation).length > 0) next.organisation = organisation
  if (answers['client-business-id']) next.client = { ...base.client, businessId: answers['client-business-id'] }
  return next
}

/** Whether the case already holds the fact a question asks for (from the page or an answer). */
export function knownInCase(value: Case, id: QuestionId): boolean {
  switch (id) {
    case 'service': return value.service !== undefined
    case 'acting-for': return value.actingFor !== undefined
    case 'symptom': return value.symptom !== undefined
    case 'mandates': return value.mandates !== undefined
    case 'identification': return value.user?.identification !== undefined
    case 'identity-code': return value.user?.identityCode !== undefined
    case 'register-role': return value.user?.registerRole !== undefined
    case 'organisation-type': return value.organisation?.type !== undefined
    case 'client-business-id': return value.client?.businessId !== undefined
    case 'task': return value.task !== undefined
    case 'workplace': return value.workplace !== undefined
  }
}

/**
 * The questions still open, most important first: exactly the ones the engine asked (it asks
 * only when its verdict is unknown), minus any whose fact the case already holds.
 */
export function openQuestions(result: Result, value: Case): QuestionId[] {
  if (result.verdict !== 'unknown') return []
  return [...new Set(result.questions.map((q) => q.id))].filter((id) => !knownInCase(value, id))
}

/** Answers, minus one. */
export function withoutAnswer(answers: Answers, id: QuestionId): Answers {
  const next = { ...answers }
  delete next[id]
  return next
}
