{{%AUTOESCAPE context="HTML"}}
{{! The account form: creating (with a password) or editing (role, sections, disabled). }}
<form class="nr-form" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
{{#NEW}}
<p class="nr-field"><label for="tk-ten">Tên đăng nhập</label>
<input id="tk-ten" name="username" type="text" value="{{USERNAME}}" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="64" required></p>
{{/NEW}}
<p class="nr-field"><label for="tk-hien-thi">Tên hiển thị</label>
<input id="tk-hien-thi" name="display_name" type="text" value="{{DISPLAY_NAME}}" maxlength="200"></p>
<p class="nr-field"><label for="tk-vai-tro">Vai trò</label>
<select id="tk-vai-tro" name="role">
{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}
</select></p>
<fieldset class="nr-checks"><legend>Chuyên mục được làm việc</legend>
{{#SECTION_CHECK}}<label class="nr-check"><input type="checkbox" name="section" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}> {{NAME}}</label>{{/SECTION_CHECK}}
</fieldset>
{{#NEW}}
<p class="nr-field"><label for="tk-mat-khau">Mật khẩu</label>
<input id="tk-mat-khau" name="password" type="password" autocomplete="new-password" maxlength="1024" required></p>
{{/NEW}}
{{#EDIT}}
<p class="nr-field"><label class="nr-check"><input type="checkbox" name="disabled" value="1"{{#DISABLED}} checked{{/DISABLED}}> Khóa tài khoản (đăng xuất ngay mọi phiên)</label></p>
{{/EDIT}}
<p><button class="button nr-button" type="submit">{{SUBMIT_LABEL}}</button></p>
</form>
