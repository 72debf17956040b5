// Shared by the explorer's scripts: the data, and the only ways report text reaches the DOM (textContent).
(function () {
  "use strict";
  var GOVKG = window.GOVKG = {};
  var DATA = GOVKG.data = JSON.parse(document.getElementById("govkg-data").textContent);
  var EX = GOVKG.ex = JSON.parse(document.getElementById("govkg-explorer").textContent);
  GOVKG.nodeCount = DATA.nodes.length;
  GOVKG.edgeCount = DATA.edges.length;
  GOVKG.settled = false;
  var byId = GOVKG.byId = {};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; });

  GOVKG.el = function (tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  };
  var el = GOVKG.el;

  GOVKG.label = function (id) {
    if (byId[id]) { return byId[id].label; }
    return id ? id.split("/").pop() : "";
  };
  // a term's Chinese and English names (verdicts, stages, measures), as the ontology gives them
  GOVKG.name = function (key) {
    var n = EX.names[key];
    return n ? n[0] + " " + n[1] : key;
  };
  GOVKG.href = function (kind, id) { return "#" + kind + "=" + encodeURIComponent(id); };
  GOVKG.link = function (id, text) {
    var node = byId[id];
    var a = el("a", text || GOVKG.label(id));
    a.href = GOVKG.href(node && node.kind === "Metric" ? "indicator" : "entity", id);
    return a;
  };
  GOVKG.verdict = function (key) { return el("span", GOVKG.name(key), "verdict v-" + key); };
  GOVKG.documentTitle = {};
  EX.documents.forEach(function (d) { GOVKG.documentTitle[d[0]] = d; });
  // a sentence with the document (and its year) that says it; the text can be selected and copied
  GOVKG.quote = function (index, cls, prefix) {
    var s = EX.sentences[index];
    var q = el("blockquote", (prefix ? prefix + "：" : "") + s[2], cls);
    var d = GOVKG.documentTitle[s[0]];
    q.appendChild(el("cite", "— " + s[0] + (d && d[1] !== s[0] ? " " + d[1] : "") + (d && d[2] ? " (" + d[2] + ")" : "")));
    return q;
  };
  GOVKG.clear = function (node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; };
})();
