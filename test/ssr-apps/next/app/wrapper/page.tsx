// A server component that renders the React wrappers (a client component):
// the server HTML must already carry each widget's content (fallback), and
// the browser upgrades the elements to the live widgets.
import Widgets from './Widgets';

export default function Page() {
  return (
    <main>
      <h1>React wrappers</h1>
      <Widgets />
    </main>
  );
}
