// The pages' few behaviours, in one file so the Content-Security-Policy can forbid inline script.
(function () {
    'use strict';

    // <select data-autosubmit>: choosing a value submits its form (year, region, month pickers).
    document.addEventListener('change', function (e) {
        if (e.target.matches && e.target.matches('select[data-autosubmit]') && e.target.form) {
            e.target.form.submit();
        }
    });

    // 用户 form: typing narrows the unit list (code or name); Tab and Space tick units as usual.
    // The list htmx loads when the region changes is narrowed by what is already typed.
    function filterUnits() {
        var input = document.getElementById('unit-filter');
        var q = input ? input.value.trim() : '';
        document.querySelectorAll('#unit-picker [data-unit]').forEach(function (l) { l.hidden = q.length > 0 && l.dataset.unit.indexOf(q) < 0; });
    }
    document.addEventListener('input', function (e) {
        if (e.target.id === 'unit-filter') {
            filterUnits();
        }
    });
    document.addEventListener('htmx:afterSettle', function () {
        if (document.getElementById('unit-picker')) {
            filterUnits();
        }
    });

    // <form data-unsaved-warning>: leaving the page with changes not saved asks first (the browser's own question).
    // A form the server showed again with what was typed (a row added, a save refused) is unsaved from the start.
    var unsaved = document.querySelector('form[data-unsaved-warning][data-unsaved=yes]');
    document.addEventListener('input', function (e) {
        if (e.target.form && e.target.form.hasAttribute('data-unsaved-warning')) { unsaved = e.target.form; }
    });
    document.addEventListener('change', function (e) {
        if (e.target.form && e.target.form.hasAttribute('data-unsaved-warning')) { unsaved = e.target.form; }
    });
    document.addEventListener('submit', function (e) {
        if (e.target === unsaved) { unsaved = null; }
    });
    window.addEventListener('beforeunload', function (e) {
        if (unsaved) { e.preventDefault(); e.returnValue = ''; }
    });

    // <form data-enter-stays>: Enter in a one-line field does not send the form (saving is the 保存 button's);
    // buttons, text areas and pickers keep their own Enter.
    document.addEventListener('keydown', function (e) {
        var t = e.target;
        if (e.key === 'Enter' && t.form && t.form.hasAttribute('data-enter-stays') && t.tagName === 'INPUT' && t.type !== 'submit' && t.type !== 'button') {
            e.preventDefault();
        }
    });

    // <form data-focus="id">: the cursor goes to that field (the first of a row just added).
    var focusForm = document.querySelector('form[data-focus]:not([data-focus=""])');
    var focusField = focusForm && document.getElementById(focusForm.dataset.focus);
    if (focusField) { focusField.focus(); }

    // <form data-busy="…">: a long post (the confirmed import) says it is working and cannot be sent twice.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (!form.matches || !form.matches('form[data-busy]') || form.classList.contains('is-busy')) {
            return;
        }
        form.classList.add('is-busy');
        var note = document.createElement('span');
        note.className = 'busy';
        note.setAttribute('role', 'status');
        note.textContent = form.dataset.busy;
        var last = form.querySelector('button[type=submit]:last-of-type');
        (last ? last.parentNode : form).appendChild(note);
        // Disabled after the browser has taken the form's values (a disabled button sends nothing).
        setTimeout(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = true; }); }, 0);
    });

    // 导入: upload progress for large files (htmx reports XHR upload progress on the form).
    document.addEventListener('htmx:xhr:progress', function (e) {
        var bar = document.getElementById('upload-progress');
        if (bar && e.detail.lengthComputable) { bar.hidden = false; bar.value = e.detail.loaded / e.detail.total * 100; }
    });
    document.addEventListener('htmx:afterRequest', function () {
        var bar = document.getElementById('upload-progress');
        if (bar) { bar.hidden = true; bar.value = 0; }
    });

    // 公开 print view (<article data-print-view>): print layout, and the print dialog once loaded (not under automation).
    function printView() {
        if (document.querySelector('[data-print-view]')) {
            document.body.classList.add('print-view');
            window.addEventListener('load', function () { if (!navigator.webdriver) { window.print(); } });
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', printView);
    } else {
        printView();
    }
})();
