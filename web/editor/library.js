// The photo panel's way to the site's photo library: "Tải ảnh lên" uploads a file
// (POST /api/v1/admin/photos, the file as the body, with progress) and "Tìm trong thư
// viện" lists the library's photos; either fills the panel's fields (address, caption,
// credit, alt) from the library's answer, ready for "Chèn ảnh".

function el(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, String(v));
  }
  for (const c of children) if (c) e.appendChild(c);
  return e;
}

function messageOf(status, json) {
  return json?.error?.message || `Lỗi ${status}. Xin thử lại.`;
}

// Returns the element to put in the panel. `choose(asset)` receives the library's photo.
export function libraryPicker({ uid, csrfToken, choose }) {
  const fileInput = el('input', { type: 'file', id: `${uid}-anh-tep`, accept: 'image/*' });
  const progress = el('progress', { max: '1', value: '0', hidden: '' });
  const status = el('p', { class: 'ed-panel__status', 'aria-live': 'polite' });
  const search = el('input', { type: 'search', id: `${uid}-anh-tim`, placeholder: 'Chú thích, nguồn ảnh…', autocomplete: 'off' });
  const results = el('ul', { class: 'ed-library' });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/admin/photos');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    progress.hidden = false;
    progress.value = 0;
    status.textContent = 'Đang tải ảnh lên…';
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      progress.max = e.total;
      progress.value = e.loaded;
    };
    xhr.onload = () => {
      let json = null;
      try { json = JSON.parse(xhr.responseText); } catch { json = null; }
      if ((xhr.status === 200 || xhr.status === 201) && json?.photo) {
        status.textContent = 'Đã tải lên thư viện. Xin ghi mô tả ảnh rồi bấm “Chèn ảnh”.';
        choose(json.photo);
      } else {
        status.textContent = messageOf(xhr.status, json);
      }
      fileInput.value = '';
    };
    xhr.onerror = () => { status.textContent = 'Mất kết nối. Xin thử lại.'; };
    xhr.send(file);
  });

  let timer = null;
  async function find() {
    status.textContent = 'Đang tìm…';
    try {
      const res = await fetch(`/api/v1/admin/photos?q=${encodeURIComponent(search.value)}`, { credentials: 'same-origin' });
      const json = await res.json();
      if (!res.ok) { status.textContent = messageOf(res.status, json); return; }
      results.textContent = '';
      status.textContent = json.items.length ? `${json.total} ảnh.` : 'Không có ảnh nào khớp.';
      for (const asset of json.items) {
        const label = asset.caption || asset.alt || asset.file;
        const pick = el('button', { type: 'button', class: 'ed-library__pick', 'aria-label': `Chọn ảnh: ${label}` }, [
          el('img', { src: asset.url, alt: '', width: '96', height: '64', loading: 'lazy' }),
        ]);
        pick.addEventListener('click', () => {
          choose(asset);
          status.textContent = 'Đã chọn ảnh. Bấm “Chèn ảnh” để đưa vào bài.';
        });
        results.appendChild(el('li', {}, [pick]));
      }
    } catch {
      status.textContent = 'Mất kết nối. Xin thử lại.';
    }
  }
  search.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(find, 300);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); find(); }
  });

  return el('div', { class: 'ed-library-picker' }, [
    el('p', { class: 'nr-field ed-field' }, [el('label', { for: fileInput.id, text: 'Tải ảnh lên thư viện' }), fileInput, progress]),
    el('p', { class: 'nr-field ed-field' }, [el('label', { for: search.id, text: 'Tìm trong thư viện ảnh' }), search]),
    results,
    status,
  ]);
}
