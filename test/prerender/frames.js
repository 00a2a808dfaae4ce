// Runs before the snippet is parsed: on every frame the page renders, notes
// whether the pre-rendered widget is there, and whether it is styled (its card
// has the 1px border of the widget's CSS) or unstyled, and whether the
// widget's script has defined it yet (a "+" suffix).
window.__frames = [];
function sample() {
  const host = document.querySelector('[data-probe]');
  const base = host && host.shadowRoot && host.shadowRoot.querySelector('[part~="base"]');
  const state = !base ? 'absent' : getComputedStyle(base).borderTopWidth === '1px' ? 'styled' : 'unstyled';
  window.__frames.push(state + (host && customElements.get(host.localName) ? '+' : ''));
  if (window.__frames.length < 600) requestAnimationFrame(sample);
}
requestAnimationFrame(sample);
