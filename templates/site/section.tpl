{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="vi">
<head>
{{>HEAD}}
<title>{{SECTION_NAME}}{{#PAGED}} - Trang {{PAGE}}{{/PAGED}} - {{SITE_NAME}}</title>
</head>
<body>
{{>HEADER}}
<main id="noi-dung" class="main" tabindex="-1">
<h1 class="page-title">{{SECTION_NAME}}</h1>
{{#EMPTY}}<p class="empty">Chuyên mục này chưa có bài viết nào. Mời bạn quay lại sau, hoặc về <a href="/">trang chủ</a> để đọc tin mới nhất.</p>{{/EMPTY}}
<div class="teasers">
{{#ARTICLE}}
<article class="teaser">
<h2 class="teaser__title"><a href="{{URL}}">{{TITLE}}</a></h2>
<p class="teaser__meta"><time datetime="{{DATETIME}}">{{DATE}}</time></p>
{{#LEAD}}<p class="teaser__lead">{{TEXT}}</p>{{/LEAD}}
</article>
{{/ARTICLE}}
</div>
{{#PAGER}}
<nav class="pager" aria-label="Phân trang">
{{#PREV}}<a class="pager__link pager__link--prev" href="{{URL}}" rel="prev">Trang trước</a>{{/PREV}}
<span class="pager__status">Trang {{PAGE}}/{{PAGES}}</span>
{{#NEXT}}<a class="pager__link pager__link--next" href="{{URL}}" rel="next">Trang sau</a>{{/NEXT}}
</nav>
{{/PAGER}}
</main>
{{>FOOTER}}
</body>
</html>
