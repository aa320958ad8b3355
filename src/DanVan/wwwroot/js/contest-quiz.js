// A team's quiz on its device (/hoi-thi/lam-bai/{code}). Waiting: asks the server every 3 s and reloads once the
// organiser starts the timer. Running: counts down from the time left the server gave (the device's clock only
// measures the seconds since), saves the whole sheet on every choice through the public API, one save at a time (a
// choice made meanwhile is sent right after), and stops at zero; the server refuses whatever arrives after the end.
(function () {
    'use strict';
    var root = document.getElementById('quiz');
    if (!root || !window.fetch) {
        return;
    }

    var state = root.getAttribute('data-state');
    var api = root.getAttribute('data-api');
    if (state === 'Waiting') {
        window.setInterval(function () {
            fetch(api, { headers: { Accept: 'application/json' }, cache: 'no-store' })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (s) {
                    if (s && s.state !== 'Waiting') {
                        window.location.reload();
                    }
                })
                .catch(function () { /* the next try */ });
        }, 3000);
        return;
    }

    var form = document.getElementById('sitting-form');
    var clock = document.getElementById('clock');
    var status = document.getElementById('save-status');
    if (state !== 'Running' || !form || !clock) {
        return;
    }

    var count = parseInt(root.getAttribute('data-count'), 10);
    var end = Date.now() + parseInt(root.getAttribute('data-left'), 10) * 1000;
    var over = false;
    var saving = false;
    var again = false;
    var warned = false;
    var timer;

    function sheet() {
        var letters = '';
        for (var i = 0; i < count; i++) {
            var chosen = form.querySelector('input[name="Answer[' + i + ']"]:checked');
            letters += chosen ? chosen.value : '-';
        }
        return letters;
    }

    function stop(text) {
        over = true;
        window.clearInterval(timer);
        Array.prototype.forEach.call(form.querySelectorAll('input, button'), function (e) { e.disabled = true; });
        if (text) {
            status.textContent = text;
        }
        window.setTimeout(function () { window.location.reload(); }, 2500);
    }

    function tick() {
        var left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
        clock.textContent = Math.floor(left / 60) + ':' + ('0' + (left % 60)).slice(-2);
        if (left <= 60 && !warned) {
            warned = true;
            document.getElementById('clock-alert').textContent = 'Còn 1 phút làm bài.';
        }
        if (left === 0 && !over) {
            stop('Đã hết giờ làm bài. Bài của đội được tính theo lần lưu cuối.');
        }
    }

    function save() {
        if (saving) {
            again = true;
            return;
        }
        saving = true;
        status.textContent = 'Đang lưu…';
        fetch(api + '/answers', {
            method: 'PUT',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ answers: sheet() })
        })
            .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
            .then(function (x) {
                if (x.ok) {
                    status.textContent = 'Đã lưu ' + x.body.answered + '/' + count + ' câu lúc ' + x.body.savedClock + '.';
                } else if (x.body.code === 'contest.quiz_time_over' || x.body.code === 'contest.part_closed' || x.body.code === 'contest.quiz_on_paper') {
                    stop(x.body.detail);
                } else {
                    status.textContent = x.body.detail || 'Không lưu được. Bấm “Lưu bài” để thử lại.';
                }
            })
            .catch(function () { status.textContent = 'Mất kết nối: lựa chọn vừa rồi chưa được lưu. Bấm “Lưu bài” để thử lại.'; })
            .then(function () {
                saving = false;
                if (again && !over) {
                    again = false;
                    save();
                }
            });
    }

    form.addEventListener('change', save);
    form.addEventListener('submit', function (e) {
        e.preventDefault();
        save();
    });
    timer = window.setInterval(tick, 1000);
    tick();
})();
