// The photos of an article in the article form: "Thêm ảnh" uploads files (many at once,
// each with its progress) to the photo library through the Admin API and adds each as a
// photo row of the article, caption and credit pre-filled from the library's answer;
// "Chọn từ thư viện" searches the library and adds the chosen photo; each row gets a
// place ("before paragraph N") and a "Bỏ ảnh" button. The rows are ordinary form fields
// (photo_file, photo_position, photo_caption, photo_credit, photo_alt, repeated), saved
// with the form; without this script the existing rows still edit.
(function () {
  'use strict';

  var box = document.querySelector('fieldset[data-article-photos]');
  if (!box) return;
  var form = box.closest('form');
  var csrfInput = form && form.querySelector('input[name="csrf_token"]');
  var csrf = csrfInput ? csrfInput.value : '';
  var list = box.querySelector('.nr-photos__list');
  var body = form.querySelector('textarea[name="body_html"]');
  var kParallel = 2;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) e.appendChild(c);
    });
    return e;
  }

  // The top-level blocks of the body, as the public page places photos between them.
  function blocks() {
    var t = document.createElement('template');
    t.innerHTML = body ? body.value : '';
    return Array.prototype.filter.call(t.content.children, function () {
      return true;
    });
  }

  function rows() {
    return Array.prototype.slice.call(list.querySelectorAll('.nr-photo'));
  }

  function fillPlaces(select, value) {
    var bs = blocks();
    select.textContent = '';
    for (var i = 0; i <= bs.length; i++) {
      var label;
      if (i === bs.length) {
        label = bs.length ? 'Cuối bài' : 'Đầu bài';
      } else {
        var text = (bs[i].textContent || '').replace(/\s+/g, ' ').trim();
        if (text.length > 40) text = text.slice(0, 40) + '…';
        label = (i === 0 ? 'Đầu bài, trước đoạn 1' : 'Trước đoạn ' + (i + 1)) + (text ? ': ' + text : '');
      }
      select.appendChild(el('option', { value: String(i), text: label }));
    }
    var v = Math.min(Number(value) || 0, bs.length);
    select.value = String(v);
  }

  // Numbers the rows' labels and ids after an add or a removal.
  function renumber() {
    rows().forEach(function (row, i) {
      var n = i + 1;
      row.querySelectorAll('label[data-id-base]').forEach(function (label) {
        var control = row.querySelector('#' + CSS.escape(label.getAttribute('for')));
        var id = label.getAttribute('data-id-base') + n;
        label.textContent = label.getAttribute('data-text').replace('{n}', n);
        label.setAttribute('for', id);
        if (control) control.id = id;
      });
    });
    var none = box.querySelector('.nr-photos__none');
    if (none) none.hidden = rows().length > 0;
  }

  // Adds the place select and the remove button to a row (stored or new).
  function enhance(row) {
    var position = row.querySelector('input[name="photo_position"]');
    var select = el('select', { class: 'nr-photo__place', id: 'anh-vi-tri-' + (rows().indexOf(row) + 1) });
    var label = el('label', { for: select.id, 'data-id-base': 'anh-vi-tri-', 'data-text': 'Vị trí ảnh {n}' });
    fillPlaces(select, position.value);
    var refresh = function () {
      fillPlaces(select, position.value);
    };
    select.addEventListener('focus', refresh);
    select.addEventListener('mousedown', refresh);
    select.addEventListener('change', function () {
      position.value = select.value;
    });
    var remove = el('button', { type: 'button', class: 'button nr-button--quiet nr-photo__remove', text: 'Bỏ ảnh khỏi bài' });
    remove.addEventListener('click', function () {
      row.remove();
      renumber();
    });
    row.appendChild(el('p', { class: 'nr-field' }, [label, select]));
    row.appendChild(el('p', {}, [remove]));
    // Labels that follow the row's number.
    [
      ['photo_caption', 'anh-chu-thich-', 'Chú thích ảnh {n}'],
      ['photo_credit', 'anh-nguon-', 'Nguồn ảnh {n}'],
      ['photo_alt', 'anh-mo-ta-', 'Mô tả ảnh {n} cho người không xem được ảnh (bắt buộc trước khi đăng)'],
    ].forEach(function (spec) {
      var input = row.querySelector('[name="' + spec[0] + '"]');
      var l = input && row.querySelector('label[for="' + input.id + '"]');
      if (!l) return;
      l.setAttribute('data-id-base', spec[1]);
      l.setAttribute('data-text', spec[2]);
    });
  }

  // The place a new photo takes: after the last photo, or at the top.
  function defaultPosition() {
    var all = rows();
    if (!all.length) return 0;
    return Number(all[all.length - 1].querySelector('input[name="photo_position"]').value) || 0;
  }

  function addRow(asset) {
    var n = rows().length + 1;
    var text = function (name, idBase, value) {
      var input = el('input', { id: idBase + n, name: name, type: 'text' });
      input.value = value || '';
      return input;
    };
    var caption = text('photo_caption', 'anh-chu-thich-', asset.caption);
    var credit = text('photo_credit', 'anh-nguon-', asset.credit);
    var alt = text('photo_alt', 'anh-mo-ta-', asset.alt);
    var file = el('input', { type: 'hidden', name: 'photo_file' });
    file.value = asset.file;
    var position = el('input', { type: 'hidden', name: 'photo_position' });
    position.value = String(defaultPosition());
    var row = el('div', { class: 'nr-photo nr-photo--new' }, [
      file,
      position,
      el('img', { class: 'nr-photo__img', src: asset.url, alt: '', width: '160', height: '107' }),
      el('p', { class: 'nr-field' }, [el('label', { for: caption.id, text: 'Chú thích ảnh ' + n }), caption]),
      el('p', { class: 'nr-field' }, [el('label', { for: credit.id, text: 'Nguồn ảnh ' + n }), credit]),
      el('p', { class: 'nr-field' }, [el('label', { for: alt.id, text: 'Mô tả ảnh ' + n }), alt]),
    ]);
    list.appendChild(row);
    enhance(row);
    renumber();
    return row;
  }

  function answerText(status, json) {
    if (json && json.error && json.error.message) return json.error.message;
    return 'Lỗi ' + status + '. Xin thử lại.';
  }

  // --- Upload ---------------------------------------------------------------------------
  var picker = el('input', { type: 'file', id: 'anh-tai-len', accept: 'image/*', multiple: '' });
  var progress = el('ul', { class: 'pl-progress nr-photos__progress', 'aria-live': 'polite' });

  function upload(fileObj) {
    var li = el('li', { class: 'pl-progress__item' });
    var bar = el('progress', { max: String(fileObj.size || 1), value: '0' });
    var status = el('span', { class: 'pl-progress__status', text: 'Đang chờ…' });
    li.appendChild(el('span', { class: 'pl-progress__name', text: fileObj.name }));
    li.appendChild(bar);
    li.appendChild(status);
    progress.appendChild(li);
    return function () {
      return new Promise(function (resolve) {
        var xhr = new XMLHttpRequest();
        xhr.open('POST', '/api/v1/admin/photos');
        xhr.setRequestHeader('X-CSRF-Token', csrf);
        xhr.setRequestHeader('X-File-Name', encodeURIComponent(fileObj.name));
        xhr.setRequestHeader('Content-Type', 'application/octet-stream');
        xhr.upload.onprogress = function (e) {
          if (!e.lengthComputable) return;
          bar.max = e.total;
          bar.value = e.loaded;
          status.textContent = Math.round((100 * e.loaded) / e.total) + '%';
        };
        xhr.upload.onload = function () {
          status.textContent = 'Đang xử lý ảnh…';
        };
        xhr.onload = function () {
          var json = null;
          try {
            json = JSON.parse(xhr.responseText);
          } catch (e) {
            json = null;
          }
          if ((xhr.status === 200 || xhr.status === 201) && json && json.photo) {
            bar.value = bar.max;
            li.classList.add('pl-progress__item--done');
            status.textContent = 'Đã thêm vào bài. Xin ghi mô tả ảnh.';
            addRow(json.photo);
          } else {
            li.classList.add('pl-progress__item--failed');
            status.textContent = answerText(xhr.status, json);
          }
          resolve();
        };
        xhr.onerror = function () {
          li.classList.add('pl-progress__item--failed');
          status.textContent = 'Mất kết nối. Xin thử lại.';
          resolve();
        };
        status.textContent = '0%';
        xhr.send(fileObj);
      });
    };
  }

  picker.addEventListener('change', function () {
    var jobs = Array.prototype.slice.call(picker.files || []).map(upload);
    picker.value = '';
    var next = 0;
    function worker() {
      if (next >= jobs.length) return Promise.resolve();
      return jobs[next++]().then(worker);
    }
    // Rows are added as uploads finish; in the order chosen when both finish together.
    for (var i = 0; i < Math.min(kParallel, jobs.length); i++) worker();
  });

  // --- Library --------------------------------------------------------------------------
  var search = el('input', { type: 'search', id: 'anh-tim-thu-vien', placeholder: 'Chú thích, nguồn ảnh…' });
  var found = el('ul', { class: 'nr-photos__found' });
  var searchStatus = el('p', { class: 'nr-hint', 'aria-live': 'polite' });
  var libraryPanel = el('div', { class: 'nr-photos__library', hidden: '' }, [
    el('p', { class: 'nr-field' }, [el('label', { for: search.id, text: 'Tìm trong thư viện ảnh' }), search]),
    searchStatus,
    found,
  ]);
  var timer = null;
  function runSearch() {
    searchStatus.textContent = 'Đang tìm…';
    fetch('/api/v1/admin/photos?q=' + encodeURIComponent(search.value), { credentials: 'same-origin' })
      .then(function (res) {
        return res.json().then(function (json) {
          if (!res.ok) throw new Error(answerText(res.status, json));
          return json;
        });
      })
      .then(function (json) {
        found.textContent = '';
        searchStatus.textContent = json.items.length ? json.total + ' ảnh.' : 'Không có ảnh nào khớp.';
        json.items.forEach(function (asset) {
          var label = asset.caption || asset.alt || asset.file;
          var pick = el('button', { type: 'button', class: 'nr-photos__pick', 'aria-label': 'Thêm ảnh: ' + label }, [
            el('img', { src: asset.url, alt: '', width: '120', height: '80', loading: 'lazy' }),
            el('span', { text: label }),
          ]);
          pick.addEventListener('click', function () {
            var row = addRow(asset);
            searchStatus.textContent = 'Đã thêm ảnh vào bài.';
            row.querySelector('input[name="photo_alt"]').focus();
          });
          found.appendChild(el('li', {}, [pick]));
        });
      })
      .catch(function (e) {
        searchStatus.textContent = e.message || 'Mất kết nối. Xin thử lại.';
      });
  }
  search.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(runSearch, 300);
  });
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      e.preventDefault();
      runSearch();
    }
  });
  var open = el('button', { type: 'button', class: 'button nr-button--quiet', 'aria-expanded': 'false', text: 'Chọn từ thư viện' });
  open.addEventListener('click', function () {
    var show = libraryPanel.hidden;
    libraryPanel.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) {
      runSearch();
      search.focus();
    }
  });

  var controls = el('div', { class: 'nr-photos__add' }, [
    el('p', { class: 'nr-field' }, [el('label', { for: picker.id, text: 'Thêm ảnh (chọn một hay nhiều ảnh, hoặc chụp)' }), picker]),
    el('p', {}, [open]),
    progress,
    libraryPanel,
  ]);
  box.appendChild(controls);
  rows().forEach(enhance);
  renumber();
})();
