#pragma once

#include "pdf/font_programs.hpp"
#include "pdf/pdf_objects.hpp"

namespace stadtsatz::pdf {

// Writes a prepared font into one PDF as a Type0 font with Identity-H encoding over a
// CIDFontType2 (CID = glyph id of the subset), with /W from the glyph advances, its font
// descriptor with the subset program (FontFile2) and its ToUnicode CMap. Returns the Type0
// font dictionary, for the pages' /Font resources.
HPDF_Dict embed_font(PdfObjects& objects, const FontProgram& program);

} // namespace stadtsatz::pdf
