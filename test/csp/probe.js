// Loaded first by the CSP test page: records every CSP violation and error.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`.trim());
});
window.addEventListener('error', (e) => {
  window.__errors.push(String(e.message));
});
