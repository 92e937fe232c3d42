#include "media/media_files.h"

#include <fcntl.h>
#include <glib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

namespace toasoan {
namespace {

Error IoError(std::string what) {
  return Error(ErrorCode::kIo, std::move(what),
               "Không lưu được ảnh vào thư mục ảnh. Hãy thử lại sau.");
}

std::string Errno() { return std::strerror(errno); }

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  gchar* hex = g_compute_checksum_for_data(
      G_CHECKSUM_SHA256, reinterpret_cast<const guchar*>(bytes.data()), bytes.size());
  std::string result(hex, 32);
  g_free(hex);
  return result;
}

Result<void> WriteFileAtomically(const std::filesystem::path& dir, std::string_view name,
                                 std::string_view bytes) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Fail(IoError(fmt::format("cannot create {}: {}", dir.string(), ec.message())));
  std::string temp = (dir / fmt::format(".{}.XXXXXX", name)).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0)
    return Fail(IoError(fmt::format("cannot create a file in {}: {}", dir.string(), Errno())));
  bool ok = WriteAll(fd, bytes) && ::fchmod(fd, 0644) == 0 && ::fsync(fd) == 0;
  std::string failure = ok ? "" : Errno();
  if (::close(fd) != 0 && ok) {
    ok = false;
    failure = Errno();
  }
  std::filesystem::path target = dir / name;
  if (ok && ::rename(temp.c_str(), target.c_str()) != 0) {
    ok = false;
    failure = Errno();
  }
  if (!ok) {
    ::unlink(temp.c_str());
    return Fail(IoError(fmt::format("cannot write {}: {}", target.string(), failure)));
  }
  // The rename is durable once the folder is synced.
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return {};
}

NewFiles::~NewFiles() {
  for (const auto& path : paths_) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
}

}  // namespace toasoan
