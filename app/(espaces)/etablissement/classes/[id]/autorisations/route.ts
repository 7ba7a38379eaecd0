import { fileNameSlug } from '@/lib/text/fold';
import { getCurrentUser } from '@/lib/auth/session';
import { attachmentResponse, textResponse } from '@/lib/http';
import { renderAuthorisationForms } from '@/lib/pupils/authorisation-pdf';
import { getAuthorisationForms } from '@/lib/pupils/queries';

export const dynamic = 'force-dynamic';

/**
 * The class's parental authorisation forms as one PDF, one page per pupil: those still awaiting
 * authorisation by default, the whole class with ?tous=1, a single blank form with ?vierge=1.
 * Only the main teacher of the class, the head and school-wide staff of its school get it;
 * anyone else gets the same 404 as for a class that does not exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse('Connexion requise.', 401);
  const search = new URL(request.url).searchParams;
  const form = await getAuthorisationForms(user, (await params).id, { all: search.get('tous') === '1' });
  if (!form) return textResponse('Classe introuvable.', 404);
  const blank = search.get('vierge') === '1';

  const pdf = await renderAuthorisationForms(blank ? { ...form, pupils: [] } : form);
  const filename = `autorisations-${fileNameSlug(form.className, 'classe')}${blank ? '-vierge' : ''}.pdf`;
  return attachmentResponse(new Uint8Array(pdf), 'application/pdf', filename);
}
