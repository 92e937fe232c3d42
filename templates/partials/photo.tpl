{{%AUTOESCAPE context="HTML"}}
{{! One photo of an article. A photo awaiting its file is a neutral box, never a broken <img>. }}
<figure class="photo">
{{! IMAGE: the photo's <picture> (partials/picture.tpl). }}
{{#IMAGE}}{{>PICTURE}}{{/IMAGE}}
{{! The saved copy's photo. DATA_URL passed IsImageDataUrl (article_view.h): "data:image/…;base64," and base64 letters only, nothing that can leave the attribute; ":none" because ctemplate turns any data: URL into "#". }}
{{#INLINE_IMAGE}}<img class="photo__img" src="{{DATA_URL:none}}" alt="{{ALT}}">{{/INLINE_IMAGE}}
{{#AWAITING}}<div class="photo__placeholder" aria-hidden="true"></div>{{/AWAITING}}
{{#FIGCAPTION}}<figcaption class="photo__caption">{{#CAPTION}}{{TEXT}} {{/CAPTION}}{{#CREDIT}}<span class="photo__credit">Ảnh: {{TEXT}}</span>{{/CREDIT}}</figcaption>{{/FIGCAPTION}}
</figure>
