// Tòa Soạn newsroom: the "Soát lỗi" (proofreading) panel beside the article form.
// Asks the Admin API for the warnings of the article (GET /articles/{id}/proofread) when
// the page opens, and of the form as typed (POST /proofread) a few seconds after typing
// stops; lists them in Vietnamese with the text found and the suggested fix; "Sửa"
// puts the fix in place (title and lead always; the body through the rich editor,
// static/js/editor.js, when it is on), "Bỏ qua" dismisses a warning for the article.
// Warnings are advice: nothing here ever stops the form from being saved.
// Loaded as a file (the CSP allows no inline script); the look is static/css/proofread.css.
'use strict';
(() => {
  const kDelayMs = 2500; // after the last keystroke
  const panel = document.querySelector('[data-proofread]');
  const form = document.querySelector('form.nr-article-form');
  if (!panel || !form) return;
  const statusEl = panel.querySelector('[data-proofread-status]');
  const list = panel.querySelector('[data-proofread-list]');
  const csrf = form.querySelector('input[name="csrf_token"]')?.value ?? '';
  const titleInput = form.querySelector('[name="title"]');
  const leadInput = form.querySelector('[name="lead"]');
  const bodyArea = form.querySelector('textarea[name="body_html"]');
  const m = (form.getAttribute('action') || '').match(/\/toa-soan\/bai-viet\/(\d+)(?:[/?#]|$)/);
  const articleId = m ? Number(m[1]) : null;

  let sequence = 0; // answers to older requests are dropped
  let timer = null;
  let warnings = [];

  function h(tag, attrs = {}, children = []) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of [].concat(children)) if (c) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return el;
  }

  function setStatus(text, state = '') {
    statusEl.textContent = text;
    statusEl.dataset.state = state;
  }

  function richEditor() {
    const handle = window.toasoanEditor;
    // In its "Mã HTML" mode the textarea is shown and is what gets saved.
    if (!handle?.editor || !bodyArea || !bodyArea.hidden) return null;
    return handle;
  }

  function bodyHtml() {
    const handle = richEditor();
    return handle ? handle.html() : (bodyArea?.value ?? '');
  }

  async function api(method, path, body) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = csrf;
    const res = await fetch('/api/v1/admin' + path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    try { data = await res.json(); } catch { /* not JSON */ }
    if (!res.ok) {
      throw new Error(data?.error?.message || `Máy chủ trả lời ${res.status}.`);
    }
    return data;
  }

  function where(w) {
    if (w.field === 'title') return 'Tiêu đề';
    if (w.field === 'lead') return 'Sapo';
    return `Nội dung, đoạn ${w.paragraph + 1}`;
  }

  function fixText(fix) {
    if (fix === '') return 'xóa';
    if (fix === ' ') return 'một dấu cách';
    return fix;
  }

  function showCount() {
    if (warnings.length === 0) setStatus('Không có cảnh báo nào.', 'clean');
    else setStatus(`${warnings.length} cảnh báo.`, 'warnings');
  }

  function canApply(w) {
    if (w.fix === null || w.fix === undefined) return false;
    if (w.field === 'title') return !!titleInput;
    if (w.field === 'lead') return !!leadInput;
    return !!richEditor();
  }

  function render() {
    list.replaceChildren();
    for (const w of warnings) {
      const found = h('span', { class: 'nr-proofread__found', lang: 'vi', text: w.found.trim() === '' ? '(dấu cách)' : w.found });
      const line = [found];
      if (w.fix !== null && w.fix !== undefined) {
        line.push(' → ', h('span', { class: 'nr-proofread__fix', lang: 'vi', text: fixText(w.fix) }));
      }
      const actions = [];
      if (canApply(w)) {
        const apply = h('button', { type: 'button', class: 'button nr-button', text: 'Sửa', 'aria-label': `Sửa “${w.found}” thành “${fixText(w.fix)}”` });
        apply.addEventListener('click', () => applyFix(w, item));
        actions.push(apply);
      }
      if (articleId) {
        const dismiss = h('button', { type: 'button', class: 'button nr-button--quiet', text: 'Bỏ qua', 'aria-label': `Bỏ qua cảnh báo “${w.found}”` });
        dismiss.addEventListener('click', () => dismissWarning(w, item, dismiss));
        actions.push(dismiss);
      }
      const item = h('li', { class: 'nr-proofread__item', 'data-rule': w.rule, 'data-key': w.key }, [
        h('p', { class: 'nr-proofread__where', text: where(w) }),
        h('p', { class: 'nr-proofread__message', text: w.message }),
        h('p', { class: 'nr-proofread__text' }, line),
        actions.length ? h('p', { class: 'nr-proofread__actions' }, actions) : null,
      ]);
      list.appendChild(item);
    }
    showCount();
  }

  function removeItem(w, item) {
    warnings = warnings.filter((x) => x !== w);
    item.remove();
    showCount();
  }

  async function check(initial) {
    const mine = ++sequence;
    setStatus('Đang soát lỗi…', 'busy');
    try {
      const data = initial && articleId
        ? await api('GET', `/articles/${articleId}/proofread`)
        : await api('POST', '/proofread', {
          title: titleInput?.value ?? '',
          lead: leadInput?.value ?? '',
          body_html: bodyHtml(),
          ...(articleId ? { article_id: articleId } : {}),
        });
      if (mine !== sequence) return;
      warnings = data.warnings ?? [];
      render();
    } catch (e) {
      if (mine !== sequence) return;
      setStatus(`Chưa soát lỗi được: ${e.message}`, 'error');
    }
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => check(false), kDelayMs);
  }

  // Replaces `w.found` in a title or lead field: at the warning's place when the text
  // there is still the same, else its first occurrence.
  function applyToField(input, w) {
    const v = input.value;
    let at = v.substr(w.utf16_offset, w.utf16_length) === w.found ? w.utf16_offset : v.indexOf(w.found);
    if (at < 0) return false;
    input.value = v.slice(0, at) + w.fix + v.slice(at + w.found.length);
    input.dispatchEvent(new Event('input', { bubbles: true })); // autosave, local copy
    return true;
  }

  // The body's text blocks in the rich editor, with their document positions.
  function textBlocks(doc) {
    const blocks = [];
    doc.descendants((node, pos) => {
      if (node.isTextblock) {
        if (node.textContent.trim() !== '') blocks.push({ node, pos, text: node.textContent });
        return false;
      }
      return true;
    });
    return blocks;
  }

  // The document position of UTF-16 offset `offset` in a text block's text.
  function positionIn(block, offset) {
    let seen = 0;
    let found = null;
    block.node.descendants((child, childPos) => {
      if (found !== null) return false;
      if (child.isText) {
        if (offset <= seen + child.text.length) {
          found = block.pos + 1 + childPos + (offset - seen);
          return false;
        }
        seen += child.text.length;
      }
      return true;
    });
    return found;
  }

  function applyToEditor(handle, w) {
    const { editor } = handle;
    const blocks = textBlocks(editor.state.doc);
    const at = (b) => b.text.substr(w.utf16_offset, w.found.length) === w.found;
    let block = blocks[w.paragraph] && at(blocks[w.paragraph]) ? blocks[w.paragraph] : null;
    let offset = w.utf16_offset;
    if (!block) block = blocks.find(at) ?? null;
    if (!block) {
      // The lines of the text and the editor's blocks do not always pair up (a photo
      // caption, a table row): the nearest block holding the text.
      const holding = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.text.includes(w.found));
      holding.sort((x, y) => Math.abs(x.i - w.paragraph) - Math.abs(y.i - w.paragraph));
      if (!holding.length) return false;
      block = holding[0].b;
      offset = block.text.indexOf(w.found);
    }
    const tr = editor.state.tr;
    if (w.fix === '' && block.text.trim() === w.found.trim()) {
      tr.delete(block.pos, block.pos + block.node.nodeSize); // a repeated paragraph
    } else {
      const from = positionIn(block, offset);
      const to = positionIn(block, offset + w.found.length);
      if (from === null || to === null) return false;
      if (w.fix === '') tr.delete(from, to);
      else tr.insertText(w.fix, from, to);
    }
    editor.view.dispatch(tr);
    return true;
  }

  function applyFix(w, item) {
    let done = false;
    if (w.field === 'title') done = applyToField(titleInput, w);
    else if (w.field === 'lead') done = applyToField(leadInput, w);
    else {
      const handle = richEditor();
      done = handle ? applyToEditor(handle, w) : false;
    }
    if (!done) {
      setStatus(`Không còn thấy “${w.found}” ở chỗ này; có thể đã được sửa.`, 'error');
      return;
    }
    removeItem(w, item);
    schedule();
  }

  async function dismissWarning(w, item, button) {
    button.disabled = true;
    try {
      await api('POST', `/articles/${articleId}/proofread/dismissed`, { key: w.key });
      removeItem(w, item);
    } catch (e) {
      button.disabled = false;
      setStatus(`Chưa bỏ qua được: ${e.message}`, 'error');
    }
  }

  // Typing anywhere in the form (the rich editor's surface included) checks again.
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  check(true);
})();
