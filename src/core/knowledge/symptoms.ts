// Kela's own three descriptions of how access to an organisation e-service fails (the contract's
// `symptom` ids), quoted from Kela's troubleshooting pages (kela-mandates.md §7.1). The guided
// flow offers them as the answers to "what happens?" and the summaries quote them.
import type { Symptom } from '../contract/case.ts'
import type { Sourced, Texts } from './fact.ts'

export interface SymptomFact extends Sourced {
  id: Symptom
  /** fi and sv as Kela words them; en is our translation (Kela publishes none). */
  texts: Texts
}

const FI = 'https://www.kela.fi/asiointi-ongelmatilanteet'
const SV = 'https://www.kela.fi/etjanst-samarbetspartner-problemsituationer'
const NOTE = 'Finnish and Swedish quoted from Kela; the English text is our translation.'

export const KELA_SYMPTOMS: Record<Symptom, SymptomFact> = {
  'cannot-enter': {
    id: 'cannot-enter', status: 'confirmed', sources: [FI, SV], note: NOTE,
    texts: {
      fi: 'Et pääse lainkaan asiointipalveluun.',
      sv: 'Du kommer inte alls in i e-tjänsten.',
      en: 'You cannot get into the e-service at all.',
    },
  },
  'organisation-not-listed': {
    id: 'organisation-not-listed', status: 'confirmed', sources: [FI, SV], note: NOTE,
    texts: {
      fi: 'Pääset asiointipalveluun, mutta et saa valittavaksi sitä yhteisöä tai yritystä, jonka asiaa olet hoitamassa.',
      sv: 'Du kommer in i e-tjänsten men kan inte välja det företag eller samfund vars ärenden du vill sköta.',
      en: 'You get into the e-service, but you cannot choose the company or organisation whose business you are handling.',
    },
  },
  'function-denied': {
    id: 'function-denied', status: 'confirmed', sources: [FI, SV], note: NOTE,
    texts: {
      fi: 'Valitset oikean yrityksen tai yhteisön, mutta et pääse tekemään niitä toimintoja, joita olet hoitamassa.',
      sv: 'Du kan välja rätt företag eller samfund men du kan inte utföra de uppgifter som du ska sköta.',
      en: 'You can choose the right company or organisation, but you cannot do the tasks you are handling.',
    },
  },
}
