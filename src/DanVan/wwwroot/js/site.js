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

// A box whose content scrolls inside it (a wide table on a phone, a long text) must be reachable with the keyboard, or
// its hidden part cannot be read without a mouse (WCAG 2.1.1; axe "scrollable-region-focusable"). While a box scrolls
// it becomes a tab stop, and a named region unless it is a table (a table keeps its role and its caption); when it fits
// again (the same page on a wider screen) the marks come off. Stated here once for every page.
const scrollBoxes = "main .table-responsive, main .table, main .dv-scroll, main .dv-pre";
const scrollBoxName = (box) => {
  const caption = box.querySelector("caption");
  if (caption && caption.textContent.trim()) {
    return caption.textContent.trim();
  }
  const headings = [...document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6, main legend")]
    .filter((h) => h.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING);
  const heading = headings[headings.length - 1];
  return heading ? heading.textContent.trim() : "Nội dung cuộn được";
};
const markScrollBox = (box) => {
  const style = getComputedStyle(box);
  const scrolls = (/auto|scroll/.test(style.overflowX) && box.scrollWidth > box.clientWidth + 1)
    || (/auto|scroll/.test(style.overflowY) && box.scrollHeight > box.clientHeight + 1);
  const marked = box.dataset.dvScrollBox !== undefined;
  if (scrolls && !marked && !box.hasAttribute("tabindex")) {
    const added = ["tabindex"];
    box.tabIndex = 0;
    if (box.tagName !== "TABLE" && !box.hasAttribute("role")) {
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", scrollBoxName(box));
      added.push("role", "aria-label");
    }
    box.dataset.dvScrollBox = added.join(" ");
  } else if (!scrolls && marked) {
    box.dataset.dvScrollBox.split(" ").forEach((name) => box.removeAttribute(name));
    delete box.dataset.dvScrollBox;
  }
};
const watchScrollBoxes = (observer) => {
  document.querySelectorAll(scrollBoxes).forEach((box) => {
    markScrollBox(box);
    observer?.observe(box);
  });
};
const scrollBoxObserver = window.ResizeObserver ? new ResizeObserver((entries) => entries.forEach((e) => markScrollBox(e.target))) : null;
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => watchScrollBoxes(scrollBoxObserver));
} else {
  watchScrollBoxes(scrollBoxObserver);
}
document.addEventListener("htmx:afterSettle", () => watchScrollBoxes(scrollBoxObserver));
