#pragma once

#include "images/decoded_image.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <map>
#include <string>

namespace stadtsatz::images {

// The pictures of one document, each file decoded once and shared by every writer (layout,
// print PDF, screen PDF, HTML). Read-only once built, so threads may share it.
class ImageStore {
public:
    // The decoded image of a file (absolute path, as in model::Image::resolved); null when
    // the file was not decoded (it could not be, or the document does not use it).
    const DecodedImage* find(const std::string& file) const;

    // Every decoded image by absolute path.
    const std::map<std::string, DecodedImage>& images() const { return images_; }

    // Adds (or replaces) the image of `image.file`.
    void add(DecodedImage image);

    // Frees an image's samples and encoded data, keeping its size, colour model and
    // resolution: once the writers have what they embed, a build needs no more. Touches no
    // other member, so a thread may read the sizes meanwhile.
    void release_pixels(const std::string& file);

private:
    std::map<std::string, DecodedImage> images_;
};

// Decodes every picture of the document (chapter blocks, also inside lists and quotes, and
// footnotes), each file once. A file that cannot be decoded is an error at every block that
// shows it: "Bild „bilder/karte.png“: Bilddatei ist beschädigt (PNG: …)". Pictures whose
// file the reader did not find (Image::resolved empty) were reported already and are skipped.
ImageStore decode_document_images(const model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::images
