// React 19 with the bare tag (typed through the package's JSX augmentation,
// which comes with the wrappers' types) and with the @lit/react wrappers.
// Type-checked with `strict` (react/tsconfig.json), bundled by Vite.
import { createRoot } from 'react-dom/client';
import 'paris-call-widgets/counter.js';
import { ParisCallCounter } from 'paris-call-widgets/react.js';

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
];

createRoot(document.getElementById('root')!).render(<App />);
