// An app that is itself written with Lit and uses a widget: the bundle must
// carry ONE copy of Lit (the package depends on `lit`, it does not bundle it).
import { LitElement, css, html } from 'lit';
import 'paris-call-widgets/counter.js';

class PcwLitApp extends LitElement {
  static properties = { heading: {} };
  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    this.heading = 'A Lit app';
  }

  render() {
    return html`<h1>${this.heading}</h1>
      <paris-call-counter id="counter" category="state"></paris-call-counter>`;
  }
}
customElements.define('pcw-lit-app', PcwLitApp);
