#pragma once

#include "pdf/pdf_objects.hpp"
#include "pdf/prepared_image.hpp"

namespace stadtsatz::pdf {

// Writes a prepared image into one PDF as an image XObject (with its soft mask, if any);
// returns the XObject for the pages' /XObject resources.
HPDF_Dict embed_image(PdfObjects& objects, const PreparedImage& image);

} // namespace stadtsatz::pdf
