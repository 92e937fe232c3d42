#pragma once

#include <array>
#include <string_view>

namespace toasoan {

// The template files of the public site, relative to the templates folder. Pages name
// their partials by these names when they set an include's filename, and Load loads
// exactly this list, so an include can never reach a file that was not checked.
inline constexpr char kHomeTemplate[] = "site/home.tpl";
inline constexpr char kSectionTemplate[] = "site/section.tpl";
inline constexpr char kArticleTemplate[] = "site/article.tpl";
inline constexpr char kPrintTemplate[] = "site/print.tpl";
inline constexpr char kNotFoundTemplate[] = "site/not_found.tpl";
inline constexpr char kGoneTemplate[] = "site/gone.tpl";
inline constexpr char kSavedTemplate[] = "site/saved.tpl";
inline constexpr char kSearchTemplate[] = "site/search.tpl";
inline constexpr char kHeadPartial[] = "partials/head.tpl";
inline constexpr char kHeaderPartial[] = "partials/header.tpl";
inline constexpr char kFooterPartial[] = "partials/footer.tpl";
inline constexpr char kArticleContentPartial[] = "partials/article_content.tpl";
inline constexpr char kPhotoPartial[] = "partials/photo.tpl";
// The <picture> of one photo: photo rows and the body's library photos share it.
inline constexpr char kPicturePartial[] = "partials/picture.tpl";
inline constexpr char kMostReadPartial[] = "partials/most_read.tpl";

// Partials first: a page's includes are parsed before the page itself.
inline constexpr std::array<std::string_view, 15> kSiteTemplates = {
    kPicturePartial,        kMostReadPartial,  kHeadPartial,  kHeaderPartial,   kFooterPartial,
    kArticleContentPartial, kPhotoPartial,     kHomeTemplate, kSectionTemplate, kArticleTemplate,
    kPrintTemplate,         kNotFoundTemplate, kGoneTemplate, kSavedTemplate,   kSearchTemplate,
};

// Every template must start with this line, so every variable is escaped for its context.
inline constexpr std::string_view kAutoEscapePragma = "{{%AUTOESCAPE context=\"HTML\"}}";

}  // namespace toasoan
