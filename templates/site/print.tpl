{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="vi">
<head>
{{>HEAD}}
<title>{{TITLE}} - {{SITE_NAME}}</title>
</head>
<body class="print-view">
{{! The print view: no menu, no share links. site.js shows the print button; the toolbar is hidden on paper. }}
<div class="print-toolbar">
<a class="print-toolbar__back" href="{{ARTICLE_PATH}}">Quay lại bài viết</a>
<button class="print-toolbar__print" type="button" data-print hidden>In trang này</button>
</div>
<main id="noi-dung" class="print-page">
<p class="print-page__site">{{SITE_NAME}}</p>
<article class="article">
{{>CONTENT}}
</article>
<p class="print-page__source">Địa chỉ bài viết: {{ARTICLE_URL}}</p>
</main>
</body>
</html>
