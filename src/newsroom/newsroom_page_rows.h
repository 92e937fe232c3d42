#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/article.h"
#include "newsroom/newsroom.h"
#include "store/store.h"

namespace ctemplate {
class TemplateDictionary;
}  // namespace ctemplate

namespace toasoan {

// What a list of articles shows beside each title: its section's name and its author's
// (names of other accounts only for an administrator, who may list accounts).
struct RowContext {
  int64_t me = 0;
  std::map<int64_t, std::string> sections;
  std::map<int64_t, std::string> users;
};

RowContext MakeRowContext(Store& store, Newsroom& newsroom, const Actor& actor);
// The name shown for account `id`: "Bạn" for the viewer, the account's name when known.
std::string AuthorName(const RowContext& ctx, int64_t id);

// Adds the ROWS include (newsroom/article_rows.tpl) listing `items` to `dict`.
void AddRows(const RowContext& ctx, const std::vector<Article>& items,
             ctemplate::TemplateDictionary* dict);

}  // namespace toasoan
