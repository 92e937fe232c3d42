#include "app/check_command.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

#include "html/html_text.h"
#include "proofread/proofreader.h"
#include "proofread/spell_dictionary.h"
#include "text/nfc.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

struct Paragraphs {
  std::vector<std::string> texts;
  std::vector<std::size_t> lines;  // 1-based line (or paragraph) number of each
};

Result<std::string> ReadFile(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Fail(Error::Io("cannot open"));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Fail(Error::Io("read error"));
  return buf.str();
}

// Windows-1252 → UTF-8 (the five undefined bytes as Latin-1 controls).
std::string FromWindows1252(std::string_view bytes) {
  static constexpr char16_t k80[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  for (unsigned char c : bytes) {
    AppendUtf8(c >= 0x80 && c < 0xA0 ? k80[c - 0x80] : c, &out);
  }
  return out;
}

bool EndsWith(std::string name, std::string_view suffix) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name.ends_with(suffix);
}

Result<Paragraphs> ReadParagraphs(const std::string& file) {
  auto bytes = ReadFile(file);
  if (!bytes) return Fail(bytes.error());
  Paragraphs out;
  std::string text;
  if (EndsWith(file, ".html") || EndsWith(file, ".htm")) {
    auto t = HtmlToText(*bytes);
    if (!t) return Fail(t.error());
    text = std::move(*t);
  } else {
    text = std::move(*bytes);
  }
  std::size_t line_no = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (!IsValidUtf8(line)) line = FromWindows1252(line);
    out.texts.push_back(std::move(line));
    out.lines.push_back(line_no);
  }
  return out;
}

}  // namespace

int CheckCommand(const CheckOptions& options, const std::vector<std::string>& files) {
  ProofreadOptions proof;
  proof.tone_style = options.tone_style;
  auto dictionary = SpellDictionary::Open(options.dictionary);
  if (dictionary) {
    proof.dictionary = dictionary->get();
  } else {
    std::fprintf(stderr, "toasoan: check: %s; spelling is not checked\n",
                 dictionary.error().message().c_str());
  }
  bool warned = false, failed = false;
  for (const std::string& file : files) {
    auto paragraphs = ReadParagraphs(file);
    if (!paragraphs) {
      std::fprintf(stderr, "toasoan: %s: %s\n", file.c_str(), paragraphs.error().message().c_str());
      failed = true;
      continue;
    }
    ProofreadText text;
    text.paragraphs = paragraphs->texts;
    for (const ProofWarning& w : Proofread(text, proof)) {
      warned = true;
      std::string fix;
      if (w.replacement) {
        if (w.replacement->empty()) {
          fix = " (gợi ý: xoá)";
        } else if (*w.replacement == " ") {
          fix = " (gợi ý: một dấu cách)";
        } else {
          fix = " (gợi ý: " + *w.replacement + ")";
        }
      }
      std::printf("%s:%zu:%zu: %s: %s%s\n", file.c_str(), paragraphs->lines[w.paragraph],
                  w.char_offset + 1, w.rule.c_str(), w.message.c_str(), fix.c_str());
    }
  }
  std::fflush(stdout);
  return warned || failed ? 1 : 0;
}

}  // namespace toasoan
