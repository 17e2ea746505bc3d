#include "layout/image_layout.hpp"

#include "layout/image_size.hpp"
#include "layout/inline_collection.hpp"

#include <algorithm>

namespace stadtsatz::layout {

std::optional<ImageSize> picture_size(const model::Block& block, LayoutContext& context) {
    const model::Image& image = *block.image;
    const std::string file = image.resolved.empty() ? image.source : image.resolved;
    std::optional<ImageSize> size;
    if (context.images != nullptr) {
        if (const images::DecodedImage* decoded = context.images->find(file)) {
            return ImageSize{decoded->width, decoded->height, true};
        }
        return std::nullopt; // not decodable: the images stage reported it at this block
    }
    size = read_image_size(file);
    if (!size) {
        context.diagnostics.error(block.position,
                                  "Bild kann nicht gelesen werden: " + image.source +
                                      " (erwartet wird eine PNG- oder JPEG-Datei)");
    }
    return size;
}

void lay_out_image(const model::Block& block, const Frame& frame, LayoutContext& context,
                   std::vector<Slice>& out) {
    const model::Image& image = *block.image;
    const std::string file = image.resolved.empty() ? image.source : image.resolved;
    const std::optional<ImageSize> size = picture_size(block, context);
    if (!size) {
        return;
    }
    const double max_height = (context.text_bottom() - context.text_top()) * 0.5;
    double width = frame.width;
    double height = width * size->height / size->width;
    if (height > max_height) {
        height = max_height;
        width = height * size->width / size->height;
    }
    Slice slice;
    slice.space_before = paragraph_gap(*frame.text, false) * 1.5;
    slice.height = height;
    Picture picture;
    picture.x = frame.left + (frame.width - width) / 2;
    picture.y = 0;
    picture.width = width;
    picture.height = height;
    picture.file = file;
    picture.source.block = &block;
    slice.items.push_back(picture);
    if (image.caption.empty()) {
        slice.space_after = slice.space_before;
        out.push_back(std::move(slice));
        return;
    }
    slice.keep_with_next = true;
    out.push_back(std::move(slice));
    const TextFormat format = context.format(context.style.caption);
    SourceNode caption{&block};
    caption.part = NodePart::Caption;
    Paragraph paragraph = collect_inlines(image.caption, format, caption, context);
    const auto lines = typeset(std::move(paragraph), width, LineAlignment::Left, context.metrics);
    const std::size_t first = out.size();
    add_lines(out, lines, picture.x, format.size, format.leading, format.size * 0.6,
              paragraph_gap(*frame.text, false) * 1.5);
    // A figure and its caption are one block.
    for (std::size_t index = first; index + 1 < out.size(); ++index) {
        out[index].keep_with_next = true;
    }
}

} // namespace stadtsatz::layout
