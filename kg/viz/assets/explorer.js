// The explorer's tabs: promises (first screen), indicators, entity pages, full-text search; #entity=… links.
(function () {
  "use strict";
  var GOVKG = window.GOVKG, EX = GOVKG.ex, DATA = GOVKG.data, el = GOVKG.el, byId = GOVKG.byId;
  var PAGE = 200;   // rows drawn at a time; "show more" draws the next ones
  var $ = function (id) { return document.getElementById(id); };

  // -- tabs and links ---------------------------------------------------------------------------
  GOVKG.show = function (tab) {
    document.querySelectorAll("section.tab").forEach(function (s) { s.hidden = s.id !== "tab-" + tab; });
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.className = b.getAttribute("data-tab") === tab ? "current" : "";
    });
    GOVKG.tab = tab;
  };
  document.querySelectorAll("#tabs button").forEach(function (b) {
    b.addEventListener("click", function () { location.hash = "tab=" + b.getAttribute("data-tab"); });
  });

  function route() {
    var hash = location.hash.replace(/^#/, "");
    var at = hash.indexOf("="), key = hash.slice(0, at), value = decodeURIComponent(hash.slice(at + 1));
    if (key === "entity" && byId[value]) { GOVKG.openEntity(value); return; }
    if (key === "indicator") { GOVKG.openIndicator(value); return; }
    if (key === "q") { GOVKG.show("search"); $("q").value = value; GOVKG.fullText(value); return; }
    if (key === "graph") { GOVKG.show("graph"); GOVKG.openGraph(byId[value] ? value : null); return; }
    if (!hash && DATA.focus && byId[DATA.focus]) { GOVKG.openEntity(DATA.focus); return; }
    var tab = key === "tab" && $("tab-" + value) ? value : "promises";
    GOVKG.show(tab);
    if (tab === "graph") { GOVKG.openGraph(null); }
  }
  window.addEventListener("hashchange", route);

  // -- promises ---------------------------------------------------------------------------------
  var P = EX.promises, order = new Map(), filter = { g: "", y: "", v: "", i: "", text: "" }, sort = { key: "y", dir: 1 }, limit = PAGE;
  P.forEach(function (r, i) { order.set(r, i); });
  var sentence = function (i) { return i === null || i === undefined ? "" : EX.sentences[i][2]; };
  var COLUMNS = [["y", "年份 year"], ["g", "政府 government"], ["i", "指标 indicator"], ["m", "量 measure"],
    ["t", "目标 target"], ["o", "结果 outcome"], ["v", "结论 verdict"], [null, "原文 sentences"]];
  function cell(r, key) {
    if (key === "g" || key === "i") { return GOVKG.label(r[key]); }
    if (key === "v" || key === "m") { return GOVKG.name(r[key]); }
    return r[key] === null ? "" : String(r[key]);
  }

  function options(id, values, text) {
    var select = $(id);
    values.forEach(function (v) {
      var o = el("option", text(v));
      o.value = String(v);
      select.appendChild(o);
    });
    select.addEventListener("change", function () { filter[select.getAttribute("data-key")] = select.value; limit = PAGE; drawPromises(); });
  }
  function unique(key) {
    var seen = {};
    P.forEach(function (r) { seen[r[key]] = true; });
    return Object.keys(seen).filter(function (k) { return k !== ""; });
  }
  $("f-gov").setAttribute("data-key", "g"); $("f-year").setAttribute("data-key", "y");
  $("f-verdict").setAttribute("data-key", "v"); $("f-indicator").setAttribute("data-key", "i");
  options("f-gov", unique("g").sort(), GOVKG.label);
  options("f-year", unique("y").sort(), String);
  options("f-verdict", EX.verdicts, GOVKG.name);
  options("f-indicator", unique("i").sort(function (a, b) {
    return GOVKG.label(a) < GOVKG.label(b) ? -1 : GOVKG.label(a) > GOVKG.label(b) ? 1 : 0;
  }), GOVKG.label);
  $("f-text").addEventListener("input", function () { filter.text = $("f-text").value.trim(); limit = PAGE; drawPromises(); });
  $("f-reset").addEventListener("click", function () { GOVKG.filterPromises({}); });

  // set the table's filters (government id, year, verdict, indicator id) and draw it
  GOVKG.filterPromises = function (f) {
    filter = { g: f.g || "", y: f.y ? String(f.y) : "", v: f.v || "", i: f.i || "", text: f.text || "" };
    $("f-gov").value = filter.g; $("f-year").value = filter.y; $("f-verdict").value = filter.v;
    $("f-indicator").value = filter.i; $("f-text").value = filter.text;
    limit = PAGE;
    drawPromises();
  };

  function matches(r) {
    if (filter.g && r.g !== filter.g) { return false; }
    if (filter.y && String(r.y) !== filter.y) { return false; }
    if (filter.v && r.v !== filter.v) { return false; }
    if (filter.i && r.i !== filter.i) { return false; }
    if (filter.text) {
      var hay = [GOVKG.label(r.i), GOVKG.label(r.g), r.t, r.o, sentence(r.tw), sentence(r.ow)].join(" ");
      if (hay.indexOf(filter.text) < 0) { return false; }
    }
    return true;
  }

  function compare(a, b) {
    var x = cell(a, sort.key), y = cell(b, sort.key);
    if (sort.key === "y") { x = a.y || 0; y = b.y || 0; }
    return (x < y ? -1 : x > y ? 1 : 0) * sort.dir || order.get(a) - order.get(b);
  }

  function header() {
    var tr = el("tr");
    COLUMNS.forEach(function (c) {
      var th = el("th", c[1]);
      if (c[0]) {
        th.className = "sortable" + (sort.key === c[0] ? (sort.dir > 0 ? " sorted-asc" : " sorted-desc") : "");
        th.setAttribute("data-key", c[0]);
        th.addEventListener("click", function () {
          sort = { key: c[0], dir: sort.key === c[0] ? -sort.dir : 1 };
          drawPromises();
        });
      }
      tr.appendChild(th);
    });
    GOVKG.clear($("promise-table").tHead).appendChild(tr);
  }

  function promiseRow(r) {
    var tr = el("tr");
    tr.className = "promise";
    tr.setAttribute("data-verdict", r.v);
    tr.setAttribute("data-year", r.y === null ? "" : String(r.y));
    tr.setAttribute("data-government", r.g);
    tr.setAttribute("data-indicator", r.i);
    tr.appendChild(el("td", r.y === null ? "" : String(r.y), "num"));
    var g = el("td"); if (r.g) { g.appendChild(GOVKG.link(r.g)); } tr.appendChild(g);
    var i = el("td"); if (r.i) { i.appendChild(GOVKG.link(r.i)); } tr.appendChild(i);
    tr.appendChild(el("td", GOVKG.name(r.m)));
    tr.appendChild(el("td", r.t));
    tr.appendChild(el("td", r.o));
    var v = el("td"); v.appendChild(GOVKG.verdict(r.v)); tr.appendChild(v);
    var q = el("td", null, "quotes");
    if (r.tw !== null) { q.appendChild(GOVKG.quote(r.tw, "target", "目标 target")); }
    if (r.ow !== null && r.ow !== undefined) { q.appendChild(GOVKG.quote(r.ow, "outcome", "结果 outcome")); }
    tr.appendChild(q);
    return tr;
  }

  function drawPromises() {
    header();
    var rows = P.filter(matches).sort(compare);
    var body = GOVKG.clear($("promise-table").tBodies[0]);
    rows.slice(0, limit).forEach(function (r) { body.appendChild(promiseRow(r)); });
    $("promise-count").textContent = rows.length + " / " + P.length + " 个目标 targets";
    $("promise-more").hidden = rows.length <= limit;
    GOVKG.promiseRows = rows.length;
  }
  $("promise-more").addEventListener("click", function () { limit += PAGE; drawPromises(); });

  function scorecard() {
    var lines = {}, keys = [];
    P.forEach(function (r) {
      var k = r.g + "\u0000" + r.y;
      if (!lines[k]) { lines[k] = { g: r.g, y: r.y, n: 0 }; keys.push(k); }
      lines[k].n += 1;
      lines[k][r.v] = (lines[k][r.v] || 0) + 1;
    });
    keys.sort(function (a, b) {
      var x = lines[a], y = lines[b];
      return GOVKG.label(x.g) < GOVKG.label(y.g) ? -1 : GOVKG.label(x.g) > GOVKG.label(y.g) ? 1 : (x.y || 0) - (y.y || 0);
    });
    var table = $("scorecard"), head = el("tr");
    ["政府 government", "年份 year", "目标 targets"].concat(EX.verdicts.map(GOVKG.name)).forEach(function (h) {
      head.appendChild(el("th", h));
    });
    table.appendChild(head);
    keys.forEach(function (k) {
      var line = lines[k], tr = el("tr"), g = el("td");
      if (line.g) { g.appendChild(GOVKG.link(line.g)); }
      tr.appendChild(g);
      tr.appendChild(el("td", String(line.y)));
      tr.appendChild(countCell(line.n, { g: line.g, y: line.y }));
      EX.verdicts.forEach(function (v) { tr.appendChild(countCell(line[v] || 0, { g: line.g, y: line.y, v: v })); });
      table.appendChild(tr);
    });
    var missed = P.filter(function (r) { return r.v === "Missed"; }).length;
    var summary = $("missed-summary");
    EX.verdicts.forEach(function (v) {
      var n = P.filter(function (r) { return r.v === v; }).length;
      var b = el("button", GOVKG.name(v) + " (" + n + ")");
      b.type = "button";
      b.id = "show-" + v;
      b.addEventListener("click", function () { GOVKG.filterPromises({ v: v }); $("promise-table").scrollIntoView(); });
      summary.appendChild(b);
    });
    GOVKG.missedCount = missed;
  }
  function countCell(n, f) {
    var td = el("td", null, "num"), b = el("button", String(n), "count");
    b.type = "button";
    b.disabled = !n;
    b.addEventListener("click", function () { GOVKG.filterPromises(f); $("promise-table").scrollIntoView(); });
    td.appendChild(b);
    return td;
  }

  // -- indicators -------------------------------------------------------------------------------
  var indicatorIds = Object.keys(EX.indicators).sort(function (a, b) {
    return EX.indicators[b].length - EX.indicators[a].length || (a < b ? -1 : 1);
  });
  function listIndicators() {
    var q = $("indicator-filter").value.trim(), list = GOVKG.clear($("indicator-list"));
    indicatorIds.filter(function (id) {
      var n = byId[id];
      return !q || GOVKG.label(id).indexOf(q) >= 0 || (n && n.alt.some(function (a) { return a.indexOf(q) >= 0; }));
    }).slice(0, PAGE).forEach(function (id) {
      var li = el("li", GOVKG.label(id));
      li.appendChild(el("span", String(EX.indicators[id].length), "kind"));
      li.addEventListener("click", function () { location.hash = GOVKG.href("indicator", id).slice(1); });
      list.appendChild(li);
    });
  }
  $("indicator-filter").addEventListener("input", listIndicators);

  GOVKG.openIndicator = function (id) {
    GOVKG.show("indicators");
    var page = GOVKG.clear($("indicator-page")), rows = EX.indicators[id] || [];
    page.appendChild(el("h2", GOVKG.label(id)));
    var node = byId[id];
    if (node && node.alt.length) { page.appendChild(el("p", "又称 also: " + node.alt.join("、"))); }
    var more = el("p");
    more.appendChild(GOVKG.link(id, "实体页与关系 entity page"));
    page.appendChild(more);
    GOVKG.charts(rows).forEach(function (c) { page.appendChild(c); });
    var table = el("table", null, "grid values"), head = el("tr");
    ["年份 period", "量 measure", "数值 value", "状态 status", "结论 verdict", "原文 sentence"].forEach(function (h) {
      head.appendChild(el("th", h));
    });
    table.appendChild(head);
    rows.forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("td", r.y0 !== null ? r.y0 + "–" + r.y : String(r.y === null ? "" : r.y)));
      tr.appendChild(el("td", GOVKG.name(r.m)));
      tr.appendChild(el("td", r.t));
      tr.appendChild(el("td", GOVKG.name(r.s)));
      var v = el("td"); if (r.vd) { v.appendChild(GOVKG.verdict(r.vd)); } tr.appendChild(v);
      var q = el("td", null, "quotes"); if (r.w !== null) { q.appendChild(GOVKG.quote(r.w)); } tr.appendChild(q);
      table.appendChild(tr);
    });
    page.appendChild(table);
  };

  listIndicators();
  scorecard();
  drawPromises();
  route();
  GOVKG.ready = true;
})();
