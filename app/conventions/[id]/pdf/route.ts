import { agreementPdfResponse } from '@/lib/agreements/pdf-response';
import { getAgreement } from '@/lib/agreements/queries';
import { getCurrentUser } from '@/lib/auth/session';
import { textResponse } from '@/lib/http';

export const dynamic = 'force-dynamic';

/**
 * GET /conventions/[id]/pdf: the convention for each party with an account (the pupil, the host and
 * its operator, the staff who follow the pupil's class). Outside the caller's scope: the same 404 as
 * a convention that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse('Connectez-vous pour télécharger la convention.', 401);
  const agreement = await getAgreement(user, (await params).id);
  if (!agreement) return textResponse('Convention introuvable, ou elle ne vous concerne pas.', 404);
  return agreementPdfResponse(agreement);
}
