// Small enhancements of the public pages. No dependencies; loaded with `defer` from
// /static (the Content-Security-Policy allows no inline script). Every page works
// without it: the buttons it drives stay hidden until it runs.
(function () {
  'use strict';

  // The canonical URL of the page (what readers should share), else the address bar's.
  function pageUrl() {
    var link = document.querySelector('link[rel="canonical"]');
    return link && link.href ? link.href : window.location.href;
  }

  function copyWithSelection(input) {
    input.hidden = false;
    input.focus();
    input.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    // Copied: the field is no longer needed. Not copied: it stays, selected.
    if (ok) input.hidden = true;
    return ok;
  }

  // "Sao chép liên kết": copy the URL; when the browser refuses, show the URL in a
  // field, selected, for the reader to copy by hand. The words come from the template.
  function setUpCopy(button) {
    var box = button.closest('.share') || document;
    var input = box.querySelector('[data-copy-source]');
    var status = box.querySelector('[data-copy-status]');
    function report(ok) {
      if (!status) return;
      status.textContent = button.getAttribute(ok ? 'data-done' : 'data-failed') || '';
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var url = pageUrl();
      if (input) input.value = url;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(
          function () { report(true); },
          function () { report(input ? copyWithSelection(input) : false); });
      } else {
        report(input ? copyWithSelection(input) : false);
      }
    });
  }

  // "In trang này" on the print view.
  function setUpPrint(button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }

  function start() {
    document.querySelectorAll('[data-copy-link]').forEach(setUpCopy);
    document.querySelectorAll('[data-print]').forEach(setUpPrint);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
