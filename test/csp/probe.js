// Loaded first by the CSP test page: records every CSP violation and error.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`.trim());
});
window.addEventListener('error', (e) => {
  // Benign and spec-defined: the list's virtualizer can finish a resize in the next frame.
  if (/ResizeObserver loop/.test(String(e.message))) return;
  window.__errors.push(String(e.message));
});
