// One finding from the engine: what is wrong, who can fix it, the steps and the links. All text
// comes from the engine and is rendered as text.
import type { Finding } from '../../../core/contract/result.ts'
import { ExternalLink } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'

export function FindingCard({ finding, index }: { finding: Finding; index: number }) {
  const { t } = useI18n()
  const headingId = `finding-${index}`
  return (
    <li class={`finding finding-${finding.severity}`} data-testid="finding" data-finding-id={finding.id} data-fixed-by={finding.fixedBy}>
      <article aria-labelledby={headingId}>
        <p class="finding-tags">
          <span class={`tag tag-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
          {finding.certainty === 'likely' && <span class="tag tag-likely">{t('likely')}</span>}
        </p>
        <h4 id={headingId} class="finding-title">{finding.title}</h4>
        <p class="finding-fixer">
          <span class="finding-fixer-label">{t('fixedBy')}</span> <strong>{t(`fixer.${finding.fixedBy}`)}</strong>
        </p>
        {finding.explanation && <p class="finding-explanation">{finding.explanation}</p>}
        {finding.steps.length > 0 && (
          <>
            <h5 class="finding-subheading">{t('steps')}</h5>
            <ol class="finding-steps">
              {finding.steps.map((step, i) => <li key={i}>{step}</li>)}
            </ol>
          </>
        )}
        {finding.links.length > 0 && (
          <>
            <h5 class="finding-subheading">{t('links')}</h5>
            <ul class="finding-links">
              {finding.links.map((link, i) => <li key={i}><ExternalLink url={link.url}>{link.label}</ExternalLink></li>)}
            </ul>
          </>
        )}
        {finding.sources.length > 0 && (
          <details class="finding-sources">
            <summary>{t('sources')}</summary>
            <ul>
              {finding.sources.map((source, i) => <li key={i}><ExternalLink url={source}>{source}</ExternalLink></li>)}
            </ul>
          </details>
        )}
      </article>
    </li>
  )
}
