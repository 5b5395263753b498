/*
 * The storefront in the browser: the seat map with its hold and checkout, and the refunds of "My tickets".
 * Everything goes through the booking JSON API with the session cookie; writes carry the CSRF token that
 * the page was rendered with (WebSecurity demands it of cookie sessions).
 */
(function () {
  'use strict';

  function api(method, url, csrf, body, headers) {
    var sent = { 'Accept': 'application/json', 'X-Marquee-Page-Language': document.documentElement.lang }; // refusals in the page's language
    if (csrf) sent['X-CSRF-TOKEN'] = csrf;
    if (body !== undefined) sent['Content-Type'] = 'application/json';
    Object.assign(sent, headers || {});
    return fetch(url, { method: method, headers: sent, credentials: 'same-origin',
                        body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
        return (json ? response.json() : Promise.resolve(null)).then(function (data) {
          return { status: response.status, data: data || {} };
        });
      });
  }

  /** What a problem answer says, in one sentence: the invalid fields' messages, or its detail. */
  function problem(answer) {
    var p = answer.data;
    if (p.errors && p.errors.length) return p.errors.map(function (e) { return e.message; }).join('; ');
    return p.detail || p.title || T('sf.js.failed', 'The request failed ({0}).', [answer.status]);
  }

  // Texts in the page's language: storefront/parts :: texts sets MarqueeTexts; {0}, {1} are filled in.
  function T(key, english, args) {
    var text = (window.MarqueeTexts && window.MarqueeTexts[key]) || english;
    return (args || []).reduce(function (t, a, i) { return t.split('{' + i + '}').join(a); }, text);
  }

  function money(m) {
    if (m.currency === 'CNY' && window.MarqueeFormats) return MarqueeFormats.money(m.minor);
    return (m.currency === 'CNY' ? '¥' : m.currency + ' ') + (m.minor / 100).toFixed(2);
  }

  function typeName(type) {
    return T('sf.seatType.' + type, type === 'VIP' ? 'VIP' : type.charAt(0) + type.slice(1).toLowerCase());
  }

  // crypto.randomUUID exists only in secure contexts (https, localhost); plain http elsewhere gets random bytes.
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), function (b) {
      return b.toString(16).padStart(2, '0');
    }).join('');
  }

  var OFFLINE = T('sf.js.offline', 'The connection to Marquee failed; check your network and try again.');

  function seatMap(root) {
    var screeningId = Number(root.dataset.screening);
    var maxSeats = Number(root.dataset.maxSeats);
    var csrf = root.dataset.csrf;
    var $ = function (id) { return document.getElementById(id); };
    var chosen = [];       // the seat buttons picked, in the order they were clicked
    var hold = null;       // the live hold, once the seats are held
    var quote = null;      // the last quote of the hold
    var attempt = null;    // the pending payment: its body and Idempotency-Key, reused only for a retry of the same body
    var countdown = null;

    function say(text) {
      $('booking-message').textContent = text || '';
      $('booking-message').hidden = !text;
    }

    function showChoice() {
      var labels = chosen.map(function (s) { return s.dataset.label; });
      var total = chosen.reduce(function (sum, s) { return sum + Number(s.dataset.price); }, 0);
      $('chosen-seats').textContent = chosen.length === 0 ? T('sf.chooseUpTo', 'Choose up to {0} seats on the map.', [maxSeats])
        : T(chosen.length === 1 ? 'sf.js.seat' : 'sf.js.seats', chosen.length === 1 ? '{0} seat: ' : '{0} seats: ', [chosen.length]) + labels.join(', ') + ' — '
          + money({ minor: total, currency: chosen[0].dataset.currency });
    }

    function toggle(seat) {
      if (hold) {
        say(T('sf.js.heldGiveBack', 'These seats are held for you. Give them back to choose others.'));
        return;
      }
      var at = chosen.indexOf(seat);
      if (at >= 0) {
        chosen.splice(at, 1);
        seat.classList.remove('chosen');
      } else if (chosen.length >= maxSeats) {
        say(T('sf.js.atMost', 'One order takes at most {0} seats.', [maxSeats]));
        return;
      } else {
        chosen.push(seat);
        seat.classList.add('chosen');
      }
      say(null);
      showChoice();
    }

    /** Redraws every seat's state from the API: after a conflict, an expiry, or giving seats back. */
    function refreshMap() {
      return api('GET', '/api/screenings/' + screeningId + '/seats').then(function (answer) {
        if (answer.status !== 200) return;
        answer.data.seats.forEach(function (s) {
          var seat = root.querySelector('.seat[data-seat="' + s.seatId + '"]');
          if (!seat) return;
          ['free', 'held', 'sold', 'blocked'].forEach(function (c) { seat.classList.remove(c); });
          seat.classList.add(s.state.toLowerCase());
          seat.disabled = s.state !== 'FREE';
          if (seat.disabled && chosen.indexOf(seat) >= 0) {
            chosen.splice(chosen.indexOf(seat), 1);
            seat.classList.remove('chosen');
          }
        });
        $('free-seats').textContent = T('sf.seatsFree', '{0} seats free', [answer.data.freeSeats]);
        showChoice();
      });
    }

    function holdSeats() {
      if (root.dataset.signedIn !== 'true') {
        signIn();
        return;
      }
      if (root.dataset.buyer !== 'true') {
        say(T('sf.js.moviegoerOnly', 'Tickets are bought with a moviegoer account; sign in as a moviegoer to hold seats.'));
        return;
      }
      if (chosen.length === 0) {
        say(T('sf.js.chooseFirst', 'Choose your seats on the map first.'));
        return;
      }
      $('hold').disabled = true;
      var seatIds = chosen.map(function (s) { return Number(s.dataset.seat); });
      api('POST', '/api/holds', csrf, { screeningId: screeningId, seatIds: seatIds }).then(function (answer) {
        $('hold').disabled = false;
        if (answer.status === 201) {
          hold = answer.data;
          say(null);
          startCheckout();
        } else if (answer.status === 409) {
          say(T('sf.js.taken', 'Someone else has just taken some of these seats, so nothing was held. The map now shows what is still free: choose again.'));
          refreshMap();
        } else if (answer.status === 401) {
          signIn();
        } else {
          say(problem(answer));
        }
      }, function () { $('hold').disabled = false; say(OFFLINE); });
    }

    /** Off to sign in, and back to this seat map with the same seats chosen. */
    function signIn() {
      var seats = chosen.map(function (s) { return s.dataset.seat; }).join(',');
      window.location.href = root.dataset.signIn + (seats ? encodeURIComponent('?seats=' + seats) : '');
    }

    /** The seats chosen before signing in, those still free. */
    function chooseAgain() {
      (new URLSearchParams(window.location.search).get('seats') || '').split(',').forEach(function (id) {
        var seat = id && root.querySelector('.seat-map .seat[data-seat="' + id + '"]');
        if (seat && !seat.disabled && chosen.length < maxSeats) toggle(seat);
      });
    }

    function startCheckout() {
      $('choice').hidden = true;
      $('checkout').hidden = false;
      $('coupon').value = '';
      $('coupon-status').textContent = '';
      var expires = new Date(hold.expiresAt).getTime();
      countdown = setInterval(function () { tick(expires); }, 1000);
      tick(expires);
      requote(null);
    }

    function tick(expires) {
      var left = Math.max(0, Math.round((expires - Date.now()) / 1000));
      $('hold-countdown').textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      if (left === 0) {
        endHold(T('sf.js.expired', 'Your hold has expired and the seats are free again for anyone. Choose your seats again.'));
      }
    }

    /** Ends the checkout: the hold expired, was given back, or is gone; the map shows the seats as they are now. */
    function endHold(message) {
      clearInterval(countdown);
      hold = null;
      quote = null;
      attempt = null;
      chosen.forEach(function (s) { s.classList.remove('chosen'); });
      chosen = [];
      $('checkout').hidden = true;
      $('choice').hidden = false;
      say(message);
      refreshMap();
    }

    function requote(coupon) {
      var url = '/api/holds/' + encodeURIComponent(hold.id) + '/quote' + (coupon ? '?coupon=' + encodeURIComponent(coupon) : '');
      return api('GET', url).then(function (answer) {
        if (answer.status === 200) {
          showQuote(answer.data);
          $('coupon-status').textContent = coupon ? T('sf.js.couponTakes', 'Coupon {0} takes {1} off.', [coupon, money(answer.data.discount)]) : '';
        } else if (answer.status === 400 && coupon) {
          $('coupon-status').textContent = T('sf.couponWord', 'Coupon') + ' ' + coupon + ' ' + problem(answer) + '.';
          if (!quote) requote(null);
        } else if (answer.status === 404) {
          endHold(T('sf.js.gone', 'Your hold is gone (it expired or was given back). Choose your seats again.'));
        } else {
          say(problem(answer));
        }
      }, function () { say(OFFLINE); });
    }

    function showQuote(q) {
      quote = q;
      var lines = $('quote-lines');
      lines.replaceChildren();
      q.seats.forEach(function (s) {
        var tr = document.createElement('tr');
        var th = document.createElement('th');
        th.textContent = T('sf.seat', 'Row {0}, seat {1}', [s.row, s.number]) + ' · ' + typeName(s.type);
        var td = document.createElement('td');
        td.textContent = money(s.price);
        tr.append(th, td);
        lines.appendChild(tr);
      });
      $('quote-subtotal').textContent = money(q.subtotal);
      $('quote-discount-row').hidden = !q.couponCode;
      $('quote-coupon').textContent = q.couponCode || '';
      $('quote-discount').textContent = '−' + money(q.discount);
      $('quote-total').textContent = money(q.total);
    }

    function pay() {
      if (!hold || !quote) return;
      var body = { holdId: hold.id, couponCode: quote.couponCode || null,
                   paymentMethod: $('payment-method').value, expectedTotalMinor: quote.total.minor };
      // A retry of the very same payment (after a lost connection) reuses its key, so it cannot charge twice.
      if (!attempt || attempt.body !== JSON.stringify(body)) attempt = { body: JSON.stringify(body), key: newKey() };
      $('pay').disabled = true;
      say(null);
      api('POST', '/api/orders', csrf, body, { 'Idempotency-Key': attempt.key }).then(function (answer) {
        attempt = null;
        $('pay').disabled = false;
        if (answer.status === 201 && answer.data.status === 'PAID') {
          clearInterval(countdown);
          window.location.href = '/tickets/mine?paid=' + answer.data.id + '#order-' + answer.data.id;
        } else if (answer.status === 402) {
          say(T('sf.js.declined', 'Your payment was declined: nothing was charged and your seats are still held. Try another payment method.'));
        } else if (answer.status === 504) {
          say(T('sf.js.timeout', 'The bank did not answer in time: nothing was charged and your seats are still held. Try again.'));
        } else if (answer.status === 409 || answer.status === 404) {
          afterRefusal(answer);
        } else if (answer.status === 429) {
          say(T('sf.js.tooMany', 'Too many payment attempts; wait a minute and try again.'));
        } else {
          say(problem(answer));
        }
      }, function () {
        $('pay').disabled = false;
        say(OFFLINE + ' ' + T('sf.js.notTwice', 'You will not be charged twice.'));
      });
    }

    /** A refused payment: the hold expired (choose again) or, while it lives, the price moved (quote again). */
    function afterRefusal(answer) {
      api('GET', '/api/holds/' + encodeURIComponent(hold.id)).then(function (found) {
        if (found.status === 200 && found.data.status === 'ACTIVE') {
          say(problem(answer));
          requote(quote && quote.couponCode);
        } else {
          endHold(T('sf.js.expiredBeforePay', 'Your hold expired before the payment, so nothing was charged. Choose your seats again.'));
        }
      });
    }

    function release() {
      api('DELETE', '/api/holds/' + encodeURIComponent(hold.id), csrf).then(function () {
        endHold(null);
      }, function () { say(OFFLINE); });
    }

    root.querySelectorAll('.seat-map .seat').forEach(function (seat) {
      seat.addEventListener('click', function () { toggle(seat); });
    });
    $('hold').addEventListener('click', holdSeats);
    $('coupon-form').addEventListener('submit', function (e) {
      e.preventDefault();
      requote($('coupon').value.trim().toUpperCase() || null);
    });
    $('pay-form').addEventListener('submit', function (e) { e.preventDefault(); pay(); });
    $('release').addEventListener('click', release);
    chooseAgain();
    root.setAttribute('data-ready', 'true');
  }

  function myTickets(root) {
    root.querySelectorAll('.purchase .refund').forEach(function (button) {
      var purchase = button.closest('.purchase');
      var message = purchase.querySelector('.order-message');
      button.addEventListener('click', function () {
        // A first click asks, a second one refunds: a refund cannot be undone.
        if (!button.classList.contains('confirm')) {
          button.classList.add('confirm');
          button.textContent = T('sf.js.refundConfirm', 'Refund every valid ticket of this order? Click again');
          return;
        }
        button.disabled = true;
        api('POST', '/api/orders/' + purchase.dataset.order + '/refunds', root.dataset.csrf, {},
            { 'Idempotency-Key': newKey() }).then(function (answer) {
          if (answer.status === 200) {
            window.location.reload();
          } else {
            button.disabled = false;
            message.textContent = problem(answer);
            message.hidden = false;
          }
        }, function () { button.disabled = false; message.textContent = OFFLINE; message.hidden = false; });
      });
    });
    root.setAttribute('data-ready', 'true');
  }

  var booking = document.getElementById('booking');
  if (booking) seatMap(booking);
  var mine = document.getElementById('my-tickets');
  if (mine) myTickets(mine);
})();
