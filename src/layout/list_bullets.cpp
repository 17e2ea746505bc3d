#include "layout/list_bullets.hpp"

#include "layout/font_fallback.hpp"

#include <array>
#include <vector>

namespace stadtsatz::layout {

std::string list_bullet(std::size_t depth, const std::string& file, LayoutContext& context) {
    // Per level, the bullet and its alternatives, most wanted first.
    static const std::array<std::vector<std::string>, 3> bullets = {
        std::vector<std::string>{"\u2022", "\u00B7"},           // • bullet, · middle dot
        std::vector<std::string>{"\u2013", "-"},                // – en dash, - hyphen
        std::vector<std::string>{"\u25E6", "\u2013", "\u00B7"}, // ◦ white bullet
    };
    const std::vector<std::string>& choices = bullets[depth % bullets.size()];
    for (const std::string& bullet : choices) {
        const std::string font = font_for_run(context, file, bullet);
        if (context.metrics.first_missing(font, bullet) == bullet.size()) {
            return bullet;
        }
    }
    return choices.back();
}

} // namespace stadtsatz::layout
