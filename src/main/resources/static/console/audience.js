// Audience portraits drawn with ECharts: one chart per dimension (the film's share next to the market's,
// TGI on each bar), and a China map of the TGI by province. Suppressed cells are shown as such, never filled in.
var MarqueeAudience = (function () {
  var PROVINCES = { 'Anhui': '安徽', 'Beijing': '北京', 'Chongqing': '重庆', 'Fujian': '福建', 'Gansu': '甘肃', 'Guangdong': '广东',
    'Guangxi': '广西', 'Guizhou': '贵州', 'Hainan': '海南', 'Hebei': '河北', 'Heilongjiang': '黑龙江', 'Henan': '河南', 'Hubei': '湖北',
    'Hunan': '湖南', 'Inner Mongolia': '内蒙古', 'Jiangsu': '江苏', 'Jiangxi': '江西', 'Jilin': '吉林', 'Liaoning': '辽宁', 'Ningxia': '宁夏',
    'Qinghai': '青海', 'Shaanxi': '陕西', 'Shandong': '山东', 'Shanghai': '上海', 'Shanxi': '山西', 'Sichuan': '四川', 'Tianjin': '天津',
    'Tibet': '西藏', 'Xinjiang': '新疆', 'Yunnan': '云南', 'Zhejiang': '浙江', 'Taiwan': '台湾', 'Hong Kong': '香港', 'Macau': '澳门' };
  var COLORS = ['#c0392b', '#2c7fb8', '#9e9e9e'];
  // Texts in the page's language (console/audience-parts.html :: texts) and stored names through MarqueeFormats.name.
  var T = function (key, english) { var t = window.MarqueeAudienceTexts; return t && t[key] ? t[key] : english; };
  var KINDS = { 'province': 'province', 'city': 'city', 'interests': 'tag', 'genres seen': 'genre' };
  var shown = function (dimension, label) {
    if (!window.MarqueeFormats) return label;
    return MarqueeFormats.name(KINDS[dimension] || 'label', label);
  };
  var label = function (text) { return window.MarqueeFormats ? MarqueeFormats.name('label', text) : text; };
  var pct = function (v) { return v == null ? null : Math.round(v * 1000) / 10; };

  function dimension(portraits, name) {
    return portraits.map(function (p) { return p.dimensions.filter(function (d) { return d.name === name; })[0]; });
  }

  /** One bar chart: each portrait's share per cell, then the market's share; TGI as the bar label. */
  function bars(el, portraits, name, limit) {
    var dims = dimension(portraits, name);
    var labels = [];
    dims[0].cells.forEach(function (c) { if (labels.indexOf(c.label) < 0) labels.push(c.label); });
    dims.slice(1).forEach(function (d) { d.cells.forEach(function (c) { if (labels.indexOf(c.label) < 0) labels.push(c.label); }); });
    labels = labels.slice(0, limit || 14);
    var cellOf = function (d, label) { return d.cells.filter(function (c) { return c.label === label; })[0]; };
    var series = dims.map(function (d, i) {
      return { name: portraits[i].title, type: 'bar', itemStyle: { color: COLORS[i] },
        label: { show: true, position: 'top', fontSize: 10, formatter: function (x) {
          var c = cellOf(d, labels[x.dataIndex]);
          return !c || c.suppressed ? 'n<' + portraits[i].minimumCell : 'TGI ' + c.tgi; } },
        data: labels.map(function (l) { var c = cellOf(d, l); return c && !c.suppressed ? pct(c.share) : 0; }) };
    });
    series.push({ name: T('market', 'market'), type: 'bar', itemStyle: { color: COLORS[2] },
      data: labels.map(function (l) { var c = cellOf(dims[0], l); return c ? pct(c.marketShare) : 0; }) });
    var chart = echarts.init(el);
    chart.setOption({ animation: false,
      title: { text: label(name) + ' (' + T('of', '% of') + ' ' + label(dims[0].basis) + ')', textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' }, legend: { top: 0, right: 10, textStyle: { fontSize: 11 } },
      grid: { left: 45, right: 15, top: 45, bottom: 60 },
      xAxis: { type: 'category', data: labels.map(function (l) { return shown(name, l); }), axisLabel: { interval: 0, rotate: labels.length > 6 ? 35 : 0, fontSize: 11 } },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } }, series: series });
    el.setAttribute('data-ready', 'true');
    return chart;
  }

  /** The China map coloured by the portrait's TGI per province (suppressed provinces stay grey). */
  function map(el, portrait, geoUrl) {
    fetch(geoUrl).then(function (r) { return r.json(); }).then(function (geo) {
      echarts.registerMap('china', geo);
      var d = dimension([portrait], 'province')[0];
      var data = d.cells.filter(function (c) { return !c.suppressed && PROVINCES[c.label]; })
        .map(function (c) { return { name: PROVINCES[c.label], value: c.tgi, share: pct(c.share), en: shown('province', c.label) }; });
      var chart = echarts.init(el);
      chart.setOption({ animation: false,
        title: { text: T('mapTitle', 'TGI by province'), subtext: T('mapGrey', 'grey: no data, or fewer than {0} people').replace('{0}', portrait.minimumCell), textStyle: { fontSize: 13 } },
        tooltip: { formatter: function (x) { return x.data ? x.data.en + ': TGI ' + x.data.value + ' (' + x.data.share + T('ofAudience', '% of the audience') + ')' : x.name; } },
        visualMap: { min: 50, max: 200, left: 10, bottom: 10, text: ['200', '50'], calculable: true,
          inRange: { color: ['#2c7fb8', '#f7f7f7', '#c0392b'] } },
        series: [{ type: 'map', map: 'china', roam: false, data: data, emphasis: { label: { show: false } } }] });
      el.setAttribute('data-ready', 'true');
    });
  }

  /** Want-to-see marks per day with their running total; ratings per day with the mean, verified viewers apart. */
  function wordOfMouth(wantEl, ratingEl, w) {
    var want = echarts.init(wantEl);
    want.setOption({ animation: false, title: { text: T('wantTitle', 'want to see'), textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' }, legend: { top: 0, right: 10 }, grid: { left: 50, right: 50, top: 45, bottom: 40 },
      xAxis: { type: 'category', data: w.wantToSeeDays.map(function (d) { return d.day; }) },
      yAxis: [{ type: 'value', name: T('perDay', 'per day') }, { type: 'value', name: T('total', 'total'), splitLine: { show: false } }],
      series: [
        { name: T('marks', 'marks'), type: 'bar', itemStyle: { color: '#c0392b' }, data: w.wantToSeeDays.map(function (d) { return d.added; }) },
        { name: T('fromNew', 'from new accounts'), type: 'bar', itemStyle: { color: '#e67e22' }, data: w.wantToSeeDays.map(function (d) { return d.fromNewAccounts; }) },
        { name: T('total', 'total'), type: 'line', yAxisIndex: 1, itemStyle: { color: '#333' }, data: w.wantToSeeDays.map(function (d) { return d.cumulative; }) }] });
    wantEl.setAttribute('data-ready', 'true');
    var rating = echarts.init(ratingEl);
    rating.setOption({ animation: false, title: { text: T('ratingsTitle', 'ratings'), textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' }, legend: { top: 0, right: 10 }, grid: { left: 50, right: 50, top: 45, bottom: 40 },
      xAxis: { type: 'category', data: w.ratingDays.map(function (d) { return d.day; }) },
      yAxis: [{ type: 'value', name: T('ratingsTitle', 'ratings') }, { type: 'value', name: T('mean110', 'mean (1-10)'), min: 0, max: 10, splitLine: { show: false } }],
      series: [
        { name: T('all', 'all'), type: 'bar', itemStyle: { color: '#9e9e9e' }, data: w.ratingDays.map(function (d) { return d.ratings; }) },
        { name: T('verified', 'verified'), type: 'bar', itemStyle: { color: '#2c7fb8' }, data: w.ratingDays.map(function (d) { return d.verified; }) },
        { name: T('mean', 'mean'), type: 'line', yAxisIndex: 1, itemStyle: { color: '#333' }, data: w.ratingDays.map(function (d) { return d.mean; }) },
        { name: T('verifiedMean', 'verified mean'), type: 'line', yAxisIndex: 1, itemStyle: { color: '#2c7fb8' }, data: w.ratingDays.map(function (d) { return d.verifiedMean; }) }] });
    ratingEl.setAttribute('data-ready', 'true');
  }

  /**
   * A screening plan on the same China map: provinces coloured by the plan's expected attendance, the plan's cities
   * as red dots and the naive plan's as grey ones, each at its province's centre (the map has no city positions).
   */
  function planMap(el, plan, geoUrl) {
    fetch(geoUrl).then(function (r) { return r.json(); }).then(function (geo) {
      echarts.registerMap('china', geo);
      var centre = {};
      geo.features.forEach(function (f) { centre[f.properties.name] = f.properties.cp; });
      var byProvince = {};
      plan.plan.screenings.forEach(function (s) { byProvince[s.province] = (byProvince[s.province] || 0) + s.expectedAttendance; });
      var provinces = Object.keys(byProvince).filter(function (p) { return PROVINCES[p]; })
        .map(function (p) { return { name: PROVINCES[p], value: Math.round(byProvince[p]), en: shown('province', p) }; });
      var dots = function (screenings) {
        var cities = {};
        screenings.forEach(function (s) {
          var c = cities[s.city] || (cities[s.city] = { city: s.city, province: s.province, screenings: 0, expected: 0 });
          c.screenings++; c.expected += s.expectedAttendance;
        });
        var seen = {};
        return Object.keys(cities).map(function (k) {
          var c = cities[k], at = centre[PROVINCES[c.province]];
          if (!at) return null;
          var n = seen[c.province] = (seen[c.province] || 0) + 1; // cities of one province side by side
          return { name: shown('city', c.city), value: [at[0] + 0.9 * (n - 1), at[1] - 0.5 * (n - 1), Math.round(c.expected)], screenings: c.screenings };
        }).filter(function (d) { return d; });
      };
      var max = Math.max.apply(null, provinces.map(function (p) { return p.value; }).concat([1]));
      var chart = echarts.init(el);
      chart.setOption({ animation: false,
        title: { text: T('planTitle', 'The plan (red) and the naive plan (grey)'), subtext: T('planSub', 'provinces: the plan\'s expected attendance; dots: cities at their province\'s centre'), textStyle: { fontSize: 13 } },
        tooltip: { formatter: function (x) {
          if (x.seriesType === 'scatter') return x.seriesName + ': ' + x.name + ', ' + x.data.screenings + ' ' + T('screenings', 'screening(s)') + ', ' + x.value[2] + ' ' + T('expected', 'expected');
          return x.data ? x.data.en + ': ' + x.data.value + ' ' + T('expected', 'expected') : x.name; } },
        legend: { top: 0, right: 10, data: [T('plan', 'plan'), T('naive', 'naive plan')] },
        visualMap: { min: 0, max: max, left: 10, bottom: 10, text: [String(max), '0'], calculable: true, seriesIndex: 0,
          inRange: { color: ['#f7f7f7', '#f5b7b1', '#c0392b'] } },
        geo: { map: 'china', roam: false, itemStyle: { areaColor: '#f2f2f2', borderColor: '#aaa' }, emphasis: { label: { show: false } } },
        series: [
          { type: 'map', map: 'china', geoIndex: 0, data: provinces },
          { name: T('naive', 'naive plan'), type: 'scatter', coordinateSystem: 'geo', data: dots(plan.naive.screenings), symbolSize: 9,
            itemStyle: { color: '#7f8c8d' } },
          { name: T('plan', 'plan'), type: 'scatter', coordinateSystem: 'geo', data: dots(plan.plan.screenings), itemStyle: { color: '#c0392b' },
            symbolSize: function (v) { return 8 + Math.min(16, Math.sqrt(v[2])); }, label: { show: true, position: 'right', formatter: '{b}', fontSize: 10 } }] });
      el.setAttribute('data-ready', 'true');
    });
  }

  return { bars: bars, map: map, wordOfMouth: wordOfMouth, planMap: planMap };
})();
