/* Point B phone page: join, write, vote and answer from a phone on the room's network.
   Every action gets an id made here and waits in an outbox (kept in the phone's storage)
   until the laptop confirms it, so a phone that sleeps or loses the Wi-Fi sends it again
   with the same id: the laptop applies it once. Text is only ever set as text. */
"use strict";
(function () {
  // The texts come with the page, in the phone's language (the laptop's catalogues).
  var TEXTS = {};
  try { TEXTS = JSON.parse(document.documentElement.getAttribute("data-texts") || "{}"); } catch (e) { TEXTS = {}; }
  function t(key, params) {
    var text = TEXTS[key] || key;
    Object.keys(params || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(params[name]));
    });
    return text;
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }
  function load(key, fallback) {
    try {
      var raw = window.localStorage.getItem(key);
      return raw === null ? fallback : JSON.parse(raw);
    } catch (e) { return fallback; }
  }
  function store(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full */ }
  }

  var base = window.location.pathname.replace(/\/(index\.html)?$/, "") + "/";
  var token = base.split("/")[2] || "";
  var device = load("pointb-device", null);
  if (!device) { device = randomId(); store("pointb-device", device); }
  // Kept per laptop address, not per session: what a phone could not send before the
  // facilitator restarted the room goes to the new session.
  var outboxKey = "pointb-outbox";
  var draftKey = "pointb-draft";
  var outbox = load(outboxKey, []);
  var state = null;
  var editing = null; // the note id being edited
  var sending = false;
  var kanoPicks = {}; // candidate id -> [functional, dysfunctional]
  var rejoined = false; // joined again by the remembered name on this page load
  var changing = false; // the participant asked to change their name or team
  var needsJoin = false; // the laptop does not know this phone: nothing but a join is sent

  document.querySelectorAll("[data-t]").forEach(function (node) {
    node.textContent = t(node.getAttribute("data-t"));
  });
  $("draft").value = load(draftKey, "");
  $("draft").addEventListener("input", function () { store(draftKey, $("draft").value); });

  function showStatus(text, isError) {
    var status = $("status");
    status.hidden = !text;
    status.textContent = text || "";
    status.className = isError ? "error" : "";
  }

  function headers(extra) {
    var result = { "X-Room-Device": device };
    Object.keys(extra || {}).forEach(function (k) { result[k] = extra[k]; });
    return result;
  }

  function send(action) {
    action.id = randomId();
    if (action.op === "join") {
      outbox.unshift(action); // who the phone is comes before what it sends
    } else {
      outbox.push(action);
    }
    store(outboxKey, outbox);
    render();
    flush();
  }

  function flush() {
    if (sending || outbox.length === 0 || (needsJoin && outbox[0].op !== "join")) { return; }
    sending = true;
    var action = outbox[0];
    fetch(base + "api/act", {
      method: "POST",
      headers: headers({ "Content-Type": "application/json", "X-Room-Token": token }),
      body: JSON.stringify(action),
      cache: "no-store"
    }).then(function (response) {
      if (response.status === 429 || response.status >= 500) { throw new Error("retry"); }
      if (response.status === 403) { throw new Error("ended"); }
      return response.json();
    }).then(function (answer) {
      sending = false;
      if (answer.join) {
        // The laptop does not know this phone (a new session): join first, then send the
        // same action again with the same id.
        state = state || {};
        state.me = null;
        var remembered = load("pointb-me", null);
        needsJoin = true; // only a join goes out until one succeeds
        if (pendingOf("join").length === 0 && remembered && !rejoined) {
          rejoined = true;
          send({ op: "join", name: remembered.name, team_id: remembered.team_id });
        } else {
          render();
          flush(); // a join already waiting goes first
        }
        return;
      }
      outbox.shift();
      store(outboxKey, outbox);
      if (action.op === "join" && answer.ok) { needsJoin = false; }
      if (!answer.ok && (action.op === "write" || action.op === "edit") && !$("draft").value) {
        $("draft").value = action.text; // refused (too long, wrong step): the text is not lost
        store(draftKey, action.text);
      }
      showStatus(answer.ok ? "" : answer.error, !answer.ok);
      refresh();
      flush();
    }).catch(function (error) {
      sending = false;
      if (error && error.message === "ended") {
        // This address belongs to a session that is over: keep everything for the new one.
        showStatus(t("ended"), true);
        return;
      }
      showStatus(t("offline"), true);
      window.setTimeout(flush, 3000);
    });
  }

  function refresh() {
    fetch(base + "api/state", { headers: headers(), cache: "no-store" })
      .then(function (response) {
        if (!response.ok) { throw new Error("state"); }
        return response.json();
      })
      .then(function (fresh) {
        state = fresh;
        if (outbox.length === 0 && $("status").textContent === t("offline")) { showStatus(""); }
        render();
      })
      .catch(function () { if (outbox.length === 0) { showStatus(t("offline"), true); } });
  }

  function pendingOf(op) {
    return outbox.filter(function (a) { return a.op === op; });
  }

  function render() {
    if (!state) { return; }
    $("room").textContent = t("room", { code: state.code });
    var me = state.me;
    var team = me && state.teams.filter(function (x) { return x.id === me.team_id; })[0];
    $("whoami").textContent = me ? me.name + (team ? " · " + team.name : "") : "";
    var remembered = load("pointb-me", null);
    if (!me && remembered && !rejoined && pendingOf("join").length === 0) {
      // A new session on the same laptop (the facilitator restarted it): same name, team.
      rejoined = true;
      send({ op: "join", name: remembered.name, team_id: remembered.team_id });
      return;
    }
    if (me) { store("pointb-me", { name: me.name, team_id: me.team_id }); }
    var joining = (!me || changing) && pendingOf("join").length === 0;
    $("join").hidden = !joining;
    if (joining) { renderJoin(); }
    var task = me && !joining ? state.task : "none";
    $("step").hidden = task === "none";
    $("title").textContent = state.title || "";
    $("instructions").textContent = state.instructions || "";
    $("write").hidden = ["write", "ideas", "transform"].indexOf(task) < 0;
    $("vote").hidden = task !== "vote";
    $("kano").hidden = task !== "kano";
    $("wait").hidden = task !== "wait";
    if (!$("write").hidden) { renderWrite(task); }
    if (!$("vote").hidden) { renderVote(); }
    if (!$("kano").hidden) { renderKano(); }
  }

  // A list is rebuilt only when what it shows changed: a select being used keeps its
  // options (and the tap that is choosing one).
  function fillSelect(select, options) {
    var signature = JSON.stringify(options);
    if (select.getAttribute("data-signature") === signature) { return; }
    var chosen = select.value;
    select.textContent = "";
    options.forEach(function (option) { select.appendChild(new Option(option[0], option[1])); });
    select.setAttribute("data-signature", signature);
    if (chosen) { select.value = chosen; }
  }

  // True when `list` already shows `data`; else empties it for a rebuild. Lists are not
  // rebuilt on every poll, so a button is never replaced under a finger.
  function unchanged(list, data) {
    var signature = JSON.stringify(data);
    if (list.getAttribute("data-signature") === signature) { return true; }
    list.setAttribute("data-signature", signature);
    list.textContent = "";
    return false;
  }

  function renderJoin() {
    var select = $("join-team");
    fillSelect(select, [[t("no_team"), ""]].concat(state.teams.map(function (team) {
      return [team.name, String(team.id)];
    })));
    if (changing && state.me && !$("join-name").value) {
      $("join-name").value = state.me.name;
      select.value = state.me.team_id === null ? "" : String(state.me.team_id);
    }
    $("join-team-row").hidden = state.teams.length === 0;
  }

  function renderWrite(task) {
    $("role-row").hidden = task !== "ideas";
    $("received-row").hidden = task !== "transform";
    if (task === "transform") {
      var received = (state.received || []).map(function (note) {
        return [note.text, String(note.id)];
      });
      fillSelect($("received"), received.length ? received : [[t("no_received"), ""]]);
    }
    $("send-note").textContent = editing === null ? t("add") : t("save");
    $("cancel-edit").hidden = editing === null;
    var list = $("my-notes");
    if (unchanged(list, [task, state.notes, outbox])) { return; }
    (state.notes || []).forEach(function (note) {
      var withdrawn = outbox.some(function (a) { return a.op === "withdraw" && a.note_id === note.id; });
      if (withdrawn) { return; }
      var item = el("li");
      if (task !== "write") { item.appendChild(el("div", t(note.role + "_tag"), "tag")); }
      if (note.waiting) { item.appendChild(el("div", t("waiting"), "tag")); }
      item.appendChild(el("div", note.text));
      var row = el("div", null, "row");
      var edit = el("button", t("edit"), "quiet");
      edit.type = "button";
      edit.addEventListener("click", function () {
        editing = note.id;
        $("draft").value = note.text;
        render();
        $("draft").focus();
      });
      var withdraw = el("button", t("withdraw"), "quiet");
      withdraw.type = "button";
      withdraw.addEventListener("click", function () { send({ op: "withdraw", note_id: note.id }); });
      row.appendChild(edit);
      row.appendChild(withdraw);
      item.appendChild(row);
      list.appendChild(item);
    });
    pendingOf("write").forEach(function (action) {
      list.appendChild(el("li", action.text + "\n" + t("pending"), "pending"));
    });
  }

  function myDots(note) {
    var count = note.mine;
    outbox.forEach(function (a) { if (a.op === "dots" && a.note_id === note.id) { count = a.count; } });
    return count;
  }

  function renderVote() {
    var ballot = state.ballot || [];
    var used = ballot.reduce(function (sum, note) { return sum + myDots(note); }, 0);
    var left = state.budget - used;
    $("dots-left").textContent = t("dots_left", { n: left, budget: state.budget });
    var list = $("ballot");
    if (unchanged(list, [ballot, state.budget, outbox])) { return; }
    ballot.forEach(function (note) {
      var item = el("li");
      item.appendChild(el("div", note.text));
      var row = el("div", null, "row");
      var count = myDots(note);
      var less = el("button", "−", "quiet");
      less.type = "button";
      less.setAttribute("aria-label", "-1");
      less.disabled = count <= 0;
      less.addEventListener("click", function () { send({ op: "dots", note_id: note.id, count: count - 1 }); });
      var more = el("button", "+");
      more.type = "button";
      more.setAttribute("aria-label", "+1");
      more.disabled = left <= 0;
      more.addEventListener("click", function () { send({ op: "dots", note_id: note.id, count: count + 1 }); });
      row.appendChild(less);
      row.appendChild(el("span", count ? new Array(count + 1).join("●") : "0", "dots"));
      row.appendChild(more);
      item.appendChild(row);
      list.appendChild(item);
    });
  }

  function renderKano() {
    var list = $("kano-list");
    if (unchanged(list, [state.candidates, state.questions, state.answers, kanoPicks])) { return; }
    (state.candidates || []).forEach(function (candidate) {
      var pick = kanoPicks[candidate.id] || candidate.answer || [null, null];
      var item = el("li");
      item.appendChild(el("div", candidate.text));
      [0, 1].forEach(function (which) {
        item.appendChild(el("div", state.questions[which], "question"));
        var answers = el("div", null, "answers");
        state.answers.forEach(function (label, index) {
          var button = el("button", label, pick[which] === index + 1 ? "on" : "");
          button.type = "button";
          button.addEventListener("click", function () {
            var next = [pick[0], pick[1]];
            next[which] = index + 1;
            kanoPicks[candidate.id] = next;
            if (next[0] && next[1]) {
              send({ op: "kano", candidate_id: candidate.id, functional: next[0], dysfunctional: next[1] });
            } else { render(); }
          });
          answers.appendChild(button);
        });
        item.appendChild(answers);
      });
      list.appendChild(item);
    });
  }

  $("join-button").addEventListener("click", function () {
    var name = $("join-name").value.trim();
    if (!name) { showStatus(t("your_name"), true); return; }
    var team = $("join-team").value;
    changing = false;
    send({ op: "join", name: name, team_id: team === "" ? null : Number(team) });
  });
  $("whoami").addEventListener("click", function () {
    if (state && state.me) { changing = true; render(); }
  });

  $("send-note").addEventListener("click", function () {
    var text = $("draft").value.trim();
    if (!text || !state) { return; }
    if (editing !== null) {
      send({ op: "edit", note_id: editing, text: text });
      editing = null;
    } else {
      var action = { op: "write", board_id: state.board_id, text: text };
      if (state.task === "ideas") {
        action.role = document.querySelector("input[name=role]:checked").value;
      } else if (state.task === "transform") {
        action.role = "solution";
        action.bad_note_id = Number($("received").value);
      }
      send(action);
    }
    $("draft").value = "";
    store(draftKey, "");
  });
  $("cancel-edit").addEventListener("click", function () {
    editing = null;
    $("draft").value = "";
    render();
  });

  // The push channel (a WebSocket): the laptop says when the room changed (the step, an
  // accepted note) and the page fetches its view at once. Without it (refused, dropped,
  // an old network in between) the page asks every 2.5 s, as it always did.
  var pushOpen = false;
  function listen() {
    if (!window.WebSocket) { return; }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var address = scheme + window.location.host + base + "api/push?device=" +
      encodeURIComponent(device);
    var socket;
    try { socket = new WebSocket(address); } catch (e) { return; }
    socket.onopen = function () { pushOpen = true; refresh(); };
    socket.onmessage = function () { refresh(); };
    socket.onclose = function () {
      pushOpen = false;
      window.setTimeout(listen, 5000);
    };
  }
  var polls = 0;
  function poll() {
    polls += 1;
    if (!pushOpen || polls % 6 === 0) { refresh(); } // with push, a check every 15 s
  }

  refresh();
  flush();
  listen();
  window.setInterval(poll, 2500);
  window.addEventListener("online", flush);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) { refresh(); flush(); }
  });
})();
