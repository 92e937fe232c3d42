{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Tài khoản</h1>
<div class="nr-table-wrap">
<table class="nr-table">
<thead><tr><th scope="col">Tên đăng nhập</th><th scope="col">Tên hiển thị</th><th scope="col">Vai trò</th><th scope="col">Chuyên mục</th><th scope="col">Tình trạng</th></tr></thead>
<tbody>
{{#USER_ROW}}<tr><td><a href="/toa-soan/tai-khoan/{{ID}}">{{USERNAME}}</a></td><td>{{DISPLAY_NAME}}</td><td>{{ROLE_LABEL}}</td><td>{{SECTIONS}}</td><td>{{#DISABLED}}Đã khóa{{/DISABLED}}{{#ACTIVE}}Đang dùng{{/ACTIVE}}</td></tr>{{/USER_ROW}}
</tbody>
</table>
</div>
<h2 class="nr-block__title" id="tao-tai-khoan">Tạo tài khoản</h2>
{{>USER_FIELDS}}
