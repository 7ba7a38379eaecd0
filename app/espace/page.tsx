import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';

/** Where sign-in lands: each role goes to its own space. */
export default async function SpacePage() {
  const user = await requireUser();
  redirect(homePathFor(user));
}
