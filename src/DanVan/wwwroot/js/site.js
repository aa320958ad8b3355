// Progressive enhancement only: every page works without JavaScript.
document.addEventListener("click", (e) => {
  const confirmable = e.target.closest("[data-confirm]");
  if (confirmable && !window.confirm(confirmable.getAttribute("data-confirm"))) {
    e.preventDefault();
  }
});
