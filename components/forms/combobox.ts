'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/*
 * The behaviour of a text field with suggestions (WAI-ARIA 1.2 combobox with a listbox): fetched
 * `delayMs` after the last keystroke, a newer keystroke aborting the request in flight so that a
 * slow answer never replaces a newer one; the arrows move in the list, Enter chooses, Escape
 * closes. The field and the list (their markup and words) are the caller's.
 */

export interface ComboboxPosition {
  open: boolean;
  /** The highlighted suggestion (aria-activedescendant), -1 for none. */
  active: number;
}

/**
 * What a key does in a field with `count` suggestions: the new position, and whether it chooses
 * the active suggestion; null when the key is the field's own (typing, Tab, Enter submitting the form).
 */
export function comboboxKey(
  key: string,
  { open, active }: ComboboxPosition,
  count: number,
): (ComboboxPosition & { choose: boolean }) | null {
  if (key === 'ArrowDown' && count > 0) return { open: true, active: open ? (active + 1) % count : 0, choose: false };
  if (key === 'ArrowUp' && open && count > 0)
    return { open, active: active <= 0 ? count - 1 : active - 1, choose: false };
  if (key === 'Enter' && open && active >= 0 && active < count) return { open: false, active: -1, choose: true };
  if (key === 'Escape' && open) return { open: false, active: -1, choose: false };
  return null;
}

export function useCombobox<T>({
  fetchSuggestions,
  minLength,
  onChoose,
  delayMs = 250,
}: {
  /** Resolves to [] when it fails or is aborted: the field works without suggestions. */
  fetchSuggestions: (q: string, signal: AbortSignal) => Promise<T[]>;
  minLength: number;
  onChoose: (suggestion: T) => void;
  delayMs?: number;
}) {
  const [suggestions, setSuggestions] = useState<T[]>([]);
  const [position, setPosition] = useState<ComboboxPosition>({ open: false, active: -1 });
  /** The text the suggestions answer, null while none were asked (for the live region). */
  const [answered, setAnswered] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  /** Call on each change of the field's text. */
  function search(text: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    const q = text.trim();
    if (q.length < minLength) {
      setAnswered(null);
      return setPosition({ open: false, active: -1 });
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      const found = await fetchSuggestions(q, controller.signal);
      if (controller.signal.aborted) return; // A newer keystroke asked again: this answer is stale.
      setSuggestions(found);
      setAnswered(q);
      setPosition({ open: found.length > 0, active: -1 });
    }, delayMs);
  }

  function choose(suggestion: T) {
    setPosition({ open: false, active: -1 });
    setAnswered(null);
    onChoose(suggestion);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const next = comboboxKey(event.key, position, suggestions.length);
    if (!next) return;
    event.preventDefault(); // Enter chooses instead of submitting; Escape does not clear the field.
    if (next.choose) choose(suggestions[position.active]!);
    else setPosition({ open: next.open, active: next.active });
  }

  const close = () => setPosition({ open: false, active: -1 });

  /** The field's combobox attributes, for the list rendered by ComboboxList with `listId`. */
  const fieldProps = (listId: string) =>
    ({
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': position.open,
      'aria-controls': listId,
      'aria-activedescendant': position.open && position.active >= 0 ? `${listId}-${position.active}` : undefined,
      autoComplete: 'off',
      onKeyDown,
    }) as const;

  return { suggestions, ...position, answered, search, choose, close, fieldProps };
}
