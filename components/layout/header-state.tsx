'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { usePathname } from 'next/navigation';
import type { HeaderState } from '@/lib/auth/types';

/** What the server renders, and what the browser shows until GET /api/session answers. */
const VISITOR: HeaderState = { role: null, unverified: false, demo: false };

const HeaderStateContext = createContext<{ state: HeaderState; signingOut: () => void }>({
  state: VISITOR,
  signingOut: () => {},
});

/**
 * The header's signed-in state and demo mode, asked of GET /api/session by the browser: the root
 * layout then reads no cookie and pages the same for everyone are prerendered. Asked again on each
 * navigation, since signing in, out or verifying one's address ends on another page; until the
 * answer arrives the previous state stays (no flash between two pages of a signed-in user).
 */
export function HeaderStateProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [state, setState] = useState(VISITOR);
  const pending = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    pending.current = controller;
    fetch('/api/session', { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<HeaderState>) : null))
      .then((answer) => answer && setState(answer))
      // Offline or aborted: the header keeps what it shows.
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);

  // "Se déconnecter" redirects to the home page, maybe the page already shown (no navigation to
  // ask again): the header turns to the visitor's at once, and an answer still in flight, sent with
  // the signed-in cookie, cannot bring the signed-in header back.
  const signingOut = useCallback(() => {
    pending.current?.abort();
    setState((current) => ({ ...VISITOR, demo: current.demo }));
  }, []);

  const value = useMemo(() => ({ state, signingOut }), [state, signingOut]);
  return <HeaderStateContext.Provider value={value}>{children}</HeaderStateContext.Provider>;
}

export function useHeaderState() {
  return useContext(HeaderStateContext);
}
