// 指标库 suggestions in the edit form: htmx fetches the list as the 三级指标 is typed (GET /Library?handler=Suggest);
// this file adds the row's context to the request, keyboard navigation (↓ ↑ Enter Esc) and filling the row on a pick.
// A file of its own because the Content-Security-Policy forbids inline script.
(function () {
    'use strict';

    function isSuggestInput(el) { return el && el.matches && el.matches('input[data-suggest]'); }
    function boxOf(input) { return input.parentElement.querySelector('.suggestions'); }
    function options(box) { return box ? Array.prototype.slice.call(box.querySelectorAll('[role=option]')) : []; }
    function field(row, suffix) { return row.querySelector('[name$="' + suffix + '"]'); }

    function close(input) {
        var box = boxOf(input);
        if (box) { box.innerHTML = ''; delete box.dataset.query; }
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function choose(select, value) {
        if (!select || !value) { return; }
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        if (!known) { select.add(new Option(value + '（指标库）', value)); }
        select.value = value;
    }

    function pick(input, option) {
        var row = input.closest('tr');
        var d = option.dataset;
        input.value = d.name;
        choose(field(row, '.Level1'), d.level1);
        choose(field(row, '.Level2'), d.level2);
        // The editor's own target and basis are kept; only empty cells take the library's typical ones.
        var target = field(row, '.Target');
        if (target && d.target && !target.value.trim()) { target.value = d.target; }
        var basis = field(row, '.Basis');
        if (basis && d.basis && !basis.value.trim()) { basis.value = d.basis; }
        close(input);
        input.focus();
    }

    document.addEventListener('htmx:configRequest', function (e) {
        var input = e.detail.elt;
        if (!isSuggestInput(input)) { return; }
        var table = input.closest('[data-region]');
        var row = input.closest('tr');
        var level2 = field(row, '.Level2');
        var project = document.getElementById('Form_Name');
        e.detail.parameters = {
            q: input.value,
            level2: level2 ? level2.value : '',
            project: project ? project.value : '',
            region: table ? table.dataset.region : '',
            department: table ? table.dataset.department : '',
            profile: table ? table.dataset.profile : ''
        };
    });

    // An answer for a text the field no longer holds (typing went on while it was on its way, or a focus request
    // answered after the typed one) is dropped, and the list it would replace is emptied: the list only ever shows the
    // suggestions of the field's current text. The server names the text it answered in X-Suggest-Query.
    document.addEventListener('htmx:beforeSwap', function (e) {
        var box = e.detail.target;
        if (!box.classList || !box.classList.contains('suggestions')) { return; }
        var input = box.parentElement.querySelector('input[data-suggest]');
        if (!input) { return; }
        var header = e.detail.xhr ? e.detail.xhr.getResponseHeader('X-Suggest-Query') : null;
        var answered = header === null ? null : decodeURIComponent(header);
        if (answered === null || answered !== input.value) {
            e.detail.shouldSwap = false;
            close(input);
            return;
        }
        box.dataset.query = answered;
    });

    document.addEventListener('htmx:afterSwap', function (e) {
        var box = e.detail.target;
        if (!box.classList || !box.classList.contains('suggestions')) { return; }
        var input = box.parentElement.querySelector('input[data-suggest]');
        options(box).forEach(function (o, i) { o.id = box.id + '-' + i; });
        input.setAttribute('aria-expanded', options(box).length > 0 ? 'true' : 'false');
    });

    document.addEventListener('keydown', function (e) {
        var input = e.target;
        if (!isSuggestInput(input)) { return; }
        var list = options(boxOf(input));
        if (list.length === 0) { return; }
        var current = list.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            var next = e.key === 'ArrowDown' ? Math.min(list.length - 1, current + 1) : Math.max(0, current - 1);
            list.forEach(function (o, i) { o.setAttribute('aria-selected', i === next ? 'true' : 'false'); });
            input.setAttribute('aria-activedescendant', list[next].id);
        } else if (e.key === 'Enter' && current >= 0) {
            e.preventDefault();
            pick(input, list[current]);
        } else if (e.key === 'Escape') {
            close(input);
        }
    });

    document.addEventListener('mousedown', function (e) {
        var option = e.target.closest && e.target.closest('.suggestions [role=option]');
        if (!option) { return; }
        e.preventDefault();
        pick(option.closest('td').querySelector('input[data-suggest]'), option);
    });

    document.addEventListener('focusout', function (e) {
        if (isSuggestInput(e.target)) {
            var input = e.target;
            setTimeout(function () { if (document.activeElement !== input) { close(input); } }, 150);
        }
    });
})();
