import { apiRoute } from '@/lib/api/http';
import { searchApiOffers } from '@/lib/api/offer-queries';

/** Published offers (operators with full access): ?keyword=&latitude=&longitude=&radius= (metres)&page=. */
export const GET = apiRoute(async (caller, request) => {
  const params = new URL(request.url).searchParams;
  const number = (name: string) => {
    const value = params.get(name);
    return value === null || value === '' ? undefined : Number(value);
  };
  return searchApiOffers(caller, {
    keyword: params.get('keyword') ?? undefined,
    latitude: number('latitude'),
    longitude: number('longitude'),
    radius: number('radius'),
    page: params.get('page'),
  });
});
