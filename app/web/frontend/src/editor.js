// CodeMirror 6 over the solve form's textarea. The textarea stays the form field (kept in step on
// every change), so htmx and plain form posts send the editor's text without any extra wiring.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { python } from "@codemirror/lang-python";

// Ctrl/Cmd-Enter runs the examples, Ctrl/Cmd-Shift-Enter submits (the buttons say so too).
function pressMode(form, mode) {
  return () => {
    const button = form.querySelector(`button[name=mode][value=${mode}]`);
    // A click, not requestSubmit: htmx sends the value of the button that was clicked.
    if (button && !button.disabled) button.click();
    return true;
  };
}

export function mountEditor(textarea) {
  const form = textarea.form;
  const shortcuts = [
    { key: "Mod-Enter", run: pressMode(form, "run") },
    { key: "Mod-Shift-Enter", run: pressMode(form, "submit") },
  ];
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      Prec.highest(keymap.of(shortcuts)),
      basicSetup,
      // Tab indents (as in every IDE); Escape then Tab leaves the editor, CodeMirror's escape hatch.
      keymap.of([indentWithTab]),
      indentUnit.of("    "),
      python(),
      EditorView.contentAttributes.of({ "aria-label": textarea.getAttribute("aria-label") || "Code editor" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) textarea.value = update.state.doc.toString();
      }),
    ],
  });
  textarea.hidden = true;
  textarea.after(view.dom);
  view.dom.classList.add("editor");
  // Shortcuts also work while focus is elsewhere on the page (say, on the result panel).
  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.key !== "Enter" || view.hasFocus) return;
    event.preventDefault();
    pressMode(form, event.shiftKey ? "submit" : "run")();
  });
  return view;
}
