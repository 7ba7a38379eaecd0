'use client';

import { useEffect } from 'react';
import { UnexpectedError } from '@/components/errors/unexpected-error';

/**
 * Boundary for unexpected errors (bugs, database outages). Business refusals never get here:
 * they are returned as ActionResults.
 */
export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    document.title = 'Erreur inattendue | Mon stage de troisième';
  }, []);
  return <UnexpectedError digest={error.digest} reset={reset} />;
}
