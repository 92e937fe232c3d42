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

  // Text size: A− and A+ step through these sizes, A returns to the default (0). The
  // choice is kept in localStorage and applied early by text-size.js (same key, same
  // steps); site.css maps each step on <html data-text-size> to a root font size.
  var kTextSizeKey = 'toasoan.textSize';
  var kSmallest = -1;
  var kLargest = 3;

  function currentTextSize() {
    var n = parseInt(document.documentElement.getAttribute('data-text-size') || '0', 10);
    return isNaN(n) ? 0 : Math.min(kLargest, Math.max(kSmallest, n));
  }

  function setUpTextSize(group) {
    var buttons = group.querySelectorAll('[data-text-step]');
    function show(size) {
      // aria-disabled rather than disabled: the button keeps the keyboard focus.
      buttons.forEach(function (b) {
        var step = b.getAttribute('data-text-step');
        var limit = (step === '-1' && size <= kSmallest) || (step === '1' && size >= kLargest);
        if (limit) b.setAttribute('aria-disabled', 'true'); else b.removeAttribute('aria-disabled');
      });
    }
    function apply(size) {
      var root = document.documentElement;
      if (size === 0) root.removeAttribute('data-text-size');
      else root.setAttribute('data-text-size', String(size));
      try {
        if (size === 0) window.localStorage.removeItem(kTextSizeKey);
        else window.localStorage.setItem(kTextSizeKey, String(size));
      } catch (e) {
        // Storage refused: the size holds on this page only.
      }
      show(size);
    }
    buttons.forEach(function (b) {
      b.addEventListener('click', function () {
        var step = parseInt(b.getAttribute('data-text-step'), 10);
        var size = step === 0 ? 0 : currentTextSize() + step;
        apply(Math.min(kLargest, Math.max(kSmallest, size)));
      });
    });
    show(currentTextSize());
  }

  // "Phát bản đọc": the link to the article's MP3 becomes the browser's audio player,
  // which starts playing (the press is the reader's permission). A press meant for a new
  // tab or a download keeps the link's own behaviour.
  function setUpListen(link) {
    link.addEventListener('click', function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      var audio = document.createElement('audio');
      audio.className = 'listen__player';
      audio.controls = true;
      audio.preload = 'auto';
      audio.src = link.getAttribute('href');
      var group = link.closest('[aria-labelledby]');
      if (group) audio.setAttribute('aria-labelledby', group.getAttribute('aria-labelledby'));
      link.replaceWith(audio);
      audio.focus();
      var playing = audio.play();
      // Refused (a browser policy): the controls are there for the reader to press.
      if (playing && playing.catch) playing.catch(function () {});
    });
  }

  function start() {
    document.querySelectorAll('[data-listen]').forEach(setUpListen);
    document.querySelectorAll('[data-copy-link]').forEach(setUpCopy);
    document.querySelectorAll('.text-size').forEach(setUpTextSize);
    document.querySelectorAll('[data-print]').forEach(setUpPrint);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
