// A team's quiz on its device (/hoi-thi/lam-bai/{code}). Waiting (or time up): asks the server every 2 s and reloads
// once the state changes (the organiser starts the timer, or gives extra time after the end). Running: counts down from
// the time left the server gave — and gives again with every save and every 5 s (an extension or a pause reaches the
// device within seconds; the device's clock only measures the seconds since) —, saves the whole sheet on every choice
// through the public API, one save at a time (a choice made meanwhile is sent right after; a save lost to the network is
// tried again), and stops at zero or when the server says the sitting is over; the server refuses whatever arrives after
// the end. Paused: the paper stays, the choices cannot change, the page asks every 4–5 s and carries on when the timer runs
// again. The choices not saved yet are kept in the tab (sessionStorage) so that a reload — a pause, a lost save — sends
// them again; once saved they are forgotten. A browser still signed in sends the page's anti-forgery token, as every API write from a page.
(function () {
    'use strict';
    var root = document.getElementById('quiz');
    if (!root || !window.fetch) {
        return;
    }

    var state = root.getAttribute('data-state');
    var api = root.getAttribute('data-api');
    var key = 'dv-quiz:' + api;

    function ask() {
        return fetch(api, { headers: { Accept: 'application/json' }, cache: 'no-store' })
            .then(function (r) {
                if (r.status === 404) {
                    return { state: 'Gone' };
                }
                return r.ok ? r.json() : null;
            });
    }

    // Asks every `every` ms (with up to a second of jitter, so a hall's devices do not ask at once) and reloads once
    // the server's answer satisfies `change`; a failed answer (network, 429) is simply asked again.
    function waitFor(change, every) {
        function next() {
            window.setTimeout(function () {
                ask().then(function (s) {
                    if (s && change(s)) {
                        window.location.reload();
                    } else {
                        next();
                    }
                }).catch(next);
            }, every + Math.floor(Math.random() * 1000));
        }
        next();
    }

    function stored() {
        try {
            return window.sessionStorage.getItem(key);
        } catch (e) {
            return null;
        }
    }

    // The choices not yet saved (kept until a save of exactly them succeeds, then forgotten: a second device of the
    // team never replays an old sheet over a newer one).
    function keep(letters) {
        try {
            if (letters === null) {
                window.sessionStorage.removeItem(key);
            } else {
                window.sessionStorage.setItem(key, letters);
            }
        } catch (e) { /* private mode: nothing kept */ }
    }

    if (state === 'Waiting' || state === 'TimeUp') {
        waitFor(function (s) { return s.state !== state; }, 2000);
        return;
    }

    var form = document.getElementById('sitting-form');
    var clock = document.getElementById('clock');
    var status = document.getElementById('save-status');
    if (state === 'Paused' && !form) {
        waitFor(function (s) { return s.state !== 'Paused'; }, 4000); // no paper on this device: still carries on when the timer runs again
        return;
    }
    if (state !== 'Running' && state !== 'Paused' || !form || !clock) {
        return;
    }

    var count = parseInt(root.getAttribute('data-count'), 10);
    var editable = form.querySelector('button[type="submit"]') !== null; // none when the organiser typed the team's paper sheet

    function sheet() {
        var letters = '';
        for (var i = 0; i < count; i++) {
            var chosen = form.querySelector('input[name="Answer[' + i + ']"]:checked');
            letters += chosen ? chosen.value : '-';
        }
        return letters;
    }

    function show(letters) {
        for (var i = 0; i < count && i < letters.length; i++) {
            var input = form.querySelector('input[name="Answer[' + i + ']"][value="' + letters.charAt(i) + '"]');
            if (input) {
                input.checked = true;
            } else {
                Array.prototype.forEach.call(form.querySelectorAll('input[name="Answer[' + i + ']"]'), function (e) { e.checked = false; });
            }
        }
    }

    var kept = editable ? stored() : null;
    var unsaved = kept !== null && kept.length === count && kept !== sheet();
    if (unsaved) {
        show(kept);
    }

    if (state === 'Paused') {
        if (unsaved) {
            status.textContent = 'Lựa chọn trên thiết bị chưa được lưu; sẽ lưu khi ban tổ chức tính giờ lại.';
        }
        waitFor(function (s) { return s.state !== 'Paused'; }, 4000);
        return;
    }

    var tokenField = form.querySelector('input[name="__RequestVerificationToken"]');
    var end = Date.now() + parseInt(root.getAttribute('data-left'), 10) * 1000;
    var over = false;
    var saving = false;
    var again = false;
    var warned = false;
    var retry = 1000;
    var timer;
    var poll;

    function stop(text, wait) {
        over = true;
        window.clearInterval(timer);
        window.clearInterval(poll);
        Array.prototype.forEach.call(form.querySelectorAll('input[type="radio"], button'), function (e) { e.disabled = true; });
        if (text) {
            status.textContent = text;
        }
        window.setTimeout(function () { window.location.reload(); }, wait === undefined ? 2500 : wait);
    }

    function tick() {
        var left = Math.max(0, Math.floor((end - Date.now()) / 1000));
        clock.textContent = Math.floor(left / 60) + ':' + ('0' + (left % 60)).slice(-2);
        if (left <= 60 && !warned) {
            warned = true;
            document.getElementById('clock-alert').textContent = 'Còn 1 phút làm bài.';
        }
        if (left > 60) {
            warned = false; // extra time: warn again near the new end
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
        var sent = sheet();
        fetch(api + '/answers', { method: 'PUT', headers: headers, body: JSON.stringify({ answers: sent }) })
            .then(function (r) {
                var json = (r.headers.get('Content-Type') || '').indexOf('json') >= 0;
                return (json ? r.json() : Promise.resolve({})).then(function (body) { return { status: r.status, ok: r.ok, body: body }; });
            })
            .then(function (x) {
                retry = 1000;
                if (x.ok) {
                    if (stored() === sent) {
                        keep(null);
                    }
                    end = Date.now() + x.body.secondsLeft * 1000;
                    status.textContent = 'Đã lưu ' + x.body.answered + '/' + count + ' câu lúc ' + x.body.savedClock + '.';
                } else if (x.status === 409 && x.body.code === 'contest.quiz_paused') {
                    stop(x.body.detail, 4000); // the sheet stays in the tab and is sent when the timer runs again
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

    form.addEventListener('change', function () {
        keep(sheet());
        save();
    });
    form.addEventListener('submit', function (e) {
        e.preventDefault();
        keep(sheet());
        save();
    });
    poll = window.setInterval(function () {
        ask().then(function (s) {
            if (!s || over) {
                return;
            }
            if (s.state === 'Running') {
                end = Date.now() + s.secondsLeft * 1000;
            } else if (s.state === 'Paused') {
                stop('Ban tổ chức tạm dừng tính giờ' + (s.pauseReason ? ': ' + s.pauseReason : '') + '.', 0);
            } else {
                stop(null, 0);
            }
        }).catch(function () { /* the next try */ });
    }, 5000);
    timer = window.setInterval(tick, 1000);
    tick();
    if (unsaved) {
        save();
    }
})();
