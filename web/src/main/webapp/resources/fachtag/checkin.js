/*
 * Check-in by camera: reads the QR code of a name badge and submits its code through the same
 * form a person types into. Uses the browser's BarcodeDetector where there is one, else the
 * vendored jsQR on the pixels of a canvas. Without a camera (or without permission) it says so
 * and the typed code still works; nothing here is needed for keyboard use.
 */
(function () {
    'use strict';
    var root = document.getElementById('ci-scan');
    if (!root) { return; }
    var start = document.getElementById('ci-scan-start');
    var stop = document.getElementById('ci-scan-stop');
    var video = document.getElementById('ci-video');
    var status = document.getElementById('ci-scan-status');
    var input = document.getElementById(root.getAttribute('data-input'));
    var submit = document.getElementById(root.getAttribute('data-submit'));
    var stream = null, timer = null, canvas = null, detector = null;

    start.hidden = false;

    function say(text) { status.textContent = text; }

    function finish() {
        if (timer) { clearTimeout(timer); timer = null; }
        if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
        video.hidden = true;
        stop.hidden = true;
        start.hidden = false;
    }

    function found(code) {
        finish();
        input.value = code.trim();
        submit.click();
    }

    function loadJsQr() {
        return new Promise(function (resolve, reject) {
            if (window.jsQR) { resolve(); return; }
            var s = document.createElement('script');
            s.src = root.getAttribute('data-jsqr');
            s.onload = resolve;
            s.onerror = reject;
            document.head.appendChild(s);
        });
    }

    function scanOnce() {
        if (!stream) { return; }
        if (video.readyState < 2) { timer = setTimeout(scanOnce, 150); return; }
        if (detector) {
            detector.detect(video).then(function (codes) {
                if (codes.length > 0 && codes[0].rawValue) { found(codes[0].rawValue); } else { timer = setTimeout(scanOnce, 150); }
            }, function () { timer = setTimeout(scanOnce, 300); });
            return;
        }
        canvas = canvas || document.createElement('canvas');
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        var ctx = canvas.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
        var image = ctx.getImageData(0, 0, canvas.width, canvas.height);
        var result = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        if (result && result.data) { found(result.data); } else { timer = setTimeout(scanOnce, 200); }
    }

    function chooseDecoder() {
        if ('BarcodeDetector' in window) {
            return window.BarcodeDetector.getSupportedFormats().then(function (formats) {
                if (formats.indexOf('qr_code') >= 0) {
                    detector = new window.BarcodeDetector({ formats: ['qr_code'] });
                    return;
                }
                return loadJsQr();
            });
        }
        return loadJsQr();
    }

    start.addEventListener('click', function () {
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            say(root.getAttribute('data-unavailable'));
            input.focus();
            return;
        }
        chooseDecoder().then(function () {
            return navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        }).then(function (s) {
            stream = s;
            video.srcObject = s;
            video.hidden = false;
            start.hidden = true;
            stop.hidden = false;
            say(root.getAttribute('data-running'));
            video.play();
            stop.focus();
            scanOnce();
        }).catch(function () {
            finish();
            say(root.getAttribute('data-unavailable'));
            input.focus();
        });
    });
    stop.addEventListener('click', function () {
        finish();
        say('');
        input.focus();
    });
})();
