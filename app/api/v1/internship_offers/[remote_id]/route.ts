import { apiRoute } from '@/lib/api/http';
import { deleteApiOffer, updateApiOffer } from '@/lib/api/offer-mutations';

type Params = { remote_id: string };

/** Updates the operator's offer named by its remote_id; `published_at: null` unpublishes it, a date republishes it. */
export const PATCH = apiRoute<Params>(async (caller, request, { remote_id }) =>
  updateApiOffer(caller, remote_id, await request.json().catch(() => undefined)),
);

/** Deletes (archives) the operator's offer named by its remote_id. */
export const DELETE = apiRoute<Params>(async (caller, _request, { remote_id }) => deleteApiOffer(caller, remote_id));
