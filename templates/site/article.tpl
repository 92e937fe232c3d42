{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="vi">
<head>
{{>HEAD}}
<title>{{TITLE}} - {{SITE_NAME}}</title>
</head>
<body>
{{>HEADER}}
<main id="noi-dung" class="main" tabindex="-1">
<article class="article">
{{>CONTENT}}
{{! Plain links and a button: no third-party script. site.js shows the copy button and copies the URL; without JavaScript the button stays hidden. }}
<div class="share" role="group" aria-labelledby="chia-se">
<span class="share__label" id="chia-se">Chia sẻ:</span>
<ul class="share__list">
<li><a class="share__link share__link--zalo" href="https://sp.zalo.me/share_to?url={{SHARE_URL:url_query_escape}}" rel="noopener nofollow">Zalo</a></li>
<li><a class="share__link share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u={{SHARE_URL:url_query_escape}}" rel="noopener nofollow">Facebook</a></li>
<li><button class="share__link share__link--copy" type="button" data-copy-link data-done="Đã sao chép liên kết" data-failed="Hãy sao chép liên kết trong ô bên dưới" hidden>Sao chép liên kết</button></li>
<li><a class="share__link share__link--print" href="{{PRINT_URL}}">In bài viết</a></li>
</ul>
<input class="share__url" type="text" value="{{SHARE_URL}}" readonly aria-label="Liên kết bài viết" data-copy-source hidden>
<p class="share__status" role="status" data-copy-status></p>
</div>
</article>
</main>
{{>FOOTER}}
</body>
</html>
