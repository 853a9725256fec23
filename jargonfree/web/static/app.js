// The page: checks the text as the user types (debounced), shows findings in place, the plain
// version beside the original, and the "suggest a term" form. Every piece of the user's text
// goes into the page as a text node (textContent), never as HTML, so nothing pasted can run.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const LABEL = {
    privacy: "Private information", jargon: "Jargon", abbreviation: "Abbreviation",
    uncommon: "Uncommon word", sentence: "Long or passive sentence",
  };
  const ORDER = ["privacy", "jargon", "abbreviation", "uncommon", "sentence"];
  const SEVERITY = ["info", "warning", "error"];
  // Character limits of common places to post (a rough guide: some count links differently).
  const PLATFORMS = [["X (Twitter)", 280], ["Bluesky", 300], ["Threads", 500], ["Instagram", 2200],
    ["LinkedIn", 3000], ["Facebook", 63206]];
  const GAUGE_MAX = 20;
  const WAIT_MS = 300;

  const choices = {};        // rule id -> the plain words the user picked
  let current = null;        // {text, audience, report} of the last check shown
  let plainText = "";        // the plain version, for the copy button
  let sequence = 0;          // answers to older requests are dropped

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  async function api(path, body) {
    const response = await fetch(path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  // Offsets from the API count characters (code points); JavaScript strings count UTF-16
  // units, so the text is cut as an array of code points.
  function cutter(text) {
    const points = Array.from(text);
    return (start, end) => points.slice(start, end).join("");
  }

  function plural(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

  function renderCounter(text) {
    const count = Array.from(text).length;
    const list = el("ul");
    for (const [name, limit] of PLATFORMS) {
      const over = count - limit;
      list.append(el("li", over > 0 ? { class: "over-limit" } : {},
        over > 0 ? `${name}: ${over.toLocaleString("en-GB")} too many` : `${name}: fits`));
    }
    $("counter").replaceChildren(el("span", { text: `${plural(count, "character")}.` }), list);
  }

  function segments(length, findings) {
    const cuts = [...new Set([0, length, ...findings.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i], cuts[i + 1]];
      if (start === end) continue;
      const covering = [];
      findings.forEach((f, n) => { if (f.start <= start && end <= f.end) covering.push(n); });
      pieces.push({ start, end, covering });
    }
    return pieces;
  }

  // The CSS classes (highlights.css) of the kinds of the findings that cover a piece of text.
  function kindClasses(covering, findings) {
    return [...new Set(covering.map((n) => `k-${findings[n].kind}`))];
  }

  function renderMarked(text, findings) {
    const cut = cutter(text);
    const nodes = [];
    for (const { start, end, covering } of segments(Array.from(text).length, findings)) {
      const piece = cut(start, end);
      if (!covering.length) { nodes.push(piece); continue; }
      const inner = covering.reduce((a, b) => (findings[b].end - findings[b].start < findings[a].end - findings[a].start ? b : a));
      const kinds = kindClasses(covering, findings).join(" ");
      const label = covering.map((n) => LABEL[findings[n].kind] || findings[n].kind).join("; ");
      nodes.push(el("mark", { class: kinds }, el("a", { href: `#f-${inner + 1}`, title: label, text: piece })));
      for (const n of covering) {
        if (findings[n].end === end) nodes.push(el("span", { class: "n", "aria-hidden": "true", text: String(n + 1) }));
      }
    }
    $("marked").replaceChildren(...nodes);
  }

  // The backdrop behind the text box: the same text, each finding's words in a <mark> with its
  // kind and severity, drawn where the box draws them (see .editor in app.css). Marks only ever
  // belong to the text they were found in: as soon as the text changes they are cleared.
  function renderBackdrop(text, findings) {
    const cut = cutter(text);
    const nodes = [];
    for (const { start, end, covering } of segments(Array.from(text).length, findings)) {
      const piece = cut(start, end);
      if (!covering.length) { nodes.push(piece); continue; }
      const kinds = kindClasses(covering, findings);
      const worst = covering.map((n) => findings[n].severity).sort((a, b) => SEVERITY.indexOf(b) - SEVERITY.indexOf(a))[0];
      nodes.push(el("mark", { class: [...kinds, `s-${worst}`].join(" "), text: piece }));
    }
    nodes.push("\n");  // a last empty line in the box still has its height in the backdrop
    $("backdrop").replaceChildren(...nodes);
    syncScroll();
  }

  function syncScroll() {
    $("backdrop").scrollTop = $("post").scrollTop;
  }

  function choiceButtons(finding) {
    const box = el("div", { role: "group", "aria-label": `Plain words for “${finding.text}”` }, "Use: ");
    for (const words of finding.suggestions) {
      const button = el("button", {
        type: "button", class: "choice", "aria-pressed": String(choices[finding.rule] === words), text: words,
      });
      button.addEventListener("click", () => {
        choices[finding.rule] = words;
        for (const other of box.querySelectorAll("button")) other.setAttribute("aria-pressed", String(other === button));
        updateRewrite();
      });
      box.append(button);
    }
    return box;
  }

  function renderFindings(findings) {
    const ordered = findings.map((f, n) => [f, n])
      .sort((a, b) => (ORDER.indexOf(a[0].kind) - ORDER.indexOf(b[0].kind)) || (a[0].start - b[0].start));
    const items = ordered.map(([f, n]) => {
      const item = el("li", { id: `f-${n + 1}` },
        el("span", { class: "badge", text: LABEL[f.kind] || f.kind }),
        el("strong", { text: `“${f.text.length > 80 ? f.text.slice(0, 77) + "..." : f.text}”` }),
        el("span", { class: "muted", text: ` (number ${n + 1}, line ${f.line}, ${f.severity})` }),
        el("br"), f.message);
      if (f.explanation) item.append(el("br"), `What it means: ${f.explanation}`);
      if (f.kind === "jargon" && f.suggestions.length > 1) item.append(choiceButtons(f));
      else if (f.suggestions.length) item.append(el("br"), `Plain words: ${f.suggestions.map((s) => `“${s}”`).join("; ")}`);
      return item;
    });
    $("findings").replaceChildren(...items);
  }

  function renderPrivacy(findings) {
    const privacy = findings.map((f, n) => [f, n]).filter(([f]) => f.kind === "privacy");
    $("privacy").hidden = privacy.length === 0;
    $("privacy-list").replaceChildren(...privacy.map(([f, n]) =>
      el("li", {}, el("a", { href: `#f-${n + 1}`, text: f.message }))));
  }

  function renderReadability(report) {
    const r = report.readability;
    const failing = report.findings.filter((f) => f.severity !== "info").length;
    const over = r.reliable && r.reading_age > report.max_reading_age;
    const words = `Reading age ${r.reading_age.toFixed(1)}; the target is ${report.max_reading_age} or under for a ${report.audience} audience.`;
    $("verdict").textContent = (report.passed ? "Passed. " : `Not yet plain enough: ${plural(failing, "thing")} to look at. `) + words
      + (over ? " It is above the target." : "");
    const gauge = $("gauge");
    gauge.classList.toggle("over", over);
    gauge.setAttribute("aria-label", words);
    gauge.querySelector(".fill").style.width = `${Math.min(Math.max(r.reading_age, 0), GAUGE_MAX) / GAUGE_MAX * 100}%`;
    gauge.querySelector(".target").style.left = `${Math.min(report.max_reading_age, GAUGE_MAX) / GAUGE_MAX * 100}%`;
    $("figures").textContent = `Flesch reading ease ${r.flesch_reading_ease.toFixed(1)}, ${plural(r.words, "word")}, `
      + `${plural(r.sentences, "sentence")}.` + (r.reliable ? "" : " The text is short, so treat the scores as a rough guide.");
  }

  function renderRewrite(text, result) {
    const cut = cutter(text);
    const before = [];
    const after = [];
    let at = 0;
    for (const edit of [...result.edits].sort((a, b) => a.start - b.start)) {
      before.push(cut(at, edit.start), el("del", { text: edit.old }));
      after.push(cut(at, edit.start), el("ins", { text: edit.new }));
      at = edit.end;
    }
    before.push(cut(at));
    after.push(cut(at));
    $("original").replaceChildren(...before);
    $("rewritten").replaceChildren(...after);
    plainText = result.text;
    const left = result.skipped.map((s) => `“${s.text}” (${s.reason})`);
    $("changes").textContent = `${plural(result.edits.length, "change")}.`
      + (left.length ? ` Left for you to decide: ${left.join("; ")}.` : "")
      + (result.warnings.length ? ` ${result.warnings.join(" ")}` : "");
  }

  function clearAll() {
    for (const id of ["marked", "findings", "original", "rewritten", "privacy-list", "backdrop"]) $(id).replaceChildren();
    $("privacy").hidden = true;
    $("verdict").textContent = "Type some text to see how easy it is to read.";
    $("figures").textContent = $("changes").textContent = $("status").textContent = "";
    plainText = "";
    current = null;
  }

  async function updateRewrite() {
    if (!current) return;
    const mine = ++sequence;
    try {
      const result = await api("/api/rewrite", { text: current.text, audience: current.audience, choices });
      if (mine === sequence) renderRewrite(current.text, result);
    } catch (error) {
      if (mine === sequence) $("status").textContent = `Could not make the plain version: ${error.message}`;
    }
  }

  async function update() {
    const text = $("post").value;
    const audience = $("audience").value;
    renderCounter(text);
    if (!text.trim()) { sequence++; clearAll(); return; }
    const mine = ++sequence;
    $("status").textContent = "Checking…";
    try {
      const [report, result] = await Promise.all([
        api("/api/check", { text, audience }), api("/api/rewrite", { text, audience, choices }),
      ]);
      if (mine !== sequence) return;
      current = { text, audience, report };
      renderPrivacy(report.findings);
      renderReadability(report);
      if ($("post").value === text) renderBackdrop(text, report.findings);  // else the user has typed on
      renderMarked(text, report.findings);
      renderFindings(report.findings);
      renderRewrite(text, result);
      $("status").textContent = report.findings.length ? `${plural(report.findings.length, "thing")} found.` : "Nothing found.";
    } catch (error) {
      if (mine === sequence) $("status").textContent = `Could not check the text: ${error.message}`;
    }
  }

  function debounce(fn, ms) {
    let timer = null;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  async function copyPlain() {
    try {
      await navigator.clipboard.writeText(plainText);
    } catch {
      const area = el("textarea", { "aria-hidden": "true" });
      area.value = plainText;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    $("copied").textContent = plainText ? "Copied." : "There is nothing to copy yet.";
  }

  async function suggest(event) {
    event.preventDefault();
    const form = $("suggest");
    const data = Object.fromEntries(new FormData(form).entries());
    for (const p of form.querySelectorAll(".field-error")) p.textContent = "";
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    $("suggest-status").textContent = "Checking your suggestion…";
    let result;
    try {
      result = await api("/api/suggest", data);
    } catch (error) {
      $("suggest-status").textContent = `Could not check it: ${error.message}`;
      return;
    }
    const general = [];
    for (const problem of result.problems) {
      const text = `${problem.level === "error" ? "Fix: " : "Worth a look: "}${problem.message}`;
      const where = problem.field && $(`e-${problem.field}`);
      if (!where) { general.push(el("li", { text })); continue; }
      where.append(el("span", { text }), el("br"));
      const input = $(`s-${problem.field}`);
      if (problem.level === "error") input.setAttribute("aria-invalid", "true");
    }
    $("suggest-general").replaceChildren(...general);
    $("yaml").textContent = result.yaml;
    const link = $("download");
    if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([result.yaml], { type: "application/x-yaml" }));
    link.download = result.file_name;
    $("suggest-result").hidden = false;
    const errors = result.problems.filter((p) => p.level === "error").length;
    $("suggest-status").textContent = result.ok
      ? "Ready: no problems found. Download the entry or copy it into a contribution."
      : `${plural(errors, "problem")} to fix: see the messages beside the fields.`;
    const first = form.querySelector('[aria-invalid="true"]');  // the first field to fix, in form order
    if (first) first.focus();
  }

  document.addEventListener("DOMContentLoaded", () => {
    const later = debounce(update, WAIT_MS);
    $("post").addEventListener("input", () => {
      renderBackdrop($("post").value, []);  // old marks would sit on the wrong words
      later();
    });
    $("post").addEventListener("scroll", syncScroll);
    $("audience").addEventListener("change", update);
    $("copy").addEventListener("click", copyPlain);
    $("suggest").addEventListener("submit", suggest);
    renderCounter($("post").value);
    if ($("post").value.trim()) update();
  });
})();
