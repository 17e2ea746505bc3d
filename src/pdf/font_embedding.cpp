#include "pdf/font_embedding.hpp"

namespace stadtsatz::pdf {
namespace {

// /W [first [w w w] first [w …] …]: consecutive CIDs share one array.
HPDF_Array widths_array(PdfObjects& objects, const FontProgram& program) {
    HPDF_Array widths = objects.array();
    HPDF_Array group = nullptr;
    std::size_t previous = 0;
    for (std::size_t cid = 0; cid < program.width_of_cid.size(); ++cid) {
        const bool used =
            cid == 0 || !program.text_of_cid[cid].empty() || program.width_of_cid[cid] != 0;
        if (!used) {
            continue;
        }
        if (group == nullptr || cid != previous + 1) {
            HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(cid));
            group = objects.array();
            HPDF_Array_Add(widths, group);
        }
        HPDF_Array_AddReal(group, static_cast<HPDF_REAL>(program.width_of_cid[cid]));
        previous = cid;
    }
    return widths;
}

} // namespace

HPDF_Dict embed_font(PdfObjects& objects, const FontProgram& program) {
    HPDF_Dict file = objects.compressed_stream(program.compressed_program);
    objects.add_integer(file, "Length1", static_cast<std::int64_t>(program.program_length));

    HPDF_Dict descriptor = objects.indirect_dictionary();
    objects.add_name(descriptor, "Type", "FontDescriptor");
    objects.add_name(descriptor, "FontName", program.base_font.c_str());
    // Symbolic (4): the glyphs are addressed by CID, not by a standard encoding; Italic (64).
    objects.add_integer(descriptor, "Flags", 4 | (program.italic ? 64 : 0));
    objects.add(descriptor, "FontBBox",
                objects.numbers({program.bounding_box[0], program.bounding_box[1],
                                 program.bounding_box[2], program.bounding_box[3]}));
    objects.add_real(descriptor, "ItalicAngle", program.italic_angle);
    objects.add_real(descriptor, "Ascent", program.ascent);
    objects.add_real(descriptor, "Descent", program.descent);
    objects.add_real(descriptor, "CapHeight", program.cap_height);
    objects.add_real(descriptor, "StemV", program.stem_v);
    objects.add(descriptor, "FontFile2", file);

    HPDF_Dict system_info = objects.direct_dictionary();
    objects.add(system_info, "Registry", objects.byte_string("Adobe"));
    objects.add(system_info, "Ordering", objects.byte_string("Identity"));
    objects.add_integer(system_info, "Supplement", 0);

    HPDF_Dict cid_font = objects.indirect_dictionary();
    objects.add_name(cid_font, "Type", "Font");
    objects.add_name(cid_font, "Subtype", "CIDFontType2");
    objects.add_name(cid_font, "BaseFont", program.base_font.c_str());
    objects.add(cid_font, "CIDSystemInfo", system_info);
    objects.add(cid_font, "FontDescriptor", descriptor);
    objects.add_integer(cid_font, "DW", 0);
    objects.add(cid_font, "W", widths_array(objects, program));
    objects.add_name(cid_font, "CIDToGIDMap", "Identity");

    HPDF_Array descendants = objects.array();
    HPDF_Array_Add(descendants, cid_font);
    HPDF_Dict font = objects.indirect_dictionary();
    objects.add_name(font, "Type", "Font");
    objects.add_name(font, "Subtype", "Type0");
    objects.add_name(font, "BaseFont", program.base_font.c_str());
    objects.add_name(font, "Encoding", "Identity-H");
    objects.add(font, "DescendantFonts", descendants);
    objects.add(font, "ToUnicode", objects.compressed_stream(program.compressed_to_unicode));
    return font;
}

} // namespace stadtsatz::pdf
