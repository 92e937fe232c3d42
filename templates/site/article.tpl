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
{{! Text size for this reader, kept in the browser: text-size.js (in <head>) applies it before the first paint and shows this group only where scripts run; site.js drives the buttons. }}
<div class="text-size" role="group" aria-labelledby="co-chu">
<span class="text-size__label" id="co-chu">Cỡ chữ</span>
<button class="text-size__button" type="button" data-text-step="-1"><span aria-hidden="true">A−</span><span class="visually-hidden">Chữ nhỏ hơn</span></button>
<button class="text-size__button" type="button" data-text-step="0"><span aria-hidden="true">A</span><span class="visually-hidden">Cỡ chữ mặc định</span></button>
<button class="text-size__button" type="button" data-text-step="1"><span aria-hidden="true">A+</span><span class="visually-hidden">Chữ lớn hơn</span></button>
</div>
{{! Listen to the article: only once its audio is ready (app/audio_generator.h). A link to the MP3 (the browser plays it without any script); site.js turns a press of it into an <audio controls> player in its place, so the page itself carries no media element and fetches nothing until the reader asks. }}
{{#AUDIO}}<div class="listen" role="group" aria-labelledby="nghe-bai-viet">
<p class="listen__label" id="nghe-bai-viet">Nghe bài viết <span class="listen__duration">(<time datetime="{{DURATION_ISO}}">{{DURATION}}</time>)</span></p>
<a class="listen__play" href="{{URL}}" type="audio/mpeg" data-listen>Phát bản đọc</a>
</div>{{/AUDIO}}
{{>CONTENT}}
{{! Plain links and a button: no third-party script. site.js shows the copy button and copies the URL; without JavaScript the button stays hidden. }}
<div class="share" role="group" aria-labelledby="chia-se">
<span class="share__label" id="chia-se">Chia sẻ:</span>
<ul class="share__list">
<li><a class="share__link share__link--zalo" href="https://sp.zalo.me/share_to?url={{SHARE_URL:url_query_escape}}" rel="noopener nofollow">Zalo</a></li>
<li><a class="share__link share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u={{SHARE_URL:url_query_escape}}" rel="noopener nofollow">Facebook</a></li>
<li><button class="share__link share__link--copy" type="button" data-copy-link data-done="Đã sao chép liên kết" data-failed="Hãy sao chép liên kết trong ô bên dưới" hidden>Sao chép liên kết</button></li>
<li><a class="share__link share__link--print" href="{{PRINT_URL}}">In bài viết</a></li>
<li><a class="share__link share__link--save" href="{{SAVE_URL}}" download>Lưu bài viết</a></li>
</ul>
<input class="share__url" type="text" value="{{SHARE_URL}}" readonly aria-label="Liên kết bài viết" data-copy-source hidden>
<p class="share__status" role="status" data-copy-status></p>
</div>
</article>
{{! Related articles: those sharing rare words of title and lead, same section preferred (domain/related.h). }}
{{#RELATED}}<section class="related" aria-labelledby="bai-lien-quan">
<h2 class="related__title" id="bai-lien-quan">Bài liên quan</h2>
<ul class="related__list">
{{#ITEM}}<li class="related__item"><a href="{{URL}}">{{TITLE}}</a> <time class="related__date" datetime="{{DATETIME}}">{{DATE}}</time></li>{{/ITEM}}
</ul>
</section>{{/RELATED}}
{{>MOST_READ}}
</main>
{{>FOOTER}}
</body>
</html>
