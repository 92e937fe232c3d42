// The newsroom's rich-text editor: progressive enhancement of the article form's
// <textarea name="body_html">. The editor takes the textarea's place on screen and
// writes its HTML back into it on every change, so the form's ordinary submit saves
// it; without this script (or with it failing) the form is the plain textarea.
// Bundled by scripts/build-editor.mjs into static/js/editor.js. No inline style or
// script anywhere (the CSP forbids them): the look is static/css/editor.css.
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import { Table, TableRow, TableCell, TableHeader } from '@tiptap/extension-table';
import { Figure, LibraryImage } from './figure.js';
import { cleanPastedHtml, cleanPastedText } from './paste.js';
import { libraryPicker } from './library.js';
import { libraryImagePath, safeLink } from './urls.js';
import {
  Autosaver, draftKey, readDraft, writeDraft, removeDraft, sameContent, hhmm, ddmm,
} from './autosave.js';

// Tables as plain markup: no width styles nor <colgroup> in the saved HTML (the editor
// view still sizes columns itself, through the CSSOM, which the CSP allows).
const PlainTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    const attrs = { ...HTMLAttributes };
    delete attrs.style;
    return ['table', attrs, ['tbody', 0]];
  },
}).configure({ resizable: false });

function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of [].concat(children)) if (c) el.appendChild(c);
  return el;
}

function button(label, aria, extra = {}) {
  return h('button', { type: 'button', class: 'ed-button', 'aria-label': aria, text: label, ...extra });
}

function field(id, label, attrs = {}) {
  const input = h('input', { id, type: 'text', ...attrs });
  const p = h('p', { class: 'nr-field ed-field' }, [h('label', { for: id, text: label }), input]);
  return { p, input };
}

function loadStylesheet() {
  if (document.querySelector('link[data-editor-css]')) return;
  document.head.appendChild(h('link', { rel: 'stylesheet', href: '/static/css/editor.css', 'data-editor-css': '' }));
}

function articleIdOf(form) {
  const m = (form.getAttribute('action') || '').match(/\/toa-soan\/bai-viet\/(\d+)(?:[/?#]|$)/);
  return m ? m[1] : null;
}

export function startEditor(form) {
  const textarea = form.querySelector('textarea[name="body_html"]');
  if (!textarea || textarea.dataset.editor === 'on') return null;
  textarea.dataset.editor = 'on';
  loadStylesheet();

  const articleId = articleIdOf(form);
  const key = draftKey(articleId);
  const csrf = form.querySelector('input[name="csrf_token"]')?.value ?? '';
  const titleInput = form.querySelector('[name="title"]');
  const leadInput = form.querySelector('[name="lead"]');
  const uid = textarea.id || 'noi-dung-bai';

  // --- The markup around the editor -------------------------------------------------
  const b = {
    paragraph: button('Đoạn văn', 'Đoạn văn thường'),
    h2: button('Đề mục', 'Đề mục (cấp 2)'),
    h3: button('Đề mục nhỏ', 'Đề mục nhỏ (cấp 3)'),
    bold: button('Đậm', 'Đậm (Ctrl+B)'),
    italic: button('Nghiêng', 'Nghiêng (Ctrl+I)'),
    bullet: button('Danh sách', 'Danh sách gạch đầu dòng'),
    ordered: button('Đánh số', 'Danh sách đánh số'),
    link: button('Liên kết', 'Liên kết (Ctrl+K)'),
    quote: button('Trích dẫn', 'Trích dẫn'),
    table: button('Bảng', 'Chèn bảng'),
    photo: button('Ảnh', 'Ảnh có chú thích và nguồn'),
    source: button('Mã HTML', 'Mã HTML'),
  };
  const t = {
    addRow: button('Thêm hàng', 'Thêm hàng vào bảng'),
    addCol: button('Thêm cột', 'Thêm cột vào bảng'),
    delRow: button('Xóa hàng', 'Xóa hàng của bảng'),
    delCol: button('Xóa cột', 'Xóa cột của bảng'),
    delTable: button('Xóa bảng', 'Xóa cả bảng'),
  };
  const toggles = ['paragraph', 'h2', 'h3', 'bold', 'italic', 'bullet', 'ordered', 'link', 'quote', 'source'];
  for (const k of toggles) b[k].setAttribute('aria-pressed', 'false');
  const toolbar = h('div', { class: 'ed-toolbar', role: 'group', 'aria-label': 'Định dạng nội dung' },
    Object.values(b));
  const tableBar = h('div', { class: 'ed-toolbar ed-toolbar--table', role: 'group', 'aria-label': 'Sửa bảng', hidden: true },
    Object.values(t));

  const linkUrl = field(`${uid}-lien-ket`, 'Địa chỉ liên kết (http://, https:// hoặc mailto:)',
    { type: 'url', inputmode: 'url', autocomplete: 'off', placeholder: 'https://' });
  const linkError = h('p', { class: 'ed-panel__error', role: 'alert', hidden: true });
  const linkApply = h('button', { type: 'button', class: 'button nr-button', text: 'Gắn liên kết' });
  const linkRemove = h('button', { type: 'button', class: 'button nr-button--quiet', text: 'Bỏ liên kết' });
  const linkCancel = h('button', { type: 'button', class: 'button nr-button--quiet', text: 'Hủy' });
  const linkPanel = h('div', { class: 'ed-panel', role: 'group', 'aria-label': 'Liên kết', hidden: true },
    [linkUrl.p, linkError, h('p', { class: 'ed-panel__actions' }, [linkApply, linkRemove, linkCancel])]);

  const photoSrc = field(`${uid}-anh`, 'Địa chỉ ảnh trong thư viện (/media/…)',
    { autocomplete: 'off', placeholder: '/media/' });
  const photoAlt = field(`${uid}-anh-mo-ta`, 'Mô tả ảnh cho người không xem được ảnh');
  const photoCaption = field(`${uid}-anh-chu-thich`, 'Chú thích ảnh');
  const photoCredit = field(`${uid}-anh-nguon`, 'Nguồn ảnh (tác giả)');
  const photoError = h('p', { class: 'ed-panel__error', role: 'alert', hidden: true });
  const photoApply = h('button', { type: 'button', class: 'button nr-button', text: 'Chèn ảnh' });
  const photoCancel = h('button', { type: 'button', class: 'button nr-button--quiet', text: 'Hủy' });
  // Upload to the library or pick from it: fills the fields below.
  const photoPicker = libraryPicker({
    uid, csrfToken: csrf,
    choose: (asset) => {
      photoSrc.input.value = asset.url;
      if (asset.caption) photoCaption.input.value = asset.caption;
      if (asset.credit) photoCredit.input.value = asset.credit;
      if (asset.alt) photoAlt.input.value = asset.alt;
      photoError.hidden = true;
      photoAlt.input.focus();
    },
  });
  const photoPanel = h('div', { class: 'ed-panel', role: 'group', 'aria-label': 'Ảnh', hidden: true },
    [photoPicker, photoSrc.p, photoAlt.p, photoCaption.p, photoCredit.p, photoError,
      h('p', { class: 'ed-panel__actions' }, [photoApply, photoCancel])]);

  const restoreText = h('span', { class: 'ed-restore__text' });
  const restoreYes = h('button', { type: 'button', class: 'button nr-button', text: 'Khôi phục bản nháp' });
  const restoreNo = h('button', { type: 'button', class: 'button nr-button--quiet', text: 'Bỏ bản nháp' });
  const restoreBar = h('div', { class: 'ed-restore', role: 'alert', hidden: true },
    [restoreText, h('span', { class: 'ed-panel__actions' }, [restoreYes, restoreNo])]);

  const surface = h('div', { class: 'ed-surface' });
  // A live region without role="status": the page's own notice has that role.
  const status = h('p', { class: 'ed-status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const wrap = h('div', { class: 'ed' }, [toolbar, tableBar, linkPanel, photoPanel, restoreBar, surface, status]);
  textarea.before(wrap);
  textarea.hidden = true;
  textarea.classList.add('ed-source');

  // --- The editor -------------------------------------------------------------------
  const Shortcuts = Extension.create({
    name: 'toasoanShortcuts',
    addKeyboardShortcuts() {
      return { 'Mod-k': () => { openLinkPanel(); return true; } };
    },
  });
  const editor = new Editor({
    element: surface,
    injectCSS: false, // a <style> element: the CSP refuses it; editor.css has the rules
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: false,
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => safeLink(url) !== null,
        HTMLAttributes: { target: null, rel: null, class: null },
      }),
      PlainTable, TableRow, TableHeader, TableCell,
      Figure, LibraryImage, Shortcuts,
    ],
    content: textarea.value,
    editorProps: {
      attributes: {
        class: 'ed-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Nội dung bài viết',
        lang: 'vi',
      },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      transformPastedText: (text) => cleanPastedText(text),
    },
  });

  function html() {
    if (editor.isEmpty) return '';
    // Without the empty paragraph the editor keeps last, to type after a table or photo.
    return editor.getHTML().normalize('NFC').replace(/(<p><\/p>)+$/, '');
  }

  function read() {
    return {
      title: titleInput ? titleInput.value : '',
      lead: leadInput ? leadInput.value : '',
      body: textarea.value,
    };
  }

  // --- Toolbar ------------------------------------------------------------------------
  const run = (fn) => () => { fn(editor.chain().focus()).run(); };
  b.paragraph.addEventListener('click', run((c) => c.setParagraph()));
  b.h2.addEventListener('click', run((c) => c.toggleHeading({ level: 2 })));
  b.h3.addEventListener('click', run((c) => c.toggleHeading({ level: 3 })));
  b.bold.addEventListener('click', run((c) => c.toggleBold()));
  b.italic.addEventListener('click', run((c) => c.toggleItalic()));
  b.bullet.addEventListener('click', run((c) => c.toggleBulletList()));
  b.ordered.addEventListener('click', run((c) => c.toggleOrderedList()));
  b.quote.addEventListener('click', run((c) => c.toggleBlockquote()));
  b.table.addEventListener('click', run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true })));
  t.addRow.addEventListener('click', run((c) => c.addRowAfter()));
  t.addCol.addEventListener('click', run((c) => c.addColumnAfter()));
  t.delRow.addEventListener('click', run((c) => c.deleteRow()));
  t.delCol.addEventListener('click', run((c) => c.deleteColumn()));
  t.delTable.addEventListener('click', run((c) => c.deleteTable()));

  function refreshToolbar() {
    const on = {
      paragraph: editor.isActive('paragraph') && !editor.isActive('bulletList') && !editor.isActive('orderedList') && !editor.isActive('blockquote'),
      h2: editor.isActive('heading', { level: 2 }),
      h3: editor.isActive('heading', { level: 3 }),
      bold: editor.isActive('bold'),
      italic: editor.isActive('italic'),
      bullet: editor.isActive('bulletList'),
      ordered: editor.isActive('orderedList'),
      link: editor.isActive('link'),
      quote: editor.isActive('blockquote'),
    };
    for (const [k, v] of Object.entries(on)) b[k].setAttribute('aria-pressed', String(v));
    tableBar.hidden = sourceMode || !editor.isActive('table');
  }

  // --- Link panel ---------------------------------------------------------------------
  function closePanels() {
    linkPanel.hidden = true;
    photoPanel.hidden = true;
  }
  function openLinkPanel() {
    photoPanel.hidden = true;
    linkUrl.input.value = editor.getAttributes('link').href ?? '';
    linkError.hidden = true;
    linkRemove.hidden = !editor.isActive('link');
    linkPanel.hidden = false;
    linkUrl.input.focus();
  }
  function applyLink() {
    const href = safeLink(linkUrl.input.value);
    if (!href) {
      linkError.textContent = 'Chỉ nhận liên kết bắt đầu bằng http://, https:// hoặc mailto:.';
      linkError.hidden = false;
      linkUrl.input.focus();
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    linkPanel.hidden = true;
  }
  b.link.addEventListener('click', () => (linkPanel.hidden ? openLinkPanel() : closePanels()));
  linkApply.addEventListener('click', applyLink);
  linkRemove.addEventListener('click', () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    linkPanel.hidden = true;
  });
  linkCancel.addEventListener('click', () => { linkPanel.hidden = true; editor.commands.focus(); });

  // --- Photo panel --------------------------------------------------------------------
  let editingFigure = null; // position of the figure being edited, or null for a new one
  function openPhotoPanel() {
    linkPanel.hidden = true;
    const sel = editor.state.selection;
    const node = sel.node && sel.node.type.name === 'figure' ? sel.node : null;
    editingFigure = node ? sel.from : null;
    photoSrc.input.value = node?.attrs.src ?? '';
    photoAlt.input.value = node?.attrs.alt ?? '';
    photoCaption.input.value = node?.attrs.caption ?? '';
    photoCredit.input.value = node?.attrs.credit ?? '';
    photoApply.textContent = node ? 'Cập nhật ảnh' : 'Chèn ảnh';
    photoError.hidden = true;
    photoPanel.hidden = false;
    photoSrc.input.focus();
  }
  function applyPhoto() {
    const src = libraryImagePath(photoSrc.input.value);
    const alt = photoAlt.input.value.trim().normalize('NFC');
    let problem = '';
    if (!src) problem = 'Chỉ dùng ảnh trong thư viện ảnh của trang (địa chỉ bắt đầu bằng /media/).';
    else if (!alt) problem = 'Xin ghi mô tả ảnh cho người không xem được ảnh.';
    if (problem) {
      photoError.textContent = problem;
      photoError.hidden = false;
      (src ? photoAlt : photoSrc).input.focus();
      return;
    }
    const attrs = {
      src, alt,
      caption: photoCaption.input.value.trim().normalize('NFC'),
      credit: photoCredit.input.value.trim().normalize('NFC'),
    };
    if (editingFigure !== null) {
      editor.chain().focus().command(({ tr }) => {
        tr.setNodeMarkup(editingFigure, undefined, attrs);
        return true;
      }).run();
    } else {
      editor.chain().focus().insertContent({ type: 'figure', attrs }).run();
    }
    photoPanel.hidden = true;
  }
  b.photo.addEventListener('click', () => (photoPanel.hidden ? openPhotoPanel() : closePanels()));
  photoApply.addEventListener('click', applyPhoto);
  photoCancel.addEventListener('click', () => { photoPanel.hidden = true; editor.commands.focus(); });

  // Enter in a panel field applies the panel instead of submitting the article form;
  // Escape closes it.
  for (const [panel, apply] of [[linkPanel, applyLink], [photoPanel, applyPhoto]]) {
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target instanceof HTMLInputElement) { e.preventDefault(); apply(); }
      if (e.key === 'Escape') { e.preventDefault(); panel.hidden = true; editor.commands.focus(); }
    });
  }

  // --- HTML source mode ---------------------------------------------------------------
  let sourceMode = false;
  function setSourceMode(on) {
    if (on === sourceMode) return;
    sourceMode = on;
    if (on) {
      closePanels();
      textarea.hidden = false;
      surface.hidden = true;
      textarea.focus();
    } else {
      // Read as a paste is: styles out, NFC in (and no CSP report for a style="").
      editor.commands.setContent(cleanPastedHtml(textarea.value), { emitUpdate: false });
      textarea.value = html();
      textarea.hidden = true;
      surface.hidden = false;
      editor.commands.focus();
    }
    b.source.setAttribute('aria-pressed', String(on));
    for (const [k, el] of Object.entries(b)) if (k !== 'source') el.disabled = on;
    refreshToolbar();
  }
  b.source.addEventListener('click', () => setSourceMode(!sourceMode));
  // The field's label focuses the editor while the textarea is hidden.
  const label = form.querySelector(`label[for="${CSS.escape(textarea.id)}"]`);
  label?.addEventListener('click', (e) => {
    if (!sourceMode) { e.preventDefault(); editor.commands.focus(); }
  });

  // --- Local copy and autosave --------------------------------------------------------
  let localTimer = null;
  let autosaver = null;
  function setStatus(state, text) {
    status.textContent = text;
    status.dataset.state = state;
  }
  function keepLocally() {
    window.clearTimeout(localTimer);
    localTimer = null;
    const content = read();
    if (autosaver && !autosaver.dirty()) { removeDraft(key); return; }
    writeDraft(key, { ...content, saved_at: Date.now() });
    if (!articleId) setStatus('local', `Đã giữ trên máy này lúc ${hhmm(Date.now())} — bấm “Lưu” để gửi lên tòa soạn`);
  }
  function changed() {
    if (localTimer === null) localTimer = window.setTimeout(keepLocally, 400);
  }
  editor.on('update', () => {
    textarea.value = html();
    changed();
    refreshToolbar();
  });
  editor.on('selectionUpdate', refreshToolbar);
  editor.on('focus', refreshToolbar);
  for (const el of [titleInput, leadInput, textarea]) el?.addEventListener('input', changed);
  window.addEventListener('pagehide', () => { if (localTimer !== null) keepLocally(); });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      if (localTimer !== null) keepLocally();
      autosaver?.tick();
    }
  });
  form.addEventListener('submit', () => {
    if (!sourceMode) textarea.value = html();
    window.clearTimeout(localTimer);
    localTimer = null;
    // Kept until the saved article is seen: a failed submit loses nothing.
    writeDraft(key, { ...read(), saved_at: Date.now(), submitted: true });
  });

  if (articleId && csrf) {
    autosaver = new Autosaver({
      articleId, csrfToken: csrf, read,
      report: setStatus,
      onSaved: (content) => { if (sameContent(read(), content)) removeDraft(key); },
    });
    autosaver.start();
  }
  window.addEventListener('online', () => { if (!articleId) keepLocally(); });

  // A local copy left from an earlier visit.
  function offer(draft) {
    restoreText.textContent =
      `Máy này còn một bản nháp lúc ${hhmm(draft.saved_at)} ngày ${ddmm(draft.saved_at)} chưa được lưu lên tòa soạn.`;
    restoreBar.hidden = false;
    restoreYes.addEventListener('click', () => {
      if (titleInput) titleInput.value = draft.title;
      if (leadInput) leadInput.value = draft.lead;
      textarea.value = draft.body;
      if (!sourceMode) {
        editor.commands.setContent(cleanPastedHtml(draft.body), { emitUpdate: false });
        textarea.value = html();
      }
      restoreBar.hidden = true;
      changed();
      autosaver?.tick();
    }, { once: true });
    restoreNo.addEventListener('click', () => {
      removeDraft(key);
      restoreBar.hidden = true;
    }, { once: true });
  }
  (async () => {
    if (articleId) {
      // A new article that was submitted has been saved: its local copy can go.
      const fresh = readDraft(draftKey(null));
      if (fresh?.submitted) removeDraft(draftKey(null));
    }
    const draft = readDraft(key);
    if (!draft) return;
    if (sameContent(draft, read())) {
      if (articleId) removeDraft(key);
      return;
    }
    if (!articleId) { offer(draft); return; }
    let serverTime = 0;
    try {
      const res = await fetch(`/api/v1/admin/articles/${articleId}`, { credentials: 'same-origin' });
      if (res.ok) serverTime = Date.parse((await res.json()).updated_at) || 0;
    } catch { /* offline: the local copy may well be the newest */ }
    if (draft.saved_at > serverTime) offer(draft);
    else removeDraft(key);
  })();

  refreshToolbar();
  return { editor, html, read, autosaver, setSourceMode };
}

function start() {
  const form = document.querySelector('form.nr-article-form');
  if (!form) return;
  try {
    const handle = startEditor(form);
    if (handle) window.toasoanEditor = handle; // for the browser tests and the console
  } catch (e) {
    // The plain textarea stays usable.
    form.querySelector('.ed')?.remove();
    const textarea = form.querySelector('textarea[name="body_html"]');
    if (textarea) textarea.hidden = false;
    console.error('toasoan editor:', e);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
