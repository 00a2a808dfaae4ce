/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distance kept from the viewport's edges, and between the tooltip and what it points at (px). */
const EDGE = 6;
const GAP = 10;

/**
 * Places a fixed-position `tip` above `anchor`, centred on it and kept inside
 * the viewport; below it when there is no room above. Through the CSSOM, not
 * a style attribute: allowed under a strict CSP.
 */
export function placeTooltip(tip: HTMLElement, anchor: Box): void {
  const { clientWidth, clientHeight } = document.documentElement;
  const { width, height } = tip.getBoundingClientRect();
  const px = (v: number, max: number) => `${Math.round(Math.max(EDGE, Math.min(v, max - EDGE)))}px`;
  let y = anchor.top - GAP - height;
  if (y < EDGE) y = anchor.bottom + GAP;
  tip.style.left = px((anchor.left + anchor.right) / 2 - width / 2, (clientWidth || innerWidth) - width);
  tip.style.top = px(y, (clientHeight || innerHeight) - height);
}
