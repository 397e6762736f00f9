// Bastion reviewer UI: keyboard shortcuts, score bars, image boxes, media seeking, lease clock.
(function () {
  "use strict";
  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  // Score bars (widths set here: the page's CSP allows no inline styles).
  $$(".scores .bar span[data-p]").forEach((bar) => {
    bar.style.width = (Math.max(0, Math.min(1, parseFloat(bar.dataset.p))) * 100).toFixed(1) + "%";
  });

  // Evidence boxes over images, in the image's own pixels. Each box's label sits above its
  // top-left corner; a label that would cover one already placed moves down until it is clear,
  // so the labels of overlapping boxes stay readable.
  $$("figure.image").forEach((figure) => {
    const img = $("img", figure);
    const layer = $(".boxes", figure);
    let boxes = [];
    try { boxes = JSON.parse(figure.dataset.boxes || "[]"); } catch (e) { boxes = []; }
    const draw = () => {
      if (!img.naturalWidth) return;
      layer.textContent = "";
      const scale = img.clientWidth / img.naturalWidth;
      const placed = [];
      const overlaps = (a, b) =>
        a.left < b.left + b.width && b.left < a.left + a.width &&
        a.top < b.top + b.height && b.top < a.top + a.height;
      boxes.forEach((b) => {
        const box = document.createElement("span");
        box.className = "box";
        box.style.left = (100 * b.x / img.naturalWidth) + "%";
        box.style.top = (100 * b.y / img.naturalHeight) + "%";
        box.style.width = (100 * b.w / img.naturalWidth) + "%";
        box.style.height = (100 * b.h / img.naturalHeight) + "%";
        layer.appendChild(box);
        const label = document.createElement("span");
        label.className = "label";
        label.textContent = b.category || "";
        layer.appendChild(label);
        const rect = { left: b.x * scale, top: b.y * scale - label.offsetHeight,
                       width: label.offsetWidth, height: label.offsetHeight };
        if (rect.top < 0) rect.top = 0;
        while (placed.some((p) => overlaps(rect, p))) rect.top += rect.height + 1;
        label.style.left = rect.left + "px";
        label.style.top = rect.top + "px";
        placed.push(rect);
      });
    };
    if (img.complete) draw(); else img.addEventListener("load", draw);
    window.addEventListener("resize", draw);
  });

  const toggleBlur = () => {
    $$("figure.media.image, video[data-player]").forEach((el) => {
      if (el.classList.contains("blurred")) { el.classList.remove("blurred"); el.dataset.wasBlurred = "1"; }
      else if (el.dataset.wasBlurred) { el.classList.add("blurred"); }
    });
  };
  $$("[data-action=toggle-blur]").forEach((b) => b.addEventListener("click", toggleBlur));

  // Jump to a flagged time range and play it.
  $$("[data-seek]").forEach((button) => {
    button.addEventListener("click", () => {
      const player = $("[data-player]", button.closest("figure"));
      if (!player) return;
      player.currentTime = parseFloat(button.dataset.seek);
      player.play().catch(() => {});
    });
  });

  // The lease clock.
  const form = $("#verdict-form");
  const leaseNote = $("[data-testid=lease]");
  if (form && leaseNote && form.dataset.leaseExpires) {
    const tick = () => {
      const until = Date.parse(form.dataset.leaseExpires);
      const left = Math.round((until - Date.now()) / 1000);
      leaseNote.textContent = left > 0
        ? "This item is yours for " + Math.floor(left / 60) + " min " + (left % 60) + " s."
        : "Your lease expired: another reviewer may take this item.";
    };
    tick();
    setInterval(tick, 1000);
    // While the reviewer is active, keep the lease (at most one extension every two minutes).
    let extended = Date.now();
    const keep = () => {
      const until = Date.parse(form.dataset.leaseExpires);
      if (Date.now() - extended < 120000 || until <= Date.now()) return;
      extended = Date.now();
      const body = new FormData();
      body.append("csrf", form.elements.csrf.value);
      body.append("token", form.elements.token.value);
      fetch(form.dataset.extend, { method: "POST", body: body, credentials: "same-origin" })
        .then((r) => (r.ok ? r.json() : null))
        .then((data) => { if (data && data.lease_expires_at) form.dataset.leaseExpires = data.lease_expires_at; })
        .catch(() => {});
    };
    ["keydown", "click", "scroll"].forEach((name) => document.addEventListener(name, keep, { passive: true }));
  }

  // Keyboard shortcuts.
  const help = $("#shortcuts");
  const pick = (name, value) => {
    const input = $(`input[name=${name}][value="${value}"]`);
    if (input) { input.checked = true; input.dispatchEvent(new Event("change", { bubbles: true })); }
  };
  document.addEventListener("keydown", (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) && event.target.type !== "radio";
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && form) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    if (event.key === "Escape") {
      if (help && !help.hidden) help.hidden = true;
      if (typing) event.target.blur();
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const keys = {
      v: () => pick("verdict", "violating"),
      n: () => pick("verdict", "not_violating"),
      e: () => pick("verdict", "escalate"),
      1: () => pick("severity", "1"), 2: () => pick("severity", "2"),
      3: () => pick("severity", "3"), 4: () => pick("severity", "4"),
      c: () => { const c = $("#category"); if (c) c.focus(); },
      r: () => { const r = $("#rationale"); if (r) r.focus(); },
      b: toggleBlur,
      "?": () => { if (help) help.hidden = !help.hidden; },
    };
    const action = keys[event.key];
    if (action) { event.preventDefault(); action(); }
  });
})();
