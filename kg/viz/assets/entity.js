// Entity pages (a project's stages, an area's projects, a government's indicators, every sentence) and the
// full-text search over the sentences.
(function () {
  "use strict";
  var GOVKG = window.GOVKG, EX = GOVKG.ex, DATA = GOVKG.data, el = GOVKG.el, byId = GOVKG.byId;
  var $ = function (id) { return document.getElementById(id); };
  var PLACES = { FunctionalArea: 1, DevelopmentZone: 1 };   // and every class drawn as a diamond (a government)
  Object.keys(DATA.classes).forEach(function (k) { if (DATA.classes[k].shape === "diamond") { PLACES[k] = 1; } });
  var out = {}, into = {};
  DATA.edges.forEach(function (e) {
    (out[e.from] = out[e.from] || []).push(e);
    (into[e.to] = into[e.to] || []).push(e);
  });

  function section(page, title) { page.appendChild(el("h3", title)); }

  function stages(page, id) {
    var rows = EX.stages[id];
    if (!rows) { return; }
    section(page, "进展 Stages across years");
    var line = el("div", null, "stages");
    rows.forEach(function (r, i) {
      if (i) { line.appendChild(el("span", "→", "arrow")); }
      line.appendChild(el("span", r[0] + " " + GOVKG.name(r[1]), "stage"));
    });
    page.appendChild(line);
    var table = el("table", null, "grid stage-table");
    rows.forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("td", String(r[0])));
      tr.appendChild(el("td", GOVKG.name(r[1])));
      var q = el("td", null, "quotes"); if (r[2] !== null) { q.appendChild(GOVKG.quote(r[2])); } tr.appendChild(q);
      table.appendChild(tr);
    });
    page.appendChild(table);
  }

  function linked(page, title, edges, end) {
    if (!edges.length) { return; }
    section(page, title + " (" + edges.length + ")");
    var list = el("ul", null, "chips");
    edges.forEach(function (e) {
      var li = el("li");
      li.appendChild(GOVKG.link(e[end]));
      li.appendChild(el("span", DATA.classes[byId[e[end]].kind].label + (e.label === "located-in" || e.label === "reported-in" ? "" : " · " + e.label), "kind"));
      list.appendChild(li);
    });
    page.appendChild(list);
  }

  function indicatorsOf(page, id) {
    var rows = EX.promises.filter(function (r) { return r.g === id; });
    if (!rows.length) { return; }
    section(page, "目标与指标 Targets set (" + rows.length + ")");
    var by = {}, order = [];
    rows.forEach(function (r) {
      if (!by[r.i]) { by[r.i] = {}; order.push(r.i); }
      by[r.i][r.v] = (by[r.i][r.v] || 0) + 1;
    });
    var table = el("table", null, "grid"), head = el("tr");
    ["指标 indicator"].concat(EX.verdicts.map(GOVKG.name)).forEach(function (h) { head.appendChild(el("th", h)); });
    table.appendChild(head);
    order.sort(function (a, b) { return GOVKG.label(a) < GOVKG.label(b) ? -1 : 1; }).forEach(function (i) {
      var tr = el("tr"), td = el("td");
      td.appendChild(GOVKG.link(i));
      tr.appendChild(td);
      EX.verdicts.forEach(function (v) { tr.appendChild(el("td", by[i][v] ? String(by[i][v]) : "", "num")); });
      table.appendChild(tr);
    });
    page.appendChild(table);
    var all = el("button", "在目标表中查看 show in the promise table");
    all.type = "button";
    all.addEventListener("click", function () { location.hash = "tab=promises"; GOVKG.filterPromises({ g: id }); });
    page.appendChild(all);
  }

  function sentences(page, id) {
    var found = EX.mentions[id] || [];
    section(page, "原文 Sentences (" + found.length + ")");
    var list = el("ol", null, "quotes");
    found.forEach(function (i) { var li = el("li"); li.appendChild(GOVKG.quote(i)); list.appendChild(li); });
    page.appendChild(list);
  }

  GOVKG.openEntity = function (id) {
    GOVKG.show("entity");
    var n = byId[id], page = GOVKG.clear($("entity-page"));
    page.appendChild(el("h2", n.label));
    page.appendChild(el("div", DATA.classes[n.kind].label + " " + n.kind, "kind"));
    var links = el("p"), self = el("a", "本页链接 link to this page");
    self.href = GOVKG.href("entity", id);
    links.appendChild(self);
    links.appendChild(document.createTextNode(" · "));
    var graph = el("a", "关系图 graph"); graph.href = GOVKG.href("graph", id); links.appendChild(graph);
    if (EX.indicators[id]) {
      links.appendChild(document.createTextNode(" · "));
      var chart = el("a", "指标图表 chart"); chart.href = GOVKG.href("indicator", id); links.appendChild(chart);
    }
    page.appendChild(links);
    if (n.alt.length) { page.appendChild(el("p", "又称 also: " + n.alt.join("、"))); }
    if (n.docs.length) { page.appendChild(el("p", "见于 reported in: " + n.docs.join("、"))); }
    var edges = (out[id] || []).filter(function (e) { return e.label !== "reported-in" && e.to !== id; });
    linked(page, "位于/上位 In, broader, related", edges.filter(function (e) { return e.label.indexOf("targets") !== 0; }), "to");
    stages(page, id);
    var inside = (into[id] || []).filter(function (e) { return e.label === "located-in" || e.label === "broader"; });
    linked(page, PLACES[n.kind] ? "辖内 Projects and places in it" : "下位 Narrower", inside, "from");
    indicatorsOf(page, id);
    var setters = (into[id] || []).filter(function (e) { return e.label.indexOf("targets") === 0 || e.label === "mentioned-with"; });
    linked(page, "相关 Linked from", setters, "from");
    sentences(page, id);
    GOVKG.entity = id;
  };

  // -- full-text search -------------------------------------------------------------------------
  function marked(text, q) {
    var box = el("span"), at = 0, i;
    while (q && (i = text.indexOf(q, at)) >= 0) {
      box.appendChild(document.createTextNode(text.slice(at, i)));
      box.appendChild(el("mark", q));
      at = i + q.length;
    }
    box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  GOVKG.fullText = function (text) {
    var q = text.trim(), list = GOVKG.clear($("search-results")), names = GOVKG.clear($("search-entities"));
    if (!q) { $("search-count").textContent = ""; return 0; }
    DATA.nodes.filter(function (n) {
      return n.label.indexOf(q) >= 0 || n.alt.some(function (a) { return a.indexOf(q) >= 0; });
    }).slice(0, 50).forEach(function (n) {
      var li = el("li"); li.appendChild(GOVKG.link(n.id)); li.appendChild(el("span", DATA.classes[n.kind].label, "kind"));
      names.appendChild(li);
    });
    var hits = [];
    EX.sentences.forEach(function (s, i) { if (s[2].indexOf(q) >= 0) { hits.push(i); } });
    hits.slice(0, 300).forEach(function (i) {
      var s = EX.sentences[i], li = el("li"), quote = el("blockquote");
      quote.appendChild(marked(s[2], q));
      var d = GOVKG.documentTitle[s[0]];
      quote.appendChild(el("cite", "— " + s[0] + (d && d[2] ? " (" + d[2] + ")" : "")));
      li.appendChild(quote);
      s[3].forEach(function (id) {
        if (byId[id]) { li.appendChild(GOVKG.link(id)); li.appendChild(document.createTextNode(" ")); }
      });
      list.appendChild(li);
    });
    $("search-count").textContent = hits.length + " 句 sentences" + (hits.length > 300 ? "（显示前300 first 300 shown）" : "");
    return hits.length;
  };
  $("q").addEventListener("input", function () { GOVKG.fullText($("q").value); });
})();
