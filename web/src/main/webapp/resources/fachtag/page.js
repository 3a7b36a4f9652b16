/*
 * Behaviour every page may ask for by markup, so that no page needs an inline script (the
 * Content-Security-Policy allows none without PrimeFaces' nonce):
 *   data-focus-on-load      this element takes the focus when the page has loaded
 *   data-focus-id="x"       the element with id x takes the focus
 *   data-submit-once        a form sends once; a second click does nothing
 */
(function () {
    'use strict';
    function ready() {
        var target = document.querySelector('[data-focus-on-load]');
        var byId = document.querySelector('[data-focus-id]');
        if (!target && byId) {
            target = document.getElementById(byId.getAttribute('data-focus-id'));
        }
        if (target) {
            target.focus();
        }
        Array.prototype.forEach.call(document.querySelectorAll('form[data-submit-once]'), function (form) {
            form.addEventListener('submit', function (event) {
                if (form.dataset.sent) {
                    event.preventDefault();
                    return;
                }
                form.dataset.sent = '1';
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
