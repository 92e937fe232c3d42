{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="vi">
<head>
{{>HEAD}}
<title>{{SITE_NAME}}</title>
</head>
<body>
{{>HEADER}}
<main id="noi-dung" class="main main--home" tabindex="-1">
<h1 class="visually-hidden">{{SITE_NAME}}</h1>
{{#EMPTY}}<p class="empty">Chưa có bài viết nào được đăng. Mời bạn quay lại sau.</p>{{/EMPTY}}
{{#LATEST}}
<section class="block block--latest" aria-labelledby="tin-moi-nhat">
<h2 class="block__title" id="tin-moi-nhat">Tin mới nhất</h2>
<div class="teasers">
{{#ARTICLE}}
<article class="teaser">
{{#SECTION}}<p class="teaser__section"><a href="{{URL}}">{{NAME}}</a></p>{{/SECTION}}
<h3 class="teaser__title"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="teaser__meta"><time datetime="{{DATETIME}}">{{DATE}}</time></p>
{{#LEAD}}<p class="teaser__lead">{{TEXT}}</p>{{/LEAD}}
</article>
{{/ARTICLE}}
</div>
</section>
{{/LATEST}}
{{>MOST_READ}}
{{#SECTION_BLOCK}}
<section class="block">
<h2 class="block__title"><a href="{{URL}}">{{NAME}}</a></h2>
<div class="teasers teasers--compact">
{{#ARTICLE}}
<article class="teaser">
<h3 class="teaser__title"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="teaser__meta"><time datetime="{{DATETIME}}">{{DATE}}</time></p>
{{#LEAD}}<p class="teaser__lead">{{TEXT}}</p>{{/LEAD}}
</article>
{{/ARTICLE}}
</div>
<p class="block__more"><a href="{{URL}}">Xem thêm trong chuyên mục {{NAME}}</a></p>
</section>
{{/SECTION_BLOCK}}
</main>
{{>FOOTER}}
</body>
</html>
