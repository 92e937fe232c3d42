{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Bài viết</h1>
<form class="nr-form nr-filters" action="/toa-soan/bai-viet" method="get" role="search" aria-label="Lọc bài viết">
<p class="nr-field">
<label for="loc-chuyen-muc">Chuyên mục</label>
<select id="loc-chuyen-muc" name="chuyen-muc">
<option value="">Tất cả</option>
{{#SECTION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SECTION_OPTION}}
</select>
</p>
<p class="nr-field">
<label for="loc-trang-thai">Trạng thái</label>
<select id="loc-trang-thai" name="trang-thai">
<option value="">Tất cả</option>
{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}
</select>
</p>
<p class="nr-field">
<label for="loc-tac-gia">Tác giả</label>
<select id="loc-tac-gia" name="tac-gia">
<option value="">Tất cả</option>
{{#AUTHOR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AUTHOR_OPTION}}
</select>
</p>
<p class="nr-field">
<label for="loc-chu">Tiêu đề có chữ</label>
<input id="loc-chu" name="q" type="search" value="{{TEXT}}" maxlength="200">
</p>
<p class="nr-filters__submit"><button class="button nr-button" type="submit">Lọc</button></p>
</form>
<p class="nr-summary">{{TOTAL}} bài</p>
{{#EMPTY}}<p class="empty">Không có bài nào khớp bộ lọc.</p>{{/EMPTY}}
{{>ROWS}}
{{#PAGER}}
<nav class="pager" aria-label="Phân trang">
{{#PREV}}<a class="pager__link pager__link--prev" href="{{URL}}" rel="prev">Trang trước</a>{{/PREV}}
<span class="pager__status">Trang {{PAGE}}/{{PAGES}}</span>
{{#NEXT}}<a class="pager__link pager__link--next" href="{{URL}}" rel="next">Trang sau</a>{{/NEXT}}
</nav>
{{/PAGER}}
