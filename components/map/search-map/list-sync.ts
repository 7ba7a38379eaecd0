'use client';

import { useEffect } from 'react';
import { prefersReducedMotion } from './motion';

/*
 * The result list is server-rendered and complete on its own; the map follows it through the DOM
 * rather than asking the page to become a client component. Its items are
 * `<li data-offer-id="…">` holding a link to the offer, inside the element `listId` names.
 */

/** Set on the list items whose marker is highlighted (search-map.css styles it). */
const HIGHLIGHT_ATTRIBUTE = 'data-map-highlighted';

function itemSelector(listId: string, offerId?: string) {
  return `#${CSS.escape(listId)} [data-offer-id${offerId === undefined ? '' : `="${CSS.escape(offerId)}"`}]`;
}

/**
 * Hovering or focusing a list item calls `onHighlight` with its offer, leaving it calls it with
 * none. Listens on the document, so the list may be replaced (a new search) without losing it.
 */
export function useListHover(listId: string, enabled: boolean, onHighlight: (ids: string[]) => void) {
  useEffect(() => {
    if (!enabled) return;
    const itemOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>(itemSelector(listId)) : null;
    const enter = (event: Event) => {
      const id = itemOf(event.target)?.dataset.offerId;
      if (id) onHighlight([id]);
    };
    const leave = (event: MouseEvent | FocusEvent) => {
      const item = itemOf(event.target);
      if (item && item !== itemOf(event.relatedTarget)) onHighlight([]);
    };
    document.addEventListener('mouseover', enter);
    document.addEventListener('focusin', enter);
    document.addEventListener('mouseout', leave);
    document.addEventListener('focusout', leave);
    return () => {
      document.removeEventListener('mouseover', enter);
      document.removeEventListener('focusin', enter);
      document.removeEventListener('mouseout', leave);
      document.removeEventListener('focusout', leave);
    };
  }, [listId, enabled, onHighlight]);
}

/** Marks the list items of the highlighted markers. */
export function useListHighlight(listId: string, ids: readonly string[]) {
  useEffect(() => {
    const items = ids.flatMap((id) => [...document.querySelectorAll(itemSelector(listId, id))]);
    items.forEach((item) => item.setAttribute(HIGHLIGHT_ATTRIBUTE, ''));
    return () => items.forEach((item) => item.removeAttribute(HIGHLIGHT_ATTRIBUTE));
  }, [listId, ids]);
}

/** A marker chosen: bring its list item into view and put the focus on the offer's link. */
export function focusListItem(listId: string, offerId: string) {
  const item = document.querySelector<HTMLElement>(itemSelector(listId, offerId));
  if (!item) return;
  item.querySelector<HTMLElement>('a[href]')?.focus({ preventScroll: true });
  item.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
