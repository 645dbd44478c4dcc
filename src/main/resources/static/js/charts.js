// Draws the analytics dashboard's charts with ECharts (served from the jar) from the figures the page carries.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('analytics');
  if (!root || !window.echarts) { return; }
  var figures = JSON.parse(root.dataset.figures);
  var rtl = document.documentElement.dir === 'rtl';
  var days = figures.days;
  var palette = ['#198754', '#0d6efd', '#6f42c1', '#fd7e14'];

  function series(box) {
    var names = box.dataset.names.split('|');
    var scale = Number(box.dataset.scale || 1);
    return box.dataset.series.split(',').map(function (key, i) {
      return { name: names[i] || key, data: figures.daily[key].map(function (v) { return v / scale; }) };
    });
  }

  function option(box) {
    var kind = box.dataset.chart;
    var base = { color: palette, tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16, top: 32, bottom: 32 },
      legend: { top: 0 } };
    if (kind === 'funnel') {
      var names = box.dataset.names.split('|');
      var values = [figures.funnel.signups, figures.funnel.emailVerified, figures.funnel.identityVerified];
      base.xAxis = { type: 'category', data: names, inverse: rtl };
      base.yAxis = { type: 'value', position: rtl ? 'right' : 'left' };
      base.series = [{ type: 'bar', data: values }];
      return base;
    }
    if (kind === 'ranked') {
      var ranked = figures[box.dataset.series].slice().reverse();
      base.xAxis = { type: 'value', inverse: rtl };
      base.yAxis = { type: 'category', data: ranked.map(function (r) { return r.name; }), position: rtl ? 'right' : 'left' };
      base.grid.left = rtl ? 16 : 110;
      base.grid.right = rtl ? 110 : 16;
      base.series = [{ type: 'bar', name: box.dataset.names, data: ranked.map(function (r) { return r.value; }) }];
      return base;
    }
    base.xAxis = { type: 'category', data: days, inverse: rtl };
    base.yAxis = { type: 'value', position: rtl ? 'right' : 'left' };
    base.series = series(box).map(function (s) {
      return { type: kind === 'line' ? 'line' : 'bar', stack: kind === 'stack' ? 'all' : undefined, name: s.name,
        data: s.data, smooth: kind === 'line' };
    });
    return base;
  }

  root.querySelectorAll('[data-chart]').forEach(function (box) {
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption(option(box));
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
