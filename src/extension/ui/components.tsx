// Small building blocks shared by the extension pages, in Suomi.fi's visual language
// (styles in base.css). Page text and engine text are always rendered as text.
import type { ComponentChildren, JSX } from 'preact'
import type { Lang } from '../../core/contract/ids.ts'
import { useI18n } from './i18n/index.ts'
import { useUiEnv } from './env.ts'

type ButtonProps = JSX.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'link' }

export function Button({ variant = 'primary', class: className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} class={`btn btn-${variant}${className ? ` ${className}` : ''}`} {...rest} />
}

/** Only these schemes ever become links; anything else from the engine is shown as text. */
export function isSafeUrl(url: string): boolean {
  return /^(https:\/\/|mailto:|tel:)/i.test(url)
}

/**
 * A link that opens in a new tab through the environment (tabs.create in the extension). The
 * href stays real so that the address shows on hover and can be copied.
 */
export function ExternalLink({ url, children, pageLang, unverified = false }: {
  url: string
  children: ComponentChildren
  /** The language of the page behind the link, when known. */
  pageLang?: Lang
  /** The address is inferred, not confirmed by a source (the knowledge base's status). */
  unverified?: boolean
}) {
  const env = useUiEnv()
  if (!isSafeUrl(url)) return <span>{children}</span>
  const external = url.startsWith('https:')
  return (
    <a
      href={url}
      target={external ? '_blank' : undefined}
      rel={external ? 'noopener noreferrer' : undefined}
      onClick={(event) => {
        event.preventDefault()
        env.openUrl(url)
      }}
    >
      {children}
      <LinkNotes pageLang={pageLang} unverified={unverified} external={external} />
    </a>
  )
}

/** After a link's text: the page's language when it is not the UI's, an unconfirmed address, and "opens in a new tab" for screen readers. */
export function LinkNotes({ pageLang, unverified = false, external }: { pageLang?: Lang | undefined; unverified?: boolean; external: boolean }) {
  const { lang, t } = useI18n()
  return (
    <>
      {pageLang && pageLang !== lang && <span class="link-note"> ({t(`pageIn.${pageLang}`)})</span>}
      {unverified && <span class="link-note"> ({t('linkUnverified')})</span>}
      {external && <span class="visually-hidden"> {t('opensInNewTab')}</span>}
    </>
  )
}

export type Tone = 'info' | 'success' | 'warning' | 'alert' | 'neutral'

export function Notice({ tone, title, lead, headingLevel = 2, children, testId }: {
  tone: Tone
  title: string
  /** A short line above the title (e.g. "Problem on this page"). */
  lead?: string
  headingLevel?: 2 | 3
  children?: ComponentChildren
  testId?: string
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section class={`notice notice-${tone}`} data-testid={testId}>
      {lead && <p class="notice-lead">{lead}</p>}
      <Heading class="notice-title">{title}</Heading>
      {children}
    </section>
  )
}

export function Card({ children, class: className, labelledBy, testId }: {
  children: ComponentChildren
  class?: string
  labelledBy?: string
  testId?: string
}) {
  return (
    <section class={`card${className ? ` ${className}` : ''}`} aria-labelledby={labelledBy} data-testid={testId}>
      {children}
    </section>
  )
}
