{{%AUTOESCAPE context="HTML"}}
{{! The start of every page's <head>; the page writes its own <title> after it. }}
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#DESCRIPTION}}<meta name="description" content="{{TEXT}}">{{/DESCRIPTION}}
{{#NOINDEX}}<meta name="robots" content="noindex">{{/NOINDEX}}
{{#CANONICAL}}<link rel="canonical" href="{{TEXT}}">{{/CANONICAL}}
{{! Not deferred on purpose: it applies the reader's text size before the first paint (a few hundred bytes; the CSP allows no inline script). }}
<script src="/static/js/text-size.js"></script>
<link rel="preload" href="/static/fonts/be-vietnam-pro-vietnamese-400-normal.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/static/fonts/be-vietnam-pro-latin-400-normal.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/static/css/fonts.css">
{{#SCREEN_VIEW}}
<link rel="stylesheet" href="/static/css/site.css">
<link rel="stylesheet" href="/static/css/print.css" media="print">
{{/SCREEN_VIEW}}
{{#PRINT_VIEW}}
<link rel="stylesheet" href="/static/css/print.css">
{{/PRINT_VIEW}}
<link rel="icon" href="/static/img/logo.svg" type="image/svg+xml">
<link rel="alternate" type="application/rss+xml" title="{{SITE_NAME}} (RSS)" href="/rss.xml">
<link rel="alternate" type="application/atom+xml" title="{{SITE_NAME}} (Atom)" href="/atom.xml">
{{#SECTION_FEED}}<link rel="alternate" type="application/rss+xml" title="{{NAME}} - {{SITE_NAME}} (RSS)" href="{{RSS}}">
<link rel="alternate" type="application/atom+xml" title="{{NAME}} - {{SITE_NAME}} (Atom)" href="{{ATOM}}">{{/SECTION_FEED}}
<meta name="theme-color" content="#9b1c1c">
{{#OPEN_GRAPH}}
<meta property="og:site_name" content="{{SITE_NAME}}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="{{TYPE}}">
<meta property="og:title" content="{{TITLE}}">
{{#OG_DESCRIPTION}}<meta property="og:description" content="{{TEXT}}">{{/OG_DESCRIPTION}}
{{#OG_URL}}<meta property="og:url" content="{{TEXT}}">{{/OG_URL}}
{{#OG_IMAGE}}<meta property="og:image" content="{{TEXT}}">{{/OG_IMAGE}}
{{/OPEN_GRAPH}}
{{#ARTICLE_META}}
<meta property="article:published_time" content="{{PUBLISHED_TIME}}">
<meta property="article:modified_time" content="{{MODIFIED_TIME}}">
<meta property="article:section" content="{{SECTION_NAME}}">
{{/ARTICLE_META}}
{{#JSON_LD}}
{{! JSON is built by json_ld.cc with nlohmann::json and has <, > and & written as \u003c, \u003e, \u0026, so it cannot end this element. ":none" is ctemplate's explicit opt-out of auto-escaping (JavaScript escaping would break the JSON). }}
<script type="application/ld+json">{{JSON:none}}</script>
{{/JSON_LD}}
<script src="/static/js/site.js" defer></script>
