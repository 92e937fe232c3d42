{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">{{HEADING}}</h1>
{{#STATE}}<p class="nr-state">Trạng thái: <span class="nr-status nr-status--{{STATUS}}">{{STATUS_LABEL}}</span>{{#SCHEDULED}} · đăng lúc {{AT}}{{/SCHEDULED}}{{#PUBLIC_URL}} · <a href="{{URL}}">Xem trên trang tin</a>{{/PUBLIC_URL}} · <a href="/toa-soan/bai-viet/{{ID}}/phien-ban">Các phiên bản</a></p>{{/STATE}}
{{#RETURN_COMMENT}}
<section class="nr-comment" aria-labelledby="y-kien">
<h2 class="nr-comment__title" id="y-kien">Ý kiến của biên tập viên</h2>
<p class="nr-comment__text">{{TEXT}}</p>
</section>
{{/RETURN_COMMENT}}
<link rel="stylesheet" href="/static/css/proofread.css">
<div class="nr-compose">
<form class="nr-form nr-article-form" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<p class="nr-field">
<label for="tieu-de">Tiêu đề</label>
<input id="tieu-de" name="title" type="text" value="{{TITLE}}" maxlength="500">
</p>
<p class="nr-field">
<label for="sapo">Sapo (đoạn dẫn)</label>
<textarea id="sapo" name="lead" rows="3">{{LEAD:pre_escape}}</textarea>
</p>
<p class="nr-field">
<label for="chuyen-muc">Chuyên mục</label>
<select id="chuyen-muc" name="section_id">
{{#SECTION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SECTION_OPTION}}
</select>
</p>
<p class="nr-field">
<label for="tac-gia">Tác giả (mỗi dòng một tên)</label>
<textarea id="tac-gia" name="bylines" rows="2">{{BYLINES:pre_escape}}</textarea>
</p>
<p class="nr-field">
<label for="noi-dung-bai">Nội dung (HTML)</label>
<textarea id="noi-dung-bai" name="body_html" rows="16" class="nr-code" spellcheck="false">{{BODY:pre_escape}}</textarea>
<span class="nr-hint">Chỉ giữ lại đoạn văn, tiêu đề nhỏ, chữ đậm, nghiêng, danh sách, liên kết, trích dẫn, bảng và ảnh trong thư viện ảnh của trang.</span>
</p>
{{#PHOTOS}}
<fieldset class="nr-photos" data-article-photos>
<legend>Ảnh</legend>
<input type="hidden" name="photos_form" value="1">
{{#NONE}}<p class="nr-hint nr-photos__none">Bài chưa có ảnh.</p>{{/NONE}}
<div class="nr-photos__list">
{{#PHOTO}}
<div class="nr-photo">
<input type="hidden" name="photo_file" value="{{FILE_NAME}}">
<input type="hidden" name="photo_position" value="{{POSITION}}">
{{#FILE}}<img class="nr-photo__img" src="{{SRC}}" alt="" width="160" height="107">{{/FILE}}
{{#NO_FILE}}<p class="nr-hint">Ảnh chưa có tệp.</p>{{/NO_FILE}}
<p class="nr-field"><label for="anh-chu-thich-{{N}}">Chú thích ảnh {{N}}</label>
<input id="anh-chu-thich-{{N}}" name="photo_caption" type="text" value="{{CAPTION}}"></p>
<p class="nr-field"><label for="anh-nguon-{{N}}">Nguồn ảnh {{N}}</label>
<input id="anh-nguon-{{N}}" name="photo_credit" type="text" value="{{CREDIT}}"></p>
<p class="nr-field"><label for="anh-mo-ta-{{N}}">Mô tả ảnh {{N}} cho người không xem được ảnh</label>
<input id="anh-mo-ta-{{N}}" name="photo_alt" type="text" value="{{ALT}}"></p>
</div>
{{/PHOTO}}
</div>
</fieldset>
{{/PHOTOS}}
<p class="nr-field">
<label for="ghi-chu">Ghi chú cho phiên bản này (không bắt buộc)</label>
<input id="ghi-chu" name="note" type="text" value="{{NOTE}}" maxlength="500">
</p>
<p><button class="button nr-button" type="submit">Lưu</button></p>
</form>
<aside class="nr-proofread" aria-labelledby="soat-loi" data-proofread>
<h2 class="nr-proofread__title" id="soat-loi">Soát lỗi</h2>
<p class="nr-hint">Chỉ là gợi ý: bài vẫn lưu được khi còn cảnh báo.</p>
<p class="nr-proofread__status" aria-live="polite" data-proofread-status>Soát lỗi cần JavaScript.</p>
<ol class="nr-proofread__list" data-proofread-list></ol>
</aside>
</div>
<script src="/static/js/editor.js" defer></script>
<script src="/static/js/proofread.js" defer></script>
<script src="/static/js/article_photos.js" defer></script>
{{#ACTIONS}}
<section class="nr-actions" aria-labelledby="duyet-bai">
<h2 class="nr-block__title" id="duyet-bai">Duyệt bài</h2>
{{#SUBMIT}}
<form class="nr-form nr-action" action="/toa-soan/bai-viet/{{ID}}/trang-thai" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<input type="hidden" name="to" value="submitted">
<button class="button nr-button" type="submit">Gửi duyệt</button>
</form>
{{/SUBMIT}}
{{#RETURN}}
<form class="nr-form nr-action" action="/toa-soan/bai-viet/{{ID}}/trang-thai" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<input type="hidden" name="to" value="returned">
<p class="nr-field"><label for="y-kien-tra-lai">Ý kiến khi trả lại</label>
<textarea id="y-kien-tra-lai" name="comment" rows="3" required>{{COMMENT:pre_escape}}</textarea></p>
<button class="button nr-button" type="submit">Trả lại</button>
</form>
{{/RETURN}}
{{#SCHEDULE}}
<form class="nr-form nr-action" action="/toa-soan/bai-viet/{{ID}}/trang-thai" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<input type="hidden" name="to" value="scheduled">
<p class="nr-field"><label for="hen-gio">Thời điểm đăng (giờ Việt Nam)</label>
<input id="hen-gio" name="at" type="datetime-local" value="{{AT}}" required></p>
<button class="button nr-button" type="submit">Hẹn giờ đăng</button>
</form>
{{/SCHEDULE}}
{{#PUBLISH}}
<form class="nr-form nr-action" action="/toa-soan/bai-viet/{{ID}}/trang-thai" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<input type="hidden" name="to" value="published">
<button class="button nr-button" type="submit">Đăng ngay</button>
</form>
{{/PUBLISH}}
{{#UNPUBLISH}}
<form class="nr-form nr-action" action="/toa-soan/bai-viet/{{ID}}/trang-thai" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<input type="hidden" name="to" value="unpublished">
<button class="button nr-button nr-button--danger" type="submit" data-confirm="Gỡ bài này khỏi trang tin?">Gỡ bài</button>
</form>
{{/UNPUBLISH}}
</section>
{{/ACTIONS}}
