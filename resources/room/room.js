"use strict";
// The participant's page: join for a municipality, score a round, send statements, see
// results once revealed. Every submission carries an id made here and kept until the
// laptop acknowledged it, so a resend after a lost connection is never counted twice.
(function () {
  var T = {
    nl: {
      chooseTitle: "Voor welke gemeente doet u mee?", chooseHelp: "Kies eenmalig; dit toestel blijft aangemeld.",
      wait: "Wacht op de volgende ronde…", scoreTitle: "Geef uw scores",
      scoreHelp: "Per taakveld of optie en per criterium één score. Uw gemeente krijgt de afgesproken uitkomst van alle deelnemers.",
      send: "Versturen", voted: "Uw stem is opgeslagen. Dank u!", statementTitle: "Uitspraken over de gedeelde ambitie",
      statementHelp: "Typ een uitspraak; de procesmanager bekijkt haar voordat zij in het document komt.",
      results: "Uitkomst", saved: "Opgeslagen", sending: "Bezig met versturen…", retry: "Geen verbinding; opnieuw proberen…",
      incomplete: "Geef eerst bij elk criterium een score.", expired: "Deze toegang is verlopen of onjuist. Scan de QR-code opnieuw.",
      rejoin: "Dit toestel is niet (meer) aangemeld.", you: "U doet mee voor: ", waiting: "wacht op de procesmanager",
      item: "Onderdeel", criterion: "Criterium", score: "Score", noResults: "Nog geen uitkomst.",
      errors: { invalid: "Dit kon niet worden bewaard.", voted: "U hebt in deze ronde al gestemd.", no_round: "Deze ronde is gesloten.",
        rate: "Even geduld; te veel verzoeken.", closed: "De zaal is gesloten.", server: "Er ging iets mis; niet bewaard." }
    },
    en: {
      chooseTitle: "Which municipality do you take part for?", chooseHelp: "Choose once; this device stays joined.",
      wait: "Waiting for the next round…", scoreTitle: "Give your scores",
      scoreHelp: "One score per task field or option and per criterion. Your municipality gets the agreed outcome of all participants.",
      send: "Send", voted: "Your vote is stored. Thank you!", statementTitle: "Statements on the shared ambition",
      statementHelp: "Type a statement; the facilitator reviews it before it enters the document.",
      results: "Outcome", saved: "Stored", sending: "Sending…", retry: "No connection; trying again…",
      incomplete: "Please give a score for every criterion first.", expired: "This link has expired or is wrong. Scan the QR code again.",
      rejoin: "This device is not joined (any more).", you: "You take part for: ", waiting: "waiting for the facilitator",
      item: "Item", criterion: "Criterion", score: "Score", noResults: "No outcome yet.",
      errors: { invalid: "This could not be stored.", voted: "You have already voted in this round.", no_round: "This round is closed.",
        rate: "Please wait; too many requests.", closed: "The room is closed.", server: "Something went wrong; not stored." }
    }
  };
  var token = decodeURIComponent(location.pathname.split("/")[2] || "");
  var store = window.localStorage;
  var prefix = "staan-room-" + token + "-";
  var lang = store.getItem("staan-room-lang") || ((navigator.language || "nl").slice(0, 2) === "nl" ? "nl" : "en");
  var state = null, shownRound = null, lastRound = null, stopped = false;

  function $(id) { return document.getElementById(id); }
  function t(key) { return T[lang][key]; }
  function get(key) { try { return JSON.parse(store.getItem(prefix + key)); } catch (e) { return null; } }
  function put(key, value) { store.setItem(prefix + key, JSON.stringify(value)); }
  function newId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function status(text, error) { var s = $("status"); s.textContent = text || ""; s.className = error ? "error" : ""; }
  function show(ids) {
    ["join", "wait", "scoring", "done", "statements", "results"].forEach(function (id) { $(id).hidden = ids.indexOf(id) < 0; });
  }
  function translate() {
    document.documentElement.lang = lang;
    $("lang").textContent = lang === "nl" ? "EN" : "NL";
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (el) { el.textContent = t(el.getAttribute("data-t")); });
  }

  function call(method, path, body) {
    var headers = { "X-Room-Token": token };
    var device = get("device");
    if (device) headers["X-Room-Device"] = device;
    if (body) headers["Content-Type"] = "application/json";
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: "no-store" })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          data._status = response.status;
          return data;
        });
      });
  }
  function refused(data) {
    if (data._status === 403) { stopped = true; show([]); status(t("expired"), true); return true; }
    if (data._status === 401) { store.removeItem(prefix + "device"); status(t("rejoin"), true); join(); return true; }
    return false;
  }

  // Joining -------------------------------------------------------------------------------
  function join() {
    call("GET", "/api/info").then(function (info) {
      if (refused(info)) return;
      $("title").textContent = info.title || "STAAN";
      var list = $("municipalities");
      list.textContent = "";
      (info.municipalities || []).forEach(function (m) {
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = m.name;
        b.addEventListener("click", function () {
          call("POST", "/api/join", { municipality: m.id }).then(function (data) {
            if (refused(data)) return;
            if (data.device) { put("device", data.device); status(""); poll(); }
            else status(t("errors")[data.error] || data.message || "", true);
          });
        });
        list.appendChild(b);
      });
      show(["join"]);
    }).catch(function () { status(t("retry"), true); setTimeout(join, 3000); });
  }

  // Scoring -------------------------------------------------------------------------------
  function buildBallot(round) {
    var form = $("ballot");
    form.textContent = "";
    round.items.forEach(function (item) {
      var set = document.createElement("fieldset");
      var legend = document.createElement("legend");
      legend.textContent = item.name;
      set.appendChild(legend);
      round.criteria.forEach(function (c) {
        var row = document.createElement("div");
        row.className = "criterion";
        var name = document.createElement("div");
        name.textContent = c.name;
        row.appendChild(name);
        var scale = document.createElement("div");
        scale.className = "scale";
        scale.setAttribute("role", "radiogroup");
        scale.setAttribute("aria-label", item.name + ": " + c.name);
        for (var v = c.min; v <= c.max; v++) {
          var label = document.createElement("label");
          var input = document.createElement("input");
          input.type = "radio";
          input.name = "s-" + item.id + "-" + c.id;
          input.value = String(v);
          var face = document.createElement("span");
          face.textContent = String(v);
          label.appendChild(input);
          label.appendChild(face);
          scale.appendChild(label);
        }
        row.appendChild(scale);
        set.appendChild(row);
      });
      form.appendChild(set);
    });
  }
  function collect(round) {
    var scores = [];
    for (var i = 0; i < round.items.length; i++) {
      for (var j = 0; j < round.criteria.length; j++) {
        var item = round.items[i], c = round.criteria[j];
        var chosen = document.querySelector("input[name='s-" + item.id + "-" + c.id + "']:checked");
        if (!chosen) return null;
        scores.push([item.id, c.id, parseInt(chosen.value, 10)]);
      }
    }
    return scores;
  }
  // Send until the laptop says it is stored; the same id every time.
  function deliver(path, payload, key, attempt, done) {
    call("POST", path, payload).then(function (data) {
      if (refused(data)) return;
      if (data.stored) { store.removeItem(prefix + key); done(true); return; }
      if (data._status === 503 || data._status === 429) { retry(); return; }
      store.removeItem(prefix + key);
      status(t("errors")[data.error] || data.message || t("errors").server, true);
      done(false, data);
    }).catch(retry);
    function retry() {
      status(t("retry"), true);
      setTimeout(function () { deliver(path, payload, key, attempt + 1, done); }, Math.min(8000, 500 * Math.pow(2, attempt)));
    }
  }
  $("send-ballot").addEventListener("click", function () {
    var round = state && state.round;
    if (!round) return;
    var scores = collect(round);
    if (!scores) { status(t("incomplete"), true); return; }
    var payload = get("ballot") || { submission: newId(), round: round.id, scores: scores };
    put("ballot", payload);
    $("send-ballot").disabled = true;
    status(t("sending"));
    deliver("/api/ballot", payload, "ballot", 0, function (ok, data) {
      $("send-ballot").disabled = false;
      if (ok || (data && data.error === "voted")) { status(t("saved")); round.done = true; render(); }
    });
  });

  // Statements ----------------------------------------------------------------------------
  function mine() { return get("mine") || []; }
  function listMine(roundId) {
    var ul = $("mine");
    ul.textContent = "";
    mine().filter(function (m) { return m.round === roundId; }).forEach(function (m) {
      var li = document.createElement("li");
      li.textContent = m.text + " — " + (m.stored ? t("saved") + " ✓ (" + t("waiting") + ")" : t("sending"));
      ul.appendChild(li);
    });
  }
  function sendStatement(entry) {
    deliver("/api/contribution", { submission: entry.id, round: entry.round, text: entry.text }, "none", 0, function (ok) {
      var all = mine();
      all.forEach(function (m) { if (m.id === entry.id) { m.stored = ok; m.failed = !ok; } });
      put("mine", all.filter(function (m) { return !m.failed; }));
      if (ok) status(t("saved"));
      listMine(entry.round);
    });
  }
  $("send-statement").addEventListener("click", function () {
    var round = state && state.round;
    var text = $("statement").value.trim();
    if (!round || !text) return;
    var entry = { id: newId(), round: round.id, text: text, stored: false };
    var all = mine();
    all.push(entry);
    put("mine", all);
    $("statement").value = "";
    status(t("sending"));
    listMine(round.id);
    sendStatement(entry);
  });

  // Results -------------------------------------------------------------------------------
  function showResults(round, results) {
    var body = $("result-body");
    body.textContent = "";
    if (results.statements) {
      var ul = document.createElement("ul");
      ul.className = "plain";
      results.statements.forEach(function (s) { var li = document.createElement("li"); li.textContent = s; ul.appendChild(li); });
      body.appendChild(ul);
    }
    if (results.scores) {
      var names = {}, crit = {};
      round.items.forEach(function (i) { names[i.id] = i.name; });
      round.criteria.forEach(function (c) { crit[c.id] = c.name; });
      var table = document.createElement("table");
      var head = table.insertRow();
      [t("item"), t("criterion"), t("score")].forEach(function (h) { var th = document.createElement("th"); th.textContent = h; head.appendChild(th); });
      results.scores.forEach(function (s) {
        var tr = table.insertRow();
        [names[s[0]], crit[s[1]], String(s[2])].forEach(function (v) { tr.insertCell().textContent = v; });
      });
      body.appendChild(table);
    }
    if (!body.firstChild) body.textContent = t("noResults");
  }

  // The round as the laptop says it is ----------------------------------------------------
  function render() {
    if (!state) return;
    $("title").textContent = state.title || "STAAN";
    $("who").textContent = t("you") + state.municipality;
    var round = state.round;
    var parts = [];
    // A new round starts with a clean line: "stored" belonged to the last one.
    if (round && round.id !== lastRound) { lastRound = round.id; status(""); }
    if (!round || (round.state !== "open" && !round.revealed)) parts.push("wait");
    else if (round.state === "open" && (round.kind === "task_fields" || round.kind === "options")) {
      if (round.done) parts.push("done");
      else {
        if (shownRound !== round.id) { buildBallot(round); shownRound = round.id; store.removeItem(prefix + "ballot"); }
        parts.push("scoring");
      }
    } else if (round.state === "open" && round.kind === "statements") {
      parts.push("statements");
      if (shownRound !== round.id) { shownRound = round.id; listMine(round.id); }
    }
    if (round && round.revealed && state.results) { parts.push("results"); showResults(round, state.results); }
    show(parts);
  }
  function poll() {
    if (stopped) return;
    if (!get("device")) { join(); return; }
    call("GET", "/api/state").then(function (data) {
      if (refused(data)) return;
      if (data._status === 200) { state = data; render(); if ($("status").className === "error") status(""); }
      setTimeout(poll, 2000);
    }).catch(function () { status(t("retry"), true); setTimeout(poll, 3000); });
  }

  $("lang").addEventListener("click", function () {
    lang = lang === "nl" ? "en" : "nl";
    store.setItem("staan-room-lang", lang);
    translate();
    render();
  });
  translate();
  // What was sent but never acknowledged goes again, with its own id.
  mine().filter(function (m) { return !m.stored; }).forEach(sendStatement);
  var pending = get("ballot");
  if (pending) deliver("/api/ballot", pending, "ballot", 0, function () { poll(); });
  poll();
})();
