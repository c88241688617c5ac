// The one browser bundle: htmx for partial page updates, the CodeMirror 6 Python editor and the
// few behaviours the server cannot render (a live countdown, the browser's time zone).
// Every page works without it: forms post normally and the editor falls back to its textarea.
import htmx from "htmx.org";
import { mountEditor } from "./editor.js";
import { startCountdown } from "./countdown.js";

window.htmx = htmx;

// While a verdict is pending the panel carries data-pending: Run and Submit wait for it.
function syncJudgingState() {
  const form = document.getElementById("solve-form");
  if (!form) return;
  const pending = document.querySelector("#result [data-pending]") !== null;
  form.querySelectorAll("button[name=mode]").forEach((button) => { button.disabled = pending; });
  form.setAttribute("aria-busy", String(pending));
}

function guessTimezone() {
  const select = document.querySelector("select[data-guess-timezone]");
  if (!select || select.dataset.userChosen) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && [...select.options].some((option) => option.value === zone)) select.value = zone;
}

function init() {
  document.querySelectorAll("textarea[data-editor]").forEach(mountEditor);
  document.querySelectorAll("[data-countdown]").forEach(startCountdown);
  guessTimezone();
  syncJudgingState();
  document.body.addEventListener("htmx:afterSettle", syncJudgingState);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
