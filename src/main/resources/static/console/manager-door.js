// The door: a ticket's code, typed or read from its QR code by the camera, checked in with POST /api/check-ins.
// The camera is used where the browser has BarcodeDetector and a camera (getUserMedia); typing works everywhere.
(function () {
  var form = document.getElementById('door');
  if (!form) return;
  var input = document.getElementById('ticket-code');
  var result = document.getElementById('door-result');
  var log = document.getElementById('door-log');
  var scanButton = document.getElementById('scan');
  var video = document.getElementById('camera');
  var busy = false;

  function say(text, ok) {
    result.textContent = text;
    result.className = 'door-result ' + (ok ? 'admitted' : 'refused');
    result.hidden = false;
  }

  function checkIn(code) {
    code = code.trim().toUpperCase();
    if (!code || busy) return;
    busy = true;
    fetch('/api/check-ins', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': form.getAttribute('data-csrf'),
                 'X-Marquee-Page-Language': document.documentElement.lang },
      body: JSON.stringify({ code: code, cinemaId: Number(form.getAttribute('data-cinema')) })
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) { return { ok: r.ok, body: body, status: r.status }; });
    }).then(function (answer) {
      if (answer.ok) {
        var seat = answer.body.row + answer.body.number;
        say(form.getAttribute('data-admitted').replace('{0}', seat), true);
        var li = document.createElement('li');
        li.textContent = new Date().toLocaleTimeString() + ' · ' + code + ' · ' + seat;
        log.prepend(li);
      } else {
        say(form.getAttribute('data-refused') + ' ' + (answer.body.detail || answer.status), false);
      }
      input.value = '';
      input.focus();
    }).catch(function (e) {
      say(form.getAttribute('data-refused') + ' ' + e.message, false);
    }).finally(function () { busy = false; });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    checkIn(input.value);
  });

  // The camera: offered only where it can work; each code is read once until another one shows.
  if ('BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    scanButton.hidden = false;
    scanButton.addEventListener('click', function () {
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      var last = null;
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        scanButton.hidden = true;
        say(form.getAttribute('data-scanning'), true);
        (function look() {
          detector.detect(video).then(function (codes) {
            var code = codes.length ? codes[0].rawValue : null;
            if (code && code !== last) {
              last = code;
              checkIn(code);
            }
          }).catch(function () {}).finally(function () { setTimeout(look, 300); });
        })();
      }).catch(function () { say(form.getAttribute('data-no-camera'), false); });
    });
  }
})();
