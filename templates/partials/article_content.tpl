{{%AUTOESCAPE context="HTML"}}
{{! The article itself, shared by the article page and its print view. }}
<header class="article__header">
<p class="article__section"><a href="{{SECTION_URL}}">{{SECTION_NAME}}</a></p>
<h1 class="article__title">{{TITLE}}</h1>
<p class="article__updated"><time datetime="{{UPDATED_ISO}}">{{UPDATED_LINE}}</time></p>
{{#LEAD}}<p class="sapo">{{TEXT}}</p>{{/LEAD}}
</header>
<div class="article__body">
{{! HTML is Article::body_html, already cleaned by the allowlist sanitizer (src/html) when it was saved. ":none" is ctemplate's explicit way to insert a value unescaped under AUTOESCAPE; use it for nothing that is not sanitized HTML. }}
{{! A block's PARTs: its HTML cut at each library photo of the body, whose <img> becomes that PICTURE. }}
{{#BLOCK}}{{>PHOTO}}{{#PART}}{{HTML:none}}{{>PICTURE}}{{/PART}}{{/BLOCK}}
</div>
{{#BYLINES}}<p class="bylines">{{#BYLINE}}<span class="byline">{{NAME}}</span>{{#BYLINE_separator}}, {{/BYLINE_separator}}{{/BYLINE}}</p>{{/BYLINES}}
