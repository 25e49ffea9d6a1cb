// Asks before a form with data-confirm is sent (提交, 批复, 公开): the dialog says what will happen; 取消 has the
// focus and Esc cancels, so nothing locks or publishes by one stray click or key press.
(function () {
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var text = form.getAttribute('data-confirm');
        var dialog = document.getElementById('confirm-dialog');
        if (!text || !dialog || form.dataset.confirmed === 'yes') {
            return;
        }
        event.preventDefault();
        var submitter = event.submitter;
        dialog.querySelector('#confirm-title').textContent = '确认' + (form.getAttribute('data-confirm-title') || '');
        dialog.querySelector('#confirm-text').textContent = text;
        dialog.querySelector('#confirm-ok').textContent = form.getAttribute('data-confirm-title') || '确认';
        dialog.returnValue = '';
        dialog.addEventListener('close', function () {
            if (dialog.returnValue === 'ok') {
                form.dataset.confirmed = 'yes';
                form.requestSubmit(submitter);
            }
        }, { once: true });
        dialog.showModal();
    });
})();
