{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Phiên bản {{REVISION_ID}}</h1>
<p class="nr-state">Lưu lúc {{AT}}{{#WHO}} · {{NAME}}{{/WHO}}{{#NOTE}} · {{TEXT}}{{/NOTE}} · <a href="/toa-soan/bai-viet/{{ID}}/phien-ban">Các phiên bản</a> · <a href="/toa-soan/bai-viet/{{ID}}">Về bài viết</a></p>
<form class="nr-form nr-action" action="/toa-soan/bai-viet/{{ID}}/phien-ban/{{REVISION_ID}}/khoi-phuc" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<button class="button nr-button" type="submit" data-confirm="Khôi phục phiên bản này thành một phiên bản mới?">Khôi phục phiên bản này</button>
</form>
<article class="article nr-revision">
<h2 class="article__title">{{TITLE}}</h2>
<p class="sapo">{{LEAD}}</p>
{{! The body was sanitized (html/sanitizer.h) when it was saved, like the public page's body, so it is written as it is. }}
<div class="article__body">{{BODY:none}}</div>
</article>
