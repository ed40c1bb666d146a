/* Renders LINE message objects (text, sticker, image, location, flex bubble/carousel) as DOM nodes.
 * Only textContent is used for strings from messages, so nothing a bot or resident writes becomes markup.
 * onAction(action) is called for taps on message / postback / location actions; uri actions are real links
 * (tel: stays a tel: link, as the LINE app dials it). */
(function () {
  "use strict";

  var SPACING = { none: "0", xs: "2px", sm: "4px", md: "8px", lg: "12px", xl: "16px", xxl: "20px" };
  var TEXT_SIZE = {
    xxs: "11px", xs: "13px", sm: "14px", md: "16px", lg: "19px", xl: "22px",
    xxl: "29px", "3xl": "35px", "4xl": "48px", "5xl": "74px"
  };
  var IMAGE_SIZE = {
    xxs: "40px", xs: "60px", sm: "80px", md: "100px", lg: "120px", xl: "140px", xxl: "160px",
    "3xl": "180px", "4xl": "200px", "5xl": "240px", full: "100%"
  };
  var BUBBLE_WIDTH = { nano: "120px", micro: "160px", deca: "220px", hecto: "241px", kilo: "260px", mega: "300px", giga: "500px" };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function px(value, table) {
    if (value === undefined || value === null) return null;
    if (table && Object.prototype.hasOwnProperty.call(table, value)) return table[value];
    return /^\d+(\.\d+)?(px|%)$/.test(String(value)) ? String(value) : null;
  }

  function safeUrl(uri) {
    return /^(https?:|tel:)/i.test(String(uri || "")) ? String(uri) : null;
  }

  /* A tap target: uri → <a>, others → <button> calling onAction. */
  function actionable(node, action, onAction) {
    if (!action) return node;
    if (action.type === "uri") {
      var href = safeUrl(action.uri);
      if (!href) return node;
      var a = el("a", node.className);
      a.href = href;
      if (!/^tel:/i.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
      while (node.firstChild) a.appendChild(node.firstChild);
      a.setAttribute("style", node.getAttribute("style") || "");
      a.dataset.actionType = "uri";
      return a;
    }
    node.classList.add("tappable");
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.dataset.actionType = action.type;
    node.addEventListener("click", function (ev) { ev.stopPropagation(); onAction(action); });
    node.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); onAction(action); }
    });
    return node;
  }

  function applyCommon(node, c, parentLayout) {
    var s = node.style;
    var margin = px(c.margin, SPACING);
    if (margin) {
      if (parentLayout === "horizontal" || parentLayout === "baseline") s.marginLeft = margin;
      else s.marginTop = margin;
    }
    var defaultFlex = parentLayout === "horizontal" || parentLayout === "baseline" ? 1 : 0;
    var flex = c.flex !== undefined ? c.flex : (c.type === "separator" || c.type === "icon" ? 0 : defaultFlex);
    if (c.type !== "filler") s.flex = flex === 0 ? "0 0 auto" : flex + " 0 0";
    if (c.gravity === "center") s.alignSelf = "center";
    if (c.gravity === "bottom") s.alignSelf = "flex-end";
    if (c.position === "absolute") {
      s.position = "absolute";
      ["offsetTop", "offsetBottom", "offsetStart", "offsetEnd"].forEach(function (k) {
        var v = px(c[k], SPACING);
        if (v) s[{ offsetTop: "top", offsetBottom: "bottom", offsetStart: "left", offsetEnd: "right" }[k]] = v;
      });
    }
  }

  function renderText(c, onAction) {
    var node = el("div", "flex-text");
    if (Array.isArray(c.contents) && c.contents.length) {
      c.contents.forEach(function (span) {
        if (!span || span.type !== "span") return;
        var sp = el("span", "flex-span", span.text);
        if (span.color) sp.style.color = span.color;
        if (span.weight === "bold") sp.style.fontWeight = "bold";
        if (span.size) sp.style.fontSize = px(span.size, TEXT_SIZE) || "";
        if (span.style === "italic") sp.style.fontStyle = "italic";
        if (span.decoration === "line-through") sp.style.textDecoration = "line-through";
        if (span.decoration === "underline") sp.style.textDecoration = "underline";
        node.appendChild(sp);
      });
    } else {
      node.textContent = c.text || "";
    }
    var s = node.style;
    s.fontSize = px(c.size, TEXT_SIZE) || TEXT_SIZE.md;
    if (c.weight === "bold") s.fontWeight = "bold";
    if (c.color) s.color = c.color;
    if (c.style === "italic") s.fontStyle = "italic";
    if (c.decoration === "line-through") s.textDecoration = "line-through";
    if (c.decoration === "underline") s.textDecoration = "underline";
    if (c.align === "center") s.textAlign = "center";
    if (c.align === "end") s.textAlign = "right";
    if (c.wrap) { node.classList.add("wrap"); } else { node.classList.add("nowrap"); }
    if (c.maxLines) { s.webkitLineClamp = String(c.maxLines); node.classList.add("clamp"); }
    return actionable(node, c.action, onAction);
  }

  function renderButton(c, onAction) {
    var action = c.action || {};
    var style = c.style || "link";
    var node = el("div", "flex-button " + style + (c.height === "sm" ? " small" : ""), action.label || "");
    if (c.color) {
      if (style === "link") node.style.color = c.color;
      else node.style.backgroundColor = c.color;
    }
    return actionable(node, action, onAction);
  }

  function renderImage(c, onAction) {
    var wrap = el("div", "flex-image");
    var size = px(c.size, IMAGE_SIZE) || IMAGE_SIZE.md;
    wrap.style.width = size;
    wrap.style.maxWidth = "100%";
    if (c.align === "start") wrap.style.marginRight = "auto";
    else if (c.align === "end") wrap.style.marginLeft = "auto";
    else wrap.style.margin = "0 auto";
    var ratio = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(c.aspectRatio || "1:1");
    var inner = el("div", "flex-image-frame");
    inner.style.paddingTop = ratio ? (100 * Number(ratio[2]) / Number(ratio[1])) + "%" : "100%";
    if (c.backgroundColor) inner.style.backgroundColor = c.backgroundColor;
    var url = /^https?:/i.test(c.url || "") || /^\//.test(c.url || "") ? c.url : null;
    if (url) {
      var img = el("img");
      img.src = url;
      img.alt = "";
      img.loading = "lazy";
      img.style.objectFit = c.aspectMode === "cover" ? "cover" : "contain";
      inner.appendChild(img);
    }
    wrap.appendChild(inner);
    return actionable(wrap, c.action, onAction);
  }

  function renderBox(c, onAction) {
    var layout = c.layout || "vertical";
    var node = el("div", "flex-box " + layout);
    var s = node.style;
    var spacing = px(c.spacing, SPACING);
    (c.contents || []).forEach(function (child, i) {
      var rendered = renderComponent(child, layout, onAction);
      if (!rendered) return;
      if (i > 0 && spacing && !child.margin) {
        if (layout === "vertical") rendered.style.marginTop = spacing;
        else rendered.style.marginLeft = spacing;
      }
      node.appendChild(rendered);
    });
    ["paddingAll", "paddingTop", "paddingBottom", "paddingStart", "paddingEnd"].forEach(function (k) {
      var v = px(c[k], SPACING);
      if (!v) return;
      if (k === "paddingAll") s.padding = v;
      else s[{ paddingTop: "paddingTop", paddingBottom: "paddingBottom", paddingStart: "paddingLeft", paddingEnd: "paddingRight" }[k]] = v;
    });
    if (c.backgroundColor) s.backgroundColor = c.backgroundColor;
    if (c.borderColor) s.borderColor = c.borderColor;
    if (c.borderWidth) { s.borderStyle = "solid"; s.borderWidth = px(c.borderWidth, { none: "0", light: "0.5px", normal: "1px", medium: "2px", "semi-bold": "3px", bold: "4px" }) || "1px"; }
    if (c.cornerRadius) s.borderRadius = px(c.cornerRadius, { none: "0", xs: "2px", sm: "4px", md: "8px", lg: "12px", xl: "16px", xxl: "20px" }) || "";
    if (c.width) s.width = px(c.width) || "";
    if (c.height) s.height = px(c.height) || "";
    if (c.justifyContent) s.justifyContent = c.justifyContent.replace("space-", "space-");
    if (c.alignItems) s.alignItems = c.alignItems;
    return actionable(node, c.action, onAction);
  }

  function renderComponent(c, parentLayout, onAction) {
    if (!c || typeof c !== "object") return null;
    var node;
    switch (c.type) {
      case "box": node = renderBox(c, onAction); break;
      case "text": node = renderText(c, onAction); break;
      case "button": node = renderButton(c, onAction); break;
      case "image": node = renderImage(c, onAction); break;
      case "separator":
        node = el("div", "flex-separator " + (parentLayout === "vertical" ? "h" : "v"));
        if (c.color) node.style.backgroundColor = c.color;
        break;
      case "spacer":
        node = el("div", "flex-spacer");
        node.style.height = px(c.size, SPACING) || SPACING.md;
        break;
      case "filler":
        node = el("div", "flex-filler");
        node.style.flex = String(c.flex === undefined ? 1 : c.flex);
        break;
      case "icon":
        node = el("span", "flex-icon");
        node.style.width = node.style.height = px(c.size, TEXT_SIZE) || TEXT_SIZE.md;
        if (/^https?:/i.test(c.url || "")) node.style.backgroundImage = "url(\"" + c.url.replace(/"/g, "") + "\")";
        break;
      default:
        node = el("div", "flex-unknown", "[" + c.type + "]");
    }
    applyCommon(node, c, parentLayout);
    return node;
  }

  function renderBubble(b, onAction) {
    var node = el("div", "flex-bubble");
    node.style.width = BUBBLE_WIDTH[b.size] || BUBBLE_WIDTH.mega;
    var styles = b.styles || {};
    ["header", "hero", "body", "footer"].forEach(function (part) {
      if (!b[part]) return;
      var block = styles[part] || {};
      var section = el("div", "flex-" + part);
      if (block.backgroundColor) section.style.backgroundColor = block.backgroundColor;
      if (block.separator) section.classList.add("with-separator");
      var rendered = renderComponent(b[part], "vertical", onAction);
      if (rendered) {
        // Fill the section's width and never grow past it (long nowrap texts are cut with an ellipsis).
        rendered.style.flex = "1 1 0%";
        rendered.style.minWidth = "0";
        section.appendChild(rendered);
      }
      node.appendChild(section);
    });
    if (b.direction === "rtl") node.dir = "rtl";
    return actionable(node, b.action, onAction);
  }

  function renderFlex(contents, onAction) {
    if (contents && contents.type === "carousel") {
      var row = el("div", "flex-carousel");
      (contents.contents || []).forEach(function (b) { row.appendChild(renderBubble(b, onAction)); });
      return row;
    }
    if (contents && contents.type === "bubble") return renderBubble(contents, onAction);
    return el("div", "bubble text", "[flex]");
  }

  /* One message object → a node for the chat column. */
  function renderMessage(m, onAction, stickers) {
    switch (m.type) {
      case "text":
        return el("div", "bubble text", m.text);
      case "flex":
        var wrap = el("div", "flex-message");
        wrap.setAttribute("aria-label", m.altText || "");
        wrap.appendChild(renderFlex(m.contents, onAction));
        return wrap;
      case "sticker":
        var known = (stickers || []).filter(function (s) { return s.stickerId === String(m.stickerId); })[0];
        var st = el("div", "sticker", known ? known.emoji : "🐻");
        st.title = "スタンプ " + m.packageId + "/" + m.stickerId;
        return st;
      case "image":
        var box = el("div", "bubble photo");
        var src = m.previewImageUrl || m.originalContentUrl;
        if (src && /^https?:/i.test(src)) { var img = el("img"); img.src = src; img.alt = "写真"; box.appendChild(img); }
        else box.appendChild(el("span", "photo-placeholder", "📷 写真"));
        return box;
      case "location":
        var loc = el("div", "bubble location");
        loc.appendChild(el("div", "location-pin", "📍"));
        var info = el("div", "location-info");
        info.appendChild(el("div", "location-title", m.title || "位置情報"));
        info.appendChild(el("div", "location-address", m.address || (Number(m.latitude).toFixed(4) + ", " + Number(m.longitude).toFixed(4))));
        loc.appendChild(info);
        return loc;
      default:
        return el("div", "bubble text", "[" + m.type + "]");
    }
  }

  window.FlexRender = { renderMessage: renderMessage, renderFlex: renderFlex, actionable: actionable };
})();
