/* essaykit math: typesets the TeX of <span class="math inline">\(…\)</span> and
   <span class="math display">\[…\]</span> (pandoc's HTML form) with KaTeX. Loaded only on pages
   with math, after katex.min.js. KaTeX builds DOM nodes (no inline style markup, no eval), so it
   runs under the site's Content-Security-Policy. Without JavaScript, or on a TeX error, the
   TeX stays as written. */
(function () {
  'use strict';
  if (!window.katex) return;
  [].forEach.call(document.querySelectorAll('span.math.inline, span.math.display'), function (span) {
    var display = span.classList.contains('display');
    var text = span.textContent;
    var open = display ? '\\[' : '\\(', close = display ? '\\]' : '\\)';
    if (text.slice(0, 2) !== open || text.slice(-2) !== close) return;
    try {
      window.katex.render(text.slice(2, -2), span, { displayMode: display, throwOnError: true });
    } catch (e) {
      span.classList.add('math-error');
      span.title = e.message;
    }
  });
})();
