#pragma once

#include "layout/page.hpp"
#include "model/diagnostic.hpp"
#include "model/style.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace stadtsatz::pdf {

// One font file as every PDF of a build embeds it: the subset program made by HarfBuzz's
// subsetter (composite glyphs keep their components), the CID of every glyph used (CID =
// glyph id in the subset, so CIDToGIDMap is /Identity), the widths for /W and the text each
// glyph stands for (the ToUnicode CMap). Prepared once, written into both PDFs.
struct FontProgram {
    std::string file;      // absolute path of the TrueType file
    std::string base_font; // subset tag and PostScript name, e.g. "QWERTZ+NotoSerif-Regular"
    std::vector<std::uint8_t> compressed_program;            // the subset TrueType file, Flate
    std::size_t program_length = 0;                          // its uncompressed size (/Length1)
    std::vector<std::uint8_t> compressed_to_unicode;         // the ToUnicode CMap, Flate
    std::unordered_map<std::uint32_t, std::uint16_t> cid_of; // glyph id in the file -> CID
    std::vector<double> width_of_cid;     // advance in thousandths of an em, by CID
    std::vector<std::string> text_of_cid; // what ToUnicode maps each CID to ("" = not mapped)
    double units_per_em = 1000;
    // Font descriptor values, in thousandths of an em.
    std::array<double, 4> bounding_box{0, 0, 0, 0};
    double ascent = 0;
    double descent = 0;
    double cap_height = 0;
    double italic_angle = 0;
    double stem_v = 80;
    bool italic = false;
};

// The fonts of a laid-out document by file, each subset to the glyphs the pages draw.
using FontPrograms = std::map<std::string, FontProgram>;

// The text a glyph cluster of `run` stands for: the bytes of `run.text` from the glyph's
// cluster to the next cluster (or the end).
std::string cluster_text(const layout::TextRun& run, std::size_t glyph_index);

// Subsets and describes every font the pages use; a font that cannot be read or subset is an
// error where `style` names the font file.
FontPrograms prepare_fonts(const layout::LaidOutDocument& document, const model::Style& style,
                           model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf
