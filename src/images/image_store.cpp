#include "images/image_store.hpp"

#include "images/image_decoding.hpp"

namespace stadtsatz::images {

const DecodedImage* ImageStore::find(const std::string& file) const {
    auto found = images_.find(file);
    return found == images_.end() ? nullptr : &found->second;
}

void ImageStore::release_pixels(const std::string& file) {
    if (const auto found = images_.find(file); found != images_.end()) {
        DecodedImage& image = found->second;
        std::vector<std::uint8_t>().swap(image.pixels);
        std::vector<std::uint8_t>().swap(image.alpha);
        std::vector<std::uint8_t>().swap(image.encoded);
    }
}

void ImageStore::add(DecodedImage image) {
    std::string file = image.file;
    images_.insert_or_assign(std::move(file), std::move(image));
}

namespace {

// Walks the blocks of a document and decodes the files of its pictures.
class ImageCollector {
public:
    ImageCollector(ImageStore& store, model::Diagnostics& diagnostics)
        : store_(store), diagnostics_(diagnostics) {}

    void visit(const model::Blocks& blocks) {
        for (const model::Block& block : blocks) {
            visit(block);
        }
    }

private:
    void visit(const model::Block& block) {
        switch (block.kind) {
        case model::BlockKind::Image:
            if (block.image != nullptr && !block.image->resolved.empty()) {
                decode(*block.image, block.position);
            }
            break;
        case model::BlockKind::List:
            for (const model::Blocks& item : block.items) {
                visit(item);
            }
            break;
        case model::BlockKind::BlockQuote:
            visit(block.children);
            break;
        default:
            break;
        }
    }

    void decode(const model::Image& image, const model::SourcePosition& position) {
        const std::string& file = image.resolved;
        if (store_.find(file) == nullptr && !failures_.count(file)) {
            auto result = decode_image(file);
            if (auto* decoded = std::get_if<DecodedImage>(&result)) {
                // The store's key is the path the model names, whatever decode_image made of it.
                decoded->file = file;
                store_.add(std::move(*decoded));
            } else {
                failures_.emplace(file, std::get<DecodingError>(result).message);
            }
        }
        if (auto failure = failures_.find(file); failure != failures_.end()) {
            diagnostics_.error(position, "Bild „" + image.source + "“: " + failure->second);
        }
    }

    ImageStore& store_;
    model::Diagnostics& diagnostics_;
    std::map<std::string, std::string> failures_; // file → why it could not be decoded
};

} // namespace

ImageStore decode_document_images(const model::Document& document,
                                  model::Diagnostics& diagnostics) {
    ImageStore store;
    ImageCollector collector(store, diagnostics);
    for (const model::Chapter& chapter : document.chapters) {
        collector.visit(chapter.blocks);
    }
    for (const auto& [id, footnote] : document.footnotes) {
        collector.visit(footnote.blocks);
    }
    return store;
}

} // namespace stadtsatz::images
