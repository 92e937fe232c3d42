{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="vi">
<head>
{{>HEAD}}
<title>Không tìm thấy trang - {{SITE_NAME}}</title>
</head>
<body>
{{>HEADER}}
<main id="noi-dung" class="main main--message" tabindex="-1">
<h1 class="page-title">Không tìm thấy trang</h1>
<p>Trang bạn tìm không có trên trang tin này, hoặc đã chuyển sang địa chỉ khác. Mời bạn kiểm tra lại địa chỉ, hoặc chọn một chuyên mục ở trình đơn phía trên.</p>
<p><a class="button" href="/">Về trang chủ</a></p>
</main>
{{>FOOTER}}
</body>
</html>
