{{%AUTOESCAPE context="HTML"}}
{{! The search page (/tim-kiem): the form, notices, the hits with matched words in <mark>, or what to try when nothing is found. }}
<!doctype html>
<html lang="vi">
<head>
{{>HEAD}}
<title>{{#HAS_QUERY}}Tìm kiếm: {{QUERY}}{{/HAS_QUERY}}{{#NO_QUERY}}Tìm kiếm{{/NO_QUERY}}{{#PAGED}} - Trang {{PAGE}}{{/PAGED}} - {{SITE_NAME}}</title>
</head>
<body>
{{>HEADER}}
<main id="noi-dung" class="main" tabindex="-1">
<h1 class="page-title">Tìm kiếm</h1>
<form class="search-form" action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm theo chuyên mục và ngày">
<div class="search-form__field search-form__field--query">
<label for="tk-tu-khoa">Từ khóa (có dấu hoặc không dấu)</label>
<input id="tk-tu-khoa" type="search" name="q" value="{{QUERY}}" maxlength="200" autocomplete="off" enterkeyhint="search">
</div>
<div class="search-form__field">
<label for="tk-chuyen-muc">Chuyên mục</label>
<select id="tk-chuyen-muc" name="section">
<option value="">Tất cả chuyên mục</option>
{{#SECTION_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SECTION_OPTION}}
</select>
</div>
<div class="search-form__field">
<label for="tk-tu-ngay">Từ ngày</label>
<input id="tk-tu-ngay" type="date" name="from" value="{{FROM}}">
</div>
<div class="search-form__field">
<label for="tk-den-ngay">Đến ngày</label>
<input id="tk-den-ngay" type="date" name="to" value="{{TO}}">
</div>
<button class="button search-form__submit" type="submit">Tìm kiếm</button>
</form>
{{#BAD_DATE}}<p class="search-notice">Không đọc được ngày bạn nhập, nên chưa lọc theo ngày. Xin nhập ngày theo dạng ngày/tháng/năm, ví dụ 16/10/2020.</p>{{/BAD_DATE}}
{{#TRUNCATED}}<p class="search-notice">Từ khóa quá dài: chỉ phần đầu, “{{QUERY}}”, được dùng để tìm.</p>{{/TRUNCATED}}
{{#DECODED}}<p class="search-notice">Không có kết quả cho “{{TYPED}}”. Đã tìm với “<strong>{{SEARCHED}}</strong>”, đọc từ khóa theo kiểu gõ tiếng Việt.</p>{{/DECODED}}
{{#EMPTY_QUERY}}<p class="search-summary">Nhập từ khóa, có dấu hoặc không dấu, rồi bấm “Tìm kiếm”. Đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm từ đó.</p>{{/EMPTY_QUERY}}
{{#NONE}}
<div class="search-empty">
<p class="search-empty__title">Không tìm thấy bài viết nào cho “{{SEARCHED}}”.</p>
<p>Bạn có thể thử:</p>
<ul>
<li>kiểm tra lại chính tả, hoặc gõ không dấu, ví dụ “dan van”;</li>
<li>dùng ít từ hơn, hoặc một từ khác cùng nghĩa;</li>
<li>bỏ dấu ngoặc kép để tìm các từ không cần đứng liền nhau;</li>
{{#FILTERED}}<li><a href="{{URL}}">tìm trong mọi chuyên mục và mọi ngày</a>;</li>{{/FILTERED}}
<li>đọc <a href="/">tin mới nhất</a> trên trang chủ.</li>
</ul>
</div>
{{/NONE}}
{{#PAST_END}}<p class="search-summary">Không còn kết quả nào cho “{{SEARCHED}}” ở trang này.</p>{{/PAST_END}}
{{#RESULTS}}
<p class="search-summary">Kết quả tìm kiếm cho “{{SEARCHED}}”{{#PAGED}}, trang {{PAGE}}{{/PAGED}}:</p>
<ol class="search-results">
{{#HIT}}
<li class="search-result">
<h2 class="teaser__title"><a href="{{URL}}">{{#TITLE_RUN}}{{#MARK}}<mark>{{TEXT}}</mark>{{/MARK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/TITLE_RUN}}</a></h2>
<p class="teaser__meta"><a href="{{SECTION_URL}}">{{SECTION_NAME}}</a> · <time datetime="{{DATETIME}}">{{DATE}}</time></p>
<p class="search-result__snippet">{{#SNIPPET_RUN}}{{#MARK}}<mark>{{TEXT}}</mark>{{/MARK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/SNIPPET_RUN}}</p>
</li>
{{/HIT}}
</ol>
{{/RESULTS}}
{{#PAGER}}
<nav class="pager" aria-label="Phân trang">
{{#PREV}}<a class="pager__link pager__link--prev" href="{{URL}}" rel="prev">Trang trước</a>{{/PREV}}
<span class="pager__status">Trang {{PAGE}}</span>
{{#NEXT}}<a class="pager__link pager__link--next" href="{{URL}}" rel="next">Trang sau</a>{{/NEXT}}
</nav>
{{/PAGER}}
</main>
{{>FOOTER}}
</body>
</html>
