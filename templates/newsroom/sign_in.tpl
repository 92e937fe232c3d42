{{%AUTOESCAPE context="HTML"}}
<h1 class="page-title">Đăng nhập tòa soạn</h1>
<form class="nr-form nr-form--narrow" action="/toa-soan/dang-nhap" method="post">
{{#NEXT}}<input type="hidden" name="tiep" value="{{PATH}}">{{/NEXT}}
<p class="nr-field">
<label for="ten-dang-nhap">Tên đăng nhập</label>
<input id="ten-dang-nhap" name="username" type="text" value="{{USERNAME}}" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64">
</p>
<p class="nr-field">
<label for="mat-khau">Mật khẩu</label>
<input id="mat-khau" name="password" type="password" autocomplete="current-password" required maxlength="1024">
</p>
<p><button class="button nr-button" type="submit">Đăng nhập</button></p>
</form>
