{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="vi">
<head>
{{>HEAD}}
<title>Bài viết đã được gỡ - {{SITE_NAME}}</title>
</head>
<body>
{{>HEADER}}
<main id="noi-dung" class="main main--message" tabindex="-1">
<h1 class="page-title">Bài viết đã được gỡ</h1>
<p>Bài viết đã được gỡ khỏi trang và không còn để đọc. Mời bạn xem các tin khác ở trang chủ hoặc trong các chuyên mục ở trình đơn phía trên.</p>
<p><a class="button" href="/">Về trang chủ</a></p>
</main>
{{>FOOTER}}
</body>
</html>
