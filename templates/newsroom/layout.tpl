{{%AUTOESCAPE context="HTML"}}
{{! Every newsroom page: never indexed, never cached (the handlers send no-store). The page's own content is the CONTENT include, whose file the handler names. }}
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{PAGE_TITLE}} - Tòa soạn {{SITE_NAME}}</title>
<link rel="stylesheet" href="/static/css/fonts.css">
<link rel="stylesheet" href="/static/css/site.css">
<link rel="stylesheet" href="/static/css/newsroom.css">
<link rel="icon" href="/static/img/logo.svg" type="image/svg+xml">
<script src="/static/js/newsroom.js" defer></script>
</head>
<body class="newsroom">
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
<div class="site-header__brand">
<a class="brand" href="/toa-soan">
<img class="brand__logo" src="/static/img/logo.svg" alt="" width="44" height="44">
<span class="brand__name">Tòa soạn <span class="nr-site">{{SITE_NAME}}</span></span>
</a>
{{#USER}}
<form class="nr-signout" action="/toa-soan/dang-xuat" method="post">
<input type="hidden" name="csrf_token" value="{{CSRF}}">
<span class="nr-who">{{DISPLAY_NAME}} ({{ROLE_LABEL}})</span>
<button class="button nr-button--quiet" type="submit">Đăng xuất</button>
</form>
{{/USER}}
</div>
{{#USER}}
<nav class="site-nav" aria-label="Tòa soạn">
<ul class="site-nav__list">
<li><a href="/toa-soan">Tổng quan</a></li>
<li><a href="/toa-soan/bai-viet">Bài viết</a></li>
<li><a href="/toa-soan/bai-viet/moi">Viết bài mới</a></li>
<li><a href="/toa-soan/anh">Thư viện ảnh</a></li>
{{#ADMIN}}
<li><a href="/toa-soan/tai-khoan">Tài khoản</a></li>
<li><a href="/toa-soan/chuyen-muc">Chuyên mục</a></li>
<li><a href="/toa-soan/nhat-ky">Nhật ký</a></li>
{{/ADMIN}}
<li><a href="/toa-soan/mat-khau">Đổi mật khẩu</a></li>
<li><a href="/">Xem trang tin</a></li>
</ul>
</nav>
{{/USER}}
</header>
<main id="noi-dung" class="main nr-main" tabindex="-1">
{{#NOTICE}}<p class="nr-notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#ERROR}}<p class="nr-error" role="alert">{{TEXT}}</p>{{/ERROR}}
{{>CONTENT}}
</main>
</body>
</html>
