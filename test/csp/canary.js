// Records the violations the strict policy reports: the page's inline style attribute, and an HTML string handed
// to an HTML sink without a Trusted Types policy.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
document.querySelector('#styled').setAttribute('style', 'color: blue');
try {
  new DOMParser().parseFromString('<b>x</b>', 'text/html');
} catch {
  // Expected: Trusted Types refuse the plain string.
}
setTimeout(() => parent.postMessage({ canary: violations }, location.origin), 200);
