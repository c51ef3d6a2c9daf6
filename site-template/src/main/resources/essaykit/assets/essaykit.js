/* essaykit: previews for citations, notes and cross-references, and sidenotes.
 * Relies only on the HTML contract in site-template/README.md. Every trigger is a real link,
 * so without this script the page still works. Content is cloned from the page, never parsed. */
(function () {
  'use strict';
  var doc = document, root = doc.documentElement, body = doc.body;
  var OPEN_DELAY = 150, CLOSE_DELAY = 250, MARGIN = 8, GAP = 6;
  var narrow = matchMedia('(max-width: 600px)'), wide = matchMedia('(min-width: 1200px)');
  root.classList.add('ek-js');

  /* ---------- the one preview element ---------- */
  var pv = doc.createElement('div');
  pv.id = 'ek-preview';
  pv.className = 'ek-preview';
  pv.setAttribute('role', 'dialog');
  pv.hidden = true;
  var trigger = null, openTimer = 0, closeTimer = 0, hoverIn = false, tapOpen = false;
  var lastPointer = 'mouse', quietFocus = false;

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  /* A copy safe to show elsewhere: no ids, no back links, no heading self-links; a trigger keeps
   * its target as data-sub, for one level of previews inside a preview. */
  function scrub(node) {
    var all = [node].concat([].slice.call(node.querySelectorAll('*')));
    all.forEach(function (n) {
      if (n.hasAttribute('data-preview')) n.setAttribute('data-sub', n.getAttribute('data-preview'));
      ['id', 'data-preview', 'aria-expanded', 'aria-controls', 'aria-describedby', 'hidden']
        .forEach(function (a) { n.removeAttribute(a); });
    });
    [].forEach.call(node.querySelectorAll('.footnote-back, .backrefs, .ek-preview, .ek-sidenote, .heading-anchor'),
      function (n) { n.remove(); });
    [].forEach.call(node.querySelectorAll('.heading-link'), function (n) {
      n.replaceWith.apply(n, [].slice.call(n.childNodes));
    });
    return node;
  }

  function isHeading(e) { return /^H[1-6]$/.test(e.tagName); }

  /* The content shown for one previewed id, or null. */
  function contentFor(id, locator) {
    var t = doc.getElementById(id), box = el('div', 'pv-item');
    if (!t) return null;
    if (isHeading(t)) {
      var title = el('p', 'pv-title');
      [].forEach.call(t.childNodes, function (c) { title.appendChild(c.cloneNode(true)); });
      box.appendChild(scrub(title));
      /* up to the first paragraph, through subheadings and at most three blocks; a heading of
         the same or a higher level ends the section */
      var level = t.tagName.charAt(1), blocks = 0;
      for (var s = t.nextElementSibling; s && blocks < 3; s = s.nextElementSibling) {
        if (isHeading(s)) {
          if (s.tagName.charAt(1) <= level) break;
          var sub = el('p', 'pv-title pv-sub');
          [].forEach.call(s.childNodes, function (c) { sub.appendChild(c.cloneNode(true)); });
          box.appendChild(scrub(sub));
          continue;
        }
        if (s.matches('.ek-sidenote, .preview-data')) continue;
        box.appendChild(scrub(s.cloneNode(true)));
        blocks++;
        if (s.tagName === 'P') break;
      }
    } else if (t.closest('.preview-data') && t.parentElement.classList.contains('preview-data')) {
      [].forEach.call(t.children, function (c) { box.appendChild(scrub(c.cloneNode(true))); });
    } else if (t.tagName === 'LI' && t.closest('.footnotes')) {
      var num = [].indexOf.call(t.parentElement.children, t) + (t.parentElement.start || 1);
      var copy = scrub(t.cloneNode(true)), first = copy.firstElementChild;
      var label = el('span', 'pv-num', num + '.');
      if (first && first.tagName === 'P') first.insertBefore(label, first.firstChild);
      else box.appendChild(label);
      while (copy.firstChild) box.appendChild(copy.firstChild);
    } else if (t.tagName === 'TABLE') {
      var wrap = el('div', 'table-wrap');
      wrap.appendChild(scrub(t.cloneNode(true)));
      box.appendChild(wrap);
    } else {
      box.appendChild(scrub(t.cloneNode(true)));
    }
    /* a source's abstract, uses and copy buttons, kept out of its entry (whose text is the citation) */
    var more = doc.getElementById('pv-more-' + id);
    if (more) [].forEach.call(more.children, function (c) { box.appendChild(scrub(c.cloneNode(true))); });
    var copyButtons = doc.getElementById('pv-copy-' + id);
    if (copyButtons) box.appendChild(scrub(copyButtons.cloneNode(true)));
    if (locator) box.appendChild(el('p', 'pv-locator', 'Cited: ' + locator));
    return box;
  }

  function kindOf(a) {
    if (a.classList.contains('cite-link')) return 'Source';
    if (a.closest('.footnote-ref') || a.getAttribute('role') === 'doc-noteref') return 'Note';
    return 'Preview';
  }

  function fill(a, box) {
    box = box || pv;
    var ids = (a.getAttribute('data-preview') || a.getAttribute('data-sub') || '').split(/\s+/).filter(Boolean);
    var locs = (a.getAttribute('data-locators') || '').split('|');
    var items = [];
    ids.forEach(function (id, i) {
      var c = contentFor(id, (locs[i] || '').trim());
      if (c) items.push(c);
    });
    /* the source's own text where the quotation before the citation was found */
    var passage = items.length && a.getAttribute('data-passage');
    if (passage && (passage = contentFor(passage, ''))) items.push(passage);
    if (!items.length) return false;
    while (box.firstChild) box.removeChild(box.firstChild);
    /* only the body scrolls: the foot (link, close button) stays in view however long the content */
    var main = el('div', 'pv-body');
    items.forEach(function (c) { main.appendChild(c); });
    box.appendChild(main);
    var foot = el('div', 'pv-foot'), go = el('a', 'pv-go');
    var kind = kindOf(a), text = a.textContent.trim();
    go.href = a.getAttribute('href');
    go.textContent = kind === 'Source' ? (ids.length > 1 ? 'Go to sources' : 'Go to source')
      : kind === 'Note' ? 'Go to note ' + text
      : a.classList.contains('essay-link') ? 'Open ' + text : 'Go to ' + text;
    var close = el('button', 'pv-close', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close preview');
    foot.appendChild(go);
    foot.appendChild(close);
    box.appendChild(foot);
    box.setAttribute('aria-label', (kind === 'Source' ? (ids.length > 1 ? 'Sources: ' : 'Source: ') : kind === 'Note' ? 'Note ' : 'Preview: ') + text);
    return true;
  }

  /* ---------- placement ---------- */
  function place() {
    if (!trigger) return;
    var sheet = narrow.matches;
    pv.classList.toggle('ek-sheet', sheet);
    pv.style.top = pv.style.left = pv.style.maxHeight = '';
    if (!sheet) popover();
    scrollable(pv);
  }

  function popover() {
    var rects = trigger.getClientRects(), n = rects.length;
    var first = n ? rects[0] : trigger.getBoundingClientRect(), last = n ? rects[n - 1] : first;
    var vw = root.clientWidth, vh = innerHeight;
    if (last.bottom < 0 || first.top > vh) { hide(false); return; }
    var w = pv.offsetWidth, h = pv.offsetHeight, r;
    var below = vh - last.bottom - GAP - MARGIN, above = first.top - GAP - MARGIN, top;
    if (h <= below || below >= above) {
      r = last; /* below the last line of a wrapped link, so it stays readable */
      top = r.bottom + GAP;
      if (h > below) pv.style.maxHeight = Math.max(below, 120) + 'px';
    } else {
      r = first;
      if (h > above) { pv.style.maxHeight = above + 'px'; h = above; }
      top = r.top - GAP - h;
    }
    var left = Math.min(Math.max(r.left, MARGIN), vw - w - MARGIN);
    pv.style.top = Math.round(top) + 'px';
    pv.style.left = Math.round(Math.max(left, MARGIN)) + 'px';
  }

  /* Links in a preview are out of the tab order until the reader enters it (Arrow Down on its
     trigger): tabbing through the text meets each trigger once, not every link of every
     preview it opens (a body that scrolls is one stop, so that it can be scrolled). */
  function tabbable(box, on) {
    [].forEach.call(box.querySelectorAll('a[href], button'), function (f) {
      if (on) f.removeAttribute('tabindex'); else f.tabIndex = -1;
    });
  }

  /* A block that scrolls (wide code or table, a long preview body) must take the keyboard's
     focus so that it can be scrolled without a mouse; named for what it holds. */
  function scrollable(scope) {
    [].forEach.call(scope.querySelectorAll('pre, .table-wrap, .pv-body'), function (b) {
      if (scope === doc && pv.contains(b)) return; /* a preview's own blocks: when it is placed */
      var body = b.classList.contains('pv-body');
      var scrolls = b.scrollWidth > b.clientWidth + 1 || (body && b.scrollHeight > b.clientHeight + 1);
      if (body) { b.tabIndex = scrolls ? 0 : -1; return; }
      if (scrolls) {
        b.tabIndex = 0;
        var cap = b.querySelector('caption');
        b.setAttribute('role', 'group');
        b.setAttribute('aria-label', cap ? cap.textContent.trim() : b.tagName === 'PRE' ? 'Code' : 'Table');
      } else if (b.tabIndex === 0) {
        ['tabindex', 'role', 'aria-label'].forEach(function (x) { b.removeAttribute(x); });
      }
    });
  }

  /* ---------- open and close ---------- */
  function setTrigger(a, on) {
    a.setAttribute('aria-expanded', on ? 'true' : 'false');
    var d = (a.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (x) {
      return x && x !== pv.id;
    });
    if (on) { a.setAttribute('aria-controls', pv.id); d.push(pv.id); }
    if (d.length) a.setAttribute('aria-describedby', d.join(' '));
    else a.removeAttribute('aria-describedby');
  }

  function show(a) {
    clearTimeout(openTimer); clearTimeout(closeTimer);
    if (trigger === a && !pv.hidden) return;
    if (sidenoteFor(a)) { hide(false); highlight(a, true); return; }
    if (trigger) hide(false);
    if (!fill(a)) return;
    trigger = a;
    /* after the trigger, so that the preview comes next in the tab order and reading order, but
       after a note marker's sup: inside it the preview would take on the marker's styles */
    var at = a.parentNode.tagName === 'SUP' ? a.parentNode : a;
    at.parentNode.insertBefore(pv, at.nextSibling);
    tabbable(pv, false);
    pv.hidden = false;
    setTrigger(a, true);
    place();
  }

  function hide(refocus) {
    clearTimeout(openTimer); clearTimeout(closeTimer);
    highlight(null, false);
    if (!trigger) return;
    var a = trigger;
    trigger = null; tapOpen = false; hoverIn = false;
    var hadFocus = pv.contains(doc.activeElement);
    pv.hidden = true;
    setTrigger(a, false);
    if (refocus || hadFocus) { quietFocus = true; a.focus(); quietFocus = false; }
  }

  function later(fn, ms) { return setTimeout(fn, ms); }

  function triggerOf(t) {
    var a = t && t.closest ? t.closest('a[data-preview]') : null;
    return a && !pv.contains(a) ? a : null;
  }

  /* ---------- events ---------- */
  doc.addEventListener('pointerover', function (e) {
    if (e.pointerType === 'touch') return;
    var a = triggerOf(e.target);
    if (a) {
      clearTimeout(closeTimer);
      if (a !== trigger || pv.hidden) {
        clearTimeout(openTimer);
        openTimer = later(function () { show(a); }, OPEN_DELAY);
      }
    } else if (pv.contains(e.target)) {
      hoverIn = true; clearTimeout(closeTimer);
    }
  });
  doc.addEventListener('pointerout', function (e) {
    if (e.pointerType === 'touch') return;
    var from = triggerOf(e.target) || (pv.contains(e.target) ? pv : null);
    if (!from) return;
    var to = e.relatedTarget;
    if (to && (from.contains(to) || pv.contains(to) || (trigger && trigger.contains(to)))) return;
    clearTimeout(openTimer);
    hoverIn = false;
    if (tapOpen || (trigger && (trigger === doc.activeElement || pv.contains(doc.activeElement)))) return;
    highlight(null, false);
    closeTimer = later(function () { if (!hoverIn) hide(false); }, CLOSE_DELAY);
  });

  var wasOpen = false;
  doc.addEventListener('pointerdown', function (e) {
    lastPointer = e.pointerType || 'mouse';
    var a = triggerOf(e.target);
    wasOpen = !!a && a === trigger && !pv.hidden;
    if (!a && !pv.contains(e.target)) hide(false);
  }, true);

  doc.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('.pv-close')) { hide(true); return; }
    var a = triggerOf(e.target);
    if (!a) {
      if (pv.contains(e.target) && e.target.closest('a')) later(function () { hide(false); }, 0);
      return;
    }
    var kind = e.pointerType || (e.detail ? lastPointer : '');
    if (kind === 'touch' && !e.ctrlKey && !e.metaKey) {
      /* a tap previews; a second tap on the same trigger closes */
      e.preventDefault();
      if (wasOpen) { hide(false); return; }
      show(a);
      tapOpen = true;
    } else {
      hide(false);
    }
  });

  doc.addEventListener('focusin', function (e) {
    var a = triggerOf(e.target);
    if (a && !quietFocus) { clearTimeout(closeTimer); show(a); }
  });
  doc.addEventListener('focusout', function () {
    later(function () {
      var f = doc.activeElement;
      highlight(sidenoteFor(f) ? f : null, true);
      if (!trigger || tapOpen || hoverIn) return;
      if (f === trigger || pv.contains(f)) return;
      if (trigger.matches(':hover') || pv.matches(':hover')) return;
      hide(false);
    }, 0);
  });

  doc.addEventListener('keydown', function (e) {
    if ((e.key === 'Escape' || e.key === 'Esc' || e.keyCode === 27) && trigger) {
      e.preventDefault();
      hide(true);
    } else if (e.key === 'ArrowDown' && trigger && doc.activeElement === trigger && !pv.hidden) {
      /* into the open preview: its links join the tab order only then */
      e.preventDefault();
      tabbable(pv, true);
      pv.querySelector('.pv-body').focus();
    }
  });

  var ticking = false;
  function onViewport() {
    if (ticking) return;
    ticking = true;
    requestAnimationFrame(function () { ticking = false; if (trigger) place(); });
  }
  addEventListener('scroll', onViewport, { passive: true });
  addEventListener('resize', onViewport);

  /* wide code blocks and tables: focusable while they scroll sideways (see scrollable) */
  var blocksTick = false;
  function checkBlocks() {
    if (blocksTick) return;
    blocksTick = true;
    requestAnimationFrame(function () { blocksTick = false; scrollable(doc); });
  }
  checkBlocks();
  addEventListener('resize', checkBlocks);
  addEventListener('load', checkBlocks);

  /* ---------- sidenotes ---------- */
  var notes = [], article = doc.querySelector('.essay');
  var sidenotesWanted = body.getAttribute('data-sidenotes') !== 'off' && !!article;

  function sidenoteFor(a) {
    if (!body.classList.contains('ek-sidenotes')) return null;
    for (var i = 0; i < notes.length; i++) if (notes[i].ref === a) return notes[i].box;
    return null;
  }

  function highlight(a, on) {
    notes.forEach(function (n) { n.box.classList.toggle('ek-hl', on && n.ref === a); });
  }

  function buildSidenotes() {
    var seen = {};
    [].forEach.call(article.querySelectorAll('.footnote-ref a[data-preview]'), function (a) {
      var id = a.getAttribute('data-preview');
      if (/\s/.test(id) || seen[id] || a.closest('.footnotes')) return;
      var li = doc.getElementById(id);
      if (!li || li.tagName !== 'LI') return;
      seen[id] = true;
      var box = el('aside', 'ek-sidenote'), copy = scrub(li.cloneNode(true));
      box.setAttribute('aria-hidden', 'true');
      box.id = 'ek-sn-' + id;
      var label = el('span', 'sn-num', a.textContent.trim() + '.');
      var first = copy.firstElementChild;
      if (first && first.tagName === 'P') first.insertBefore(label, first.firstChild);
      else box.appendChild(label);
      while (copy.firstChild) box.appendChild(copy.firstChild);
      [].forEach.call(box.querySelectorAll('a, button, [tabindex]'), function (f) {
        f.setAttribute('tabindex', '-1');
      });
      article.appendChild(box);
      notes.push({ ref: a, box: box });
    });
  }

  function layoutSidenotes() {
    var on = sidenotesWanted && wide.matches && notes.length > 0;
    body.classList.toggle('ek-sidenotes', on);
    /* a focused marker lights its sidenote; the note's text is its description */
    notes.forEach(function (n) {
      if (on) n.ref.setAttribute('aria-describedby', n.box.id);
      else if (n.ref.getAttribute('aria-describedby') === n.box.id) n.ref.removeAttribute('aria-describedby');
    });
    if (!on) return;
    var base = article.getBoundingClientRect().top, bottom = 0;
    notes.forEach(function (n) {
      var top = Math.max(n.ref.getBoundingClientRect().top - base - 4, bottom);
      n.box.style.top = Math.round(top) + 'px';
      bottom = top + n.box.offsetHeight + 12;
    });
  }

  if (sidenotesWanted) {
    buildSidenotes();
    layoutSidenotes();
    var relayout = function () { requestAnimationFrame(layoutSidenotes); };
    addEventListener('resize', relayout);
    addEventListener('load', relayout);
    if (doc.fonts && doc.fonts.ready) doc.fonts.ready.then(relayout);
  }

  /* ---------- previews inside a preview: one level (a citation inside a note's preview) ---------- */
  var sub = el('div', 'ek-preview ek-sub'), subTrigger = null, subTimer = 0, subQuiet = false;
  sub.id = 'ek-subpreview';
  sub.setAttribute('role', 'dialog');
  sub.hidden = true;

  function subOf(t) {
    var a = t && t.closest ? t.closest('a[data-sub]') : null;
    return a && pv.contains(a) && !sub.contains(a) ? a : null;
  }

  function showSub(a) {
    clearTimeout(subTimer);
    if (subTrigger === a && !sub.hidden && pv.contains(sub)) return;
    hideSub(false);
    if (!fill(a, sub)) return;
    subTrigger = a;
    var at = a.closest('sup'); /* not inside a marker, whose styles it would take; but inside the preview */
    if (!at || !pv.contains(at)) at = a;
    at.parentNode.insertBefore(sub, at.nextSibling);
    tabbable(sub, false); /* the outer preview's rule: its links wait for Arrow Down */
    sub.hidden = false;
    a.setAttribute('aria-expanded', 'true');
    placeSub();
  }

  function hideSub(refocus) {
    clearTimeout(subTimer);
    if (!subTrigger) return;
    var a = subTrigger, hadFocus = sub.contains(doc.activeElement);
    subTrigger = null;
    sub.hidden = true;
    a.setAttribute('aria-expanded', 'false');
    if ((refocus || hadFocus) && pv.contains(a)) { subQuiet = true; a.focus(); subQuiet = false; }
  }

  /* beside its trigger, inside the viewport; a sheet over the first one on phones. No taller
     than the room on its side and its top kept in the window, so that its foot ("Go to …",
     the close button) is never cut off, however short the window */
  function placeSub() {
    var sheet = narrow.matches;
    sub.classList.toggle('ek-sheet', sheet);
    sub.style.top = sub.style.left = sub.style.maxHeight = '';
    if (sheet) { scrollable(sub); return; }
    var r = subTrigger.getBoundingClientRect(), vw = root.clientWidth, vh = innerHeight;
    var w = sub.offsetWidth, h = sub.offsetHeight, below = vh - r.bottom - GAP - MARGIN, above = r.top - GAP - MARGIN;
    var down = h <= below || below >= above;
    sub.style.maxHeight = Math.min(Math.max(down ? below : above, 120), vh - 2 * MARGIN) + 'px';
    h = sub.offsetHeight;
    var top = down ? r.bottom + GAP : r.top - GAP - h;
    sub.style.top = Math.round(Math.max(MARGIN, Math.min(top, vh - MARGIN - h))) + 'px';
    sub.style.left = Math.round(Math.max(MARGIN, Math.min(r.left + 12, vw - w - MARGIN))) + 'px';
    scrollable(sub); /* a body cut short by the cap scrolls: it takes the focus */
  }

  doc.addEventListener('pointerover', function (e) {
    if (e.pointerType === 'touch') return;
    var a = subOf(e.target);
    if (a) { clearTimeout(subTimer); subTimer = later(function () { showSub(a); }, OPEN_DELAY); }
    else if (sub.contains(e.target)) clearTimeout(subTimer);
  });
  doc.addEventListener('pointerout', function (e) {
    if (e.pointerType === 'touch' || !subTrigger && !subOf(e.target)) return;
    var to = e.relatedTarget;
    if (to && (sub.contains(to) || (subTrigger && subTrigger.contains(to)))) return;
    clearTimeout(subTimer);
    if (subTrigger && (sub.contains(doc.activeElement) || subTrigger === doc.activeElement)) return;
    subTimer = later(function () { hideSub(false); }, CLOSE_DELAY);
  });
  doc.addEventListener('focusin', function (e) {
    var a = subOf(e.target);
    if (a && !subQuiet) showSub(a);
    else if (subTrigger && !sub.contains(e.target) && e.target !== subTrigger) hideSub(false);
  });
  /* capture: Escape and the close button close the inner preview first, the outer one stays */
  doc.addEventListener('keydown', function (e) {
    if ((e.key === 'Escape' || e.keyCode === 27) && subTrigger && !sub.hidden && !pv.hidden && pv.contains(sub)) {
      e.preventDefault(); e.stopPropagation();
      hideSub(true);
    } else if (e.key === 'ArrowDown' && subTrigger && doc.activeElement === subTrigger && !sub.hidden) {
      e.preventDefault(); e.stopPropagation();
      tabbable(sub, true);
      var body = sub.querySelector('.pv-body') || sub;
      if (!body.hasAttribute('tabindex')) body.tabIndex = -1;
      body.focus();
    }
  }, true);
  /* a tap focuses the link (which opens) before its click: only a second tap closes */
  var subWasOpen = false;
  doc.addEventListener('pointerdown', function (e) {
    subWasOpen = !!subTrigger && subOf(e.target) === subTrigger && !sub.hidden;
  }, true);
  doc.addEventListener('click', function (e) {
    if (subTrigger && e.target.closest && e.target.closest('.pv-close') && sub.contains(e.target)) {
      e.stopPropagation(); hideSub(true); return;
    }
    var a = subOf(e.target), kind = e.pointerType || (e.detail ? lastPointer : '');
    if (a && kind === 'touch') {
      e.preventDefault(); e.stopPropagation();
      if (subWasOpen) hideSub(false); else showSub(a);
    }
  }, true);
  addEventListener('scroll', function () {
    if (subTrigger && !sub.hidden) requestAnimationFrame(function () { if (subTrigger) placeSub(); });
  }, { passive: true });

  /* ---------- table of contents: open beside the text on wide screens, the section being read marked ---------- */
  function tableOfContents() {
    var toc = doc.querySelector('.toc'), box = toc && toc.querySelector('details');
    if (!box) return;
    var beside = matchMedia('(min-width: 1100px)');
    /* out of the text's flow there, so opening it moves nothing (no layout shift) */
    var fit = function () { box.open = beside.matches; };
    fit();
    beside.addEventListener('change', fit);
    var links = {}, heads = [], current = null;
    [].forEach.call(toc.querySelectorAll('.toc-list a'), function (a) {
      var h = doc.getElementById(decodeURIComponent(a.hash.slice(1)));
      if (h) { links[h.id] = a; heads.push(h); }
    });
    if (!heads.length || !window.IntersectionObserver) return;
    /* the section being read: the last heading above the top third of the window (34%); a
       subheading right under its heading is the one marked, and the sections it sits in are
       marked too (ek-toc-in), so that an entry just followed still shows */
    var depth = function (a) { return +(/toc-d(\d)/.exec(a.parentNode.className) || [0, 9])[1]; };
    var mark = function () {
      var line = innerHeight * 0.34, at = null;
      for (var i = 0; i < heads.length && heads[i].getBoundingClientRect().top <= line; i++) at = links[heads[i].id];
      if (at === current) return;
      if (current) current.removeAttribute('aria-current');
      [].forEach.call(toc.querySelectorAll('.ek-toc-in'), function (a) { a.classList.remove('ek-toc-in'); });
      current = at;
      if (!at) return;
      at.setAttribute('aria-current', 'true');
      for (var d = depth(at), j = heads.indexOf(doc.getElementById(decodeURIComponent(at.hash.slice(1)))) - 1; j >= 0 && d > 1; j--) {
        var up = links[heads[j].id];
        if (depth(up) < d) { up.classList.add('ek-toc-in'); d = depth(up); }
      }
    };
    /* the watched band runs from far above the window down to that line, so a heading's state
     * flips whenever it crosses the line, even when a link or a key jumps past it */
    var seen = new IntersectionObserver(mark, { rootMargin: '99999px 0px -66% 0px' });
    heads.forEach(function (h) { seen.observe(h); });
    addEventListener('resize', mark);
  }
  tableOfContents();

  /* every trigger says it can open a preview */
  [].forEach.call(doc.querySelectorAll('a[data-preview]'), function (a) {
    a.setAttribute('aria-expanded', 'false');
  });
})();

/* ---------- copy buttons (issue 15: "cite this essay", "Copy citation" in source previews) ----------
 * Kept apart from the previews above so that other features can reuse it:
 * <button type="button" class="copy-button" data-copy-target="#id" hidden> copies the text of the
 * element #id (without buttons, back links and COinS spans; a <pre> as it is). Buttons ship
 * hidden and are shown here, so a page without this script shows none; an entry's
 * .entry-copy, beside its .csl-entry, stays hidden in the lists and shows in previews (which
 * clone it without `hidden`). Without clipboard access (refused permission, a page from disk in some browsers)
 * it falls back to a selected copy and, that failing, selects the text and asks for Ctrl+C. */
(function () {
  'use strict';
  var doc = document, RESET = 2000;
  var status = doc.createElement('span');
  status.className = 'ek-copy-status';
  status.setAttribute('role', 'status');
  doc.body.appendChild(status);

  [].forEach.call(doc.querySelectorAll('button.copy-button[hidden]'), function (b) {
    if (!b.closest('.entry-copy')) b.hidden = false;
  });

  function textOf(target) {
    var copy = target.cloneNode(true);
    [].forEach.call(copy.querySelectorAll('button, .backrefs, .entry-copy, .Z3988'), function (n) { n.remove(); });
    var text = copy.textContent;
    return target.tagName === 'PRE' ? text.replace(/\s+$/, '') : text.replace(/\s+/g, ' ').trim();
  }

  function say(button, message, ok) {
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    button.textContent = message;
    button.classList.toggle('ek-copied', !!ok);
    status.textContent = message;
    clearTimeout(button.ekTimer);
    button.ekTimer = setTimeout(function () {
      button.textContent = label;
      button.classList.remove('ek-copied');
    }, RESET);
  }

  /* the old way, for browsers or pages without the Clipboard API */
  function copyBySelection(text) {
    var area = doc.createElement('textarea');
    area.className = 'ek-copy-buffer';
    area.value = text;
    area.setAttribute('readonly', '');
    doc.body.appendChild(area);
    area.select();
    var done = false;
    try { done = doc.execCommand('copy'); } catch (e) { done = false; }
    area.remove();
    return done;
  }

  function fallback(button, target, text) {
    if (copyBySelection(text)) { say(button, 'Copied', true); return; }
    if (!target.closest('[hidden]')) {
      var range = doc.createRange(), sel = getSelection();
      range.selectNodeContents(target);
      sel.removeAllRanges();
      sel.addRange(range);
      say(button, 'Selected: press Ctrl+C', false);
    } else {
      say(button, 'Copying is blocked here', false);
    }
  }

  doc.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('button.copy-button[data-copy-target]') : null;
    if (!button) return;
    var ref = button.getAttribute('data-copy-target') || '';
    var target = ref.charAt(0) === '#' ? doc.getElementById(ref.slice(1)) : null;
    if (!target) return;
    var text = textOf(target);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { say(button, 'Copied', true); },
        function () { fallback(button, target, text); });
    } else {
      fallback(button, target, text);
    }
  });
})();
