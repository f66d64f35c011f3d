// A typed Y-tunnus: the forms people paste are accepted (normaliseBusinessId), and an error
// says whether the format or the check digit is wrong, or that no company has it (0000000-0).
import { isUnissuedBusinessId, normaliseBusinessId } from '../../../core/contract/business-id.ts'
import type { Translate } from '../../ui/i18n/index.ts'

export function parseBusinessId(raw: string, t: Translate): { value: string } | { error: string } {
  const value = normaliseBusinessId(raw)
  if (value) return { value }
  // The same forms normaliseBusinessId accepts: if the shape is right, the check digit is wrong,
  // or the number is the all-zero one.
  const compact = raw.trim().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '')
  const shaped = /^(\d{6,7})-?(\d)$/.exec(compact)
  if (!shaped) return { error: t('businessIdFormat') }
  return { error: t(isUnissuedBusinessId(`${shaped[1]!.padStart(7, '0')}-${shaped[2]}`) ? 'businessIdUnissued' : 'businessIdChecksum') }
}
