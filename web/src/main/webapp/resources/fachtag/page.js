/*
 * Behaviour every page may ask for by markup, so that no page needs an inline script (the
 * Content-Security-Policy allows none without PrimeFaces' nonce):
 *   data-focus-on-load      this element takes the focus when the page has loaded
 *   data-focus-id="x"       the element with id x takes the focus
 *   data-submit-once        a form sends once; a second click does nothing
 *   data-onsite-only="n"    a fieldset is disabled while the radio group named n has LIVESTREAM
 *                           checked; data-onsite-hint="x" names the element that explains why
 *   data-enter-clicks="b"   Enter in this field clicks the button of its own row: the one whose id
 *                           is the field's id with its last part replaced by b (a list of rows in
 *                           one form would otherwise send its first button, not the row's own)
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
        onSiteOnly();
        enterClicks();
    }
    function enterClicks() {
        Array.prototype.forEach.call(document.querySelectorAll('input[data-enter-clicks]'), function (input) {
            input.addEventListener('keydown', function (event) {
                if (event.key !== 'Enter' || event.isComposing) {
                    return;
                }
                var id = input.id.replace(/[^:]*$/, input.getAttribute('data-enter-clicks'));
                var button = document.getElementById(id);
                if (button) {
                    event.preventDefault();
                    button.click();
                }
            });
        });
    }
    function onSiteOnly() {
        Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-onsite-only]'), function (group) {
            var radios = document.querySelectorAll('input[type=radio][name="' + group.getAttribute('data-onsite-only') + '"]');
            var hint = document.getElementById(group.getAttribute('data-onsite-hint'));
            function update() {
                var livestream = Array.prototype.some.call(radios, function (r) {
                    return r.checked && r.value === 'LIVESTREAM';
                });
                group.disabled = livestream;
                if (hint) {
                    hint.hidden = !livestream;
                }
            }
            Array.prototype.forEach.call(radios, function (r) {
                r.addEventListener('change', update);
            });
            update();
        });
    }
    // A colour field (data-contrast-out: the id of the text beside it) tells its contrast against white as it changes.
    function luminance(hex) {
        var c = [1, 3, 5].map(function (i) {
            var v = parseInt(hex.substr(i, 2), 16) / 255;
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
    function contrast() {
        document.querySelectorAll('input[data-contrast-out]').forEach(function (input) {
            var out = document.getElementById(input.getAttribute('data-contrast-out'));
            function show() {
                if (!/^#[0-9a-fA-F]{6}$/.test(input.value) || !out) {
                    return;
                }
                var ratio = 1.05 / (luminance(input.value) + 0.05);
                var text = ratio.toFixed(1).replace('.', out.getAttribute('data-decimal') || '.') + ':1';
                out.textContent = (ratio >= 4.5 ? out.getAttribute('data-ok') : out.getAttribute('data-low')).replace('{0}', text);
            }
            input.addEventListener('input', show);
        });
        // A picker beside a hex field: choosing a colour writes the field (and its contrast line);
        // typing a whole colour into the field moves the picker. The field is what is sent.
        document.querySelectorAll('input[data-colour-field]').forEach(function (picker) {
            var field = document.getElementById(picker.getAttribute('data-colour-field'));
            if (!field) {
                return;
            }
            picker.addEventListener('input', function () {
                field.value = picker.value;
                field.dispatchEvent(new Event('input'));
            });
            field.addEventListener('input', function () {
                if (/^#[0-9a-fA-F]{6}$/.test(field.value)) {
                    picker.value = field.value.toLowerCase();
                }
            });
        });
    }
    document.addEventListener('DOMContentLoaded', contrast);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
