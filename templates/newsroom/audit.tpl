{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Nhật ký</h1>
<form class="nr-form nr-filters" action="/toa-soan/nhat-ky" method="get" aria-label="Lọc nhật ký">
<p class="nr-field"><label for="nk-nguoi">Người thực hiện</label>
<select id="nk-nguoi" name="nguoi">
<option value="">Tất cả</option>
{{#USER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/USER_OPTION}}
</select></p>
<p class="nr-field"><label for="nk-viec">Việc</label>
<select id="nk-viec" name="viec">
<option value="">Tất cả</option>
{{#ACTION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ACTION_OPTION}}
</select></p>
<p class="nr-field"><label for="nk-tu">Từ ngày</label>
<input id="nk-tu" name="tu" type="date" value="{{FROM}}"></p>
<p class="nr-field"><label for="nk-den">Đến ngày</label>
<input id="nk-den" name="den" type="date" value="{{TO}}"></p>
<p class="nr-filters__submit"><button class="button nr-button" type="submit">Lọc</button></p>
</form>
{{#EMPTY}}<p class="empty">Không có mục nào.</p>{{/EMPTY}}
<div class="nr-table-wrap">
<table class="nr-table nr-audit">
<thead><tr><th scope="col">Lúc</th><th scope="col">Người</th><th scope="col">Việc</th><th scope="col">Đối tượng</th><th scope="col">Chi tiết</th><th scope="col">Địa chỉ</th></tr></thead>
<tbody>
{{#ENTRY}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{TARGET}}</td><td>{{DETAIL}}</td><td>{{ADDRESS}}</td></tr>{{/ENTRY}}
</tbody>
</table>
</div>
{{#PAGER}}
<nav class="pager" aria-label="Phân trang">
{{#PREV}}<a class="pager__link pager__link--prev" href="{{URL}}" rel="prev">Trang trước</a>{{/PREV}}
<span class="pager__status">Trang {{PAGE}}/{{PAGES}}</span>
{{#NEXT}}<a class="pager__link pager__link--next" href="{{URL}}" rel="next">Trang sau</a>{{/NEXT}}
</nav>
{{/PAGER}}
