/* The simulator page: pick a resident, act as them, poll their inbox. Talks only to ./api/* (see web.py). */
(function () {
  "use strict";

  var POLL_MS = 700;
  var STATE_MS = 3000;
  var base = location.pathname.replace(/\/+$/, "");
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var $ = function (id) { return document.getElementById(id); };

  var state = {
    users: [],
    places: [],
    stickers: [],
    current: null,
    lastSeq: 0,
    seen: {},        // userId → highest seq the person has looked at
    lastMessage: null,
    following: false,
    followedBefore: false,
    busy: false
  };

  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (csrfMeta && method !== "GET") headers["X-CSRFToken"] = csrfMeta.content;
    return fetch(base + path, {
      method: method, headers: headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (resp) {
      return resp.json().catch(function () { return {}; }).then(function (data) {
        if (!resp.ok) {
          var err = new Error(data.error || ("HTTP " + resp.status));
          err.status = resp.status;
          throw err;
        }
        return data;
      });
    });
  }

  function setStatus(text, isError) {
    var node = $("status");
    node.textContent = text || "";
    node.classList.toggle("error", !!isError);
  }

  // ---- 時間を進める: the demo's check-ins fall due (web.py /api/time); the poll then shows what arrived ----
  function advanceTime(days, btn) {
    var out = $("time-travel-result");
    var buttons = document.querySelectorAll(".advance-time");
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    out.textContent = "";
    api("POST", "/api/time", { days: days }).then(function (data) {
      var label = btn.textContent;
      if (data.quiet) {
        var until = new Date(data.quietUntil);
        out.textContent = label + "進めました。いまは夜間なので、見守りの連絡は " +
          fmtTime(until.getTime() / 1000) + " から送られます。";
      } else {
        out.textContent = label + "進めました。" + (data.sent ? "見守りの連絡を " + data.sent + "件 送りました。"
          : "いま送る見守りの連絡は ありません。");
      }
      out.dataset.sent = String(data.sent);
      out.dataset.done = String((Number(out.dataset.done) || 0) + 1);
    }).catch(function (err) {
      out.textContent = "進められません: " + err.message;
    }).then(function () {
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
    });
  }

  function fmtTime(epoch) {
    var d = new Date(epoch * 1000);
    return ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
  }

  // ---- residents -----------------------------------------------------------------------------
  function renderResidents() {
    var list = $("residents");
    list.textContent = "";
    state.users.forEach(function (u) {
      var li = document.createElement("li");
      var btn = document.createElement("button");
      btn.type = "button";
      btn.className = "resident" + (u.userId === state.current ? " active" : "");
      btn.dataset.userId = u.userId;
      var avatar = document.createElement("span");
      avatar.className = "avatar";
      avatar.textContent = (u.displayName || "?").slice(0, 1);
      var name = document.createElement("span");
      name.className = "name";
      name.textContent = u.displayName;
      var status = document.createElement("span");
      status.className = "resident-status";
      status.textContent = u.following ? "友だち" : (u.followedBefore ? "ブロック中" : "未追加");
      btn.appendChild(avatar);
      btn.appendChild(name);
      btn.appendChild(status);
      if (u.userId !== state.current && u.lastBotSeq > (state.seen[u.userId] || 0)) {
        var dot = document.createElement("span");
        dot.className = "unread";
        dot.setAttribute("aria-label", "新しいメッセージ");
        btn.appendChild(dot);
      }
      btn.addEventListener("click", function () { selectUser(u.userId); });
      li.appendChild(btn);
      list.appendChild(li);
    });
  }

  function loadState() {
    return api("GET", "/api/state").then(function (data) {
      state.users = data.users;
      state.places = data.places;
      state.stickers = data.stickers;
      renderResidents();
      return data;
    });
  }

  function selectUser(userId) {
    if (state.current === userId) return;
    state.current = userId;
    state.lastSeq = 0;
    state.lastMessage = null;
    try { sessionStorage.setItem("tsunagu-sim-user", userId); } catch (e) { /* private mode */ }
    $("messages").textContent = "";
    hideQuickReplies();
    var u = currentUser();
    $("phone-owner").textContent = u ? u.displayName + " さんのスマホ" : "";
    renderResidents();
    poll();
  }

  function currentUser() {
    return state.users.filter(function (u) { return u.userId === state.current; })[0] || null;
  }

  // ---- chat ----------------------------------------------------------------------------------
  function onAction(action) {
    if (!action) return;
    if (action.type === "message") {
      send({ type: "text", text: action.text || action.label });
    } else if (action.type === "postback") {
      send({ type: "postback", data: action.data || "", displayText: action.displayText || action.text || null });
    } else if (action.type === "location") {
      openTray("location");
    } else {
      setStatus("この操作（" + action.type + "）はシミュレーターでは使えません", true);
    }
  }

  function appendEntry(entry) {
    var row = document.createElement("div");
    row.className = "msg from-" + entry.from;
    row.dataset.seq = entry.seq;
    row.dataset.type = entry.message.type;
    if (entry.from === "bot") {
      var icon = document.createElement("span");
      icon.className = "bot-icon";
      icon.textContent = "つ";
      icon.setAttribute("aria-hidden", "true");
      row.appendChild(icon);
    }
    var body = window.FlexRender.renderMessage(entry.message, onAction, state.stickers);
    row.appendChild(body);
    var time = document.createElement("span");
    time.className = "time";
    time.textContent = fmtTime(entry.at);
    row.appendChild(time);
    $("messages").appendChild(row);
    state.lastMessage = entry;
  }

  function hideQuickReplies() {
    var bar = $("quick-replies");
    bar.hidden = true;
    bar.textContent = "";
  }

  function showQuickReplies(entry) {
    hideQuickReplies();
    if (!entry || entry.from !== "bot" || !entry.message.quickReply) return;
    var bar = $("quick-replies");
    (entry.message.quickReply.items || []).forEach(function (item) {
      var action = item.action || {};
      var chip = document.createElement("button");
      chip.type = "button";
      chip.className = "chip";
      chip.textContent = action.label || action.text || "";
      chip.dataset.actionType = action.type;
      if (action.type === "uri") {
        var link = document.createElement("a");
        link.className = "chip";
        link.textContent = chip.textContent;
        if (/^(https?:|tel:)/i.test(action.uri || "")) link.href = action.uri;
        bar.appendChild(link);
        return;
      }
      chip.addEventListener("click", function () {
        // As in LINE: a chip that sends something clears the bar; the location picker leaves it.
        if (action.type === "message" || action.type === "postback") hideQuickReplies();
        onAction(action);
      });
      bar.appendChild(chip);
    });
    bar.hidden = bar.childNodes.length === 0;
  }

  function setLoading(on) {
    var existing = document.querySelector("#messages .loading");
    if (on && !existing) {
      var row = document.createElement("div");
      row.className = "msg from-bot loading";
      row.setAttribute("aria-label", "入力中");
      var dots = document.createElement("div");
      dots.className = "bubble dots";
      for (var i = 0; i < 3; i++) dots.appendChild(document.createElement("span"));
      row.appendChild(dots);
      $("messages").appendChild(row);
    } else if (!on && existing) {
      existing.remove();
    } else if (on && existing) {
      $("messages").appendChild(existing);  // keep it last
    }
  }

  function renderFollowState() {
    var u = currentUser();
    var following = state.following;
    var hasChat = $("messages").querySelector(".msg:not(.loading)") !== null;
    $("follow-panel").hidden = following || !u;
    $("follow").textContent = u && u.followedBefore ? "ブロック解除" : "友だち追加";
    $("follow-note").textContent = u && u.followedBefore
      ? "ブロック中です。解除すると、また相談できます。"
      : "友だち追加すると、相談できます。";
    $("follow-panel").classList.toggle("compact", hasChat);
    $("block-toggle").hidden = !following;
    $("text").disabled = !following;
    $("send").disabled = !following;
    $("more").disabled = !following;
    if (!following) closeTray();
  }

  function scrollToEnd() {
    var box = $("messages");
    box.scrollTop = box.scrollHeight;
  }

  var polling = false;
  function poll() {
    if (!state.current || polling) return Promise.resolve();
    polling = true;
    var userId = state.current;
    return api("GET", "/api/users/" + encodeURIComponent(userId) + "/messages?after=" + state.lastSeq)
      .then(function (data) {
        if (userId !== state.current) return;
        var fresh = data.messages.length > 0;
        data.messages.forEach(appendEntry);
        state.lastSeq = data.last;
        state.seen[userId] = data.last;
        state.following = data.following;
        var u = currentUser();
        if (u) { u.following = data.following; u.followedBefore = data.followedBefore; }
        if (fresh) showQuickReplies(state.lastMessage);
        setLoading(data.loading);
        renderFollowState();
        if (fresh || data.loading) scrollToEnd();
      })
      .catch(function (err) { setStatus("更新できません: " + err.message, true); })
      .then(function () { polling = false; });
  }

  function send(payload) {
    if (!state.current) return Promise.resolve();
    setStatus("");
    if (payload.type !== "follow" && payload.type !== "unfollow") hideQuickReplies();
    return api("POST", "/api/users/" + encodeURIComponent(state.current) + "/send", payload)
      .then(function () { return poll(); })
      .then(loadState)
      .catch(function (err) { setStatus("送れませんでした: " + err.message, true); return poll(); });
  }

  // ---- composer and tray ------------------------------------------------------------------------
  function openTray(tab) {
    $("tray").hidden = false;
    $("more").setAttribute("aria-expanded", "true");
    document.querySelectorAll(".tray-tabs button").forEach(function (b) {
      b.classList.toggle("active", b.dataset.tab === tab);
    });
    ["stickers", "location", "photo"].forEach(function (t) { $("tab-" + t).hidden = t !== tab; });
  }

  function closeTray() {
    $("tray").hidden = true;
    $("more").setAttribute("aria-expanded", "false");
  }

  function buildTray() {
    var stickers = $("tab-stickers");
    stickers.textContent = "";
    state.stickers.forEach(function (s) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "sticker-choice";
      b.textContent = s.emoji;
      b.title = s.keywords.join(", ");
      b.dataset.stickerId = s.stickerId;
      b.addEventListener("click", function () {
        closeTray();
        send({ type: "sticker", packageId: s.packageId, stickerId: s.stickerId });
      });
      stickers.appendChild(b);
    });
    var list = $("places");
    list.textContent = "";
    state.places.forEach(function (p, i) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.className = "place";
      b.dataset.place = String(i);
      var title = document.createElement("span");
      title.className = "place-name";
      title.textContent = "📍 " + p.name;
      b.appendChild(title);
      if (p.address) {
        var addr = document.createElement("span");
        addr.className = "place-address";
        addr.textContent = p.address;
        b.appendChild(addr);
      }
      b.addEventListener("click", function () { closeTray(); send({ type: "location", place: i }); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (!state.places.length) {
      var none = document.createElement("li");
      none.className = "hint";
      none.textContent = "このまちの地点はまだありません。緯度・経度で送れます。";
      list.appendChild(none);
    }
  }

  function init() {
    $("send-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = $("text").value;
      if (!text.trim()) return;
      $("text").value = "";
      closeTray();
      send({ type: "text", text: text });
    });
    $("text").addEventListener("keydown", function (ev) {
      // Enter sends (as on a computer); Shift+Enter or IME composition keeps typing.
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        $("send-form").requestSubmit();
      }
    });
    $("more").addEventListener("click", function () {
      if ($("tray").hidden) openTray("stickers"); else closeTray();
    });
    document.querySelectorAll(".tray-tabs button").forEach(function (b) {
      b.addEventListener("click", function () { openTray(b.dataset.tab); });
    });
    $("point-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var lat = parseFloat($("lat").value), lon = parseFloat($("lon").value);
      if (!isFinite(lat) || !isFinite(lon)) { setStatus("緯度と経度を数字で入れてください", true); return; }
      closeTray();
      send({ type: "location", latitude: lat, longitude: lon });
    });
    $("send-photo").addEventListener("click", function () { closeTray(); send({ type: "image" }); });
    $("follow").addEventListener("click", function () { send({ type: "follow" }); });
    $("block-toggle").addEventListener("click", function () { send({ type: "unfollow" }); });
    $("new-resident").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var name = $("new-name").value.trim();
      if (!name) return;
      api("POST", "/api/users", { displayName: name }).then(function (data) {
        $("new-name").value = "";
        return loadState().then(function () { selectUser(data.user.userId); });
      }).catch(function (err) { setStatus(err.message, true); });
    });

    Array.prototype.forEach.call(document.querySelectorAll(".advance-time"), function (btn) {
      btn.addEventListener("click", function () { advanceTime(Number(btn.dataset.days), btn); });
    });

    loadState().then(function () {
      buildTray();
      var remembered = null;
      try { remembered = sessionStorage.getItem("tsunagu-sim-user"); } catch (e) { /* private mode */ }
      var pick = state.users.filter(function (u) { return u.userId === remembered; })[0] || state.users[0];
      if (pick) selectUser(pick.userId);
      else renderFollowState();
    }).catch(function (err) { setStatus("読み込めません: " + err.message, true); });

    setInterval(poll, POLL_MS);
    setInterval(function () { loadState().catch(function () { /* shown by poll */ }); }, STATE_MS);
  }

  init();
})();
