// ToneCheck's page: sends the draft to POST /v1/check as the writer types and shows what comes back.
// Lines and columns from the service count UTF-16 code units, as JavaScript strings do, so positions map
// onto the textarea's value directly once the line starts are known.
"use strict";

const toneCheck = (() => {
  // The line breaks Roslyn's SourceText counts (CRLF is one break).
  const lineBreak = /\r\n|[\r\n\u0085\u2028\u2029]/g;
  const debounceMs = 250;

  function lineStarts(text) {
    const starts = [0];
    lineBreak.lastIndex = 0;
    let m;
    while ((m = lineBreak.exec(text)) !== null) starts.push(m.index + m[0].length);
    return starts;
  }

  // The diagnostic's span as offsets into the text it was computed on.
  function locate(text, d, starts = lineStarts(text)) {
    return {
      start: starts[d.startLine - 1] + d.startColumn - 1,
      end: starts[d.endLine - 1] + d.endColumn - 1,
    };
  }

  // A suggestion is advice, sometimes with a quoted rewrite ("... instead: \"we will end our agreement on 30 June\"").
  // The quoted text replaces the span; advice alone ("leave judgements out") means the words go.
  function rewriteOf(suggestion) {
    const m = /"([^"]+)"/.exec(suggestion || "");
    if (!m || /(\.\.\.|…)$/.test(m[1])) return "";
    return m[1];
  }

  function applyLine(text, d) {
    const { start, end } = locate(text, d);
    let replacement = rewriteOf(d.suggestion);
    const before = text.slice(0, start);
    let after = text.slice(end);
    const sentenceStart = /(^|[.!?]\s+|\n\s*)$/.test(before);
    if (replacement && sentenceStart) replacement = replacement[0].toUpperCase() + replacement.slice(1);
    if (!replacement) {
      // Removing words: drop a comma or space the removal would leave doubled.
      if (/[ ,]$/.test(before) && /^[ ,]/.test(after)) after = after.slice(1);
      else if (sentenceStart) after = after.replace(/^[ ,]+/, "");
    }
    return { text: before + replacement + after, caret: before.length + replacement.length };
  }

  // A fix the service computed (shouting in sentence case, a missing element's sentence inserted where it
  // belongs, before the sign-off or after the greeting) is applied exactly as given.
  function applyFix(text, fix) {
    const starts = lineStarts(text);
    const start = starts[fix.startLine - 1] + fix.startColumn - 1;
    const end = starts[fix.endLine - 1] + fix.endColumn - 1;
    return { text: text.slice(0, start) + fix.text + text.slice(end), caret: start + fix.text.length };
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]);
  }

  function start() {
    const letter = document.getElementById("letter");
    const highlights = document.getElementById("highlights");
    const status = document.getElementById("status");
    const summary = document.getElementById("summary");
    const missing = document.getElementById("missing");
    const findings = document.getElementById("findings");
    let timer = 0;
    let sequence = 0;

    function setStatus(message, isError) {
      status.textContent = message;
      status.classList.toggle("error", !!isError);
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(check, debounceMs);
    }

    async function check() {
      clearTimeout(timer);
      const text = letter.value;
      const mine = ++sequence;
      if (text.trim() === "") {
        render(text, { diagnostics: [] });
        setStatus("Waiting for a letter.");
        return;
      }
      setStatus("Checking…");
      let response;
      try {
        response = await fetch("/v1/check", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ text }),
        });
      } catch (e) {
        if (mine === sequence) setStatus("The ToneCheck service cannot be reached.", true);
        return;
      }
      const body = await response.json().catch(() => null);
      // An answer for an older draft would put marks in the wrong places: only the latest one is shown.
      if (mine !== sequence || letter.value !== text) return;
      if (!response.ok) {
        setStatus((body && (body.detail || body.title)) || `The service answered ${response.status}.`, true);
        return;
      }
      const file = body.files[0];
      render(text, file);
      const n = file.diagnostics.length;
      setStatus(n === 0 ? "No findings: the letter reads well." : `${n} finding${n === 1 ? "" : "s"}.`);
    }

    function render(text, file) {
      const diagnostics = file.diagnostics || [];
      const starts = lineStarts(text);
      const lines = [];
      const docs = [];
      diagnostics.forEach((d, i) => (d.kind === "document" ? docs : lines).push({ d, i, ...locate(text, d, starts) }));

      // The layer under the textarea: the same text, with a mark per line finding (overlaps keep the first).
      let html = "";
      let at = 0;
      for (const f of [...lines].sort((a, b) => a.start - b.start || b.end - a.end)) {
        if (f.start < at) continue;
        html += escapeHtml(text.slice(at, f.start));
        html += `<mark class="sev-${f.d.severity}" data-index="${f.i}" data-rule="${f.d.ruleId}">${escapeHtml(text.slice(f.start, f.end))}</mark>`;
        at = f.end;
      }
      // A final newline needs something after it, or the layer is one line shorter than the textarea.
      html += escapeHtml(text.slice(at)) + "\n ";
      highlights.innerHTML = html;
      highlights.scrollTop = letter.scrollTop;

      renderSummary(diagnostics, docs);
      renderList(missing, docs, file, "Nothing missing.");
      renderList(findings, lines, file, "No findings in the text.");
    }

    function renderSummary(diagnostics, docs) {
      summary.replaceChildren();
      for (const severity of ["error", "warning", "info"]) {
        const n = diagnostics.filter(d => d.severity === severity).length;
        const pill = document.createElement("span");
        pill.className = `pill ${severity}`;
        pill.textContent = `${n} ${severity}${n === 1 || severity === "info" ? "" : "s"}`;
        summary.append(pill);
      }
      if (docs.length > 0) {
        const pill = document.createElement("span");
        pill.className = "pill";
        pill.id = "missing-summary";
        pill.textContent = "Missing: " + docs.map(f => f.d.ruleName.replace(/^missing-/, "").replace(/-/g, " ")).join(", ");
        summary.append(pill);
      }
    }

    function renderList(list, items, file, emptyText) {
      list.replaceChildren();
      if (items.length === 0) {
        const li = document.createElement("li");
        li.className = "empty";
        li.textContent = emptyText;
        list.append(li);
        return;
      }
      for (const f of items) list.append(item(f, file));
    }

    function item(f, file) {
      const d = f.d;
      const li = document.createElement("li");
      li.className = `finding sev-${d.severity}`;
      li.dataset.rule = d.ruleId;
      li.dataset.index = f.i;
      const head = document.createElement("div");
      head.className = "finding-head";
      const id = document.createElement("b");
      id.textContent = `${d.ruleId} ${d.ruleName}`;
      head.append(id, `${d.severity} · line ${d.startLine}, column ${d.startColumn}`);
      li.append(head);
      if (d.kind === "line") li.append(paragraph("quote", `“${d.text}”`));
      li.append(paragraph("message", d.message));
      if (d.suggestion) li.append(paragraph("suggestion", (d.kind === "document" ? "Add: " : "Try: ") + d.suggestion));
      if (d.fix || (d.kind === "line" && d.suggestion)) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "apply";
        const rewrite = d.kind === "line" ? rewriteOf(d.suggestion) : "";
        button.textContent = "Apply suggestion";
        button.title = d.fix ? (d.kind === "document" ? "Insert this sentence where it belongs" : `Replace the words with “${d.fix.text}”`)
          : rewrite ? `Replace the words with “${rewrite}”` : "Remove these words";
        button.addEventListener("click", e => {
          e.stopPropagation();
          const text = letter.value;
          const edit = d.fix ? applyFix(text, d.fix) : applyLine(text, d);
          letter.value = edit.text;
          letter.focus();
          letter.setSelectionRange(edit.caret, edit.caret);
          check();
        });
        li.append(button);
      }
      // Pointing at a finding lights its mark; clicking selects its words in the draft.
      const mark = () => highlights.querySelector(`mark[data-index="${f.i}"]`);
      li.addEventListener("mouseenter", () => mark()?.classList.add("active"));
      li.addEventListener("mouseleave", () => mark()?.classList.remove("active"));
      li.addEventListener("click", () => {
        letter.focus();
        letter.setSelectionRange(f.start, f.end);
      });
      return li;
    }

    function paragraph(className, text) {
      const p = document.createElement("p");
      p.className = className;
      p.textContent = text;
      return p;
    }

    letter.addEventListener("input", schedule);
    letter.addEventListener("scroll", () => { highlights.scrollTop = letter.scrollTop; });
    if (letter.value) check();
  }

  document.addEventListener("DOMContentLoaded", start);
  return { lineStarts, locate, rewriteOf, applyLine, applyFix };
})();

window.toneCheck = toneCheck;
