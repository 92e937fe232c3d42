{{%AUTOESCAPE context="HTML"}}
{{! One photo of an article. A photo awaiting its file is a neutral box, never a broken <img>. }}
<figure class="photo">
{{! WEBP and JPEG carry the responsive variants' srcset once they are made; WIDTH and HEIGHT reserve the photo's place (no layout shift); the first photo of an article loads at once, the others lazily. }}
{{#IMAGE}}<picture>{{#WEBP}}<source type="image/webp" srcset="{{SRCSET}}" sizes="{{SIZES}}">{{/WEBP}}<img class="photo__img" src="{{SRC}}"{{#JPEG}} srcset="{{SRCSET}}" sizes="{{SIZES}}"{{/JPEG}}{{#SIZE}} width="{{WIDTH}}" height="{{HEIGHT}}"{{/SIZE}} alt="{{ALT}}"{{#LAZY}} loading="lazy"{{/LAZY}} decoding="async"></picture>{{/IMAGE}}
{{! The saved copy's photo. DATA_URL passed IsImageDataUrl (article_view.h): "data:image/…;base64," and base64 letters only, nothing that can leave the attribute; ":none" because ctemplate turns any data: URL into "#". }}
{{#INLINE_IMAGE}}<img class="photo__img" src="{{DATA_URL:none}}" alt="{{ALT}}">{{/INLINE_IMAGE}}
{{#AWAITING}}<div class="photo__placeholder" aria-hidden="true"></div>{{/AWAITING}}
{{#FIGCAPTION}}<figcaption class="photo__caption">{{#CAPTION}}{{TEXT}} {{/CAPTION}}{{#CREDIT}}<span class="photo__credit">Ảnh: {{TEXT}}</span>{{/CREDIT}}</figcaption>{{/FIGCAPTION}}
</figure>
