// A team's quiz on its device (/hoi-thi/lam-bai/{code}). Waiting: asks the server every 2 s and reloads once the
// organiser starts the timer (or the code stops opening anything). Running: counts down from the time left the server
// gave — and gives again with every save (the device's clock only measures the seconds since) —, saves the whole sheet
// on every choice through the public API, one save at a time (a choice made meanwhile is sent right after; a save lost
// to the network is tried again), and stops at zero or when the server says the sitting is over; the server refuses
// whatever arrives after the end. A browser still signed in sends the page's anti-forgery token, as every API write from a page.
(function () {
    'use strict';
    var root = document.getElementById('quiz');
    if (!root || !window.fetch) {
        return;
    }

    var state = root.getAttribute('data-state');
    var api = root.getAttribute('data-api');
    if (state === 'Waiting') {
        var poll = window.setInterval(function () {
            fetch(api, { headers: { Accept: 'application/json' }, cache: 'no-store' })
                .then(function (r) {
                    if (r.status === 404) {
                        window.clearInterval(poll);
                        window.location.reload();
                        return null;
                    }
                    return r.ok ? r.json() : null;
                })
                .then(function (s) {
                    if (s && s.state !== 'Waiting') {
                        window.location.reload();
                    }
                })
                .catch(function () { /* the next try */ });
        }, 2000);
        return;
    }

    var form = document.getElementById('sitting-form');
    var clock = document.getElementById('clock');
    var status = document.getElementById('save-status');
    if (state !== 'Running' || !form || !clock) {
        return;
    }

    var tokenField = form.querySelector('input[name="__RequestVerificationToken"]');
    var count = parseInt(root.getAttribute('data-count'), 10);
    var end = Date.now() + parseInt(root.getAttribute('data-left'), 10) * 1000;
    var over = false;
    var saving = false;
    var again = false;
    var warned = false;
    var retry = 1000;
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
        Array.prototype.forEach.call(form.querySelectorAll('input[type="radio"], button'), function (e) { e.disabled = true; });
        if (text) {
            status.textContent = text;
        }
        window.setTimeout(function () { window.location.reload(); }, 2500);
    }

    function tick() {
        var left = Math.max(0, Math.floor((end - Date.now()) / 1000));
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
        if (over) {
            return;
        }
        if (saving) {
            again = true;
            return;
        }
        saving = true;
        status.textContent = 'Đang lưu…';
        var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
        if (tokenField) {
            headers.RequestVerificationToken = tokenField.value;
        }
        fetch(api + '/answers', { method: 'PUT', headers: headers, body: JSON.stringify({ answers: sheet() }) })
            .then(function (r) {
                var json = (r.headers.get('Content-Type') || '').indexOf('json') >= 0;
                return (json ? r.json() : Promise.resolve({})).then(function (body) { return { status: r.status, ok: r.ok, body: body }; });
            })
            .then(function (x) {
                retry = 1000;
                if (x.ok) {
                    end = Date.now() + x.body.secondsLeft * 1000;
                    status.textContent = 'Đã lưu ' + x.body.answered + '/' + count + ' câu lúc ' + x.body.savedClock + '.';
                } else if (x.status === 404 || x.status === 409) {
                    stop(x.body.detail || 'Phần thi đã kết thúc.');
                } else {
                    status.textContent = (x.body.detail || 'Không lưu được.') + ' Bấm “Lưu bài” để thử lại.';
                }
            })
            .catch(function () {
                status.textContent = 'Mất kết nối: lựa chọn vừa rồi chưa được lưu; đang thử lại…';
                again = true;
                var wait = retry;
                retry = Math.min(retry * 2, 8000);
                window.setTimeout(function () {
                    again = false;
                    save();
                }, wait);
                return 'retry';
            })
            .then(function (outcome) {
                saving = false;
                if (again && !over && outcome !== 'retry') {
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
