// The rule catalogue, in the contract's order (§3). contact-kela-support runs after every
// blocking rule, because it applies only when nothing blocking fired.
import type { Rule } from '../rule.ts'
import { rule as notStronglyIdentified } from './not-strongly-identified.ts'
import { rule as katsoEnded } from './katso-ended.ts'
import { rule as foreignUserNeedsUid } from './foreign-user-needs-uid.ts'
import { rule as noMandate } from './no-mandate.ts'
import { rule as missingTheme } from './missing-theme.ts'
import { rule as incomesRegisterTheme } from './incomes-register-theme.ts'
import { rule as needsAsiointivaltuus } from './needs-asiointivaltuus.ts'
import { rule as needsEdustamisvaltuus } from './needs-edustamisvaltuus.ts'
import { rule as registerRoleNeedsEdustamisvaltuus } from './register-role-needs-edustamisvaltuus.ts'
import { rule as clientMandateMissing } from './client-mandate-missing.ts'
import { rule as restrictionExcludesClient } from './restriction-excludes-client.ts'
import { rule as restrictionExcludesWorkplace } from './restriction-excludes-workplace.ts'
import { rule as mandateExpired } from './mandate-expired.ts'
import { rule as mandateNotYetValid } from './mandate-not-yet-valid.ts'
import { rule as requestPending } from './request-pending.ts'
import { rule as grantRightOnly } from './grant-right-only.ts'
import { rule as prokuristLimited } from './prokurist-limited.ts'
import { rule as expiresSoon } from './expires-soon.ts'
import { rule as actsByRegisterRole } from './acts-by-register-role.ts'
import { rule as grantViaOfficerService } from './grant-via-officer-service.ts'
import { rule as kuntayhtymaMandateToPerson } from './kuntayhtyma-mandate-to-person.ts'
import { rule as contactKelaSupport } from './contact-kela-support.ts'
import { rule as serviceError } from './service-error.ts'

export const RULES: readonly Rule[] = [
  notStronglyIdentified,
  katsoEnded,
  foreignUserNeedsUid,
  noMandate,
  missingTheme,
  incomesRegisterTheme,
  needsAsiointivaltuus,
  needsEdustamisvaltuus,
  registerRoleNeedsEdustamisvaltuus,
  clientMandateMissing,
  restrictionExcludesClient,
  restrictionExcludesWorkplace,
  mandateExpired,
  mandateNotYetValid,
  requestPending,
  grantRightOnly,
  prokuristLimited,
  expiresSoon,
  actsByRegisterRole,
  grantViaOfficerService,
  kuntayhtymaMandateToPerson,
  contactKelaSupport,
  serviceError,
]
