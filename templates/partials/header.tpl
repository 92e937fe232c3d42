{{%AUTOESCAPE context="HTML"}}
{{! The top of every public page but the print view: skip link, site name and logo, search box, section menu. }}
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
{{! Today in Vietnam with its lunar date (text/lunar_calendar.h). Pages carry the tag "date" and are rendered again after midnight (app/day_change_watcher.h). }}
{{#TODAY}}<p class="site-header__date"><time datetime="{{DATE_ISO}}">{{DATE}}</time> ({{LUNAR_DAY}}/{{LUNAR_MONTH}}{{#LEAP}} nhuận{{/LEAP}} âm lịch)</p>{{/TODAY}}
<div class="site-header__brand">
<a class="brand" href="/" rel="home">
{{#LOGO}}<img class="brand__logo" src="{{LOGO_URL}}" alt="" width="44" height="44">{{/LOGO}}
<span class="brand__name">{{SITE_NAME}}</span>
</a>
<form class="site-search" action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm">
<label class="visually-hidden" for="o-tim-kiem">Tìm kiếm</label>
<input class="site-search__input" id="o-tim-kiem" type="search" name="q" placeholder="Tìm kiếm" maxlength="200" autocomplete="off" enterkeyhint="search">
<button class="site-search__button" type="submit">Tìm</button>
</form>
</div>
<nav class="site-nav" aria-label="Chuyên mục">
<ul class="site-nav__list">
<li><a href="/"{{#HOME_CURRENT}} aria-current="page"{{/HOME_CURRENT}}>Trang chủ</a></li>
{{#NAV_ITEM}}<li><a href="{{URL}}"{{#CURRENT_PAGE}} aria-current="page"{{/CURRENT_PAGE}}{{#CURRENT}} aria-current="true"{{/CURRENT}}>{{NAME}}</a></li>{{/NAV_ITEM}}
</ul>
</nav>
</header>
