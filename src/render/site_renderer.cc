#include "render/site_renderer.h"

#include "render/ctemplate_renderer.h"

namespace toasoan {

Result<std::unique_ptr<SiteRenderer>> SiteRenderer::Load(const std::string& templates_dir) {
  return CtemplateRenderer::Load(templates_dir);
}

}  // namespace toasoan
