// The bare tag in a SERVER component: its content comes from the package's
// server entry (no browser APIs), its JSX types from the package's
// JSX.IntrinsicElements augmentation, and <Define /> (a client component)
// defines the element in the browser.
import type {} from 'paris-call-widgets/react.js';
import { fallbackHtml } from 'paris-call-widgets/server.js';
import Define from './Define';

export default function Page() {
  return (
    <main>
      <h1>The bare tag</h1>
      <paris-call-counter
        id="counter"
        category="state"
        dangerouslySetInnerHTML={{ __html: fallbackHtml('counter', { category: 'state', lang: 'en' }) }}
      />
      <Define />
    </main>
  );
}
