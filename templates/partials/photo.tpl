{{%AUTOESCAPE context="HTML"}}
{{! One photo of an article. A photo awaiting its file is a neutral box, never a broken <img>. }}
<figure class="photo">
{{#IMAGE}}<img class="photo__img" src="{{SRC}}" alt="{{ALT}}" loading="lazy" decoding="async">{{/IMAGE}}
{{#AWAITING}}<div class="photo__placeholder" aria-hidden="true"></div>{{/AWAITING}}
{{#FIGCAPTION}}<figcaption class="photo__caption">{{#CAPTION}}{{TEXT}} {{/CAPTION}}{{#CREDIT}}<span class="photo__credit">Ảnh: {{TEXT}}</span>{{/CREDIT}}</figcaption>{{/FIGCAPTION}}
</figure>
