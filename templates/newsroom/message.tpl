{{%AUTOESCAPE context="HTML"}}
{{! A refusal, a missing page or a failure: the title and a sentence (the ERROR line above says the specifics). }}
<h1 class="page-title">{{TITLE}}</h1>
<p>{{TEXT}}</p>
<p><a class="button" href="/toa-soan">Về trang tổng quan</a></p>
