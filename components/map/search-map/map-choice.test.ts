import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseMap, isMapShown, mapChoiceScript, subscribeMapChoice } from './map-choice';

/* A browser reduced to what the choice touches: localStorage, matchMedia and <html>'s attributes. */
let stored: Map<string, string>;
let attributes: Map<string, string>;
let wide: boolean;
let storageBroken: boolean;

beforeEach(() => {
  stored = new Map();
  attributes = new Map();
  wide = true;
  storageBroken = false;
  const localStorage = {
    getItem: (key: string) => {
      if (storageBroken) throw new Error('SecurityError');
      return stored.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (storageBroken) throw new Error('SecurityError');
      stored.set(key, value);
    },
  };
  vi.stubGlobal('window', { localStorage, matchMedia: () => ({ matches: wide }) });
  vi.stubGlobal('document', {
    documentElement: {
      getAttribute: (name: string) => attributes.get(name) ?? null,
      setAttribute: (name: string, value: string) => attributes.set(name, value),
    },
  });
});

afterEach(() => vi.unstubAllGlobals());

/** Runs the inline script the way the browser does, with nothing from this module in scope. */
const runScript = () => new Function(mapChoiceScript)();

describe('the inline script', () => {
  it('shows the map on a wide screen when nothing is stored', () => {
    runScript();
    expect(attributes.get('data-carte-offres')).toBe('affichee');
  });

  it('hides it on a phone when nothing is stored', () => {
    wide = false;
    runScript();
    expect(attributes.get('data-carte-offres')).toBe('masquee');
  });

  it('applies the stored choice whatever the screen', () => {
    stored.set('carte-offres', 'masquee');
    runScript();
    expect(attributes.get('data-carte-offres')).toBe('masquee');
    wide = false;
    stored.set('carte-offres', 'affichee');
    runScript();
    expect(attributes.get('data-carte-offres')).toBe('affichee');
  });

  it('falls back on the default when storage is refused', () => {
    storageBroken = true;
    runScript();
    expect(attributes.get('data-carte-offres')).toBe('affichee');
  });
});

describe('chooseMap', () => {
  it('remembers the choice, applies it and tells the subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeMapChoice(listener);
    chooseMap(false);
    expect(stored.get('carte-offres')).toBe('masquee');
    expect(isMapShown()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    chooseMap(true);
    expect(isMapShown()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('still applies the choice to the page when storage is refused', () => {
    storageBroken = true;
    chooseMap(false);
    expect(isMapShown()).toBe(false);
  });
});

describe('isMapShown', () => {
  it('reads the stored choice itself when the script has not run (client-side navigation)', () => {
    stored.set('carte-offres', 'masquee');
    expect(isMapShown()).toBe(false);
    expect(attributes.get('data-carte-offres')).toBe('masquee');
  });
});
