// One widget per question id (QUESTION_IDS); each answer fills one field of the case. Also the
// short text of an answer for the "Your answers" list.
import {
  ACTING_FOR, IDENTIFICATIONS, IDENTITY_CODES, ORGANISATION_TYPES, REGISTER_ROLES, SYMPTOMS, type Case,
} from '../../../core/contract/case.ts'
import { SERVICE_IDS, type Lang } from '../../../core/contract/ids.ts'
import type { QuestionId } from '../../../core/contract/result.ts'
import { KELA_SYMPTOMS, serviceName } from '../../../core/knowledge/index.ts'
import { useI18n, type Translate } from '../../ui/i18n/index.ts'
import type { BackgroundApi } from '../background-api.ts'
import { capitalised } from '../capitalise.ts'
import type { AnswerValues, Answers } from './answers.ts'
import { parseBusinessId } from './business-id.ts'
import { ChoiceQuestion } from './ChoiceQuestion.tsx'
import { MandatesQuestion } from './MandatesQuestion.tsx'
import type { Option } from './QuestionFrame.tsx'
import { TaskQuestion } from './TaskQuestion.tsx'
import { TextQuestion } from './TextQuestion.tsx'

type ChoiceId = 'service' | 'acting-for' | 'symptom' | 'identification' | 'identity-code' | 'register-role' | 'organisation-type'

/** The options of every multiple-choice question, labelled in the UI language. */
export function choiceOptions(id: ChoiceId, lang: Lang, t: Translate): Option<string>[] {
  switch (id) {
    case 'service': return SERVICE_IDS.map((value) => ({ value, label: value === 'other' ? t('serviceOther') : capitalised(serviceName(value, lang).name) }))
    case 'acting-for': return ACTING_FOR.map((value) => ({ value, label: t(`actingFor.${value}`) }))
    case 'symptom': return SYMPTOMS.map((value) => ({ value, label: KELA_SYMPTOMS[value].texts[lang] }))
    case 'identification': return IDENTIFICATIONS.map((value) => ({ value, label: t(`identification.${value}`) }))
    case 'identity-code': return IDENTITY_CODES.map((value) => ({ value, label: t(`identityCode.${value}`) }))
    case 'register-role': return REGISTER_ROLES.map((value) => ({ value, label: t(`registerRole.${value}`) }))
    case 'organisation-type': return ORGANISATION_TYPES.map((value) => ({ value, label: t(`organisationType.${value}`) }))
  }
}

const isChoice = (id: QuestionId): id is ChoiceId =>
  ['service', 'acting-for', 'symptom', 'identification', 'identity-code', 'register-role', 'organisation-type'].includes(id)

/** The short text of a given answer. */
export function answerText<K extends QuestionId>(id: K, value: AnswerValues[K], lang: Lang, t: Translate): string {
  if (id === 'mandates') {
    const count = (value as AnswerValues['mandates']).length
    return count === 0 ? t('mandatesNone') : `${t('mandatesEntered')}: ${count}`
  }
  if (isChoice(id)) return choiceOptions(id, lang, t).find((o) => o.value === value)?.label ?? String(value)
  return String(value)
}

export interface WidgetProps {
  id: QuestionId
  legend: string
  focusOnMount: boolean
  value: Case
  answers: Answers
  organisationId: string | undefined
  tabId: number | undefined
  bg: BackgroundApi
  onAnswer: <K extends QuestionId>(id: K, value: AnswerValues[K]) => void
}

export function QuestionWidget(props: WidgetProps) {
  const { lang, t } = useI18n()
  const { id, legend, focusOnMount, value, answers, onAnswer } = props
  const common = { id, legend, focusOnMount }
  if (isChoice(id)) {
    return (
      <ChoiceQuestion {...common} options={choiceOptions(id, lang, t)} initial={answers[id]}
        onAnswer={(answer) => onAnswer(id, answer as AnswerValues[typeof id])} />
    )
  }
  switch (id) {
    case 'mandates':
      return (
        <MandatesQuestion {...common} service={value.service} organisationId={props.organisationId} clientId={value.client?.businessId}
          tabId={props.tabId} bg={props.bg} initial={answers.mandates} onAnswer={(mandates) => onAnswer('mandates', mandates)} />
      )
    case 'client-business-id':
      return (
        <TextQuestion {...common} label="Y-tunnus" hint={t('businessIdHint')} initial={answers['client-business-id']}
          parse={(raw) => parseBusinessId(raw, t)} onAnswer={(answer) => onAnswer('client-business-id', answer)} />
      )
    case 'workplace':
      return (
        <TextQuestion {...common} label={t('workplaceLabel')} initial={answers.workplace}
          parse={(raw) => (raw.trim().length >= 1 && raw.trim().length <= 64 ? { value: raw.trim() } : { error: t('workplaceInvalid') })}
          onAnswer={(answer) => onAnswer('workplace', answer)} />
      )
    case 'task':
      return <TaskQuestion {...common} service={value.service} initial={answers.task} onAnswer={(answer) => onAnswer('task', answer)} />
    default:
      return null
  }
}
