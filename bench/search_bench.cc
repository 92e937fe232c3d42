// Benchmark (not a test) of search on a synthetic portal of 100,000 Vietnamese articles
// (bench/search_corpus.h): the time to build our index (toasoan reindex's work) and the
// p50/p95 latency of top-10 queries of several kinds through Store::Search (ranking,
// hits and snippets), beside the same queries through plain FTS5 with
// `unicode61 remove_diacritics 2` ranked by bm25 with snippet(), on the same corpus in
// the same run. Run it through bench/search.sh, or:
//   build/release/search_bench [--articles N] [--rounds R] [--dir DIR] [--keep]
//                              [--queries-only]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "app/progress_bar.h"
#include "search_corpus.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "text/slug.h"

namespace toasoan::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

[[noreturn]] void Die(std::string_view what, const Error& e) {
  std::fprintf(stderr, "search_bench: %.*s: %s\n", static_cast<int>(what.size()), what.data(),
               e.message().c_str());
  std::exit(1);
}

template <typename T>
T Must(Result<T> r, std::string_view what) {
  if (!r) Die(what, r.error());
  return std::move(*r);
}

void Must(Result<void> r, std::string_view what) {
  if (!r) Die(what, r.error());
}

struct QueryKind {
  const char* name;
  std::vector<std::string> ours;   // as a reader types it
  std::vector<std::string> plain;  // the same in FTS5 query syntax
};

// Each word of `q` as an FTS5 string (implicit AND), quoted phrases kept as phrases.
std::string PlainQuery(std::string_view q) {
  if (q.size() >= 2 && q.front() == '"' && q.back() == '"') return std::string(q);
  std::string out;
  size_t start = 0;
  while (start < q.size()) {
    size_t end = q.find(' ', start);
    if (end == std::string_view::npos) end = q.size();
    if (end > start)
      out += (out.empty() ? "\"" : " \"") + std::string(q.substr(start, end - start)) + "\"";
    start = end + 1;
  }
  return out;
}

QueryKind Kind(const char* name, std::vector<std::string> queries) {
  QueryKind k{name, std::move(queries), {}};
  for (const std::string& q : k.ours) k.plain.push_back(PlainQuery(q));
  return k;
}

std::vector<QueryKind> Kinds() {
  return {
      Kind("one common word", {"dân", "Đảng", "năm", "xã", "huyện", "người", "công", "tỷ"}),
      Kind("three words", {"dân vận khéo", "xây dựng Đảng", "nông thôn mới", "cải cách hành",
                           "Thới Lai lúa", "học sinh giỏi", "an toàn giao", "bán lúa giá"}),
      Kind("phrase", {"\"công tác dân vận\"", "\"nông thôn mới\"", "\"chuyển đổi số\"",
                      "\"an toàn giao thông\"", "\"cải cách hành chính\"", "\"Ô Môn\"",
                      "\"hiến máu tình nguyện\"", "\"đờn ca tài tử\""}),
      Kind("no diacritics", {"dan van kheo", "nong thon moi", "thoi lai", "o mon", "dang bo",
                             "chuyen doi so", "cai cach hanh chinh", "kinh te"}),
  };
}

struct Stats {
  double p50 = 0;
  double p95 = 0;
  double max = 0;
};

Stats Percentiles(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  Stats s;
  if (v.empty()) return s;
  s.p50 = v[v.size() / 2];
  s.p95 = v[std::min(v.size() - 1, (v.size() * 95 + 99) / 100 - 1)];
  s.max = v.back();
  return s;
}

int64_t Arg(int argc, char** argv, std::string_view name, int64_t fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == name) return std::atoll(argv[i + 1]);
  }
  return fallback;
}

std::string StrArg(int argc, char** argv, std::string_view name, std::string fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == name) return argv[i + 1];
  }
  return fallback;
}

bool Flag(int argc, char** argv, std::string_view name) {
  for (int i = 1; i < argc; ++i) {
    if (argv[i] == name) return true;
  }
  return false;
}

double FileMb(const std::filesystem::path& p) {
  std::error_code ec;
  double mb = 0;
  for (const char* suffix : {"", "-wal"}) {
    auto size = std::filesystem::file_size(p.string() + suffix, ec);
    if (!ec) mb += static_cast<double>(size) / (1024.0 * 1024.0);
  }
  return mb;
}

int Run(int argc, char** argv) {
  const int64_t articles = Arg(argc, argv, "--articles", 100000);
  const int rounds = static_cast<int>(Arg(argc, argv, "--rounds", 15));
  const std::filesystem::path dir =
      StrArg(argc, argv, "--dir", "/tmp/toasoan-search-bench-" + std::to_string(::getpid()));
  const bool keep = Flag(argc, argv, "--keep");
  // Reuses the indexes a run with --keep left in --dir: for timing queries again.
  const bool queries_only = Flag(argc, argv, "--queries-only");
  std::filesystem::create_directories(dir);
  const auto db_file = dir / "toasoan.db";
  const auto plain_file = dir / "plain.db";
  if (!queries_only) std::filesystem::remove(plain_file);

  auto store = Must(SqliteStore::Open(db_file), "open the store");
  bool loaded = false;
  {
    auto sections = Must(store->ListSections(), "list sections");
    loaded = !sections.empty();
  }
  if (!loaded) {
    std::vector<int64_t> section_ids;
    for (const CorpusSection& s : Sections()) {
      Section section;
      section.name = std::string(s.name);
      section.slug = std::string(s.slug);
      section_ids.push_back(Must(store->SaveSection(section), "save a section").id);
    }
    // Articles go in with SQL in one transaction: the store's SaveArticle syncs every
    // write to disk, which is right for a newsroom and slow for 100,000 at once.
    auto db = Must(sqlite::Database::Open(db_file), "open for loading");
    const auto started = Clock::now();
    ProgressBar bar(stderr, "generate and store articles");
    CorpusGenerator gen;
    Must(db->Exec("BEGIN"), "begin");
    for (int64_t i = 0; i < articles; ++i) {
      CorpusArticle a = gen.Next();
      std::string body;
      for (const std::string& p : a.paragraphs) body += "<p>" + p + "</p>";
      {
        auto insert = Must(db->Prepare("INSERT INTO articles (section_id, slug, title, lead, "
                                       "body_html, status, created_at, updated_at, "
                                       "published_at) VALUES (?1, ?2, ?3, ?4, ?5, 'published', "
                                       "?6, ?6, ?6)"),
                           "prepare");
        Must(insert->BindAll(section_ids[static_cast<size_t>(a.section)], Slugify(a.title), a.title,
                             a.lead, body, a.published_at),
             "bind");
        Must(insert->Run(), "insert an article");
      }
      const int64_t id = db->LastInsertId();
      auto byline = Must(db->Prepare("INSERT INTO article_bylines (article_id, position, name) "
                                     "VALUES (?1, ?2, ?3)"),
                         "prepare");
      for (size_t b = 0; b < a.bylines.size(); ++b) {
        byline->Reset();
        Must(byline->BindAll(id, b, a.bylines[b]), "bind");
        Must(byline->Run(), "insert a byline");
      }
      bar.Update(i + 1, articles);
    }
    Must(db->Exec("COMMIT"), "commit");
    bar.Finish();
    std::printf("generated and stored %lld articles in %.1f s\n", static_cast<long long>(articles),
                Ms(Clock::now() - started) / 1000);
  }

  // Our index: what `toasoan reindex` does.
  double ours_build_s = 0;
  if (!queries_only) {
    ProgressBar bar(stderr, "build our index");
    const auto started = Clock::now();
    const int64_t n = Must(
        store->RebuildSearchIndex([&bar](int64_t done, int64_t total) { bar.Update(done, total); }),
        "rebuild the index");
    bar.Finish();
    ours_build_s = Ms(Clock::now() - started) / 1000;
    std::printf("our index: %lld articles in %.1f s\n", static_cast<long long>(n), ours_build_s);
  }

  // Plain FTS5 over the same plain text (our documents' title and body).
  double plain_build_s = 0;
  auto plain = Must(sqlite::Database::Open(plain_file), "open plain.db");
  if (!queries_only) {
    Must(plain->Exec("CREATE VIRTUAL TABLE plain USING fts5(title, body, "
                     "tokenize = 'unicode61 remove_diacritics 2')"),
         "create plain");
    Must(plain->Exec("ATTACH DATABASE '" + db_file.string() + "' AS src"), "attach");
    const auto started = Clock::now();
    Must(plain->Exec("BEGIN; INSERT INTO plain (rowid, title, body) "
                     "SELECT id, title, body FROM src.search_docs; "
                     "INSERT INTO plain (plain) VALUES ('optimize'); COMMIT;"),
         "fill plain");
    plain_build_s = Ms(Clock::now() - started) / 1000;
    Must(plain->Exec("DETACH DATABASE src"), "detach");
    std::printf("plain FTS5 index: %.1f s\n", plain_build_s);
  }

  std::printf("\n%-16s %-22s %9s %9s %9s %9s %9s %9s\n", "kind", "", "ours p50", "ours p95",
              "ours max", "FTS5 p50", "FTS5 p95", "FTS5 max");
  std::printf("(ms, %d rounds of each query after one warm-up; top 10 with snippets)\n", rounds);
  bool met = true;
  for (const QueryKind& kind : Kinds()) {
    std::vector<double> ours;
    std::vector<double> theirs;
    for (size_t qi = 0; qi < kind.ours.size(); ++qi) {
      SearchRequest r;
      r.text = kind.ours[qi];
      r.per_page = 10;
      size_t ours_hits = 0;
      size_t plain_hits = 0;
      std::vector<double> one_ours;
      for (int round = 0; round <= rounds; ++round) {
        const auto started = Clock::now();
        SearchResults res = Must(store->Search(r), "search");
        const double ms = Ms(Clock::now() - started);
        ours_hits = res.hits.size() + (res.has_more ? 1000 : 0);
        if (round > 0) {
          ours.push_back(ms);
          one_ours.push_back(ms);
        }
      }
      std::vector<double> one_plain;
      for (int round = 0; round <= rounds; ++round) {
        const auto started = Clock::now();
        auto stmt = Must(plain->Prepare("SELECT rowid, title, snippet(plain, 1, '<mark>', "
                                        "'</mark>', '…', 24) FROM plain WHERE plain MATCH ?1 "
                                        "ORDER BY rank LIMIT 10"),
                         "prepare plain");
        Must(stmt->BindAll(kind.plain[qi]), "bind");
        size_t n = 0;
        while (Must(stmt->Step(), "plain query")) ++n;
        const double ms = Ms(Clock::now() - started);
        plain_hits = n;
        if (round > 0) {
          theirs.push_back(ms);
          one_plain.push_back(ms);
        }
      }
      const Stats so = Percentiles(one_ours);
      const Stats sp = Percentiles(one_plain);
      std::printf("  %-32s ours p95 %7.2f ms (%s)   FTS5 p95 %7.2f ms (%zu hits)\n",
                  kind.ours[qi].c_str(), so.p95,
                  ours_hits >= 1000 ? "10+ hits" : (std::to_string(ours_hits) + " hits").c_str(),
                  sp.p95, plain_hits);
    }
    const Stats o = Percentiles(ours);
    const Stats p = Percentiles(theirs);
    met = met && o.p95 < 20.0;
    std::printf("%-16s %-22s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f\n", kind.name, "", o.p50, o.p95,
                o.max, p.p50, p.p95, p.max);
  }
  std::printf(
      "\nindex build: ours %.1f s, plain FTS5 %.1f s; database: ours %.0f MB "
      "(articles and index), plain FTS5 %.0f MB (text and index)\n",
      ours_build_s, plain_build_s, FileMb(db_file), FileMb(plain_file));
  std::printf("target p95 < 20 ms for every kind: %s\n", met ? "met" : "NOT met");
  store.reset();
  plain.reset();
  if (!keep && !Flag(argc, argv, "--dir")) std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace
}  // namespace toasoan::bench

int main(int argc, char** argv) { return toasoan::bench::Run(argc, argv); }
