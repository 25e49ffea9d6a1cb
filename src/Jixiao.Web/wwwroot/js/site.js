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
    document.addEventListener('input', function (e) {
        if (e.target.id !== 'unit-filter') {
            return;
        }
        var q = e.target.value.trim();
        document.querySelectorAll('#unit-picker [data-unit]').forEach(function (l) { l.hidden = q.length > 0 && l.dataset.unit.indexOf(q) < 0; });
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
