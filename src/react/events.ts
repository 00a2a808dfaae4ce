/**
 * The wrappers' `onLoad` / `onError` props, for `createComponent`. Apart from
 * ./types.ts because its type names @lit/react's `EventName`: @lit/react is
 * bundled, not a dependency, so no published type the wrappers export may
 * import it (an app's tsc would not find it).
 */
import type { EventName } from '@lit/react';
import type { ParisCallErrorDetail } from '../core/base-element.js';

export const events = {
  onLoad: 'paris-call-load' as EventName<CustomEvent<undefined>>,
  onError: 'paris-call-error' as EventName<CustomEvent<ParisCallErrorDetail>>,
};
