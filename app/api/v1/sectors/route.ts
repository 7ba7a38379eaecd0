import { apiRoute } from '@/lib/api/http';
import { listApiSectors } from '@/lib/api/offer-queries';

/** The professional sectors and the uuid an offer names its sector by. */
export const GET = apiRoute(async () => listApiSectors());
