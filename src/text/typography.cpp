#include "text/typography.hpp"

#include "text/typography_stream.hpp"

#include <unicode/utf8.h>

namespace stadtsatz::text {
namespace {

using typography::Cell;
using typography::CellStream;

void append_cells(CellStream& stream, std::string_view utf8, std::size_t piece, bool locked) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    int32_t offset = 0;
    while (offset < length) {
        UChar32 character = 0;
        U8_NEXT(bytes, offset, length, character);
        if (character < 0) {
            character = 0xFFFD;
        }
        stream.push_back({static_cast<char32_t>(character), piece, locked});
    }
}

void append_utf8(std::string& text, char32_t character) {
    if (character < 0x80) {
        text += static_cast<char>(character);
    } else if (character < 0x800) {
        text += static_cast<char>(0xC0 | (character >> 6));
        text += static_cast<char>(0x80 | (character & 0x3F));
    } else if (character < 0x10000) {
        text += static_cast<char>(0xE0 | (character >> 12));
        text += static_cast<char>(0x80 | ((character >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (character & 0x3F));
    } else {
        text += static_cast<char>(0xF0 | (character >> 18));
        text += static_cast<char>(0x80 | ((character >> 12) & 0x3F));
        text += static_cast<char>(0x80 | ((character >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (character & 0x3F));
    }
}

} // namespace

std::vector<std::string> apply_german_typography(const std::vector<TypographyPiece>& pieces) {
    CellStream stream;
    for (std::size_t index = 0; index < pieces.size(); ++index) {
        append_cells(stream, pieces[index].text, index, pieces[index].verbatim);
    }
    typography::lock_urls(stream);
    stream = typography::replace_ellipses(stream);
    stream = typography::replace_dashes(stream);
    stream = typography::replace_quotes(stream);
    stream = typography::insert_no_break_spaces(stream);

    std::vector<std::string> result(pieces.size());
    for (const Cell& cell : stream) {
        if (!pieces[cell.piece].verbatim) {
            append_utf8(result[cell.piece], cell.character);
        }
    }
    for (std::size_t index = 0; index < pieces.size(); ++index) {
        if (pieces[index].verbatim) {
            result[index] = pieces[index].text;
        }
    }
    return result;
}

std::string apply_german_typography(std::string_view text) {
    std::vector<TypographyPiece> pieces{{std::string(text), false}};
    return apply_german_typography(pieces).front();
}

} // namespace stadtsatz::text
