/*
 * Word of mouth on the storefront's film page: the want-to-see toggle and count, the score and histogram of
 * verified viewers' ratings, the rating form (for verified viewers: a paid ticket, not refunded, for a screening
 * that has started), and the reviews with "helpful" and "report". Everything comes from the audience API; every
 * text a moviegoer wrote is set with textContent, never as HTML.
 */
(function () {
  'use strict';
  // Texts in the page's language (storefront/parts :: wom-texts sets MarqueeTexts); {0} is filled in.
  var zh = (document.documentElement.lang || 'en').indexOf('zh') === 0;
  function T(key, english, args) {
    var text = (window.MarqueeTexts && window.MarqueeTexts[key]) || english;
    return (args || []).reduce(function (t, a, i) { return t.split('{' + i + '}').join(a); }, text);
  }

  var root = document.getElementById('word-of-mouth');
  if (!root) return;
  var filmId = root.dataset.film;
  var csrf = root.dataset.csrf;
  var signedIn = root.dataset.signedIn === 'true';
  var buyer = root.dataset.buyer === 'true';
  var $ = function (id) { return document.getElementById(id); };
  var opinion = null;

  function api(method, url, body) {
    var headers = { 'Accept': 'application/json', 'X-Marquee-Page-Language': document.documentElement.lang }; // refusals in the page's language
    if (csrf) headers['X-CSRF-TOKEN'] = csrf;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
                        body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
        return (json ? response.json() : Promise.resolve(null)).then(function (data) {
          return { status: response.status, data: data || {} };
        });
      });
  }

  function problem(answer) {
    var p = answer.data;
    if (p.errors && p.errors.length) return p.errors.map(function (e) { return e.field + ' ' + e.message; }).join('; ');
    return p.detail || p.title || T('sf.js.failed', 'The request failed ({0}).', [answer.status]);
  }

  function say(text) {
    $('wom-message').textContent = text || '';
    $('wom-message').hidden = !text;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /** Anonymous or staff: the action needs a moviegoer's sign-in. */
  function needsMoviegoer() {
    if (!signedIn) {
      window.location.href = root.dataset.signIn;
      return true;
    }
    if (!buyer) {
      say(T('sf.wom.js.staff', 'Want-to-see, ratings and votes are for moviegoer accounts; you are signed in as staff.'));
      return true;
    }
    return false;
  }

  function drawOpinion(o) {
    opinion = o;
    root.dataset.ratings = o.ratings;
    $('want-count').textContent = o.wantToSee;
    var wants = o.mine && o.mine.wantsToSee;
    $('want-to-see').textContent = wants ? T('sf.wom.wanted', '★ Want to see') : T('sf.wom.want', '☆ Want to see');
    $('want-to-see').setAttribute('aria-pressed', wants ? 'true' : 'false');
    $('want-to-see').classList.toggle('on', !!wants);
    $('score').textContent = o.score === null ? '–' : o.score.toFixed(1);
    $('rating-count').textContent = o.ratings === 0 ? T('sf.wom.noRatings', 'no ratings yet')
      : T(o.ratings === 1 ? 'sf.wom.js.rating' : 'sf.wom.js.ratings', o.ratings === 1 ? '{0} rating by verified viewers' : '{0} ratings by verified viewers', [o.ratings]);
    var most = Math.max.apply(null, o.histogram.concat([1]));
    var bars = $('histogram');
    bars.textContent = '';
    for (var r = 10; r >= 1; r--) {
      var count = o.histogram[r - 1];
      var li = el('li', 'bar-row');
      li.dataset.rating = r;
      li.dataset.count = count;
      li.appendChild(el('span', 'label', String(r)));
      var track = el('span', 'track');
      var bar = el('span', 'bar');
      bar.style.width = (100 * count / most) + '%';
      track.appendChild(bar);
      li.appendChild(track);
      li.appendChild(el('span', 'count', String(count)));
      bars.appendChild(li);
    }
    var form = $('rate-form');
    var note = $('rate-note');
    var may = o.mine ? o.mine.mayRate : null;
    form.hidden = may !== 'SAW_IT';
    if (may === 'SAW_IT') {
      note.textContent = o.mine.rating ? T('sf.wom.js.rated', 'You rated this film {0}/10; posting again replaces it.', [o.mine.rating]) : '';
      $('rate-legend').textContent = o.mine.rating ? T('sf.wom.js.change', 'Change your rating') : T('sf.wom.yourRating', 'Your rating');
      if (o.mine.rating) {
        var radio = form.querySelector('input[name=rating][value="' + o.mine.rating + '"]');
        if (radio) radio.checked = true;
        if (!$('review-text').value) $('review-text').value = o.mine.review || '';
      }
    } else if (may === 'NOT_YET_STARTED') {
      note.textContent = T('sf.wom.js.once', 'You can rate and review this film once your screening has started.');
    } else if (may === 'NO_TICKET') {
      note.textContent = T('sf.wom.js.verifiedOnly', 'Ratings and reviews are by verified viewers: those with a ticket for a screening of this film.');
    } else {
      note.textContent = signedIn ? '' : T('sf.wom.js.signIn', 'Sign in to say you want to see this film, or to rate it after your screening.');
    }
  }

  function drawReviews(page) {
    var list = $('reviews');
    list.textContent = '';
    $('review-total').textContent = page.total === 0 ? '' : '(' + page.total + ')';
    if (page.items.length === 0) {
      list.appendChild(el('li', 'empty', T('sf.wom.js.noReviews', 'No reviews yet.')));
      return;
    }
    page.items.forEach(function (r) {
      var li = el('li', 'review');
      li.id = 'review-' + r.id;
      li.dataset.review = r.id;
      var head = el('div', 'review-head');
      head.appendChild(el('strong', 'review-rating', r.rating + '/10'));
      head.appendChild(el('span', 'meta', (r.mine ? T('sf.wom.js.yours', 'Your review') : T('sf.wom.js.verifiedViewer', 'Verified viewer')) + ' · '
        + new Date(r.writtenAt).toLocaleDateString(zh ? 'zh-CN' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' })));
      li.appendChild(head);
      li.appendChild(el('p', 'review-text', r.text));
      var actions = el('div', 'review-actions');
      var helpful = el('button', 'helpful', T('sf.wom.js.helpful', 'Helpful ({0})', [r.helpful]));
      helpful.type = 'button';
      helpful.disabled = r.mine;
      helpful.addEventListener('click', function () { vote(r.id, 'helpful', undefined); });
      actions.appendChild(helpful);
      if (!r.mine) {
        var report = el('button', 'report', T('sf.wom.js.report', 'Report'));
        report.type = 'button';
        report.addEventListener('click', function () {
          if (needsMoviegoer()) return;
          var reason = window.prompt(T('sf.wom.js.why', 'Why should staff look at this review? (optional)'), '');
          if (reason === null) return;
          vote(r.id, 'report', { reason: reason });
        });
        actions.appendChild(report);
      }
      li.appendChild(actions);
      list.appendChild(li);
    });
  }

  function vote(reviewId, kind, body) {
    if (needsMoviegoer()) return;
    api('PUT', '/api/reviews/' + reviewId + '/' + kind, body).then(function (answer) {
      if (answer.status === 204) {
        say(kind === 'report' ? T('sf.wom.js.reported', 'Thank you: staff will look at this review.') : '');
        loadReviews();
      } else {
        say(problem(answer));
      }
    }, function () { say(T('sf.wom.js.offline', 'The connection to Marquee failed; try again.')); });
  }

  function loadOpinion() {
    return api('GET', '/api/films/' + filmId + '/opinion').then(function (answer) {
      if (answer.status === 200) drawOpinion(answer.data);
    });
  }

  function loadReviews() {
    return api('GET', '/api/films/' + filmId + '/reviews?sort=' + $('review-sort').value).then(function (answer) {
      if (answer.status === 200) drawReviews(answer.data);
      root.dataset.ready = 'true';
    });
  }

  $('want-to-see').addEventListener('click', function () {
    if (needsMoviegoer()) return;
    var wants = opinion && opinion.mine && opinion.mine.wantsToSee;
    api(wants ? 'DELETE' : 'PUT', '/api/films/' + filmId + '/want-to-see').then(function (answer) {
      if (answer.status === 204) {
        say('');
        loadOpinion();
      } else {
        say(problem(answer));
      }
    });
  });

  $('rate-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var chosen = $('rate-form').querySelector('input[name=rating]:checked');
    if (!chosen) {
      say(T('sf.wom.js.choose', 'Choose a rating from 1 to 10.'));
      return;
    }
    var text = $('review-text').value;
    api('PUT', '/api/films/' + filmId + '/rating', { rating: Number(chosen.value), review: text.trim() ? text : null })
      .then(function (answer) {
        if (answer.status === 204) {
          say(T('sf.wom.js.posted', 'Thank you: your rating is posted.'));
          loadOpinion();
          loadReviews();
        } else {
          say(problem(answer));
        }
      }, function () { say(T('sf.wom.js.offline', 'The connection to Marquee failed; try again.')); });
  });

  $('review-sort').addEventListener('change', loadReviews);

  loadOpinion().then(loadReviews);
})();
