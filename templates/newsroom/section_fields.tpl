{{%AUTOESCAPE context="HTML"}}
<form class="nr-form" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<p class="nr-field"><label for="cm-ten">Tên chuyên mục</label>
<input id="cm-ten" name="name" type="text" value="{{NAME}}" maxlength="200" required></p>
<p class="nr-field"><label for="cm-duong-dan">Đường dẫn (chữ không dấu, số và gạch nối; để trống để tự tạo từ tên)</label>
<input id="cm-duong-dan" name="slug" type="text" value="{{SLUG}}" maxlength="100" autocapitalize="none" spellcheck="false"></p>
<p class="nr-field"><label for="cm-thuoc">Thuộc chuyên mục</label>
<select id="cm-thuoc" name="parent_id">
<option value="">Không (chuyên mục gốc)</option>
{{#PARENT_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PARENT_OPTION}}
</select></p>
<p class="nr-field"><label for="cm-thu-tu">Thứ tự</label>
<input id="cm-thu-tu" name="position" type="number" value="{{POSITION}}" inputmode="numeric"></p>
<p><button class="button nr-button" type="submit">{{SUBMIT_LABEL}}</button></p>
</form>
