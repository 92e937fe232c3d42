{{%AUTOESCAPE context="HTML"}}
{{! "Đọc nhiều": the articles read most in the last 24 hours and 7 days (site/most_read_board.h), on the home and article pages. Views are counted without cookies. }}
<section class="block most-read" aria-labelledby="doc-nhieu">
<h2 class="block__title" id="doc-nhieu">Đọc nhiều</h2>
{{#DAY}}<h3 class="most-read__period">Trong 24 giờ qua</h3>
<ol class="most-read__list">
{{#ITEM}}<li class="most-read__item"><a href="{{URL}}">{{TITLE}}</a></li>{{/ITEM}}
</ol>{{/DAY}}
{{#WEEK}}<h3 class="most-read__period">Trong 7 ngày qua</h3>
<ol class="most-read__list">
{{#ITEM}}<li class="most-read__item"><a href="{{URL}}">{{TITLE}}</a></li>{{/ITEM}}
</ol>{{/WEEK}}
</section>
