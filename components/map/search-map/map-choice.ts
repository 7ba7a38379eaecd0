/*
 * « Afficher la carte » / « Masquer la carte », remembered in the browser. The choice lives on
 * <html data-carte-offres="affichee|masquee">: an inline script sets it from localStorage before the
 * first paint, so CSS shows or hides the map box with no jump once the page hydrates, and React
 * reads it back through useSyncExternalStore. Without a stored choice the map is shown on screens
 * at least as wide as the DSFR's md breakpoint and hidden on phones, where it would push the list
 * a screen further down.
 */

const KEY = 'carte-offres';
const ATTRIBUTE = 'data-carte-offres';
const WIDE = '(min-width: 48em)';

/**
 * Reads the stored choice (or the default for this screen) onto <html>. Self-contained, with its
 * settings as arguments: it is also serialised into the inline script.
 */
export function applyMapChoice(key: string, attribute: string, wideQuery: string): boolean {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(key);
  } catch {
    // Storage refused (private browsing, blocked cookies): fall back on the default.
  }
  const shown = stored === 'affichee' || (stored !== 'masquee' && window.matchMedia(wideQuery).matches);
  document.documentElement.setAttribute(attribute, shown ? 'affichee' : 'masquee');
  return shown;
}

/** The inline script, placed before the map box so that the box is never painted in the wrong state. */
export const mapChoiceScript = `(${applyMapChoice.toString()})(${[KEY, ATTRIBUTE, WIDE].map((value) => JSON.stringify(value)).join(',')})`;

const listeners = new Set<() => void>();

export function subscribeMapChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current choice; after a client-side navigation the script has not run, so apply it here. */
export function isMapShown(): boolean {
  const value = document.documentElement.getAttribute(ATTRIBUTE);
  return value === null ? applyMapChoice(KEY, ATTRIBUTE, WIDE) : value === 'affichee';
}

/** The server renders the map box shown; the script has already corrected it by hydration. */
export const isMapShownOnServer = () => true;

export function chooseMap(shown: boolean) {
  try {
    window.localStorage.setItem(KEY, shown ? 'affichee' : 'masquee');
  } catch {
    // Not remembered, but still applied to this page.
  }
  document.documentElement.setAttribute(ATTRIBUTE, shown ? 'affichee' : 'masquee');
  listeners.forEach((listener) => listener());
}
