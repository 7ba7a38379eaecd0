// Vitest runs outside the React Server environment; the real `server-only` throws there.
export {};
