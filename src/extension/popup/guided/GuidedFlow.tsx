// The guided flow: the answers given so far (each can be changed) and the next open question.
// Every answer re-runs the engine (in App), which decides what to ask next.
import { useState } from 'preact/hooks'
import type { Case } from '../../../core/contract/case.ts'
import { QUESTION_IDS, type QuestionId, type Result } from '../../../core/contract/result.ts'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'
import type { BackgroundApi } from '../background-api.ts'
import { valtuudetLabels } from '../valtuudet-labels.ts'
import { openQuestions, type AnswerValues, type Answers } from './answers.ts'
import { answerText, QuestionWidget } from './QuestionWidget.tsx'

export function GuidedFlow({ value, result, answers, organisationId, tabId, bg, onAnswer }: {
  value: Case
  result: Result
  answers: Answers
  organisationId: string | undefined
  tabId: number | undefined
  bg: BackgroundApi
  onAnswer: <K extends QuestionId>(id: K, value: AnswerValues[K]) => void
}) {
  const { lang, t } = useI18n()
  const [editing, setEditing] = useState<QuestionId | null>(null)
  const [answeredHere, setAnsweredHere] = useState(false)
  const open = openQuestions(result, value)
  const current = editing ?? open[0] ?? null
  const given = QUESTION_IDS.filter((id) => answers[id] !== undefined && id !== current)
  // The question on screen is worded by the engine (it asked it); the short form labels an answer.
  const labels = valtuudetLabels(lang)
  const shortOf = (id: QuestionId) => t(`q.${id}`, labels)
  const legendOf = (id: QuestionId) => result.questions.find((q) => q.id === id)?.text || shortOf(id)
  if (!current && given.length === 0) return null
  return (
    <section class="guided" aria-labelledby="questions-heading" data-testid="guided-flow" data-current={current ?? ''}>
      <h2 id="questions-heading">{t('questionsHeading')}</h2>
      {given.length > 0 && <h3 class="answers-heading">{t('answersHeading')}</h3>}
      {given.length > 0 && (
        <dl class="answers" data-testid="answers">
          {given.map((id) => (
            <div key={id} class="answer" data-answer-id={id}>
              <dt>{shortOf(id)}</dt>
              <dd>
                <span>{answerText(id, answers[id] as AnswerValues[typeof id], lang, t)}</span>{' '}
                <Button variant="link" onClick={() => { setEditing(id); setAnsweredHere(true) }} aria-label={`${t('change')}: ${shortOf(id)}`}>
                  {t('change')}
                </Button>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {current && (
        <QuestionWidget
          key={current}
          id={current}
          legend={legendOf(current)}
          focusOnMount={answeredHere}
          value={value}
          answers={answers}
          organisationId={organisationId}
          tabId={tabId}
          bg={bg}
          onAnswer={(id, answer) => {
            setEditing(null)
            setAnsweredHere(true)
            onAnswer(id, answer)
          }}
        />
      )}
    </section>
  )
}
