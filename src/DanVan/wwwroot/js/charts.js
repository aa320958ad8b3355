// Draws the charts whose data the server put in data-chart (JSON); no inline scripts (CSP script-src 'self').
document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
  if (typeof Chart === "undefined") return;
  const config = JSON.parse(canvas.getAttribute("data-chart"));
  config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
  new Chart(canvas, config);
});
