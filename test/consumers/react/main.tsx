// React 19 with the bare tag (typed through the package's JSX augmentation,
// which comes with the wrappers' types) and with the counter's own @lit/react
// wrapper, so the app must carry no other widget. Type-checked with `strict`
// (react/tsconfig.json), bundled by Vite.
import { createRoot } from 'react-dom/client';
import 'paris-call-widgets/counter.js';
import { ParisCallCounter } from 'paris-call-widgets/react/counter.js';
// Types only (erased from the bundle): the all-widget module's wrappers are the same.
import type { ParisCallCounter as AllCounter, ParisCallMap } from 'paris-call-widgets/react.js';

const mark = (key: string) => (document.body.dataset[key] = 'yes');

function App() {
  return (
    <main>
      <paris-call-counter
        id="tag"
        layout="compact"
        noAnimation
        onparis-call-load={(event) => mark(event.type === 'paris-call-load' ? 'tagLoaded' : 'tagWrongEvent')}
      />
      <ParisCallCounter id="wrapper" category="state" layout="compact" noAnimation onLoad={() => mark('wrapperLoaded')} />
    </main>
  );
}

// Never rendered: each must stay a type error, or the compile fails.
export const wrong = [
  // @ts-expect-error 'planet' is not a counter category
  <paris-call-counter category="planet" />,
  // @ts-expect-error 'planet' is not a counter category
  <ParisCallCounter category="planet" />,
  // @ts-expect-error principle numbers are numbers
  <paris-call-principle number="6" />,
  // @ts-expect-error the map's modes are 'states' and 'all'
  ({ mode: 'planet' }) satisfies MapProps,
];

// The per-widget wrapper and the all-widget module's are one type.
export const same: typeof AllCounter = ParisCallCounter;
export type MapProps = Parameters<typeof ParisCallMap>[0];

createRoot(document.getElementById('root')!).render(<App />);
