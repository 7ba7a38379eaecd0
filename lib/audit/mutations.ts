import 'server-only';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';

/** Actions recorded in the audit log; never a password, token or pupil's personal data in details. */
export type AuditAction =
  | 'school.registered'
  | 'school.derogation_approved'
  | 'staff.invited'
  | 'staff.joined'
  | 'staff.role_changed'
  | 'staff.revoked'
  | 'pupil.consent_recorded'
  | 'pupil.consent_withdrawn'
  | 'representative.validated'
  | 'operator.created'
  | 'user.deactivated'
  | 'user.deleted'
  | 'user.password_changed'
  | 'user.email_changed'
  | 'reference.updated'
  | 'representative.rejected'
  | 'school.derogation_withdrawn'
  | 'host.colleague_invited'
  | 'operator.member_invited'
  | 'operator.host_attached'
  | 'operator.host_detached'
  | 'user.reactivated'
  | 'offer.published'
  | 'offer.unpublished'
  | 'offer.archived'
  | 'offer.copied'
  | 'offer.weeks_changed'
  | 'offer.reservation_requested'
  | 'offer.reservation_answered'
  | 'school.head_appointed'
  | 'school.head_removed'
  | 'school.head_request_decided'
  | 'user.email_verified'
  | 'user.sessions_revoked'
  | 'offer.moderated'
  | 'offer.moderation_lifted'
  | 'offer.reported'
  | 'offer.report_dismissed'
  | 'organisation.suspended'
  | 'organisation.reinstated'
  | 'host.colleague_removed'
  | 'pupil.class_approved'
  | 'school.search_radius_changed'
  | 'school.national_search_opened'
  | 'school.national_search_closed'
  | 'agreement.outcome_recorded'
  | 'campaign.opened'
  | 'campaign.target_updated'
  | 'operator.api_token_created'
  | 'operator.api_token_revoked'
  | 'operator.api_access_changed'
  | 'simulation.loaded'
  | 'simulation.deleted';

/** Writes one audit entry, in the caller's transaction so it exists exactly when the change does. */
export async function audit(
  tx: Db,
  entry: {
    actorId: string | null;
    action: AuditAction;
    targetType: string;
    targetId?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, targetId: entry.targetId ?? null });
}
