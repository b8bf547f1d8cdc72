// Progressive enhancement only: every page works without this file (forms submit, links link).
(function () {
  'use strict';

  // Source pages: the quote a link points at (#q-start-end) is lit up whole, every piece of it.
  function lightQuote() {
    document.querySelectorAll('a.hl.current').forEach(function (a) { a.classList.remove('current'); });
    var m = /^#q-(\d+-\d+)$/.exec(location.hash);
    if (!m) { return; }
    document.querySelectorAll('a.hl[data-q~="' + m[1] + '"]').forEach(function (a) { a.classList.add('current'); });
  }
  window.addEventListener('hashchange', lightQuote);
  lightQuote();

  // Copy buttons of the Cite box.
  document.querySelectorAll('[data-copy]').forEach(function (el) {
    if (!navigator.clipboard) { return; }
    var b = document.createElement('button');
    b.type = 'button'; b.className = 'copy'; b.textContent = 'Copy';
    b.setAttribute('aria-label', 'Copy ' + el.getAttribute('data-copy'));
    b.addEventListener('click', function () {
      navigator.clipboard.writeText(el.textContent.trim()).then(function () { b.textContent = 'Copied'; });
    });
    el.insertAdjacentElement('afterend', b);
  });

  // Search typeahead (an ARIA combobox): suggestions from /search/suggestions as one types; Enter without a choice
  // submits the form, which works without script too.
  document.querySelectorAll('input[data-typeahead]').forEach(function (input) {
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'typeahead';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    input.form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    var timer = null, active = -1, items = [], seq = 0;
    var asOf = input.form.querySelector('input[name=asOf]');
    function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; }
    function show(data) {
      list.innerHTML = ''; items = data;
      data.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i; li.setAttribute('role', 'option'); li.setAttribute('aria-selected', 'false');
        var t = document.createElement('span'); t.className = 't'; t.textContent = s.type;
        li.appendChild(t); li.appendChild(document.createTextNode(s.title));
        li.addEventListener('mousedown', function (e) { e.preventDefault(); location.href = s.href; });
        list.appendChild(li);
      });
      list.hidden = data.length === 0;
      input.setAttribute('aria-expanded', data.length ? 'true' : 'false');
    }
    function move(d) {
      if (!items.length) { return; }
      active = (active + d + items.length) % items.length;
      Array.prototype.forEach.call(list.children, function (li, i) { li.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', list.id + '-' + active);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        var url = '/search/suggestions?q=' + encodeURIComponent(q) + (asOf && asOf.value ? '&asOf=' + encodeURIComponent(asOf.value) : '');
        fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.ok ? r.json() : []; })
          .then(function (data) { if (mine === seq) { show(data); } }).catch(close);
      }, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0 && items[active]) { e.preventDefault(); location.href = items[active].href; }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  });
})();
