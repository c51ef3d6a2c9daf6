/*
 * essaykit live reload. Only pages built by essay:serve load this file. It listens to the
 * server's event stream (same origin, so it works under Content-Security-Policy
 * default-src 'self'): a plain message reloads the page; an "error" event shows the build's
 * errors over the page, which keeps the last good text until the next good build.
 * No inline script or style: the overlay is styled through the CSSOM.
 */
(function () {
  'use strict';
  if (!window.EventSource || !window.URL) {
    return;
  }
  var script = document.currentScript;
  var events = new URL('../__essaykit/events', script ? script.src : location.href);
  var source = new EventSource(events.href);
  var lost = false;
  var overlay = null;

  source.onopen = function () {
    if (lost) {
      location.reload(); // the server restarted: the site may have changed meanwhile
    }
  };

  source.onmessage = function () {
    location.reload();
  };

  source.addEventListener('error', function (event) {
    if (typeof event.data === 'string') {
      showErrors(event.data); // an "error" event sent by the server: the build failed
    } else {
      lost = true; // the connection dropped; EventSource retries by itself
    }
  });

  function showErrors(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'essaykit-live-errors';
      overlay.setAttribute('role', 'alert');
      set(overlay.style, {
        position: 'fixed', left: '0', right: '0', bottom: '0', maxHeight: '60vh', overflow: 'auto',
        zIndex: '2147483647', margin: '0', padding: '1rem 1.25rem', background: '#2b0b0b',
        color: '#ffecec', borderTop: '4px solid #e04848', font: '14px/1.45 ui-monospace, monospace'
      });
      var title = document.createElement('strong');
      title.textContent = 'The site does not build; showing the last good version.';
      var close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Hide';
      set(close.style, { float: 'right', font: 'inherit' });
      close.addEventListener('click', function () {
        overlay.hidden = true;
      });
      var pre = document.createElement('pre');
      set(pre.style, { whiteSpace: 'pre-wrap', margin: '0.75rem 0 0' });
      overlay.appendChild(close);
      overlay.appendChild(title);
      overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    overlay.querySelector('pre').textContent = text;
    overlay.hidden = false;
  }

  function set(style, values) {
    for (var name in values) {
      if (Object.prototype.hasOwnProperty.call(values, name)) {
        style[name] = values[name];
      }
    }
  }
})();
