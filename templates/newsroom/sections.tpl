{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Chuyên mục</h1>
<div class="nr-table-wrap">
<table class="nr-table">
<thead><tr><th scope="col">Tên</th><th scope="col">Đường dẫn</th><th scope="col">Thuộc</th><th scope="col">Thứ tự</th></tr></thead>
<tbody>
{{#SECTION_ROW}}<tr><td><a href="/toa-soan/chuyen-muc/{{ID}}">{{NAME}}</a></td><td>/{{SLUG}}</td><td>{{PARENT}}</td><td>{{POSITION}}</td></tr>{{/SECTION_ROW}}
</tbody>
</table>
</div>
<h2 class="nr-block__title">Tạo chuyên mục</h2>
{{>SECTION_FIELDS}}
