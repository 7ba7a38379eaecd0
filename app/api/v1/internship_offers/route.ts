import { apiRoute } from '@/lib/api/http';
import { createApiOffer } from '@/lib/api/offer-mutations';
import { listApiOffers } from '@/lib/api/offer-queries';

/** The operator's offers, a page of 30 (?page=2). */
export const GET = apiRoute(async (caller, request) =>
  listApiOffers(caller, new URL(request.url).searchParams.get('page')),
);

/** Publishes an offer: { internship_offer: { remote_id, title, … } }. */
// A body that is not JSON is undefined: the domain answers BAD_PAYLOAD, as for a missing internship_offer.
export const POST = apiRoute(async (caller, request) =>
  createApiOffer(caller, await request.json().catch(() => undefined)),
);
