import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { InviteLinkExpired, SchoolNotRegistered, SignUpSchoolStep } from '@/components/pupils/sign-up-steps';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { findClassByInviteToken } from '@/lib/classes/queries';

export const metadata: Metadata = { title: 'Créer mon compte élève', referrer: 'no-referrer' };

/** The class invite link handed out by the main teacher: school and class are already chosen. */
export default async function ClassInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const { token } = await params;
  const invited = await findClassByInviteToken(token);
  // A class of a past campaign: its pupils have moved on, the link is stale.
  const current = invited && invited.schoolYear === currentOrUpcomingSchoolYear(todayInParis());

  return (
    <PageContainer title="Créer mon compte élève" breadcrumb="Compte élève" narrow>
      {!invited || !current ? (
        <InviteLinkExpired />
      ) : !invited.registered ? (
        <SchoolNotRegistered />
      ) : (
        <SignUpSchoolStep
          school={{ id: invited.schoolId, name: invited.schoolName, commune: invited.schoolCommune, classes: [] }}
          invite={{ token, classId: invited.classId, className: invited.className }}
        />
      )}
    </PageContainer>
  );
}
