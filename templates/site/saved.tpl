{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
{{! Links in the saved file (section, body) are paths of the site: they resolve against it, not against the folder the file was saved to. }}
<base href="{{SITE_URL}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
{{#DESCRIPTION}}<meta name="description" content="{{TEXT}}">{{/DESCRIPTION}}
<link rel="canonical" href="{{ARTICLE_URL}}">
<title>{{TITLE}} - {{SITE_NAME}}</title>
{{! CSS is static/css/print.css, read by the site (src/site/saved_copy.cc); the renderer leaves it out when it contains "</", so it cannot end this element. ":none" is ctemplate's explicit opt-out: CSS escaping would break the stylesheet. }}
<style>{{CSS:none}}</style>
</head>
<body class="print-view saved-copy">
{{! The saved copy ("Lưu bài viết"): the print view in one file that opens without a network. No script, no font files (the reader's own fonts), photos inlined. }}
<main id="noi-dung" class="print-page">
<p class="print-page__site">{{SITE_NAME}}</p>
<article class="article">
{{>CONTENT}}
</article>
<p class="print-page__source">Địa chỉ bài viết: <a href="{{ARTICLE_URL}}">{{ARTICLE_URL}}</a></p>
</main>
</body>
</html>
