// The newsroom's photo library page (/toa-soan/anh): uploads many files at once, each in
// its own request with its own progress bar, and saves caption, credit and alt text.
// Everything goes through the Admin API with the session's CSRF token.
(function () {
  'use strict';

  var root = document.getElementById('thu-vien-anh');
  if (!root) return;
  var csrf = root.getAttribute('data-csrf') || '';
  var kParallel = 2; // the server makes at most two photos at a time anyway

  function errorText(xhrOrRes, body) {
    if (body && body.error && body.error.message) return body.error.message;
    return 'Lỗi ' + xhrOrRes.status + '. Xin thử lại.';
  }

  // One row of the progress list for `file`.
  function progressRow(file) {
    var li = document.createElement('li');
    li.className = 'pl-progress__item';
    var name = document.createElement('span');
    name.className = 'pl-progress__name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = file.size || 1;
    bar.value = 0;
    var status = document.createElement('span');
    status.className = 'pl-progress__status';
    status.setAttribute('role', 'status');
    status.textContent = 'Đang chờ…';
    li.appendChild(name);
    li.appendChild(bar);
    li.appendChild(status);
    document.getElementById('pl-progress').appendChild(li);
    return { li: li, bar: bar, status: status };
  }

  function upload(file, row) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/v1/admin/photos');
      xhr.setRequestHeader('X-CSRF-Token', csrf);
      xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          row.bar.max = e.total;
          row.bar.value = e.loaded;
          row.status.textContent = Math.round((100 * e.loaded) / e.total) + '%';
        }
      };
      xhr.upload.onload = function () {
        row.status.textContent = 'Đang xử lý ảnh…';
      };
      xhr.onload = function () {
        var body = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch (e) {
          body = null;
        }
        if (xhr.status === 200 || xhr.status === 201) {
          row.bar.value = row.bar.max;
          row.li.classList.add('pl-progress__item--done');
          row.status.textContent = xhr.status === 201 ? 'Đã tải lên.' : 'Ảnh này đã có trong thư viện.';
          resolve(true);
        } else {
          row.li.classList.add('pl-progress__item--failed');
          row.status.textContent = errorText(xhr, body);
          resolve(false);
        }
      };
      xhr.onerror = function () {
        row.li.classList.add('pl-progress__item--failed');
        row.status.textContent = 'Mất kết nối. Xin thử lại.';
        resolve(false);
      };
      row.status.textContent = '0%';
      xhr.send(file);
    });
  }

  var form = document.getElementById('pl-upload-form');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var input = document.getElementById('pl-files');
    var files = Array.prototype.slice.call(input.files || []);
    if (!files.length) return;
    var jobs = files.map(function (f) {
      return { file: f, row: progressRow(f) };
    });
    var next = 0;
    var ok = 0;
    function worker() {
      if (next >= jobs.length) return Promise.resolve();
      var job = jobs[next++];
      return upload(job.file, job.row).then(function (done) {
        if (done) ok++;
        return worker();
      });
    }
    var workers = [];
    for (var i = 0; i < Math.min(kParallel, jobs.length); i++) workers.push(worker());
    Promise.all(workers).then(function () {
      input.value = '';
      if (ok > 0) {
        var again = document.createElement('a');
        again.href = '/toa-soan/anh';
        again.textContent = 'Xem các ảnh vừa tải lên';
        document.getElementById('pl-progress').appendChild(document.createElement('li')).appendChild(again);
      }
    });
  });

  root.addEventListener('submit', function (e) {
    var f = e.target;
    if (!f.classList || !f.classList.contains('pl-edit')) return;
    e.preventDefault();
    var status = f.querySelector('.pl-edit__status');
    status.textContent = 'Đang lưu…';
    var body = {
      caption: f.elements.caption.value,
      credit: f.elements.credit.value,
      alt: f.elements.alt.value,
    };
    fetch('/api/v1/admin/photos/' + encodeURIComponent(f.getAttribute('data-id')), {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body),
    })
      .then(function (res) {
        return res
          .json()
          .catch(function () {
            return null;
          })
          .then(function (json) {
            if (res.ok) {
              var p = json.photo;
              f.elements.caption.value = p.caption;
              f.elements.credit.value = p.credit;
              f.elements.alt.value = p.alt;
              status.textContent = 'Đã lưu.';
            } else {
              status.textContent = errorText(res, json);
            }
          });
      })
      .catch(function () {
        status.textContent = 'Mất kết nối. Chưa lưu được.';
      });
  });
})();
