// One counter through its React wrapper, as `npm run bench` (section h)
// measures it against the bench's static-HTML counter: the total, as the
// static page shows it.
import Counter from './Counter';

export default function Page() {
  return (
    <main>
      <Counter />
    </main>
  );
}
