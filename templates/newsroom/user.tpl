{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Tài khoản {{USERNAME}}</h1>
<p class="nr-state"><a href="/toa-soan/tai-khoan">Về danh sách tài khoản</a></p>
{{>USER_FIELDS}}
