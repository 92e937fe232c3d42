#include "text/speech_text.h"

#include <array>
#include <cstdint>
#include <optional>

#include "text/fold.h"
#include "text/nfc.h"
#include "text/vietnamese_numbers.h"
#include "text/word_chars.h"

namespace toasoan {
namespace {

struct Unit {
  std::string_view symbol;
  std::string_view words;
};

// Units a number may be followed by. Kept in code rather than in the editable list:
// "m" or "đ" must be read only after a number, never as a word of their own.
constexpr std::array<Unit, 20> kUnits = {{
    {"km²", "ki lô mét vuông"},
    {"km2", "ki lô mét vuông"},
    {"m²", "mét vuông"},
    {"m2", "mét vuông"},
    {"m³", "mét khối"},
    {"m3", "mét khối"},
    {"km", "ki lô mét"},
    {"cm", "xen ti mét"},
    {"mm", "mi li mét"},
    {"m", "mét"},
    {"kg", "ki lô gam"},
    {"ha", "héc ta"},
    {"kWh", "ki lô oát giờ"},
    {"kW", "ki lô oát"},
    {"MW", "mê ga oát"},
    {"USD", "đô la Mỹ"},
    {"VNĐ", "đồng"},
    {"VND", "đồng"},
    {"đ", "đồng"},
    {"°C", "độ C"},
}};

bool IsDigit(std::string_view t, size_t pos) {
  return pos < t.size() && t[pos] >= '0' && t[pos] <= '9';
}

size_t DigitsEnd(std::string_view t, size_t pos) {
  while (IsDigit(t, pos)) ++pos;
  return pos;
}

// A run of at most 15 digits as a number (no overflow).
uint64_t DigitValue(std::string_view digits) {
  uint64_t n = 0;
  for (char c : digits) n = n * 10 + static_cast<uint64_t>(c - '0');
  return n;
}

// A run of at most four digits.
int SmallNumber(std::string_view digits) { return static_cast<int>(DigitValue(digits)); }

size_t PreviousCodePoint(std::string_view t, size_t pos) {
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80);
  return pos;
}

// The word that ends at `pos` or before it with only spaces between, lower case.
std::string WordBefore(std::string_view t, size_t pos) {
  while (pos > 0 && t[pos - 1] == ' ') --pos;
  const size_t end = pos;
  while (WordCharBefore(t, pos)) pos = PreviousCodePoint(t, pos);
  return ToLowerNfc(t.substr(pos, end - pos));
}

// Drops the first word of `words` ("ngày mười sáu …" → "mười sáu …").
std::string WithoutFirstWord(const std::string& words) {
  const size_t space = words.find(' ');
  return space == std::string::npos ? std::string() : words.substr(space + 1);
}

struct Token {
  std::string words;
  size_t end = 0;
};

class Normaliser {
 public:
  Normaliser(std::string_view text, const Abbreviations& abbreviations)
      : t_(text), abbreviations_(abbreviations) {}

  std::string Run() {
    out_.reserve(t_.size() + t_.size() / 2);
    for (size_t pos = 0; pos < t_.size();) {
      if (auto m = abbreviations_.MatchAt(t_, pos)) {
        Emit(m->expansion);
        pos += m->length;
        if (WordCharAt(t_, pos)) out_.push_back(' ');
        continue;
      }
      if (IsDigit(t_, pos) && !WordCharBefore(t_, pos)) {
        pos = NumericChain(pos);
        if (WordCharAt(t_, pos)) out_.push_back(' ');
        continue;
      }
      do {
        out_.push_back(t_[pos++]);
      } while (pos < t_.size() && (static_cast<unsigned char>(t_[pos]) & 0xC0) == 0x80);
    }
    return std::move(out_);
  }

 private:
  // Appends words, with a space after a word character already written.
  void Emit(std::string_view words) {
    if (words.empty()) return;
    if (!out_.empty() && WordCharBefore(out_, out_.size())) out_.push_back(' ');
    out_.append(words);
  }

  // Numbers, dates or times joined by dashes, starting with a digit at `pos`. Returns
  // where the chain ends.
  size_t NumericChain(size_t pos) {
    for (;;) {
      Token token = NumericToken(pos);
      Emit(token.words);
      pos = token.end;
      size_t q = SkipSpaces(pos);
      size_t dash = DashLength(q);
      if (dash == 0) return pos;
      q = SkipSpaces(q + dash);
      if (!IsDigit(t_, q)) return pos;
      Emit("đến");
      pos = q;
    }
  }

  size_t SkipSpaces(size_t pos) const {
    while (pos < t_.size() && t_[pos] == ' ') ++pos;
    return pos;
  }

  // Bytes of a hyphen, en dash or em dash at `pos`, else 0.
  size_t DashLength(size_t pos) const {
    if (pos < t_.size() && t_[pos] == '-') return 1;
    const std::string_view rest = t_.substr(pos);
    if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) return 3;
    return 0;
  }

  // One number, date or time starting with a digit at `pos`.
  Token NumericToken(size_t pos) {
    const size_t e1 = DigitsEnd(t_, pos);
    const std::string_view d1 = t_.substr(pos, e1 - pos);
    const char c = e1 < t_.size() ? t_[e1] : '\0';
    if (d1.size() <= 2) {
      if (auto token = TimeToken(pos, e1, c)) return *std::move(token);
      if (auto token = DateToken(pos, e1, c)) return *std::move(token);
    }
    return NumberToken(pos, e1);
  }

  std::optional<Token> TimeToken(size_t pos, size_t e1, char c) const {
    const int hour = SmallNumber(t_.substr(pos, e1 - pos));
    if (c == ':') {
      const size_t e2 = DigitsEnd(t_, e1 + 1);
      if (e2 - e1 - 1 != 2) return std::nullopt;
      const int minute = SmallNumber(t_.substr(e1 + 1, 2));
      std::optional<int> second;
      size_t end = e2;
      if (e2 < t_.size() && t_[e2] == ':') {
        const size_t e3 = DigitsEnd(t_, e2 + 1);
        if (e3 - e2 - 1 == 2) {
          second = SmallNumber(t_.substr(e2 + 1, 2));
          end = e3;
        }
      }
      if (WordCharAt(t_, end)) return std::nullopt;
      if (auto words = TimeToWords(hour, minute, second)) return Token{*words, end};
      return std::nullopt;
    }
    if (c == 'h' || c == 'g') {
      const size_t e2 = DigitsEnd(t_, e1 + 1);
      if (e2 - e1 - 1 == 2 && !WordCharAt(t_, e2)) {
        if (auto words = TimeToWords(hour, SmallNumber(t_.substr(e1 + 1, 2)))) {
          return Token{*words, e2};
        }
      }
      // "7h" alone is an hour; "7g" alone may be grams.
      if (c == 'h' && e2 == e1 + 1 && !WordCharAt(t_, e1 + 1)) {
        if (auto words = TimeToWords(hour, 0)) return Token{*words, e1 + 1};
      }
    }
    return std::nullopt;
  }

  std::optional<Token> DateToken(size_t pos, size_t e1, char c) const {
    if (c != '/' && c != '-' && c != '.') return std::nullopt;
    const int first = SmallNumber(t_.substr(pos, e1 - pos));
    const size_t e2 = DigitsEnd(t_, e1 + 1);
    const size_t len2 = e2 - e1 - 1;
    const std::string before = WordBefore(t_, pos);
    const bool after_day_word = before == "ngày" || before == "mùng" || before == "mồng";
    auto day_words = [&](std::optional<std::string> words) -> std::optional<std::string> {
      if (!words) return std::nullopt;
      return after_day_word ? WithoutFirstWord(*words) : *words;
    };
    if (len2 >= 1 && len2 <= 2 && e2 < t_.size() && t_[e2] == c) {
      const size_t e3 = DigitsEnd(t_, e2 + 1);
      if (e3 - e2 - 1 == 4 && !WordCharAt(t_, e3)) {
        auto words = day_words(DateToWords(first, SmallNumber(t_.substr(e1 + 1, len2)),
                                           SmallNumber(t_.substr(e2 + 1, 4))));
        if (words) return Token{*words, e3};
      }
    }
    if (c != '/' || WordCharAt(t_, e2)) return std::nullopt;
    if (len2 == 4) {
      auto words = MonthYearToWords(first, SmallNumber(t_.substr(e1 + 1, 4)));
      if (!words) return std::nullopt;
      if (before == "tháng") *words = WithoutFirstWord(*words);
      return Token{*words, e2};
    }
    if (len2 >= 1 && len2 <= 2 && !(e2 < t_.size() && t_[e2] == '/')) {
      auto words =
          day_words(DateToWords(first, SmallNumber(t_.substr(e1 + 1, len2)), std::nullopt));
      if (words) return Token{*words, e2};
    }
    return std::nullopt;
  }

  Token NumberToken(size_t pos, size_t e1) const {
    const std::string_view d1 = t_.substr(pos, e1 - pos);
    std::string digits(d1);
    size_t end = e1;
    bool grouped = false;
    if (d1.size() <= 3) {
      while (end < t_.size() && t_[end] == '.' && DigitsEnd(t_, end + 1) == end + 4) {
        digits.append(t_.substr(end + 1, 3));
        end += 4;
        grouped = true;
      }
    }
    std::string_view fraction;
    std::string_view separator;
    if (end + 1 < t_.size() && (t_[end] == ',' || t_[end] == '.') && IsDigit(t_, end + 1)) {
      const size_t fe = DigitsEnd(t_, end + 1);
      fraction = t_.substr(end + 1, fe - end - 1);
      separator = t_[end] == ',' ? "phẩy" : "chấm";
      end = fe;
    }

    std::string words;
    if (fraction.empty() && !grouped && d1.size() >= 8 && d1.front() == '0') {
      words = *DigitsToWords(d1);  // a telephone number
    } else if (fraction.empty() && digits.size() <= 15 && WordBefore(t_, pos) == "thứ") {
      words = OrdinalToWords(DigitValue(digits));
    } else {
      words = *DigitRunToWords(digits);
    }
    if (!fraction.empty()) {
      words += ' ';
      words += separator;
      words += ' ';
      words += fraction.front() == '0' || fraction.size() > 3 ? *DigitsToWords(fraction)
                                                              : *DigitRunToWords(fraction);
    } else if (end + 1 < t_.size() && t_[end] == '/' && IsDigit(t_, end + 1)) {
      // A slash pair that is no date: a ratio.
      const size_t de = DigitsEnd(t_, end + 1);
      words += " trên " + *DigitRunToWords(t_.substr(end + 1, de - end - 1));
      end = de;
    }

    size_t q = end;
    if (q < t_.size() && t_[q] == ' ') ++q;
    if (q < t_.size() && t_[q] == '%') {
      words += " phần trăm";
      end = q + 1;
    } else if (const Unit* unit = UnitAt(q)) {
      words += ' ';
      words += unit->words;
      end = q + unit->symbol.size();
    }
    return {std::move(words), end};
  }

  const Unit* UnitAt(size_t pos) const {
    const Unit* best = nullptr;
    for (const Unit& u : kUnits) {
      if (t_.substr(pos, u.symbol.size()) != u.symbol) continue;
      if (WordCharAt(t_, pos + u.symbol.size())) continue;
      if (best == nullptr || u.symbol.size() > best->symbol.size()) best = &u;
    }
    return best;
  }

  const std::string_view t_;
  const Abbreviations& abbreviations_;
  std::string out_;
};

}  // namespace

std::string SpeechText(std::string_view text, const Abbreviations& abbreviations) {
  const std::string nfc = ToNfc(text);
  return Normaliser(nfc, abbreviations).Run();
}

}  // namespace toasoan
