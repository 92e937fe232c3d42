{{%AUTOESCAPE context="HTML"}}
{{! The publisher lines a Vietnamese portal must show; a line whose setting is empty is left out. }}
<footer class="site-footer">
<div class="site-footer__inner">
<p class="site-footer__name">{{SITE_NAME}}</p>
{{#DESCRIPTION}}<p class="site-footer__about">{{TEXT}}</p>{{/DESCRIPTION}}
<ul class="site-footer__lines">
{{#GOVERNING_BODY}}<li>Cơ quan chủ quản: {{TEXT}}</li>{{/GOVERNING_BODY}}
{{#RESPONSIBLE_PERSON}}<li>Chịu trách nhiệm chính: {{TEXT}}</li>{{/RESPONSIBLE_PERSON}}
{{#LICENCE}}<li>Giấy phép số {{TEXT}}</li>{{/LICENCE}}
{{#ADDRESS}}<li>Địa chỉ: {{TEXT}}</li>{{/ADDRESS}}
{{#CONTACT}}<li>{{TEXT}}</li>{{/CONTACT}}
</ul>
<p class="site-footer__home"><a href="/">Về trang chủ</a></p>
</div>
</footer>
