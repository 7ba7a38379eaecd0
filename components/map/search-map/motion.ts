/** The visitor asked their system for less motion: no animated zoom, pan or scroll. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
