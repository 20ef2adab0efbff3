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
        rate: "Even geduld; te veel verzoeken.", closed: "De zaal is gesloten.", server: "Er ging iets mis; niet bewaard.",
        name: "Vul eerst uw naam in.", card: "Deze zaal werkt met aanmeldkaarten: scan de QR-code op uw kaart.",
        card_used: "Deze kaart is al gebruikt op een ander toestel.", full: "De zaal is vol.",
        busy: "Niet bewaard; het wordt opnieuw geprobeerd.", too_large: "Dit verzoek is te groot." },
      privacy: { anonymous: "Anoniem: niemand ziet wie wat inzond, ook de procesmanager niet.",
        municipality: "Per gemeente: bij uw inzending staat uw gemeente, niet uw naam.",
        named: "Op naam: bij uw inzending staan uw naam en uw gemeente." },
      nameLabel: "Uw naam (deze ronde is op naam)", change: "Stem wijzigen", changed: "Uw nieuwe stem telt; de vorige niet meer.",
      chooseAnswer: "Kies eerst een antwoord.", yourChoice: "Uw keuze: ", votes: "stemmen", vote: "stem",
      cardsOnly: "Deze zaal werkt met aanmeldkaarten: scan de QR-code op uw eigen kaart.",
      textTitle: { statements: "Uitspraken over de gedeelde ambitie", interests: "Belangen van uw gemeente", swot: "SWOT",
        ideas: "Ideeën voor taakvelden" },
      textHelp: "Typ een tekst; de procesmanager bekijkt hem voordat hij in het document komt.",
      kindHelp: { ideas: "Noem een taakveld dat volgens u op de lijst hoort, in een paar woorden. De procesmanager bekijkt het voordat het op de lange lijst komt." },
      quadrant: { strengths: "Sterkte", weaknesses: "Zwakte", opportunities: "Kans", threats: "Bedreiging" },
      chooseQuadrant: "Kies eerst sterkte, zwakte, kans of bedreiging."
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
        rate: "Please wait; too many requests.", closed: "The room is closed.", server: "Something went wrong; not stored.",
        name: "Please enter your name first.", card: "This room works with join cards: scan the QR code on your card.",
        card_used: "This card has already been used on another device.", full: "The room is full.",
        busy: "Not stored; it will be tried again.", too_large: "This request is too large.",
        refused: "The facilitator's document did not take this; nothing was stored." },
      privacy: { anonymous: "Anonymous: nobody sees who sent what, not even the facilitator.",
        municipality: "By municipality: your municipality is shown with what you send, not your name.",
        named: "Named: your name and municipality are shown with what you send." },
      nameLabel: "Your name (this round is named)", change: "Change my vote", changed: "Your new vote counts; the earlier one no longer does.",
      chooseAnswer: "Please choose an answer first.", yourChoice: "Your choice: ", votes: "votes", vote: "vote",
      cardsOnly: "This room works with join cards: scan the QR code on your own card.",
      textTitle: { statements: "Statements on the shared ambition", interests: "Your municipality's interests", swot: "SWOT",
        ideas: "Ideas for task fields" },
      textHelp: "Type a text; the facilitator reviews it before it enters the document.",
      kindHelp: { ideas: "Name a task field that you think belongs on the list, in a few words. The facilitator reviews it before it goes on the long list." },
      quadrant: { strengths: "Strength", weaknesses: "Weakness", opportunities: "Opportunity", threats: "Threat" },
      chooseQuadrant: "Please choose strength, weakness, opportunity or threat first."
    }
  };
  var token = decodeURIComponent(location.pathname.split("/")[2] || "");
  var store = window.localStorage;
  var prefix = "staan-room-" + token + "-";
  var lang = store.getItem("staan-room-lang") || ((navigator.language || "nl").slice(0, 2) === "nl" ? "nl" : "en");
  var state = null, shownRound = null, lastRound = null, stopped = false, changing = null;
  // A join card's token comes after "#k=": never sent in a request line, only in the join.
  var hashCard = (location.hash.match(/[#&]k=([A-Za-z0-9_-]{8,64})/) || [])[1];
  if (hashCard) { store.setItem(prefix + "card", JSON.stringify(hashCard)); history.replaceState(null, "", location.pathname); }
  var QUADRANTS = ["strengths", "weaknesses", "opportunities", "threats"];

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
    ["join", "wait", "scoring", "poll", "done", "statements", "results"].forEach(function (id) { $(id).hidden = ids.indexOf(id) < 0; });
  }
  function translate() {
    document.documentElement.lang = lang;
    $("lang").textContent = lang === "nl" ? "EN" : "NL";
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (el) { el.textContent = t(el.getAttribute("data-t")); });
  }

  function call(method, path, body) {
    var headers = { "X-Room-Token": token };
    var device = get("device"), card = get("card");
    if (device) headers["X-Room-Device"] = device;
    else if (card) headers["X-Room-Card"] = card;
    if (body) headers["Content-Type"] = "application/json";
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: "no-store" })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          data._status = response.status;
          return data;
        });
      });
  }
  // A refusal in the phone's language: its own text for the code; the laptop's words (Dutch,
  // about what the document refused) only on a Dutch phone, else this language's general line.
  function refusal(data, fallback) {
    var own = t("errors")[data.error];
    if (own) return own;
    if (lang === "nl" && data.message) return data.message;
    return t("errors").refused || fallback;
  }
  function refused(data) {
    if (data._status === 403) { stopped = true; show([]); status(t("expired"), true); return true; }
    if (data._status === 401) { store.removeItem(prefix + "device"); status(t("rejoin"), true); join(); return true; }
    return false;
  }

  // Joining -------------------------------------------------------------------------------
  function joinAs(municipality) {
    call("POST", "/api/join", { municipality: municipality, card: get("card") || undefined }).then(function (data) {
      if (refused(data)) return;
      if (data.device) { put("device", data.device); status(""); poll(); }
      else status(refusal(data, ""), true);
    });
  }
  function join() {
    call("GET", "/api/info").then(function (info) {
      if (refused(info)) return;
      $("title").textContent = info.title || "STAAN";
      if (info.cards && !info.card) { show([]); status(get("card") ? t("errors").card : t("cardsOnly"), true); return; }
      if (info.card && info.card.used) { show([]); status(t("errors").card_used, true); return; }
      // A card that names the municipality joins at once; otherwise the phone chooses.
      if (info.card && info.card.municipality) { joinAs(info.card.municipality); return; }
      var list = $("municipalities");
      list.textContent = "";
      (info.municipalities || []).forEach(function (m) {
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = m.name;
        b.addEventListener("click", function () { joinAs(m.id); });
        list.appendChild(b);
      });
      show(["join"]);
    }).catch(function () { status(t("retry"), true); setTimeout(join, 3000); });
  }
  // The name a named round stores (typed once; a named card brings its own).
  function withName(payload) {
    var round = state && state.round;
    if (round && round.needs_name) {
      var name = $("name").value.trim();
      if (!name) { status(t("errors").name, true); $("name").focus(); return null; }
      payload.name = name;
    }
    return payload;
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
      status(refusal(data, t("errors").server), true);
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
    var payload = withName(get("ballot") || { submission: newId(), round: round.id, scores: scores });
    if (!payload) return;
    put("ballot", payload);
    $("send-ballot").disabled = true;
    status(t("sending"));
    deliver("/api/ballot", payload, "ballot", 0, function (ok, data) {
      $("send-ballot").disabled = false;
      if (ok || (data && data.error === "voted")) { status(changing === round.id ? t("changed") : t("saved")); changing = null; round.done = true; render(); }
    });
  });

  // A poll ----------------------------------------------------------------------------------
  function buildPoll(round) {
    $("question").textContent = round.question;
    var box = $("answers");
    box.textContent = "";
    round.items.forEach(function (choice) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "answer";
      input.value = String(choice.id);
      var face = document.createElement("span");
      face.textContent = choice.name;
      label.appendChild(input);
      label.appendChild(face);
      box.appendChild(label);
    });
  }
  $("send-vote").addEventListener("click", function () {
    var round = state && state.round;
    if (!round) return;
    var chosen = document.querySelector("input[name='answer']:checked");
    if (!chosen) { status(t("chooseAnswer"), true); return; }
    var payload = withName(get("vote") || { submission: newId(), round: round.id, choice: parseInt(chosen.value, 10) });
    if (!payload) return;
    put("vote", payload);
    put("choice-" + round.id, chosen.parentNode.textContent);
    $("send-vote").disabled = true;
    status(t("sending"));
    deliver("/api/vote", payload, "vote", 0, function (ok) {
      $("send-vote").disabled = false;
      if (ok) { status(changing === round.id ? t("changed") : t("saved")); changing = null; round.done = true; render(); }
    });
  });
  $("change-vote").addEventListener("click", function () {
    var round = state && state.round;
    if (!round) return;
    changing = round.id;
    // The next send is a new vote with a new id; the earlier one was acknowledged.
    store.removeItem(prefix + "ballot");
    store.removeItem(prefix + "vote");
    status("");
    render();
  });

  // Statements ----------------------------------------------------------------------------
  function mine() { return get("mine") || []; }
  function listMine(roundId) {
    var ul = $("mine");
    ul.textContent = "";
    mine().filter(function (m) { return m.round === roundId; }).forEach(function (m) {
      var li = document.createElement("li");
      var part = m.quadrant ? t("quadrant")[m.quadrant] + ": " : "";
      li.textContent = part + m.text + " — " + (m.stored ? t("saved") + " ✓ (" + t("waiting") + ")" : t("sending"));
      ul.appendChild(li);
    });
  }
  function sendStatement(entry) {
    var body = { submission: entry.id, round: entry.round, text: entry.text, quadrant: entry.quadrant, name: entry.name };
    deliver("/api/contribution", body, "none", 0, function (ok) {
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
    var quadrant = document.querySelector("input[name='quadrant']:checked");
    if (round.kind === "swot" && !quadrant) { status(t("chooseQuadrant"), true); return; }
    var named = withName({});
    if (!named) return;
    var entry = { id: newId(), round: round.id, text: text, stored: false, quadrant: quadrant ? quadrant.value : undefined, name: named.name };
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
    if (results.texts) {
      var ul = document.createElement("ul");
      ul.className = "plain";
      results.texts.forEach(function (s) {
        var li = document.createElement("li");
        li.textContent = (s.quadrant ? t("quadrant")[s.quadrant] + ": " : "") + s.text + (s.by ? " — " + s.by : "");
        ul.appendChild(li);
      });
      body.appendChild(ul);
    }
    if (results.poll) {
      var total = results.poll.reduce(function (n, c) { return n + c.count; }, 0) || 1;
      var h = document.createElement("p");
      h.className = "big";
      h.textContent = round.question;
      body.appendChild(h);
      results.poll.forEach(function (c) {
        var row = document.createElement("div");
        row.className = "answer-result";
        var label = document.createElement("div");
        label.textContent = c.text + ": " + c.count + " " + (c.count === 1 ? t("vote") : t("votes"));
        var bar = document.createElement("div");
        bar.className = "bar";
        bar.style.width = Math.round(100 * c.count / total) + "%";
        row.appendChild(label);
        row.appendChild(bar);
        if (c.by && c.by.length) { var by = document.createElement("div"); by.className = "by"; by.textContent = c.by.join(", "); row.appendChild(by); }
        body.appendChild(row);
      });
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
  // The words of a text round, apart from its inputs: a change of language keeps what was chosen.
  function labelTexts(round) {
    var title = t("textTitle")[round.kind] || "";
    $("text-title").textContent = round.target ? title + ": " + round.target : title;
    $("text-help").textContent = t("kindHelp")[round.kind] || t("textHelp");
    Array.prototype.forEach.call(document.querySelectorAll("#quadrants [data-q]"), function (el) {
      el.textContent = t("quadrant")[el.getAttribute("data-q")];
    });
  }
  function buildTexts(round) {
    var box = $("quadrants");
    box.textContent = "";
    box.hidden = round.kind !== "swot";
    if (round.kind === "swot") {
      QUADRANTS.forEach(function (q) {
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "radio";
        input.name = "quadrant";
        input.value = q;
        var face = document.createElement("span");
        face.setAttribute("data-q", q);
        label.appendChild(input);
        label.appendChild(face);
        box.appendChild(label);
      });
    }
    labelTexts(round);
  }
  function render() {
    if (!state) return;
    $("title").textContent = state.title || "STAAN";
    $("who").textContent = t("you") + (state.name ? state.name + ", " : "") + state.municipality;
    var round = state.round;
    var parts = [];
    // A new round starts with a clean line: "stored" belonged to the last one.
    if (round && round.id !== lastRound) { lastRound = round.id; status(""); changing = null; }
    var open = round && round.state === "open";
    // Every round says what is kept of who sent what, while it is open and with its outcome.
    var told = round && (open || round.revealed);
    $("privacy").hidden = !told;
    if (told) $("privacy").textContent = t("privacy")[round.anonymity] || "";
    $("name-box").hidden = !(open && round.needs_name);
    if (!round || (!open && !round.revealed)) parts.push("wait");
    else if (open && (round.kind === "task_fields" || round.kind === "options" || round.kind === "poll")) {
      var scoring = round.kind !== "poll";
      if (shownRound !== round.id) {
        if (scoring) buildBallot(round); else buildPoll(round);
        shownRound = round.id;
        store.removeItem(prefix + "ballot");
        store.removeItem(prefix + "vote");
      }
      if (round.done && changing !== round.id) {
        parts.push("done");
        var mineChoice = scoring ? null : get("choice-" + round.id);
        $("your-vote").textContent = mineChoice ? t("yourChoice") + mineChoice : "";
      } else {
        parts.push(scoring ? "scoring" : "poll");
      }
    } else if (open) {
      parts.push("statements");
      if (shownRound !== round.id) { shownRound = round.id; buildTexts(round); listMine(round.id); }
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
    if (state && state.round && shownRound === state.round.id && !$("statements").hidden) labelTexts(state.round);
    render();
  });
  translate();
  // What was sent but never acknowledged goes again, with its own id.
  mine().filter(function (m) { return !m.stored; }).forEach(sendStatement);
  var pending = get("ballot"), pendingVote = get("vote");
  if (pending) deliver("/api/ballot", pending, "ballot", 0, function () { poll(); });
  if (pendingVote) deliver("/api/vote", pendingVote, "vote", 0, function () { poll(); });
  poll();
})();
