{{%AUTOESCAPE context="HTML"}}
{{! A short list of articles (dashboard blocks and the article list). }}
<ul class="nr-list">
{{#ROW}}<li class="nr-list__item"><a class="nr-list__title" href="/toa-soan/bai-viet/{{ID}}">{{TITLE}}</a>
<span class="nr-list__meta"><span class="nr-status nr-status--{{STATUS}}">{{STATUS_LABEL}}</span> · {{SECTION}}{{#AUTHOR}} · {{NAME}}{{/AUTHOR}} · {{UPDATED}}{{#SCHEDULED}} · đăng lúc {{AT}}{{/SCHEDULED}}</span></li>{{/ROW}}
</ul>
