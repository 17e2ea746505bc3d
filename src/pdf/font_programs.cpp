#include "pdf/font_programs.hpp"

#include "layout/utf8.hpp"
#include "pdf/compression.hpp"
#include "pdf/utf16_text.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>
#include <set>

namespace stadtsatz::pdf {
namespace {

// Which texts a glyph was drawn for, and how often, to choose what ToUnicode maps it to.
using TextCounts = std::map<std::string, int>;

// A big-endian integer of a font table.
int read_signed16(const char* data, unsigned length, unsigned offset) {
    if (offset + 2 > length) {
        return 0;
    }
    const auto high = static_cast<unsigned char>(data[offset]);
    const auto low = static_cast<unsigned char>(data[offset + 1]);
    return static_cast<std::int16_t>((high << 8) | low);
}

unsigned read_unsigned16(const char* data, unsigned length, unsigned offset) {
    return static_cast<std::uint16_t>(read_signed16(data, length, offset));
}

// Bounding box, italic angle and weight from the 'head', 'post' and 'OS/2' tables.
void read_descriptor_tables(hb_face_t* face, FontProgram& program) {
    const double scale = 1000 / program.units_per_em;
    hb_blob_t* head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
    unsigned length = 0;
    const char* data = hb_blob_get_data(head, &length);
    for (unsigned index = 0; index < 4; ++index) {
        program.bounding_box[index] = read_signed16(data, length, 36 + 2 * index) * scale;
    }
    hb_blob_destroy(head);
    hb_blob_t* post = hb_face_reference_table(face, HB_TAG('p', 'o', 's', 't'));
    data = hb_blob_get_data(post, &length);
    if (length >= 8) {
        program.italic_angle =
            read_signed16(data, length, 4) + read_unsigned16(data, length, 6) / 65536.0;
    }
    hb_blob_destroy(post);
    hb_blob_t* os2 = hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2'));
    data = hb_blob_get_data(os2, &length);
    if (length >= 6) {
        // A common estimate of the dominant vertical stem from the weight class.
        const unsigned weight = read_unsigned16(data, length, 4);
        program.stem_v =
            10 + 220 * (static_cast<double>(std::clamp(weight, 100u, 900u)) - 50) / 900;
        program.italic = (read_unsigned16(data, length, 62) & 1) != 0 || program.italic_angle != 0;
    }
    hb_blob_destroy(os2);
}

// Six capital letters that name the subset (PDF's "ABCDEF+" prefix), from its glyph set.
std::string subset_tag(const std::string& file, const std::set<std::uint32_t>& glyphs) {
    std::uint64_t hash = 1469598103934665603ULL; // FNV-1a
    auto mix = [&](std::uint64_t value) {
        hash ^= value;
        hash *= 1099511628211ULL;
    };
    for (const char character : file) {
        mix(static_cast<unsigned char>(character));
    }
    for (const std::uint32_t glyph : glyphs) {
        mix(glyph);
    }
    std::string tag;
    for (int index = 0; index < 6; ++index) {
        tag.push_back(static_cast<char>('A' + hash % 26));
        hash /= 26;
    }
    return tag;
}

std::string postscript_name(hb_face_t* face, const std::string& file) {
    char name[128];
    unsigned size = sizeof name;
    if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name) >
        0) {
        std::string result;
        for (const char character : std::string(name)) {
            // A PDF name: printable ASCII without delimiters.
            if (character > 32 && character < 127 &&
                std::string_view("()<>[]{}/%#").find(character) == std::string_view::npos) {
                result.push_back(character);
            }
        }
        if (!result.empty()) {
            return result;
        }
    }
    std::string stem = file.substr(file.find_last_of('/') + 1);
    return stem.substr(0, stem.find('.'));
}

// The text ToUnicode gives a glyph: the character the font's own cmap maps to it, when the
// glyph was drawn for it; else the text it was drawn for most often.
std::string choose_text(hb_font_t* font, std::uint32_t glyph, const TextCounts& counts) {
    std::string best;
    int best_count = -1;
    for (const auto& [text, count] : counts) {
        std::size_t offset = 0;
        const char32_t first = layout::decode_utf8_at(text, offset);
        hb_codepoint_t nominal = 0;
        if (offset == text.size() && hb_font_get_nominal_glyph(font, first, &nominal) &&
            nominal == glyph && first != 0xAD && first != 0xA0 && first != 0x202F) {
            return text; // the glyph's own character (never a soft or no-break space)
        }
        if (count > best_count) {
            best = text;
            best_count = count;
        }
    }
    return best;
}

// The single BMP code point `text` consists of, or 0.
char32_t single_code_point(const std::string& text) {
    std::size_t offset = 0;
    if (text.empty()) {
        return 0;
    }
    const char32_t first = layout::decode_utf8_at(text, offset);
    return offset == text.size() && first < 0x10000 ? first : 0;
}

// A ToUnicode CMap of bfrange entries (at most 100 per block, as the format wants). CIDs in a
// row that map to code points in a row share one range, never across a high byte of either;
// every other CID is a range of its own, which also carries ligatures ("ffi").
std::string to_unicode_cmap(const std::vector<std::string>& text_of_cid) {
    std::string cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                       "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                       "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::string> entries;
    char code[32];
    std::size_t cid = 0;
    while (cid < text_of_cid.size()) {
        if (text_of_cid[cid].empty()) {
            ++cid;
            continue;
        }
        std::size_t last = cid;
        const char32_t first_code_point = single_code_point(text_of_cid[cid]);
        if (first_code_point != 0) {
            while (last + 1 < text_of_cid.size() && ((last + 1) >> 8) == (cid >> 8) &&
                   single_code_point(text_of_cid[last + 1]) ==
                       first_code_point + (last + 1 - cid) &&
                   ((first_code_point + (last + 1 - cid)) >> 8) == (first_code_point >> 8)) {
                ++last;
            }
        }
        std::snprintf(code, sizeof code, "<%04X> <%04X> <", static_cast<unsigned>(cid),
                      static_cast<unsigned>(last));
        std::string entry = code;
        append_utf16_hex(entry, text_of_cid[cid]);
        entry += ">\n";
        entries.push_back(std::move(entry));
        cid = last + 1;
    }
    for (std::size_t start = 0; start < entries.size(); start += 100) {
        const std::size_t end = std::min(entries.size(), start + 100);
        cmap += std::to_string(end - start) + " beginbfrange\n";
        for (std::size_t index = start; index < end; ++index) {
            cmap += entries[index];
        }
        cmap += "endbfrange\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

// Subsets one font to `glyphs` and fills everything but the text mapping.
bool build_program(const std::string& file, const std::set<std::uint32_t>& glyphs,
                   const std::map<std::uint32_t, TextCounts>& texts, FontProgram& program) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
    if (blob == nullptr) {
        return false;
    }
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_font_t* font = hb_font_create(face);
    program.file = file;
    program.units_per_em = hb_face_get_upem(face);
    const double scale = 1000 / program.units_per_em;

    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    hb_set_t* glyph_set = hb_subset_input_glyph_set(input);
    hb_set_add(glyph_set, 0);
    for (const std::uint32_t glyph : glyphs) {
        hb_set_add(glyph_set, glyph);
    }
    // Only what a PDF viewer needs: no layout tables (the text is shaped already), no hinting.
    hb_set_t* dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const hb_tag_t tag :
         {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
          HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('G', 'S', 'U', 'B')}) {
        hb_set_add(dropped, tag);
    }
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
    hb_face_t* subset = plan != nullptr ? hb_subset_plan_execute_or_fail(plan) : nullptr;
    bool ok = subset != nullptr;
    if (ok) {
        const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan);
        unsigned highest = 0;
        for (const std::uint32_t glyph : glyphs) {
            const hb_codepoint_t cid = hb_map_get(old_to_new, glyph);
            if (cid == HB_MAP_VALUE_INVALID || cid > 0xFFFF) {
                ok = false;
                break;
            }
            program.cid_of[glyph] = static_cast<std::uint16_t>(cid);
            highest = std::max(highest, cid);
        }
        program.width_of_cid.assign(highest + 1, 0);
        program.text_of_cid.assign(highest + 1, std::string());
        for (const std::uint32_t glyph : glyphs) {
            const std::uint16_t cid = program.cid_of[glyph];
            program.width_of_cid[cid] = hb_font_get_glyph_h_advance(font, glyph) * scale;
            if (auto found = texts.find(glyph); found != texts.end()) {
                program.text_of_cid[cid] = choose_text(font, glyph, found->second);
            }
        }
        hb_blob_t* result = hb_face_reference_blob(subset);
        unsigned length = 0;
        const char* data = hb_blob_get_data(result, &length);
        program.program_length = length;
        program.compressed_program = deflate(std::string_view(data, length));
        hb_blob_destroy(result);
        program.compressed_to_unicode = deflate(to_unicode_cmap(program.text_of_cid));
        program.base_font = subset_tag(file, glyphs) + "+" + postscript_name(face, file);
        hb_position_t value = 0;
        if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value)) {
            program.ascent = value * scale;
        }
        if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value)) {
            program.descent = value * scale;
        }
        program.cap_height = program.ascent * 0.7;
        if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &value)) {
            program.cap_height = value * scale;
        }
        read_descriptor_tables(face, program);
        ok = ok && !program.compressed_program.empty();
    }
    hb_face_destroy(subset);
    hb_subset_plan_destroy(plan);
    hb_subset_input_destroy(input);
    hb_font_destroy(font);
    hb_face_destroy(face);
    return ok;
}

} // namespace

std::string cluster_text(const layout::TextRun& run, std::size_t glyph_index) {
    const std::uint32_t start = run.glyphs[glyph_index].cluster;
    std::size_t end = run.text.size();
    for (std::size_t next = glyph_index + 1; next < run.glyphs.size(); ++next) {
        if (run.glyphs[next].cluster != start) {
            end = run.glyphs[next].cluster;
            break;
        }
    }
    if (start >= end || start >= run.text.size()) {
        return {};
    }
    return run.text.substr(start, end - start);
}

FontPrograms prepare_fonts(const layout::LaidOutDocument& document, const model::Style& style,
                           model::Diagnostics& diagnostics) {
    // Every glyph each font draws, and the texts it is drawn for (single-glyph clusters only:
    // a cluster of several glyphs is given its text in the content stream instead).
    std::map<std::string, std::set<std::uint32_t>> glyphs_of;
    std::map<std::string, std::map<std::uint32_t, TextCounts>> texts_of;
    for (const layout::Page& page : document.pages) {
        for (const layout::PageItem& item : page.items) {
            const auto* run = std::get_if<layout::TextRun>(&item);
            if (run == nullptr || run->font_file.empty() || run->glyphs.empty()) {
                continue;
            }
            auto& glyphs = glyphs_of[run->font_file];
            auto& texts = texts_of[run->font_file];
            for (std::size_t index = 0; index < run->glyphs.size(); ++index) {
                const layout::Glyph& glyph = run->glyphs[index];
                glyphs.insert(glyph.id);
                const bool alone =
                    (index == 0 || run->glyphs[index - 1].cluster != glyph.cluster) &&
                    (index + 1 == run->glyphs.size() ||
                     run->glyphs[index + 1].cluster != glyph.cluster);
                if (alone) {
                    ++texts[glyph.id][cluster_text(*run, index)];
                }
            }
        }
    }
    FontPrograms programs;
    for (const auto& [file, glyphs] : glyphs_of) {
        FontProgram program;
        if (!build_program(file, glyphs, texts_of[file], program)) {
            diagnostics.error(model::font_position(style, file),
                              "Schrift „" + std::filesystem::path(file).filename().string() +
                                  "“ kann nicht eingebettet werden (HarfBuzz "
                                  "kann sie nicht lesen oder nicht verkleinern)");
            continue;
        }
        programs.emplace(file, std::move(program));
    }
    return programs;
}

} // namespace stadtsatz::pdf
