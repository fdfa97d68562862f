// Elder-friendly mode (适老化): larger text and higher contrast, kept across pages in localStorage.
// The class is applied by an inline script in <head> before the first paint; this file only wires the button,
// which stays hidden when JavaScript is off.
(function () {
  'use strict';
  var button = document.getElementById('elder-toggle');
  if (!button) return;
  var root = document.documentElement;
  function show(on) {
    root.classList.toggle('elder', on);
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  show(root.classList.contains('elder'));
  button.hidden = false;
  button.addEventListener('click', function () {
    var on = !root.classList.contains('elder');
    show(on);
    try { localStorage.setItem('sp-elder', on ? '1' : '0'); } catch (e) { /* private mode: the choice lasts for this page */ }
  });
})();
