{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Tổng quan</h1>
<p><a class="button nr-button" href="/toa-soan/bai-viet/moi">Viết bài mới</a></p>
<div class="nr-blocks">
{{#BLOCK}}
<section class="nr-block" aria-labelledby="khoi-{{KEY}}">
<h2 class="nr-block__title" id="khoi-{{KEY}}">{{TITLE}}</h2>
{{#EMPTY}}<p class="empty">Chưa có bài nào.</p>{{/EMPTY}}
{{>ROWS}}
<p class="nr-block__more"><a href="{{MORE_URL}}">Xem tất cả</a></p>
</section>
{{/BLOCK}}
</div>
