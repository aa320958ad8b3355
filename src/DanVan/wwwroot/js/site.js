// Progressive enhancement only: every page works without JavaScript.
document.addEventListener("click", (e) => {
  const confirmable = e.target.closest("[data-confirm]");
  if (confirmable && !window.confirm(confirmable.getAttribute("data-confirm"))) {
    e.preventDefault();
  }
});

// A long submission (an Excel import) says it is working and cannot be sent twice. Only for a button without a
// name: a disabled button's name and value would no longer be sent.
document.addEventListener("submit", (e) => {
  const button = e.target.querySelector("button[data-busy-text]:not([name])");
  if (button && !e.defaultPrevented) {
    button.dataset.idleText = button.textContent;
    button.textContent = button.getAttribute("data-busy-text");
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
  }
});

// Back to a page kept in the browser's cache: the form is usable again.
window.addEventListener("pageshow", (e) => {
  if (e.persisted) {
    document.querySelectorAll("button[data-busy-text][aria-busy]").forEach((button) => {
      button.textContent = button.dataset.idleText;
      button.disabled = false;
      button.removeAttribute("aria-busy");
    });
  }
});

// "Sao chép" buttons (data-copy="#element"): copy that element's text. Hidden until the browser can copy; the text
// itself stays selectable without JavaScript.
const revealCopyButtons = () => {
  if (navigator.clipboard) {
    document.querySelectorAll("button[data-copy][hidden]").forEach((button) => { button.hidden = false; });
  }
};
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", revealCopyButtons);
} else {
  revealCopyButtons();
}
document.addEventListener("click", async (e) => {
  const button = e.target.closest("button[data-copy]");
  const source = button && document.querySelector(button.getAttribute("data-copy"));
  if (!source) {
    return;
  }
  await navigator.clipboard.writeText(source.textContent.trim());
  const status = button.parentElement.querySelector("[data-copy-status]");
  if (status) {
    status.textContent = "Đã sao chép.";
  }
});

// The unit tree (Features/Units/_TreeNodes.cshtml): a caret button shows or hides the sub-units it controls. htmx loads
// them on the first click; this only flips the state, so that keyboard and screen-reader users get the same tree.
document.addEventListener("click", (e) => {
  const toggle = e.target.closest("button.dv-toggle[aria-controls]");
  if (!toggle) {
    return;
  }
  const list = document.getElementById(toggle.getAttribute("aria-controls"));
  const expanded = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", String(expanded));
  if (list) {
    list.hidden = !expanded;
  }
});
