/** Dispatches a `paris-call-*` event: bubbling and composed, so hosts can listen anywhere. */
export function emit<T>(el: HTMLElement, name: `paris-call-${string}`, detail?: T): boolean {
  return el.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, detail }));
}
