// Tòa Soạn newsroom: asks before an action that cannot be undone with one click (a form
// whose button carries data-confirm). Loaded as a file: the CSP allows no inline script.
'use strict';
document.addEventListener('submit', (event) => {
  const button = event.submitter ?? event.target.querySelector('[data-confirm]');
  const question = button?.getAttribute('data-confirm');
  if (question && !window.confirm(question)) event.preventDefault();
});
