// An indicator's chart as inline SVG: targets as bands (a range, a hedge, a floor or a ceiling), outcomes as
// dots, a multi-year figure as a span over its years (never a point in its last year).
(function () {
  "use strict";
  var GOVKG = window.GOVKG;
  var NS = "http://www.w3.org/2000/svg";
  var W = 640, H = 240, L = 60, R = 16, T = 14, B = 34;
  var ABOUT = 0.1;  // kg.link.promises.ABOUT_TOLERANCE: what 左右 allows either side

  function svg(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // the band a target asks for: [low, high]; open ends are null (drawn to the chart's edge)
  function band(r) {
    if (r.v1 !== null) { return [r.v, r.v1]; }
    if (r.c === "About") { return [r.v - Math.abs(r.v) * ABOUT, r.v + Math.abs(r.v) * ABOUT]; }
    if (r.c === "AtLeast") { return [r.v, null]; }
    if (r.c === "AtMost") { return [null, r.v]; }
    return [r.v, r.v];
  }

  function series(rows) {
    var groups = {}, order = [];
    rows.forEach(function (r) {
      if (r.v === null || r.y === null) { return; }
      var key = r.m + " " + r.u;
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(r);
    });
    return order.map(function (k) { return groups[k]; });
  }

  function draw(rows) {
    var years = [], values = [];
    rows.forEach(function (r) {
      years.push(r.y, r.y0 === null ? r.y : r.y0);
      values.push(r.v);
      if (r.v1 !== null) { values.push(r.v1); }
      if (r.s === "Planned") { band(r).forEach(function (v) { if (v !== null) { values.push(v); } }); }
    });
    var y0 = Math.min.apply(null, years), y1 = Math.max.apply(null, years);
    var lo = Math.min(0, Math.min.apply(null, values)), hi = Math.max.apply(null, values);
    if (hi === lo) { hi = lo + 1; }
    hi += (hi - lo) * 0.08;
    var step = (W - L - R) / (y1 - y0 + 1);
    function x(year) { return L + (year - y0 + 0.5) * step; }
    function y(v) { return T + (H - T - B) * (1 - (v - lo) / (hi - lo)); }
    var root = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, "class": "chart" });
    root.appendChild(svg("line", { x1: L, y1: y(lo), x2: W - R, y2: y(lo), stroke: "#90a4ae" }));
    root.appendChild(svg("line", { x1: L, y1: T, x2: L, y2: H - B, stroke: "#90a4ae" }));
    for (var year = y0; year <= y1; year++) {
      root.appendChild(svg("text", { x: x(year), y: H - B + 14, "text-anchor": "middle" }, String(year)));
    }
    [lo, (lo + hi) / 2, hi].forEach(function (v) {
      var shown = Math.abs(v) >= 100 ? v.toFixed(0) : String(Math.round(v * 100) / 100);
      root.appendChild(svg("text", { x: L - 4, y: y(v) + 4, "text-anchor": "end" }, shown));
    });
    rows.forEach(function (r) {
      var from = r.y0 === null ? r.y : r.y0;
      var left = x(from) - step * 0.35, width = x(r.y) - x(from) + step * 0.7;
      var tip = svg("title", {}, r.y + (r.y0 !== null ? " (" + r.y0 + "–" + r.y + ")" : "") + " " +
        GOVKG.name(r.s) + " " + r.t);
      var mark;
      if (r.s === "Planned") {
        var b = band(r), top = y(b[1] === null ? hi : b[1]), bottom = y(b[0] === null ? lo : b[0]);
        mark = svg("rect", { x: left, y: top, width: width, height: Math.max(bottom - top, 2),
          fill: "#fb8c00", "fill-opacity": b[0] === b[1] ? 0.9 : 0.25, stroke: "#fb8c00", "class": "target" });
      } else if (r.y0 !== null) {
        mark = svg("rect", { x: left, y: y(r.v) - 2, width: width, height: 4, fill: "#2e7d32", "class": "span" });
      } else {
        mark = svg("circle", { cx: x(r.y), cy: y(r.v), r: 4.5, fill: r.s === "Achieved" ? "#2e7d32" : "#fff",
          stroke: "#2e7d32", "stroke-width": 2, "class": "outcome" });
      }
      mark.appendChild(tip);
      root.appendChild(mark);
    });
    var legend = "▮ 目标 target (band: 范围/左右/以上/以内)   ● 实际 achieved   ○ 预计 estimated   ▬ 多年 multi-year";
    root.appendChild(svg("text", { x: L, y: H - 6 }, legend));
    return root;
  }

  // one chart per measure and unit (a growth rate and a level never share an axis)
  GOVKG.charts = function (rows) {
    return series(rows).map(function (rs) {
      var box = GOVKG.el("div");
      box.appendChild(GOVKG.el("h3", GOVKG.name(rs[0].m) + (rs[0].u ? " · " + rs[0].u : "")));
      box.appendChild(draw(rs));
      return box;
    });
  };
})();
