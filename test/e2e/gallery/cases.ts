// What the findings gallery adds to the case the popup builds from its tab (an employer
// e-service page where the organisation is not in the list), so the real engine gives findings
// of several kinds: an accounting firm's employee acting for a client, whose client gave the
// firm a mandate that ends soon, and whose own mandate is of the wrong type (blocking + warning,
// fixed by the administrator and the client); and a CEO in their own company, whose mandates
// look complete although the page still refuses (information, Kela support).
import type { Case } from '../../../src/core/contract/case.ts'

export const GALLERY_TIME = '2026-03-04T10:00:00+02:00'
export const GALLERY_TAB = {
  access: 'ready', filter: null,
  state: { kind: 'organisation-not-listed', service: 'employer', lang: 'fi', evidence: [], url: 'https://asiointi.kela.fi/tyonantaja/', at: 0 },
} as const

const THEME = 'Palvelussuhteeseen liittyvien etuuksien hakeminen'

export const GALLERY_FACTS = {
  blocking: {
    actingFor: 'client',
    organisation: { businessId: '0913909-2', type: 'company' },
    client: { businessId: '9603082-8' },
    user: { identification: 'strong', identityCode: 'finnish', registerRole: 'none' },
    mandates: [
      { holder: 'my-organisation', mandator: '9603082-8', type: 'asiointivaltuus', themes: [THEME], validUntil: '2026-03-20' },
      { holder: 'me', mandator: '0913909-2', type: 'asiointivaltuus', themes: [THEME] },
    ],
  },
  'can-access': {
    actingFor: 'own',
    organisation: { businessId: '0913909-2', type: 'company' },
    user: { identification: 'strong', identityCode: 'finnish', registerRole: 'ceo' },
  },
} satisfies Record<string, Partial<Case>>

export type GalleryScenario = keyof typeof GALLERY_FACTS

/** The case the popup builds for the gallery's tab, with the scenario's facts: what the engine sees. */
export function galleryCase(scenario: GalleryScenario, base: Case): Case {
  return { ...base, ...(GALLERY_FACTS[scenario] as Partial<Case>) }
}
