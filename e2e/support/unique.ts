/**
 * A suffix that keeps e-mails, names and titles unique across runs and retries: the specs run
 * again and again on the same database, so what one run creates must not be confused with the last.
 */
export const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
