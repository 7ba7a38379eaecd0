import { describe, expect, it } from 'vitest';
import * as enums from '@/db/schema/enums';
import { AGREEMENT_OUTCOME_LABELS, FEEDBACK_AUTHOR_LABELS, SIGNATORY_PARTY_LABELS } from './agreements/labels';
import { APPLICATION_STATUS_LABELS } from './applications/labels';
import { HOLIDAY_ZONE_LABELS } from './calendar/labels';
import { HOST_MEMBER_ROLE_LABELS, ORGANISATION_KIND_LABELS } from './hosts/labels';
import { LUNCH_LABELS, OFFER_STATUS_LABELS } from './offers/labels';
import { GENDER_LABELS } from './pupils/labels';
import { SCOPE_LEVEL_LABELS } from './representatives/labels';
import { SCHOOL_NETWORK_LABELS } from './schools/labels';
import { STAFF_ROLE_LABELS } from './staff/labels';
import { ACCOUNT_STATUS_LABELS, USER_ROLE_LABELS } from './users/labels';

/*
 * One French label map per database enum, each in its domain's labels.ts: every value a user can
 * meet has exactly one name, distinct from the others of its enum.
 */
const maps: [{ enumValues: readonly string[]; enumName: string }, Record<string, string>][] = [
  [enums.userRole, USER_ROLE_LABELS],
  [enums.accountStatus, ACCOUNT_STATUS_LABELS],
  [enums.staffRole, STAFF_ROLE_LABELS],
  [enums.gender, GENDER_LABELS],
  [enums.schoolNetwork, SCHOOL_NETWORK_LABELS],
  [enums.holidayZone, HOLIDAY_ZONE_LABELS],
  [enums.scopeLevel, SCOPE_LEVEL_LABELS],
  [enums.organisationKind, ORGANISATION_KIND_LABELS],
  [enums.hostMemberRole, HOST_MEMBER_ROLE_LABELS],
  [enums.offerStatus, OFFER_STATUS_LABELS],
  [enums.lunchArrangement, LUNCH_LABELS],
  [enums.applicationStatus, APPLICATION_STATUS_LABELS],
  [enums.signatoryParty, SIGNATORY_PARTY_LABELS],
  [enums.agreementOutcome, AGREEMENT_OUTCOME_LABELS],
  [enums.agreementFeedbackAuthor, FEEDBACK_AUTHOR_LABELS],
];

describe('labels of enum values', () => {
  it.each(maps.map(([e, labels]) => [e.enumName, e.enumValues, labels] as const))(
    '%s: one distinct French label per value',
    (_name, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      const texts = Object.values(labels);
      expect(texts.every((text) => text.trim().length > 1)).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    },
  );
});
