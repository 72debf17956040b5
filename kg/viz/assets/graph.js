// The graph tab: vis-network drawn on first view, one neighbourhood at a time (never the whole graph).
(function () {
  "use strict";
  var GOVKG = window.GOVKG, DATA = GOVKG.data, el = GOVKG.el, byId = GOVKG.byId;
  var shown = { classes: {}, doc: "", year: "", centre: DATA.centre, keep: null, hidden: 0 };
  var network = null, nodes = null, edgeSet = null, tipped = {}, view = null, physicsOn = true, started = 0;
  DATA.classOrder.forEach(function (kind) { shown.classes[kind] = true; });
  var NEIGHBOURS = 60;   // at most this many neighbours drawn around the centre: a readable picture
  var around = {}, touching = {};
  DATA.edges.forEach(function (e, i) {
    e.id = "e" + i;
    (touching[e.from] = touching[e.from] || []).push(e);
    (touching[e.to] = touching[e.to] || []).push(e);
    (around[e.from] = around[e.from] || []).push([e.to, e.label]);
    (around[e.to] = around[e.to] || []).push([e.from, e.label]);
  });
  // missed targets first, then the other verdicts, places and projects, then mentions and documents
  function priority(label) {
    if (label === "targets (missed)") { return 0; }
    if (label.indexOf("targets") === 0) { return 1; }
    if (label === "located-in" || label === "broader" || label === "benchmarked-against") { return 2; }
    return label === "mentioned-with" ? 3 : 4;
  }

  // Report text goes into the page only through textContent: it can never become markup.
  function tipElement(tip) {
    var box = el("div", null, "tip");
    box.appendChild(el("div", tip.title, "tip-title"));
    tip.lines.forEach(function (line) { box.appendChild(el("div", line)); });
    if (tip.table.length) {
      var table = el("table");
      tip.table.forEach(function (row, i) {
        var tr = el("tr");
        row.forEach(function (cell) { tr.appendChild(el(i === 0 ? "th" : "td", cell)); });
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    tip.evidence.forEach(function (ev) {
      var said = ev.length === 1 ? GOVKG.ex.sentences[ev[0]] : null;   // [i]: the explorer's sentence i
      var quote = el("blockquote", said ? said[2] : ev[0]);
      quote.appendChild(el("cite", "— " + (said ? said[0] : ev[1])));
      box.appendChild(quote);
    });
    return box;
  }

  function edgeStyle(label) { return DATA.edgeStyles[label] || DATA.edgeStyles.targets; }

  function neighbourhood(id) {
    var best = {};
    (around[id] || []).forEach(function (o) {
      var p = priority(o[1]);
      if (!(o[0] in best) || p < best[o[0]]) { best[o[0]] = p; }
    });
    var ids = Object.keys(best).sort(function (a, b) {
      return best[a] - best[b] || byId[b].size - byId[a].size || (a < b ? -1 : 1);
    });
    var keep = {};
    keep[id] = true;
    ids.slice(0, NEIGHBOURS).forEach(function (o) { keep[o] = true; });
    shown.hidden = Math.max(0, ids.length - NEIGHBOURS);
    return keep;
  }

  function visible(n) {
    if (shown.keep && !shown.keep[n.id]) { return false; }
    if (n.id === shown.centre) { return true; }
    if (!shown.classes[n.kind]) { return false; }
    if (shown.doc && n.docs.length && n.docs.indexOf(shown.doc) < 0) { return false; }
    if (shown.year && n.docs.length && n.years.indexOf(shown.year) < 0) { return false; }
    return true;
  }

  var status = document.getElementById("status");
  var physicsButton = document.getElementById("physics");
  GOVKG.drawnCount = function () { return network ? network.body.nodeIndices.length : 0; };

  function showStatus() {
    status.textContent = "显示 " + GOVKG.drawnCount() + " / " + DATA.nodes.length + " 个节点 nodes" +
      (shown.hidden ? "（另有 " + shown.hidden + " 个邻居未画 more neighbours not drawn: see the entity page）" : "") +
      (GOVKG.settled ? "" : "，正在布局…");
  }

  function setPhysics(on) {
    physicsOn = on;
    network.setOptions({ physics: { enabled: on } });
    physicsButton.textContent = on ? "停止物理模拟 physics off" : "开启物理模拟 physics on";
  }

  function settle() {
    if (GOVKG.settled) { return; }
    setPhysics(false);
    GOVKG.settled = true;
    GOVKG.settledAt = performance.now();
    network.once("afterDrawing", function () { GOVKG.drawnAt = performance.now(); });
    network.fit();
    showStatus();
  }

  function showCentre() {
    var box = GOVKG.clear(document.getElementById("centre"));
    if (shown.centre && byId[shown.centre]) {
      box.appendChild(GOVKG.link(shown.centre));
      box.appendChild(el("span", DATA.classes[byId[shown.centre].kind].label, "kind"));
    }
  }

  function start() {
    DATA.nodes.forEach(function (n) {
      var style = DATA.classes[n.kind];
      n.color = style.color;
      n.shape = style.shape;
    });
    var pairs = {};
    DATA.edges.forEach(function (e) {
      var style = edgeStyle(e.label);
      // a second edge between the same two nodes (a missed and a pending target) curves away from the first
      var pair = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
      pairs[pair] = (pairs[pair] || 0) + 1;
      if (pairs[pair] > 1) { e.smooth = { enabled: true, type: "curvedCW", roundness: 0.2 * (pairs[pair] - 1) }; }
      e.color = { color: style.color, highlight: style.color };
      e.dashes = style.dashes;
    });
    nodes = new vis.DataSet(DATA.nodes);
    edgeSet = new vis.DataSet(DATA.edges);
    withTips(shown.keep);
    view = new vis.DataView(nodes, { filter: visible });
    started = performance.now();
    network = GOVKG.network = new vis.Network(document.getElementById("network"),
      { nodes: view, edges: edgeSet }, DATA.options);
    network.on("stabilizationProgress", function () {
      if (performance.now() - started > DATA.settleBudgetMs) { network.stopSimulation(); }
    });
    network.on("stabilizationIterationsDone", settle);
    network.on("stabilized", settle);
    network.on("selectNode", function (p) { showSelected(p.nodes[0]); });
    network.on("doubleClick", function (p) { if (p.nodes.length) { GOVKG.centreOn(p.nodes[0]); } });
    if (!view.length) { settle(); }
    physicsButton.addEventListener("click", function () { setPhysics(!physicsOn); });
    document.getElementById("fit").addEventListener("click", function () { network.fit(); });
  }

  // tooltips are DOM trees: made for the nodes drawn (and their edges) when they are first drawn
  function withTips(keep) {
    var ids = Object.keys(keep || {}).filter(function (id) { return !tipped[id] && byId[id]; });
    nodes.update(ids.map(function (id) { tipped[id] = true; return { id: id, title: tipElement(byId[id].tip) }; }));
    var edges = [];
    ids.forEach(function (id) {
      (touching[id] || []).forEach(function (e) {
        if (e.tip && !e.tipped) { e.tipped = true; edges.push({ id: e.id, title: tipElement(e.tip) }); }
      });
    });
    edgeSet.update(edges);
  }

  function showSelected(id) {
    var box = GOVKG.clear(document.getElementById("selected"));
    if (!id || !byId[id]) { return; }
    box.appendChild(el("div", "已选 selected: "));
    box.appendChild(GOVKG.link(id, byId[id].label + " → 详情 page"));
    var again = el("button", "以此为中心 centre here");
    again.type = "button";
    again.addEventListener("click", function () { GOVKG.centreOn(id); });
    box.appendChild(again);
  }

  // Draw ``id`` and its neighbours (the graph tab's only way to grow).
  GOVKG.centreOn = function (id) {
    if (!byId[id]) { return; }
    shown.centre = id;
    shown.keep = neighbourhood(id);
    showCentre();
    if (!network) { return; }
    withTips(shown.keep);
    GOVKG.settled = false;
    view.refresh();
    setPhysics(true);
    started = performance.now();
    network.stabilize(200);
    network.selectNodes([id]);
    showSelected(id);
    showStatus();
  };

  GOVKG.openGraph = function (id) {
    if (id) { shown.centre = id; }
    shown.keep = shown.centre ? neighbourhood(shown.centre) : {};
    showCentre();
    if (!network) { start(); showStatus(); } else { GOVKG.centreOn(shown.centre); }
  };

  var legend = document.getElementById("legend");
  var counts = {};
  DATA.nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  DATA.classOrder.forEach(function (kind) {
    if (!counts[kind]) { return; }
    var style = DATA.classes[kind];
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = kind;
    box.addEventListener("change", function () { shown.classes[kind] = box.checked; refresh(); });
    var swatch = el("span", null, "swatch");
    swatch.style.background = style.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(style.label + " " + kind + " (" + counts[kind] + ")"));
    legend.appendChild(label);
  });
  var edgeLegend = document.getElementById("edge-legend");
  var edgeCounts = {};
  DATA.edges.forEach(function (e) { edgeCounts[e.label] = (edgeCounts[e.label] || 0) + 1; });
  Object.keys(edgeCounts).sort().forEach(function (label) {
    var style = edgeStyle(label);
    var row = el("div");
    var line = el("span", null, "line");
    line.style.borderTopColor = style.color;
    line.style.borderTopStyle = style.dashes ? "dashed" : "solid";
    row.appendChild(line);
    row.appendChild(document.createTextNode(label + " (" + edgeCounts[label] + ")"));
    edgeLegend.appendChild(row);
  });

  function fillSelect(id, options, key) {
    var select = document.getElementById(id);
    options.forEach(function (o) {
      var option = el("option", o[1]);
      option.value = o[0];
      select.appendChild(option);
    });
    select.addEventListener("change", function () { shown[key] = select.value; refresh(); });
  }
  fillSelect("doc-filter", DATA.documents, "doc");
  fillSelect("year-filter", DATA.years.map(function (y) { return [y, y]; }), "year");

  function refresh() {
    if (view) { view.refresh(); }
    showStatus();
  }

  function rank(n, q) {
    if (n.label === q) { return 0; }
    if (n.alt.indexOf(q) >= 0) { return 1; }
    if (n.label.indexOf(q) === 0) { return 2; }
    return n.label.indexOf(q) >= 0 ? 3 : 4;
  }

  // names matching ``text`` in the whole graph; the first becomes the centre
  GOVKG.search = function (text) {
    var q = text.trim();
    var results = GOVKG.clear(document.getElementById("results"));
    if (!q) { return null; }
    var hits = DATA.nodes.filter(function (n) {
      return n.label.indexOf(q) >= 0 || n.alt.some(function (a) { return a.indexOf(q) >= 0; });
    });
    hits.sort(function (a, b) {
      return rank(a, q) - rank(b, q) || b.size - a.size || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    hits.slice(0, 30).forEach(function (n, i) {
      var item = el("li", n.label, i === 0 ? "current" : "");
      item.appendChild(el("span", DATA.classes[n.kind].label, "kind"));
      item.addEventListener("click", function () { GOVKG.centreOn(n.id); });
      results.appendChild(item);
    });
    if (!hits.length) { results.appendChild(el("li", "没有匹配 no match")); return null; }
    GOVKG.centreOn(hits[0].id);
    return hits[0].id;
  };
  document.getElementById("search").addEventListener("input", function (event) { GOVKG.search(event.target.value); });
  showCentre();
  showStatus();
})();
