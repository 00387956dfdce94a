/* govkg explorer: the graph embedded in this page, drawn with vis-network; no network access. */
(function () {
  "use strict";
  var violations = [];
  document.addEventListener("securitypolicyviolation", function (e) {
    violations.push(e.violatedDirective + " " + e.blockedURI);
  });

  var data = JSON.parse(document.getElementById("govkg-data").textContent);
  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  var big = data.nodes.length > 800;

  var state = { from: "", to: "", topic: "", hiddenKinds: new Set(), visible: new Set() };

  function overlaps(n) {
    if (!state.from && !state.to) return true;
    if (!n.first_seen && !n.last_seen) return true; // undated entities stay in view
    var first = n.first_seen || n.last_seen, last = n.last_seen || n.first_seen;
    if (state.from && last.slice(0, 7) < state.from) return false;
    if (state.to && first.slice(0, 7) > state.to) return false;
    return true;
  }
  function shown(n) {
    if (state.hiddenKinds.has(n.kind)) return false;
    if (state.topic && n.topics.indexOf(state.topic) < 0) return false;
    return overlaps(n);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {
      id: n.id, label: n.label, kind: n.kind, title: n.label + " (" + n.kind + ")",
      color: { background: n.color, border: "#555", highlight: { background: n.color, border: "#000" } },
      value: Math.log(2 + n.degree), shape: "dot"
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.source, to: e.target, value: e.weight, title: e.title,
             dashes: e.status === "absent" };
  }));
  function recompute() {
    state.visible = new Set();
    data.nodes.forEach(function (n) { if (shown(n)) state.visible.add(n.id); });
  }
  recompute();

  // Filtering hides nodes rather than removing them: the frozen layout stays where it was, and
  // vis-network does not draw the edges of a hidden node.
  function applyVisibility() {
    var changes = [];
    nodes.forEach(function (n) {
      var hidden = !state.visible.has(n.id);
      if (Boolean(n.hidden) !== hidden) changes.push({ id: n.id, hidden: hidden });
    });
    if (changes.length) nodes.update(changes);
  }

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    layout: { improvedLayout: !big, randomSeed: 7 },
    nodes: { scaling: { min: 6, max: 22, label: { enabled: true, min: 11, max: 16, drawThreshold: 6 } },
             font: { size: 12 } },
    edges: { color: { color: big ? "rgba(150,150,170,0.25)" : "#b9b9c3", highlight: "#333" }, smooth: false,
             scaling: { min: 1, max: 6 } },
    physics: { solver: "barnesHut", barnesHut: { gravitationalConstant: big ? -3000 : -8000, springLength: big ? 120 : 160,
                                                  avoidOverlap: big ? 0 : 0.4, damping: 0.4 },
               stabilization: { enabled: true, iterations: big ? 120 : 300, updateInterval: 50, fit: true } },
    interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 150 }
  });
  var ready = false;
  network.once("stabilizationIterationsDone", function () {
    // freeze the layout: filtering and clicking must not set thousands of nodes moving again
    network.setOptions({ physics: false });
    ready = true;
    status();
  });

  // ----- controls
  var kinds = {};
  data.nodes.forEach(function (n) { kinds[n.kind] = kinds[n.kind] || n.color; });
  var legend = document.getElementById("legend");
  Object.keys(kinds).sort().forEach(function (kind) {
    var li = document.createElement("li");
    li.dataset.kind = kind;
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) state.hiddenKinds.delete(kind); else state.hiddenKinds.add(kind);
      refresh();
    });
    var sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = kinds[kind];
    var text = document.createElement("span");
    text.className = "count";
    label.append(box, sw, text);
    li.append(label);
    legend.append(li);
  });
  function updateLegend() {
    var counts = {};
    state.visible.forEach(function (id) { var k = byId.get(id).kind; counts[k] = (counts[k] || 0) + 1; });
    legend.querySelectorAll("li").forEach(function (li) {
      var c = counts[li.dataset.kind] || 0;
      li.dataset.count = String(c);
      li.querySelector(".count").textContent = li.dataset.kind + " (" + c + ")";
    });
  }
  function status() {
    document.getElementById("status").textContent =
      state.visible.size + " of " + data.nodes.length + " nodes" + (ready ? "" : " · laying out…") +
      (data.public ? " · public mode" : "");
  }

  var topicSelect = document.getElementById("topic");
  data.topics.forEach(function (t) {
    var o = document.createElement("option");
    o.value = t.id; o.textContent = t.label + " (" + t.count + ")";
    topicSelect.append(o);
  });
  var from = document.getElementById("time-from"), to = document.getElementById("time-to");
  if (data.span.from) { from.min = to.min = data.span.from; from.placeholder = data.span.from; }
  if (data.span.to) { from.max = to.max = data.span.to; to.placeholder = data.span.to; }

  function refresh() {
    state.from = from.value; state.to = to.value; state.topic = topicSelect.value;
    recompute();
    applyVisibility();
    updateLegend();
    status();
    search();
  }
  [from, to, topicSelect].forEach(function (el) { el.addEventListener("change", refresh); });
  document.getElementById("reset").addEventListener("click", function () {
    from.value = ""; to.value = ""; topicSelect.value = ""; state.hiddenKinds.clear();
    legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    refresh();
    network.fit();
  });

  // ----- search
  var searchBox = document.getElementById("search"), results = document.getElementById("results");
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  data.nodes.forEach(function (n) { n._text = fold([n.label, n.kind, n.facts.municipality || ""].join(" ")); });
  function search() {
    var q = fold(searchBox.value.trim());
    results.textContent = "";
    if (!q) return;
    var hits = data.nodes.filter(function (n) { return state.visible.has(n.id) && n._text.indexOf(q) >= 0; });
    hits.slice(0, 50).forEach(function (n) {
      var li = document.createElement("li");
      li.dataset.id = n.id;
      li.textContent = n.label;
      var k = document.createElement("span");
      k.className = "kind"; k.textContent = n.kind;
      li.append(k);
      li.addEventListener("click", function () { select(n.id, true); });
      results.append(li);
    });
    if (hits.length > 50) {
      var more = document.createElement("li");
      more.textContent = "… " + (hits.length - 50) + " more";
      results.append(more);
    }
  }
  searchBox.addEventListener("input", search);
  searchBox.addEventListener("keydown", function (e) {
    var first = results.querySelector("li[data-id]");
    if (e.key === "Enter" && first) select(first.dataset.id, true);
  });

  // ----- details
  var details = document.getElementById("details");
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function show(id) {
    var n = byId.get(id);
    details.textContent = "";
    if (!n) return;
    details.dataset.id = id;
    details.append(el("h2", n.label));
    var table = el("table");
    var facts = Object.assign({ kind: n.kind }, n.facts);
    Object.keys(facts).forEach(function (k) {
      var tr = el("tr");
      tr.append(el("th", k.replace(/_/g, " ")), el("td", String(facts[k])));
      table.append(tr);
    });
    details.append(table);
    var neighbours = network.getConnectedNodes(id).map(function (m) { return byId.get(m); });
    if (neighbours.length) {
      details.append(el("h3", "Connected (" + neighbours.length + ")"));
      var ul = el("ul", undefined, "neighbours");
      neighbours.sort(function (a, b) { return a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label); });
      neighbours.slice(0, 40).forEach(function (m) {
        var li = el("li");
        var a = el("span", m.label, "neighbour");
        a.addEventListener("click", function () { select(m.id, true); });
        li.append(a, el("span", m.kind, "kind"));
        ul.append(li);
      });
      details.append(ul);
    }
    details.append(el("h3", "Source sentences (" + n.sources.length + ")"));
    var list = el("div", undefined, "sources");
    if (!n.sources.length) list.append(el("p", "No quotes recorded for this node.", "hint"));
    n.sources.forEach(function (s) {
      var bq = el("blockquote", s.text);
      if (s.meeting) bq.append(el("cite", s.meeting));
      list.append(bq);
    });
    details.append(list);
  }
  function select(id, focus) {
    if (!state.visible.has(id)) return;
    network.selectNodes([id]);
    if (focus) network.focus(id, { scale: 1.5, animation: false });
    show(id);
  }
  network.on("click", function (params) {
    if (params.nodes.length) show(params.nodes[0]);
  });

  updateLegend();
  status();
  // for tests and for the browser console
  window.govkg = {
    network: network, nodes: nodes, edges: edges, data: data, select: select, violations: violations,
    isReady: function () { return ready; },
    // what the canvas shows, read back from vis-network itself
    visibleIds: function () {
      var body = network.body.nodes;
      return Object.keys(body).filter(function (id) { return !body[id].options.hidden; });
    },
    domPosition: function (id) {
      var p = network.canvasToDOM(network.getPositions([id])[id]);
      var r = container.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }
  };
})();
