{{%AUTOESCAPE context="HTML"}}
{{! The photo library (/toa-soan/anh). static/js/photo_library.js uploads the chosen files one request each, with a progress bar per file, and saves caption, credit and alt through the Admin API with the CSRF token in data-csrf. }}
<link rel="stylesheet" href="/static/css/photo_library.css">
<script src="/static/js/photo_library.js" defer></script>
<div class="pl" id="thu-vien-anh" data-csrf="{{CSRF}}">
<h1 class="page-title">Thư viện ảnh</h1>
<section class="pl-upload" aria-labelledby="pl-upload-title">
<h2 id="pl-upload-title" class="pl-upload__title">Tải ảnh lên</h2>
<form class="nr-form pl-upload__form" id="pl-upload-form" action="/api/v1/admin/photos" method="post" enctype="application/octet-stream">
<div class="nr-field">
<label for="pl-files">Chọn một hoặc nhiều ảnh (JPEG, PNG, WebP, HEIC; tối đa {{MAX_MB}} MB mỗi ảnh)</label>
<input id="pl-files" name="files" type="file" multiple accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic">
</div>
<p class="nr-hint">Chú thích và tác giả ảnh được điền sẵn từ thông tin IPTC/XMP của ảnh nếu có. Vị trí GPS và mọi siêu dữ liệu khác bị xóa khỏi ảnh lưu.</p>
<button class="button nr-button" type="submit">Tải lên</button>
</form>
<ol class="pl-progress" id="pl-progress" aria-live="polite"></ol>
</section>
<form class="nr-form pl-search" action="/toa-soan/anh" method="get" role="search">
<label for="pl-q">Tìm theo chú thích hoặc tác giả</label>
<input id="pl-q" name="q" type="search" value="{{QUERY}}">
<button class="button nr-button" type="submit">Tìm</button>
</form>
<p class="pl-total">{{TOTAL}} ảnh</p>
{{#EMPTY}}<p class="pl-empty">Thư viện chưa có ảnh nào.</p>{{/EMPTY}}
{{#NO_MATCH}}<p class="pl-empty">Không có ảnh nào khớp với tìm kiếm.</p>{{/NO_MATCH}}
<ul class="pl-grid" id="pl-grid">
{{#PHOTO}}
<li class="pl-item" data-id="{{ID}}">
<a class="pl-item__link" href="{{URL}}"><img class="pl-item__img" src="{{THUMB}}" width="{{WIDTH}}" height="{{HEIGHT}}" alt="{{ALT}}" loading="lazy" decoding="async"></a>
<p class="pl-item__meta">{{WIDTH}} × {{HEIGHT}} px, {{SIZE}}, tải lên {{UPLOADED}}{{#PENDING}}<span class="pl-item__pending"> (đang tạo các cỡ ảnh)</span>{{/PENDING}}</p>
<p class="pl-item__file"><code>{{FILE}}</code></p>
<form class="nr-form pl-edit" action="/api/v1/admin/photos/{{ID}}" method="post" data-id="{{ID}}">
<div class="nr-field"><label for="pl-caption-{{ID}}">Chú thích</label><textarea id="pl-caption-{{ID}}" name="caption" rows="2">{{CAPTION}}</textarea></div>
<div class="nr-field"><label for="pl-credit-{{ID}}">Tác giả ảnh</label><input id="pl-credit-{{ID}}" name="credit" type="text" value="{{CREDIT}}"></div>
<div class="nr-field"><label for="pl-alt-{{ID}}">Mô tả cho người khiếm thị</label><input id="pl-alt-{{ID}}" name="alt" type="text" value="{{ALT}}"></div>
<button class="button nr-button" type="submit">Lưu</button>
<span class="pl-edit__status" role="status"></span>
</form>
</li>
{{/PHOTO}}
</ul>
{{#PAGER}}<nav class="pl-pager" aria-label="Trang">{{#PREV}}<a href="{{URL}}" rel="prev">Trang trước</a> {{/PREV}}<span>Trang {{PAGE}}/{{PAGES}}</span>{{#NEXT}} <a href="{{URL}}" rel="next">Trang sau</a>{{/NEXT}}</nav>{{/PAGER}}
</div>
