// The public scoreboard (/hoi-thi/{id}/bang-diem): listens to the board's server-sent events and, on each, swaps in the
// board as the server renders it (the page's Fragment handler), so the markup is written once, in _Board.cshtml.
(function () {
    'use strict';
    var root = document.getElementById('board');
    if (!root || !window.EventSource || !window.fetch) {
        return;
    }

    var fragment = root.getAttribute('data-fragment');
    var source = new EventSource(root.getAttribute('data-stream'));
    source.addEventListener('board', function () {
        fetch(fragment, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html !== null) {
                    root.innerHTML = html;
                }
            })
            .catch(function () { /* the next event tries again */ });
    });
})();
