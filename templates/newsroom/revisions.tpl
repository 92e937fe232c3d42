{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Các phiên bản</h1>
<p class="nr-state"><a href="/toa-soan/bai-viet/{{ID}}">{{TITLE}}</a></p>
{{#COMPARE}}
<section class="nr-compare" aria-labelledby="so-sanh">
<h2 class="nr-block__title" id="so-sanh">So sánh phiên bản {{FROM}} với phiên bản {{TO}}</h2>
<p class="nr-hint">Chữ bị bỏ được gạch ngang, chữ thêm vào được tô màu.</p>
{{#PART}}
<h3 class="nr-compare__part">{{LABEL}}</h3>
<p class="nr-diff">{{#PIECE}}{{#SAME}}{{TEXT}}{{/SAME}}{{#ADDED}}<ins>{{TEXT}}</ins>{{/ADDED}}{{#REMOVED}}<del>{{TEXT}}</del>{{/REMOVED}}{{/PIECE}}</p>
{{/PART}}
</section>
{{/COMPARE}}
{{#NO_REVISIONS}}<p class="empty">Bài này chưa có phiên bản nào được lưu trong tòa soạn.</p>{{/NO_REVISIONS}}
{{#HAS_REVISIONS}}
<form class="nr-form nr-compare-form" action="/toa-soan/bai-viet/{{ID}}/phien-ban" method="get">
<p class="nr-field">
<label for="tu">Từ phiên bản</label>
<select id="tu" name="tu">
{{#FROM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FROM_OPTION}}
</select>
</p>
<p class="nr-field">
<label for="den">Đến phiên bản</label>
<select id="den" name="den">
{{#TO_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TO_OPTION}}
</select>
</p>
<p><button class="button nr-button" type="submit">So sánh</button></p>
</form>
<ol class="nr-list nr-revisions" reversed>
{{#REVISION}}<li class="nr-list__item"><a class="nr-list__title" href="/toa-soan/bai-viet/{{ARTICLE_ID}}/phien-ban/{{ID}}">Phiên bản {{ID}}</a>
<span class="nr-list__meta">{{AT}}{{#WHO}} · {{NAME}}{{/WHO}}{{#NOTE}} · {{TEXT}}{{/NOTE}}</span></li>{{/REVISION}}
</ol>
{{/HAS_REVISIONS}}
