// Money and numbers for the page's language, as marquee.shared.web.LocalFormats formats them on the server
// (keep the two alike). The language is the <html lang> the layout sets.
var MarqueeFormats = (function () {
  var zh = function () { return (document.documentElement.lang || 'en').indexOf('zh') === 0; };
  var grouped = function (v, decimals) {
    return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  };
  /** Grouped with two decimals, no currency (columns headed "(¥)"). */
  function amount(minor) { return grouped(minor / 100, 2); }
  /** ¥1,234.56 in English, 1,234.56元 in Chinese. */
  function money(minor) { return zh() ? amount(minor) + '元' : '¥' + amount(minor); }
  /** Totals: in Chinese 万 from 10,000 yuan and 亿 from 100 million; otherwise as money. */
  function total(minor) {
    if (!zh()) return money(minor);
    var yuan = minor / 100, size = Math.abs(yuan);
    if (size >= 1e8) return grouped(yuan / 1e8, 2) + '亿';
    if (size >= 1e4) {
      var decimals = size < 1e6 ? 2 : 0;
      var wan = Math.round(yuan / 1e4 * Math.pow(10, decimals)) / Math.pow(10, decimals);
      return Math.abs(wan) >= 1e4 ? grouped(yuan / 1e8, 2) + '亿' : grouped(wan, decimals) + '万';
    }
    return money(minor);
  }
  function count(n) { return grouped(n, 0); }
  /** A stored name (city, province, genre, tag, country, portrait label) in the page's language (Names.key). */
  function name(kind, code) {
    if (code == null) return code;
    var key = kind + '.' + String(code).replace(/[^A-Za-z0-9-]+/g, '_').replace(/^_+|_+$/g, '');
    var names = window.MarqueeNames || {};
    return names[key] || code;
  }
  return { amount: amount, money: money, total: total, count: count, chinese: zh, name: name };
})();
