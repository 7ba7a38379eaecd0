import { representativeView } from '@/lib/agreements/link-mutations';
import { agreementPdfResponse } from '@/lib/agreements/pdf-response';
import { textResponse } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** GET /signature/[token]/pdf: the convention for the legal representative whose link is live. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const view = await representativeView((await params).token);
  if (!view.ok) return textResponse(view.message, 404);
  return agreementPdfResponse(view.data.agreement);
}
