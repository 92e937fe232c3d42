// Applies the reader's text size before the first paint, so a page never flashes at the
// default size first. Loaded from <head> without defer (the Content-Security-Policy
// allows no inline script); keep it tiny. site.js draws the A−, A, A+ buttons and
// stores the reader's choice under the same key.
(function () {
  'use strict';
  var root = document.documentElement;
  // Scripts run: the text-size buttons may show from the first paint.
  root.setAttribute('data-js', '');
  try {
    var step = window.localStorage.getItem('toasoan.textSize');
    if (step === '-1' || step === '1' || step === '2' || step === '3') {
      root.setAttribute('data-text-size', step);
    }
  } catch (e) {
    // Storage refused (a privacy setting): the default size.
  }
})();
