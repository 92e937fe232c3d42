{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Đổi mật khẩu</h1>
<form class="nr-form nr-form--narrow" action="/toa-soan/mat-khau" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<p class="nr-field">
<label for="mk-hien-tai">Mật khẩu hiện tại</label>
<input id="mk-hien-tai" name="current" type="password" autocomplete="current-password" required maxlength="1024">
</p>
<p class="nr-field">
<label for="mk-moi">Mật khẩu mới</label>
<input id="mk-moi" name="replacement" type="password" autocomplete="new-password" required maxlength="1024">
</p>
<p class="nr-field">
<label for="mk-nhap-lai">Nhập lại mật khẩu mới</label>
<input id="mk-nhap-lai" name="repeat" type="password" autocomplete="new-password" required maxlength="1024">
</p>
<p><button class="button nr-button" type="submit">Đổi mật khẩu</button></p>
</form>
