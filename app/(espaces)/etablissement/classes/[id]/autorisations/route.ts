import { fileNameSlug } from '@/lib/text/fold';
import { getCurrentUser } from '@/lib/auth/session';
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
  if (!user)
    return new Response('Connexion requise.', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const search = new URL(request.url).searchParams;
  const form = await getAuthorisationForms(user, (await params).id, { all: search.get('tous') === '1' });
  if (!form)
    return new Response('Classe introuvable.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const blank = search.get('vierge') === '1';

  const pdf = await renderAuthorisationForms(blank ? { ...form, pupils: [] } : form);
  const filename = `autorisations-${fileNameSlug(form.className, 'classe')}${blank ? '-vierge' : ''}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      // Pupils' names: never kept by a shared cache or proxy.
      'Cache-Control': 'private, no-store',
    },
  });
}
