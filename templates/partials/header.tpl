{{%AUTOESCAPE context="HTML"}}
{{! The top of every public page but the print view: skip link, site name and logo, section menu. }}
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
<div class="site-header__brand">
<a class="brand" href="/" rel="home">
{{#LOGO}}<img class="brand__logo" src="{{LOGO_URL}}" alt="" width="44" height="44">{{/LOGO}}
<span class="brand__name">{{SITE_NAME}}</span>
</a>
</div>
<nav class="site-nav" aria-label="Chuyên mục">
<ul class="site-nav__list">
<li><a href="/"{{#HOME_CURRENT}} aria-current="page"{{/HOME_CURRENT}}>Trang chủ</a></li>
{{#NAV_ITEM}}<li><a href="{{URL}}"{{#CURRENT_PAGE}} aria-current="page"{{/CURRENT_PAGE}}{{#CURRENT}} aria-current="true"{{/CURRENT}}>{{NAME}}</a></li>{{/NAV_ITEM}}
</ul>
</nav>
</header>
