#include "media/xmp_text.h"

#include <glib.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace toasoan {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kDc = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kPhotoshop = "http://ns.adobe.com/photoshop/1.0/";
constexpr std::string_view kXml = "http://www.w3.org/XML/1998/namespace";
constexpr std::size_t kMaxXmpBytes = 1 << 20;

enum class Property { kNone, kDescription, kCreator, kCredit };

struct Name {
  std::string ns;
  std::string local;
  bool Is(std::string_view n, std::string_view l) const { return ns == n && local == l; }
};

struct XmpState {
  std::vector<std::map<std::string, std::string>> scopes;  // prefix → URI, per element
  std::vector<Name> elements;
  Property property = Property::kNone;
  std::size_t property_depth = 0;  // elements.size() when the property opened
  bool in_li = false;
  std::string li_lang;
  std::string text;
  std::vector<std::pair<std::string, std::string>> descriptions;  // (lang, text)
  std::vector<std::string> creators;
  std::string credit;
};

std::string Resolve(const XmpState& s, std::string_view prefix) {
  if (prefix == "xml") return std::string(kXml);
  for (auto it = s.scopes.rbegin(); it != s.scopes.rend(); ++it) {
    auto found = it->find(std::string(prefix));
    if (found != it->end()) return found->second;
  }
  return {};
}

Name Split(const XmpState& s, std::string_view qname) {
  std::size_t colon = qname.find(':');
  if (colon == std::string_view::npos) return {Resolve(s, ""), std::string(qname)};
  return {Resolve(s, qname.substr(0, colon)), std::string(qname.substr(colon + 1))};
}

Property PropertyOf(const Name& n) {
  if (n.Is(kDc, "description")) return Property::kDescription;
  if (n.Is(kDc, "creator")) return Property::kCreator;
  if (n.Is(kPhotoshop, "Credit")) return Property::kCredit;
  return Property::kNone;
}

void Store(XmpState& s, Property p, std::string lang, std::string value) {
  switch (p) {
    case Property::kDescription:
      s.descriptions.emplace_back(std::move(lang), std::move(value));
      break;
    case Property::kCreator:
      s.creators.push_back(std::move(value));
      break;
    case Property::kCredit:
      if (s.credit.empty()) s.credit = std::move(value);
      break;
    case Property::kNone:
      break;
  }
}

void OnStart(GMarkupParseContext*, const gchar* element, const gchar** names, const gchar** values,
             gpointer data, GError**) {
  auto& s = *static_cast<XmpState*>(data);
  std::map<std::string, std::string> scope;
  for (std::size_t i = 0; names[i] != nullptr; ++i) {
    std::string_view n = names[i];
    if (n == "xmlns") scope[""] = values[i];
    if (n.starts_with("xmlns:")) scope[std::string(n.substr(6))] = values[i];
  }
  s.scopes.push_back(std::move(scope));
  Name name = Split(s, element);
  bool parent_is_description = !s.elements.empty() && s.elements.back().Is(kRdf, "Description");
  s.elements.push_back(name);
  if (name.Is(kRdf, "Description")) {
    // Simple properties may be written as attributes: photoshop:Credit="…".
    for (std::size_t i = 0; names[i] != nullptr; ++i) {
      std::string_view n = names[i];
      if (n.starts_with("xmlns")) continue;
      Property p = PropertyOf(Split(s, n));
      if (p == Property::kCredit) Store(s, p, "", values[i]);
    }
    return;
  }
  if (s.property == Property::kNone) {
    Property p = PropertyOf(name);
    if (p != Property::kNone && parent_is_description) {
      s.property = p;
      s.property_depth = s.elements.size();
      s.text.clear();
    }
    return;
  }
  if (name.Is(kRdf, "li")) {
    s.in_li = true;
    s.text.clear();
    s.li_lang.clear();
    for (std::size_t i = 0; names[i] != nullptr; ++i) {
      if (Split(s, names[i]).Is(kXml, "lang")) s.li_lang = values[i];
    }
  }
}

void OnEnd(GMarkupParseContext*, const gchar*, gpointer data, GError**) {
  auto& s = *static_cast<XmpState*>(data);
  if (s.elements.empty()) return;
  Name name = s.elements.back();
  if (s.property != Property::kNone) {
    if (s.in_li && name.Is(kRdf, "li")) {
      Store(s, s.property, s.li_lang, s.text);
      s.in_li = false;
      s.text.clear();
    } else if (s.elements.size() == s.property_depth) {
      // A property without rdf:li (a simple value written as an element).
      if (!CleanPhotoText(s.text).empty()) Store(s, s.property, "", s.text);
      s.property = Property::kNone;
      s.text.clear();
    }
  }
  s.elements.pop_back();
  s.scopes.pop_back();
}

void OnText(GMarkupParseContext*, const gchar* text, gsize len, gpointer data, GError**) {
  auto& s = *static_cast<XmpState*>(data);
  if (s.property == Property::kNone) return;
  if (s.text.size() + len > 64 * 1024) return;
  s.text.append(text, len);
}

}  // namespace

PhotoText ReadXmpText(std::string_view xmp) {
  std::size_t start = xmp.find('<');
  if (start == std::string_view::npos || xmp.size() > kMaxXmpBytes) return {};
  xmp.remove_prefix(start);
  // Writers pad the packet; a NUL ends it.
  xmp = xmp.substr(0, std::min(xmp.size(), xmp.find('\0')));

  XmpState state;
  GMarkupParser parser{};
  parser.start_element = OnStart;
  parser.end_element = OnEnd;
  parser.text = OnText;
  GMarkupParseContext* context =
      g_markup_parse_context_new(&parser, static_cast<GMarkupParseFlags>(0), &state, nullptr);
  GError* error = nullptr;
  if (g_markup_parse_context_parse(context, xmp.data(), static_cast<gssize>(xmp.size()), &error)) {
    g_markup_parse_context_end_parse(context, &error);
  }
  if (error != nullptr) g_error_free(error);
  g_markup_parse_context_free(context);

  PhotoText text;
  for (const auto& [lang, value] : state.descriptions) {
    if (lang == "x-default") text.caption = CleanPhotoText(value);
  }
  if (text.caption.empty() && !state.descriptions.empty()) {
    text.caption = CleanPhotoText(state.descriptions.front().second);
  }
  std::vector<std::string> parts = state.creators;
  parts.push_back(state.credit);
  text.credit = JoinCreditParts(parts);
  return text;
}

}  // namespace toasoan
