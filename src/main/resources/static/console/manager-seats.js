// The manager's seat map: a free seat is blocked (PUT), a blocked one put back on sale (DELETE), through the booking API.
(function () {
  var hall = document.getElementById('manager-seats');
  if (!hall) return;
  var screening = hall.getAttribute('data-screening');
  var csrf = hall.getAttribute('data-csrf');
  var message = document.getElementById('seat-message');
  hall.querySelectorAll('button.seat').forEach(function (seat) {
    seat.addEventListener('click', function () {
      var blocked = seat.getAttribute('data-state') === 'BLOCKED';
      seat.disabled = true;
      fetch('/api/screenings/' + screening + '/seats/' + seat.getAttribute('data-seat') + '/block',
            { method: blocked ? 'DELETE' : 'PUT', headers: { 'X-CSRF-TOKEN': csrf, 'X-Marquee-Page-Language': document.documentElement.lang } })
        .then(function (r) {
          if (!r.ok) {
            return r.json().catch(function () { return {}; }).then(function (p) { throw new Error(p.detail || r.status); });
          }
          seat.setAttribute('data-state', blocked ? 'FREE' : 'BLOCKED');
          seat.classList.toggle('blocked', !blocked);
          seat.classList.toggle('free', blocked);
          message.hidden = true;
        })
        .catch(function (e) {
          message.textContent = hall.getAttribute('data-refused') + ' ' + e.message;
          message.hidden = false;
        })
        .finally(function () { seat.disabled = false; });
    });
  });
})();
