{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Chuyên mục {{TITLE}}</h1>
<p class="nr-state"><a href="/toa-soan/chuyen-muc">Về danh sách chuyên mục</a></p>
{{>SECTION_FIELDS}}
